/* main.c — Pathways entry point: headless command line first, then the GtkApplication
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "pw-cli.h"
#include "pw-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PwApplication) app = NULL;
  g_auto(GStrv) args = NULL;
  const char *localedir;
  int status = 0;

  setlocale (LC_ALL, "");
  /* PATHWAYS_LOCALEDIR: the build tree's translations (build/po), for tests run before installing. */
  localedir = g_getenv ("PATHWAYS_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Headless options are handled here, before GTK is initialised, so they
   * work with no display at all. What is left is for the application. */
  args = g_strdupv (argv);
  if (pw_cli_handle (&args, &status))
    return status;

  if (!pw_cli_have_display ())
    {
      g_printerr (_("pathways: no display found (set DISPLAY or WAYLAND_DISPLAY), and no headless option was given; see “pathways --help”.\n"));
      return 1;
    }

  g_set_application_name (_("Pathways"));
  app = pw_application_new ();
  return g_application_run (G_APPLICATION (app), (int) g_strv_length (args), args);
}
