/* pw-plan-diff-private.h — shared helpers of the plan diff (pw-plan-diff*.c)
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pw-plan-diff.h"

G_BEGIN_DECLS

/* Longest card or indicator name, and longest quoted text, in characters. */
#define NAME_CHARS  60
#define TEXT_CHARS 100

typedef struct {
  GPtrArray   *changes;
  PwPlan      *old;
  PwPlan      *new;
  PwFramework *framework;
} Diff;

/* The sentences for one text field (N_() strings, translated when used). */
typedef struct {
  const char *set;      /* old empty: the name, then the new text */
  const char *changed;  /* the name, the old text, the new text */
  const char *cleared;  /* new empty: the name, then the old text */
} FieldSentences;

void        pw_diff_add            (Diff                *diff,
                                    PwPlanChangeSection  section,
                                    PwPlanChangeKind     kind,
                                    const char          *object_id,
                                    const char          *format,
                                    ...) G_GNUC_PRINTF (5, 6);
/* On one line, cut at a word boundary after @max_chars characters with "…". */
char       *pw_diff_shorten        (const char          *text,
                                    guint                max_chars);
char       *pw_diff_card_name      (PwCard              *card);
char       *pw_diff_indicator_name (PwIndicatorRef      *ref);
const char *pw_diff_domain_name    (Diff                *diff,
                                    guint                number);
gboolean    pw_diff_text_differs   (const char          *a,
                                    const char          *b);
/* A text field of the object called @name: set, changed or cleared. */
void        pw_diff_named_text     (Diff                 *diff,
                                    PwPlanChangeSection   section,
                                    const char           *id,
                                    const char           *name,
                                    const FieldSentences *sentences,
                                    const char           *a,
                                    const char           *b);

void        pw_diff_indicators     (Diff                *diff);
void        pw_diff_evaluation     (Diff                *diff);
void        pw_diff_stakeholders   (Diff                *diff);

G_END_DECLS
