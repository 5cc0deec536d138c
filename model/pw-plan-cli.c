/* pw-plan-cli.c — command-line check of a plan file
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-plan-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pw-model.h"
#include "pw-plan-cli.h"

PwPlan *
pw_plan_cli_load (const char      *path,
                  PwLoadWarnings **warnings,
                  FILE            *err)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(PwFramework) framework = NULL;
  g_autoptr(GError) error = NULL;
  PwPlan *plan;

  g_return_val_if_fail (path != NULL, NULL);

  /* Without the bank the plan still loads; bank ids are then not checked. */
  framework = pw_framework_new_from_resource (&error);
  if (framework == NULL)
    {
      fprintf (err, _("%s: warning: the framework data could not be loaded (%s)\n"),
               path, error->message);
      g_clear_error (&error);
    }

  file = g_file_new_for_commandline_arg (path);
  plan = pw_plan_load (file, framework, warnings, &error);
  if (plan == NULL)
    fprintf (err, "%s: %s\n", path, error->message);
  return plan;
}

static guint
count_indicators (PwPlan *plan)
{
  GListModel *cards = pw_plan_get_cards (plan);
  guint n = g_list_model_get_n_items (cards);
  guint total = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwCard) card = g_list_model_get_item (cards, i);
      total += pw_card_get_n_indicators (card);
    }
  return total;
}

void
pw_plan_cli_print_summary (const char     *path,
                           PwPlan         *plan,
                           PwLoadWarnings *warnings,
                           FILE           *out)
{
  guint n_cards = g_list_model_get_n_items (pw_plan_get_cards (plan));
  guint n_links = g_list_model_get_n_items (pw_plan_get_links (plan));
  guint n_indicators = count_indicators (plan);
  guint n_warnings = warnings ? pw_load_warnings_get_n (warnings) : 0;
  const char *title = pw_plan_get_title (plan);
  g_autoptr(GString) counts = g_string_new (NULL);

  g_string_append_printf (counts, g_dngettext (GETTEXT_PACKAGE, "%u card", "%u cards", n_cards), n_cards);
  g_string_append (counts, ", ");
  g_string_append_printf (counts, g_dngettext (GETTEXT_PACKAGE, "%u link", "%u links", n_links), n_links);
  g_string_append (counts, ", ");
  g_string_append_printf (counts, g_dngettext (GETTEXT_PACKAGE, "%u indicator", "%u indicators",
                                               n_indicators), n_indicators);
  g_string_append (counts, ", ");
  if (n_warnings == 0)
    g_string_append (counts, _("no warnings"));
  else
    g_string_append_printf (counts, g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings",
                                                 n_warnings), n_warnings);
  fprintf (out, "%s: “%s”: %s\n", path, *title ? title : _("Untitled plan"), counts->str);
  pw_plan_cli_print_warnings (path, warnings, out);
}

void
pw_plan_cli_print_warnings (const char     *path,
                            PwLoadWarnings *warnings,
                            FILE           *out)
{
  for (guint i = 0; warnings != NULL && i < pw_load_warnings_get_n (warnings); i++)
    fprintf (out, _("%s: warning: %s\n"), path, pw_load_warnings_get (warnings, i));
}

PwFramework *
pw_plan_cli_load_framework (FILE *err)
{
  g_autoptr(GError) error = NULL;
  PwFramework *framework;

  pw_model_init ();
  framework = pw_framework_new_from_resource (&error);
  if (framework == NULL)
    fprintf (err, _("pathways: the framework data could not be loaded: %s\n"), error->message);
  return framework;
}

int
pw_plan_cli_check (const char *path,
                   FILE       *out,
                   FILE       *err)
{
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(PwLoadWarnings) warnings = NULL;

  g_return_val_if_fail (path != NULL, PW_PLAN_CLI_CANNOT_LOAD);

  plan = pw_plan_cli_load (path, &warnings, err);
  if (plan == NULL)
    return PW_PLAN_CLI_CANNOT_LOAD;
  pw_plan_cli_print_summary (path, plan, warnings, out);
  return PW_PLAN_CLI_OK;
}
