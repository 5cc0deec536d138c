/* pw-cli.c — the headless command line: everything here runs without a display
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "pw-model.h"
#include "pw-cli.h"

typedef struct {
  gboolean version;
} PwCliOptions;

gboolean
pw_cli_have_display (void)
{
  const char *backend = g_getenv ("GDK_BACKEND");

  if (backend != NULL && g_str_has_prefix (backend, "broadway"))
    return TRUE;
  return g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL;
}

static int
pw_cli_run (PwCliOptions *opts)
{
  if (opts->version)
    {
      g_print ("pathways %s\n", PACKAGE_VERSION);
      return 0;
    }
  return -1;
}

gboolean
pw_cli_handle (char ***args,
               int    *status)
{
  PwCliOptions opts = { 0 };
  const GOptionEntry entries[] = {
    { "version", 'v', 0, G_OPTION_ARG_NONE, &opts.version,
      N_("Print the version and exit"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  int result;

  context = g_option_context_new (_("[FILE…] — plan and evaluate integration work"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Opens the plans given as FILEs in windows. The options below work without a display."));

  if (!g_option_context_parse_strv (context, args, &error))
    {
      g_printerr ("pathways: %s\n", error->message);
      g_printerr (_("Run “pathways --help” to see the options.\n"));
      *status = 2;
      return TRUE;
    }

  pw_model_init ();
  result = pw_cli_run (&opts);
  if (result < 0)
    return FALSE;

  *status = result;
  return TRUE;
}
