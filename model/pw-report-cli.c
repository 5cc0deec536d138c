/* pw-report-cli.c — command-line export of the Annex 1 evaluation plan (no display needed)
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pw-plan-cli.h"
#include "pw-plan-xml.h"
#include "pw-report-cli.h"
#include "pw-report-pdf.h"

#define MAX_BLANK_OUTCOMES 50

static int
report_error (FILE       *err,
              GError     *error)
{
  fprintf (err, "pathways: %s\n", error->message);
  return g_error_matches (error, PW_REPORT_ERROR, PW_REPORT_ERROR_FORMAT)
         ? PW_REPORT_CLI_USAGE : PW_REPORT_CLI_FAILED;
}

int
pw_report_cli_export_evaluation_paper (const char *plan_path,
                                       const char *out_path,
                                       PwPaper     paper,
                                       FILE       *err)
{
  g_autoptr(PwFramework) framework = NULL;
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(PwLoadWarnings) warnings = NULL;
  g_autoptr(GError) error = NULL;
  PwReportFormat format;

  g_return_val_if_fail (plan_path != NULL, PW_REPORT_CLI_USAGE);
  g_return_val_if_fail (out_path != NULL, PW_REPORT_CLI_USAGE);
  g_return_val_if_fail (err != NULL, PW_REPORT_CLI_USAGE);

  /* Refuse an unknown format before doing any work. */
  if (!pw_report_format_from_path (out_path, &format, &error))
    return report_error (err, error);

  framework = pw_plan_cli_load_framework (err);
  if (framework == NULL)
    return PW_REPORT_CLI_FAILED;
  plan = pw_plan_cli_load (plan_path, &warnings, err);
  if (plan == NULL)
    return PW_REPORT_CLI_FAILED;
  pw_plan_cli_print_warnings (plan_path, warnings, err);

  if (!pw_report_export_evaluation (plan, framework, out_path, paper, &error))
    return report_error (err, error);
  return PW_REPORT_CLI_OK;
}

int
pw_report_cli_export_evaluation (const char *plan_path,
                                 const char *out_path,
                                 FILE       *err)
{
  return pw_report_cli_export_evaluation_paper (plan_path, out_path, PW_PAPER_A4, err);
}

int
pw_report_cli_export_blank_paper (const char *out_path,
                                  int         n_outcomes,
                                  PwPaper     paper,
                                  FILE       *err)
{
  g_autoptr(PwFramework) framework = NULL;
  g_autoptr(GError) error = NULL;
  PwReportFormat format;

  g_return_val_if_fail (out_path != NULL, PW_REPORT_CLI_USAGE);
  g_return_val_if_fail (err != NULL, PW_REPORT_CLI_USAGE);

  if (n_outcomes < 0 || n_outcomes > MAX_BLANK_OUTCOMES)
    {
      fprintf (err, _("pathways: the blank template can have 1 to %d outcome columns, not %d\n"),
               MAX_BLANK_OUTCOMES, n_outcomes);
      return PW_REPORT_CLI_USAGE;
    }
  if (!pw_report_format_from_path (out_path, &format, &error))
    return report_error (err, error);

  framework = pw_plan_cli_load_framework (err);
  if (framework == NULL)
    return PW_REPORT_CLI_FAILED;
  if (!pw_report_export_blank (framework, out_path, (guint) n_outcomes, paper, &error))
    return report_error (err, error);
  return PW_REPORT_CLI_OK;
}

int
pw_report_cli_export_blank (const char *out_path,
                            int         n_outcomes,
                            FILE       *err)
{
  return pw_report_cli_export_blank_paper (out_path, n_outcomes, PW_PAPER_A4, err);
}
