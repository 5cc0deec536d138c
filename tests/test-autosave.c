/* test-autosave.c — recovery copies: write, list, restore, discard, damaged copies, locks, permissions; file stamps
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "pw-autosave.h"
#include "pw-file-stamp.h"
#include "pw-model.h"
#include "pw-plan-xml.h"

static char *state_dir;

static PwPlan *
build_plan (const char *title)
{
  PwPlan *plan = pw_plan_new ();
  PwCard *barrier = pw_plan_add_card (plan, PW_CARD_KIND_BARRIER, "Few chances to practise English", -1, 0, 0);
  PwCard *activity = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "Weekly conversation café", -1, 0, 0);

  pw_plan_link (plan, barrier, activity, NULL);
  pw_plan_set_text (plan, PW_PLAN_FIELD_TITLE, title);
  return plan;
}

static char *
copy_path (const char *id, const char *suffix)
{
  g_autofree char *dir = pw_autosave_dup_directory ();
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_build_filename (dir, name, NULL);
}

/* Rewrites one key of a copy's key file, as another process would have written it. */
static void
set_info_key (const char *id, const char *key, const char *value)
{
  g_autofree char *path = copy_path (id, ".ini");
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (g_key_file_load_from_file (info, path, G_KEY_FILE_NONE, &error));
  g_assert_no_error (error);
  if (value == NULL)
    g_key_file_remove_key (info, "Recovery", key, NULL);
  else
    g_key_file_set_string (info, "Recovery", key, value);
  g_assert_true (g_key_file_save_to_file (info, path, &error));
  g_assert_no_error (error);
}

static char *
get_info_key (const char *id, const char *key)
{
  g_autofree char *path = copy_path (id, ".ini");
  g_autoptr(GKeyFile) info = g_key_file_new ();

  if (!g_key_file_load_from_file (info, path, G_KEY_FILE_NONE, NULL))
    return NULL;
  return g_key_file_get_string (info, "Recovery", key, NULL);
}

/* A PID that was just used and is now free. */
static GPid
dead_pid (void)
{
  const char *argv[] = { "/bin/true", NULL };
  g_autoptr(GError) error = NULL;
  GPid pid = 0;
  int status;

  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error));
  g_assert_no_error (error);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  return pid;
}

/* Simulates the writer's crash: the copy now names a process that has ended. */
static void
orphan_copy (const char *id)
{
  g_autofree char *pid = g_strdup_printf ("%d", (int) dead_pid ());

  set_info_key (id, "Pid", pid);
}

static PwRecoveryEntry *
find_entry (GPtrArray *entries, const char *id)
{
  for (guint i = 0; i < entries->len; i++)
    if (g_str_equal (pw_recovery_entry_get_id (g_ptr_array_index (entries, i)), id))
      return g_ptr_array_index (entries, i);
  return NULL;
}

static void
remove_all_copies (void)
{
  g_autofree char *path = pw_autosave_dup_directory ();
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);
      g_assert_cmpint (g_remove (file), ==, 0);
    }
}

static void
test_write_list_restore_discard (void)
{
  g_autoptr(PwPlan) plan = build_plan ("ESOL conversation café");
  g_autoptr(PwAutosave) autosave = pw_autosave_new ();
  g_autoptr(GFile) original = g_file_new_for_path ("/home/officer/Plans/café.pathways");
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) restored = NULL;
  g_autoptr(GDateTime) before = g_date_time_new_now_utc ();
  g_autofree char *plan_path = NULL;
  PwRecoveryEntry *entry;

  remove_all_copies ();
  g_assert_false (pw_autosave_has_copy (autosave));
  pw_autosave_set_file (autosave, original, NULL);
  g_assert_true (pw_autosave_write (autosave, plan, &error));
  g_assert_no_error (error);
  g_assert_true (pw_autosave_has_copy (autosave));
  plan_path = copy_path (pw_autosave_get_id (autosave), ".pathways");
  g_assert_true (g_file_test (plan_path, G_FILE_TEST_IS_REGULAR));

  /* This process is alive, so its copy is not offered. */
  entries = pw_autosave_list_recoverable ();
  g_assert_cmpuint (entries->len, ==, 0);
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* After a crash it is, with what the officer needs to recognise it. */
  pw_plan_add_card (plan, PW_CARD_KIND_GOAL, "Women take part in local life", -1, 0, 0);
  g_assert_true (pw_autosave_write (autosave, plan, NULL));
  orphan_copy (pw_autosave_get_id (autosave));
  entries = pw_autosave_list_recoverable ();
  g_assert_cmpuint (entries->len, ==, 1);
  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (pw_recovery_entry_get_id (entry), ==, pw_autosave_get_id (autosave));
  g_assert_cmpstr (pw_recovery_entry_get_title (entry), ==, "ESOL conversation café");
  g_assert_nonnull (pw_recovery_entry_get_file (entry));
  g_assert_true (g_file_equal (pw_recovery_entry_get_file (entry), original));
  g_assert_null (pw_recovery_entry_get_file_stamp (entry));
  g_assert_cmpint (g_date_time_to_unix (pw_recovery_entry_get_saved (entry)), >=,
                   g_date_time_to_unix (before));

  /* The restored plan has the last autosaved edit, opens unsaved, nothing to undo. */
  restored = pw_autosave_restore (entry, &error);
  g_assert_no_error (error);
  g_assert_nonnull (restored);
  g_assert_cmpstr (pw_plan_get_title (restored), ==, "ESOL conversation café");
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_cards (restored)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_links (restored)), ==, 1);
  g_assert_true (pw_plan_get_unsaved (restored));
  g_assert_false (pw_plan_can_undo (restored));
  {
    g_autoptr(GPtrArray) goals = pw_plan_get_lane_cards (restored, PW_CARD_KIND_GOAL);
    g_assert_cmpuint (goals->len, ==, 1);
    g_assert_cmpstr (pw_card_get_title (g_ptr_array_index (goals, 0)), ==, "Women take part in local life");
  }

  /* Discard (from the offer) removes both files. */
  g_assert_true (pw_recovery_entry_discard (entry, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (plan_path, G_FILE_TEST_EXISTS));
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = pw_autosave_list_recoverable ();
  g_assert_cmpuint (entries->len, ==, 0);
}

static void
test_discard_after_save (void)
{
  g_autoptr(PwPlan) plan = build_plan ("Friendship club");
  g_autoptr(PwAutosave) autosave = pw_autosave_new ();
  g_autofree char *plan_path = copy_path (pw_autosave_get_id (autosave), ".pathways");
  g_autofree char *info_path = copy_path (pw_autosave_get_id (autosave), ".ini");

  remove_all_copies ();
  /* Nothing written: discarding is harmless. */
  pw_autosave_discard (autosave);
  g_assert_true (pw_autosave_write (autosave, plan, NULL));
  g_assert_true (g_file_test (info_path, G_FILE_TEST_EXISTS));
  pw_autosave_discard (autosave);
  g_assert_false (pw_autosave_has_copy (autosave));
  g_assert_false (g_file_test (plan_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (info_path, G_FILE_TEST_EXISTS));

  /* Two windows: two copies with their own ids. */
  {
    g_autoptr(PwAutosave) other = pw_autosave_new ();
    g_assert_cmpstr (pw_autosave_get_id (other), !=, pw_autosave_get_id (autosave));
  }
}

static void
test_damaged_copy (void)
{
  g_autoptr(PwPlan) plan = build_plan ("Anti-hate-crime campaign");
  g_autoptr(PwAutosave) autosave = pw_autosave_new ();
  const char *id = pw_autosave_get_id (autosave);
  g_autofree char *plan_path = copy_path (id, ".pathways");
  g_autofree char *damaged_path = g_strconcat (plan_path, ".damaged", NULL);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  PwPlan *restored;

  remove_all_copies ();
  g_assert_true (pw_autosave_write (autosave, plan, NULL));
  orphan_copy (id);
  /* Cut off half-way, as a full disk would leave it. */
  g_assert_true (g_file_set_contents (plan_path, "<?xml version=\"1.0\"?>\n<plan xmlns=\"urn:io.github.pathways:plan\" version=\"1\"><cards><card id=\"c1\"", -1, NULL));

  entries = pw_autosave_list_recoverable ();
  g_assert_cmpuint (entries->len, ==, 1);
  restored = pw_autosave_restore (g_ptr_array_index (entries, 0), &error);
  g_assert_null (restored);
  g_assert_error (error, PW_AUTOSAVE_ERROR, PW_AUTOSAVE_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "Anti-hate-crime campaign"));
  g_assert_nonnull (strstr (error->message, damaged_path));
  /* Set aside, kept for an expert, and never offered again. */
  g_assert_true (g_file_test (damaged_path, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (plan_path, G_FILE_TEST_EXISTS));
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = pw_autosave_list_recoverable ();
  g_assert_cmpuint (entries->len, ==, 0);
}

static void
test_damaged_key_file (void)
{
  g_autoptr(PwPlan) plan = build_plan ("Welcome hub");
  g_autoptr(PwAutosave) autosave = pw_autosave_new ();
  const char *id = pw_autosave_get_id (autosave);
  g_autofree char *info_path = copy_path (id, ".ini");
  g_autofree char *kept = g_strconcat (info_path, ".damaged", NULL);
  g_autoptr(GPtrArray) entries = NULL;

  remove_all_copies ();
  g_assert_true (pw_autosave_write (autosave, plan, NULL));
  g_assert_true (g_file_set_contents (info_path, "\x01\x02 not [a key file", -1, NULL));
  entries = pw_autosave_list_recoverable ();
  g_assert_cmpuint (entries->len, ==, 0);
  g_assert_true (g_file_test (kept, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (info_path, G_FILE_TEST_EXISTS));

  /* A key file whose plan is gone is cleaned up, not offered. */
  {
    g_autoptr(PwAutosave) other = pw_autosave_new ();
    g_autofree char *other_plan = copy_path (pw_autosave_get_id (other), ".pathways");
    g_autofree char *other_info = copy_path (pw_autosave_get_id (other), ".ini");

    g_assert_true (pw_autosave_write (other, plan, NULL));
    orphan_copy (pw_autosave_get_id (other));
    g_assert_cmpint (g_remove (other_plan), ==, 0);
    g_clear_pointer (&entries, g_ptr_array_unref);
    entries = pw_autosave_list_recoverable ();
    g_assert_cmpuint (entries->len, ==, 0);
    g_assert_false (g_file_test (other_info, G_FILE_TEST_EXISTS));
  }
}

static void
write_done (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  gboolean *done = data;
  g_autoptr(GError) error = NULL;

  g_assert_true (pw_autosave_write_finish (PW_AUTOSAVE (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
wait_for_write (gboolean *done)
{
  while (!*done)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_write_async (void)
{
  g_autoptr(PwPlan) plan = build_plan ("Written in a thread");
  g_autoptr(PwAutosave) autosave = pw_autosave_new ();
  g_autofree char *plan_path = copy_path (pw_autosave_get_id (autosave), ".pathways");
  g_autofree char *info_path = copy_path (pw_autosave_get_id (autosave), ".ini");
  gboolean done = FALSE;

  remove_all_copies ();
  pw_autosave_write_async (autosave, plan, write_done, &done);
  g_assert_true (pw_autosave_is_writing (autosave));
  /* The plan was read before the call returned: editing it now is safe. */
  pw_plan_set_text (plan, PW_PLAN_FIELD_TITLE, "Changed while writing");
  wait_for_write (&done);
  g_assert_false (pw_autosave_is_writing (autosave));
  g_assert_true (pw_autosave_has_copy (autosave));
  {
    g_autoptr(GFile) file = g_file_new_for_path (plan_path);
    g_autoptr(PwPlan) copy = pw_plan_load (file, NULL, NULL, NULL);
    g_assert_nonnull (copy);
    g_assert_cmpstr (pw_plan_get_title (copy), ==, "Written in a thread");
  }

  /* Saved (discarded) while a write is under way: no copy is left behind. */
  done = FALSE;
  pw_autosave_write_async (autosave, plan, write_done, &done);
  pw_autosave_discard (autosave);
  wait_for_write (&done);
  g_assert_false (pw_autosave_has_copy (autosave));
  g_assert_false (g_file_test (plan_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (info_path, G_FILE_TEST_EXISTS));

  /* The first write of all, discarded at once: the same. */
  {
    g_autoptr(PwAutosave) fresh = pw_autosave_new ();
    g_autofree char *fresh_path = copy_path (pw_autosave_get_id (fresh), ".pathways");

    done = FALSE;
    pw_autosave_write_async (fresh, plan, write_done, &done);
    pw_autosave_discard (fresh);
    wait_for_write (&done);
    g_assert_false (g_file_test (fresh_path, G_FILE_TEST_EXISTS));
  }
}

static gboolean
is_listed (const char *id)
{
  g_autoptr(GPtrArray) entries = pw_autosave_list_recoverable ();

  return find_entry (entries, id) != NULL;
}

static void
test_lock_by_pid (void)
{
  g_autoptr(PwPlan) plan = build_plan ("Lock test");
  g_autoptr(PwAutosave) autosave = pw_autosave_new ();
  const char *id = pw_autosave_get_id (autosave);
  const char *argv[] = { "/bin/sleep", "60", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *live = NULL;
  g_autofree char *own = g_strdup_printf ("%d", (int) getpid ());
  g_autofree char *own_start = NULL;
  GPid child = 0;
  int status;

  remove_all_copies ();
  g_assert_true (pw_autosave_write (autosave, plan, NULL));
  own_start = get_info_key (id, "ProcessStart");
  g_assert_nonnull (own_start);
  g_assert_cmpstr (own_start, !=, "0");
  {
    g_autofree char *pid = get_info_key (id, "Pid");
    g_assert_cmpstr (pid, ==, own);
  }

  /* Held by this (live) process. */
  g_assert_false (is_listed (id));

  /* Held by another live process... */
  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &child, &error));
  g_assert_no_error (error);
  live = g_strdup_printf ("%d", (int) child);
  set_info_key (id, "Pid", live);
  set_info_key (id, "ProcessStart", "0");  /* start time unknown: trust the PID */
  g_assert_false (is_listed (id));
  /* ... unless that PID now belongs to a process started later (PID reuse). */
  set_info_key (id, "ProcessStart", "1");
  g_assert_true (is_listed (id));
  /* ... or the copy was written before a reboot. */
  set_info_key (id, "Pid", own);
  set_info_key (id, "ProcessStart", own_start);
  g_assert_false (is_listed (id));
  set_info_key (id, "BootId", "00000000-0000-0000-0000-000000000000");
  g_assert_true (is_listed (id));
  set_info_key (id, "BootId", NULL);
  g_assert_false (is_listed (id));

  /* A dead PID: recoverable. */
  kill (child, SIGKILL);
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  set_info_key (id, "Pid", live);
  g_assert_true (is_listed (id));
  set_info_key (id, "Pid", "not a number");
  g_assert_true (is_listed (id));
  pw_autosave_discard (autosave);
}

static void
test_in_use_and_adopt (void)
{
  g_autoptr(PwPlan) plan = build_plan ("Adopted plan");
  g_autoptr(PwAutosave) crashed = pw_autosave_new ();
  g_autoptr(PwAutosave) window = pw_autosave_new ();
  g_autoptr(GFile) original = g_file_new_for_path ("/tmp/adopted.pathways");
  g_autoptr(PwFileStamp) stamp = pw_file_stamp_from_string ("1:120:42:1700000000000000:1700000000:0");
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) restored = NULL;
  g_autofree char *window_old_info = copy_path (pw_autosave_get_id (window), ".ini");
  g_autofree char *own = g_strdup_printf ("%d", (int) getpid ());
  g_autofree char *own_start = NULL;
  PwRecoveryEntry *entry;
  const char *id = pw_autosave_get_id (crashed);

  remove_all_copies ();
  g_assert_nonnull (stamp);
  pw_autosave_set_file (crashed, original, stamp);
  g_assert_true (pw_autosave_write (crashed, plan, NULL));
  own_start = get_info_key (id, "ProcessStart");
  orphan_copy (id);
  g_assert_true (pw_autosave_write (window, plan, NULL));
  g_assert_true (g_file_test (window_old_info, G_FILE_TEST_EXISTS));

  entries = pw_autosave_list_recoverable ();
  g_assert_cmpuint (entries->len, ==, 1);
  entry = g_ptr_array_index (entries, 0);
  g_assert_nonnull (pw_recovery_entry_get_file_stamp (entry));
  g_assert_true (pw_file_stamp_equal (pw_recovery_entry_get_file_stamp (entry), stamp));

  /* Another running Pathways takes it first: Restore and Discard refuse. */
  set_info_key (id, "Pid", own);
  set_info_key (id, "ProcessStart", own_start);
  g_assert_null (pw_autosave_restore (entry, &error));
  g_assert_error (error, PW_AUTOSAVE_ERROR, PW_AUTOSAVE_ERROR_IN_USE);
  g_clear_error (&error);
  g_assert_false (pw_recovery_entry_discard (entry, &error));
  g_assert_error (error, PW_AUTOSAVE_ERROR, PW_AUTOSAVE_ERROR_IN_USE);
  g_clear_error (&error);

  /* It crashes too; this window restores and adopts the copy. */
  orphan_copy (id);
  restored = pw_autosave_restore (entry, &error);
  g_assert_no_error (error);
  g_assert_true (pw_autosave_adopt (window, entry, restored, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pw_autosave_get_id (window), ==, id);
  g_assert_false (g_file_test (window_old_info, G_FILE_TEST_EXISTS));
  {
    g_autofree char *pid = get_info_key (id, "Pid");
    g_assert_cmpstr (pid, ==, own);
  }
  {
    g_autofree char *uri = get_info_key (id, "File");
    g_autofree char *want = g_file_get_uri (original);
    g_autofree char *kept_stamp = get_info_key (id, "FileStamp");
    g_assert_cmpstr (uri, ==, want);
    g_assert_cmpstr (kept_stamp, ==, "1:120:42:1700000000000000:1700000000:0");
  }
  g_assert_false (is_listed (id));
  pw_autosave_discard (window);
  g_assert_false (g_file_test (window_old_info, G_FILE_TEST_EXISTS));
  {
    g_autofree char *info = copy_path (id, ".ini");
    g_assert_false (g_file_test (info, G_FILE_TEST_EXISTS));
  }
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

static void
test_permissions (void)
{
  g_autoptr(PwPlan) plan = build_plan ("Private plan");
  g_autoptr(PwAutosave) autosave = pw_autosave_new ();
  g_autofree char *dir = pw_autosave_dup_directory ();
  g_autofree char *parent = g_path_get_dirname (dir);
  g_autofree char *plan_path = copy_path (pw_autosave_get_id (autosave), ".pathways");
  g_autofree char *info_path = copy_path (pw_autosave_get_id (autosave), ".ini");
  g_autoptr(GError) error = NULL;

  g_assert_true (g_str_has_prefix (dir, state_dir));
  g_assert_true (g_str_has_suffix (dir, "/pathways/recovery"));

  /* A folder made too open by hand is closed again. */
  remove_all_copies ();
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_cmpint (g_rmdir (parent), ==, 0);
  g_assert_true (pw_autosave_write (autosave, plan, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (file_mode (dir), ==, 0700);
  g_assert_cmpuint (file_mode (parent), ==, 0700);
  g_assert_cmpuint (file_mode (plan_path), ==, 0600);
  g_assert_cmpuint (file_mode (info_path), ==, 0600);
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  g_assert_true (pw_autosave_write (autosave, plan, NULL));
  g_assert_cmpuint (file_mode (dir), ==, 0700);

  /* A folder that cannot be made gives an error for the officer, no crash. */
  if (getuid () != 0)
    {
      g_assert_cmpint (g_chmod (state_dir, 0500), ==, 0);
      remove_all_copies ();
      g_assert_cmpint (g_chmod (state_dir, 0700), ==, 0);
      g_assert_cmpint (g_rmdir (dir), ==, 0);
      g_assert_cmpint (g_rmdir (parent), ==, 0);
      g_assert_cmpint (g_chmod (state_dir, 0500), ==, 0);
      g_assert_false (pw_autosave_write (autosave, plan, &error));
      g_assert_error (error, PW_AUTOSAVE_ERROR, PW_AUTOSAVE_ERROR_FAILED);
      g_assert_cmpint (g_chmod (state_dir, 0700), ==, 0);
    }
  pw_autosave_discard (autosave);
}

/* ---- File stamps -------------------------------------------------------- */

static void
test_file_stamp (void)
{
  g_autofree char *path = g_build_filename (state_dir, "stamp.pathways", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PwFileStamp) stamp = NULL;
  g_autoptr(PwFileStamp) again = NULL;
  g_autoptr(PwFileStamp) parsed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (g_file_replace_contents (file, "one", 3, NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, NULL));
  stamp = pw_file_stamp_query (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (stamp);
  g_assert_cmpuint (pw_file_stamp_get_size (stamp), ==, 3);
  g_assert_false (pw_file_stamp_changed (stamp, file));
  again = pw_file_stamp_query (file, NULL, NULL);
  g_assert_true (pw_file_stamp_equal (stamp, again));

  /* Round trip through the key file form. */
  text = pw_file_stamp_to_string (stamp);
  parsed = pw_file_stamp_from_string (text);
  g_assert_nonnull (parsed);
  g_assert_true (pw_file_stamp_equal (stamp, parsed));
  g_assert_null (pw_file_stamp_from_string ("2:1:2:3:x"));
  g_assert_null (pw_file_stamp_from_string ("1:a:2:3:x"));
  g_assert_null (pw_file_stamp_from_string ("1:-1:2:3:x"));
  g_assert_null (pw_file_stamp_from_string ("1:2:3"));
  g_assert_null (pw_file_stamp_from_string (""));
  g_assert_null (pw_file_stamp_from_string (NULL));

  /* Someone saves the same bytes over it, at once: still a different version. */
  g_assert_true (g_file_replace_contents (file, "one", 3, NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, NULL));
  g_assert_true (pw_file_stamp_changed (stamp, file));

  /* Gone: nothing to overwrite. No stamp: nothing known. */
  g_clear_pointer (&stamp, pw_file_stamp_free);
  stamp = pw_file_stamp_query (file, NULL, NULL);
  g_assert_false (pw_file_stamp_changed (stamp, file));
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_false (pw_file_stamp_changed (stamp, file));
  g_assert_false (pw_file_stamp_changed (NULL, file));
  g_assert_null (pw_file_stamp_query (file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
test_file_stamp_in_place (void)
{
  g_autofree char *path = g_build_filename (state_dir, "in-place.pathways", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PwFileStamp) stamp = NULL;
  g_autoptr(GDateTime) modified = NULL;
  FILE *f;

  g_assert_true (g_file_set_contents (path, "<plan/>", -1, NULL));
  stamp = pw_file_stamp_query (file, NULL, NULL);
  modified = pw_file_stamp_get_modified (stamp);
  g_assert_nonnull (modified);
  /* Rewritten in place (same inode), one byte longer. */
  f = fopen (path, "a");
  g_assert_nonnull (f);
  g_assert_cmpint (fputs ("\n", f), >=, 0);
  g_assert_cmpint (fclose (f), ==, 0);
  g_assert_true (pw_file_stamp_changed (stamp, file));
  g_assert_cmpint (g_remove (path), ==, 0);
}

int
main (int argc, char *argv[])
{
  int status;

  /* Before anything asks GLib for the state folder (it is read once). */
  state_dir = g_dir_make_tmp ("pathways-autosave-XXXXXX", NULL);
  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);
  g_test_init (&argc, &argv, NULL);
  pw_model_init ();

  g_test_add_func ("/autosave/write-list-restore-discard", test_write_list_restore_discard);
  g_test_add_func ("/autosave/discard-after-save", test_discard_after_save);
  g_test_add_func ("/autosave/write-async", test_write_async);
  g_test_add_func ("/autosave/damaged-copy", test_damaged_copy);
  g_test_add_func ("/autosave/damaged-key-file", test_damaged_key_file);
  g_test_add_func ("/autosave/lock-by-pid", test_lock_by_pid);
  g_test_add_func ("/autosave/in-use-and-adopt", test_in_use_and_adopt);
  g_test_add_func ("/autosave/permissions", test_permissions);
  g_test_add_func ("/file-stamp/query-compare-string", test_file_stamp);
  g_test_add_func ("/file-stamp/in-place", test_file_stamp_in_place);
  status = g_test_run ();

  remove_all_copies ();
  {
    g_autofree char *dir = pw_autosave_dup_directory ();
    g_autofree char *parent = g_path_get_dirname (dir);
    g_rmdir (dir);
    g_rmdir (parent);
    g_rmdir (state_dir);
  }
  return status;
}
