/* bench-checks.c — how fast the plan checks re-run on large plans
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds plans of 100, 1,000 and 5,000 cards (a fifth in each lane, linked
 * lane to lane, with a few stage-skipping links; half the outcomes carry
 * indicators with part-filled evaluation rows, the rest none; cards tagged
 * with domains; assumptions on about half the links) and prints, per size:
 * the first run (cold: search-word suggestions for outcomes without an
 * indicator are computed once and cached), then the median and worst of 50
 * warm re-runs, of 50 edits that add or remove a finding, and of 50 renames
 * (the plan's "changed" makes the checks re-run and update the list in
 * place; the edit's own cost is included). Times are CPU time of this thread,
 * with the wall-clock median beside it (a busy machine inflates only that).
 * Aim: a 1,000-card plan re-checked in < 5 ms.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "pw-checks.h"
#include "pw-model.h"

#define N_RUNS 50

static const char * const outcome_words[] = {
  "Women speak English with neighbours", "More friends from different backgrounds",
  "Families feel safe in the local area", "Newcomers register with a GP",
  "Young people join youth clubs", "Residents report getting on well",
  "Parents take part in school life", "Adults find paid work",
  "People know their rights", "Newcomers use the library",
};

static const char * const bank_ids[] = {
  "bridges-05", "language-06", "work-02", "rights-05", "safety-05",
  "bonds-03", "stability-08", "leisure-03", "culture-03", "links-05",
};

typedef struct {
  double wall;
  double cpu;
} Stamp;

static double
clock_seconds (clockid_t clock)
{
  struct timespec ts;

  clock_gettime (clock, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static Stamp
now (void)
{
  return (Stamp) { clock_seconds (CLOCK_MONOTONIC), clock_seconds (CLOCK_THREAD_CPUTIME_ID) };
}

/* Milliseconds since @start, wall clock and CPU time of this thread (which
 * a busy machine does not inflate). */
static void
elapsed (Stamp start, double *wall, double *cpu)
{
  Stamp end = now ();

  *wall = (end.wall - start.wall) * 1e3;
  *cpu = (end.cpu - start.cpu) * 1e3;
}

static int
compare_doubles (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
add_indicators (PwPlan *plan, PwFramework *fw, PwCard *card, guint i)
{
  for (guint k = 0; k < 2; k++)
    {
      const PwIndicator *ind = pw_framework_lookup_indicator (fw, bank_ids[(i + k * 3) % G_N_ELEMENTS (bank_ids)]);
      PwIndicatorRef *ref = pw_plan_attach_indicator (plan, card, ind->id, ind->text, ind->domain, NULL);

      if (ref == NULL)
        continue;
      pw_plan_set_eval_field (plan, ref, PW_EVAL_FIELD_DATA_SOURCE, "Register, monthly");
      if (i % 3 == 0)
        pw_plan_set_eval_field (plan, ref, PW_EVAL_FIELD_SAMPLE, "All participants");
      if (i % 4 == 0)
        pw_plan_suggest_eval_field (plan, ref, PW_EVAL_FIELD_TIMELINE, "March");
    }
}

/* n cards: n/5 per lane; card j of a lane links to card j (and j+1) of the next. */
static PwPlan *
build_plan (PwFramework *fw, guint n)
{
  PwPlan *plan = pw_plan_new ();
  guint per_lane = n / PW_N_CARD_KINDS;
  g_autofree PwCard **lanes[PW_N_CARD_KINDS] = { NULL, };

  for (PwCardKind k = 0; k < PW_N_CARD_KINDS; k++)
    {
      lanes[k] = g_new (PwCard *, per_lane);
      for (guint j = 0; j < per_lane; j++)
        {
          g_autofree char *title = g_strdup_printf ("%s (%u)", outcome_words[j % G_N_ELEMENTS (outcome_words)], j);
          PwCard *card = pw_plan_add_card (plan, k, title, -1, 300.0 * k, 150.0 * j);

          lanes[k][j] = card;
          pw_plan_set_card_domains (plan, card, PW_CARD_DOMAIN_BIT (1 + (j % PW_N_DOMAINS)));
          if (k == PW_CARD_KIND_BARRIER && j % 2 == 0)
            pw_plan_set_card_text (plan, card, PW_CARD_FIELD_EVIDENCE, "Survey");
          if (k == PW_CARD_KIND_OUTCOME && j % 2 == 0)
            add_indicators (plan, fw, card, j);
        }
    }
  for (PwCardKind k = 0; k + 1 < PW_N_CARD_KINDS; k++)
    for (guint j = 0; j < per_lane; j++)
      {
        PwCardKind to = (j % 17 == 5 && k + 2 < PW_N_CARD_KINDS) ? k + 2 : k + 1;  /* a few skips */
        PwLink *link = pw_plan_link (plan, lanes[k][j], lanes[to][j], NULL);

        if (link != NULL && j % 2 == 1)
          pw_plan_set_link_text (plan, link, PW_LINK_FIELD_ASSUMPTION, "It holds");
        if (j + 1 < per_lane && j % 3 == 0)
          pw_plan_link (plan, lanes[k][j], lanes[k + 1][j + 1], NULL);
      }
  for (PwCardKind k = 0; k < PW_N_CARD_KINDS; k++)
    g_clear_pointer (&lanes[k], g_free);
  pw_plan_clear_undo (plan);
  return plan;
}

static void
print_times (const char *what, double *wall, double *cpu)
{
  qsort (wall, N_RUNS, sizeof (double), compare_doubles);
  qsort (cpu, N_RUNS, sizeof (double), compare_doubles);
  printf ("    %-22s median %7.2f ms CPU (%7.2f ms wall), worst %7.2f ms CPU\n",
          what, cpu[N_RUNS / 2], wall[N_RUNS / 2], cpu[N_RUNS - 1]);
}

static void
bench_size (PwFramework *fw, guint n)
{
  g_autoptr(PwPlan) plan = build_plan (fw, n);
  g_autoptr(PwChecks) checks = pw_checks_new (fw);
  g_autoptr(GPtrArray) cards = NULL;
  double wall[N_RUNS], cpu[N_RUNS], cold_wall, cold_cpu;
  Stamp t0;

  t0 = now ();
  pw_checks_set_plan (checks, plan);
  elapsed (t0, &cold_wall, &cold_cpu);
  printf ("%u cards, %u links, %u findings\n", n, g_list_model_get_n_items (pw_plan_get_links (plan)),
          g_list_model_get_n_items (pw_checks_get_findings (checks)));
  printf ("    %-22s        %7.2f ms CPU (%7.2f ms wall)\n", "first run (cold)", cold_cpu, cold_wall);
  for (guint r = 0; r < N_RUNS; r++)
    {
      t0 = now ();
      pw_checks_run (checks);
      elapsed (t0, &wall[r], &cpu[r]);
    }
  print_times ("re-run", wall, cpu);

  /* each edit changes something: evidence on and off, a new title */
  cards = pw_plan_get_lane_cards (plan, PW_CARD_KIND_BARRIER);
  for (guint r = 0; r < N_RUNS; r++)
    {
      PwCard *card = g_ptr_array_index (cards, r % cards->len);
      g_autofree char *text = g_strdup_printf ("Census, table %u", r);

      t0 = now ();
      pw_plan_set_card_text (plan, card, PW_CARD_FIELD_EVIDENCE, *pw_card_get_evidence (card) ? "" : text);
      elapsed (t0, &wall[r], &cpu[r]);
    }
  print_times ("edit evidence + re-run", wall, cpu);
  for (guint r = 0; r < N_RUNS; r++)
    {
      PwCard *card = g_ptr_array_index (cards, (r * 7) % cards->len);
      g_autofree char *title = g_strdup_printf ("Renamed barrier %u", r);

      t0 = now ();
      pw_plan_set_card_text (plan, card, PW_CARD_FIELD_TITLE, title);
      elapsed (t0, &wall[r], &cpu[r]);
    }
  print_times ("rename + re-run", wall, cpu);
}

int
main (void)
{
  static const guint sizes[] = { 100, 1000, 5000 };
  g_autoptr(PwFramework) fw = NULL;
  g_autoptr(GError) error = NULL;

  pw_model_init ();
  fw = pw_framework_new_from_resource (&error);
  if (fw == NULL)
    {
      fprintf (stderr, "bench-checks: %s\n", error->message);
      return 1;
    }
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    bench_size (fw, sizes[i]);
  return 0;
}
