/* pw-cli.h — the headless command line (no GTK)
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Parses the command line. Returns TRUE when a headless option (or --help,
 * --version, or a usage error) was handled, with the exit status in
 * @status; otherwise leaves the remaining arguments (files) in @args. */
gboolean pw_cli_handle      (char ***args, int *status);
gboolean pw_cli_have_display (void);

G_END_DECLS
