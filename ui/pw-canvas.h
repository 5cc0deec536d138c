/* pw-canvas.h — the workshop canvas: five lanes of cards, links, drag, keyboard and zoom
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pw-checks.h"
#include "pw-plan.h"

G_BEGIN_DECLS

#define PW_CANVAS_ZOOM_MIN 0.25
#define PW_CANVAS_ZOOM_MAX 4.0

/**
 * PwCanvas:
 *
 * The theory-of-change canvas of one plan: five lanes left to right (barriers,
 * activities, outputs, intermediate outcomes, goal), cards stacked tidily in
 * lane order, arrows for the links. It observes the plan and edits it only
 * through pw_plan_*() commands, so everything is undoable.
 *
 * Layout: a card's place is its lane (kind) and its lane order; the free
 * "x"/"y" position stored in the model is ignored for layout, and written as
 * the card's layout position (in canvas units at zoom 1) when the canvas moves
 * a card, so saved files carry a sensible position for other tools.
 *
 * The canvas is scrollable (#GtkScrollable): put it in a #GtkScrolledWindow.
 *
 * Pointer: click selects (Ctrl toggles, Shift adds), double-click edits a
 * title or, on the background, adds a card to that lane; drag a card to move
 * it (the drop decides lane and order); drag from the ring on a card's right
 * edge to another card to link them (refused targets are dimmed); drag on the
 * background for a rubber band; middle-drag or Space+drag pans, as does
 * scrolling; Ctrl+scroll zooms about the pointer; click an arrow to select it,
 * its assumption mark to read the assumption. Escape cancels a drag. An
 * indicator dragged from the Indicators page (PW_INDICATOR_DRAG_PREFIX) and
 * dropped on an outcome card is attached to it.
 *
 * Properties:
 * - "plan" (#PwPlan, nullable): the plan shown.
 * - "zoom" (double, %PW_CANVAS_ZOOM_MIN–%PW_CANVAS_ZOOM_MAX, default 1).
 *
 * Signals:
 * - "selection-changed" (void): the selected cards or link changed.
 *
 * Actions (install them in the header bar / shortcuts window; keys in
 * brackets work while the canvas has the focus):
 * - canvas.add-card (s: "barrier", "activity", "output", "outcome", "goal")
 *   [B A O U G, or Ctrl+1…5]: adds a card at the end of the lane (or after the
 *   selected card when it is in that lane) and starts editing its title.
 * - canvas.delete [Delete]: removes the selected cards (one undo step), or
 *   the selected link.
 * - canvas.edit-title [F2, Enter]: edits the focused card's title in place
 *   (Enter commits, Escape cancels).
 * - canvas.link [L]: keyboard linking: arrows/Tab choose the target, Enter
 *   links, Escape cancels.
 * - canvas.copy, canvas.cut, canvas.paste [Ctrl+C, Ctrl+X, Ctrl+V]: the
 *   clipboard carries "text/x-pathways-cards" and plain-text titles.
 * - canvas.select-all [Ctrl+A].
 * - canvas.zoom-in, canvas.zoom-out, canvas.zoom-reset, canvas.zoom-fit
 *   [Ctrl+plus, Ctrl+minus, Ctrl+0, Ctrl+9; Ctrl+scroll zooms].
 * - canvas.move-up, canvas.move-down, canvas.move-left, canvas.move-right
 *   [Alt+arrows]: moves the focused card within or between lanes.
 *
 * Widget actions are only seen by the canvas and its children. For the header
 * bar, menus and application accelerators, insert the same actions into the
 * window: gtk_widget_insert_action_group (window, "canvas",
 * pw_canvas_get_action_group (canvas)). They forward to the canvas and follow
 * its enabled states.
 */
#define PW_TYPE_CANVAS (pw_canvas_get_type ())
G_DECLARE_FINAL_TYPE (PwCanvas, pw_canvas, PW, CANVAS, GtkWidget)

GtkWidget *pw_canvas_new                 (void);

void       pw_canvas_set_plan            (PwCanvas *self,
                                          PwPlan   *plan);
PwPlan    *pw_canvas_get_plan            (PwCanvas *self);

/* A #GActionGroup with the actions above (names without the "canvas."
 * prefix), owned by the canvas. */
GActionGroup *pw_canvas_get_action_group (PwCanvas *self);

/* Warning badges on cards come from @checks (nullable). The canvas refreshes
 * the badges when the checks change. */
void       pw_canvas_set_checks          (PwCanvas *self,
                                          PwChecks *checks);

/* Selection. get_selected_cards() returns a new array (free it) of borrowed
 * cards, in plan order. get_selected_card() is the focused card when exactly
 * one card is selected, else NULL. */
GPtrArray *pw_canvas_get_selected_cards  (PwCanvas *self);
PwCard    *pw_canvas_get_selected_card   (PwCanvas *self);
PwLink    *pw_canvas_get_selected_link   (PwCanvas *self);
/* Selects only @card (NULL clears), focuses it, and scrolls it into view if
 * @scroll_to. */
void       pw_canvas_select_card         (PwCanvas *self,
                                          PwCard   *card,
                                          gboolean  scroll_to);
void       pw_canvas_select_link         (PwCanvas *self,
                                          PwLink   *link);

/* Zoom, clamped to PW_CANVAS_ZOOM_MIN..MAX. fit() shows the whole plan. */
double     pw_canvas_get_zoom            (PwCanvas *self);
void       pw_canvas_set_zoom            (PwCanvas *self,
                                          double    zoom);
void       pw_canvas_zoom_in             (PwCanvas *self);
void       pw_canvas_zoom_out            (PwCanvas *self);
void       pw_canvas_zoom_reset          (PwCanvas *self);
void       pw_canvas_zoom_fit            (PwCanvas *self);

G_END_DECLS
