/* pw-file-stamp.h — what a file on disk looked like when a plan was loaded or saved
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * PwFileStamp:
 *
 * The identity of one version of a file: its entity tag, modification time
 * (microseconds), size and inode. Saving a plan replaces the file (a new
 * inode), so even two saves within the resolution of a coarse file system
 * clock tell apart. Used to notice that someone else saved over the plan's
 * file since this window loaded or saved it, so Save never silently
 * overwrites their changes.
 */
typedef struct _PwFileStamp PwFileStamp;

#define PW_TYPE_FILE_STAMP (pw_file_stamp_get_type ())
GType        pw_file_stamp_get_type  (void);

/* Reads the stamp of @file (no content is read). Fails with the GIO error,
 * e.g. G_IO_ERROR_NOT_FOUND when the file does not exist. */
PwFileStamp *pw_file_stamp_query     (GFile              *file,
                                      GCancellable       *cancellable,
                                      GError            **error);
PwFileStamp *pw_file_stamp_copy      (const PwFileStamp  *stamp);
void         pw_file_stamp_free      (PwFileStamp        *stamp);
gboolean     pw_file_stamp_equal     (const PwFileStamp  *a,
                                      const PwFileStamp  *b);
/* The file's modification time (local to UTC), or NULL when unknown. */
GDateTime   *pw_file_stamp_get_modified (const PwFileStamp *stamp);
guint64      pw_file_stamp_get_size  (const PwFileStamp  *stamp);

/* Whether @file is no longer the version @stamp describes: it was replaced,
 * rewritten or changed in size. A file that has gone (deleted or moved away)
 * counts as unchanged, as saving then loses nobody's work; a @stamp of NULL
 * (nothing recorded) too. */
gboolean     pw_file_stamp_changed   (const PwFileStamp  *stamp,
                                      GFile              *file);

/* A one-line form for keeping a stamp in a key file, and back. from_string()
 * returns NULL for anything it cannot read. */
char        *pw_file_stamp_to_string   (const PwFileStamp *stamp);
PwFileStamp *pw_file_stamp_from_string (const char        *str);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PwFileStamp, pw_file_stamp_free)

G_END_DECLS
