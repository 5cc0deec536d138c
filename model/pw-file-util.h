/* pw-file-util.h — writing the officer's files safely: the old file is kept whole or replaced whole
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * PwFileWriteFlags:
 * @PW_FILE_WRITE_NONE: a new file gets the usual permissions (0666 less the
 *   umask); a replaced file keeps its own
 * @PW_FILE_WRITE_PRIVATE: the file is readable by its owner only (0600),
 *   new or replaced (recovery copies)
 */
typedef enum {
  PW_FILE_WRITE_NONE    = 0,
  PW_FILE_WRITE_PRIVATE = 1 << 0,
} PwFileWriteFlags;

/* Writes @data to @file atomically. A local file is written to a temporary
 * file beside it, synced and renamed over it (a symbolic link stays a link
 * and its target is replaced); on any failure — a read-only folder, a full
 * disk, a folder of that name — the old file is left byte for byte as it
 * was and no temporary file is left behind. Other locations (GVfs) go
 * through g_file_replace(), whose temporary file is dropped on a write error.
 *
 * Errors are in G_IO_ERROR (PERMISSION_DENIED, READ_ONLY, IS_DIRECTORY,
 * NO_SPACE, NOT_FOUND, NOT_DIRECTORY, CANCELLED…), with translated messages
 * written for the officer, meant to follow "Could not save “name”: ". */
gboolean pw_file_write_atomic      (GFile             *file,
                                    const void        *data,
                                    gsize              length,
                                    GError           **error);
gboolean pw_file_write_atomic_full (GFile             *file,
                                    const void        *data,
                                    gsize              length,
                                    PwFileWriteFlags   flags,
                                    GCancellable      *cancellable,
                                    GError           **error);

G_END_DECLS
