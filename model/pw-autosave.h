/* pw-autosave.h — recovery copies of unsaved plans, and finding them after a crash
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pw-file-stamp.h"
#include "pw-plan.h"

G_BEGIN_DECLS

/**
 * PW_AUTOSAVE_ERROR:
 *
 * Errors of recovery copies. Messages are translated and written for the
 * officer.
 */
#define PW_AUTOSAVE_ERROR (pw_autosave_error_quark ())

typedef enum {
  PW_AUTOSAVE_ERROR_DAMAGED,  /* the recovery copy cannot be read; it was set aside */
  PW_AUTOSAVE_ERROR_IN_USE,   /* a running Pathways holds the copy */
  PW_AUTOSAVE_ERROR_FAILED,   /* the copy could not be written or removed */
} PwAutosaveError;

GQuark pw_autosave_error_quark (void);

/**
 * PwRecoveryEntry:
 *
 * One recovery copy left behind by a Pathways that stopped without saving
 * (a crash, a power cut, a killed process). Read-only; see
 * pw_autosave_list_recoverable().
 */
#define PW_TYPE_RECOVERY_ENTRY (pw_recovery_entry_get_type ())
G_DECLARE_FINAL_TYPE (PwRecoveryEntry, pw_recovery_entry, PW, RECOVERY_ENTRY, GObject)

const char        *pw_recovery_entry_get_id         (PwRecoveryEntry *self);
/* The plan's title at the last autosave ("" when it had none). */
const char        *pw_recovery_entry_get_title      (PwRecoveryEntry *self);
/* The file the plan came from or was last saved to, or NULL. */
GFile             *pw_recovery_entry_get_file       (PwRecoveryEntry *self);
/* What that file looked like when the plan was loaded or last saved, or NULL. */
const PwFileStamp *pw_recovery_entry_get_file_stamp (PwRecoveryEntry *self);
/* When the copy was written (UTC). */
GDateTime         *pw_recovery_entry_get_saved      (PwRecoveryEntry *self);
/* Deletes the copy (the officer chose Discard). Fails with IN_USE when a
 * running Pathways took it over meanwhile. */
gboolean           pw_recovery_entry_discard        (PwRecoveryEntry *self,
                                                     GError         **error);

/**
 * PwAutosave:
 *
 * The recovery copy of one window's plan, under
 * `$XDG_STATE_HOME/pathways/recovery/` (folder mode 0700, files 0600), named
 * by a random id:
 *
 * - `<id>.pathways`: the plan, as pw_plan_to_xml() writes it;
 * - `<id>.ini`: a key file, group `[Recovery]`: `Title`, `File` (URI, may be
 *   missing), `FileStamp` (pw_file_stamp_to_string()), `Saved` (ISO 8601),
 *   and the writer's `Pid`, `ProcessStart` (clock ticks after boot, from
 *   /proc) and `BootId`, which tell whether that process still runs.
 *
 * Both files are replaced atomically, so a crash while writing leaves the
 * previous copy. A copy belongs to a running Pathways while the process that
 * wrote it is alive (the same PID, started at the same time, since the same
 * boot); otherwise it is recoverable.
 *
 * Write a copy while the plan has unsaved changes; discard it after a
 * successful save, and when the window closes cleanly (saved, or changes
 * discarded).
 */
#define PW_TYPE_AUTOSAVE (pw_autosave_get_type ())
G_DECLARE_FINAL_TYPE (PwAutosave, pw_autosave, PW, AUTOSAVE, GObject)

PwAutosave *pw_autosave_new       (void);
const char *pw_autosave_get_id    (PwAutosave        *self);
/* The plan's file (nullable) and its stamp (nullable), recorded with the
 * next copy so a restored plan saves to the same place. */
void        pw_autosave_set_file  (PwAutosave        *self,
                                   GFile             *file,
                                   const PwFileStamp *stamp);
/* Writes @plan as this autosave's recovery copy, creating the folder. */
gboolean    pw_autosave_write     (PwAutosave        *self,
                                   PwPlan            *plan,
                                   GError           **error);
/* The same, with the file writing (and its fsync) in a worker thread; the
 * plan is serialised before this returns, so it may change at once. Call
 * pw_autosave_write_finish() in @callback. One write at a time: no other
 * write may start before it finishes. A discard meanwhile wins. */
void        pw_autosave_write_async  (PwAutosave          *self,
                                      PwPlan              *plan,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
gboolean    pw_autosave_write_finish (PwAutosave          *self,
                                      GAsyncResult        *result,
                                      GError             **error);
gboolean    pw_autosave_is_writing   (PwAutosave          *self);
/* Whether a copy written by this object is on disk. */
gboolean    pw_autosave_has_copy  (PwAutosave        *self);
/* Removes this autosave's copy, if any. Never fails loudly: a copy that
 * cannot be removed is logged, and ignored by later listings while this
 * process lives. */
void        pw_autosave_discard   (PwAutosave        *self);
/* Takes over @entry after pw_autosave_restore(): this autosave's own copy is
 * removed, and @plan is written under @entry's id, now held by this process,
 * so a second crash loses nothing and no other Pathways offers it. */
gboolean    pw_autosave_adopt     (PwAutosave        *self,
                                   PwRecoveryEntry   *entry,
                                   PwPlan            *plan,
                                   GError           **error);

/* The recovery folder (it may not exist yet). */
char       *pw_autosave_dup_directory     (void);
/* Copies that no running Pathways holds, newest first (PwRecoveryEntry).
 * Key files that cannot be read are set aside (renamed *.damaged). */
GPtrArray  *pw_autosave_list_recoverable  (void);
/* Loads the copy through pw_plan_load(): the plan opens unsaved (nothing to
 * undo). A damaged copy is set aside (renamed *.damaged, kept for experts)
 * and gives PW_AUTOSAVE_ERROR_DAMAGED; the entry stays until discarded or
 * adopted. */
PwPlan     *pw_autosave_restore           (PwRecoveryEntry   *entry,
                                           GError           **error);

G_END_DECLS
