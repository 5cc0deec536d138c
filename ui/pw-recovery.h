/* pw-recovery.h — never lose work: a window's autosave, the offer to restore after a crash, changes on disk
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pw-autosave.h"
#include "pw-plan.h"
#include "pw-window.h"

G_BEGIN_DECLS

/* Seconds between autosaves: $PATHWAYS_AUTOSAVE_SECONDS (1–3600, for tests), else 30. */
#define PW_AUTOSAVE_DEFAULT_SECONDS 30

/**
 * PwRecovery:
 *
 * Owned by a window. While the plan has unsaved changes it writes a recovery
 * copy (#PwAutosave) every pw_recovery_get_interval() seconds and when the
 * window loses the focus — only if something changed since the last copy.
 * The copy goes once the plan is saved (or undone back to its saved state)
 * and when the window closes cleanly (pw_recovery_close()).
 *
 * It also watches the plan's file: when someone else saves over it, the
 * window's banner says so at once (Save then asks before overwriting; see
 * pw-window-actions.c).
 *
 * pw_recovery_offer() shows, in the window, the offer to restore the copies
 * a crashed Pathways left behind, one at a time, newest first.
 */
#define PW_TYPE_RECOVERY (pw_recovery_get_type ())
G_DECLARE_FINAL_TYPE (PwRecovery, pw_recovery, PW, RECOVERY, GObject)

guint       pw_recovery_get_interval  (void);

/* The window owns the controller; the controller does not ref the window. */
PwRecovery *pw_recovery_new           (PwWindow   *window);
/* The window shows a new plan (pw_window_set_plan(), after the window's
 * file is set): any copy of the old one goes, and the file is stamped
 * (pw_file_stamp_query()) and watched. */
void        pw_recovery_set_plan      (PwRecovery *self,
                                       PwPlan     *plan);
/* The plan was saved to the window's file (maybe a new one): stamp and
 * watch it again. */
void        pw_recovery_file_saved    (PwRecovery *self);
/* Whether someone else changed the window's file since it was loaded or
 * saved (a file that has gone does not count): Save must ask first. */
gboolean    pw_recovery_changed_on_disk (PwRecovery *self);
const PwFileStamp *pw_recovery_get_file_stamp (PwRecovery *self);
/* Writes the copy now, in this thread, if the plan is unsaved and changed
 * since the last copy (and no background write is under way). Returns TRUE
 * when a copy was written. The timer and focus loss write in the
 * background instead. */
gboolean    pw_recovery_autosave      (PwRecovery *self);
/* Removes the copy (a background write under way cleans up after itself). */
void        pw_recovery_discard       (PwRecovery *self);
/* The window goes. @clean: saved, or the officer chose Discard: the copy
 * goes. Otherwise (closed without asking, e.g. at the end of the session)
 * the latest changes are written and the copy stays, for the next start. */
void        pw_recovery_close         (PwRecovery *self,
                                       gboolean    clean);
PwAutosave *pw_recovery_get_autosave  (PwRecovery *self);

/* Looks for copies left by a Pathways that stopped unexpectedly and offers
 * the newest in @window. Returns the number of copies found. */
guint       pw_recovery_offer         (PwWindow   *window);
/* The offer (for tests): the revealer, its question, and its buttons. */
GtkWidget  *pw_recovery_get_offer     (PwRecovery *self);
/* Answers the offer shown as the buttons do. */
void        pw_recovery_respond       (PwRecovery *self,
                                       gboolean    restore);

G_END_DECLS
