/* test-framework.c — the framework data: loading, lookups, search, corrupt data
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "pw-framework.h"

static void
test_load (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PwFramework) fw = pw_framework_new_from_resource (&error);

  g_assert_no_error (error);
  g_assert_cmpuint (pw_framework_get_n_indicators (fw), ==, 173);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/framework/load", test_load);
  return g_test_run ();
}
