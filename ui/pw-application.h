/* pw-application.h — the Pathways GtkApplication
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PW_TYPE_APPLICATION (pw_application_get_type ())
G_DECLARE_FINAL_TYPE (PwApplication, pw_application, PW, APPLICATION, GtkApplication)

PwApplication *pw_application_new (void);
void           pw_application_show_about (PwApplication *self, GtkWindow *parent);
/* Registers the UI resources and loads the style sheets; idempotent. Tests call it too. */
void           pw_ui_init (void);

G_END_DECLS
