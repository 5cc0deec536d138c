/* pw-examples.h — the IOM guide's worked examples: a menu, and unsaved copies to open
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pw-plan.h"

G_BEGIN_DECLS

/**
 * PW_EXAMPLES_ACTION:
 *
 * The action the menu items call, with the example's name as a string
 * target, e.g. app.open-example("friendship-club").
 */
#define PW_EXAMPLES_ACTION "app.open-example"

/* A menu of the bundled examples (translated titles), in the guide's order;
 * each item calls %PW_EXAMPLES_ACTION with its name. (transfer full) */
GMenuModel  *pw_examples_menu_new        (void);

/* The names of the bundled examples, NULL-terminated: "esol-conversation-cafe",
 * "friendship-club", "racial-harassment-social-mixing". */
const char *const *pw_examples_get_names (void);
/* The translated menu title of @name, or NULL for an unknown name. */
const char  *pw_examples_get_title       (const char *name);

/* Loads example @name from the resources as a new, unsaved plan with no file
 * and nothing to undo: closing it asks to save, and saving asks for a name.
 * Bank indicators are resolved with the default framework.
 * Errors: G_IO_ERROR_NOT_FOUND for an unknown name; otherwise the loading
 * errors of pw_plan_load_from_bytes(). */
PwPlan      *pw_examples_load            (const char  *name,
                                          GError     **error);

G_END_DECLS
