/* main.c — Pathways entry point: headless command line first, then the GtkApplication
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "pw-cli.h"
#include "pw-framework.h"
#include "pw-model.h"
#include "pw-application.h"

/* The bundled framework data is checked before any window opens: corrupt data
 * is reported in words (and in a dialog when there is a display), never a crash. */
static gboolean
pw_check_framework (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PwFramework) framework = NULL;
  GtkWidget *dialog;

  pw_model_init ();
  framework = pw_framework_new_from_resource (&error);
  if (framework != NULL)
    return TRUE;

  g_printerr (_("pathways: cannot start: the framework data is damaged: %s\n"), error->message);
  gtk_init ();
  dialog = gtk_message_dialog_new (NULL, GTK_DIALOG_MODAL, GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                   _("Pathways cannot start"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
    _("The framework data that comes with Pathways is damaged, so the app would show wrong indicators. Please reinstall Pathways.\n\n%s"),
    error->message);
  gtk_window_present (GTK_WINDOW (dialog));
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  while (g_list_model_get_n_items (gtk_window_get_toplevels ()) > 0)
    g_main_context_iteration (NULL, TRUE);
  return FALSE;
}

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

  if (!pw_check_framework ())
    return 1;

  g_set_application_name (_("Pathways"));
  app = pw_application_new ();
  return g_application_run (G_APPLICATION (app), (int) g_strv_length (args), args);
}
