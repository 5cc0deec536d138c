/* pw-model.c — one-time set-up of the model library
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-model"

#include "config.h"

#include <gio/gio.h>

#include "pw-data-resources.h"
#include "pw-model.h"

void
pw_model_init (void)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      /* Registered by hand: a static library would drop a constructor. */
      pw_data_register_resource ();
      g_once_init_leave (&initialised, 1);
    }
}
