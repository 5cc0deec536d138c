/* fuzz-plan-load.c — libFuzzer target: any bytes through the plan loader, and what loads must round-trip
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Properties checked for every input:
 * - loading never crashes, leaks or hangs, whatever the bytes;
 * - a failed load sets a PW_PLAN_FILE_ERROR and no plan;
 * - a plan that loads saves to XML that loads again, without error, to an
 *   equal plan that saves to the very same bytes.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "pw-model.h"
#include "pw-plan-xml.h"

static PwFramework *framework;

static void
check (gboolean    condition,
       const char *what)
{
  if (!condition)
    {
      g_printerr ("fuzz-plan-load: property violated: %s\n", what);
      abort ();
    }
}

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  GError *error = NULL;

  /* Warnings from the model are expected with hostile input; keep them quiet. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK);
  pw_model_init ();
  framework = pw_framework_new_from_resource (&error);
  if (framework == NULL)
    g_error ("fuzz-plan-load: framework: %s", error->message);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(PwPlan) again = NULL;
  g_autoptr(PwLoadWarnings) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;

  plan = pw_plan_load_from_bytes (bytes, framework, &warnings, &error);
  if (plan == NULL)
    {
      check (error != NULL && error->domain == PW_PLAN_FILE_ERROR, "failure without a plan-file error");
      check (warnings == NULL, "warnings on a failed load");
      return 0;
    }
  check (error == NULL && warnings != NULL, "success with an error, or without warnings");

  saved = pw_plan_to_xml (plan);
  again = pw_plan_load_from_bytes (saved, framework, NULL, &error);
  if (again == NULL)
    g_printerr ("fuzz-plan-load: saved plan does not load: %s\n", error->message);
  check (again != NULL, "what was saved loads again");
  check (pw_plan_equal (plan, again), "the reloaded plan equals the loaded one");
  saved_again = pw_plan_to_xml (again);
  check (g_bytes_equal (saved, saved_again), "saving twice gives the same bytes");
  return 0;
}
