/* test-model.c — the model library's set-up: bundled resources are reachable
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>

#include "pw-model.h"

static void
test_resources_registered (void)
{
  static const char *files[] = {
    "framework.json", "indicators.json", "good-practice.json", "keywords.json", "comparators.json",
  };

  pw_model_init ();
  pw_model_init (); /* idempotent */

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_strconcat ("/io/github/pathways/Planner/framework/", files[i], NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, &error);

      g_assert_no_error (error);
      g_assert_nonnull (bytes);
      g_assert_cmpuint (g_bytes_get_size (bytes), >, 100);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/resources-registered", test_resources_registered);
  return g_test_run ();
}
