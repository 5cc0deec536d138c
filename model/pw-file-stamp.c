/* pw-file-stamp.c — what a file on disk looked like when a plan was loaded or saved
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-file-stamp"

#include "config.h"

#include "pw-file-stamp.h"

#define STAMP_ATTRIBUTES G_FILE_ATTRIBUTE_ETAG_VALUE "," G_FILE_ATTRIBUTE_STANDARD_SIZE "," \
                         G_FILE_ATTRIBUTE_UNIX_INODE "," G_FILE_ATTRIBUTE_TIME_MODIFIED "," \
                         G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC

struct _PwFileStamp
{
  char    *etag;      /* may be NULL: not every file system has one */
  guint64  size;
  guint64  inode;     /* 0 when unknown */
  gint64   mtime_us;  /* 0 when unknown */
};

G_DEFINE_BOXED_TYPE (PwFileStamp, pw_file_stamp, pw_file_stamp_copy, pw_file_stamp_free)

PwFileStamp *
pw_file_stamp_query (GFile         *file,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  PwFileStamp *stamp;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  info = g_file_query_info (file, STAMP_ATTRIBUTES, G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;

  stamp = g_new0 (PwFileStamp, 1);
  stamp->etag = g_strdup (g_file_info_get_etag (info));
  stamp->size = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_STANDARD_SIZE);
  stamp->inode = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_UNIX_INODE);
  stamp->mtime_us = (gint64) g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) * G_USEC_PER_SEC +
                    g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);
  return stamp;
}

PwFileStamp *
pw_file_stamp_copy (const PwFileStamp *stamp)
{
  PwFileStamp *copy;

  g_return_val_if_fail (stamp != NULL, NULL);

  copy = g_memdup2 (stamp, sizeof *stamp);
  copy->etag = g_strdup (stamp->etag);
  return copy;
}

void
pw_file_stamp_free (PwFileStamp *stamp)
{
  if (stamp == NULL)
    return;
  g_free (stamp->etag);
  g_free (stamp);
}

gboolean
pw_file_stamp_equal (const PwFileStamp *a,
                     const PwFileStamp *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return g_strcmp0 (a->etag, b->etag) == 0 && a->size == b->size && a->inode == b->inode &&
         a->mtime_us == b->mtime_us;
}

GDateTime *
pw_file_stamp_get_modified (const PwFileStamp *stamp)
{
  g_return_val_if_fail (stamp != NULL, NULL);

  if (stamp->mtime_us == 0)
    return NULL;
  return g_date_time_new_from_unix_utc (stamp->mtime_us / G_USEC_PER_SEC);
}

guint64
pw_file_stamp_get_size (const PwFileStamp *stamp)
{
  g_return_val_if_fail (stamp != NULL, 0);
  return stamp->size;
}

gboolean
pw_file_stamp_changed (const PwFileStamp *stamp,
                       GFile             *file)
{
  g_autoptr(PwFileStamp) now = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (stamp == NULL)
    return FALSE;
  now = pw_file_stamp_query (file, NULL, &error);
  if (now == NULL)
    {
      /* Gone: nobody's work is on disk to lose. Unreadable for another
       * reason (permissions changed): saving will report its own error. */
      g_debug ("No stamp for the plan's file: %s", error->message);
      return FALSE;
    }
  return !pw_file_stamp_equal (stamp, now);
}

/* "1:size:inode:mtime_us:etag" — the etag last, as it may hold colons. */
char *
pw_file_stamp_to_string (const PwFileStamp *stamp)
{
  g_return_val_if_fail (stamp != NULL, NULL);

  return g_strdup_printf ("1:%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT ":%" G_GINT64_FORMAT ":%s",
                          stamp->size, stamp->inode, stamp->mtime_us, stamp->etag ? stamp->etag : "");
}

static gboolean
parse_number (const char *text,
              guint64    *out)
{
  return g_ascii_string_to_unsigned (text, 10, 0, G_MAXINT64, out, NULL);
}

PwFileStamp *
pw_file_stamp_from_string (const char *str)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(PwFileStamp) stamp = NULL;
  guint64 mtime;

  if (str == NULL)
    return NULL;
  parts = g_strsplit (str, ":", 5);
  if (g_strv_length (parts) != 5 || !g_str_equal (parts[0], "1"))
    return NULL;
  stamp = g_new0 (PwFileStamp, 1);
  if (!parse_number (parts[1], &stamp->size) || !parse_number (parts[2], &stamp->inode) ||
      !parse_number (parts[3], &mtime))
    return NULL;
  stamp->mtime_us = (gint64) mtime;
  stamp->etag = *parts[4] != '\0' ? g_strdup (parts[4]) : NULL;
  return g_steal_pointer (&stamp);
}
