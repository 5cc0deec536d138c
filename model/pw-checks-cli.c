/* pw-checks-cli.c — `pathways --check FILE [--json]`: findings and coverage as text or JSON
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-checks"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pw-autocleanups.h"
#include "pw-checks.h"
#include "pw-checks-cli.h"
#include "pw-plan-cli.h"

#define EXIT_CLEAN 0
#define EXIT_PROBLEMS 1
#define EXIT_CANNOT_READ 2

/* ---- Plain text ---------------------------------------------------------- */

static const char *
severity_heading (PwSeverity severity)
{
  switch (severity)
    {
    case PW_SEVERITY_PROBLEM:
      return _("Problems");
    case PW_SEVERITY_WARNING:
      return _("Warnings");
    case PW_SEVERITY_ADVICE:
    default:
      return _("Advice");
    }
}

static void
print_ids (FILE *out, const char *label, const char * const *ids)
{
  if (ids[0] == NULL)
    return;
  fprintf (out, "      %s ", label);
  for (guint i = 0; ids[i] != NULL; i++)
    fprintf (out, i > 0 ? ", %s" : "%s", ids[i]);
  fputc ('\n', out);
}

static void
print_finding (FILE *out, PwFinding *finding)
{
  fprintf (out, "  [%s] %s\n", pw_finding_get_rule (finding), pw_finding_get_message (finding));
  print_ids (out, _("Cards:"), pw_finding_get_card_ids (finding));
  print_ids (out, _("Links:"), pw_finding_get_link_ids (finding));
  print_ids (out, _("Indicators:"), pw_finding_get_indicator_ids (finding));
  fprintf (out, "      %s %s\n", _("Source:"), pw_finding_get_source (finding));
}

static void
print_findings (FILE *out, PwChecks *checks)
{
  GListModel *findings = pw_checks_get_findings (checks);
  guint n = g_list_model_get_n_items (findings);

  for (PwSeverity s = 0; s < PW_N_SEVERITIES; s++)
    {
      guint count = pw_checks_get_n_findings (checks, s);

      fprintf (out, "\n%s (%u)\n", severity_heading (s), count);
      if (count == 0)
        fprintf (out, "  %s\n", _("None."));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PwFinding) finding = g_list_model_get_item (findings, i);

          if (pw_finding_get_severity (finding) == s)
            print_finding (out, finding);
        }
    }
}

static void
print_coverage (FILE *out, PwChecks *checks)
{
  PwFramework *framework = pw_checks_get_framework (checks);
  const PwCoverage *coverage = pw_checks_get_coverage (checks);

  fprintf (out, "\n%s\n", _("Coverage"));
  fprintf (out, _("  %u indicators on %u of %u outcomes\n"),
           coverage->n_indicators, coverage->n_outcomes_measured, coverage->n_outcomes);
  for (guint c = 0; c < PW_N_CATEGORIES; c++)
    {
      const PwCategoryCoverage *cat = &coverage->categories[c];

      fprintf (out, "  %s: %s (%s %u, %s %u)\n",
               pw_framework_get_category (framework, c)->name,
               cat->measured ? _("measured") : _("not measured"),
               _("indicators"), cat->n_indicators, _("cards"), cat->n_cards);
      for (guint d = cat->first_domain; d < cat->first_domain + cat->n_domains; d++)
        fprintf (out, "    %-28s %s %3u   %s %3u\n", pw_framework_get_domain (framework, d)->name,
                 _("indicators"), coverage->domains[d - 1].n_indicators,
                 _("cards"), coverage->domains[d - 1].n_cards);
    }
}

/* ---- JSON ------------------------------------------------------------------ */

static cJSON *
ids_to_json (const char * const *ids)
{
  cJSON *array = cJSON_CreateArray ();

  for (guint i = 0; ids[i] != NULL; i++)
    cJSON_AddItemToArray (array, cJSON_CreateString (ids[i]));
  return array;
}

static cJSON *
finding_to_json (PwFinding *finding)
{
  cJSON *object = cJSON_CreateObject ();

  cJSON_AddStringToObject (object, "rule", pw_finding_get_rule (finding));
  cJSON_AddStringToObject (object, "severity", pw_severity_to_string (pw_finding_get_severity (finding)));
  cJSON_AddStringToObject (object, "message", pw_finding_get_message (finding));
  cJSON_AddStringToObject (object, "source", pw_finding_get_source (finding));
  if (pw_finding_get_search_term (finding) != NULL)
    cJSON_AddStringToObject (object, "search-term", pw_finding_get_search_term (finding));
  cJSON_AddItemToObject (object, "cards", ids_to_json (pw_finding_get_card_ids (finding)));
  cJSON_AddItemToObject (object, "links", ids_to_json (pw_finding_get_link_ids (finding)));
  cJSON_AddItemToObject (object, "indicators", ids_to_json (pw_finding_get_indicator_ids (finding)));
  return object;
}

static cJSON *
category_to_json (PwFramework *framework, const PwCoverage *coverage, PwCategory c)
{
  const PwCategoryCoverage *cat = &coverage->categories[c];
  const PwCategoryInfo *info = pw_framework_get_category (framework, c);
  cJSON *object = cJSON_CreateObject ();
  cJSON *domains = cJSON_CreateArray ();

  cJSON_AddStringToObject (object, "slug", info->slug);
  cJSON_AddStringToObject (object, "name", info->name);
  cJSON_AddBoolToObject (object, "measured", cat->measured);
  cJSON_AddBoolToObject (object, "worked-in", cat->worked_in);
  cJSON_AddNumberToObject (object, "indicators", cat->n_indicators);
  cJSON_AddNumberToObject (object, "cards", cat->n_cards);
  for (guint d = cat->first_domain; d < cat->first_domain + cat->n_domains; d++)
    {
      const PwDomain *domain = pw_framework_get_domain (framework, d);
      cJSON *item = cJSON_CreateObject ();

      cJSON_AddNumberToObject (item, "number", d);
      cJSON_AddStringToObject (item, "slug", domain->slug);
      cJSON_AddStringToObject (item, "name", domain->name);
      cJSON_AddNumberToObject (item, "indicators", coverage->domains[d - 1].n_indicators);
      cJSON_AddNumberToObject (item, "cards", coverage->domains[d - 1].n_cards);
      cJSON_AddItemToArray (domains, item);
    }
  cJSON_AddItemToObject (object, "domains", domains);
  return object;
}

static cJSON *
coverage_to_json (PwChecks *checks)
{
  const PwCoverage *coverage = pw_checks_get_coverage (checks);
  cJSON *object = cJSON_CreateObject ();
  cJSON *categories = cJSON_CreateArray ();

  cJSON_AddNumberToObject (object, "indicators", coverage->n_indicators);
  cJSON_AddNumberToObject (object, "outcomes", coverage->n_outcomes);
  cJSON_AddNumberToObject (object, "outcomes-measured", coverage->n_outcomes_measured);
  for (guint c = 0; c < PW_N_CATEGORIES; c++)
    cJSON_AddItemToArray (categories, category_to_json (pw_checks_get_framework (checks), coverage, c));
  cJSON_AddItemToObject (object, "categories", categories);
  return object;
}

static void
print_json (FILE *out, const char *path, PwPlan *plan, PwLoadWarnings *warnings, PwChecks *checks)
{
  g_autoptr(cJSON) root = cJSON_CreateObject ();
  cJSON *counts = cJSON_CreateObject ();
  cJSON *findings = cJSON_CreateArray ();
  cJSON *load = cJSON_CreateArray ();
  GListModel *model = pw_checks_get_findings (checks);
  char *text;

  cJSON_AddStringToObject (root, "file", path);
  cJSON_AddStringToObject (root, "title", pw_plan_get_title (plan));
  for (guint i = 0; warnings != NULL && i < pw_load_warnings_get_n (warnings); i++)
    cJSON_AddItemToArray (load, cJSON_CreateString (pw_load_warnings_get (warnings, i)));
  cJSON_AddItemToObject (root, "load-warnings", load);
  for (PwSeverity s = 0; s < PW_N_SEVERITIES; s++)
    cJSON_AddNumberToObject (counts, pw_severity_to_string (s), pw_checks_get_n_findings (checks, s));
  cJSON_AddItemToObject (root, "counts", counts);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PwFinding) finding = g_list_model_get_item (model, i);

      cJSON_AddItemToArray (findings, finding_to_json (finding));
    }
  cJSON_AddItemToObject (root, "findings", findings);
  cJSON_AddItemToObject (root, "coverage", coverage_to_json (checks));
  text = cJSON_Print (root);
  fprintf (out, "%s\n", text);
  cJSON_free (text);
}

/* ---- Entry point ----------------------------------------------------------- */

int
pw_checks_cli_report (const char *path,
                      gboolean    json,
                      FILE       *out,
                      FILE       *err)
{
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(PwLoadWarnings) warnings = NULL;
  g_autoptr(PwFramework) framework = NULL;
  g_autoptr(PwChecks) checks = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (path != NULL, EXIT_CANNOT_READ);

  plan = pw_plan_cli_load (path, &warnings, err);
  if (plan == NULL)
    return EXIT_CANNOT_READ;
  framework = pw_framework_new_from_resource (&error);
  if (framework == NULL)
    {
      fprintf (err, _("%s: the framework data could not be loaded, so the plan cannot be checked (%s)\n"),
               path, error->message);
      return EXIT_CANNOT_READ;
    }
  checks = pw_checks_new (framework);
  pw_checks_set_plan (checks, plan);
  if (json)
    print_json (out, path, plan, warnings, checks);
  else
    {
      pw_plan_cli_print_summary (path, plan, warnings, out);
      print_findings (out, checks);
      print_coverage (out, checks);
    }
  return pw_checks_get_n_findings (checks, PW_SEVERITY_PROBLEM) > 0 ? EXIT_PROBLEMS : EXIT_CLEAN;
}
