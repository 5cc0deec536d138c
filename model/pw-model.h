/* pw-model.h — one-time set-up of the model library (resources, translations)
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Registers the bundled data resources. Safe to call many times, from any thread. */
void pw_model_init (void);

G_END_DECLS
