/* pw-help.c — open the user guide in GNOME Help, or say how to read it without
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-help.h"

enum { RESPONSE_OPEN_FOLDER = 1 };

static char *
guide_in (const char *data_dir,
          const char *language)
{
  g_autofree char *dir = g_build_filename (data_dir, "help", language, "pathways", NULL);
  g_autofree char *index = g_build_filename (dir, "index.page", NULL);

  return g_file_test (index, G_FILE_TEST_IS_REGULAR) ? g_steal_pointer (&dir) : NULL;
}

char *
pw_help_find_guide (void)
{
  const char * const *languages = g_get_language_names ();
  const char * const *data_dirs = g_get_system_data_dirs ();
  /* PKGDATADIR is <prefix>/share/pathways: its parent holds help/ too. */
  g_autofree char *installed = g_path_get_dirname (PKGDATADIR);

  for (guint l = 0; languages[l] != NULL; l++)
    {
      char *dir;

      for (guint d = 0; data_dirs[d] != NULL; d++)
        if ((dir = guide_in (data_dirs[d], languages[l])) != NULL)
          return dir;
      if ((dir = guide_in (installed, languages[l])) != NULL)
        return dir;
    }
  return NULL;
}

static void
folder_shown (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error))
    g_warning ("Could not open the guide’s folder: %s", error->message);
}

static void
fallback_response (GtkDialog *dialog,
                   int        response,
                   gpointer   user_data)
{
  const char *folder = g_object_get_data (G_OBJECT (dialog), "pw-guide-folder");
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));

  if (response == RESPONSE_OPEN_FOLDER && folder != NULL)
    {
      g_autofree char *uri = g_filename_to_uri (folder, NULL, NULL);

      if (uri != NULL)
        gtk_show_uri_full (parent, uri, GDK_CURRENT_TIME, NULL, folder_shown, NULL);
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static char *
fallback_text (const char *folder)
{
  if (folder == NULL)
    return g_strdup (_("Pathways’ guide opens in GNOME Help, which could not be started, and the "
                       "guide’s pages are not installed on this computer. Ask your IT team to "
                       "install GNOME Help (the “yelp” package) and Pathways’ help pages. "
                       "The command “man pathways” describes the command line."));
  /* Translators: %s is a folder such as /usr/share/help/C/pathways */
  return g_strdup_printf (_("Pathways’ guide opens in GNOME Help, which could not be started on "
                            "this computer. Ask your IT team to install GNOME Help (the “yelp” "
                            "package), or open the guide’s pages (start with index.page) "
                            "in a web browser or a text editor from this folder:\n\n%s"),
                          folder);
}

static void
make_text_selectable (GtkMessageDialog *dialog)
{
  GtkWidget *area = gtk_message_dialog_get_message_area (dialog);

  /* The folder's path can then be copied into a browser or an email to IT. */
  for (GtkWidget *c = gtk_widget_get_first_child (area); c; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_LABEL (c))
      gtk_label_set_selectable (GTK_LABEL (c), TRUE);
}

static void
show_fallback (GtkWindow    *parent,
               const GError *error)
{
  g_autofree char *folder = pw_help_find_guide ();
  g_autofree char *text = fallback_text (folder);
  GtkWidget *dialog;

  g_debug ("The help viewer could not show %s: %s", PW_HELP_URI, error->message);
  dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_INFO, GTK_BUTTONS_NONE,
                                   "%s", _("The user guide could not be opened"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", text);
  if (folder != NULL)
    gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Open the Guide’s Folder"), RESPONSE_OPEN_FOLDER);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Close"), GTK_RESPONSE_CLOSE);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CLOSE);
  g_object_set_data_full (G_OBJECT (dialog), "pw-guide-folder", g_steal_pointer (&folder), g_free);
  make_text_selectable (GTK_MESSAGE_DIALOG (dialog));
  g_signal_connect (dialog, "response", G_CALLBACK (fallback_response), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
guide_shown (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error))
    show_fallback (GTK_WINDOW (source), error);
}

void
pw_help_show (GtkWindow *parent)
{
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  gtk_show_uri_full (parent, PW_HELP_URI, GDK_CURRENT_TIME, NULL, guide_shown, NULL);
}
