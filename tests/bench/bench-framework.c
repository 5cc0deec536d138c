/* bench-framework.c — how fast the framework loads and answers the indicator picker
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints the median of 50 loads from the bundled resource, and the median,
 * 95th percentile and worst time of a search over 1,000 realistic queries
 * (keyword headwords, what a user has typed of them, workshop phrases),
 * each query's time being the best of three runs; then the same for
 * suggestions from the same texts.
 * Aims: load < 5 ms, search median < 50 µs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pw-framework.h"
#include "pw-model.h"

#define N_LOADS   50
#define N_QUERIES 1000

static const char * const workshop_phrases[] = {
  "ESOL", "esol classes", "neighbours", "neighb", "neighbour", "hate crime", "GP", "volunteering",
  "digital", "citizenship", "confidence speaking to neighbours", "friendship club", "language café",
  "women", "English conversation", "racial harassment", "social mixing", "belonging", "loneliness",
  "employment", "job", "housing", "homeless", "school", "children", "mental health", "police",
  "trust", "safety", "internet", "library", "sports", "mentoring", "apprenticeships", "volunteer",
  "different backgrounds", "get on well", "local area", "satisfaction", "registered with a GP",
  "awareness of rights", "legal advice", "voting", "register to vote", "interpreting", "translation",
  "health", "wellbeing", "festivals", "museums", "culture", "faith", "religious", "community",
  "refugees", "asylum", "resettlement", "family reunion", "immigration status", "qualifications",
  "training", "college", "university", "pre-school", "childcare", "youth club", "older people",
  "isolation", "friends", "social media", "phone", "computer", "skills", "self-employment",
  "income", "benefits", "debt", "financial", "stability", "discrimination", "bullying", "racism",
};

static double
clock_seconds (clockid_t clock)
{
  struct timespec ts;

  clock_gettime (clock, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double
now (void)
{
  return clock_seconds (CLOCK_MONOTONIC);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
percentile (double *values,
            guint   n,
            double  fraction)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[MIN ((guint) (fraction * n), n - 1)];
}

/* Wall-clock time, and the CPU time of this thread, which other busy
 * processes on the machine do not inflate. */
static void
bench_load (void)
{
  double wall[N_LOADS], cpu[N_LOADS];

  for (guint i = 0; i < N_LOADS; i++)
    {
      g_autoptr(GError) error = NULL;
      double start = now (), start_cpu = clock_seconds (CLOCK_THREAD_CPUTIME_ID);
      g_autoptr(PwFramework) fw = pw_framework_new_from_resource (&error);

      wall[i] = now () - start;
      cpu[i] = clock_seconds (CLOCK_THREAD_CPUTIME_ID) - start_cpu;
      if (fw == NULL)
        g_error ("%s", error->message);
    }
  printf ("load: median of %d loads from the resource %.2f ms (CPU time %.2f ms; aim < 5 ms)\n",
          N_LOADS, percentile (wall, N_LOADS, 0.5) * 1e3, percentile (cpu, N_LOADS, 0.5) * 1e3);
}

/* Headwords, and what someone has typed of them so far, between workshop phrases. */
static GPtrArray *
make_queries (PwFramework *fw)
{
  GPtrArray *queries = g_ptr_array_new_with_free_func (g_free);
  guint k = 0, w = 0;

  while (queries->len < N_QUERIES)
    {
      const char *headword = pw_framework_get_keyword (fw, k++ % pw_framework_get_n_keywords (fw))->keyword;
      glong length = g_utf8_strlen (headword, -1);

      g_ptr_array_add (queries, g_strdup (headword));
      g_ptr_array_add (queries, g_utf8_substring (headword, 0, MIN (length, 3)));
      g_ptr_array_add (queries, g_utf8_substring (headword, 0, MIN (length, 6)));
      g_ptr_array_add (queries, g_strdup (workshop_phrases[w++ % G_N_ELEMENTS (workshop_phrases)]));
    }
  g_ptr_array_set_size (queries, N_QUERIES);
  return queries;
}

static void
bench_search (PwFramework *fw,
              GPtrArray   *queries,
              gboolean     suggest)
{
  g_autofree double *times = g_new (double, queries->len);
  const char *worst = NULL;
  double worst_time = 0;
  guint n_results = 0;

  for (guint i = 0; i < queries->len; i++)
    {
      const char *query = g_ptr_array_index (queries, i);

      /* the best of three runs, so that another process being scheduled
       * does not pass for a slow query */
      times[i] = G_MAXDOUBLE;
      for (guint run = 0; run < 3; run++)
        {
          g_autoptr(GArray) results = NULL;
          double start = now ();

          results = suggest ? pw_framework_suggest (fw, query, 20) : pw_framework_search (fw, query, NULL);
          times[i] = MIN (times[i], now () - start);
          n_results += run == 0 ? results->len : 0;
        }
      if (times[i] > worst_time)
        {
          worst_time = times[i];
          worst = query;
        }
    }
  printf ("%s: %u queries, median %.1f µs, 95th percentile %.1f µs, worst %.1f µs (“%s”), %.1f results each\n",
          suggest ? "suggest" : "search", queries->len,
          percentile (times, queries->len, 0.5) * 1e6, percentile (times, queries->len, 0.95) * 1e6,
          worst_time * 1e6, worst, (double) n_results / queries->len);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(PwFramework) fw = NULL;
  g_autoptr(GPtrArray) queries = NULL;
  g_autoptr(GError) error = NULL;

  pw_model_init ();
  fw = pw_framework_new_from_resource (&error);
  if (fw == NULL)
    g_error ("%s", error->message);

  bench_load ();

  queries = make_queries (fw);
  /* warm the caches once, as a picker that has been opened before would */
  for (guint i = 0; i < queries->len; i++)
    g_array_unref (pw_framework_search (fw, g_ptr_array_index (queries, i), NULL));
  bench_search (fw, queries, FALSE);
  bench_search (fw, queries, TRUE);
  return 0;
}
