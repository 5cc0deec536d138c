/* pw-checks-cli.h — `pathways --check FILE [--json]`: the plan checks as a report
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdio.h>

#include <glib.h>

G_BEGIN_DECLS

/**
 * pw_checks_cli_report:
 * @path: the plan file (a local path)
 * @json: %TRUE for JSON (pretty-printed, stable order), %FALSE for plain text
 * @out: where the report goes
 * @err: where a load error goes (translated, one line)
 *
 * Loads the plan with pw_plan_load() and the bundled framework, runs the
 * checks and prints the findings grouped by severity (problems, warnings,
 * advice) and the coverage summary per category and domain.
 *
 * JSON shape: { "file", "title", "counts": {"problem","warning","advice"},
 *   "findings": [ {"rule","severity","message","source","search-term"
 *   (only when there is one),"cards":[ids],"links":[ids],"indicators":[ids]} ],
 *   "coverage": { "indicators", "outcomes", "outcomes-measured",
 *   "categories": [ {"slug","name","measured","worked-in","indicators","cards",
 *   "domains": [ {"number","slug","name","indicators","cards"} ] } ] } }
 *
 * Returns: the exit status: 0 when there is no problem (warnings and advice
 * allowed), 1 when there is at least one problem, 2 when the file cannot be
 * read as a plan.
 */
int pw_checks_cli_report (const char *path,
                          gboolean    json,
                          FILE       *out,
                          FILE       *err);

G_END_DECLS
