/* pw-dialogs.h — the one place that shows file choosers and questions (swap for GtkFileDialog/AlertDialog later)
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The file name suffix of plan files, with its dot. */
#define PW_PLAN_SUFFIX ".pathways"

/**
 * PwFileCallback:
 * @file: (nullable): the chosen file, or %NULL when the officer cancelled
 * @user_data: the data passed to the dialog function
 */
typedef void (*PwFileCallback) (GFile    *file,
                                gpointer  user_data);

/**
 * PwUnsavedResponse:
 * @PW_UNSAVED_CANCEL: keep the window open, nothing changes
 * @PW_UNSAVED_DISCARD: close without saving
 * @PW_UNSAVED_SAVE: save first, then close
 */
typedef enum {
  PW_UNSAVED_CANCEL,
  PW_UNSAVED_DISCARD,
  PW_UNSAVED_SAVE,
} PwUnsavedResponse;

typedef void (*PwUnsavedCallback) (PwUnsavedResponse response,
                                   gpointer          user_data);

/* Asks for a plan file to open (filter "Pathways plans (*.pathways)"). */
void   pw_dialogs_open_plan     (GtkWindow         *parent,
                                 PwFileCallback     callback,
                                 gpointer           user_data);
/* Asks where to save; @current (nullable) preselects the current file,
 * otherwise @suggested_name (nullable, without suffix) is proposed. The file
 * handed to @callback always ends in ".pathways". */
void   pw_dialogs_save_plan     (GtkWindow         *parent,
                                 GFile             *current,
                                 const char        *suggested_name,
                                 PwFileCallback     callback,
                                 gpointer           user_data);
/* "Save changes to “@plan_title” before closing?" with Cancel / Discard / Save. */
void   pw_dialogs_ask_unsaved   (GtkWindow         *parent,
                                 const char        *plan_title,
                                 PwUnsavedCallback  callback,
                                 gpointer           user_data);

/**
 * PwOverwriteResponse:
 * @PW_OVERWRITE_CANCEL: do not save; the other version stays on disk
 * @PW_OVERWRITE_SAVE_AS: save under another name (their version stays)
 * @PW_OVERWRITE_REPLACE: replace their version with this plan
 */
typedef enum {
  PW_OVERWRITE_CANCEL,
  PW_OVERWRITE_SAVE_AS,
  PW_OVERWRITE_REPLACE,
} PwOverwriteResponse;

typedef void (*PwOverwriteCallback) (PwOverwriteResponse response,
                                     gpointer            user_data);

/* "“@file_name” was changed by someone else" with Cancel / Save As… / Overwrite;
 * Save As is the default. */
void   pw_dialogs_ask_overwrite (GtkWindow           *parent,
                                 const char          *file_name,
                                 PwOverwriteCallback  callback,
                                 gpointer             user_data);

/* @file with ".pathways" appended when its name lacks it (a new reference). */
GFile *pw_dialogs_ensure_suffix (GFile             *file);
/* A file name made from a plan title: no slashes or control characters, at most 60 characters. */
char  *pw_dialogs_suggest_name  (const char        *title);

G_END_DECLS
