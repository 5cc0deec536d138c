/* pw-framework-cli.c — headless printers of the framework for the command line
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-framework"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pw-framework-cli.h"

/* A field of a tab-separated line: no tabs or line breaks inside. */
static void
put_field (FILE       *out,
           const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    fputc (*p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p, out);
}

static char *
domain_list (guint16 domains)
{
  GString *text = g_string_new (NULL);

  for (guint d = 0; d < PW_N_DOMAINS; d++)
    if (domains & (1u << d))
      g_string_append_printf (text, text->len > 0 ? ", %u" : "%u", d + 1);
  return g_string_free (text, FALSE);
}

static int
finish (FILE *out)
{
  return fflush (out) != 0 || ferror (out) ? 1 : 0;
}

int
pw_framework_cli_list_indicators (PwFramework *framework,
                                  FILE        *out)
{
  g_return_val_if_fail (PW_IS_FRAMEWORK (framework), 1);
  g_return_val_if_fail (out != NULL, 1);

  for (guint i = 0; i < pw_framework_get_n_indicators (framework); i++)
    {
      const PwIndicator *indicator = pw_framework_get_indicator (framework, i);
      const PwDomain *domain = pw_framework_get_domain (framework, indicator->domain);
      const PwCategoryInfo *category = pw_framework_get_category (framework, domain->category);
      g_autofree char *marks = pw_indicator_get_marks_text (indicator);

      fprintf (out, "%s\t%u\t", indicator->id, domain->number);
      put_field (out, domain->name);
      fputc ('\t', out);
      put_field (out, category->name);
      fprintf (out, "\t%s\t", marks);
      put_field (out, indicator->text);
      fputc ('\n', out);
    }
  return finish (out);
}

int
pw_framework_cli_list_keywords (PwFramework *framework,
                                FILE        *out)
{
  g_return_val_if_fail (PW_IS_FRAMEWORK (framework), 1);
  g_return_val_if_fail (out != NULL, 1);

  for (guint k = 0; k < pw_framework_get_n_keywords (framework); k++)
    {
      const PwKeyword *keyword = pw_framework_get_keyword (framework, k);
      g_autofree char *domains = domain_list (keyword->domains);

      put_field (out, keyword->keyword);
      fprintf (out, "\t%s\n", domains);
    }
  return finish (out);
}

static char *
describe_reason (const PwSearchResult *result)
{
  g_autofree char *domains = NULL;

  switch (result->kind)
    {
    case PW_MATCH_KEYWORD_EXACT:
      domains = domain_list (result->keyword->domains);
      /* TRANSLATORS: a search result's reason: a keyword-index headword and its domain numbers */
      return g_strdup_printf (_("keyword “%s” → %s"), result->keyword->keyword, domains);
    case PW_MATCH_KEYWORD_PREFIX:
      domains = domain_list (result->keyword->domains);
      /* TRANSLATORS: the query only starts the words of this keyword-index headword */
      return g_strdup_printf (_("keyword “%s” (partly) → %s"), result->keyword->keyword, domains);
    case PW_MATCH_TEXT:
      return g_strdup (_("words in the indicator"));
    case PW_MATCH_GOOD_PRACTICE:
      return g_strdup (_("words in the domain’s good practice"));
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

int
pw_framework_cli_search (PwFramework *framework,
                         const char  *query,
                         FILE        *out)
{
  g_autoptr(GArray) results = NULL;

  g_return_val_if_fail (PW_IS_FRAMEWORK (framework), 1);
  g_return_val_if_fail (query != NULL, 1);
  g_return_val_if_fail (out != NULL, 1);

  results = pw_framework_search (framework, query, NULL);
  for (guint r = 0; r < results->len; r++)
    {
      const PwSearchResult *result = &g_array_index (results, PwSearchResult, r);
      const PwDomain *domain = pw_framework_get_domain (framework, result->indicator->domain);
      g_autofree char *reason = describe_reason (result);

      fprintf (out, "%u\t%s\t%u ", r + 1, result->indicator->id, domain->number);
      put_field (out, domain->name);
      fputc ('\t', out);
      put_field (out, reason);
      fputc ('\t', out);
      put_field (out, result->indicator->text);
      fputc ('\n', out);
    }
  return finish (out);
}
