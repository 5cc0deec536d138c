/* pw-framework-cli.h — headless printers of the framework for the command line
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdio.h>

#include "pw-framework.h"

G_BEGIN_DECLS

/* Each prints tab-separated lines to @out (tabs and newlines inside texts
 * become spaces) and returns an exit status: 0, or 1 if writing failed. */

/* id, domain number, domain name, category name, marks (symbols in the
 * document's order), text — one line per indicator occurrence */
int pw_framework_cli_list_indicators (PwFramework *framework,
                                      FILE        *out);
/* headword, comma-separated domain numbers — in the guide's order */
int pw_framework_cli_list_keywords   (PwFramework *framework,
                                      FILE        *out);
/* rank, id, domain ("7 Social bridges"), reason, text — best first */
int pw_framework_cli_search          (PwFramework *framework,
                                      const char  *query,
                                      FILE        *out);

G_END_DECLS
