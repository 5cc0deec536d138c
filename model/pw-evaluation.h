/* pw-evaluation.h — the Part B Annex 1 evaluation-planning table, derived from a plan
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pw-framework.h"
#include "pw-plan.h"

G_BEGIN_DECLS

/**
 * PwAnnexRow:
 * @PW_ANNEX_ROW_OUTCOME: "Your Theory of Change Outcome" (the card title)
 * @PW_ANNEX_ROW_INTEGRATION_OUTCOME: "Theory of Change for Integration Outcome"
 * @PW_ANNEX_ROW_INDICATORS: "Indicators"
 * @PW_ANNEX_ROW_DATA_SOURCE: "Data source and frequency of data collection,
 *   questions" — #PW_EVAL_FIELD_DATA_SOURCE, _QUESTIONS_HAVE and _QUESTIONS_NEED
 * @PW_ANNEX_ROW_METHODS: "Data collection methods/related activities"
 * @PW_ANNEX_ROW_SAMPLE: "Sample"
 * @PW_ANNEX_ROW_RESPONSIBILITY: "Responsibility"
 * @PW_ANNEX_ROW_PROCESS: "Data collection and analysis process"
 * @PW_ANNEX_ROW_TIMELINE: "Timeline" — #PW_EVAL_FIELD_TIMELINE, _BASELINE
 *   and _FOLLOW_UP
 *
 * The rows of the IOM guide's template (Part B, Annex 1), in its order.
 */
typedef enum {
  PW_ANNEX_ROW_OUTCOME,
  PW_ANNEX_ROW_INTEGRATION_OUTCOME,
  PW_ANNEX_ROW_INDICATORS,
  PW_ANNEX_ROW_DATA_SOURCE,
  PW_ANNEX_ROW_METHODS,
  PW_ANNEX_ROW_SAMPLE,
  PW_ANNEX_ROW_RESPONSIBILITY,
  PW_ANNEX_ROW_PROCESS,
  PW_ANNEX_ROW_TIMELINE,
} PwAnnexRow;

#define PW_N_ANNEX_ROWS 9

/* Translated at each call (so a change of language shows at the next render).
 * Title: "Sample"; question: "How many individuals you will collect data
 * from?" (NULL for the first three rows); label: the template's full row
 * label, "Sample (How many individuals you will collect data from?)". */
const char *pw_annex_row_get_title    (PwAnnexRow row);
const char *pw_annex_row_get_question (PwAnnexRow row);
char       *pw_annex_row_dup_label    (PwAnnexRow row);

/**
 * PwEvalItem:
 * @indicator: 1-based number of the indicator in its outcome, or 0 when the
 *   item belongs to the outcome as a whole
 * @label: (nullable): translated sub-heading inside the cell, e.g. "What
 *   information do you already have?" or "Baseline"
 * @text: the text, "" when the field is empty (to complete)
 * @detail: (nullable): a secondary line (indicators: "Social bridges · ▲ ■")
 * @category: the framework category of the indicator's domain (for colour),
 *   or -1
 * @field: the #PwEvalField the text comes from, or -1 (card and indicator text)
 * @suggested: the text is a prefilled suggestion not yet accepted
 *
 * One paragraph of a cell of the table.
 */
typedef struct {
  guint        indicator;
  const char  *label;
  const char  *text;
  const char  *detail;
  int          category;
  int          field;
  gboolean     suggested;
} PwEvalItem;

/**
 * PwEvaluation:
 *
 * A snapshot of the Annex 1 table of a plan: one column per outcome card
 * (lane order), the rows of #PwAnnexRow, each cell a list of #PwEvalItem.
 * When an outcome has several indicators, their evaluation fields are
 * combined per row, each item numbered by its indicator (@indicator).
 *
 * The "Theory of Change for Integration Outcome" row shows the card's
 * #PW_CARD_FIELD_INTEGRATION_OUTCOME. When that field is empty, it shows a
 * suggestion derived from the domains of the outcome's indicators (flagged
 * @suggested) which is NOT written into the card: a card field has no
 * "suggested" flag, and written text would be indistinguishable from the
 * officer's. The view offers to accept it with
 * pw_evaluation_suggest_integration_outcome() + pw_plan_set_card_text().
 *
 * Build a new snapshot after the plan changes (PwPlan::changed); it holds
 * references on the cards and indicators it shows. Strings are valid while
 * the evaluation lives. A blank evaluation (pw_evaluation_new_blank()) has
 * @n_outcomes columns with empty cells, for the printed template.
 */
typedef struct _PwEvaluation PwEvaluation;

#define PW_TYPE_EVALUATION (pw_evaluation_get_type ())
GType             pw_evaluation_get_type          (void);

PwEvaluation     *pw_evaluation_new               (PwPlan       *plan,
                                                   PwFramework  *framework);
PwEvaluation     *pw_evaluation_new_blank         (guint         n_outcomes);
PwEvaluation     *pw_evaluation_ref               (PwEvaluation *self);
void              pw_evaluation_unref             (PwEvaluation *self);

gboolean          pw_evaluation_is_blank          (PwEvaluation *self);
/* Plan metadata ("" when empty or blank). */
const char       *pw_evaluation_get_title         (PwEvaluation *self);
const char       *pw_evaluation_get_organisation  (PwEvaluation *self);
const char       *pw_evaluation_get_area          (PwEvaluation *self);

guint             pw_evaluation_get_n_outcomes    (PwEvaluation *self);
/* NULL in a blank evaluation. */
PwCard           *pw_evaluation_get_card          (PwEvaluation *self,
                                                   guint         outcome);
/* Number of indicators on the outcome (0 in a blank evaluation). */
guint             pw_evaluation_get_n_indicators  (PwEvaluation *self,
                                                   guint         outcome);
/* The outcome's title as shown ("Untitled outcome" when empty; "" if blank). */
const char       *pw_evaluation_get_outcome_title (PwEvaluation *self,
                                                   guint         outcome);
guint             pw_evaluation_get_n_items       (PwEvaluation *self,
                                                   guint         outcome,
                                                   PwAnnexRow    row);
const PwEvalItem *pw_evaluation_get_item          (PwEvaluation *self,
                                                   guint         outcome,
                                                   PwAnnexRow    row,
                                                   guint         index);
/* The cell as plain text: items one per line, "1. " numbers when the outcome
 * has several indicators, "Label: text", empty texts as "" (nothing). */
char             *pw_evaluation_dup_cell_text     (PwEvaluation *self,
                                                   guint         outcome,
                                                   PwAnnexRow    row);
/* Whether every item of the cell is empty (nothing written, nothing suggested). */
gboolean          pw_evaluation_cell_is_empty     (PwEvaluation *self,
                                                   guint         outcome,
                                                   PwAnnexRow    row);
/* The line under an indicator: "Domain · own indicator" for the officer's
 * own, "Domain · ▲ ■" (its data marks) for a bank indicator; *out_category
 * is the domain's category, -1 when the domain is unknown. */
char             *pw_evaluation_dup_indicator_detail (PwIndicatorRef *ref,
                                                      PwFramework    *framework,
                                                      int            *out_category);

/* ---- Suggestions --------------------------------------------------------
 *
 * Built from the framework's data only: the indicator's data marks
 * (■ ▲ ★ □), the comparators mapped to it (comparators.json: data source,
 * level of comparison, the same survey question) and principle 5.4 (take a
 * baseline before the intervention, then repeat the measure). Texts are
 * translated when they are made.
 *
 * pw_evaluation_suggest_field(): the suggestion for one field of one
 *   indicator, or NULL when there is none for that field (only
 *   DATA_SOURCE, TIMELINE, BASELINE and FOLLOW_UP have suggestions; the
 *   others are the officer's to decide with partners).
 * pw_evaluation_suggest_integration_outcome(): the domain names of the
 *   outcome's indicators joined by "; " in domain order, e.g. "Social
 *   bridges; Language and communication", or NULL without indicators.
 * pw_evaluation_prefill(): pw_plan_suggest_eval_field() for every EMPTY
 *   field that has a suggestion, on every indicator of every outcome, as one
 *   undo step labelled "Suggest evaluation plan". Fields holding text
 *   (written or suggested) are never touched. Returns the number of fields
 *   filled; 0 records no undo step.
 */
char             *pw_evaluation_suggest_field     (PwIndicatorRef *ref,
                                                   PwFramework    *framework,
                                                   PwEvalField     field);
char             *pw_evaluation_suggest_integration_outcome (PwCard      *card,
                                                             PwFramework *framework);
guint             pw_evaluation_prefill           (PwPlan       *plan,
                                                   PwFramework  *framework);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PwEvaluation, pw_evaluation_unref)

G_END_DECLS
