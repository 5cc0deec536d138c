/* pw-plan-cli.h — command-line check of a plan file (pathways --check FILE)
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdio.h>

#include "pw-plan-xml.h"

G_BEGIN_DECLS

/* Exit statuses of pw_plan_cli_check(). */
#define PW_PLAN_CLI_OK        0
#define PW_PLAN_CLI_CANNOT_LOAD 2

/* Loads @path (with the bundled framework) and prints a one-line summary and
 * the load warnings to @out; if it cannot be loaded, prints why to @err.
 * Returns PW_PLAN_CLI_OK or PW_PLAN_CLI_CANNOT_LOAD. */
int     pw_plan_cli_check         (const char      *path,
                                   FILE            *out,
                                   FILE            *err);

/* The two halves of pw_plan_cli_check(), for commands that do more with the
 * plan (the checks print their findings after the summary). */
PwPlan *pw_plan_cli_load          (const char      *path,
                                   PwLoadWarnings **warnings,
                                   FILE            *err);
void    pw_plan_cli_print_summary (const char      *path,
                                   PwPlan          *plan,
                                   PwLoadWarnings  *warnings,
                                   FILE            *out);
/* "@path: warning: …", one line per load warning (@warnings may be NULL). */
void    pw_plan_cli_print_warnings (const char     *path,
                                    PwLoadWarnings *warnings,
                                    FILE           *out);
/* For exports: pw_model_init() and the bundled framework; NULL when it
 * cannot be loaded, after saying so on @err. */
PwFramework *pw_plan_cli_load_framework (FILE *err);

G_END_DECLS
