/* pw-command.h — undoable commands on a plan, and the undo/redo history (model internal)
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Internal to the model: the UI edits through the pw_plan_*() functions of
 * pw-plan.h, which build these commands, apply them and push them here.
 */
#pragma once

#include "pw-plan-private.h"

G_BEGIN_DECLS

typedef struct _PwCommand PwCommand;

typedef void (*PwTextSetFunc) (gpointer    object,
                               guint       field,
                               const char *text);
typedef void (*PwUintSetFunc) (gpointer    object,
                               guint       field,
                               guint       value);

/* A command records both states, so apply and revert are exact inverses;
 * it holds references on the objects it touches. @label is untranslated, marked with N_ for xgettext. */
PwCommand *pw_command_new_set_text     (const char    *label,
                                        gpointer       object,
                                        PwTextSetFunc  set,
                                        guint          field,
                                        const char    *old_text,
                                        const char    *new_text);
PwCommand *pw_command_new_set_uint     (const char    *label,
                                        gpointer       object,
                                        PwUintSetFunc  set,
                                        guint          field,
                                        guint          old_value,
                                        guint          new_value);
PwCommand *pw_command_new_set_eval     (const char    *label,
                                        PwIndicatorRef *ref,
                                        PwEvalField    field,
                                        const char    *new_text,
                                        gboolean       new_suggested);
PwCommand *pw_command_new_move_card    (PwCard        *card,
                                        PwCardKind     kind,
                                        int            lane_order,
                                        double         x,
                                        double         y);
PwCommand *pw_command_new_add_card     (PwCard        *card,
                                        guint          position);
PwCommand *pw_command_new_remove_card  (PwPlan        *plan,
                                        PwCard        *card);
PwCommand *pw_command_new_link         (PwLink        *link,
                                        gboolean       adding,
                                        guint          position);
PwCommand *pw_command_new_indicator    (PwCard        *card,
                                        PwIndicatorRef *ref,
                                        gboolean       adding,
                                        guint          position);
PwCommand *pw_command_new_stakeholder  (PwStakeholder *stakeholder,
                                        gboolean       adding,
                                        guint          position);
void       pw_command_apply            (PwCommand     *command,
                                        PwPlan        *plan);
void       pw_command_free             (PwCommand     *command);

/* The history: a stack of steps, each one command or one group of commands. */
typedef struct _PwHistory PwHistory;

PwHistory  *pw_history_new             (void);
void        pw_history_free            (PwHistory     *self);
/* Takes @command, already applied: merges it into the last step if it can. */
void        pw_history_push            (PwHistory     *self,
                                        PwCommand     *command);
void        pw_history_begin_group     (PwHistory     *self,
                                        const char    *label);
/* Returns TRUE when the outermost group closed. */
gboolean    pw_history_end_group       (PwHistory     *self);
gboolean    pw_history_in_group        (PwHistory     *self);
void        pw_history_seal            (PwHistory     *self);
gboolean    pw_history_undo            (PwHistory     *self,
                                        PwPlan        *plan);
gboolean    pw_history_redo            (PwHistory     *self,
                                        PwPlan        *plan);
gboolean    pw_history_can_undo        (PwHistory     *self);
gboolean    pw_history_can_redo        (PwHistory     *self);
const char *pw_history_get_undo_label  (PwHistory     *self);
const char *pw_history_get_redo_label  (PwHistory     *self);
void        pw_history_clear           (PwHistory     *self);
void        pw_history_mark_saved      (PwHistory     *self);
void        pw_history_mark_unsaved    (PwHistory     *self);
gboolean    pw_history_is_unsaved      (PwHistory     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PwCommand, pw_command_free)

/* The plan's side (pw-plan.c), for the command functions (pw-plan-edit.c). */

/* Applies @command, records it and tells the views: the one way to edit. */
void        pw_plan_run_command        (PwPlan        *self,
                                        PwCommand     *command);
/* A new id with @prefix ('c', 'l', 'i', 's') never used in this plan. */
char       *pw_plan_make_id            (PwPlan        *self,
                                        char           prefix);

G_END_DECLS
