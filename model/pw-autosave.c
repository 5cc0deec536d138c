/* pw-autosave.c — recovery copies of unsaved plans, and finding them after a crash
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whether the process that wrote a copy still runs is read from its key
 * file: the PID alone is not enough, as PIDs are reused (and restart after a
 * reboot), so the process start time and the boot id are compared too.
 */
#define G_LOG_DOMAIN "pathways-autosave"

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <sys/types.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pw-autosave.h"
#include "pw-file-util.h"
#include "pw-framework.h"
#include "pw-plan-xml.h"

#define GROUP          "Recovery"
#define PLAN_SUFFIX    ".pathways"
#define INFO_SUFFIX    ".ini"
#define DAMAGED_SUFFIX ".damaged"

G_DEFINE_QUARK (pw-autosave-error-quark, pw_autosave_error)

/* ---- Processes ---------------------------------------------------------- */

/* Field 22 of /proc/<pid>/stat: start time in clock ticks after boot; 0 when
 * unknown. The command name (field 2) may hold spaces and parentheses, so
 * count from the last ')'. */
static guint64
process_start_time (pid_t pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/stat", (int) pid);
  g_autofree char *contents = NULL;
  g_auto(GStrv) fields = NULL;
  const char *rest;
  guint64 start = 0;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return 0;
  rest = strrchr (contents, ')');
  if (rest == NULL)
    return 0;
  fields = g_strsplit (rest + 1, " ", 0);
  /* fields[0] is "" (the space after ')'); fields[1] is field 3 (state). */
  if (g_strv_length (fields) > 20)
    g_ascii_string_to_unsigned (fields[20], 10, 0, G_MAXUINT64, &start, NULL);
  return start;
}

static char *
boot_id (void)
{
  char *contents = NULL;

  if (!g_file_get_contents ("/proc/sys/kernel/random/boot_id", &contents, NULL, NULL))
    return NULL;
  return g_strstrip (contents);
}

/* Whether the process that wrote @info still runs. */
static gboolean
writer_alive (GKeyFile *info)
{
  gint64 pid = g_key_file_get_int64 (info, GROUP, "Pid", NULL);
  guint64 start = g_key_file_get_uint64 (info, GROUP, "ProcessStart", NULL);
  g_autofree char *boot = g_key_file_get_string (info, GROUP, "BootId", NULL);
  g_autofree char *current_boot = boot_id ();
  guint64 start_now;

  if (pid <= 0 || pid > G_MAXINT)
    return FALSE;
  if (boot != NULL && current_boot != NULL && !g_str_equal (boot, current_boot))
    return FALSE;
  start_now = process_start_time ((pid_t) pid);
  if (start_now != 0)
    return start == 0 || start == start_now;
  if (g_file_test ("/proc/self/stat", G_FILE_TEST_EXISTS))
    return FALSE;  /* /proc works, and has no such process */
  /* No /proc: ask the kernel (EPERM means it exists, owned by someone else). */
  return kill ((pid_t) pid, 0) == 0 || errno == EPERM;
}

/* ---- Paths -------------------------------------------------------------- */

char *
pw_autosave_dup_directory (void)
{
  return g_build_filename (g_get_user_state_dir (), "pathways", "recovery", NULL);
}

static char *
entry_path (const char *id,
            const char *suffix)
{
  g_autofree char *dir = pw_autosave_dup_directory ();
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_build_filename (dir, name, NULL);
}

static gboolean
ensure_directory (const char  *dir,
                  GError     **error)
{
  if (g_mkdir_with_parents (dir, 0700) != 0 || g_chmod (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, PW_AUTOSAVE_ERROR, PW_AUTOSAVE_ERROR_FAILED,
                   _("Could not create the folder for recovery copies “%s”: %s"),
                   dir, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

/* An id names files, so only what pw_autosave_new() makes is accepted. */
static gboolean
valid_id (const char *id)
{
  if (id == NULL || *id == '\0' || strlen (id) > 64)
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isxdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

static void
remove_quietly (const char *path)
{
  if (g_remove (path) != 0 && errno != ENOENT)
    g_warning ("Could not remove the recovery file %s: %s", path, g_strerror (errno));
}

static void
remove_copy (const char *id)
{
  g_autofree char *info = entry_path (id, INFO_SUFFIX);
  g_autofree char *plan = entry_path (id, PLAN_SUFFIX);

  /* The key file first: without it the copy is no longer offered. */
  remove_quietly (info);
  remove_quietly (plan);
}

/* Renames both files to *.damaged; returns the plan file's new path. */
static char *
set_aside (const char *id)
{
  const char *suffixes[] = { PLAN_SUFFIX, INFO_SUFFIX };
  char *kept = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = entry_path (id, suffixes[i]);
      g_autofree char *damaged = g_strconcat (path, DAMAGED_SUFFIX, NULL);

      if (g_rename (path, damaged) != 0 && errno != ENOENT)
        g_warning ("Could not set aside the recovery file %s: %s", path, g_strerror (errno));
      if (i == 0)
        kept = g_steal_pointer (&damaged);
    }
  return kept;
}

/* ---- PwRecoveryEntry ---------------------------------------------------- */

struct _PwRecoveryEntry
{
  GObject      parent_instance;

  char        *id;
  char        *title;
  GFile       *file;
  PwFileStamp *stamp;
  GDateTime   *saved;
};

G_DEFINE_FINAL_TYPE (PwRecoveryEntry, pw_recovery_entry, G_TYPE_OBJECT)

static void
pw_recovery_entry_finalize (GObject *object)
{
  PwRecoveryEntry *self = PW_RECOVERY_ENTRY (object);

  g_free (self->id);
  g_free (self->title);
  g_clear_object (&self->file);
  g_clear_pointer (&self->stamp, pw_file_stamp_free);
  g_clear_pointer (&self->saved, g_date_time_unref);
  G_OBJECT_CLASS (pw_recovery_entry_parent_class)->finalize (object);
}

static void
pw_recovery_entry_class_init (PwRecoveryEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pw_recovery_entry_finalize;
}

static void
pw_recovery_entry_init (PwRecoveryEntry *self)
{
}

static PwRecoveryEntry *
entry_new_from_info (const char *id,
                     GKeyFile   *info)
{
  PwRecoveryEntry *self = g_object_new (PW_TYPE_RECOVERY_ENTRY, NULL);
  g_autofree char *uri = g_key_file_get_string (info, GROUP, "File", NULL);
  g_autofree char *stamp = g_key_file_get_string (info, GROUP, "FileStamp", NULL);
  g_autofree char *saved = g_key_file_get_string (info, GROUP, "Saved", NULL);

  self->id = g_strdup (id);
  self->title = g_key_file_get_string (info, GROUP, "Title", NULL);
  if (self->title == NULL || !g_utf8_validate (self->title, -1, NULL))
    {
      g_free (self->title);
      self->title = g_strdup ("");
    }
  self->file = uri != NULL && *uri != '\0' ? g_file_new_for_uri (uri) : NULL;
  self->stamp = pw_file_stamp_from_string (stamp);
  self->saved = saved != NULL ? g_date_time_new_from_iso8601 (saved, NULL) : NULL;
  if (self->saved == NULL)
    self->saved = g_date_time_new_from_unix_utc (0);
  return self;
}

const char *
pw_recovery_entry_get_id (PwRecoveryEntry *self)
{
  g_return_val_if_fail (PW_IS_RECOVERY_ENTRY (self), NULL);
  return self->id;
}

const char *
pw_recovery_entry_get_title (PwRecoveryEntry *self)
{
  g_return_val_if_fail (PW_IS_RECOVERY_ENTRY (self), NULL);
  return self->title;
}

GFile *
pw_recovery_entry_get_file (PwRecoveryEntry *self)
{
  g_return_val_if_fail (PW_IS_RECOVERY_ENTRY (self), NULL);
  return self->file;
}

const PwFileStamp *
pw_recovery_entry_get_file_stamp (PwRecoveryEntry *self)
{
  g_return_val_if_fail (PW_IS_RECOVERY_ENTRY (self), NULL);
  return self->stamp;
}

GDateTime *
pw_recovery_entry_get_saved (PwRecoveryEntry *self)
{
  g_return_val_if_fail (PW_IS_RECOVERY_ENTRY (self), NULL);
  return self->saved;
}

/* Reads the entry's key file again: NULL when it is gone or unreadable. */
static GKeyFile *
load_info (const char *id)
{
  g_autofree char *path = entry_path (id, INFO_SUFFIX);
  g_autoptr(GKeyFile) info = g_key_file_new ();

  if (!g_key_file_load_from_file (info, path, G_KEY_FILE_NONE, NULL) ||
      !g_key_file_has_group (info, GROUP))
    return NULL;
  return g_steal_pointer (&info);
}

static gboolean
check_not_held (PwRecoveryEntry  *self,
                GError          **error)
{
  g_autoptr(GKeyFile) info = load_info (self->id);

  if (info != NULL && writer_alive (info))
    {
      g_set_error (error, PW_AUTOSAVE_ERROR, PW_AUTOSAVE_ERROR_IN_USE,
                   _("The unsaved changes to “%s” are open in another Pathways window."),
                   *self->title != '\0' ? self->title : _("Untitled plan"));
      return FALSE;
    }
  return TRUE;
}

gboolean
pw_recovery_entry_discard (PwRecoveryEntry  *self,
                           GError          **error)
{
  g_return_val_if_fail (PW_IS_RECOVERY_ENTRY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_not_held (self, error))
    return FALSE;
  remove_copy (self->id);
  return TRUE;
}

/* ---- PwAutosave --------------------------------------------------------- */

struct _PwAutosave
{
  GObject      parent_instance;

  char        *id;
  GFile       *file;
  PwFileStamp *stamp;
  gboolean     has_copy;
  gboolean     writing;     /* an asynchronous write is under way */
  guint        discards;    /* bumped by each discard, to spot one during a write */
};

G_DEFINE_FINAL_TYPE (PwAutosave, pw_autosave, G_TYPE_OBJECT)

static void
pw_autosave_finalize (GObject *object)
{
  PwAutosave *self = PW_AUTOSAVE (object);

  g_free (self->id);
  g_clear_object (&self->file);
  g_clear_pointer (&self->stamp, pw_file_stamp_free);
  G_OBJECT_CLASS (pw_autosave_parent_class)->finalize (object);
}

static void
pw_autosave_class_init (PwAutosaveClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pw_autosave_finalize;
}

static void
pw_autosave_init (PwAutosave *self)
{
  self->id = g_uuid_string_random ();
}

/**
 * pw_autosave_new:
 *
 * Returns: (transfer full): an autosave with a new random id; nothing is
 *   written until pw_autosave_write()
 */
PwAutosave *
pw_autosave_new (void)
{
  return g_object_new (PW_TYPE_AUTOSAVE, NULL);
}

const char *
pw_autosave_get_id (PwAutosave *self)
{
  g_return_val_if_fail (PW_IS_AUTOSAVE (self), NULL);
  return self->id;
}

void
pw_autosave_set_file (PwAutosave        *self,
                      GFile             *file,
                      const PwFileStamp *stamp)
{
  g_return_if_fail (PW_IS_AUTOSAVE (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  g_set_object (&self->file, file);
  g_clear_pointer (&self->stamp, pw_file_stamp_free);
  if (stamp != NULL)
    self->stamp = pw_file_stamp_copy (stamp);
}

gboolean
pw_autosave_has_copy (PwAutosave *self)
{
  g_return_val_if_fail (PW_IS_AUTOSAVE (self), FALSE);
  return self->has_copy;
}

static char *
build_info (PwAutosave *self,
            PwPlan     *plan,
            gsize      *length)
{
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *saved = g_date_time_format_iso8601 (now);
  g_autofree char *boot = boot_id ();

  g_key_file_set_string (info, GROUP, "Title", pw_plan_get_title (plan));
  if (self->file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (self->file);
      g_key_file_set_string (info, GROUP, "File", uri);
    }
  if (self->stamp != NULL)
    {
      g_autofree char *stamp = pw_file_stamp_to_string (self->stamp);
      g_key_file_set_string (info, GROUP, "FileStamp", stamp);
    }
  g_key_file_set_string (info, GROUP, "Saved", saved);
  g_key_file_set_int64 (info, GROUP, "Pid", getpid ());
  g_key_file_set_uint64 (info, GROUP, "ProcessStart", process_start_time (getpid ()));
  if (boot != NULL)
    g_key_file_set_string (info, GROUP, "BootId", boot);
  return g_key_file_to_data (info, length, NULL);
}

/* What one write puts on disk: prepared in the main thread (the plan is not
 * thread-safe), written by whichever thread. */
typedef struct {
  char   *directory;
  char   *plan_path;
  char   *info_path;
  GBytes *xml;
  char   *info;
  gsize   info_length;
  guint   discards;
} WriteJob;

static void
write_job_free (WriteJob *job)
{
  g_free (job->directory);
  g_free (job->plan_path);
  g_free (job->info_path);
  g_bytes_unref (job->xml);
  g_free (job->info);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WriteJob, write_job_free)

static WriteJob *
write_job_new (PwAutosave *self,
               PwPlan     *plan)
{
  WriteJob *job = g_new0 (WriteJob, 1);

  job->directory = pw_autosave_dup_directory ();
  job->plan_path = entry_path (self->id, PLAN_SUFFIX);
  job->info_path = entry_path (self->id, INFO_SUFFIX);
  job->xml = pw_plan_to_xml (plan);
  job->info = build_info (self, plan, &job->info_length);
  job->discards = self->discards;
  return job;
}

static gboolean
write_failed (GError     **error,
              GError      *cause)
{
  g_set_error (error, PW_AUTOSAVE_ERROR, PW_AUTOSAVE_ERROR_FAILED,
               _("Could not write the recovery copy of the plan: %s"), cause->message);
  g_error_free (cause);
  return FALSE;
}

static gboolean
write_job_run (WriteJob  *job,
               GError   **error)
{
  g_autoptr(GFile) plan_file = g_file_new_for_path (job->plan_path);
  GError *local_error = NULL;

  if (!ensure_directory (job->directory, error))
    return FALSE;
  /* The plan first: a key file is only ever next to a complete copy. */
  if (!pw_file_write_atomic_full (plan_file, g_bytes_get_data (job->xml, NULL), g_bytes_get_size (job->xml),
                                  PW_FILE_WRITE_PRIVATE, NULL, &local_error))
    return write_failed (error, local_error);
  if (!g_file_set_contents_full (job->info_path, job->info, job->info_length, G_FILE_SET_CONTENTS_CONSISTENT,
                                 0600, &local_error))
    return write_failed (error, local_error);
  return TRUE;
}

gboolean
pw_autosave_write (PwAutosave  *self,
                   PwPlan      *plan,
                   GError     **error)
{
  g_autoptr(WriteJob) job = NULL;

  g_return_val_if_fail (PW_IS_AUTOSAVE (self), FALSE);
  g_return_val_if_fail (PW_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (!self->writing, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  job = write_job_new (self, plan);
  if (!write_job_run (job, error))
    return FALSE;
  self->has_copy = TRUE;
  return TRUE;
}

static void
write_thread (GTask        *task,
              gpointer      source,
              gpointer      data,
              GCancellable *cancellable)
{
  GError *error = NULL;

  if (write_job_run (data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
pw_autosave_write_async (PwAutosave          *self,
                         PwPlan              *plan,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PW_IS_AUTOSAVE (self));
  g_return_if_fail (PW_IS_PLAN (plan));
  g_return_if_fail (!self->writing);

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, pw_autosave_write_async);
  g_task_set_task_data (task, write_job_new (self, plan), (GDestroyNotify) write_job_free);
  self->writing = TRUE;
  g_task_run_in_thread (task, write_thread);
}

gboolean
pw_autosave_write_finish (PwAutosave    *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  WriteJob *job;
  gboolean ok;

  g_return_val_if_fail (PW_IS_AUTOSAVE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  job = g_task_get_task_data (G_TASK (result));
  ok = g_task_propagate_boolean (G_TASK (result), error);
  self->writing = FALSE;
  if (job->discards != self->discards)
    {
      /* Discarded while writing: the write put the files back. */
      remove_quietly (job->info_path);
      remove_quietly (job->plan_path);
      return ok;
    }
  if (ok)
    self->has_copy = TRUE;
  return ok;
}

gboolean
pw_autosave_is_writing (PwAutosave *self)
{
  g_return_val_if_fail (PW_IS_AUTOSAVE (self), FALSE);
  return self->writing;
}

void
pw_autosave_discard (PwAutosave *self)
{
  g_return_if_fail (PW_IS_AUTOSAVE (self));

  self->discards++;
  if (!self->has_copy && !self->writing)
    return;
  remove_copy (self->id);
  self->has_copy = FALSE;
}

gboolean
pw_autosave_adopt (PwAutosave       *self,
                   PwRecoveryEntry  *entry,
                   PwPlan           *plan,
                   GError          **error)
{
  g_autoptr(WriteJob) job = NULL;

  g_return_val_if_fail (PW_IS_AUTOSAVE (self), FALSE);
  g_return_val_if_fail (PW_IS_RECOVERY_ENTRY (entry), FALSE);
  g_return_val_if_fail (PW_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_str_equal (self->id, entry->id))
    {
      if (!check_not_held (entry, error))
        return FALSE;
      pw_autosave_discard (self);
      g_free (self->id);
      self->id = g_strdup (entry->id);
    }
  pw_autosave_set_file (self, entry->file, entry->stamp);
  /* Whatever happens next, the copy on disk is this process's now. A write
   * of the old id still under way cleans up after itself (the discard). */
  self->has_copy = TRUE;
  job = write_job_new (self, plan);
  return write_job_run (job, error);
}

/* ---- Listing and restoring ---------------------------------------------- */

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  PwRecoveryEntry *ea = *(PwRecoveryEntry **) a;
  PwRecoveryEntry *eb = *(PwRecoveryEntry **) b;

  return g_date_time_compare (eb->saved, ea->saved);
}

/* The entry for the key file @name, or NULL (held, gone, or set aside). */
static PwRecoveryEntry *
read_entry (const char *name)
{
  g_autofree char *id = g_strndup (name, strlen (name) - strlen (INFO_SUFFIX));
  g_autofree char *plan_path = NULL;
  g_autoptr(GKeyFile) info = NULL;

  if (!valid_id (id))
    return NULL;
  info = load_info (id);
  if (info == NULL)
    {
      g_autofree char *kept = set_aside (id);
      g_message ("Set aside a recovery copy whose key file cannot be read: %s", kept);
      return NULL;
    }
  if (writer_alive (info))
    return NULL;
  plan_path = entry_path (id, PLAN_SUFFIX);
  if (!g_file_test (plan_path, G_FILE_TEST_EXISTS))
    {
      /* Nothing to restore: the plan file was removed by hand. */
      remove_copy (id);
      return NULL;
    }
  return entry_new_from_info (id, info);
}

/**
 * pw_autosave_list_recoverable:
 *
 * Returns: (transfer full) (element-type PwRecoveryEntry): the copies no
 *   running Pathways holds, newest first; empty when there are none
 */
GPtrArray *
pw_autosave_list_recoverable (void)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *path = pw_autosave_dup_directory ();
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return entries;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      PwRecoveryEntry *entry;

      if (!g_str_has_suffix (name, INFO_SUFFIX))
        continue;
      entry = read_entry (name);
      if (entry != NULL)
        g_ptr_array_add (entries, entry);
    }
  g_ptr_array_sort (entries, compare_newest_first);
  return entries;
}

/**
 * pw_autosave_restore:
 * @entry: a copy from pw_autosave_list_recoverable()
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the recovered plan, unsaved
 */
PwPlan *
pw_autosave_restore (PwRecoveryEntry  *entry,
                     GError          **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *kept = NULL;
  PwPlan *plan;

  g_return_val_if_fail (PW_IS_RECOVERY_ENTRY (entry), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_not_held (entry, error))
    return NULL;
  path = entry_path (entry->id, PLAN_SUFFIX);
  file = g_file_new_for_path (path);
  plan = pw_plan_load (file, pw_framework_get_default (), NULL, &local_error);
  if (plan != NULL)
    {
      pw_plan_mark_unsaved (plan);
      return plan;
    }
  kept = set_aside (entry->id);
  g_set_error (error, PW_AUTOSAVE_ERROR, PW_AUTOSAVE_ERROR_DAMAGED,
               _("The recovery copy of “%s” is damaged and could not be opened (%s). It was kept as “%s”."),
               *entry->title != '\0' ? entry->title : _("Untitled plan"), local_error->message, kept);
  return NULL;
}
