/* pw-checks.c — PwChecks: runs the plan checks as the plan changes and keeps the findings list
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-checks"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pw-checks-private.h"

#define SRC_TOC N_("IOM guide, theory of change")
#define SRC_EVIDENCE N_("IOM guide, theory of change: assumptions and evidence")
#define SRC_ANNEX1 N_("IOM guide, Part B Annex 1: Evaluation planning")

const PwCheckRuleInfo pw_check_rules[PW_N_CHECKS] = {
  [PW_CHECK_NO_GOAL] = { PW_RULE_CHAIN_NO_GOAL, PW_SEVERITY_PROBLEM, SRC_TOC },
  [PW_CHECK_CYCLE] = { PW_RULE_CHAIN_CYCLE, PW_SEVERITY_PROBLEM, SRC_TOC },
  [PW_CHECK_ISOLATED_CARD] = { PW_RULE_CHAIN_ISOLATED_CARD, PW_SEVERITY_PROBLEM, SRC_TOC },
  [PW_CHECK_BARRIER_NOT_ADDRESSED] = { PW_RULE_CHAIN_BARRIER_NOT_ADDRESSED, PW_SEVERITY_PROBLEM, SRC_TOC },
  [PW_CHECK_ACTIVITY_NO_OUTPUT] = { PW_RULE_CHAIN_ACTIVITY_NO_OUTPUT, PW_SEVERITY_PROBLEM, SRC_TOC },
  [PW_CHECK_OUTPUT_NO_OUTCOME] = { PW_RULE_CHAIN_OUTPUT_NO_OUTCOME, PW_SEVERITY_PROBLEM, SRC_TOC },
  [PW_CHECK_OUTCOME_NO_GOAL] = { PW_RULE_CHAIN_OUTCOME_NO_GOAL, PW_SEVERITY_PROBLEM, SRC_TOC },
  [PW_CHECK_NO_INDICATOR] = { PW_RULE_MEASURE_NO_INDICATOR, PW_SEVERITY_PROBLEM, SRC_ANNEX1 },
  [PW_CHECK_SKIPS_STAGE] = { PW_RULE_CHAIN_SKIPS_STAGE, PW_SEVERITY_WARNING, SRC_TOC },
  [PW_CHECK_BARRIER_NO_EVIDENCE] = { PW_RULE_EVIDENCE_BARRIER, PW_SEVERITY_WARNING, SRC_EVIDENCE },
  [PW_CHECK_EVAL_INCOMPLETE] = { PW_RULE_MEASURE_EVAL_INCOMPLETE, PW_SEVERITY_WARNING, SRC_ANNEX1 },
  [PW_CHECK_NO_BASELINE] = { PW_RULE_MEASURE_NO_BASELINE, PW_SEVERITY_WARNING,
                             N_("Indicators of Integration framework 2019, sections 5.4 and 6.3") },
  [PW_CHECK_NO_SOCIAL] = { PW_RULE_COVERAGE_NO_SOCIAL, PW_SEVERITY_WARNING,
                           N_("IOM guide, “Which measures should we collect?”; framework section 4.2") },
  [PW_CHECK_SINGLE_DOMAIN] = { PW_RULE_COVERAGE_SINGLE_DOMAIN, PW_SEVERITY_WARNING,
                               N_("Indicators of Integration framework 2019, sections 5.1 and 6.2") },
  [PW_CHECK_NO_RECEIVING] = { PW_RULE_SHARED_NO_RECEIVING, PW_SEVERITY_WARNING,
                              N_("Indicators of Integration framework 2019, section 5.2") },
  [PW_CHECK_NEWCOMERS_ONLY] = { PW_RULE_SHARED_NEWCOMERS_ONLY, PW_SEVERITY_WARNING,
                                N_("Indicators of Integration framework 2019, section 5.2") },
  [PW_CHECK_STARTING_PATTERN] = { PW_RULE_COVERAGE_STARTING_PATTERN, PW_SEVERITY_ADVICE,
                                  N_("IOM guide, “Thinking with the framework”, steps one and two") },
  [PW_CHECK_WORKED_NOT_MEASURED] = { PW_RULE_COVERAGE_WORKED_NOT_MEASURED, PW_SEVERITY_ADVICE,
                                     N_("Indicators of Integration framework 2019, section 6.2") },
  [PW_CHECK_EVAL_SUGGESTED] = { PW_RULE_MEASURE_EVAL_SUGGESTED, PW_SEVERITY_ADVICE, SRC_ANNEX1 },
  [PW_CHECK_NO_DATA_LOCATED] = { PW_RULE_MEASURE_NO_DATA_LOCATED, PW_SEVERITY_ADVICE,
                                 N_("Indicators of Integration framework 2019, section 6.1 (data symbols)") },
  [PW_CHECK_LINK_NO_ASSUMPTION] = { PW_RULE_EVIDENCE_ASSUMPTION, PW_SEVERITY_ADVICE, SRC_EVIDENCE },
  [PW_CHECK_NO_INSTITUTION] = { PW_RULE_SHARED_NO_INSTITUTION, PW_SEVERITY_ADVICE,
                                N_("Indicators of Integration framework 2019, section 5.3") },
  [PW_CHECK_NO_TARGET_GROUPS] = { PW_RULE_SHARED_NO_TARGET_GROUPS, PW_SEVERITY_ADVICE,
                                  N_("Indicators of Integration framework 2019, section 5.2") },
};

struct _PwChecks
{
  GObject      parent_instance;

  PwFramework *framework;
  PwPlan      *plan;
  gulong       changed_id;
  GListStore  *findings;
  GPtrArray   *current;        /* the list's findings (refs), to compare cheaply */
  GHashTable  *by_card;        /* card id (borrowed from findings) → GPtrArray; built on demand */
  gboolean     by_card_valid;
  GHashTable  *by_key;         /* key (borrowed from findings) → PwFinding */
  guint        generation;     /* of the current run */
  GHashTable  *suggest_cache;
  guint        counts[PW_N_SEVERITIES];
  PwCoverage   coverage;
};

G_DEFINE_FINAL_TYPE (PwChecks, pw_checks, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_FRAMEWORK,
  PROP_N_PROBLEMS,
  PROP_N_WARNINGS,
  PROP_N_ADVICE,
  N_PROPS
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ---- Helpers for the rule files --------------------------------------- */

gboolean
pw_check_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

char *
pw_check_quote_text (const char *text)
{
  /* Long titles make a message hard to read on a projector: cut at a word. */
  const glong max_chars = 52;
  g_autofree char *clean = g_strstrip (g_strdup (text));

  if (g_utf8_strlen (clean, -1) > max_chars)
    {
      char *end = g_utf8_offset_to_pointer (clean, max_chars);
      char *space;

      *end = '\0';
      space = strrchr (clean, ' ');
      if (space != NULL && space - clean > 30)
        *space = '\0';
      g_strchomp (clean);
      for (gsize n = strlen (clean); n > 0 && strchr (",;:-–(", clean[n - 1]) != NULL; n--)
        clean[n - 1] = '\0';
      return g_strdup_printf ("‘%s…’", clean);
    }
  return g_strdup_printf ("‘%s’", clean);
}

const char *
pw_check_run_quote (PwCheckRun *run,
                    guint       index)
{
  if (run->quoted[index] == NULL)
    {
      g_autofree char *title = pw_card_dup_display_title (run->cards->pdata[index]);

      run->quoted[index] = pw_check_quote_text (title);
    }
  return run->quoted[index];
}

guint
pw_check_run_card_index (PwCheckRun *run,
                         PwCard     *card)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (run->card_index, card)) - 1;
}

static guint
add_ids (GPtrArray *pool, const char **ids)
{
  guint n = 0;

  for (; ids != NULL && ids[n] != NULL; n++)
    g_ptr_array_add (pool, (gpointer) ids[n]);
  return n;
}

void
pw_check_run_add (PwCheckRun   *run,
                  PwCheckRule   rule,
                  guint         order,
                  char         *message,
                  const char   *search_term,
                  const char  **card_ids,
                  const char  **link_ids,
                  const char  **indicator_ids)
{
  PwDraft draft = { rule, order, message, search_term, run->ids->len, 0, 0, 0 };

  draft.n_cards = add_ids (run->ids, card_ids);
  draft.n_links = add_ids (run->ids, link_ids);
  draft.n_indicators = add_ids (run->ids, indicator_ids);
  g_array_append_val (run->drafts, draft);
}

/* ---- One run ----------------------------------------------------------- */

static void
run_index (PwCheckRun *run)
{
  GListModel *cards = pw_plan_get_cards (run->plan);
  GListModel *links = pw_plan_get_links (run->plan);
  guint n_cards = g_list_model_get_n_items (cards);
  guint n_links = g_list_model_get_n_items (links);

  run->cards = g_ptr_array_sized_new (n_cards);
  run->links = g_ptr_array_sized_new (n_links);
  run->card_index = g_hash_table_new (NULL, NULL);
  run->kind = g_new (PwCardKind, n_cards);
  run->quoted = g_new0 (char *, n_cards);
  for (guint i = 0; i < n_cards; i++)
    {
      PwCard *card = g_list_model_get_item (cards, i);

      g_ptr_array_add (run->cards, card);
      g_hash_table_insert (run->card_index, card, GUINT_TO_POINTER (i + 1));
      run->kind[i] = pw_card_get_kind (card);
      run->n_kind[run->kind[i]]++;
      g_object_unref (card); /* the plan keeps it alive */
    }

  run->src = g_new (guint, n_links);
  run->dst = g_new (guint, n_links);
  run->n_out = g_new0 (guint, n_cards);
  run->n_in = g_new0 (guint, n_cards);
  for (guint i = 0; i < n_links; i++)
    {
      PwLink *link = g_list_model_get_item (links, i);

      g_ptr_array_add (run->links, link);
      run->src[i] = pw_check_run_card_index (run, pw_link_get_source (link));
      run->dst[i] = pw_check_run_card_index (run, pw_link_get_target (link));
      run->n_out[run->src[i]]++;
      run->n_in[run->dst[i]]++;
      g_object_unref (link);
    }
}

static void
clear_draft (gpointer data)
{
  g_free (((PwDraft *) data)->message);
}

static void
run_clear (PwCheckRun *run)
{
  for (guint i = 0; run->quoted != NULL && i < run->cards->len; i++)
    g_free (run->quoted[i]);
  g_clear_pointer (&run->quoted, g_free);
  g_clear_pointer (&run->kind, g_free);
  g_clear_pointer (&run->cards, g_ptr_array_unref);
  g_clear_pointer (&run->links, g_ptr_array_unref);
  g_clear_pointer (&run->card_index, g_hash_table_unref);
  g_clear_pointer (&run->src, g_free);
  g_clear_pointer (&run->dst, g_free);
  g_clear_pointer (&run->n_out, g_free);
  g_clear_pointer (&run->n_in, g_free);
  g_clear_pointer (&run->drafts, g_array_unref);
  g_clear_pointer (&run->ids, g_ptr_array_unref);
}

/* ---- Keeping the list -------------------------------------------------- */

static int
compare_drafts (gconstpointer a, gconstpointer b)
{
  const PwDraft *x = a, *y = b;

  if (x->rule != y->rule)
    return x->rule < y->rule ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* Turns the sorted drafts into findings, reusing the object of a finding
 * that was already in the list (same key), so views keep their rows. */
static GPtrArray *
realise_drafts (PwChecks *self, PwCheckRun *run)
{
  GPtrArray *fresh = g_ptr_array_new_full (run->drafts->len, g_object_unref);
  g_autoptr(GString) key = g_string_sized_new (64);
  GHashTable *by_key = g_hash_table_new (g_str_hash, g_str_equal);

  self->generation++;
  for (guint i = 0; i < run->drafts->len; i++)
    {
      PwDraft *d = &g_array_index (run->drafts, PwDraft, i);
      const char **ids = (const char **) run->ids->pdata + d->ids_start;
      PwFinding *finding;

      g_string_truncate (key, 0);
      pw_finding_key_append (key, d->rule, ids, d->n_cards, d->n_links, d->n_indicators);
      finding = g_hash_table_lookup (self->by_key, key->str);
      if (finding != NULL && pw_finding_claim (finding, self->generation))
        {
          pw_finding_update (finding, g_steal_pointer (&d->message), d->search_term);
          g_object_ref (finding);
        }
      else
        {
          finding = pw_finding_new (d->rule, g_steal_pointer (&d->message), d->search_term,
                                    ids, d->n_cards, d->n_links, d->n_indicators);
          pw_finding_claim (finding, self->generation);
        }
      g_ptr_array_add (fresh, finding);
      g_hash_table_insert (by_key, (gpointer) pw_finding_get_key (finding), finding);
    }
  g_hash_table_unref (self->by_key);
  self->by_key = by_key;
  return fresh;
}

/* Replaces the list with @fresh, keeping the common prefix and suffix, so a
 * view sees one items-changed at most. */
static void
merge_findings (PwChecks *self, GPtrArray *fresh)
{
  gpointer *old = self->current->pdata;
  guint n_old = self->current->len;
  guint n_new = fresh->len;
  guint prefix = 0, suffix = 0;

  while (prefix < n_old && prefix < n_new && old[prefix] == fresh->pdata[prefix])
    prefix++;
  while (suffix < n_old - prefix && suffix < n_new - prefix &&
         old[n_old - 1 - suffix] == fresh->pdata[n_new - 1 - suffix])
    suffix++;
  if (prefix + suffix == n_old && prefix + suffix == n_new)
    return;
  g_ptr_array_unref (self->current);
  self->current = g_ptr_array_ref (fresh);
  self->by_card_valid = FALSE;
  g_list_store_splice (self->findings, prefix, n_old - prefix - suffix,
                       fresh->pdata + prefix, n_new - prefix - suffix);
}

static void
index_by_card (PwChecks *self)
{
  if (self->by_card_valid)
    return;
  g_hash_table_remove_all (self->by_card);
  for (guint i = 0; i < self->current->len; i++)
    {
      PwFinding *finding = self->current->pdata[i];
      const char * const *ids = pw_finding_get_card_ids (finding);

      for (guint k = 0; ids[k] != NULL; k++)
        {
          GPtrArray *list = g_hash_table_lookup (self->by_card, ids[k]);

          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (self->by_card, (gpointer) ids[k], list);
            }
          if (list->len == 0 || g_ptr_array_index (list, list->len - 1) != finding)
            g_ptr_array_add (list, finding);
        }
    }
  self->by_card_valid = TRUE;
}

static void
update_counts (PwChecks *self, GPtrArray *fresh)
{
  guint counts[PW_N_SEVERITIES] = { 0, };

  for (guint i = 0; i < fresh->len; i++)
    counts[pw_finding_get_severity (fresh->pdata[i])]++;
  for (guint s = 0; s < PW_N_SEVERITIES; s++)
    {
      if (counts[s] == self->counts[s])
        continue;
      self->counts[s] = counts[s];
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PROBLEMS + s]);
    }
}

static void
run_rules (PwCheckRun *run)
{
  run_index (run);
  pw_check_compute_coverage (run);
  pw_check_chain (run);
  pw_check_evidence (run);
  pw_check_measurement (run);
  pw_check_coverage (run);
  pw_check_shared (run);
  g_array_sort (run->drafts, compare_drafts);
}

void
pw_checks_run (PwChecks *self)
{
  PwCheckRun run = { 0, };
  g_autoptr(GPtrArray) fresh = NULL;

  g_return_if_fail (PW_IS_CHECKS (self));

  run.drafts = g_array_new (FALSE, FALSE, sizeof (PwDraft));
  g_array_set_clear_func (run.drafts, clear_draft);
  run.ids = g_ptr_array_new ();
  if (self->plan != NULL)
    {
      run.plan = self->plan;
      run.framework = self->framework;
      run.suggest_cache = self->suggest_cache;
      run_rules (&run);
    }
  g_object_freeze_notify (G_OBJECT (self));
  self->coverage = run.coverage;
  fresh = realise_drafts (self, &run);
  merge_findings (self, fresh);
  update_counts (self, fresh);
  run_clear (&run);
  g_object_thaw_notify (G_OBJECT (self));
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

/* ---- GObject ----------------------------------------------------------- */

static void
on_plan_changed (PwChecks *self)
{
  pw_checks_run (self);
}

static void
pw_checks_dispose (GObject *object)
{
  PwChecks *self = PW_CHECKS (object);

  if (self->plan != NULL)
    g_clear_signal_handler (&self->changed_id, self->plan);
  g_clear_object (&self->plan);
  g_clear_object (&self->framework);

  G_OBJECT_CLASS (pw_checks_parent_class)->dispose (object);
}

static void
pw_checks_finalize (GObject *object)
{
  PwChecks *self = PW_CHECKS (object);

  g_clear_pointer (&self->by_card, g_hash_table_unref);
  g_clear_pointer (&self->current, g_ptr_array_unref);
  g_clear_pointer (&self->by_key, g_hash_table_unref);
  g_clear_pointer (&self->suggest_cache, g_hash_table_unref);
  g_clear_object (&self->findings);

  G_OBJECT_CLASS (pw_checks_parent_class)->finalize (object);
}

static void
pw_checks_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PwChecks *self = PW_CHECKS (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_FRAMEWORK:
      g_value_set_object (value, self->framework);
      break;
    case PROP_N_PROBLEMS:
    case PROP_N_WARNINGS:
    case PROP_N_ADVICE:
      g_value_set_uint (value, self->counts[prop_id - PROP_N_PROBLEMS]);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_checks_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PwChecks *self = PW_CHECKS (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      pw_checks_set_plan (self, g_value_get_object (value));
      break;
    case PROP_FRAMEWORK:
      self->framework = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_checks_constructed (GObject *object)
{
  PwChecks *self = PW_CHECKS (object);

  G_OBJECT_CLASS (pw_checks_parent_class)->constructed (object);
  if (self->framework == NULL)
    self->framework = g_object_ref (pw_framework_get_default ());
}

static void
pw_checks_class_init (PwChecksClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = pw_checks_dispose;
  object_class->finalize = pw_checks_finalize;
  object_class->get_property = pw_checks_get_property;
  object_class->set_property = pw_checks_set_property;
  object_class->constructed = pw_checks_constructed;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, PW_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FRAMEWORK] =
    g_param_spec_object ("framework", NULL, NULL, PW_TYPE_FRAMEWORK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_PROBLEMS] = g_param_spec_uint ("n-problems", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_N_WARNINGS] = g_param_spec_uint ("n-warnings", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_N_ADVICE] = g_param_spec_uint ("n-advice", NULL, NULL, 0, G_MAXUINT, 0, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PwChecks::changed:
   *
   * After every run: findings, counts and coverage are up to date.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pw_checks_init (PwChecks *self)
{
  self->findings = g_list_store_new (PW_TYPE_FINDING);
  self->by_card = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                         (GDestroyNotify) g_ptr_array_unref);
  self->by_key = g_hash_table_new (g_str_hash, g_str_equal);
  self->current = g_ptr_array_new_with_free_func (g_object_unref);
  self->suggest_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* ---- Public API -------------------------------------------------------- */

PwChecks *
pw_checks_new (PwFramework *framework)
{
  g_return_val_if_fail (framework == NULL || PW_IS_FRAMEWORK (framework), NULL);
  return g_object_new (PW_TYPE_CHECKS, "framework", framework, NULL);
}

void
pw_checks_set_plan (PwChecks *self,
                    PwPlan   *plan)
{
  g_return_if_fail (PW_IS_CHECKS (self));
  g_return_if_fail (plan == NULL || PW_IS_PLAN (plan));

  if (self->plan == plan)
    return;
  if (self->plan != NULL)
    g_clear_signal_handler (&self->changed_id, self->plan);
  g_set_object (&self->plan, plan);
  if (plan != NULL)
    self->changed_id = g_signal_connect_swapped (plan, "changed",
                                                 G_CALLBACK (on_plan_changed), self);
  pw_checks_run (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

PwPlan *
pw_checks_get_plan (PwChecks *self)
{
  g_return_val_if_fail (PW_IS_CHECKS (self), NULL);
  return self->plan;
}

PwFramework *
pw_checks_get_framework (PwChecks *self)
{
  g_return_val_if_fail (PW_IS_CHECKS (self), NULL);
  return self->framework;
}

GListModel *
pw_checks_get_findings (PwChecks *self)
{
  g_return_val_if_fail (PW_IS_CHECKS (self), NULL);
  return G_LIST_MODEL (self->findings);
}

guint
pw_checks_get_n_findings (PwChecks   *self,
                          PwSeverity  severity)
{
  g_return_val_if_fail (PW_IS_CHECKS (self), 0);
  g_return_val_if_fail ((guint) severity < PW_N_SEVERITIES, 0);
  return self->counts[severity];
}

GPtrArray *
pw_checks_get_findings_for_card (PwChecks   *self,
                                 const char *card_id)
{
  GPtrArray *list;

  g_return_val_if_fail (PW_IS_CHECKS (self), NULL);
  g_return_val_if_fail (card_id != NULL, NULL);

  index_by_card (self);
  list = g_hash_table_lookup (self->by_card, card_id);
  if (list == NULL)
    return g_ptr_array_new ();
  return g_ptr_array_copy (list, NULL, NULL);
}

int
pw_checks_get_card_severity (PwChecks   *self,
                             const char *card_id)
{
  GPtrArray *list;

  g_return_val_if_fail (PW_IS_CHECKS (self), -1);
  g_return_val_if_fail (card_id != NULL, -1);

  index_by_card (self);
  list = g_hash_table_lookup (self->by_card, card_id);
  if (list == NULL || list->len == 0)
    return -1;
  /* the list is in findings order, most severe first */
  return pw_finding_get_severity (g_ptr_array_index (list, 0));
}

GPtrArray *
pw_checks_get_findings_by_rule (PwChecks   *self,
                                const char *rule_id)
{
  GPtrArray *result;

  g_return_val_if_fail (PW_IS_CHECKS (self), NULL);
  g_return_val_if_fail (rule_id != NULL, NULL);

  result = g_ptr_array_new ();
  for (guint i = 0; i < self->current->len; i++)
    if (g_str_equal (pw_finding_get_rule (self->current->pdata[i]), rule_id))
      g_ptr_array_add (result, self->current->pdata[i]);
  return result;
}

const PwCoverage *
pw_checks_get_coverage (PwChecks *self)
{
  g_return_val_if_fail (PW_IS_CHECKS (self), NULL);
  return &self->coverage;
}
