/* pw-recovery.c — never lose work: a window's autosave, the offer to restore after a crash, changes on disk
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-recovery.h"
#include "pw-window-private.h"

struct _PwRecovery
{
  GObject          parent_instance;

  PwWindow        *window;        /* weak: the window owns us */
  PwAutosave      *autosave;
  PwPlan          *plan;
  gulong           changed_id;
  gulong           unsaved_id;
  gboolean         dirty;         /* changed since the last copy */
  gboolean         failed;        /* the last copy failed (told once) */
  guint            timer_id;
  gulong           active_id;

  PwFileStamp     *stamp;         /* the window's file as loaded or last saved */
  GFileMonitor    *monitor;
  gboolean         warned;        /* the changed-on-disk banner was shown */

  /* The offer after a crash */
  GPtrArray       *offers;        /* PwRecoveryEntry, newest first */
  guint            offer_index;
  GtkWidget       *offer;
  GtkLabel        *question_label;
  GtkLabel        *detail_label;
};

G_DEFINE_FINAL_TYPE (PwRecovery, pw_recovery, G_TYPE_OBJECT)

guint
pw_recovery_get_interval (void)
{
  const char *env = g_getenv ("PATHWAYS_AUTOSAVE_SECONDS");
  guint64 seconds;

  if (env != NULL && g_ascii_string_to_unsigned (env, 10, 1, 3600, &seconds, NULL))
    return (guint) seconds;
  return PW_AUTOSAVE_DEFAULT_SECONDS;
}

static const char *
display_title (const char *title)
{
  return title != NULL && *title != '\0' ? title : _("Untitled plan");
}

/* ---- Changes on disk ----------------------------------------------------- */

static void
file_monitor_changed (GFileMonitor      *monitor,
                      GFile             *file,
                      GFile             *other,
                      GFileMonitorEvent  event,
                      PwRecovery        *self)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (self->window == NULL || self->warned || self->window->file == NULL ||
      event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED || event == G_FILE_MONITOR_EVENT_PRE_UNMOUNT)
    return;
  /* Our own saves update the stamp before their events arrive. */
  if (!pw_recovery_changed_on_disk (self))
    return;
  self->warned = TRUE;
  name = g_file_get_basename (self->window->file);
  title = g_strdup_printf (_("“%s” was changed on disk by someone else"), name);
  pw_window_show_banner (self->window, PW_BANNER_WARNING, title,
                         _("Another person or program saved this plan’s file after you opened it. "
                           "If you save, Pathways will ask before replacing their version."));
}

/* Watches the window's file from now on, knowing it as @stamp. */
static void
watch_file (PwRecovery  *self,
            PwFileStamp *stamp)
{
  g_clear_pointer (&self->stamp, pw_file_stamp_free);
  self->stamp = stamp;
  self->warned = FALSE;
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->monitor, file_monitor_changed, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  if (self->window == NULL || self->window->file == NULL)
    return;
  self->monitor = g_file_monitor_file (self->window->file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (file_monitor_changed), self);
}

static PwFileStamp *
query_stamp (PwRecovery *self)
{
  if (self->window == NULL || self->window->file == NULL)
    return NULL;
  return pw_file_stamp_query (self->window->file, NULL, NULL);
}

void
pw_recovery_file_saved (PwRecovery *self)
{
  g_return_if_fail (PW_IS_RECOVERY (self));
  watch_file (self, query_stamp (self));
}

gboolean
pw_recovery_changed_on_disk (PwRecovery *self)
{
  g_return_val_if_fail (PW_IS_RECOVERY (self), FALSE);

  if (self->window == NULL || self->window->file == NULL)
    return FALSE;
  return pw_file_stamp_changed (self->stamp, self->window->file);
}

const PwFileStamp *
pw_recovery_get_file_stamp (PwRecovery *self)
{
  g_return_val_if_fail (PW_IS_RECOVERY (self), NULL);
  return self->stamp;
}

/* ---- Autosave ----------------------------------------------------------- */

static gboolean
needs_copy (PwRecovery *self)
{
  return self->window != NULL && self->plan != NULL && self->dirty && pw_plan_get_unsaved (self->plan) &&
         !pw_autosave_is_writing (self->autosave);
}

static void
report_failure (PwRecovery   *self,
                const GError *error)
{
  g_warning ("%s", error->message);
  self->dirty = TRUE;
  if (!self->failed && self->window != NULL)
    pw_window_show_banner (self->window, PW_BANNER_WARNING,
                           _("Unsaved changes are not being backed up"), error->message);
  self->failed = TRUE;
}

gboolean
pw_recovery_autosave (PwRecovery *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PW_IS_RECOVERY (self), FALSE);

  if (!needs_copy (self))
    return FALSE;
  pw_autosave_set_file (self->autosave, self->window->file, self->stamp);
  if (!pw_autosave_write (self->autosave, self->plan, &error))
    {
      report_failure (self, error);
      return FALSE;
    }
  self->dirty = FALSE;
  self->failed = FALSE;
  return TRUE;
}

static void
write_done (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  g_autoptr(PwRecovery) self = data;
  g_autoptr(GError) error = NULL;

  if (!pw_autosave_write_finish (PW_AUTOSAVE (source), result, &error))
    report_failure (self, error);
  else
    self->failed = FALSE;
}

/* The timer's and focus loss's way: the plan is serialised here, the file
 * written (and synced) in a worker thread, so a drag never stalls on a slow
 * disk. Edits made meanwhile mark the plan dirty again. */
static void
autosave_in_background (PwRecovery *self)
{
  if (!needs_copy (self))
    return;
  pw_autosave_set_file (self->autosave, self->window->file, self->stamp);
  self->dirty = FALSE;
  pw_autosave_write_async (self->autosave, self->plan, write_done, g_object_ref (self));
}

static gboolean
timer_tick (gpointer data)
{
  autosave_in_background (PW_RECOVERY (data));
  return G_SOURCE_CONTINUE;
}

/* Focus goes elsewhere: the officer may be about to do something risky. */
static void
window_active_changed (GtkWindow  *window,
                       GParamSpec *pspec,
                       PwRecovery *self)
{
  if (!gtk_window_is_active (window))
    autosave_in_background (self);
}

static void
plan_changed (PwPlan     *plan,
              PwRecovery *self)
{
  self->dirty = TRUE;
}

static void
plan_unsaved_changed (PwPlan     *plan,
                      GParamSpec *pspec,
                      PwRecovery *self)
{
  /* Saved, or undone back to the saved state: nothing to recover. */
  if (!pw_plan_get_unsaved (plan))
    pw_recovery_discard (self);
}

static void
disconnect_plan (PwRecovery *self)
{
  if (self->plan == NULL)
    return;
  g_clear_signal_handler (&self->changed_id, self->plan);
  g_clear_signal_handler (&self->unsaved_id, self->plan);
  g_clear_object (&self->plan);
}

void
pw_recovery_set_plan (PwRecovery *self,
                      PwPlan     *plan)
{
  g_return_if_fail (PW_IS_RECOVERY (self));
  g_return_if_fail (plan == NULL || PW_IS_PLAN (plan));

  watch_file (self, query_stamp (self));
  if (plan == self->plan)
    return;
  pw_recovery_discard (self);
  disconnect_plan (self);
  if (plan == NULL)
    return;
  self->plan = g_object_ref (plan);
  self->dirty = pw_plan_get_unsaved (plan);
  self->changed_id = g_signal_connect (plan, "changed", G_CALLBACK (plan_changed), self);
  self->unsaved_id = g_signal_connect (plan, "notify::unsaved", G_CALLBACK (plan_unsaved_changed), self);
}

void
pw_recovery_close (PwRecovery *self,
                   gboolean    clean)
{
  g_return_if_fail (PW_IS_RECOVERY (self));

  if (clean)
    {
      pw_recovery_discard (self);
      return;
    }
  /* Closed without the question (the session ending, the app told to quit
   * from outside): keep the latest state for the next start to offer. */
  if (!pw_autosave_is_writing (self->autosave))
    pw_recovery_autosave (self);
}

void
pw_recovery_discard (PwRecovery *self)
{
  g_return_if_fail (PW_IS_RECOVERY (self));

  pw_autosave_discard (self->autosave);
  self->dirty = self->plan != NULL && pw_plan_get_unsaved (self->plan);
}

PwAutosave *
pw_recovery_get_autosave (PwRecovery *self)
{
  g_return_val_if_fail (PW_IS_RECOVERY (self), NULL);
  return self->autosave;
}

/* ---- The offer after a crash ----------------------------------------------- */

static char *
describe_entry (PwRecoveryEntry *entry)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (pw_recovery_entry_get_saved (entry));
  /* Translators: when a recovery copy was written, for g_date_time_format(), e.g. "14:32 on 22 November" */
  g_autofree char *when = g_date_time_format (local, _("%H:%M on %-d %B"));
  GFile *file = pw_recovery_entry_get_file (entry);
  g_autofree char *name = file != NULL ? g_file_get_basename (file) : NULL;

  if (name != NULL)
    /* Translators: %s are a time ("14:32 on 22 November") and a file name */
    return g_strdup_printf (_("Backed up automatically at %s, from “%s”."), when, name);
  /* Translators: %s is a time ("14:32 on 22 November") */
  return g_strdup_printf (_("Backed up automatically at %s. The plan had not been saved to a file yet."), when);
}

static void
show_offer (PwRecovery *self)
{
  PwRecoveryEntry *entry;
  g_autofree char *question = NULL;
  g_autofree char *detail = NULL;

  if (self->offers == NULL || self->offer_index >= self->offers->len)
    {
      gtk_revealer_set_reveal_child (GTK_REVEALER (self->offer), FALSE);
      gtk_widget_set_visible (self->offer, FALSE);
      g_clear_pointer (&self->offers, g_ptr_array_unref);
      return;
    }
  entry = g_ptr_array_index (self->offers, self->offer_index);
  question = g_strdup_printf (_("Pathways closed unexpectedly. Restore the unsaved changes to “%s”?"),
                              display_title (pw_recovery_entry_get_title (entry)));
  detail = describe_entry (entry);
  gtk_label_set_text (self->question_label, question);
  gtk_label_set_text (self->detail_label, detail);
  gtk_widget_set_visible (self->offer, TRUE);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->offer), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_revealer_get_child (GTK_REVEALER (self->offer))),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, question,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, detail, -1);
}

/* A pristine window takes the plan itself; otherwise a new window opens. */
static PwWindow *
restore_target (PwRecovery *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self->window));

  if (pw_window_is_pristine (self->window) || app == NULL)
    return self->window;
  return pw_window_new (PW_APPLICATION (app));
}

static void
install_restored (PwWindow        *target,
                  PwRecoveryEntry *entry,
                  PwPlan          *plan)
{
  const PwFileStamp *stamp = pw_recovery_entry_get_file_stamp (entry);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  pw_window_set_plan (target, plan, pw_recovery_entry_get_file (entry));
  /* What the file was when the lost session had it: if someone saved over
   * it since, Save still asks before replacing their version. */
  watch_file (target->recovery, stamp != NULL ? pw_file_stamp_copy (stamp) : NULL);
  title = g_strdup_printf (_("Restored “%s”"), display_title (pw_plan_get_title (plan)));
  if (pw_autosave_adopt (target->recovery->autosave, entry, plan, &error))
    {
      target->recovery->dirty = FALSE;
      pw_window_show_banner (target, PW_BANNER_INFO, title,
                             _("These are the changes backed up before Pathways closed. Save the plan to keep them."));
    }
  else
    {
      pw_window_show_banner (target, PW_BANNER_WARNING, title, error->message);
    }
  gtk_window_present (GTK_WINDOW (target));
}

static void
restore_current (PwRecovery      *self,
                 PwRecoveryEntry *entry)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) plan = pw_autosave_restore (entry, &error);

  if (plan == NULL)
    {
      g_autofree char *title = g_strdup_printf (_("Could not restore “%s”"),
                                                display_title (pw_recovery_entry_get_title (entry)));
      pw_window_show_banner (self->window, PW_BANNER_ERROR, title, error->message);
      return;
    }
  install_restored (restore_target (self), entry, plan);
}

static void
discard_current (PwRecovery      *self,
                 PwRecoveryEntry *entry)
{
  g_autoptr(GError) error = NULL;

  if (!pw_recovery_entry_discard (entry, &error))
    pw_window_show_banner (self->window, PW_BANNER_WARNING, _("The recovered changes were kept"), error->message);
}

void
pw_recovery_respond (PwRecovery *self,
                     gboolean    restore)
{
  g_autoptr(PwRecoveryEntry) entry = NULL;

  g_return_if_fail (PW_IS_RECOVERY (self));

  if (self->window == NULL || self->offers == NULL || self->offer_index >= self->offers->len)
    return;
  entry = g_object_ref (g_ptr_array_index (self->offers, self->offer_index));
  self->offer_index++;
  if (restore)
    restore_current (self, entry);
  else
    discard_current (self, entry);
  show_offer (self);
}

static void
restore_clicked (GtkButton  *button,
                 PwRecovery *self)
{
  pw_recovery_respond (self, TRUE);
}

static void
discard_clicked (GtkButton  *button,
                 PwRecovery *self)
{
  pw_recovery_respond (self, FALSE);
}

guint
pw_recovery_offer (PwWindow *window)
{
  PwRecovery *self;

  g_return_val_if_fail (PW_IS_WINDOW (window), 0);

  self = window->recovery;
  g_clear_pointer (&self->offers, g_ptr_array_unref);
  self->offers = pw_autosave_list_recoverable ();
  self->offer_index = 0;
  show_offer (self);
  return self->offers != NULL ? self->offers->len : 0;
}

GtkWidget *
pw_recovery_get_offer (PwRecovery *self)
{
  g_return_val_if_fail (PW_IS_RECOVERY (self), NULL);
  return self->offer;
}

static void
build_offer (PwRecovery *self)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/pw-recovery.ui");
  GtkWidget *banner = GTK_WIDGET (self->window->banner_revealer);

  self->offer = GTK_WIDGET (gtk_builder_get_object (builder, "offer"));
  self->question_label = GTK_LABEL (gtk_builder_get_object (builder, "question_label"));
  self->detail_label = GTK_LABEL (gtk_builder_get_object (builder, "detail_label"));
  g_signal_connect (gtk_builder_get_object (builder, "restore_button"), "clicked",
                    G_CALLBACK (restore_clicked), self);
  g_signal_connect (gtk_builder_get_object (builder, "discard_button"), "clicked",
                    G_CALLBACK (discard_clicked), self);
  gtk_widget_set_visible (self->offer, FALSE);
  /* Under the window's banner; the window's content box keeps it. */
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (banner)), self->offer, banner);
}

/* ---- Object ---------------------------------------------------------------- */

PwRecovery *
pw_recovery_new (PwWindow *window)
{
  PwRecovery *self;

  g_return_val_if_fail (PW_IS_WINDOW (window), NULL);

  self = g_object_new (PW_TYPE_RECOVERY, NULL);
  self->window = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->window);
  self->autosave = pw_autosave_new ();
  build_offer (self);
  self->timer_id = g_timeout_add_seconds (pw_recovery_get_interval (), timer_tick, self);
  self->active_id = g_signal_connect (window, "notify::is-active", G_CALLBACK (window_active_changed), self);
  return self;
}

static void
pw_recovery_dispose (GObject *object)
{
  PwRecovery *self = PW_RECOVERY (object);

  g_clear_handle_id (&self->timer_id, g_source_remove);
  if (self->window != NULL)
    {
      g_clear_signal_handler (&self->active_id, self->window);
      g_object_remove_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
      self->window = NULL;
    }
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->monitor, file_monitor_changed, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  disconnect_plan (self);
  g_clear_pointer (&self->offers, g_ptr_array_unref);
  G_OBJECT_CLASS (pw_recovery_parent_class)->dispose (object);
}

static void
pw_recovery_finalize (GObject *object)
{
  PwRecovery *self = PW_RECOVERY (object);

  g_clear_object (&self->autosave);
  g_clear_pointer (&self->stamp, pw_file_stamp_free);
  G_OBJECT_CLASS (pw_recovery_parent_class)->finalize (object);
}

static void
pw_recovery_class_init (PwRecoveryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pw_recovery_dispose;
  object_class->finalize = pw_recovery_finalize;
}

static void
pw_recovery_init (PwRecovery *self)
{
}
