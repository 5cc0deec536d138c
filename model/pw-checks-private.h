/* pw-checks-private.h — internals shared by the plan checks' rule files
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pw-checks.h"

G_BEGIN_DECLS

/* The rules in list order (the order of pw-checks.h); a finding's rank. */
typedef enum {
  PW_CHECK_NO_GOAL,
  PW_CHECK_CYCLE,
  PW_CHECK_ISOLATED_CARD,
  PW_CHECK_BARRIER_NOT_ADDRESSED,
  PW_CHECK_ACTIVITY_NO_OUTPUT,
  PW_CHECK_OUTPUT_NO_OUTCOME,
  PW_CHECK_OUTCOME_NO_GOAL,
  PW_CHECK_NO_INDICATOR,
  PW_CHECK_SKIPS_STAGE,
  PW_CHECK_BARRIER_NO_EVIDENCE,
  PW_CHECK_EVAL_INCOMPLETE,
  PW_CHECK_NO_BASELINE,
  PW_CHECK_NO_SOCIAL,
  PW_CHECK_SINGLE_DOMAIN,
  PW_CHECK_NO_RECEIVING,
  PW_CHECK_NEWCOMERS_ONLY,
  PW_CHECK_STARTING_PATTERN,
  PW_CHECK_WORKED_NOT_MEASURED,
  PW_CHECK_EVAL_SUGGESTED,
  PW_CHECK_NO_DATA_LOCATED,
  PW_CHECK_LINK_NO_ASSUMPTION,
  PW_CHECK_NO_INSTITUTION,
  PW_CHECK_NO_TARGET_GROUPS,
  PW_N_CHECKS
} PwCheckRule;

typedef struct {
  const char *id;
  PwSeverity  severity;
  const char *source;   /* N_() */
} PwCheckRuleInfo;

extern const PwCheckRuleInfo pw_check_rules[PW_N_CHECKS];

/* A finding as the rules produce it; turned into a PwFinding (or matched
 * with the one already in the list) once the run is sorted. */
typedef struct {
  PwCheckRule  rule;
  guint        order;
  char        *message;      /* owned */
  const char  *search_term; /* static or owned by the suggestion cache */
  guint        ids_start;    /* in PwCheckRun.ids: cards, then links, then indicators */
  guint        n_cards;
  guint        n_links;
  guint        n_indicators;
} PwDraft;

/* One run over a plan: indexes built once, findings collected unsorted. */
typedef struct {
  PwPlan       *plan;
  PwFramework  *framework;
  GHashTable   *suggest_cache;  /* card title → search term ("" for none) */
  GPtrArray    *cards;          /* borrowed PwCard*, plan order */
  GPtrArray    *links;          /* borrowed PwLink*, plan order */
  GHashTable   *card_index;     /* PwCard* → index + 1 */
  PwCardKind   *kind;           /* per card */
  char        **quoted;         /* per card, "‘title’", made on first use */
  guint        *src;            /* per link: index of its source card */
  guint        *dst;
  guint        *n_out;          /* per card */
  guint        *n_in;
  guint         n_kind[PW_N_CARD_KINDS];
  GArray       *drafts;         /* PwDraft */
  GPtrArray    *ids;            /* borrowed id strings of the drafts */
  PwCoverage    coverage;
} PwCheckRun;

/* pw-checks-finding.c */
PwFinding  *pw_finding_new          (PwCheckRule   rule,
                                     char         *message,      /* taken */
                                     const char   *search_term,  /* nullable */
                                     const char  **ids,          /* cards, links, indicators */
                                     guint         n_cards,
                                     guint         n_links,
                                     guint         n_indicators);
/* The key a finding with these ids would have, appended to @key. */
void        pw_finding_key_append   (GString      *key,
                                     PwCheckRule   rule,
                                     const char  **ids,
                                     guint         n_cards,
                                     guint         n_links,
                                     guint         n_indicators);
PwCheckRule pw_finding_get_rank     (PwFinding    *self);
/* TRUE the first time in a run (@generation); a key is used once per run. */
gboolean    pw_finding_claim        (PwFinding    *self,
                                     guint         generation);
/* Takes @message; notifies when message or search term change. */
void        pw_finding_update       (PwFinding    *self,
                                     char         *message,
                                     const char   *search_term);

/* Helpers for the rule files. pw_check_run_add() takes @message; the id
 * arrays are NULL-terminated (or NULL) and borrowed for the run. */
void        pw_check_run_add        (PwCheckRun   *run,
                                     PwCheckRule   rule,
                                     guint         order,
                                     char         *message,
                                     const char   *search_term,
                                     const char  **card_ids,
                                     const char  **link_ids,
                                     const char  **indicator_ids);
guint       pw_check_run_card_index (PwCheckRun   *run,
                                     PwCard       *card);
/* "‘Title’" of card @index for messages (cut to a readable length); borrowed. */
const char *pw_check_run_quote      (PwCheckRun   *run,
                                     guint         index);
char       *pw_check_quote_text     (const char   *text);
gboolean    pw_check_is_blank       (const char   *text);

/* pw-checks-rules.c */
void        pw_check_chain          (PwCheckRun   *run);
void        pw_check_evidence       (PwCheckRun   *run);
void        pw_check_shared         (PwCheckRun   *run);
/* pw-checks-measure.c */
void        pw_check_measurement    (PwCheckRun   *run);
const char *pw_check_suggest_term   (PwCheckRun   *run,
                                     PwCard       *card);
/* pw-checks-coverage.c */
void        pw_check_compute_coverage (PwCheckRun *run);
void        pw_check_coverage       (PwCheckRun   *run);

G_END_DECLS
