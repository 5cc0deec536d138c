/* pw-dialogs.c — file choosers and the unsaved-changes question, behind one small API
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 has no GtkFileDialog or GtkAlertDialog (both 4.10). Everything that
 * would use them goes through here, so the swap later touches one file.
 */
#define G_LOG_DOMAIN "pathways-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-dialogs.h"

typedef struct {
  PwFileCallback callback;
  gpointer       user_data;
  gboolean       ensure_suffix;
} FileRequest;

static GtkFileFilter *
plan_filter_new (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Pathways plans (*.pathways)"));
  gtk_file_filter_add_pattern (filter, "*" PW_PLAN_SUFFIX);
  gtk_file_filter_add_mime_type (filter, "application/x-pathways-plan");
  return filter;
}

static GtkFileFilter *
all_files_filter_new (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("All files"));
  gtk_file_filter_add_pattern (filter, "*");
  return filter;
}

static void
file_chooser_response (GtkNativeDialog *native,
                       int              response,
                       gpointer         data)
{
  FileRequest *request = data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  if (file != NULL && request->ensure_suffix)
    {
      GFile *fixed = pw_dialogs_ensure_suffix (file);

      g_object_unref (file);
      file = fixed;
    }

  request->callback (file, request->user_data);
  g_free (request);
  g_object_unref (native);
}

static void
run_file_chooser (GtkFileChooserNative *native,
                  PwFileCallback        callback,
                  gpointer              user_data,
                  gboolean              ensure_suffix)
{
  FileRequest *request = g_new0 (FileRequest, 1);

  request->callback = callback;
  request->user_data = user_data;
  request->ensure_suffix = ensure_suffix;
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (file_chooser_response), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

void
pw_dialogs_open_plan (GtkWindow      *parent,
                      PwFileCallback  callback,
                      gpointer        user_data)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) plans = plan_filter_new ();
  g_autoptr(GtkFileFilter) all = all_files_filter_new ();

  g_return_if_fail (callback != NULL);

  native = gtk_file_chooser_native_new (_("Open a Plan"), parent,
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), plans);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), plans);
  run_file_chooser (native, callback, user_data, FALSE);
}

void
pw_dialogs_save_plan (GtkWindow      *parent,
                      GFile          *current,
                      const char     *suggested_name,
                      PwFileCallback  callback,
                      gpointer        user_data)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) plans = plan_filter_new ();

  g_return_if_fail (callback != NULL);

  native = gtk_file_chooser_native_new (_("Save the Plan"), parent,
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), plans);
  if (current != NULL)
    {
      gtk_file_chooser_set_file (GTK_FILE_CHOOSER (native), current, NULL);
    }
  else
    {
      g_autofree char *base = pw_dialogs_suggest_name (suggested_name);
      g_autofree char *name = g_strconcat (base, PW_PLAN_SUFFIX, NULL);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
    }
  run_file_chooser (native, callback, user_data, TRUE);
}

/* A question with Cancel, a destructive answer and a suggested one (the
 * default); exactly one of the callbacks is set. */
typedef struct {
  PwUnsavedCallback   unsaved;
  PwOverwriteCallback overwrite;
  gpointer            user_data;
} Question;

static void
question_response (GtkDialog *dialog,
                   int        response,
                   gpointer   data)
{
  Question *question = data;

  /* The answer may close the parent while this signal still holds the dialog. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));
  if (question->unsaved != NULL)
    question->unsaved (response == GTK_RESPONSE_ACCEPT ? PW_UNSAVED_SAVE
                       : response == GTK_RESPONSE_REJECT ? PW_UNSAVED_DISCARD
                       : PW_UNSAVED_CANCEL,
                       question->user_data);
  else
    question->overwrite (response == GTK_RESPONSE_ACCEPT ? PW_OVERWRITE_SAVE_AS
                         : response == GTK_RESPONSE_REJECT ? PW_OVERWRITE_REPLACE
                         : PW_OVERWRITE_CANCEL,
                         question->user_data);
  g_free (question);
}

/* Takes @question; the destructive answer responds REJECT, the suggested one ACCEPT. */
static void
ask_question (GtkWindow      *parent,
              GtkMessageType  type,
              const char     *title,
              const char     *primary,
              const char     *secondary,
              const char     *destructive_label,
              const char     *suggested_label,
              Question       *question)
{
  GtkWidget *dialog;
  GtkWidget *button;

  dialog = gtk_message_dialog_new (parent,
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   type, GTK_BUTTONS_NONE, "%s", primary);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  gtk_window_set_title (GTK_WINDOW (dialog), title);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  button = gtk_dialog_add_button (GTK_DIALOG (dialog), destructive_label, GTK_RESPONSE_REJECT);
  gtk_widget_add_css_class (button, "destructive-action");
  button = gtk_dialog_add_button (GTK_DIALOG (dialog), suggested_label, GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);

  g_signal_connect (dialog, "response", G_CALLBACK (question_response), question);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
pw_dialogs_ask_unsaved (GtkWindow         *parent,
                        const char        *plan_title,
                        PwUnsavedCallback  callback,
                        gpointer           user_data)
{
  Question *question;
  g_autofree char *primary = NULL;

  g_return_if_fail (callback != NULL);

  question = g_new0 (Question, 1);
  question->unsaved = callback;
  question->user_data = user_data;
  primary = g_strdup_printf (_("Save changes to “%s” before closing?"), plan_title);
  ask_question (parent, GTK_MESSAGE_QUESTION, _("Unsaved Changes"), primary,
                _("If you don’t save, the changes since the last save will be lost."),
                _("_Discard"), _("_Save"), question);
}

void
pw_dialogs_ask_overwrite (GtkWindow           *parent,
                          const char          *file_name,
                          PwOverwriteCallback  callback,
                          gpointer             user_data)
{
  Question *question;
  g_autofree char *primary = NULL;

  g_return_if_fail (callback != NULL);

  question = g_new0 (Question, 1);
  question->overwrite = callback;
  question->user_data = user_data;
  primary = g_strdup_printf (_("“%s” was changed by someone else"), file_name);
  ask_question (parent, GTK_MESSAGE_WARNING, _("Plan Changed on Disk"), primary,
                _("Since you opened or last saved this plan, another person or program saved a different version of the file. "
                  "Overwriting replaces their version with yours; Save As keeps both."),
                _("_Overwrite"), _("Save _As…"), question);
}

GFile *
pw_dialogs_ensure_suffix (GFile *file)
{
  g_autofree char *basename = NULL;
  g_autofree char *fixed = NULL;
  g_autoptr(GFile) parent = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  basename = g_file_get_basename (file);
  if (basename == NULL || g_str_has_suffix (basename, PW_PLAN_SUFFIX))
    return g_object_ref (file);

  fixed = g_strconcat (basename, PW_PLAN_SUFFIX, NULL);
  parent = g_file_get_parent (file);
  if (parent == NULL)
    return g_object_ref (file);
  return g_file_get_child (parent, fixed);
}

char *
pw_dialogs_suggest_name (const char *title)
{
  GString *name = g_string_new (NULL);

  for (const char *p = title ? title : ""; *p != '\0' && g_utf8_strlen (name->str, -1) < 60;
       p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '/' || c == '\\' || g_unichar_iscntrl (c) || c == ':')
        c = ' ';
      if (c == ' ' && (name->len == 0 || name->str[name->len - 1] == ' '))
        continue;
      g_string_append_unichar (name, c);
    }
  while (name->len > 0 && (name->str[name->len - 1] == ' ' || name->str[name->len - 1] == '.'))
    g_string_truncate (name, name->len - 1);
  if (name->len == 0 || name->str[0] == '.')
    {
      g_string_free (name, TRUE);
      return g_strdup (_("Untitled plan"));
    }
  return g_string_free (name, FALSE);
}
