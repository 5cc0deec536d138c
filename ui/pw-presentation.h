/* pw-presentation.h — presentation mode: full screen, big high-contrast cards, lane-by-lane keys
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pw-window.h"

G_BEGIN_DECLS

/**
 * PwPresentation:
 *
 * The presentation mode of one window, for a projector in a bright room:
 * the window goes full screen, the header bar and sidebar hide, a slim bar
 * shows the plan's title and where the selection is, the window gets the
 * CSS class "pw-presenting" (bigger card text, stronger contrast; see the
 * "presentation" section of style.css), and the plan is fitted to the screen
 * (again whenever the canvas changes size).
 *
 * Keys while presenting: Page Down / Page Up the next / previous lane (the
 * card at the same place in the lane), Home / End the first / last lane,
 * arrows move between cards as always, Escape or F5 leave. Leaving restores
 * what was there before: sidebar, zoom and scroll position, view, and the
 * window's full-screen state.
 *
 * Actions (install with pw_presentation_install_actions() on the window
 * class): "win.present" (toggle, F5), "presentation.leave",
 * "presentation.next-lane", "presentation.previous-lane",
 * "presentation.first-lane", "presentation.last-lane"; the presentation.*
 * actions are enabled only while presenting.
 *
 * Property "active" (boolean, read-only, notify).
 */
#define PW_TYPE_PRESENTATION (pw_presentation_get_type ())
G_DECLARE_FINAL_TYPE (PwPresentation, pw_presentation, PW, PRESENTATION, GObject)

/* The window owns the controller; the controller does not ref the window. */
PwPresentation *pw_presentation_new             (PwWindow       *window);
gboolean        pw_presentation_get_active      (PwPresentation *self);
void            pw_presentation_enter           (PwPresentation *self);
void            pw_presentation_leave           (PwPresentation *self);
void            pw_presentation_toggle          (PwPresentation *self);
/* Selects a card @step lanes on (skipping empty lanes); FALSE at the end. */
gboolean        pw_presentation_jump_lanes      (PwPresentation *self,
                                                 int             step);
/* Selects the first card of the first (or last) lane with cards. */
gboolean        pw_presentation_jump_to_edge    (PwPresentation *self,
                                                 gboolean        last);
/* The bar shown at the top while presenting (for tests). */
GtkWidget      *pw_presentation_get_bar         (PwPresentation *self);

void            pw_presentation_install_actions (GtkWidgetClass *window_class);

G_END_DECLS
