/* test-file-util.c — atomic writes: the old file is kept whole or replaced whole
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "pw-file-util.h"
#include "pw-report.h"

static const char old_text[] = "The old plan, which must survive a failed save.\n";

/* ---- Helpers ------------------------------------------------------------ */

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("pw-file-util-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *path)
{
  GDir *dir;
  const char *name;

  g_chmod (path, 0700);
  dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    {
      g_unlink (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_dir_close (dir);
  g_rmdir (path);
}

static guint
count_entries (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  g_dir_close (dir);
  return n;
}

static void
assert_contents (const char *path,
                 const char *expected,
                 gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize size = 0;

  g_file_get_contents (path, &contents, &size, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (contents, size, expected, length);
}

static guint
mode_of (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

static char *
write_old_file (const char *dir,
                const char *name,
                guint       mode)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, old_text, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, mode), ==, 0);
  return path;
}

/* Big enough to need several writes and to cross a small size limit. */
static GBytes *
new_contents (void)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (text, "line %u of the new plan\n", i);
  return g_string_free_to_bytes (text);
}

static gboolean
write_bytes (const char  *path,
             GBytes      *bytes,
             GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return pw_file_write_atomic (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);
}

/* ---- Success -------------------------------------------------------------- */

static void
test_new_file (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "new.pathways", NULL);
  g_autoptr(GBytes) bytes = new_contents ();
  g_autoptr(GError) error = NULL;
  mode_t mask = umask (022);

  umask (mask);
  g_assert_true (write_bytes (path, bytes, &error));
  g_assert_no_error (error);
  assert_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_cmpuint (mode_of (path), ==, 0666 & ~mask);
  g_assert_cmpuint (count_entries (dir), ==, 1);
  remove_tree (dir);
}

static void
test_replace_keeps_mode (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = write_old_file (dir, "plan.pathways", 0640);
  g_autoptr(GBytes) bytes = new_contents ();
  g_autoptr(GError) error = NULL;

  g_assert_true (write_bytes (path, bytes, &error));
  g_assert_no_error (error);
  assert_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_cmpuint (mode_of (path), ==, 0640);
  g_assert_cmpuint (count_entries (dir), ==, 1);
  remove_tree (dir);
}

static void
test_empty (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = write_old_file (dir, "plan.pathways", 0644);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (pw_file_write_atomic (file, NULL, 0, &error));
  g_assert_no_error (error);
  assert_contents (path, "", 0);
  remove_tree (dir);
}

static void
test_private (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *old = write_old_file (dir, "old.pathways", 0644);
  g_autofree char *fresh = g_build_filename (dir, "new.pathways", NULL);
  const char *paths[] = { old, fresh };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(GError) error = NULL;

      g_assert_true (pw_file_write_atomic_full (file, "secret", 6, PW_FILE_WRITE_PRIVATE, NULL, &error));
      g_assert_no_error (error);
      assert_contents (paths[i], "secret", 6);
      g_assert_cmpuint (mode_of (paths[i]), ==, 0600);
    }
  remove_tree (dir);
}

/* Through a symbolic link: the file it points to is replaced, the link stays. */
static void
test_symbolic_link (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *real = write_old_file (dir, "real.pathways", 0600);
  g_autofree char *link = g_build_filename (dir, "link.pathways", NULL);
  g_autoptr(GBytes) bytes = new_contents ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (symlink ("real.pathways", link), ==, 0);
  g_assert_true (write_bytes (link, bytes, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  assert_contents (real, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_cmpuint (mode_of (real), ==, 0600);
  g_assert_cmpuint (count_entries (dir), ==, 2);
  remove_tree (dir);
}

/* ---- Failures leave the old file as it was ---------------------------------- */

static void
test_directory (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *folder = g_build_filename (dir, "plan.pathways", NULL);
  g_autofree char *inside = NULL;
  g_autoptr(GBytes) bytes = new_contents ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  inside = write_old_file (folder, "notes.txt", 0644);
  g_assert_false (write_bytes (folder, bytes, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_cmpstr (error->message, ==, "There is a folder with that name.");
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (count_entries (folder), ==, 1);
  assert_contents (inside, old_text, strlen (old_text));
  g_assert_cmpuint (count_entries (dir), ==, 1);
  remove_tree (dir);
}

static void
test_under_a_file (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *regular = write_old_file (dir, "notes.txt", 0644);
  g_autofree char *below = g_build_filename (regular, "plan.pathways", NULL);
  g_autoptr(GBytes) bytes = new_contents ();
  g_autoptr(GError) error = NULL;

  g_assert_false (write_bytes (below, bytes, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  g_assert_nonnull (strstr (error->message, "part of its path is a file"));
  assert_contents (regular, old_text, strlen (old_text));
  g_assert_cmpuint (count_entries (dir), ==, 1);
  remove_tree (dir);
}

static void
test_missing_folder (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "gone", "plan.pathways", NULL);
  g_autoptr(GBytes) bytes = new_contents ();
  g_autoptr(GError) error = NULL;

  g_assert_false (write_bytes (path, bytes, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_assert_cmpuint (count_entries (dir), ==, 0);
  remove_tree (dir);
}

/* A writable file in a read-only folder: GIO would write it in place (and
 * leave it half-written on an error); here it is refused and left alone. */
static void
test_read_only_folder (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = write_old_file (dir, "plan.pathways", 0644);
  g_autoptr(GBytes) bytes = new_contents ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  if (access (dir, W_OK) == 0)
    {
      g_chmod (dir, 0755);
      remove_tree (dir);
      g_test_skip ("root may write in any folder");
      return;
    }
  g_assert_false (write_bytes (path, bytes, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_nonnull (strstr (error->message, "You are not allowed to change this file or to write in the folder"));
  assert_contents (path, old_text, strlen (old_text));
  g_assert_cmpuint (mode_of (path), ==, 0644);
  g_assert_cmpuint (count_entries (dir), ==, 1);
  g_clear_error (&error);

  /* the report writer goes the same way */
  g_assert_false (pw_report_write_file (path, bytes, &error));
  g_assert_error (error, PW_REPORT_ERROR, PW_REPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "plan.pathways"));
  assert_contents (path, old_text, strlen (old_text));
  remove_tree (dir);
}

/* A write that fails half-way: the file-size limit (which binds root too)
 * stands in for a full disk. In a child process, so the limit ends with it. */
static void
test_write_fails (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  struct rlimit limited;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }

  dir = make_temp_dir ();
  path = write_old_file (dir, "plan.pathways", 0640);
  bytes = new_contents ();
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &limited), ==, 0);
  limited.rlim_cur = sizeof old_text + 4096;
  signal (SIGXFSZ, SIG_IGN);   /* write() then fails with EFBIG instead */
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limited), ==, 0);

  g_assert_false (write_bytes (path, bytes, &error));
  g_assert_error (error, G_IO_ERROR, (int) g_io_error_from_errno (EFBIG));
  g_assert_cmpstr (error->message, ==, "The file is larger than the disk, or your account, allows.");
  assert_contents (path, old_text, strlen (old_text));
  g_assert_cmpuint (mode_of (path), ==, 0640);
  g_assert_cmpuint (count_entries (dir), ==, 1);   /* no temporary file left */
  remove_tree (dir);
}

static void
test_cancelled (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = write_old_file (dir, "plan.pathways", 0644);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (pw_file_write_atomic_full (file, "new", 3, PW_FILE_WRITE_NONE, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  assert_contents (path, old_text, strlen (old_text));
  g_assert_cmpuint (count_entries (dir), ==, 1);
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/file-util/write/new-file", test_new_file);
  g_test_add_func ("/file-util/write/replace-keeps-mode", test_replace_keeps_mode);
  g_test_add_func ("/file-util/write/empty", test_empty);
  g_test_add_func ("/file-util/write/private", test_private);
  g_test_add_func ("/file-util/write/symbolic-link", test_symbolic_link);
  g_test_add_func ("/file-util/fail/directory", test_directory);
  g_test_add_func ("/file-util/fail/under-a-file", test_under_a_file);
  g_test_add_func ("/file-util/fail/missing-folder", test_missing_folder);
  g_test_add_func ("/file-util/fail/read-only-folder", test_read_only_folder);
  g_test_add_func ("/file-util/fail/write-fails", test_write_fails);
  g_test_add_func ("/file-util/fail/cancelled", test_cancelled);

  return g_test_run ();
}
