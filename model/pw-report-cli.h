/* pw-report-cli.h — command-line export of the Annex 1 evaluation plan (no display needed)
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdio.h>

#include "pw-report.h"

G_BEGIN_DECLS

/* Exit statuses. */
#define PW_REPORT_CLI_OK      0
#define PW_REPORT_CLI_FAILED  1   /* the plan could not be loaded, or the file written */
#define PW_REPORT_CLI_USAGE   2   /* unknown output format, bad number of outcomes */

/* Loads the plan at @plan_path and writes its Annex 1 to @out_path in the
 * format of the extension (.pdf, .csv, .fodt) on A4 landscape. Messages (load
 * warnings, errors) go to @err, translated. Pure cairo/pango: no display. */
int pw_report_cli_export_evaluation       (const char *plan_path,
                                           const char *out_path,
                                           FILE       *err);
/* A blank template with @n_outcomes columns (0: 3; at most 50), .pdf or .fodt. */
int pw_report_cli_export_blank            (const char *out_path,
                                           int         n_outcomes,
                                           FILE       *err);

/* The same on a chosen paper (for a --paper=a3 option). */
int pw_report_cli_export_evaluation_paper (const char *plan_path,
                                           const char *out_path,
                                           PwPaper     paper,
                                           FILE       *err);
int pw_report_cli_export_blank_paper      (const char *out_path,
                                           int         n_outcomes,
                                           PwPaper     paper,
                                           FILE       *err);

G_END_DECLS
