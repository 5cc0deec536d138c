/* pw-checks.h — plan checks: chain completeness, measurement and domain coverage
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pw-framework.h"
#include "pw-plan.h"

G_BEGIN_DECLS

/**
 * PwSeverity:
 * @PW_SEVERITY_PROBLEM: the theory of change is broken or cannot be
 *   evaluated (no goal, a dead end, an outcome without an indicator…);
 *   `pathways --check` exits with 1 when there is one
 * @PW_SEVERITY_WARNING: the plan goes against the framework's guidance
 *   (nothing measures Social Connections, an empty evaluation row…)
 * @PW_SEVERITY_ADVICE: a good next step (accept a suggestion, record an
 *   assumption, the recommended starting pattern…)
 *
 * Lower values are more severe; the findings list is sorted that way.
 */
typedef enum {
  PW_SEVERITY_PROBLEM,
  PW_SEVERITY_WARNING,
  PW_SEVERITY_ADVICE,
} PwSeverity;

#define PW_N_SEVERITIES 3

#define PW_TYPE_SEVERITY (pw_severity_get_type ())
GType       pw_severity_get_type         (void);
/* Stable names for files and JSON: "problem", "warning", "advice". */
const char *pw_severity_to_string        (PwSeverity severity);
/* Translated: "Problem", "Warning", "Advice". */
const char *pw_severity_get_display_name (PwSeverity severity);

/*
 * Rule ids: stable strings (JSON output, tests, the UI may pick an icon by
 * prefix). Concerned objects are given in brackets.
 *
 * Chain — the theory of change (IOM guide, theory of change):
 *   chain.no-goal                 PROBLEM  the plan has no goal card
 *   chain.isolated-card           PROBLEM  a card with no links at all [card]
 *                                          (it gets none of the other chain findings)
 *   chain.barrier-not-addressed   PROBLEM  a barrier linked to no activity [card]
 *   chain.activity-no-output      PROBLEM  an activity with no outgoing link [card]
 *   chain.output-no-outcome       PROBLEM  an output with no outgoing link [card]
 *   chain.outcome-no-goal         PROBLEM  an outcome from which no chain of
 *                                          links reaches a goal [card]
 *   chain.cycle                   PROBLEM  outcomes that lead round in a loop
 *                                          (only from hand-edited files) [cards, links]
 *   chain.skips-stage             WARNING  a link that jumps over a lane, e.g.
 *                                          activity→outcome [link, its two cards]
 *   (An activity or output that leads only past the next stage gets
 *   chain.skips-stage, not the "no outgoing link" finding; a barrier linked
 *   only past the activities gets both, since no activity addresses it.)
 *   chain.cycle is defensive: pw_plan_link() and the loader refuse loops.
 *
 * Evidence — barriers and assumptions:
 *   evidence.barrier-no-evidence  WARNING  a barrier whose evidence is empty [card]
 *   evidence.link-no-assumption   ADVICE   a link whose assumption is empty [link, cards]
 *
 * Measurement — framework sections 5.4 and 6, Part B Annex 1:
 *   measure.outcome-no-indicator  PROBLEM  an outcome card with no indicator;
 *                                          suggests a search word [card]
 *   measure.eval-incomplete       WARNING  an indicator whose data source,
 *                                          methods, sample, responsibility or
 *                                          timeline is empty; the message says
 *                                          which [card, indicator]
 *   measure.eval-suggested        ADVICE   an indicator with prefilled
 *                                          suggestions not yet accepted; says
 *                                          which fields [card, indicator]
 *   measure.no-baseline           WARNING  indicators exist but none has a
 *                                          baseline planned [outcome cards]
 *   measure.no-data-located       ADVICE   a bank indicator marked □ (no data
 *                                          located): the plan collects its own
 *                                          data [card, indicator]
 *   A field holding a prefilled suggestion the officer has not accepted is
 *   "empty-ish": it does not count as empty for measure.eval-incomplete or
 *   measure.no-baseline, but gives measure.eval-suggested (advice: accept or
 *   edit it), so one field gives at most one finding.
 *
 * Coverage — framework sections 5.1 and 6.2 (only when at least one
 * indicator is attached; before that, measure.outcome-no-indicator speaks):
 *   coverage.no-social-connections WARNING no indicator in Social bonds,
 *                                          bridges or links [outcome cards]
 *   coverage.single-domain        WARNING  every indicator sits in one domain
 *                                          [outcome cards]
 *   coverage.starting-pattern     ADVICE   the recommended start (one domain
 *                                          each of Markers and Means, Social
 *                                          Connections and Facilitators, plus
 *                                          Rights and responsibilities) is not
 *                                          complete; names the missing parts
 *   coverage.worked-not-measured  ADVICE   domains that cards are tagged with
 *                                          but no indicator measures [cards]
 *
 * Shared responsibility — integration is multi-directional (framework
 * section 5.2, IOM guide):
 *   shared.no-receiving-community WARNING  no stakeholder from the receiving community
 *   shared.no-institution         ADVICE   no institution among the stakeholders
 *   shared.no-target-groups       ADVICE   the plan names no target group
 *   shared.newcomers-only         WARNING  the target groups are newcomers only
 */
#define PW_RULE_CHAIN_NO_GOAL                "chain.no-goal"
#define PW_RULE_CHAIN_ISOLATED_CARD          "chain.isolated-card"
#define PW_RULE_CHAIN_BARRIER_NOT_ADDRESSED  "chain.barrier-not-addressed"
#define PW_RULE_CHAIN_ACTIVITY_NO_OUTPUT     "chain.activity-no-output"
#define PW_RULE_CHAIN_OUTPUT_NO_OUTCOME      "chain.output-no-outcome"
#define PW_RULE_CHAIN_OUTCOME_NO_GOAL        "chain.outcome-no-goal"
#define PW_RULE_CHAIN_CYCLE                  "chain.cycle"
#define PW_RULE_CHAIN_SKIPS_STAGE            "chain.skips-stage"
#define PW_RULE_EVIDENCE_BARRIER             "evidence.barrier-no-evidence"
#define PW_RULE_EVIDENCE_ASSUMPTION          "evidence.link-no-assumption"
#define PW_RULE_MEASURE_NO_INDICATOR         "measure.outcome-no-indicator"
#define PW_RULE_MEASURE_EVAL_INCOMPLETE      "measure.eval-incomplete"
#define PW_RULE_MEASURE_EVAL_SUGGESTED       "measure.eval-suggested"
#define PW_RULE_MEASURE_NO_BASELINE          "measure.no-baseline"
#define PW_RULE_MEASURE_NO_DATA_LOCATED      "measure.no-data-located"
#define PW_RULE_COVERAGE_NO_SOCIAL           "coverage.no-social-connections"
#define PW_RULE_COVERAGE_SINGLE_DOMAIN       "coverage.single-domain"
#define PW_RULE_COVERAGE_STARTING_PATTERN    "coverage.starting-pattern"
#define PW_RULE_COVERAGE_WORKED_NOT_MEASURED "coverage.worked-not-measured"
#define PW_RULE_SHARED_NO_RECEIVING          "shared.no-receiving-community"
#define PW_RULE_SHARED_NO_INSTITUTION        "shared.no-institution"
#define PW_RULE_SHARED_NO_TARGET_GROUPS      "shared.no-target-groups"
#define PW_RULE_SHARED_NEWCOMERS_ONLY        "shared.newcomers-only"

/**
 * PwFinding:
 *
 * One result of the checks. Immutable except for "message", which is
 * updated in place (with notify) when only the wording changes, e.g. when
 * the officer renames the card it names.
 *
 * Properties (read-only): "rule" (string, one of the PW_RULE_* ids),
 * "severity" (#PwSeverity), "message" (translated sentence(s) for the
 * officer, naming the card), "source" (translated: the guidance behind it,
 * e.g. "Indicators of Integration framework 2019, section 5.1"),
 * "search-term" (a word to type into the indicator search, or %NULL).
 *
 * The ids it concerns are %NULL-terminated arrays (never %NULL, maybe
 * empty): the first card id is the one to jump to.
 */
#define PW_TYPE_FINDING (pw_finding_get_type ())
G_DECLARE_FINAL_TYPE (PwFinding, pw_finding, PW, FINDING, GObject)

const char         *pw_finding_get_rule          (PwFinding  *self);
PwSeverity          pw_finding_get_severity      (PwFinding  *self);
const char         *pw_finding_get_message       (PwFinding  *self);
const char         *pw_finding_get_source        (PwFinding  *self);
const char         *pw_finding_get_search_term   (PwFinding  *self);
const char * const *pw_finding_get_card_ids      (PwFinding  *self);
const char * const *pw_finding_get_link_ids      (PwFinding  *self);
const char * const *pw_finding_get_indicator_ids (PwFinding  *self);
gboolean            pw_finding_concerns_card     (PwFinding  *self,
                                                  const char *card_id);
/* "rule|ids…": equal keys mean the same finding across runs. */
const char         *pw_finding_get_key           (PwFinding  *self);

/**
 * PwCoverage:
 *
 * The data behind the coverage chart, recomputed on every run (plain
 * structs, owned by the #PwChecks, valid until the next "changed").
 * A domain is MEASURED when an attached indicator belongs to it, and WORKED
 * IN when a card is tagged with it (pw_card_get_domains()).
 */
typedef struct {
  guint       domain;        /* 1–14 */
  PwCategory  category;
  guint       n_indicators;  /* attached indicators in this domain */
  guint       n_cards;       /* cards tagged with this domain */
} PwDomainCoverage;

typedef struct {
  PwCategory  category;
  guint       first_domain;  /* its domains: first_domain .. + n_domains - 1 */
  guint       n_domains;
  guint       n_indicators;  /* sum over its domains */
  guint       n_cards;       /* cards tagged with at least one of its domains */
  guint       n_measured_domains;
  gboolean    measured;      /* covered: at least one indicator */
  gboolean    worked_in;     /* at least one card tagged */
} PwCategoryCoverage;

typedef struct {
  PwDomainCoverage   domains[PW_N_DOMAINS];       /* index: domain - 1 */
  PwCategoryCoverage categories[PW_N_CATEGORIES]; /* index: PwCategory */
  guint              n_indicators;   /* all attached indicators */
  guint              n_outcomes;     /* outcome cards */
  guint              n_outcomes_measured; /* outcome cards with an indicator */
  guint16            measured_domains; /* bit n-1 for domain n */
  guint16            worked_domains;
} PwCoverage;

/**
 * PwChecks:
 *
 * Runs the checks on a plan and keeps the results up to date: it connects to
 * #PwPlan::changed (every command, undo and redo) and re-runs. A run of a
 * 1,000-card plan takes well under 5 ms (tests/bench/bench-checks.c).
 *
 * - pw_checks_get_findings(): a #GListModel of #PwFinding, sorted by
 *   severity, then rule (a fixed order), then the order of the cards, links
 *   or indicators in the plan. Between runs it changes in place with the smallest
 *   items-changed the common prefix and suffix allow; findings that stay
 *   keep their object (and only their message may change).
 * - #PwChecks::changed (no arguments) after every run, once the list,
 *   the counts and the coverage are up to date — redraw badges here.
 *
 * Properties: "plan" (#PwPlan, read-write, nullable), "framework"
 * (#PwFramework, construct-only), "n-problems", "n-warnings", "n-advice"
 * (guint, read-only, notify when they change).
 */
#define PW_TYPE_CHECKS (pw_checks_get_type ())
G_DECLARE_FINAL_TYPE (PwChecks, pw_checks, PW, CHECKS, GObject)

/* @framework: nullable, then pw_framework_get_default(). */
PwChecks         *pw_checks_new                   (PwFramework *framework);
/* Observes @plan (nullable: no findings) and runs at once. */
void              pw_checks_set_plan              (PwChecks    *self,
                                                   PwPlan      *plan);
PwPlan           *pw_checks_get_plan              (PwChecks    *self);
PwFramework      *pw_checks_get_framework         (PwChecks    *self);
/* Runs now (the plan's "changed" does this for you). */
void              pw_checks_run                   (PwChecks    *self);

GListModel       *pw_checks_get_findings          (PwChecks    *self);
guint             pw_checks_get_n_findings        (PwChecks    *self,
                                                   PwSeverity   severity);
/* Findings that concern @card_id, in list order: a new array (free it) of
 * borrowed findings, empty for a card with none. For canvas badges. */
GPtrArray        *pw_checks_get_findings_for_card (PwChecks    *self,
                                                   const char  *card_id);
/* The most severe finding's severity for @card_id; -1 when none. */
int               pw_checks_get_card_severity     (PwChecks    *self,
                                                   const char  *card_id);
/* Findings with @rule_id, in list order (new array of borrowed findings). */
GPtrArray        *pw_checks_get_findings_by_rule  (PwChecks    *self,
                                                   const char  *rule_id);
const PwCoverage *pw_checks_get_coverage          (PwChecks    *self);

G_END_DECLS
