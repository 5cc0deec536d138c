/* pw-file-util.c — writing the officer's files safely: the old file is kept whole or replaced whole
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GIO is not used for local files: g_file_replace() truncates the old file
 * in place when it cannot create its temporary file (a read-only folder, a
 * full disk) or the target is a link, and g_file_replace_contents() renames
 * a half-written temporary file over the old one when a write fails
 * (GLib 2.74). Plan files, reports, exported pictures and recovery copies
 * all go through pw_file_write_atomic().
 */
#define G_LOG_DOMAIN "pathways-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pw-file-util.h"

/* A G_IO_ERROR from @saved_errno, in words for the officer; @dir is the
 * folder the file was to go in. */
static gboolean
fail_errno (int          saved_errno,
            const char  *dir,
            GError     **error)
{
  g_autofree char *folder = g_filename_display_name (dir);
  GIOErrorEnum code = g_io_error_from_errno (saved_errno);

  switch (saved_errno)
    {
    case EACCES:
    case EPERM:
      g_set_error (error, G_IO_ERROR, code,
                   /* TRANSLATORS: %s is a folder */
                   _("You are not allowed to change this file or to write in the folder “%s”."), folder);
      break;
    case EROFS:
      g_set_error (error, G_IO_ERROR, code,
                   _("The folder “%s” is on a disk that cannot be written to."), folder);
      break;
    case EISDIR:
      g_set_error_literal (error, G_IO_ERROR, code, _("There is a folder with that name."));
      break;
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
      g_set_error_literal (error, G_IO_ERROR, code, _("The disk is full."));
      break;
    case EFBIG:
      g_set_error_literal (error, G_IO_ERROR, code,
                           _("The file is larger than the disk, or your account, allows."));
      break;
    case ENOENT:
      g_set_error (error, G_IO_ERROR, code, _("The folder “%s” does not exist."), folder);
      break;
    case ENOTDIR:
      g_set_error (error, G_IO_ERROR, code,
                   _("The folder “%s” does not exist: part of its path is a file."), folder);
      break;
    default:
      g_set_error_literal (error, G_IO_ERROR, code, g_strerror (saved_errno));
      break;
    }
  return FALSE;
}

static gboolean
write_all (int         fd,
           const char *data,
           gsize       size)
{
  while (size > 0)
    {
      gssize n = write (fd, data, MIN (size, (gsize) G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return FALSE;
      if (n == 0)
        {
          errno = ENOSPC;
          return FALSE;
        }
      data += n;
      size -= (gsize) n;
    }
  return TRUE;
}

/* The file to write for @path: the target of a symbolic link, so that the
 * link stays a link. */
static char *
resolve_target (const char *path)
{
  char *resolved = realpath (path, NULL);
  char *copy;

  if (resolved == NULL)
    return g_strdup (path);
  copy = g_strdup (resolved);
  free (resolved);
  return copy;
}

/* Keeps the old file's mode (and owner, where allowed) on the new one. */
static void
set_permissions (int               fd,
                 const struct stat *old,
                 PwFileWriteFlags  flags,
                 const char       *target)
{
  if (flags & PW_FILE_WRITE_PRIVATE)
    {
      if (fchmod (fd, 0600) != 0)
        g_debug ("Could not make %s private: %s", target, g_strerror (errno));
      return;
    }
  if (old == NULL)
    return;
  if (fchmod (fd, old->st_mode & 07777) != 0 || fchown (fd, old->st_uid, old->st_gid) != 0)
    g_debug ("Could not keep the permissions of %s: %s", target, g_strerror (errno));
}

/* Syncs the folder, so that the rename itself survives a power cut. */
static void
sync_folder (const char *dir)
{
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd < 0)
    return;
  fsync (fd);
  close (fd);
}

static gboolean
replace_local (const char        *path,
               const char        *data,
               gsize              size,
               PwFileWriteFlags   flags,
               GCancellable      *cancellable,
               GError           **error)
{
  g_autofree char *target = resolve_target (path);
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *temp = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  struct stat old;
  gboolean had_old = stat (target, &old) == 0;
  int mode = (flags & PW_FILE_WRITE_PRIVATE) ? 0600 : 0666;
  int fd, saved_errno;

  if (had_old && S_ISDIR (old.st_mode))
    return fail_errno (EISDIR, dir, error);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  fd = g_mkstemp_full (temp, O_WRONLY | O_CLOEXEC, mode);
  if (fd < 0)
    return fail_errno (errno, dir, error);
  set_permissions (fd, had_old ? &old : NULL, flags, target);
  if (!write_all (fd, data, size) || fsync (fd) != 0)
    {
      saved_errno = errno;
      close (fd);
      g_unlink (temp);
      return fail_errno (saved_errno, dir, error);
    }
  if (close (fd) != 0)
    {
      saved_errno = errno;
      g_unlink (temp);
      return fail_errno (saved_errno, dir, error);
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_unlink (temp);
      return FALSE;
    }
  if (rename (temp, target) != 0)
    {
      saved_errno = errno;
      g_unlink (temp);
      return fail_errno (saved_errno, dir, error);
    }
  sync_folder (dir);
  return TRUE;
}

/* Other locations (GVfs): a write error discards the temporary file instead
 * of committing it, by closing with a cancelled cancellable. */
static gboolean
replace_remote (GFile            *file,
                const char       *data,
                gsize             size,
                PwFileWriteFlags  flags,
                GCancellable     *cancellable,
                GError          **error)
{
  GFileCreateFlags create = (flags & PW_FILE_WRITE_PRIVATE) ? G_FILE_CREATE_PRIVATE : G_FILE_CREATE_NONE;
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GCancellable) abandon = NULL;

  out = g_file_replace (file, NULL, FALSE, create, cancellable, error);
  if (out == NULL)
    return FALSE;
  if (g_output_stream_write_all (G_OUTPUT_STREAM (out), data, size, NULL, cancellable, error))
    return g_output_stream_close (G_OUTPUT_STREAM (out), cancellable, error);

  abandon = g_cancellable_new ();
  g_cancellable_cancel (abandon);
  g_output_stream_close (G_OUTPUT_STREAM (out), abandon, NULL);
  return FALSE;
}

/**
 * pw_file_write_atomic_full:
 * @file: where to write
 * @data: (array length=length): the new contents
 * @length: their size in bytes
 * @flags: permissions of the file
 * @cancellable: (nullable): checked before the old file is replaced
 * @error: return location for a #G_IO_ERROR
 *
 * Replaces @file with @data, or leaves it as it was. See pw-file-util.h.
 *
 * Returns: %TRUE if @file now holds @data
 */
gboolean
pw_file_write_atomic_full (GFile             *file,
                           const void        *data,
                           gsize              length,
                           PwFileWriteFlags   flags,
                           GCancellable      *cancellable,
                           GError           **error)
{
  const char *path;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (data == NULL)
    data = "";
  path = g_file_peek_path (file);
  if (path != NULL)
    return replace_local (path, data, length, flags, cancellable, error);
  return replace_remote (file, data, length, flags, cancellable, error);
}

/**
 * pw_file_write_atomic:
 * @file: where to write
 * @data: (array length=length): the new contents
 * @length: their size in bytes
 * @error: return location for a #G_IO_ERROR
 *
 * pw_file_write_atomic_full() with no flags and no cancellable.
 *
 * Returns: %TRUE if @file now holds @data
 */
gboolean
pw_file_write_atomic (GFile       *file,
                      const void  *data,
                      gsize        length,
                      GError     **error)
{
  return pw_file_write_atomic_full (file, data, length, PW_FILE_WRITE_NONE, NULL, error);
}
