/* pw-window-actions.c — a window's file handling: open, recent, save, save as, drop, unsaved prompt
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-dialogs.h"
#include "pw-plan-xml.h"
#include "pw-window-private.h"

#define PLAN_MIME_TYPE  "application/x-pathways-plan"
#define RECENT_GROUP    "pathways"
#define MAX_RECENT      10

/* Recent files */

static void
add_to_recent (PwWindow *self,
               GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  const char *app_name = g_get_application_name ();
  const char *groups[] = { RECENT_GROUP, NULL };
  GtkRecentData data = { 0 };

  data.mime_type = (char *) PLAN_MIME_TYPE;
  data.app_name = (char *) (app_name != NULL ? app_name : "pathways");
  data.app_exec = (char *) "pathways %u";
  data.groups = (char **) groups;
  gtk_recent_manager_add_full (self->recent_manager, uri, &data);
}

static gboolean
is_plan_info (GtkRecentInfo *info)
{
  return (gtk_recent_info_has_group (info, RECENT_GROUP) ||
          g_strcmp0 (gtk_recent_info_get_mime_type (info), PLAN_MIME_TYPE) == 0) &&
         gtk_recent_info_exists (info);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GDateTime *ma = gtk_recent_info_get_modified ((GtkRecentInfo *) a);
  GDateTime *mb = gtk_recent_info_get_modified ((GtkRecentInfo *) b);

  return g_date_time_compare (mb, ma);
}

static char *
escape_mnemonic (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "_", -1);

  return g_strjoinv ("__", parts);
}

static void
rebuild_recent_menu (PwWindow *self)
{
  GList *items = gtk_recent_manager_get_items (self->recent_manager);
  GList *plans = NULL;
  guint n = 0;

  for (GList *l = items; l != NULL; l = l->next)
    if (is_plan_info (l->data))
      plans = g_list_prepend (plans, l->data);
  plans = g_list_sort (plans, compare_recent);

  g_menu_remove_all (self->recent_menu);
  for (GList *l = plans; l != NULL && n < MAX_RECENT; l = l->next, n++)
    {
      g_autofree char *label = escape_mnemonic (gtk_recent_info_get_display_name (l->data));
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s", gtk_recent_info_get_uri (l->data));
      g_menu_append_item (self->recent_menu, item);
    }
  if (n == 0)
    /* No such action: the item shows greyed out. */
    g_menu_append (self->recent_menu, _("No Recent Plans"), "win.no-recent-plans");

  g_list_free (plans);
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

static void
recent_changed (GtkRecentManager *manager,
                PwWindow         *self)
{
  rebuild_recent_menu (self);
}

/* Loading */

static PwPlan *
load_plan (PwWindow        *self,
           GFile           *file,
           PwLoadWarnings **warnings,
           GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  PwPlan *plan = pw_plan_load (file, self->framework, warnings, &local_error);

  if (plan == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *title = g_strdup_printf (_("Could not open “%s”"), name);

      pw_window_show_banner (self, PW_BANNER_ERROR, title, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
    }
  return plan;
}

static void
install_plan (PwWindow       *self,
              PwPlan         *plan,
              GFile          *file,
              PwLoadWarnings *warnings)
{
  pw_window_set_plan (self, plan, file);
  add_to_recent (self, file);
  if (warnings != NULL && pw_load_warnings_get_n (warnings) > 0)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *title = g_strdup_printf (_("“%s” opened with warnings"), name);
      g_autofree char *text = pw_load_warnings_join (warnings);

      pw_window_show_banner (self, PW_BANNER_WARNING, title, text);
    }
  else
    {
      pw_window_hide_banner (self);
    }
}

gboolean
pw_window_load_file (PwWindow  *self,
                     GFile     *file,
                     GError   **error)
{
  g_autoptr(PwLoadWarnings) warnings = NULL;
  g_autoptr(PwPlan) plan = NULL;

  g_return_val_if_fail (PW_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  plan = load_plan (self, file, &warnings, error);
  if (plan == NULL)
    return FALSE;
  install_plan (self, plan, file, warnings);
  return TRUE;
}

PwWindow *
pw_window_open_in_best_window (PwWindow *self,
                               GFile    *file)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(PwLoadWarnings) warnings = NULL;
  g_autoptr(PwPlan) plan = NULL;
  PwWindow *target;

  g_return_val_if_fail (PW_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  target = app != NULL ? pw_window_find_for_file (PW_APPLICATION (app), file) : NULL;
  if (target != NULL)
    {
      gtk_window_present (GTK_WINDOW (target));
      return target;
    }
  /* Load first: a broken file must not leave an empty window behind. */
  plan = load_plan (self, file, &warnings, NULL);
  if (plan == NULL)
    return NULL;
  target = pw_window_is_pristine (self) || app == NULL ? self : pw_window_new (PW_APPLICATION (app));
  install_plan (target, plan, file, warnings);
  gtk_window_present (GTK_WINDOW (target));
  return target;
}

/* Saving */

gboolean
pw_window_save_to_file (PwWindow  *self,
                        GFile     *file,
                        GError   **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (PW_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (file != NULL || self->file != NULL, FALSE);

  if (file == NULL)
    file = self->file;
  name = g_file_get_basename (file);
  if (!pw_plan_save (self->plan, file, NULL, &local_error))
    {
      g_autofree char *title = g_strdup_printf (_("Could not save “%s”"), name);

      pw_window_show_banner (self, PW_BANNER_ERROR, title, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  g_set_object (&self->file, file);
  pw_recovery_file_saved (self->recovery);
  add_to_recent (self, file);
  pw_window_hide_banner (self);
  pw_window_update_title (self);
  return TRUE;
}

static void
save_as_chosen (GFile    *file,
                gpointer  data)
{
  g_autoptr(PwWindow) self = data;
  gboolean close_after = self->closing;

  self->closing = FALSE;
  if (file == NULL || !pw_window_save_to_file (self, file, NULL))
    return;
  if (close_after)
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

static void
start_save_as (PwWindow *self)
{
  pw_dialogs_save_plan (GTK_WINDOW (self), self->file, pw_plan_get_title (self->plan),
                        save_as_chosen, g_object_ref (self));
}

/* Saving over a file that someone else changed since we loaded or saved it */

static void
overwrite_answered (PwOverwriteResponse response,
                    gpointer            data)
{
  g_autoptr(PwWindow) self = data;
  gboolean close_after = self->closing;

  self->closing = FALSE;
  if (response == PW_OVERWRITE_SAVE_AS)
    {
      self->closing = close_after;
      start_save_as (self);
      return;
    }
  if (response != PW_OVERWRITE_REPLACE || !pw_window_save_to_file (self, NULL, NULL))
    return;
  if (close_after)
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

/* Saves to the window's own file, unless someone else changed it on disk
 * since: then asks (Save As, Overwrite, Cancel) and returns FALSE, and the
 * answer finishes the save (and the close, when @closing). Returns TRUE when
 * saved now. Never silently overwrites another person's changes. */
static gboolean
save_in_place (PwWindow *self,
               gboolean  closing)
{
  g_autofree char *name = NULL;

  if (!pw_recovery_changed_on_disk (self->recovery))
    return pw_window_save_to_file (self, NULL, NULL);
  self->closing = closing;
  name = g_file_get_basename (self->file);
  pw_dialogs_ask_overwrite (GTK_WINDOW (self), name, overwrite_answered, g_object_ref (self));
  return FALSE;
}

/* Closing with unsaved changes */

static void
unsaved_answered (PwUnsavedResponse response,
                  gpointer          data)
{
  g_autoptr(PwWindow) self = data;

  self->closing = FALSE;
  if (response == PW_UNSAVED_CANCEL)
    return;
  if (response == PW_UNSAVED_SAVE && self->file == NULL)
    {
      self->closing = TRUE;
      start_save_as (self);
      return;
    }
  if (response == PW_UNSAVED_SAVE && !save_in_place (self, TRUE))
    return;
  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

gboolean
pw_window_confirm_close (PwWindow *self)
{
  const char *title;

  g_return_val_if_fail (PW_IS_WINDOW (self), TRUE);

  if (self->close_confirmed || !pw_plan_get_unsaved (self->plan))
    return TRUE;
  if (self->closing)
    return FALSE;
  self->closing = TRUE;
  title = pw_plan_get_title (self->plan);
  pw_dialogs_ask_unsaved (GTK_WINDOW (self), *title != '\0' ? title : _("Untitled plan"),
                          unsaved_answered, g_object_ref (self));
  return FALSE;
}

/* Actions */

static void
open_chosen (GFile    *file,
             gpointer  data)
{
  g_autoptr(PwWindow) self = data;

  if (file != NULL)
    pw_window_open_in_best_window (self, file);
}

static void
open_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  pw_dialogs_open_plan (GTK_WINDOW (widget), open_chosen, g_object_ref (widget));
}

static void
open_recent_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  pw_window_open_in_best_window (PW_WINDOW (widget), file);
}

static void
save_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  PwWindow *self = PW_WINDOW (widget);

  if (self->file != NULL)
    save_in_place (self, FALSE);
  else
    start_save_as (self);
}

static void
save_as_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  start_save_as (PW_WINDOW (widget));
}

/* Dropping files on the window */

static gboolean
files_dropped (GtkDropTarget *target,
               const GValue  *value,
               double         x,
               double         y,
               PwWindow      *self)
{
  g_autoptr(GSList) files = NULL;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    pw_window_open_in_best_window (self, l->data);
  return files != NULL;
}

void
pw_window_actions_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, PwWindow, recent_menu);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_activated);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_activated);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_activated);
}

void
pw_window_actions_init (PwWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (drop, "drop", G_CALLBACK (files_dropped), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  self->recent_manager = g_object_ref (gtk_recent_manager_get_default ());
  self->recent_changed_id = g_signal_connect (self->recent_manager, "changed",
                                              G_CALLBACK (recent_changed), self);
  rebuild_recent_menu (self);
}

void
pw_window_actions_dispose (PwWindow *self)
{
  if (self->recent_manager != NULL)
    g_clear_signal_handler (&self->recent_changed_id, self->recent_manager);
  g_clear_object (&self->recent_manager);
}
