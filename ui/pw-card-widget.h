/* pw-card-widget.h — one card on the canvas: kind, title, domain chips, badges, link handle
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pw-card.h"

G_BEGIN_DECLS

typedef enum {
  PW_CARD_LINK_STATE_NONE,
  PW_CARD_LINK_STATE_SOURCE,   /* the card a link is being drawn from */
  PW_CARD_LINK_STATE_ALLOWED,  /* a valid target (pw_plan_can_link) */
  PW_CARD_LINK_STATE_REFUSED,  /* not droppable */
} PwCardLinkState;

/**
 * PwCardWidget:
 *
 * Shows one #PwCard and follows its changes (title, kind, domains,
 * indicators). Focusable, with an accessible label that announces the kind,
 * title, domains, number of indicators and findings. It never edits the plan:
 * when the in-place title editor closes it emits "edit-done" and the canvas
 * runs the command.
 *
 * Signals:
 * - "edit-done" (gboolean commit, const char *text): the title editor closed;
 *   @commit is FALSE when it was cancelled (Escape).
 */
#define PW_TYPE_CARD_WIDGET (pw_card_widget_get_type ())
G_DECLARE_FINAL_TYPE (PwCardWidget, pw_card_widget, PW, CARD_WIDGET, GtkWidget)

GtkWidget  *pw_card_widget_new             (PwCard          *card);
PwCard     *pw_card_widget_get_card        (PwCardWidget    *self);

/* Layout position in canvas units, set by the canvas. */
void        pw_card_widget_set_bounds      (PwCardWidget    *self,
                                            double           x,
                                            double           y,
                                            double           width,
                                            double           height);
void        pw_card_widget_get_bounds      (PwCardWidget    *self,
                                            graphene_rect_t *out);

void        pw_card_widget_set_selected    (PwCardWidget    *self,
                                            gboolean         selected);
void        pw_card_widget_set_link_state  (PwCardWidget    *self,
                                            PwCardLinkState  state);
PwCardLinkState pw_card_widget_get_link_state (PwCardWidget *self);
/* Findings of the checks: @n (0 hides the badge), the worst severity
 * (PwSeverity, ignored when @n is 0) and the messages for the tooltip. */
void        pw_card_widget_set_findings    (PwCardWidget    *self,
                                            guint            n,
                                            int              severity,
                                            const char      *messages);
guint       pw_card_widget_get_n_findings  (PwCardWidget    *self);
/* "Leads to: …" for the accessible label; NULL or "" for none. */
void        pw_card_widget_set_links_text  (PwCardWidget    *self,
                                            const char      *text);

/* In-place title editing. */
void        pw_card_widget_begin_edit      (PwCardWidget    *self);
void        pw_card_widget_end_edit        (PwCardWidget    *self,
                                            gboolean         commit);
gboolean    pw_card_widget_is_editing      (PwCardWidget    *self);
/* The editor's text (tests type into it); NULL when not editing. */
GtkTextBuffer *pw_card_widget_get_edit_buffer (PwCardWidget *self);

/* TRUE if (@x, @y), in the card's own coordinates, is on the link handle. */
gboolean    pw_card_widget_handle_contains (PwCardWidget    *self,
                                            double           x,
                                            double           y);
/* The accessible label, also used by tests. */
const char *pw_card_widget_get_description (PwCardWidget    *self);

G_END_DECLS
