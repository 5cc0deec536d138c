/* bench-plan-xml.c — timings of saving, loading and undo/redo for large plans
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-plan-xml [--runs N] [--cards N …]
 * Without --cards: 100, 1,000 and 5,000 cards, each measured in a fresh
 * child process so that its peak RSS is its own. Figures are medians of
 * --runs runs (default 7), in CPU milliseconds (user + system) so that a busy
 * machine does not distort them; save also shows wall time, since it waits
 * for the disk (fsync). For comparison, `xmllint --noout` (parse only) and
 * `xmllint --noout --relaxng` (parse and validate) run on the same files and
 * their CPU time is taken from getrusage(RUSAGE_CHILDREN), process start
 * included; those columns show "-" without xmllint.
 * Aim: a 1,000-card plan loads and saves in under 50 ms, within 3× xmllint.
 * The last line times a hostile shape (a long chain of outcomes) that should
 * load in about the time of any plan its size.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "pw-model.h"
#include "pw-plan-xml.h"

static int n_runs = 7;

static const char *lorem =
  "Newcomers and long-standing residents meet at the hub every week, where volunteers "
  "help with English, Welsh, forms, jobs and the first months in a new place.";

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double
median (double *values,
        int     n)
{
  qsort (values, n, sizeof *values, compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static double
timeval_ms (struct timeval tv)
{
  return tv.tv_sec * 1000.0 + tv.tv_usec / 1000.0;
}

/* CPU time (user + system) of this process, or of its waited-for children. */
static double
cpu_ms (int who)
{
  struct rusage usage;

  getrusage (who, &usage);
  return timeval_ms (usage.ru_utime) + timeval_ms (usage.ru_stime);
}

static char *
text_of_length (const char *prefix,
                guint       i,
                gsize       length)
{
  g_autofree char *head = g_strdup_printf ("%s %u: ", prefix, i);
  GString *s = g_string_new (head);

  while (s->len < length)
    g_string_append_len (s, lorem, MIN (strlen (lorem), length - s->len));
  return g_string_free (s, FALSE);
}

/* Cards in five lanes (2:2:2:3:1), each linked to the next lane; every
 * outcome has a bank and a custom indicator with all ten evaluation fields. */
static PwPlan *
generate_plan (PwFramework *framework,
               guint        n_cards)
{
  static const PwCardKind pattern[10] = {
    PW_CARD_KIND_BARRIER, PW_CARD_KIND_BARRIER, PW_CARD_KIND_ACTIVITY, PW_CARD_KIND_ACTIVITY,
    PW_CARD_KIND_OUTPUT, PW_CARD_KIND_OUTPUT, PW_CARD_KIND_OUTCOME, PW_CARD_KIND_OUTCOME,
    PW_CARD_KIND_OUTCOME, PW_CARD_KIND_GOAL,
  };
  PwPlan *plan = pw_plan_new ();
  GPtrArray *lanes[PW_N_CARD_KINDS];
  guint n_bank = pw_framework_get_n_indicators (framework);

  pw_plan_set_text (plan, PW_PLAN_FIELD_TITLE, "Benchmark plan");
  pw_plan_set_text (plan, PW_PLAN_FIELD_DESCRIPTION, lorem);
  pw_plan_set_target_groups (plan, PW_TARGET_GROUPS_ALL);
  for (guint k = 0; k < PW_N_CARD_KINDS; k++)
    lanes[k] = g_ptr_array_new ();
  for (guint s = 0; s < 12; s++)
    pw_plan_add_stakeholder (plan, "Partner organisation", s % PW_N_STAKEHOLDER_KINDS, lorem);

  for (guint i = 0; i < n_cards; i++)
    {
      PwCardKind kind = pattern[i % 10];
      g_autofree char *title = text_of_length ("Card", i, 48);
      g_autofree char *description = text_of_length ("Description", i, 160);
      PwCard *card = pw_plan_add_card (plan, kind, title, -1, 260.0 * kind, 90.0 * lanes[kind]->len);

      pw_plan_set_card_text (plan, card, PW_CARD_FIELD_DESCRIPTION, description);
      pw_plan_set_card_domains (plan, card, PW_CARD_DOMAIN_BIT (1 + i % 14) | PW_CARD_DOMAIN_BIT (1 + (i * 7) % 14));
      if (kind == PW_CARD_KIND_OUTCOME)
        {
          const PwIndicator *bank = pw_framework_get_indicator (framework, i % n_bank);
          PwIndicatorRef *refs[2];
          g_autofree char *outcome = text_of_length ("Integration outcome", i, 100);

          pw_plan_set_card_text (plan, card, PW_CARD_FIELD_INTEGRATION_OUTCOME, outcome);
          refs[0] = pw_plan_attach_indicator (plan, card, bank->id, bank->text, bank->domain, NULL);
          refs[1] = pw_plan_attach_indicator (plan, card, NULL, "Custom measure of the outcome",
                                              1 + i % 14, NULL);
          for (guint r = 0; r < 2; r++)
            for (guint f = 0; f < PW_N_EVAL_FIELDS; f++)
              {
                g_autofree char *text = text_of_length ("Evaluation", f, 60);
                if ((f + r) % 4 == 0)
                  pw_plan_suggest_eval_field (plan, refs[r], f, text);
                else
                  pw_plan_set_eval_field (plan, refs[r], f, text);
              }
        }
      g_ptr_array_add (lanes[kind], card);
    }

  /* Each card leads to one in the next lane; outcomes to a goal. */
  for (guint k = 0; k + 1 < PW_N_CARD_KINDS; k++)
    {
      GPtrArray *next = lanes[k == PW_CARD_KIND_OUTCOME ? PW_CARD_KIND_GOAL : k + 1];

      for (guint i = 0; i < lanes[k]->len && next->len > 0; i++)
        {
          PwLink *link = pw_plan_link (plan, lanes[k]->pdata[i], next->pdata[i % next->len], NULL);
          if (link != NULL && i % 3 == 0)
            pw_plan_set_link_text (plan, link, PW_LINK_FIELD_ASSUMPTION, lorem);
        }
    }
  for (guint k = 0; k < PW_N_CARD_KINDS; k++)
    g_ptr_array_unref (lanes[k]);
  return plan;
}

/* CPU time of a command, in ms; negative if it could not run. */
static double
time_command (char **argv)
{
  g_autoptr(GError) error = NULL;
  int status = 0;
  double start = cpu_ms (RUSAGE_CHILDREN);

  if (!g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                     G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, NULL))
    return -1;
  return cpu_ms (RUSAGE_CHILDREN) - start;
}

static char *
format_ms (double ms)
{
  return ms < 0 ? g_strdup ("-") : g_strdup_printf ("%.1f", ms);
}

static void
bench_one (guint n_cards)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PwFramework) framework = pw_framework_new_from_resource (&error);
  g_autofree char *dir = g_dir_make_tmp ("pw-bench-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *schema = g_build_filename (g_getenv ("PW_SOURCE_ROOT") ?: ".", "data",
                                              "pathways-plan.rng", NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(PwPlan) plan = NULL;
  double save[64], save_wall[64], serialise[64], load[64], load_wall[64], cycle[64];
  double lint[64], lint_rng[64];
  double generate_ms;
  gboolean have_xmllint = g_find_program_in_path ("xmllint") != NULL;
  GStatBuf st;
  struct rusage usage;

  g_assert_no_error (error);
  path = g_build_filename (dir, "plan.pathways", NULL);
  file = g_file_new_for_path (path);

  generate_ms = now_ms ();
  plan = generate_plan (framework, n_cards);
  generate_ms = now_ms () - generate_ms;

  for (int r = 0; r < n_runs; r++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(PwPlan) loaded = NULL;
      PwCard *victim;
      double t, w;

      t = cpu_ms (RUSAGE_SELF);
      bytes = pw_plan_to_xml (plan);
      serialise[r] = cpu_ms (RUSAGE_SELF) - t;

      t = cpu_ms (RUSAGE_SELF);
      w = now_ms ();
      if (!pw_plan_save (plan, file, NULL, &error))
        g_error ("save: %s", error->message);
      save[r] = cpu_ms (RUSAGE_SELF) - t;
      save_wall[r] = now_ms () - w;

      t = cpu_ms (RUSAGE_SELF);
      w = now_ms ();
      loaded = pw_plan_load (file, framework, NULL, &error);
      load[r] = cpu_ms (RUSAGE_SELF) - t;
      load_wall[r] = now_ms () - w;
      if (loaded == NULL)
        g_error ("load: %s", error->message);

      /* The heaviest everyday step: a card with its links and indicators. */
      victim = g_list_model_get_item (pw_plan_get_cards (loaded), n_cards / 2 + 6 - (n_cards / 2) % 10);
      pw_plan_remove_card (loaded, victim);
      g_object_unref (victim);
      t = cpu_ms (RUSAGE_SELF);
      for (int k = 0; k < 10; k++)
        {
          pw_plan_undo (loaded);
          pw_plan_redo (loaded);
        }
      cycle[r] = (cpu_ms (RUSAGE_SELF) - t) / 10;

      {
        char *lint_argv[] = { "xmllint", "--noout", path, NULL };
        char *rng_argv[] = { "xmllint", "--noout", "--relaxng", schema, path, NULL };
        lint[r] = have_xmllint ? time_command (lint_argv) : -1;
        lint_rng[r] = have_xmllint ? time_command (rng_argv) : -1;
      }
    }

  g_stat (path, &st);
  getrusage (RUSAGE_SELF, &usage);
  {
    g_autofree char *l1 = format_ms (median (lint, n_runs));
    g_autofree char *l2 = format_ms (median (lint_rng, n_runs));
    printf ("%6u %8.0f %8.1f %9.1f %8.1f %8.1f %9.1f %9.2f %9s %9s %7.0f\n",
            n_cards, st.st_size / 1024.0, median (serialise, n_runs), median (save, n_runs),
            median (save_wall, n_runs), median (load, n_runs), median (load_wall, n_runs),
            median (cycle, n_runs), l1, l2, usage.ru_maxrss / 1024.0);
    g_debug ("%u cards generated in %.0f ms", n_cards, generate_ms);
    fflush (stdout);
  }
  g_unlink (path);
  g_rmdir (dir);
}

/* A hostile shape: outcomes in one chain, the links listed from the goal end
 * backwards, so each new link lengthens the path the loop check walks. */
static void
bench_chain (guint n_cards)
{
  GString *xml = g_string_new ("<plan xmlns=\"urn:io.github.pathways:plan\" version=\"1\">\n<metadata/>\n<cards>\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  double t;

  for (guint i = 1; i <= n_cards; i++)
    g_string_append_printf (xml, "<card id=\"c%u\" kind=\"outcome\" order=\"%u\" x=\"0\" y=\"0\"/>\n", i, i - 1);
  g_string_append (xml, "</cards>\n<links>\n");
  for (guint i = n_cards - 1; i >= 1; i--)
    g_string_append_printf (xml, "<link id=\"l%u\" from=\"c%u\" to=\"c%u\"/>\n", i, i, i + 1);
  g_string_append (xml, "</links>\n</plan>\n");
  bytes = g_string_free_to_bytes (xml);

  t = cpu_ms (RUSAGE_SELF);
  plan = pw_plan_load_from_bytes (bytes, NULL, NULL, &error);
  if (plan == NULL)
    g_error ("chain: %s", error->message);
  printf ("chain of %u outcomes (%.0f KB), links listed backwards: load %.1f CPU ms\n",
          n_cards, g_bytes_get_size (bytes) / 1024.0, cpu_ms (RUSAGE_SELF) - t);
}

int
main (int   argc,
      char *argv[])
{
  static const guint default_sizes[] = { 100, 1000, 5000 };
  GArray *sizes = g_array_new (FALSE, FALSE, sizeof (guint));

  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--runs") == 0 && i + 1 < argc)
        {
          int runs = atoi (argv[++i]);  /* not inside CLAMP(), which evaluates twice */
          n_runs = CLAMP (runs, 1, 64);
        }
      else if (strcmp (argv[i], "--cards") == 0 && i + 1 < argc)
        {
          guint n = (guint) atoi (argv[++i]);
          g_array_append_val (sizes, n);
        }
    }
  pw_model_init ();

  if (g_getenv ("PW_BENCH_CHILD") != NULL || sizes->len == 1)
    {
      if (sizes->len != 1)
        g_error ("bench-plan-xml: a child needs exactly one --cards");
      bench_one (g_array_index (sizes, guint, 0));
      return 0;
    }

  printf ("Plan files: medians of %d runs, CPU ms unless marked wall; RSS is the peak of a "
          "process that handles one size\n", n_runs);
  printf ("%6s %8s %8s %9s %8s %8s %9s %9s %9s %9s %7s\n", "cards", "file KB", "to-xml", "save",
          "(wall)", "load", "(wall)", "undo+redo", "xmllint", "+relaxng", "RSS MB");
  fflush (stdout);
  if (sizes->len == 0)
    g_array_append_vals (sizes, default_sizes, G_N_ELEMENTS (default_sizes));
  for (guint i = 0; i < sizes->len; i++)
    {
      /* each size in its own process, for its own peak RSS */
      g_autofree char *cards = g_strdup_printf ("%u", g_array_index (sizes, guint, i));
      g_autofree char *runs = g_strdup_printf ("%d", n_runs);
      char *child_argv[] = { argv[0], "--runs", runs, "--cards", cards, NULL };
      g_autoptr(GError) error = NULL;
      int status;

      g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "PW_BENCH_CHILD", "1", TRUE);

      if (!g_spawn_sync (NULL, child_argv, envp, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL,
                         NULL, NULL, &status, &error) ||
          !g_spawn_check_wait_status (status, &error))
        {
          fprintf (stderr, "bench-plan-xml: %s cards: %s\n", cards, error->message);
          return 1;
        }
    }
  bench_chain (300);
  printf ("save = pw_plan_save (serialise, write, fsync, rename); load = pw_plan_load (checks,\n"
          "safe parse, new plan, RELAX NG); undo+redo = one undo and one redo of removing an\n"
          "outcome card with its links and indicators; xmllint includes its process start.\n");
  g_array_unref (sizes);
  return 0;
}
