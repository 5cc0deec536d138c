/* pw-evaluation-view-private.h — the parts of the Evaluation view: outcome blocks and field editors
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pw-evaluation-view.h"
#include "pw-framework.h"
#include "pw-indicator-ref.h"
#include "pw-plan.h"

G_BEGIN_DECLS

/* ---- Field editors (pw-evaluation-view-fields.c) --------------------------
 *
 * A field is a vertical box (CSS class "pw-eval-field", plus "pw-eval-empty"
 * while it holds no text and "pw-eval-suggested" while it holds a suggestion
 * not yet accepted) around an editor: a GtkEntry for short fields, a
 * GtkTextView for long ones. The editor carries the data "pw-eval-target"
 * (the PwIndicatorRef or PwCard) and "pw-eval-field" (field + 1). */

/* An evaluation field of an indicator. @sublabel (nullable) is shown above the
 * editor; @question (nullable) is the template's question, the editor's
 * accessible description. The accessible name names the field and the
 * indicator (pw_eval_field_dup_a11y_name()). */
GtkWidget  *pw_eval_field_new              (PwPlan         *plan,
                                            PwIndicatorRef *ref,
                                            PwEvalField     field,
                                            const char     *sublabel,
                                            const char     *question);
/* The card's "Theory of Change for Integration outcome", with the domains of
 * its indicators offered as a suggestion while it is empty. */
GtkWidget  *pw_eval_integration_field_new  (PwPlan         *plan,
                                            PwFramework    *framework,
                                            PwCard         *card);
/* Recomputes the integration-outcome suggestion (the indicators changed). */
void        pw_eval_integration_field_refresh (GtkWidget   *field);
/* The GtkEntry or GtkTextView inside a field. */
GtkWidget  *pw_eval_field_get_editor       (GtkWidget      *field);
/* Whether the editor of @field shows @target's field @field_id. */
gboolean    pw_eval_field_matches          (GtkWidget      *field,
                                            gpointer        target,
                                            int             field_id);
/* "Sample for ‘% confident to ask…’": a short field name and the start of the
 * indicator's text. */
char       *pw_eval_field_dup_a11y_name    (PwEvalField     field,
                                            const char     *indicator_text);
gboolean    pw_eval_field_is_long          (PwEvalField     field);

/* ---- Outcome blocks (pw-evaluation-view-outcome.c) ----------------------- */

#define PW_TYPE_EVAL_OUTCOME (pw_eval_outcome_get_type ())
G_DECLARE_FINAL_TYPE (PwEvalOutcome, pw_eval_outcome, PW, EVAL_OUTCOME, GtkWidget)

/* A folded block shows its header only; its indicator fields are built
 * the first time it is unfolded. */
GtkWidget  *pw_eval_outcome_new            (PwEvaluationView *view,
                                            PwPlan           *plan,
                                            PwFramework      *framework,
                                            PwCard           *card,
                                            gboolean          expanded);
void        pw_eval_outcome_set_expanded   (PwEvalOutcome    *self,
                                            gboolean          expanded);
gboolean    pw_eval_outcome_get_expanded   (PwEvalOutcome    *self);
/* Recounts the written and suggested fields shown under the title. */
void        pw_eval_outcome_update_summary (PwEvalOutcome    *self);
PwCard     *pw_eval_outcome_get_card       (PwEvalOutcome    *self);
/* "Outcome 2 of 5" */
void        pw_eval_outcome_set_number     (PwEvalOutcome    *self,
                                            guint             number,
                                            guint             n_outcomes);
/* The field editor (entry or text view) for @target's @field_id, or NULL.
 * @target is an indicator of the outcome (PwEvalField) or the card itself
 * (PW_CARD_FIELD_INTEGRATION_OUTCOME). */
GtkWidget  *pw_eval_outcome_find_editor    (PwEvalOutcome    *self,
                                            gpointer          target,
                                            int               field_id);
/* The editor of the integration outcome (first field of the block). */
GtkWidget  *pw_eval_outcome_get_first_editor (PwEvalOutcome  *self);

/* pw-evaluation-view.c */
void        pw_evaluation_view_pick_indicators (PwEvaluationView *self,
                                                PwCard           *card);

G_END_DECLS
