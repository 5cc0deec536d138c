/* pw-test-utils.h — shared helpers for widget tests: screenshots, main-loop spinning
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Renders a mapped window (or widget) to a PNG; returns FALSE with @error on failure. */
gboolean pw_test_save_screenshot (GtkWidget *widget, const char *path, GError **error);
/* Runs the default main context until @condition returns TRUE or @timeout_ms passes. */
gboolean pw_test_wait_until (gboolean (*condition) (gpointer), gpointer data, guint timeout_ms);
/* Iterates the main context for @ms milliseconds. */
void     pw_test_spin (guint ms);

G_END_DECLS
