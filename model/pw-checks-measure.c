/* pw-checks-measure.c — plan checks: every outcome measured, every indicator with its evaluation row
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-checks"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pw-checks-private.h"

/* Short names for lists inside messages, in PwEvalField order. */
static const char *field_names[PW_N_EVAL_FIELDS] = {
  N_("data source"),
  N_("what you already have"),
  N_("what more you need"),
  N_("methods"),
  N_("sample"),
  N_("responsibility"),
  N_("analysis process"),
  N_("timeline"),
  N_("baseline"),
  N_("follow-up"),
};

/* The Annex 1 rows an evaluation plan cannot do without. */
static const PwEvalField required_fields[] = {
  PW_EVAL_FIELD_DATA_SOURCE,
  PW_EVAL_FIELD_METHODS,
  PW_EVAL_FIELD_SAMPLE,
  PW_EVAL_FIELD_RESPONSIBILITY,
  PW_EVAL_FIELD_TIMELINE,
};

#define ALL_REQUIRED ((1u << PW_EVAL_FIELD_DATA_SOURCE) | (1u << PW_EVAL_FIELD_METHODS) | \
                      (1u << PW_EVAL_FIELD_SAMPLE) | (1u << PW_EVAL_FIELD_RESPONSIBILITY) | \
                      (1u << PW_EVAL_FIELD_TIMELINE))

#define SUGGEST_CACHE_MAX 4096

/* A word of the card's own title that also appears in @indicator's text. */
static char *
shared_word (const char *title, const char *indicator)
{
  g_autofree char *folded_title = pw_fold_text (title);
  g_autofree char *folded_text = pw_fold_text (indicator);
  g_auto(GStrv) words = g_strsplit (folded_title, " ", -1);
  g_autofree char *padded = g_strdup_printf (" %s ", folded_text);
  const char *best = NULL;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *needle = g_strdup_printf (" %s ", words[i]);

      if (strlen (words[i]) >= 4 && strstr (padded, needle) != NULL &&
          (best == NULL || strlen (words[i]) > strlen (best)))
        best = words[i];
    }
  return g_strdup (best);
}

static char *
compute_term (PwFramework *framework, const char *title)
{
  g_autoptr(GArray) results = pw_framework_suggest (framework, title, 1);
  const PwSearchResult *best;

  if (results == NULL || results->len == 0)
    return NULL;
  best = &g_array_index (results, PwSearchResult, 0);
  if (best->keyword != NULL)
    return g_utf8_strdown (best->keyword->keyword, -1);
  return shared_word (title, best->indicator->text);
}

const char *
pw_check_suggest_term (PwCheckRun *run,
                       PwCard     *card)
{
  const char *title = pw_card_get_title (card);
  const char *cached;
  char *term;

  if (pw_check_is_blank (title))
    return NULL;
  cached = g_hash_table_lookup (run->suggest_cache, title);
  if (cached == NULL)
    {
      /* suggestions are stable, so a renamed card costs one search */
      term = compute_term (run->framework, title);
      cached = term != NULL ? term : g_strdup ("");
      g_hash_table_insert (run->suggest_cache, g_strdup (title), (char *) cached);
    }
  return *cached != '\0' ? cached : NULL;
}

static char *
join_fields (guint mask)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint f = 0; f < PW_N_EVAL_FIELDS; f++)
    if (mask & (1u << f))
      g_string_append_printf (list, list->len > 0 ? ", %s" : "%s", _(field_names[f]));
  return g_string_free (g_steal_pointer (&list), FALSE);
}

static void
add_indicator_finding (PwCheckRun     *run,
                       PwCheckRule     rule,
                       guint           order,
                       PwCard         *card,
                       PwIndicatorRef *ref,
                       char           *message)
{
  const char *cards[] = { pw_card_get_id (card), NULL };
  const char *indicators[] = { pw_indicator_ref_get_id (ref), NULL };

  pw_check_run_add (run, rule, order, message, NULL, cards, NULL, indicators);
}

static void
check_eval_fields (PwCheckRun *run, guint order, guint i, PwIndicatorRef *ref)
{
  PwCard *card = run->cards->pdata[i];
  guint missing = 0, suggested = 0;
  const char *title;
  g_autofree char *what = NULL, *list = NULL;

  for (guint k = 0; k < G_N_ELEMENTS (required_fields); k++)
    if (pw_check_is_blank (pw_indicator_ref_get_eval (ref, required_fields[k])))
      missing |= 1u << required_fields[k];
  for (guint f = 0; f < PW_N_EVAL_FIELDS; f++)
    if (pw_indicator_ref_is_suggested (ref, f) && !pw_check_is_blank (pw_indicator_ref_get_eval (ref, f)))
      suggested |= 1u << f;
  if (missing == 0 && suggested == 0)
    return;

  title = pw_check_run_quote (run, i);
  what = pw_check_quote_text (pw_indicator_ref_get_text (ref));
  if (missing == ALL_REQUIRED)
    add_indicator_finding (run, PW_CHECK_EVAL_INCOMPLETE, order, card, ref,
                           g_strdup_printf (_("Plan the evaluation of the indicator %s (outcome %s): its data source, methods, sample, responsibility and timeline are empty."),
                                            what, title));
  else if (missing != 0)
    {
      list = join_fields (missing);
      add_indicator_finding (run, PW_CHECK_EVAL_INCOMPLETE, order, card, ref,
                             g_strdup_printf (_("The evaluation plan of the indicator %s (outcome %s) still needs: %s."),
                                              what, title, list));
      g_clear_pointer (&list, g_free);
    }
  if (suggested != 0)
    {
      list = join_fields (suggested);
      add_indicator_finding (run, PW_CHECK_EVAL_SUGGESTED, order, card, ref,
                             g_strdup_printf (_("The evaluation plan of the indicator %s (outcome %s) holds suggestions not yet accepted: %s. Accept or edit them."),
                                              what, title, list));
    }
}

static void
check_data_located (PwCheckRun *run, guint order, guint i, PwIndicatorRef *ref)
{
  PwCard *card = run->cards->pdata[i];
  const char *bank_id = pw_indicator_ref_get_bank_id (ref);
  const PwIndicator *indicator;
  g_autofree char *what = NULL;

  if (bank_id == NULL)
    return;
  indicator = pw_framework_lookup_indicator (run->framework, bank_id);
  if (indicator == NULL || (indicator->marks & PW_MARK_NONE) == 0)
    return;
  what = pw_check_quote_text (pw_indicator_ref_get_text (ref));
  add_indicator_finding (run, PW_CHECK_NO_DATA_LOCATED, order, card, ref,
                         g_strdup_printf (_("No public data was located for the indicator %s (outcome %s, marked □). Plan how you will collect this data yourselves."),
                                          what, pw_check_run_quote (run, i)));
}

static void
check_no_indicator (PwCheckRun *run, guint i, PwCard *card)
{
  const char *term = pw_check_suggest_term (run, card);
  const char *ids[] = { pw_card_get_id (card), NULL };
  const char *title = pw_check_run_quote (run, i);
  char *message;

  if (term != NULL)
    message = g_strdup_printf (_("The outcome %s has no indicator. Pick one from the bank, e.g. search ‘%s’."), title, term);
  else
    message = g_strdup_printf (_("The outcome %s has no indicator. Pick one from the bank through the keyword index or search."), title);
  pw_check_run_add (run, PW_CHECK_NO_INDICATOR, i, message, term, ids, NULL, NULL);
}

static void
check_baseline (PwCheckRun *run, GPtrArray *measured, gboolean any_baseline)
{
  if (measured->len == 0 || any_baseline)
    return;
  g_ptr_array_add (measured, NULL);
  pw_check_run_add (run, PW_CHECK_NO_BASELINE, 0,
                    g_strdup (_("No indicator has a baseline planned. Measure before the intervention starts, then repeat the measure to see the change.")),
                    NULL, (const char **) measured->pdata, NULL, NULL);
}

void
pw_check_measurement (PwCheckRun *run)
{
  g_autoptr(GPtrArray) measured = g_ptr_array_new ();
  gboolean any_baseline = FALSE;
  guint order = 0;

  if (g_hash_table_size (run->suggest_cache) > SUGGEST_CACHE_MAX)
    g_hash_table_remove_all (run->suggest_cache);
  for (guint i = 0; i < run->cards->len; i++)
    {
      PwCard *card = run->cards->pdata[i];
      GListModel *indicators;
      guint n;

      if (run->kind[i] != PW_CARD_KIND_OUTCOME)
        continue;
      indicators = pw_card_get_indicators (card);
      n = g_list_model_get_n_items (indicators);
      if (n == 0)
        check_no_indicator (run, i, card);
      else
        g_ptr_array_add (measured, (gpointer) pw_card_get_id (card));
      for (guint j = 0; j < n; j++, order++)
        {
          g_autoptr(PwIndicatorRef) ref = g_list_model_get_item (indicators, j);

          check_eval_fields (run, order, i, ref);
          check_data_located (run, order, i, ref);
          any_baseline |= !pw_check_is_blank (pw_indicator_ref_get_eval (ref, PW_EVAL_FIELD_BASELINE));
        }
    }
  check_baseline (run, measured, any_baseline);
}
