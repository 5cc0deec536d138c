/* pw-window.h — a Pathways main window: one plan per window
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pw-application.h"

G_BEGIN_DECLS

#define PW_TYPE_WINDOW (pw_window_get_type ())
G_DECLARE_FINAL_TYPE (PwWindow, pw_window, PW, WINDOW, GtkApplicationWindow)

PwWindow *pw_window_new           (PwApplication *app);
void      pw_window_open_file     (PwWindow *self, GFile *file);
GFile    *pw_window_get_file      (PwWindow *self);
/* The window that shows @file, or NULL */
PwWindow *pw_window_find_for_file (PwApplication *app, GFile *file);

G_END_DECLS
