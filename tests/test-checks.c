/* test-checks.c — the plan checks: each rule fires and stays quiet, coverage, observer, examples, CLI
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <cjson/cJSON.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "pw-autocleanups.h"
#include "pw-checks.h"
#include "pw-checks-cli.h"
#include "pw-model.h"
#include "pw-plan-private.h"
#include "pw-plan-xml.h"

/* A complete plan that breaks no rule: one card per lane, links with
 * assumptions, four indicators (Work, Social bridges, Language and
 * communication, Rights and responsibilities) with full evaluation rows,
 * all three kinds of stakeholder, two target groups. */
typedef struct {
  PwFramework    *fw;
  PwPlan         *plan;
  PwChecks       *checks;
  PwCard         *barrier, *activity, *output, *outcome, *goal;
  PwLink         *links[4];
  PwIndicatorRef *refs[4];
  PwStakeholder  *receiving, *institution;
} Fixture;

static const char *clean_indicators[] = { "work-02", "bridges-05", "language-06", "rights-05" };

static PwIndicatorRef *
attach (Fixture *f, PwCard *card, const char *bank_id)
{
  g_autoptr(GError) error = NULL;
  const PwIndicator *ind = pw_framework_lookup_indicator (f->fw, bank_id);
  PwIndicatorRef *ref;

  g_assert_nonnull (ind);
  ref = pw_plan_attach_indicator (f->plan, card, bank_id, ind->text, ind->domain, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ref);
  return ref;
}

static void
fill_eval (PwPlan *plan, PwIndicatorRef *ref)
{
  pw_plan_set_eval_field (plan, ref, PW_EVAL_FIELD_DATA_SOURCE, "Café register, each session");
  pw_plan_set_eval_field (plan, ref, PW_EVAL_FIELD_METHODS, "Short questionnaire");
  pw_plan_set_eval_field (plan, ref, PW_EVAL_FIELD_SAMPLE, "All 40 participants");
  pw_plan_set_eval_field (plan, ref, PW_EVAL_FIELD_RESPONSIBILITY, "Café coordinator");
  pw_plan_set_eval_field (plan, ref, PW_EVAL_FIELD_TIMELINE, "March");
  pw_plan_set_eval_field (plan, ref, PW_EVAL_FIELD_BASELINE, "First session");
}

static PwLink *
link_cards (PwPlan *plan, PwCard *a, PwCard *b, const char *assumption)
{
  g_autoptr(GError) error = NULL;
  PwLink *link = pw_plan_link (plan, a, b, &error);

  g_assert_no_error (error);
  g_assert_nonnull (link);
  if (assumption != NULL)
    pw_plan_set_link_text (plan, link, PW_LINK_FIELD_ASSUMPTION, assumption);
  return link;
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  PwPlan *plan;

  f->fw = g_object_ref (pw_framework_get_default ());
  f->plan = plan = pw_plan_new ();
  f->barrier = pw_plan_add_card (plan, PW_CARD_KIND_BARRIER, "Newcomers have few friends outside their community", -1, 0, 0);
  pw_plan_set_card_text (plan, f->barrier, PW_CARD_FIELD_EVIDENCE, "Residents' survey");
  f->activity = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "Weekly conversation café", -1, 0, 0);
  f->output = pw_plan_add_card (plan, PW_CARD_KIND_OUTPUT, "40 café sessions held", -1, 0, 0);
  f->outcome = pw_plan_add_card (plan, PW_CARD_KIND_OUTCOME, "Newcomers and neighbours talk regularly", -1, 0, 0);
  f->goal = pw_plan_add_card (plan, PW_CARD_KIND_GOAL, "People of all backgrounds get on well", -1, 0, 0);
  f->links[0] = link_cards (plan, f->barrier, f->activity, "People come if it is local");
  f->links[1] = link_cards (plan, f->activity, f->output, "Volunteers run it");
  f->links[2] = link_cards (plan, f->output, f->outcome, "Regulars return");
  f->links[3] = link_cards (plan, f->outcome, f->goal, "Contact builds trust");
  for (guint i = 0; i < G_N_ELEMENTS (clean_indicators); i++)
    {
      f->refs[i] = attach (f, f->outcome, clean_indicators[i]);
      fill_eval (plan, f->refs[i]);
    }
  pw_plan_add_stakeholder (plan, "Refugee families", PW_STAKEHOLDER_KIND_NEWCOMER, NULL);
  f->receiving = pw_plan_add_stakeholder (plan, "Local residents", PW_STAKEHOLDER_KIND_RECEIVING_COMMUNITY, NULL);
  f->institution = pw_plan_add_stakeholder (plan, "Library service", PW_STAKEHOLDER_KIND_INSTITUTION, NULL);
  pw_plan_set_target_groups (plan, PW_TARGET_GROUP_NEWCOMERS | PW_TARGET_GROUP_RECEIVING_COMMUNITIES);
  f->checks = pw_checks_new (f->fw);
  pw_checks_set_plan (f->checks, plan);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->checks);
  g_clear_object (&f->plan);
  g_clear_object (&f->fw);
}

/* ---- helpers ------------------------------------------------------------ */

static guint
count_rule (PwChecks *checks, const char *rule)
{
  g_autoptr(GPtrArray) found = pw_checks_get_findings_by_rule (checks, rule);

  return found->len;
}

/* The only finding of @rule; fails unless there is exactly one. */
static PwFinding *
only_finding (PwChecks *checks, const char *rule)
{
  g_autoptr(GPtrArray) found = pw_checks_get_findings_by_rule (checks, rule);

  g_assert_cmpuint (found->len, ==, 1);
  return g_ptr_array_index (found, 0);
}

static void
assert_first_card (PwFinding *finding, PwCard *card)
{
  g_assert_cmpstr (pw_finding_get_card_ids (finding)[0], ==, pw_card_get_id (card));
}

static void
assert_names_card (PwFinding *finding, PwCard *card)
{
  g_autofree char *quoted = g_strdup_printf ("‘%s’", pw_card_get_title (card));

  g_assert_nonnull (strstr (pw_finding_get_message (finding), quoted));
}

static void
assert_contains (const char *haystack, const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” does not contain “%s”", haystack, needle);
}

/* ---- the clean plan ------------------------------------------------------ */

static void
test_clean_plan_quiet (Fixture *f, gconstpointer data)
{
  GListModel *findings = pw_checks_get_findings (f->checks);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PwFinding) finding = g_list_model_get_item (findings, i);
      g_test_message ("unexpected: %s %s", pw_finding_get_rule (finding), pw_finding_get_message (finding));
    }
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 0);
  for (PwSeverity s = 0; s < PW_N_SEVERITIES; s++)
    g_assert_cmpuint (pw_checks_get_n_findings (f->checks, s), ==, 0);
  g_assert_cmpint (pw_checks_get_card_severity (f->checks, pw_card_get_id (f->outcome)), ==, -1);
}

static void
test_empty_plan (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(PwChecks) checks = pw_checks_new (NULL);

  pw_checks_set_plan (checks, plan);
  g_assert_cmpuint (count_rule (checks, PW_RULE_CHAIN_NO_GOAL), ==, 1);
  g_assert_cmpuint (count_rule (checks, PW_RULE_SHARED_NO_TARGET_GROUPS), ==, 1);
  /* nothing is measured yet, so the coverage rules wait for an indicator */
  g_assert_cmpuint (count_rule (checks, PW_RULE_COVERAGE_NO_SOCIAL), ==, 0);
  g_assert_cmpuint (pw_checks_get_coverage (checks)->n_indicators, ==, 0);
  pw_checks_set_plan (checks, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (pw_checks_get_findings (checks)), ==, 0);
}

/* ---- chain ----------------------------------------------------------------- */

static void
test_no_goal (Fixture *f, gconstpointer data)
{
  PwFinding *finding;

  g_assert_cmpuint (count_rule (f->checks, PW_RULE_CHAIN_NO_GOAL), ==, 0);
  pw_plan_remove_card (f->plan, f->goal);
  finding = only_finding (f->checks, PW_RULE_CHAIN_NO_GOAL);
  g_assert_cmpint (pw_finding_get_severity (finding), ==, PW_SEVERITY_PROBLEM);
  assert_contains (pw_finding_get_message (finding), "no goal");
  /* the outcome now leads nowhere */
  assert_first_card (only_finding (f->checks, PW_RULE_CHAIN_OUTCOME_NO_GOAL), f->outcome);
}

static void
test_isolated_card (Fixture *f, gconstpointer data)
{
  PwCard *extra = pw_plan_add_card (f->plan, PW_CARD_KIND_ACTIVITY, "Cooking club", -1, 0, 0);
  PwFinding *finding = only_finding (f->checks, PW_RULE_CHAIN_ISOLATED_CARD);

  assert_first_card (finding, extra);
  assert_names_card (finding, extra);
  /* one cause, one finding: not also "leads to no output" */
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_CHAIN_ACTIVITY_NO_OUTPUT), ==, 0);

  link_cards (f->plan, f->barrier, extra, "x");
  link_cards (f->plan, extra, f->output, "y");
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_CHAIN_ISOLATED_CARD), ==, 0);
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_CHAIN_ACTIVITY_NO_OUTPUT), ==, 0);
}

static void
test_barrier_not_addressed (Fixture *f, gconstpointer data)
{
  PwCard *barrier = pw_plan_add_card (f->plan, PW_CARD_KIND_BARRIER, "Low confidence in English", -1, 0, 0);
  PwFinding *finding;

  pw_plan_set_card_text (f->plan, barrier, PW_CARD_FIELD_EVIDENCE, "Tutor reports");
  /* linked, but only past the activities */
  link_cards (f->plan, barrier, f->output, "z");
  finding = only_finding (f->checks, PW_RULE_CHAIN_BARRIER_NOT_ADDRESSED);
  assert_first_card (finding, barrier);
  assert_names_card (finding, barrier);
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_CHAIN_ISOLATED_CARD), ==, 0);

  link_cards (f->plan, barrier, f->activity, "w");
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_CHAIN_BARRIER_NOT_ADDRESSED), ==, 0);
}

static void
test_activity_no_output (Fixture *f, gconstpointer data)
{
  PwFinding *finding;

  pw_plan_unlink (f->plan, f->links[1]);
  finding = only_finding (f->checks, PW_RULE_CHAIN_ACTIVITY_NO_OUTPUT);
  assert_first_card (finding, f->activity);
  assert_names_card (finding, f->activity);
  /* the output still leads on, so only the activity is at fault */
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_CHAIN_OUTPUT_NO_OUTCOME), ==, 0);
  pw_plan_undo (f->plan);
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_CHAIN_ACTIVITY_NO_OUTPUT), ==, 0);
}

static void
test_output_no_outcome (Fixture *f, gconstpointer data)
{
  PwFinding *finding;

  pw_plan_unlink (f->plan, f->links[2]);
  finding = only_finding (f->checks, PW_RULE_CHAIN_OUTPUT_NO_OUTCOME);
  assert_first_card (finding, f->output);
  assert_names_card (finding, f->output);
  /* the outcome still reaches the goal */
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_CHAIN_OUTCOME_NO_GOAL), ==, 0);
  pw_plan_undo (f->plan);
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_CHAIN_OUTPUT_NO_OUTCOME), ==, 0);
}

static void
test_outcome_no_goal (Fixture *f, gconstpointer data)
{
  PwCard *longer;
  PwFinding *finding;

  pw_plan_unlink (f->plan, f->links[3]);
  finding = only_finding (f->checks, PW_RULE_CHAIN_OUTCOME_NO_GOAL);
  assert_first_card (finding, f->outcome);
  assert_names_card (finding, f->outcome);
  /* the goal, now unlinked, is isolated */
  assert_first_card (only_finding (f->checks, PW_RULE_CHAIN_ISOLATED_CARD), f->goal);

  /* a path through another outcome is a path */
  longer = pw_plan_add_card (f->plan, PW_CARD_KIND_OUTCOME, "Friendships last", -1, 0, 0);
  link_cards (f->plan, f->outcome, longer, "a");
  link_cards (f->plan, longer, f->goal, "b");
  fill_eval (f->plan, attach (f, longer, "bridges-03"));
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_CHAIN_OUTCOME_NO_GOAL), ==, 0);
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_CHAIN_ISOLATED_CARD), ==, 0);
}

static void
test_cycle (Fixture *f, gconstpointer data)
{
  PwCard *second = pw_plan_add_card (f->plan, PW_CARD_KIND_OUTCOME, "Neighbours help each other", -1, 0, 0);
  g_autoptr(PwLink) back = NULL;
  g_autoptr(GError) error = NULL;
  PwFinding *finding;
  const char * const *cards;

  link_cards (f->plan, f->outcome, second, "a");
  link_cards (f->plan, second, f->goal, "b");
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_CHAIN_CYCLE), ==, 0);
  /* the plan refuses loops … */
  g_assert_false (pw_plan_can_link (f->plan, second, f->outcome, &error));
  g_assert_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_LINK_LOOP);
  /* … so make one behind its back, as a hand-edited file might */
  back = pw_link_new ("lx", second, f->outcome);
  pw_plan_insert_link (f->plan, back, 0);
  pw_checks_run (f->checks);
  finding = only_finding (f->checks, PW_RULE_CHAIN_CYCLE);
  cards = pw_finding_get_card_ids (finding);
  g_assert_cmpuint (g_strv_length ((char **) cards), ==, 2);
  g_assert_true (pw_finding_concerns_card (finding, pw_card_get_id (f->outcome)));
  g_assert_true (pw_finding_concerns_card (finding, pw_card_get_id (second)));
  g_assert_cmpuint (g_strv_length ((char **) pw_finding_get_link_ids (finding)), ==, 2);
  assert_names_card (finding, second);
}

static void
test_skips_stage (Fixture *f, gconstpointer data)
{
  PwCard *shortcut = pw_plan_add_card (f->plan, PW_CARD_KIND_ACTIVITY, "Welcome leaflet", -1, 0, 0);
  PwLink *jump;
  PwFinding *finding;

  link_cards (f->plan, f->barrier, shortcut, "a");
  jump = link_cards (f->plan, shortcut, f->outcome, "b");
  finding = only_finding (f->checks, PW_RULE_CHAIN_SKIPS_STAGE);
  g_assert_cmpint (pw_finding_get_severity (finding), ==, PW_SEVERITY_WARNING);
  g_assert_cmpstr (pw_finding_get_link_ids (finding)[0], ==, pw_link_get_id (jump));
  assert_first_card (finding, shortcut);
  g_assert_true (pw_finding_concerns_card (finding, pw_card_get_id (f->outcome)));
  assert_names_card (finding, shortcut);
  assert_contains (pw_finding_get_message (finding), pw_card_kind_get_lane_name (PW_CARD_KIND_OUTPUT));
  /* the activity leads somewhere, so it is not a dead end as well */
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_CHAIN_ACTIVITY_NO_OUTPUT), ==, 0);
  pw_plan_unlink (f->plan, jump);
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_CHAIN_SKIPS_STAGE), ==, 0);
}

/* ---- evidence ---------------------------------------------------------------- */

static void
test_barrier_no_evidence (Fixture *f, gconstpointer data)
{
  PwFinding *finding;

  pw_plan_set_card_text (f->plan, f->barrier, PW_CARD_FIELD_EVIDENCE, "   ");
  finding = only_finding (f->checks, PW_RULE_EVIDENCE_BARRIER);
  assert_first_card (finding, f->barrier);
  assert_names_card (finding, f->barrier);
  pw_plan_set_card_text (f->plan, f->barrier, PW_CARD_FIELD_EVIDENCE, "Census 2021");
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_EVIDENCE_BARRIER), ==, 0);
}

static void
test_link_no_assumption (Fixture *f, gconstpointer data)
{
  PwFinding *finding;

  pw_plan_set_link_text (f->plan, f->links[2], PW_LINK_FIELD_ASSUMPTION, "");
  finding = only_finding (f->checks, PW_RULE_EVIDENCE_ASSUMPTION);
  g_assert_cmpint (pw_finding_get_severity (finding), ==, PW_SEVERITY_ADVICE);
  g_assert_cmpstr (pw_finding_get_link_ids (finding)[0], ==, pw_link_get_id (f->links[2]));
  assert_names_card (finding, f->output);
  assert_names_card (finding, f->outcome);
  pw_plan_set_link_text (f->plan, f->links[2], PW_LINK_FIELD_ASSUMPTION, "People come back");
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_EVIDENCE_ASSUMPTION), ==, 0);
}

/* ---- measurement ------------------------------------------------------------- */

static void
test_outcome_no_indicator (Fixture *f, gconstpointer data)
{
  PwCard *women = pw_plan_add_card (f->plan, PW_CARD_KIND_OUTCOME, "Women speak English with neighbours", -1, 0, 0);
  g_autofree char *folded = NULL;
  g_autofree char *quoted = NULL;
  PwFinding *finding;
  const char *term;

  link_cards (f->plan, f->output, women, "a");
  link_cards (f->plan, women, f->goal, "b");
  finding = only_finding (f->checks, PW_RULE_MEASURE_NO_INDICATOR);
  g_assert_cmpint (pw_finding_get_severity (finding), ==, PW_SEVERITY_PROBLEM);
  assert_first_card (finding, women);
  assert_names_card (finding, women);
  /* a search word taken from the card's own words */
  term = pw_finding_get_search_term (finding);
  g_assert_nonnull (term);
  folded = g_utf8_strdown (pw_card_get_title (women), -1);
  assert_contains (folded, term);
  quoted = g_strdup_printf ("search ‘%s’", term);
  assert_contains (pw_finding_get_message (finding), quoted);
  g_test_message ("%s", pw_finding_get_message (finding));

  attach (f, women, "bridges-05");
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_MEASURE_NO_INDICATOR), ==, 0);
}

static void
test_eval_incomplete (Fixture *f, gconstpointer data)
{
  PwFinding *finding;
  const char *message;

  pw_plan_set_eval_field (f->plan, f->refs[1], PW_EVAL_FIELD_SAMPLE, "");
  pw_plan_set_eval_field (f->plan, f->refs[1], PW_EVAL_FIELD_TIMELINE, "");
  finding = only_finding (f->checks, PW_RULE_MEASURE_EVAL_INCOMPLETE);
  message = pw_finding_get_message (finding);
  assert_first_card (finding, f->outcome);
  g_assert_cmpstr (pw_finding_get_indicator_ids (finding)[0], ==, pw_indicator_ref_get_id (f->refs[1]));
  assert_contains (message, "still needs: sample, timeline.");
  g_assert_null (strstr (message, "data source"));
  assert_contains (message, "confident to ask their neighbours");
  assert_names_card (finding, f->outcome);

  /* a suggestion fills the field for this rule, and asks to be accepted */
  pw_plan_set_eval_field (f->plan, f->refs[1], PW_EVAL_FIELD_TIMELINE, "June");
  pw_plan_suggest_eval_field (f->plan, f->refs[1], PW_EVAL_FIELD_SAMPLE, "All participants");
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_MEASURE_EVAL_INCOMPLETE), ==, 0);
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_MEASURE_EVAL_SUGGESTED), ==, 1);
}

static void
test_eval_suggested (Fixture *f, gconstpointer data)
{
  PwFinding *finding;

  pw_plan_suggest_eval_field (f->plan, f->refs[0], PW_EVAL_FIELD_PROCESS, "Count returns monthly");
  finding = only_finding (f->checks, PW_RULE_MEASURE_EVAL_SUGGESTED);
  g_assert_cmpint (pw_finding_get_severity (finding), ==, PW_SEVERITY_ADVICE);
  assert_contains (pw_finding_get_message (finding), "analysis process");
  assert_contains (pw_finding_get_message (finding), "Accept or edit");
  g_assert_cmpstr (pw_finding_get_indicator_ids (finding)[0], ==, pw_indicator_ref_get_id (f->refs[0]));
  pw_plan_accept_suggestion (f->plan, f->refs[0], PW_EVAL_FIELD_PROCESS);
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_MEASURE_EVAL_SUGGESTED), ==, 0);
}

static void
test_no_baseline (Fixture *f, gconstpointer data)
{
  PwFinding *finding;

  for (guint i = 0; i < G_N_ELEMENTS (f->refs); i++)
    pw_plan_set_eval_field (f->plan, f->refs[i], PW_EVAL_FIELD_BASELINE, "");
  finding = only_finding (f->checks, PW_RULE_MEASURE_NO_BASELINE);
  g_assert_cmpint (pw_finding_get_severity (finding), ==, PW_SEVERITY_WARNING);
  assert_first_card (finding, f->outcome);
  /* one baseline somewhere is enough */
  pw_plan_set_eval_field (f->plan, f->refs[2], PW_EVAL_FIELD_BASELINE, "Before the first class");
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_MEASURE_NO_BASELINE), ==, 0);
}

static void
test_no_data_located (Fixture *f, gconstpointer data)
{
  PwIndicatorRef *ref = attach (f, f->outcome, "language-07");
  PwFinding *finding;

  fill_eval (f->plan, ref);
  finding = only_finding (f->checks, PW_RULE_MEASURE_NO_DATA_LOCATED);
  g_assert_cmpstr (pw_finding_get_indicator_ids (finding)[0], ==, pw_indicator_ref_get_id (ref));
  assert_contains (pw_finding_get_message (finding), "□");
  pw_plan_detach_indicator (f->plan, ref);
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_MEASURE_NO_DATA_LOCATED), ==, 0);
}

/* ---- coverage ------------------------------------------------------------------ */

static void
test_no_social_connections (Fixture *f, gconstpointer data)
{
  PwFinding *finding;

  pw_plan_detach_indicator (f->plan, f->refs[1]);
  finding = only_finding (f->checks, PW_RULE_COVERAGE_NO_SOCIAL);
  g_assert_cmpint (pw_finding_get_severity (finding), ==, PW_SEVERITY_WARNING);
  assert_first_card (finding, f->outcome);
  g_assert_cmpstr (pw_finding_get_search_term (finding), ==, "friends");
  g_assert_false (pw_checks_get_coverage (f->checks)->categories[PW_CATEGORY_SOCIAL_CONNECTIONS].measured);
  pw_plan_undo (f->plan);
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_COVERAGE_NO_SOCIAL), ==, 0);
}

static void
test_single_domain (Fixture *f, gconstpointer data)
{
  PwFinding *finding;

  pw_plan_begin_group (f->plan, "Detach");
  pw_plan_detach_indicator (f->plan, f->refs[0]);
  pw_plan_detach_indicator (f->plan, f->refs[1]);
  pw_plan_detach_indicator (f->plan, f->refs[3]);
  pw_plan_end_group (f->plan);
  finding = only_finding (f->checks, PW_RULE_COVERAGE_SINGLE_DOMAIN);
  assert_contains (pw_finding_get_message (finding), "Language and communication");
  /* a second indicator in the same domain is still one domain */
  attach (f, f->outcome, "language-01");
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_COVERAGE_SINGLE_DOMAIN), ==, 1);
  pw_plan_undo (f->plan);
  pw_plan_undo (f->plan);
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_COVERAGE_SINGLE_DOMAIN), ==, 0);
}

static void
test_starting_pattern (Fixture *f, gconstpointer data)
{
  const char *message;

  pw_plan_detach_indicator (f->plan, f->refs[3]);
  message = pw_finding_get_message (only_finding (f->checks, PW_RULE_COVERAGE_STARTING_PATTERN));
  assert_contains (message, "Not measured yet: Rights and responsibilities.");
  pw_plan_detach_indicator (f->plan, f->refs[0]);
  message = pw_finding_get_message (only_finding (f->checks, PW_RULE_COVERAGE_STARTING_PATTERN));
  assert_contains (message, "Not measured yet: Markers and Means, Rights and responsibilities.");
  pw_plan_undo (f->plan);
  pw_plan_undo (f->plan);
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_COVERAGE_STARTING_PATTERN), ==, 0);
}

static void
test_worked_not_measured (Fixture *f, gconstpointer data)
{
  PwFinding *finding;

  pw_plan_set_card_domains (f->plan, f->barrier, PW_CARD_DOMAIN_BIT (12) | PW_CARD_DOMAIN_BIT (7));
  finding = only_finding (f->checks, PW_RULE_COVERAGE_WORKED_NOT_MEASURED);
  assert_contains (pw_finding_get_message (finding), "Safety");
  g_assert_null (strstr (pw_finding_get_message (finding), "Social bridges"));
  assert_first_card (finding, f->barrier);
  pw_plan_set_card_domains (f->plan, f->barrier, PW_CARD_DOMAIN_BIT (7));
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_COVERAGE_WORKED_NOT_MEASURED), ==, 0);
}

static void
test_coverage_summary (Fixture *f, gconstpointer data)
{
  const PwCoverage *c;

  pw_plan_set_card_domains (f->plan, f->barrier, PW_CARD_DOMAIN_BIT (7) | PW_CARD_DOMAIN_BIT (9));
  pw_plan_set_card_domains (f->plan, f->activity, PW_CARD_DOMAIN_BIT (7) | PW_CARD_DOMAIN_BIT (6));
  attach (f, f->outcome, "bridges-03");
  c = pw_checks_get_coverage (f->checks);
  g_assert_cmpuint (c->n_indicators, ==, 5);
  g_assert_cmpuint (c->n_outcomes, ==, 1);
  g_assert_cmpuint (c->n_outcomes_measured, ==, 1);
  g_assert_cmpuint (c->domains[0].n_indicators, ==, 1);   /* Work */
  g_assert_cmpuint (c->domains[6].n_indicators, ==, 2);   /* Social bridges */
  g_assert_cmpuint (c->domains[6].n_cards, ==, 2);
  g_assert_cmpuint (c->domains[5].n_cards, ==, 1);        /* Social bonds */
  g_assert_cmpuint (c->domains[5].n_indicators, ==, 0);
  g_assert_cmpuint (c->domains[8].n_indicators, ==, 1);   /* Language */
  g_assert_cmpuint (c->domains[8].n_cards, ==, 1);
  g_assert_cmpuint (c->domains[13].n_indicators, ==, 1);  /* Rights */
  g_assert_cmpint (c->domains[6].category, ==, PW_CATEGORY_SOCIAL_CONNECTIONS);

  g_assert_cmpuint (c->categories[PW_CATEGORY_MARKERS_AND_MEANS].n_indicators, ==, 1);
  g_assert_cmpuint (c->categories[PW_CATEGORY_MARKERS_AND_MEANS].n_cards, ==, 0);
  g_assert_false (c->categories[PW_CATEGORY_MARKERS_AND_MEANS].worked_in);
  g_assert_cmpuint (c->categories[PW_CATEGORY_SOCIAL_CONNECTIONS].n_indicators, ==, 2);
  g_assert_cmpuint (c->categories[PW_CATEGORY_SOCIAL_CONNECTIONS].n_measured_domains, ==, 1);
  /* two cards, each counted once although the activity has two of its domains */
  g_assert_cmpuint (c->categories[PW_CATEGORY_SOCIAL_CONNECTIONS].n_cards, ==, 2);
  g_assert_cmpuint (c->categories[PW_CATEGORY_SOCIAL_CONNECTIONS].first_domain, ==, 6);
  g_assert_cmpuint (c->categories[PW_CATEGORY_SOCIAL_CONNECTIONS].n_domains, ==, 3);
  g_assert_cmpuint (c->categories[PW_CATEGORY_FACILITATORS].n_cards, ==, 1);
  g_assert_true (c->categories[PW_CATEGORY_FACILITATORS].measured);
  g_assert_true (c->categories[PW_CATEGORY_FOUNDATION].measured);
  g_assert_cmpuint (c->measured_domains, ==, PW_CARD_DOMAIN_BIT (1) | PW_CARD_DOMAIN_BIT (7) |
                                             PW_CARD_DOMAIN_BIT (9) | PW_CARD_DOMAIN_BIT (14));
  g_assert_cmpuint (c->worked_domains, ==, PW_CARD_DOMAIN_BIT (6) | PW_CARD_DOMAIN_BIT (7) | PW_CARD_DOMAIN_BIT (9));
}

/* ---- shared responsibility ------------------------------------------------------ */

static void
test_no_receiving_community (Fixture *f, gconstpointer data)
{
  pw_plan_remove_stakeholder (f->plan, f->receiving);
  g_assert_cmpint (pw_finding_get_severity (only_finding (f->checks, PW_RULE_SHARED_NO_RECEIVING)), ==,
                   PW_SEVERITY_WARNING);
  pw_plan_undo (f->plan);
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_SHARED_NO_RECEIVING), ==, 0);
}

static void
test_no_institution (Fixture *f, gconstpointer data)
{
  pw_plan_set_stakeholder_kind (f->plan, f->institution, PW_STAKEHOLDER_KIND_OTHER);
  g_assert_cmpint (pw_finding_get_severity (only_finding (f->checks, PW_RULE_SHARED_NO_INSTITUTION)), ==,
                   PW_SEVERITY_ADVICE);
  pw_plan_set_stakeholder_kind (f->plan, f->institution, PW_STAKEHOLDER_KIND_INSTITUTION);
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_SHARED_NO_INSTITUTION), ==, 0);
}

static void
test_target_groups (Fixture *f, gconstpointer data)
{
  pw_plan_set_target_groups (f->plan, PW_TARGET_GROUP_NEWCOMERS);
  assert_contains (pw_finding_get_message (only_finding (f->checks, PW_RULE_SHARED_NEWCOMERS_ONLY)), "newcomers");
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_SHARED_NO_TARGET_GROUPS), ==, 0);
  pw_plan_set_target_groups (f->plan, 0);
  only_finding (f->checks, PW_RULE_SHARED_NO_TARGET_GROUPS);
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_SHARED_NEWCOMERS_ONLY), ==, 0);
  pw_plan_set_target_groups (f->plan, PW_TARGET_GROUP_NEWCOMERS | PW_TARGET_GROUP_INSTITUTIONS);
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_SHARED_NEWCOMERS_ONLY), ==, 0);
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_SHARED_NO_TARGET_GROUPS), ==, 0);
}

/* ---- the observer ----------------------------------------------------------------- */

typedef struct {
  guint n_changed;
  guint n_items_changed;
  guint position, removed, added;
} Recorder;

static void
on_changed (PwChecks *checks, Recorder *r)
{
  r->n_changed++;
}

static void
on_items_changed (GListModel *model, guint position, guint removed, guint added, Recorder *r)
{
  r->n_items_changed++;
  r->position = position;
  r->removed = removed;
  r->added = added;
}

static void
test_observer_edits_and_undo (Fixture *f, gconstpointer data)
{
  GListModel *findings = pw_checks_get_findings (f->checks);
  Recorder r = { 0, };
  g_autoptr(PwFinding) first = NULL;
  g_autoptr(PwFinding) again = NULL;

  g_signal_connect (f->checks, "changed", G_CALLBACK (on_changed), &r);
  g_signal_connect (findings, "items-changed", G_CALLBACK (on_items_changed), &r);

  pw_plan_set_card_text (f->plan, f->barrier, PW_CARD_FIELD_EVIDENCE, "");
  g_assert_cmpuint (r.n_changed, ==, 1);
  g_assert_cmpuint (r.n_items_changed, ==, 1);
  g_assert_cmpuint (r.removed, ==, 0);
  g_assert_cmpuint (r.added, ==, 1);
  g_assert_cmpuint (pw_checks_get_n_findings (f->checks, PW_SEVERITY_WARNING), ==, 1);
  g_assert_cmpint (pw_checks_get_card_severity (f->checks, pw_card_get_id (f->barrier)), ==, PW_SEVERITY_WARNING);

  /* a second finding joins without disturbing the first */
  first = g_list_model_get_item (findings, 0);
  pw_plan_set_link_text (f->plan, f->links[0], PW_LINK_FIELD_ASSUMPTION, "");
  g_assert_cmpuint (r.n_changed, ==, 2);
  g_assert_cmpuint (r.n_items_changed, ==, 2);
  g_assert_cmpuint (r.position, ==, 1);
  g_assert_cmpuint (r.removed, ==, 0);
  g_assert_cmpuint (r.added, ==, 1);
  again = g_list_model_get_item (findings, 0);
  g_assert_true (first == again);

  pw_plan_undo (f->plan);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 1);
  g_assert_cmpuint (r.removed, ==, 1);
  g_assert_cmpuint (r.added, ==, 0);
  pw_plan_undo (f->plan);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 0);
  g_assert_cmpint (pw_checks_get_card_severity (f->checks, pw_card_get_id (f->barrier)), ==, -1);
  pw_plan_redo (f->plan);
  g_assert_cmpuint (count_rule (f->checks, PW_RULE_EVIDENCE_BARRIER), ==, 1);
  g_assert_cmpuint (r.n_changed, ==, 5);

  /* an edit that changes no finding changes nothing in the list */
  r.n_items_changed = 0;
  pw_plan_set_card_position (f->plan, f->goal, 300, 40);
  g_assert_cmpuint (r.n_changed, ==, 6);
  g_assert_cmpuint (r.n_items_changed, ==, 0);
}

static void
on_notify_message (GObject *object, GParamSpec *pspec, guint *count)
{
  (*count)++;
}

static void
test_observer_rename_in_place (Fixture *f, gconstpointer data)
{
  GListModel *findings = pw_checks_get_findings (f->checks);
  Recorder r = { 0, };
  guint notified = 0;
  PwFinding *finding;

  pw_plan_set_card_text (f->plan, f->barrier, PW_CARD_FIELD_EVIDENCE, "");
  finding = only_finding (f->checks, PW_RULE_EVIDENCE_BARRIER);
  g_signal_connect (finding, "notify::message", G_CALLBACK (on_notify_message), &notified);
  g_signal_connect (findings, "items-changed", G_CALLBACK (on_items_changed), &r);

  pw_plan_set_card_text (f->plan, f->barrier, PW_CARD_FIELD_TITLE, "Few places to meet");
  g_assert_true (only_finding (f->checks, PW_RULE_EVIDENCE_BARRIER) == finding);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (r.n_items_changed, ==, 0);
  assert_contains (pw_finding_get_message (finding), "‘Few places to meet’");
}

static void
test_findings_for_card (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) for_outcome = NULL;
  g_autoptr(GPtrArray) for_goal = NULL;

  pw_plan_set_link_text (f->plan, f->links[3], PW_LINK_FIELD_ASSUMPTION, "");
  pw_plan_set_eval_field (f->plan, f->refs[0], PW_EVAL_FIELD_METHODS, "");
  for_outcome = pw_checks_get_findings_for_card (f->checks, pw_card_get_id (f->outcome));
  g_assert_cmpuint (for_outcome->len, ==, 2);
  /* most severe first */
  g_assert_cmpstr (pw_finding_get_rule (g_ptr_array_index (for_outcome, 0)), ==, PW_RULE_MEASURE_EVAL_INCOMPLETE);
  g_assert_cmpstr (pw_finding_get_rule (g_ptr_array_index (for_outcome, 1)), ==, PW_RULE_EVIDENCE_ASSUMPTION);
  g_assert_cmpint (pw_checks_get_card_severity (f->checks, pw_card_get_id (f->outcome)), ==, PW_SEVERITY_WARNING);
  for_goal = pw_checks_get_findings_for_card (f->checks, pw_card_get_id (f->goal));
  g_assert_cmpuint (for_goal->len, ==, 1);
  g_assert_cmpint (pw_checks_get_card_severity (f->checks, pw_card_get_id (f->goal)), ==, PW_SEVERITY_ADVICE);
  g_assert_cmpint (pw_checks_get_card_severity (f->checks, "c999"), ==, -1);
}

static void
test_sorted_and_sourced (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(PwChecks) checks = pw_checks_new (NULL);
  GListModel *findings;
  int last = -1;

  pw_plan_add_card (plan, PW_CARD_KIND_BARRIER, "Isolation", -1, 0, 0);
  pw_plan_add_card (plan, PW_CARD_KIND_OUTCOME, "More friends", -1, 0, 0);
  pw_checks_set_plan (checks, plan);
  findings = pw_checks_get_findings (checks);
  g_assert_cmpuint (g_list_model_get_n_items (findings), >=, 4);
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PwFinding) finding = g_list_model_get_item (findings, i);
      const char *source = pw_finding_get_source (finding);

      g_assert_cmpint ((int) pw_finding_get_severity (finding), >=, last);
      last = pw_finding_get_severity (finding);
      g_assert_true (g_str_has_prefix (source, "Indicators of Integration framework 2019") ||
                     g_str_has_prefix (source, "IOM guide"));
      g_assert_cmpuint (strlen (pw_finding_get_message (finding)), >, 20);
    }
  g_assert_cmpstr (pw_severity_to_string (PW_SEVERITY_WARNING), ==, "warning");
  g_assert_cmpstr (pw_severity_get_display_name (PW_SEVERITY_ADVICE), ==, "Advice");
}

/* ---- the IOM worked examples ---------------------------------------------------------- */

static PwPlan *
load_example (const char *name)
{
  g_autofree char *resource = g_strdup_printf ("/io/github/pathways/Planner/examples/%s.pathways", name);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", name, NULL);
  g_autofree char *file_name = g_strconcat (path, ".pathways", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (file_name);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PwLoadWarnings) warnings = NULL;
  g_autoptr(PwPlan) bundled = NULL;
  g_autoptr(GError) error = NULL;
  PwPlan *plan;

  plan = pw_plan_load (file, pw_framework_get_default (), &warnings, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  /* every bank id resolves, every text is the bank's */
  g_assert_cmpuint (pw_load_warnings_get_n (warnings), ==, 0);
  /* the app's "Open an example" reads the bundled copy: the same plan */
  bytes = g_resources_lookup_data (resource, 0, &error);
  g_assert_no_error (error);
  bundled = pw_plan_load_from_bytes (bytes, pw_framework_get_default (), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (pw_plan_equal (plan, bundled));
  return plan;
}

/* The rule ids of the findings, in list order, one per line with their first card. */
static char *
summarise (PwChecks *checks)
{
  GListModel *findings = pw_checks_get_findings (checks);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PwFinding) finding = g_list_model_get_item (findings, i);
      const char * const *cards = pw_finding_get_card_ids (finding);

      g_string_append_printf (out, "%s %s\n", pw_finding_get_rule (finding), cards[0] ? cards[0] : "-");
    }
  return g_string_free (out, FALSE);
}

static void
assert_all_five_lanes (PwPlan *plan)
{
  for (PwCardKind k = 0; k < PW_N_CARD_KINDS; k++)
    {
      g_autoptr(GPtrArray) lane = pw_plan_get_lane_cards (plan, k);

      g_assert_cmpuint (lane->len, >, 0);
    }
}

static void
test_example_friendship_club (void)
{
  g_autoptr(PwPlan) plan = load_example ("friendship-club");
  g_autoptr(PwChecks) checks = pw_checks_new (NULL);
  g_autofree char *summary = NULL;
  const PwCoverage *c;

  assert_all_five_lanes (plan);
  pw_checks_set_plan (checks, plan);
  summary = summarise (checks);
  g_test_message ("%s", summary);
  /* the chain is complete: no problem */
  g_assert_cmpuint (pw_checks_get_n_findings (checks, PW_SEVERITY_PROBLEM), ==, 0);
  /* the guide does not state the barrier or its evidence … */
  assert_first_card (only_finding (checks, PW_RULE_EVIDENCE_BARRIER), pw_plan_lookup_card (plan, "c1"));
  /* … nor an evaluation plan: six indicators, six incomplete rows, no baseline */
  g_assert_cmpuint (count_rule (checks, PW_RULE_MEASURE_EVAL_INCOMPLETE), ==, 6);
  only_finding (checks, PW_RULE_MEASURE_NO_BASELINE);
  g_assert_cmpuint (pw_checks_get_n_findings (checks, PW_SEVERITY_WARNING), ==, 8);
  /* the group's key domains follow the starting pattern: Leisure, Social
   * bridges, Stability and Culture, Rights and responsibilities */
  g_assert_cmpuint (count_rule (checks, PW_RULE_COVERAGE_STARTING_PATTERN), ==, 0);
  g_assert_cmpuint (count_rule (checks, PW_RULE_COVERAGE_NO_SOCIAL), ==, 0);
  g_assert_cmpuint (count_rule (checks, PW_RULE_COVERAGE_WORKED_NOT_MEASURED), ==, 0);
  /* newcomers, residents and institutions supporting migrants all named */
  g_assert_cmpuint (count_rule (checks, PW_RULE_SHARED_NO_RECEIVING), ==, 0);
  g_assert_cmpuint (count_rule (checks, PW_RULE_SHARED_NO_INSTITUTION), ==, 0);
  /* the guide gives assumptions for three of the thirteen links */
  g_assert_cmpuint (count_rule (checks, PW_RULE_EVIDENCE_ASSUMPTION), ==, 10);
  g_assert_cmpuint (pw_checks_get_n_findings (checks, PW_SEVERITY_ADVICE), ==, 10);

  c = pw_checks_get_coverage (checks);
  g_assert_cmpuint (c->n_indicators, ==, 6);
  g_assert_cmpuint (c->n_outcomes, ==, 5);
  g_assert_cmpuint (c->n_outcomes_measured, ==, 5);
  for (PwCategory k = 0; k < PW_N_CATEGORIES; k++)
    g_assert_true (c->categories[k].measured);
  g_assert_cmpuint (c->domains[6].n_indicators, ==, 2);   /* Social bridges */
  g_assert_cmpuint (c->domains[12].n_cards, ==, 3);       /* Stability */
}

static void
test_example_esol (void)
{
  g_autoptr(PwPlan) plan = load_example ("esol-conversation-cafe");
  g_autoptr(PwChecks) checks = pw_checks_new (NULL);
  g_autofree char *summary = NULL;
  g_autoptr(GPtrArray) no_evidence = NULL;
  PwFinding *finding;

  assert_all_five_lanes (plan);
  pw_checks_set_plan (checks, plan);
  summary = summarise (checks);
  g_test_message ("%s", summary);
  g_assert_cmpuint (pw_checks_get_n_findings (checks, PW_SEVERITY_PROBLEM), ==, 0);
  /* both barriers come from the case study's text, with no evidence named */
  no_evidence = pw_checks_get_findings_by_rule (checks, PW_RULE_EVIDENCE_BARRIER);
  g_assert_cmpuint (no_evidence->len, ==, 2);
  assert_first_card (g_ptr_array_index (no_evidence, 0), pw_plan_lookup_card (plan, "c1"));
  assert_first_card (g_ptr_array_index (no_evidence, 1), pw_plan_lookup_card (plan, "c2"));
  g_assert_cmpuint (count_rule (checks, PW_RULE_MEASURE_EVAL_INCOMPLETE), ==, 3);
  only_finding (checks, PW_RULE_MEASURE_NO_BASELINE);
  /* Social bridges is measured, as the guide asks to keep it in mind */
  g_assert_cmpuint (count_rule (checks, PW_RULE_COVERAGE_NO_SOCIAL), ==, 0);
  g_assert_cmpuint (count_rule (checks, PW_RULE_COVERAGE_SINGLE_DOMAIN), ==, 0);
  /* but no Markers and Means domain, nor Rights and responsibilities */
  finding = only_finding (checks, PW_RULE_COVERAGE_STARTING_PATTERN);
  assert_contains (pw_finding_get_message (finding), "Not measured yet: Markers and Means, Rights and responsibilities.");
  /* the chosen indicator (language practice outside classes) is marked □ */
  finding = only_finding (checks, PW_RULE_MEASURE_NO_DATA_LOCATED);
  g_assert_cmpstr (pw_indicator_ref_get_bank_id (pw_plan_lookup_indicator (plan, pw_finding_get_indicator_ids (finding)[0])),
                   ==, "language-07");
  /* the guide gives an assumption for every link but output 1 → outcome */
  finding = only_finding (checks, PW_RULE_EVIDENCE_ASSUMPTION);
  assert_first_card (finding, pw_plan_lookup_card (plan, "c5"));
  g_assert_cmpuint (pw_checks_get_n_findings (checks, PW_SEVERITY_WARNING), ==, 6);
  g_assert_cmpuint (pw_checks_get_n_findings (checks, PW_SEVERITY_ADVICE), ==, 3);
}

static void
test_example_racial_harassment (void)
{
  g_autoptr(PwPlan) plan = load_example ("racial-harassment-social-mixing");
  g_autoptr(PwChecks) checks = pw_checks_new (NULL);
  g_autofree char *summary = NULL;
  const PwCoverage *c;

  assert_all_five_lanes (plan);
  pw_checks_set_plan (checks, plan);
  summary = summarise (checks);
  g_test_message ("%s", summary);
  g_assert_cmpuint (pw_checks_get_n_findings (checks, PW_SEVERITY_PROBLEM), ==, 0);
  g_assert_cmpuint (count_rule (checks, PW_RULE_EVIDENCE_BARRIER), ==, 2);
  g_assert_cmpuint (count_rule (checks, PW_RULE_MEASURE_EVAL_INCOMPLETE), ==, 3);
  only_finding (checks, PW_RULE_MEASURE_NO_BASELINE);
  /* the diagram names no assumption on any of its eight links */
  g_assert_cmpuint (count_rule (checks, PW_RULE_EVIDENCE_ASSUMPTION), ==, 8);
  /* settled and migrant communities, but no institution */
  only_finding (checks, PW_RULE_SHARED_NO_INSTITUTION);
  g_assert_cmpuint (count_rule (checks, PW_RULE_SHARED_NO_RECEIVING), ==, 0);
  assert_contains (pw_finding_get_message (only_finding (checks, PW_RULE_COVERAGE_STARTING_PATTERN)),
                   "Not measured yet: Markers and Means.");
  c = pw_checks_get_coverage (checks);
  g_assert_cmpuint (c->n_indicators, ==, 3);
  g_assert_false (c->categories[PW_CATEGORY_MARKERS_AND_MEANS].measured);
  g_assert_true (c->categories[PW_CATEGORY_SOCIAL_CONNECTIONS].measured);
  g_assert_cmpuint (c->domains[11].n_indicators, ==, 1);  /* Safety */
  g_assert_cmpuint (c->domains[13].n_indicators, ==, 1);  /* Rights */
}

/* ---- the --check report ----------------------------------------------------------- */

static char *
run_report (const char *path, gboolean json, int *status, char **err_text)
{
  FILE *out = tmpfile (), *err = tmpfile ();
  g_autofree char *out_text = NULL;
  long n;

  g_assert_nonnull (out);
  g_assert_nonnull (err);
  *status = pw_checks_cli_report (path, json, out, err);
  n = ftell (out);
  out_text = g_malloc0 (n + 1);
  rewind (out);
  g_assert_cmpuint (fread (out_text, 1, n, out), ==, (gsize) n);
  n = ftell (err);
  *err_text = g_malloc0 (n + 1);
  rewind (err);
  g_assert_cmpuint (fread (*err_text, 1, n, err), ==, (gsize) n);
  fclose (out);
  fclose (err);
  return g_steal_pointer (&out_text);
}

static void
test_cli_text (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "esol-conversation-cafe.pathways", NULL);
  g_autofree char *err = NULL;
  g_autofree char *out = NULL;
  int status;

  out = run_report (path, FALSE, &status, &err);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (err, ==, "");
  assert_contains (out, "Problems (0)");
  assert_contains (out, "Warnings (6)");
  assert_contains (out, "Advice (3)");
  assert_contains (out, "[coverage.starting-pattern]");
  assert_contains (out, "Social Connections: measured");
  assert_contains (out, "Markers and Means: not measured");
  /* grouped: every warning before the first advice */
  g_assert_true (strstr (out, "[measure.no-baseline]") < strstr (out, "Advice (3)"));
}

static void
test_cli_json (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "racial-harassment-social-mixing.pathways", NULL);
  g_autofree char *err = NULL;
  g_autofree char *out = NULL;
  g_autofree char *again = NULL;
  g_autofree char *err_again = NULL;
  g_autoptr(cJSON) root = NULL;
  cJSON *findings, *first, *categories;
  int status;

  out = run_report (path, TRUE, &status, &err);
  g_assert_cmpint (status, ==, 0);
  root = cJSON_Parse (out);
  g_assert_nonnull (root);
  g_assert_cmpint (cJSON_GetObjectItemCaseSensitive (cJSON_GetObjectItemCaseSensitive (root, "counts"), "problem")->valueint, ==, 0);
  g_assert_cmpint (cJSON_GetObjectItemCaseSensitive (cJSON_GetObjectItemCaseSensitive (root, "counts"), "advice")->valueint, ==, 10);
  findings = cJSON_GetObjectItemCaseSensitive (root, "findings");
  g_assert_cmpint (cJSON_GetArraySize (findings), ==, 16);
  first = cJSON_GetArrayItem (findings, 0);
  g_assert_cmpstr (cJSON_GetObjectItemCaseSensitive (first, "rule")->valuestring, ==, PW_RULE_EVIDENCE_BARRIER);
  g_assert_cmpstr (cJSON_GetObjectItemCaseSensitive (first, "severity")->valuestring, ==, "warning");
  g_assert_cmpstr (cJSON_GetArrayItem (cJSON_GetObjectItemCaseSensitive (first, "cards"), 0)->valuestring, ==, "c1");
  categories = cJSON_GetObjectItemCaseSensitive (cJSON_GetObjectItemCaseSensitive (root, "coverage"), "categories");
  g_assert_cmpint (cJSON_GetArraySize (categories), ==, 4);
  g_assert_true (cJSON_IsFalse (cJSON_GetObjectItemCaseSensitive (cJSON_GetArrayItem (categories, 0), "measured")));
  g_assert_cmpstr (cJSON_GetObjectItemCaseSensitive (cJSON_GetArrayItem (categories, 3), "slug")->valuestring, ==, "foundation");
  /* stable: the same file gives the same bytes */
  again = run_report (path, TRUE, &status, &err_again);
  g_assert_cmpstr (out, ==, again);
}

static void
test_cli_exit_codes (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pw-checks-XXXXXX", NULL);
  g_autofree char *broken = g_build_filename (dir, "half.pathways", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.pathways", NULL);
  g_autofree char *problem = g_build_filename (dir, "no-goal.pathways", NULL);
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(GFile) file = g_file_new_for_path (problem);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL, *err = NULL;
  int status;

  out = run_report (missing, FALSE, &status, &err);
  g_assert_cmpint (status, ==, 2);
  assert_contains (err, "missing.pathways");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_true (g_file_set_contents (broken, "<?xml version=\"1.0\"?><plan", -1, NULL));
  out = run_report (broken, TRUE, &status, &err);
  g_assert_cmpint (status, ==, 2);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpuint (strlen (err), >, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  pw_plan_add_card (plan, PW_CARD_KIND_OUTCOME, "More friends", -1, 0, 0);
  g_assert_true (pw_plan_save (plan, file, NULL, &error));
  g_assert_no_error (error);
  out = run_report (problem, FALSE, &status, &err);
  g_assert_cmpint (status, ==, 1);
  assert_contains (out, "[chain.no-goal]");
  assert_contains (out, "‘More friends’");

  g_unlink (broken);
  g_unlink (problem);
  g_rmdir (dir);
}

/* ---- main --------------------------------------------------------------------------- */

#define ADD(path, func) \
  g_test_add ("/checks/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  pw_model_init ();

  ADD ("clean-plan-quiet", test_clean_plan_quiet);
  g_test_add_func ("/checks/empty-plan", test_empty_plan);
  g_test_add_func ("/checks/sorted-and-sourced", test_sorted_and_sourced);
  ADD ("chain/no-goal", test_no_goal);
  ADD ("chain/isolated-card", test_isolated_card);
  ADD ("chain/barrier-not-addressed", test_barrier_not_addressed);
  ADD ("chain/activity-no-output", test_activity_no_output);
  ADD ("chain/output-no-outcome", test_output_no_outcome);
  ADD ("chain/outcome-no-goal", test_outcome_no_goal);
  ADD ("chain/cycle", test_cycle);
  ADD ("chain/skips-stage", test_skips_stage);
  ADD ("evidence/barrier", test_barrier_no_evidence);
  ADD ("evidence/assumption", test_link_no_assumption);
  ADD ("measure/outcome-no-indicator", test_outcome_no_indicator);
  ADD ("measure/eval-incomplete", test_eval_incomplete);
  ADD ("measure/eval-suggested", test_eval_suggested);
  ADD ("measure/no-baseline", test_no_baseline);
  ADD ("measure/no-data-located", test_no_data_located);
  ADD ("coverage/no-social-connections", test_no_social_connections);
  ADD ("coverage/single-domain", test_single_domain);
  ADD ("coverage/starting-pattern", test_starting_pattern);
  ADD ("coverage/worked-not-measured", test_worked_not_measured);
  ADD ("coverage/summary", test_coverage_summary);
  ADD ("shared/no-receiving-community", test_no_receiving_community);
  ADD ("shared/no-institution", test_no_institution);
  ADD ("shared/target-groups", test_target_groups);
  ADD ("observer/edits-and-undo", test_observer_edits_and_undo);
  ADD ("observer/rename-in-place", test_observer_rename_in_place);
  ADD ("observer/findings-for-card", test_findings_for_card);
  g_test_add_func ("/checks/examples/friendship-club", test_example_friendship_club);
  g_test_add_func ("/checks/examples/esol-conversation-cafe", test_example_esol);
  g_test_add_func ("/checks/examples/racial-harassment-social-mixing", test_example_racial_harassment);
  g_test_add_func ("/checks/cli/text", test_cli_text);
  g_test_add_func ("/checks/cli/json", test_cli_json);
  g_test_add_func ("/checks/cli/exit-codes", test_cli_exit_codes);
  return g_test_run ();
}
