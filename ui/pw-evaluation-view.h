/* pw-evaluation-view.h — the Evaluation view: the plan's Part B Annex 1, edited in place
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pw-framework.h"
#include "pw-plan.h"

G_BEGIN_DECLS

/**
 * PwEvaluationView:
 *
 * The main window's "evaluation" page: the IOM guide's Part B Annex 1
 * (evaluation planning) for the plan, one block per outcome card in lane
 * order. Each block shows the outcome ("Your Theory of Change outcome"), its
 * "Theory of Change for Integration outcome" (#PW_CARD_FIELD_INTEGRATION_OUTCOME),
 * and per indicator every #PwEvalField with the template's labels and
 * questions. Fields are edited in place; every keystroke is a pw_plan_*()
 * command (typing merges into one undo step, leaving a field seals it), and
 * the fields follow the model on undo and redo.
 *
 * Empty fields are marked "To complete"; prefilled suggestions are shown
 * apart, with an Accept button. "Suggest what Pathways knows"
 * (action "evaluation.prefill") runs pw_evaluation_prefill() as one undo step.
 *
 * Blocks are reconciled with the plan after each #PwPlan::changed, so only
 * what changed is rebuilt and the scroll position stays put. Each block can
 * be folded to its header (title and "4 of 30 fields written"); a large
 * plan (more than 12 indicators) opens with all but the first folded, and
 * a folded block builds its fields only when first unfolded.
 *
 * Signals:
 * - "pick-indicators" (#PwCard *card): the officer asked to attach an
 *   indicator to an outcome that has none; the window selects the card and
 *   shows the Indicators page of the sidebar.
 */
#define PW_TYPE_EVALUATION_VIEW (pw_evaluation_view_get_type ())
G_DECLARE_FINAL_TYPE (PwEvaluationView, pw_evaluation_view, PW, EVALUATION_VIEW, GtkWidget)

GtkWidget   *pw_evaluation_view_new              (void);
/* Shows @plan (nullable) with the data of @framework (nullable only with a
 * NULL plan). */
void         pw_evaluation_view_set_plan         (PwEvaluationView *self,
                                                  PwPlan           *plan,
                                                  PwFramework      *framework);
PwPlan      *pw_evaluation_view_get_plan         (PwEvaluationView *self);
/* Number of outcome blocks shown (for tests and the window's status). */
guint        pw_evaluation_view_get_n_outcomes   (PwEvaluationView *self);
/* The editor (a GtkEntry or GtkTextView) of field @field_id of @target: a
 * #PwIndicatorRef and a #PwEvalField, or an outcome #PwCard and
 * #PW_CARD_FIELD_INTEGRATION_OUTCOME. NULL when not shown, or not built yet
 * in a folded block. */
GtkWidget   *pw_evaluation_view_get_editor       (PwEvaluationView *self,
                                                  gpointer          target,
                                                  int               field_id);
/* Unfolds the block of @card (an outcome), scrolls to it and focuses its
 * first field. */
void         pw_evaluation_view_show_card        (PwEvaluationView *self,
                                                  PwCard           *card);

G_END_DECLS
