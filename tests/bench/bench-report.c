/* bench-report.c — how fast the Annex 1 evaluation plan of a 50-outcome plan is exported
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds a 50-outcome plan (two bank indicators each, the suggestions
 * prefilled, the officer's own texts in the other fields), then prints the
 * median time of: building the table, laying it out on A4, exporting the
 * PDF (A4 and A3), the CSV and the FODT. If LibreOffice's soffice is on the
 * PATH, the same table is also converted from the FODT to PDF with
 * `soffice --headless --convert-to pdf`, timed side by side; otherwise that
 * column is skipped with a message. Aim: PDF export well under a second.
 */
#define _GNU_SOURCE   /* memmem */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <gio/gio.h>

#include "pw-evaluation.h"
#include "pw-model.h"
#include "pw-report-pdf.h"

#define N_OUTCOMES 50
#define N_RUNS     9
#define N_SOFFICE  3

static const char * const officer_texts[] = {
  "Short participant questionnaire at the first session and again after six months, read aloud "
  "where needed, in English with an interpreter for the three most common languages.",
  "All café participants (about 40) and the 15 volunteers; the wider neighbourhood through the "
  "council's residents' survey.",
  "Café coordinator, with support from the council's data and insight team.",
  "Responses entered into the council's survey tool after each session; the data team compares "
  "baseline and follow-up at the quarterly steering group and shares findings with partners.",
};

static double
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* CPU time of this process: steadier than wall time on a busy machine. */
static double
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double last_cpu_ms;

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

static PwPlan *
build_plan (PwFramework *framework)
{
  PwPlan *plan = pw_plan_new ();
  guint n_bank = pw_framework_get_n_indicators (framework);

  pw_plan_set_text (plan, PW_PLAN_FIELD_TITLE, "Anytown integration strategy 2026–2029");
  pw_plan_set_text (plan, PW_PLAN_FIELD_ORGANISATION, "Anytown Borough Council");
  for (guint o = 0; o < N_OUTCOMES; o++)
    {
      g_autofree char *title = g_strdup_printf ("Outcome %u: newcomers and long-standing residents "
                                                "mix more often in everyday situations", o + 1);
      PwCard *card = pw_plan_add_card (plan, PW_CARD_KIND_OUTCOME, title, -1, 0, 0);

      for (guint i = 0; i < 2; i++)
        {
          const PwIndicator *indicator = pw_framework_get_indicator (framework, (o * 7 + i * 61) % n_bank);
          PwIndicatorRef *ref = pw_plan_attach_indicator (plan, card, indicator->id, indicator->text,
                                                          indicator->domain, NULL);

          if (ref == NULL)
            continue;
          pw_plan_set_eval_field (plan, ref, PW_EVAL_FIELD_METHODS, officer_texts[0]);
          pw_plan_set_eval_field (plan, ref, PW_EVAL_FIELD_SAMPLE, officer_texts[1]);
          pw_plan_set_eval_field (plan, ref, PW_EVAL_FIELD_RESPONSIBILITY, officer_texts[2]);
          pw_plan_set_eval_field (plan, ref, PW_EVAL_FIELD_PROCESS, officer_texts[3]);
        }
    }
  pw_evaluation_prefill (plan, framework);
  return plan;
}

static gboolean
export_any (PwPlan      *plan,
            PwFramework *framework,
            const char  *path,
            PwPaper      paper)
{
  g_autoptr(GError) error = NULL;

  if (!pw_report_export_evaluation (plan, framework, path, paper, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return FALSE;
    }
  return TRUE;
}

static double
time_export (PwPlan      *plan,
             PwFramework *framework,
             const char  *path,
             PwPaper      paper)
{
  double times[N_RUNS], cpu[N_RUNS];

  for (guint r = 0; r < N_RUNS; r++)
    {
      double start = now (), cpu_start = cpu_now ();

      if (!export_any (plan, framework, path, paper))
        exit (1);
      times[r] = now () - start;
      cpu[r] = cpu_now () - cpu_start;
    }
  last_cpu_ms = median (cpu, N_RUNS) * 1000;
  return median (times, N_RUNS) * 1000;
}

static double
time_layout (PwPlan      *plan,
             PwFramework *framework,
             guint       *n_pages)
{
  double times[N_RUNS], cpu[N_RUNS];
  double width, height;

  pw_paper_get_size (PW_PAPER_A4, &width, &height);
  for (guint r = 0; r < N_RUNS; r++)
    {
      double start = now (), cpu_start = cpu_now ();
      g_autoptr(PwEvaluation) evaluation = pw_evaluation_new (plan, framework);
      g_autoptr(PwReport) report = pw_report_new (evaluation, framework);

      *n_pages = pw_report_paginate (report, width, height);
      times[r] = now () - start;
      cpu[r] = cpu_now () - cpu_start;
    }
  last_cpu_ms = median (cpu, N_RUNS) * 1000;
  return median (times, N_RUNS) * 1000;
}

/* soffice --headless --convert-to pdf, median of a few runs; < 0 if it failed. */
static double
time_soffice (const char *fodt,
              const char *dir)
{
  double times[N_SOFFICE];
  g_autofree char *profile = g_strconcat ("-env:UserInstallation=file://", dir, "/lo-profile", NULL);

  for (guint r = 0; r < N_SOFFICE; r++)
    {
      g_autofree char *outdir = g_build_filename (dir, "lo", NULL);
      const char *argv[] = { "soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", outdir, fodt, NULL };
      g_autoptr(GError) error = NULL;
      int status;
      double start = now ();

      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                         G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error) ||
          !g_spawn_check_wait_status (status, NULL))
        return -1;
      times[r] = now () - start;
    }
  return median (times, N_SOFFICE) * 1000;
}

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                   G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFileInfo *info;

  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autoptr(GFile) child = g_file_get_child (file, g_file_info_get_name (info));

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        remove_tree (child);
      else
        g_file_delete (child, NULL, NULL);
      g_object_unref (info);
    }
  g_file_delete (file, NULL, NULL);
}

static guint
count_pdf_pages (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;
  guint n = 0;

  /* Page objects in the file, good enough to compare two renderers. */
  if (!g_file_get_contents (path, &contents, &length, NULL))
    return 0;
  /* "/Type /Page" (cairo) or "/Type/Page" (LibreOffice), not "/Pages". */
  for (const char *p = contents; (p = memmem (p, length - (p - contents), "/Type", 5)) != NULL; p++)
    {
      const char *q = p + 5;

      while (q < contents + length && *q == ' ')
        q++;
      if (contents + length - q > 6 && memcmp (q, "/Page", 5) == 0 && q[5] != 's')
        n++;
    }
  return n;
}

int
main (void)
{
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pw-bench-report-XXXXXX", &error);
  g_autofree char *pdf = g_build_filename (dir, "plan.pdf", NULL);
  g_autofree char *pdf3 = g_build_filename (dir, "plan-a3.pdf", NULL);
  g_autofree char *csv = g_build_filename (dir, "plan.csv", NULL);
  g_autofree char *fodt = g_build_filename (dir, "plan.fodt", NULL);
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  PwFramework *framework;
  double layout_ms, pdf_ms, pdf3_ms, csv_ms, fodt_ms;
  guint n_pages;

  pw_model_init ();
  framework = pw_framework_get_default ();
  plan = build_plan (framework);

  printf ("Annex 1 of a %d-outcome plan (2 indicators each, suggestions prefilled), median of %d runs,\n"
          "wall time (CPU time of this process in brackets):\n", N_OUTCOMES, N_RUNS);
  layout_ms = time_layout (plan, framework, &n_pages);
  printf ("  table + layout (A4)     %8.1f ms  (%6.1f)  %u pages\n", layout_ms, last_cpu_ms, n_pages);
  pdf_ms = time_export (plan, framework, pdf, PW_PAPER_A4);
  printf ("  PDF export, A4          %8.1f ms  (%6.1f)  %u pages\n", pdf_ms, last_cpu_ms, count_pdf_pages (pdf));
  pdf3_ms = time_export (plan, framework, pdf3, PW_PAPER_A3);
  printf ("  PDF export, A3          %8.1f ms  (%6.1f)  %u pages\n", pdf3_ms, last_cpu_ms, count_pdf_pages (pdf3));
  csv_ms = time_export (plan, framework, csv, PW_PAPER_A4);
  printf ("  CSV export              %8.1f ms  (%6.1f)\n", csv_ms, last_cpu_ms);
  fodt_ms = time_export (plan, framework, fodt, PW_PAPER_A4);
  printf ("  FODT export             %8.1f ms  (%6.1f)\n", fodt_ms, last_cpu_ms);

  if (soffice == NULL)
    printf ("  soffice FODT → PDF      skipped: LibreOffice (soffice) is not installed\n");
  else
    {
      double soffice_ms = time_soffice (fodt, dir);
      g_autofree char *converted = g_build_filename (dir, "lo", "plan.pdf", NULL);

      if (soffice_ms < 0)
        printf ("  soffice FODT → PDF      failed to convert\n");
      else
        printf ("  soffice FODT → PDF      %8.1f ms  (%u pages; median of %d, FODT export not included)\n",
                soffice_ms, count_pdf_pages (converted), N_SOFFICE);
    }

  if (g_getenv ("PW_BENCH_KEEP") != NULL)
    printf ("files kept in %s\n", dir);
  else
    {
      g_autoptr(GFile) top = g_file_new_for_path (dir);

      remove_tree (top);
    }
  return 0;
}
