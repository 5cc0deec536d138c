/* pw-checks-coverage.c — plan checks: which domains the plan measures and works in, per category
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-checks"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pw-checks-private.h"

#define RIGHTS_DOMAIN 14

static guint16
category_mask (PwCoverage *coverage, PwCategory category)
{
  const PwCategoryCoverage *c = &coverage->categories[category];

  return (guint16) (((1u << c->n_domains) - 1) << (c->first_domain - 1));
}

static void
count_card (PwCoverage *coverage, PwCard *card)
{
  guint16 mask = pw_card_get_domains (card) & PW_CARD_ALL_DOMAINS;
  guint categories = 0;

  coverage->worked_domains |= mask;
  for (guint d = 0; mask != 0; d++, mask >>= 1)
    if (mask & 1)
      {
        coverage->domains[d].n_cards++;
        categories |= 1u << coverage->domains[d].category;
      }
  for (guint c = 0; c < PW_N_CATEGORIES; c++)
    if (categories & (1u << c))
      coverage->categories[c].n_cards++;
}

static void
count_indicators (PwCoverage *coverage, PwCard *card)
{
  GListModel *indicators = pw_card_get_indicators (card);
  guint n = g_list_model_get_n_items (indicators);

  coverage->n_outcomes++;
  if (n > 0)
    coverage->n_outcomes_measured++;
  for (guint j = 0; j < n; j++)
    {
      g_autoptr(PwIndicatorRef) ref = g_list_model_get_item (indicators, j);
      guint domain = pw_indicator_ref_get_domain (ref);

      if (domain < 1 || domain > PW_N_DOMAINS)
        continue;
      coverage->n_indicators++;
      coverage->domains[domain - 1].n_indicators++;
      coverage->measured_domains |= PW_CARD_DOMAIN_BIT (domain);
    }
}

static void
init_coverage (PwCoverage *coverage, PwFramework *framework)
{
  memset (coverage, 0, sizeof *coverage);
  for (guint d = 1; d <= PW_N_DOMAINS; d++)
    {
      coverage->domains[d - 1].domain = d;
      coverage->domains[d - 1].category = pw_framework_get_domain_category (framework, d);
    }
  for (guint c = 0; c < PW_N_CATEGORIES; c++)
    {
      const PwCategoryInfo *info = pw_framework_get_category (framework, c);

      coverage->categories[c].category = c;
      coverage->categories[c].first_domain = info->first_domain;
      coverage->categories[c].n_domains = info->n_domains;
    }
}

void
pw_check_compute_coverage (PwCheckRun *run)
{
  PwCoverage *coverage = &run->coverage;

  init_coverage (coverage, run->framework);
  for (guint i = 0; i < run->cards->len; i++)
    {
      PwCard *card = run->cards->pdata[i];

      count_card (coverage, card);
      if (run->kind[i] == PW_CARD_KIND_OUTCOME)
        count_indicators (coverage, card);
    }
  for (guint c = 0; c < PW_N_CATEGORIES; c++)
    {
      PwCategoryCoverage *cat = &coverage->categories[c];
      guint16 mask = category_mask (coverage, c);

      for (guint d = cat->first_domain; d < cat->first_domain + cat->n_domains; d++)
        cat->n_indicators += coverage->domains[d - 1].n_indicators;
      for (guint16 m = coverage->measured_domains & mask; m != 0; m &= m - 1)
        cat->n_measured_domains++;
      cat->measured = cat->n_indicators > 0;
      cat->worked_in = (coverage->worked_domains & mask) != 0;
    }
}

/* ---- Rules ------------------------------------------------------------- */

/* Outcome cards, the place to attach what is missing. */
static GPtrArray *
outcome_ids (PwCheckRun *run)
{
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < run->cards->len; i++)
    if (run->kind[i] == PW_CARD_KIND_OUTCOME)
      g_ptr_array_add (ids, (gpointer) pw_card_get_id (run->cards->pdata[i]));
  g_ptr_array_add (ids, NULL);
  return ids;
}

static char *
domain_names (PwFramework *framework, guint16 mask)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint d = 1; d <= PW_N_DOMAINS; d++)
    if (mask & PW_CARD_DOMAIN_BIT (d))
      g_string_append_printf (list, list->len > 0 ? ", %s" : "%s",
                              pw_framework_get_domain (framework, d)->name);
  return g_string_free (g_steal_pointer (&list), FALSE);
}

static void
check_single_domain (PwCheckRun *run, GPtrArray *outcomes)
{
  g_autofree char *name = NULL;

  if (run->coverage.measured_domains == 0 ||
      (run->coverage.measured_domains & (run->coverage.measured_domains - 1)) != 0)
    return;
  name = domain_names (run->framework, run->coverage.measured_domains);
  pw_check_run_add (run, PW_CHECK_SINGLE_DOMAIN, 0,
                    g_strdup_printf (_("Every indicator is in one domain (%s). That measures the service you deliver, not integration: add indicators from other domains."), name),
                    NULL, (const char **) outcomes->pdata, NULL, NULL);
}

static void
check_starting_pattern (PwCheckRun *run)
{
  static const PwCategory parts[] = {
    PW_CATEGORY_MARKERS_AND_MEANS, PW_CATEGORY_SOCIAL_CONNECTIONS, PW_CATEGORY_FACILITATORS,
  };
  g_autoptr(GString) missing = g_string_new (NULL);

  for (guint k = 0; k < G_N_ELEMENTS (parts); k++)
    if (!run->coverage.categories[parts[k]].measured)
      g_string_append_printf (missing, missing->len > 0 ? ", %s" : "%s",
                              pw_framework_get_category (run->framework, parts[k])->name);
  if ((run->coverage.measured_domains & PW_CARD_DOMAIN_BIT (RIGHTS_DOMAIN)) == 0)
    g_string_append_printf (missing, missing->len > 0 ? ", %s" : "%s",
                            pw_framework_get_domain (run->framework, RIGHTS_DOMAIN)->name);
  if (missing->len == 0)
    return;
  pw_check_run_add (run, PW_CHECK_STARTING_PATTERN, 0,
                    g_strdup_printf (_("A good start is one domain each from Markers and Means, Social Connections and Facilitators, plus Rights and responsibilities. Not measured yet: %s."), missing->str),
                    NULL, NULL, NULL, NULL);
}

static void
check_worked_not_measured (PwCheckRun *run)
{
  guint16 gap = run->coverage.worked_domains & ~run->coverage.measured_domains;
  g_autoptr(GPtrArray) ids = NULL;
  g_autofree char *names = NULL;

  if (gap == 0)
    return;
  ids = g_ptr_array_new ();
  for (guint i = 0; i < run->cards->len; i++)
    if (pw_card_get_domains (run->cards->pdata[i]) & gap)
      g_ptr_array_add (ids, (gpointer) pw_card_get_id (run->cards->pdata[i]));
  g_ptr_array_add (ids, NULL);
  names = domain_names (run->framework, gap);
  pw_check_run_add (run, PW_CHECK_WORKED_NOT_MEASURED, 0,
                    g_strdup_printf (_("Your cards work in %s, but no indicator measures these domains yet. Measure what you work on, or untag the cards."), names),
                    NULL, (const char **) ids->pdata, NULL, NULL);
}

void
pw_check_coverage (PwCheckRun *run)
{
  g_autoptr(GPtrArray) outcomes = NULL;

  if (run->coverage.n_indicators == 0)
    return;  /* measure.outcome-no-indicator speaks first */
  outcomes = outcome_ids (run);
  if (!run->coverage.categories[PW_CATEGORY_SOCIAL_CONNECTIONS].measured)
    pw_check_run_add (run, PW_CHECK_NO_SOCIAL, 0,
                      g_strdup (_("Nothing measures Social Connections (Social bonds, Social bridges, Social links). The framework strongly recommends including them: e.g. search ‘friends’ or ‘neighbours’.")),
                      "friends", (const char **) outcomes->pdata, NULL, NULL);
  check_single_domain (run, outcomes);
  check_starting_pattern (run);
  check_worked_not_measured (run);
}
