/* pw-outline-view.h — the plan as an outline: goal → outcomes → outputs → activities → barriers
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pw-plan.h"

G_BEGIN_DECLS

/**
 * PwOutlineView:
 *
 * The same plan as the canvas, as an outline that screen readers and
 * keyboards handle well: each goal, and under it the outcomes that lead to
 * it (with their indicators), under those the outputs, then the activities,
 * then the barriers — following the links backwards. Cards no goal reaches
 * appear under a "… not linked yet" group per lane.
 *
 * It is a #GtkListView over a #GtkTreeListModel (expanders). Rows follow the
 * plan (the canvas, undo and redo) and keep their expansion and the
 * selection. Editing goes through pw_plan_*() commands:
 * - F2 or Enter renames the selected card (Enter keeps, Escape cancels);
 * - Insert adds a card that leads to the selected one ("Add an output that
 *   leads to this outcome"), linked, and starts renaming it;
 * - Delete removes the selected card (or detaches the indicator);
 * - Right/Left (or plus/minus) expand and collapse; Left on a collapsed row
 *   goes to its parent.
 *
 * Properties: "plan" (#PwPlan, nullable).
 *
 * Signals: "card-activated" (#PwCard): the officer selected a row of this
 * card (for an indicator row: its outcome); the window selects the card on
 * the canvas. Not emitted for pw_outline_view_select_card().
 */
#define PW_TYPE_OUTLINE_VIEW (pw_outline_view_get_type ())
G_DECLARE_FINAL_TYPE (PwOutlineView, pw_outline_view, PW, OUTLINE_VIEW, GtkWidget)

GtkWidget *pw_outline_view_new          (void);

void       pw_outline_view_set_plan     (PwOutlineView *self,
                                         PwPlan        *plan);
PwPlan    *pw_outline_view_get_plan     (PwOutlineView *self);

/* Selects the first row that shows @card (expanding what hides it) and
 * scrolls to it; NULL clears the selection. Returns FALSE if the outline
 * does not show the card. */
gboolean   pw_outline_view_select_card  (PwOutlineView *self,
                                         PwCard        *card);
/* The card of the selected row (the outcome for an indicator row), or NULL. */
PwCard    *pw_outline_view_get_selected_card (PwOutlineView *self);

/* The rows as shown (expanded rows only), for tests: a GListModel of
 * GtkTreeListRow whose items are the rows' nodes. (transfer none) */
GListModel *pw_outline_view_get_rows    (PwOutlineView *self);

G_END_DECLS
