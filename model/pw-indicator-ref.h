/* pw-indicator-ref.h — an indicator attached to an outcome card, with its evaluation plan
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pw-card.h"

G_BEGIN_DECLS

/**
 * PwEvalField:
 * @PW_EVAL_FIELD_DATA_SOURCE: data source and frequency of data collection
 * @PW_EVAL_FIELD_QUESTIONS_HAVE: what information do you already have?
 * @PW_EVAL_FIELD_QUESTIONS_NEED: what additional information will you need?
 * @PW_EVAL_FIELD_METHODS: data collection methods / related activities
 * @PW_EVAL_FIELD_SAMPLE: sample (how many individuals)
 * @PW_EVAL_FIELD_RESPONSIBILITY: responsibility (who collects)
 * @PW_EVAL_FIELD_PROCESS: data collection and analysis process
 * @PW_EVAL_FIELD_TIMELINE: timeline (by when)
 * @PW_EVAL_FIELD_BASELINE: when the baseline is taken (before the intervention)
 * @PW_EVAL_FIELD_FOLLOW_UP: when the measure is repeated
 *
 * The evaluation-planning fields of the framework's Part B Annex 1, per indicator,
 * in the order of the table.
 */
typedef enum {
  PW_EVAL_FIELD_DATA_SOURCE,
  PW_EVAL_FIELD_QUESTIONS_HAVE,
  PW_EVAL_FIELD_QUESTIONS_NEED,
  PW_EVAL_FIELD_METHODS,
  PW_EVAL_FIELD_SAMPLE,
  PW_EVAL_FIELD_RESPONSIBILITY,
  PW_EVAL_FIELD_PROCESS,
  PW_EVAL_FIELD_TIMELINE,
  PW_EVAL_FIELD_BASELINE,
  PW_EVAL_FIELD_FOLLOW_UP,
} PwEvalField;

#define PW_N_EVAL_FIELDS 10

#define PW_TYPE_EVAL_FIELD (pw_eval_field_get_type ())
GType pw_eval_field_get_type (void);

/* Stable names for files, also the names of the PwIndicatorRef properties:
 * "data-source", "questions-have", "questions-need", "methods", "sample",
 * "responsibility", "process", "timeline", "baseline", "follow-up". */
const char *pw_eval_field_to_string (PwEvalField field);
gboolean    pw_eval_field_from_string (const char  *str,
                                       PwEvalField *out_field);
/* Translated short label for forms and the Annex 1 table,
 * e.g. "Data source and frequency of data collection". */
const char *pw_eval_field_get_label (PwEvalField field);

/**
 * PwIndicatorRef:
 *
 * An indicator attached to an outcome card: either an occurrence of the
 * framework's bank ("bridges-03"), whose text is copied at attach time so the
 * plan stays readable if the bank changes, or a custom indicator (bank id
 * %NULL) with the officer's own text.
 *
 * Owned by its card, changed only through pw_plan_*() commands. Text getters
 * never return %NULL ("" when empty), except pw_indicator_ref_get_bank_id().
 *
 * Properties (read-only, with notify): "id" ("i1"…, unique in the plan),
 * "bank-id", "text", "domain" (guint 1–14), one string property per
 * #PwEvalField named by pw_eval_field_to_string(), and "suggested" (guint:
 * bit `1 << field` is set while that field holds a prefilled suggestion the
 * officer has not yet accepted; editing the field, or
 * pw_plan_accept_suggestion(), clears it).
 */
#define PW_TYPE_INDICATOR_REF (pw_indicator_ref_get_type ())
G_DECLARE_FINAL_TYPE (PwIndicatorRef, pw_indicator_ref, PW, INDICATOR_REF, GObject)

const char *pw_indicator_ref_get_id        (PwIndicatorRef *self);
const char *pw_indicator_ref_get_bank_id   (PwIndicatorRef *self);
gboolean    pw_indicator_ref_is_custom     (PwIndicatorRef *self);
const char *pw_indicator_ref_get_text      (PwIndicatorRef *self);
guint       pw_indicator_ref_get_domain    (PwIndicatorRef *self);
const char *pw_indicator_ref_get_eval      (PwIndicatorRef *self,
                                            PwEvalField     field);
gboolean    pw_indicator_ref_is_suggested  (PwIndicatorRef *self,
                                            PwEvalField     field);
guint       pw_indicator_ref_get_suggested (PwIndicatorRef *self);
gboolean    pw_indicator_ref_has_eval      (PwIndicatorRef *self);

/* The outcome card it is attached to, or NULL once detached. */
PwCard     *pw_indicator_ref_get_card      (PwIndicatorRef *self);

G_END_DECLS
