/* test-framework.c — the framework data: loading, lookups, search, suggestions, corrupt data
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "pw-autocleanups.h"
#include "pw-framework.h"
#include "pw-framework-cli.h"

static const char * const data_files[] = {
  "framework.json", "indicators.json", "good-practice.json", "keywords.json", "comparators.json",
};

static PwFramework *
framework (void)
{
  g_autoptr(GError) error = NULL;
  PwFramework *fw = pw_framework_new_from_resource (&error);

  g_assert_no_error (error);
  g_assert_nonnull (fw);
  return fw;
}

static char *
data_dir (void)
{
  const char *root = g_getenv ("PW_SOURCE_ROOT");

  if (root != NULL)
    return g_build_filename (root, "data", "framework", NULL);
  return g_test_build_filename (G_TEST_DIST, "..", "data", "framework", NULL);
}

/* ---- Lookups ------------------------------------------------------------ */

static void
test_load (void)
{
  g_autoptr(PwFramework) fw = framework ();

  g_assert_cmpuint (pw_framework_get_n_indicators (fw), ==, 173);
  g_assert_cmpuint (pw_framework_get_n_keywords (fw), ==, 217);
  g_assert_cmpuint (pw_framework_get_n_principles (fw), ==, 4);
  g_assert_cmpuint (pw_framework_get_n_comparators (fw), >, 0);
  g_assert_cmpstr (pw_framework_get_licence (fw), ==, "Open Government Licence v3.0");
  g_assert_nonnull (strstr (pw_framework_get_attribution (fw), "Crown copyright"));
  g_assert_nonnull (strstr (pw_framework_get_document (fw), "Indicators of Integration"));
}

/* Hand counts from data/framework/COUNTS.md (section 7 of the framework,
 * counted row by row), and the keyword index's 217 entries (the IOM guide's
 * INDEX, seed 004 lines 619–893: 217 entries end in their domain numbers). */
static void
test_counts (void)
{
  static const struct { guint indicators, local, national; } counts[PW_N_DOMAINS] = {
    { 13, 6, 7 }, { 15, 5, 4 }, { 10, 3, 2 }, { 52, 10, 4 }, { 5, 3, 1 }, { 6, 2, 3 }, { 9, 4, 5 },
    { 8, 3, 2 }, { 9, 7, 5 }, { 7, 5, 4 }, { 6, 6, 3 }, { 10, 4, 4 }, { 12, 4, 3 }, { 11, 6, 6 },
  };
  g_autoptr(PwFramework) fw = framework ();
  guint total = 0, local = 0, national = 0;

  for (guint d = 1; d <= PW_N_DOMAINS; d++)
    {
      guint n;

      g_test_message ("domain %u", d);
      pw_framework_get_domain_indicators (fw, d, &n);
      g_assert_cmpuint (n, ==, counts[d - 1].indicators);
      total += n;
      pw_framework_get_good_practice (fw, d, PW_GOOD_PRACTICE_LOCAL, &n);
      g_assert_cmpuint (n, ==, counts[d - 1].local);
      local += n;
      pw_framework_get_good_practice (fw, d, PW_GOOD_PRACTICE_NATIONAL, &n);
      g_assert_cmpuint (n, ==, counts[d - 1].national);
      national += n;
    }
  g_assert_cmpuint (total, ==, 173);
  g_assert_cmpuint (local, ==, 68);
  g_assert_cmpuint (national, ==, 53);
  g_assert_cmpuint (pw_framework_get_n_keywords (fw), ==, 217);
}

static void
test_domains (void)
{
  g_autoptr(PwFramework) fw = framework ();
  const PwCategoryInfo *category;
  const PwDomain *domain;

  domain = pw_framework_get_domain (fw, 7);
  g_assert_cmpuint (domain->number, ==, 7);
  g_assert_cmpstr (domain->slug, ==, "bridges");
  g_assert_cmpstr (domain->name, ==, "Social bridges");
  g_assert_cmpint (domain->category, ==, PW_CATEGORY_SOCIAL_CONNECTIONS);
  g_assert_cmpstr (domain->source, ==, "Framework 2019, section 7.7");
  g_assert_true (pw_framework_get_domain_by_slug (fw, "language") == pw_framework_get_domain (fw, 9));
  g_assert_null (pw_framework_get_domain_by_slug (fw, "nowhere"));
  g_assert_null (pw_framework_get_domain (fw, 0));
  g_assert_null (pw_framework_get_domain (fw, 15));
  g_assert_cmpint (pw_framework_get_domain_category (fw, 14), ==, PW_CATEGORY_FOUNDATION);
  g_assert_cmpint (pw_framework_get_domain_category (fw, 1), ==, PW_CATEGORY_MARKERS_AND_MEANS);

  category = pw_framework_get_category (fw, PW_CATEGORY_FACILITATORS);
  g_assert_cmpstr (category->slug, ==, "facilitators");
  g_assert_cmpstr (category->name, ==, "Facilitators");
  g_assert_cmpuint (category->first_domain, ==, 9);
  g_assert_cmpuint (category->n_domains, ==, 5);
  category = pw_framework_get_category (fw, PW_CATEGORY_FOUNDATION);
  g_assert_cmpuint (category->first_domain, ==, 14);
  g_assert_cmpuint (category->n_domains, ==, 1);
}

static void
test_indicators (void)
{
  g_autoptr(PwFramework) fw = framework ();
  g_autoptr(GPtrArray) also = NULL;
  g_autofree char *marks = NULL;
  const PwIndicator *indicator, **in_domain;
  guint n;

  indicator = pw_framework_lookup_indicator (fw, "bridges-05");
  g_assert_nonnull (indicator);
  g_assert_cmpuint (indicator->domain, ==, 7);
  g_assert_cmpstr (indicator->text, ==, "% confident to ask their neighbours of all backgrounds for help");
  g_assert_cmpint (indicator->marks, ==, PW_MARK_SURVEY);
  g_assert_null (indicator->shared);
  g_assert_null (pw_framework_lookup_indicator (fw, "bridges-99"));
  g_assert_true (pw_framework_get_indicator (fw, 0) == pw_framework_lookup_indicator (fw, "work-01"));

  /* two marks, kept in the order printed: ▲ before ■ */
  indicator = pw_framework_lookup_indicator (fw, "work-05");
  g_assert_cmpint (indicator->marks, ==, PW_MARK_SURVEY | PW_MARK_OFFICIAL);
  g_assert_cmpint (indicator->mark_order[0], ==, PW_MARK_SURVEY);
  g_assert_cmpint (indicator->mark_order[1], ==, PW_MARK_OFFICIAL);
  g_assert_cmpint (indicator->mark_order[2], ==, 0);
  marks = pw_indicator_get_marks_text (indicator);
  g_assert_cmpstr (marks, ==, "▲ ■");

  in_domain = pw_framework_get_domain_indicators (fw, 9, &n);
  g_assert_cmpuint (n, ==, 9);
  g_assert_cmpstr (in_domain[0]->id, ==, "language-01");
  g_assert_cmpstr (in_domain[8]->id, ==, "language-09");

  indicator = pw_framework_lookup_indicator (fw, "housing-01");
  g_assert_cmpstr (indicator->shared, ==, "homeless");
  also = pw_framework_get_also_in (fw, indicator);
  g_assert_cmpuint (also->len, ==, 1);
  g_assert_cmpstr (((const PwIndicator *) g_ptr_array_index (also, 0))->id, ==, "health-51");
  g_clear_pointer (&also, g_ptr_array_unref);

  also = pw_framework_get_also_in (fw, pw_framework_lookup_indicator (fw, "work-13"));
  g_assert_cmpuint (also->len, ==, 10);
  g_clear_pointer (&also, g_ptr_array_unref);

  also = pw_framework_get_also_in (fw, pw_framework_lookup_indicator (fw, "bridges-05"));
  g_assert_cmpuint (also->len, ==, 0);
}

static void
test_good_practice (void)
{
  g_autoptr(PwFramework) fw = framework ();
  const PwGoodPractice **items;
  guint n;

  items = pw_framework_get_good_practice (fw, 1, PW_GOOD_PRACTICE_LOCAL, &n);
  g_assert_cmpuint (n, ==, 6);
  g_assert_cmpstr (items[0]->id, ==, "work-local-01");
  g_assert_cmpint (items[0]->scope, ==, PW_GOOD_PRACTICE_LOCAL);
  g_assert_cmpuint (items[0]->domain, ==, 1);
  items = pw_framework_get_good_practice (fw, 5, PW_GOOD_PRACTICE_NATIONAL, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (items[0]->scope, ==, PW_GOOD_PRACTICE_NATIONAL);
}

static void
test_keywords (void)
{
  g_autoptr(PwFramework) fw = framework ();
  g_autoptr(GPtrArray) found = NULL;
  const PwKeyword *keyword;

  keyword = pw_framework_get_keyword (fw, 0);
  g_assert_cmpstr (keyword->keyword, ==, "Access to services and entitlements");
  g_assert_cmpuint (keyword->index, ==, 0);

  found = pw_framework_lookup_keyword (fw, "neighbours");
  g_assert_cmpuint (found->len, ==, 1);
  keyword = g_ptr_array_index (found, 0);
  g_assert_cmpstr (keyword->keyword, ==, "Neighbours");
  g_assert_cmpuint (keyword->domains, ==, (1u << 6) | (1u << 12));
  g_clear_pointer (&found, g_ptr_array_unref);

  /* a headword listed twice, with different domains */
  found = pw_framework_lookup_keyword (fw, "CHILDREN");
  g_assert_cmpuint (found->len, ==, 2);
  g_assert_cmpuint (((const PwKeyword *) g_ptr_array_index (found, 0))->domains |
                    ((const PwKeyword *) g_ptr_array_index (found, 1))->domains, ==, (1u << 1) | (1u << 11));
  g_clear_pointer (&found, g_ptr_array_unref);

  found = pw_framework_lookup_keyword (fw, "awareness of rights");
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpuint (((const PwKeyword *) g_ptr_array_index (found, 0))->domains, ==, 0x3fff & ~((1u << 5) | (1u << 6) | (1u << 12)));
  g_clear_pointer (&found, g_ptr_array_unref);

  found = pw_framework_lookup_keyword (fw, "no such headword");
  g_assert_cmpuint (found->len, ==, 0);
}

static void
test_comparators (void)
{
  g_autoptr(PwFramework) fw = framework ();
  g_autoptr(GPtrArray) found = NULL;
  const PwComparator *comparator = NULL;

  for (guint i = 0; i < pw_framework_get_n_comparators (fw); i++)
    if (g_str_equal (pw_framework_get_comparator (fw, i)->id, "mhclg-01"))
      comparator = pw_framework_get_comparator (fw, i);
  g_assert_nonnull (comparator);
  g_assert_cmpstr (comparator->set, ==, "mhclg");
  g_assert_cmpstr (comparator->set_name, ==, "Measuring Outcomes for Integrated Communities: Technical Note");
  g_assert_cmpstr (comparator->set_licence, ==, "Open Government Licence v3.0");
  g_assert_nonnull (strstr (comparator->set_source, "MHCLG"));
  g_assert_cmpuint (comparator->n_maps, >=, 1);
  g_assert_cmpstr (comparator->maps[0].indicator, ==, "language-06");

  found = pw_framework_get_indicator_comparators (fw, "language-06");
  g_assert_cmpuint (found->len, >=, 1);
  g_assert_true (g_ptr_array_index (found, 0) == comparator);
  g_clear_pointer (&found, g_ptr_array_unref);

  found = pw_framework_get_indicator_comparators (fw, "nothing-01");
  g_assert_cmpuint (found->len, ==, 0);
}

static void
test_principles_and_marks (void)
{
  g_autoptr(PwFramework) fw = framework ();
  const PwMarkInfo *mark;

  g_assert_cmpuint (pw_framework_get_principle (fw, 0)->number, ==, 1);
  g_assert_cmpstr (pw_framework_get_principle (fw, 0)->title, ==, "Integration is multi-dimensional");
  mark = pw_framework_get_mark_info (fw, PW_MARK_OTHER);
  g_assert_cmpint (mark->mark, ==, PW_MARK_OTHER);
  g_assert_cmpstr (mark->symbol, ==, "★");
  g_assert_cmpstr (mark->name, ==, "Other Data");
  g_assert_cmpstr (pw_framework_get_mark_info (fw, PW_MARK_NONE)->symbol, ==, "□");
}

static void
test_default (void)
{
  PwFramework *fw = pw_framework_get_default ();

  g_assert_true (PW_IS_FRAMEWORK (fw));
  g_assert_true (pw_framework_get_default () == fw);
}

/* ---- Folding and search ------------------------------------------------- */

static void
test_fold (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "Hate crime", "hate crime" },
    { "  Hate-Crime!! ", "hate crime" },
    { "Café – Crème brûlée", "cafe creme brulee" },
    { "Students' self-reported feeling", "students self reported feeling" },
    { "sense of ‘belonging’ to", "sense of belonging to" },
    { "ﬁnance", "finance" },
    { "Straße", "strasse" },
    { "% (eligible/able to work)", "eligible able to work" },
    { "ESOL", "esol" },
    { "", "" },
    { " \t ", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = pw_fold_text (cases[i].in);

      g_assert_cmpstr (folded, ==, cases[i].out);
    }
}

static GArray *
search (PwFramework          *fw,
        const char           *query,
        const PwSearchFilter *filter)
{
  GArray *results = pw_framework_search (fw, query, filter);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  /* always: each indicator once, kinds strongest first, scores falling */
  for (guint i = 0; i < results->len; i++)
    {
      const PwSearchResult *r = &g_array_index (results, PwSearchResult, i);

      g_assert_false (g_hash_table_contains (seen, r->indicator));
      g_hash_table_add (seen, (gpointer) r->indicator);
      g_assert_true ((r->keyword != NULL) == (r->kind <= PW_MATCH_KEYWORD_PREFIX));
      if (i > 0)
        {
          const PwSearchResult *prev = &g_array_index (results, PwSearchResult, i - 1);

          g_assert_cmpint (prev->kind, <=, r->kind);
          g_assert_cmpfloat (prev->score, >=, r->score);
        }
    }
  return results;
}

static const PwSearchResult *
result (GArray *results,
        guint   i)
{
  g_assert_cmpuint (i, <, results->len);
  return &g_array_index (results, PwSearchResult, i);
}

static int
find_result (GArray     *results,
             const char *id)
{
  for (guint i = 0; i < results->len; i++)
    if (g_str_equal (result (results, i)->indicator->id, id))
      return i;
  return -1;
}

static gboolean
text_has (const PwSearchResult *r,
          const char           *word)
{
  g_autofree char *folded = pw_fold_text (r->indicator->text);

  return strstr (folded, word) != NULL;
}

static void
test_search_esol (void)
{
  g_autoptr(PwFramework) fw = framework ();
  g_autoptr(GArray) results = search (fw, "ESOL", NULL);

  g_assert_cmpuint (results->len, >=, 9);
  g_assert_cmpint (result (results, 0)->kind, ==, PW_MATCH_KEYWORD_EXACT);
  g_assert_cmpstr (result (results, 0)->keyword->keyword, ==, "ESOL");
  /* the four ESOL indicators first, then the rest of Language and communication */
  for (guint i = 0; i < 4; i++)
    g_assert_true (text_has (result (results, i), "esol"));
  for (guint i = 0; i < 9; i++)
    g_assert_cmpuint (result (results, i)->indicator->domain, ==, 9);
}

static void
test_search_neighbours (void)
{
  g_autoptr(PwFramework) fw = framework ();
  g_autoptr(GArray) results = search (fw, "neighbours", NULL);
  int exact, prefix, text;

  g_assert_cmpstr (result (results, 0)->indicator->id, ==, "bridges-05");
  g_assert_cmpint (result (results, 0)->kind, ==, PW_MATCH_KEYWORD_EXACT);
  g_assert_cmpstr (result (results, 0)->keyword->keyword, ==, "Neighbours");
  g_assert_cmpstr (result (results, 1)->indicator->id, ==, "stability-08");

  /* exact headword (7, 13) > other headwords it starts > indicator text */
  exact = find_result (results, "stability-09");
  prefix = find_result (results, "housing-09");
  text = find_result (results, "language-06");
  g_assert_cmpint (exact, >=, 0);
  g_assert_cmpint (result (results, exact)->kind, ==, PW_MATCH_KEYWORD_EXACT);
  g_assert_cmpint (prefix, >, exact);
  g_assert_cmpint (result (results, prefix)->kind, ==, PW_MATCH_KEYWORD_PREFIX);
  g_assert_cmpstr (result (results, prefix)->keyword->keyword, ==, "Satisfaction, neighbourhood");
  g_assert_cmpint (text, >, prefix);
  g_assert_cmpint (result (results, text)->kind, ==, PW_MATCH_TEXT);
}

static void
test_search_neighb (void)
{
  g_autoptr(PwFramework) fw = framework ();
  g_autoptr(GArray) results = search (fw, "neighb", NULL);
  gboolean saw_neighbours = FALSE, saw_belonging = FALSE, saw_satisfaction = FALSE;

  g_assert_cmpint (result (results, 0)->kind, ==, PW_MATCH_KEYWORD_PREFIX);
  g_assert_true (text_has (result (results, 0), "neighbour"));
  for (guint i = 0; i < results->len; i++)
    {
      const PwKeyword *keyword = result (results, i)->keyword;

      if (keyword == NULL)
        continue;
      saw_neighbours |= g_str_equal (keyword->keyword, "Neighbours");
      saw_belonging |= g_str_equal (keyword->keyword, "Belonging to neighbourhood / local area");
      saw_satisfaction |= g_str_equal (keyword->keyword, "Satisfaction, neighbourhood");
    }
  g_assert_true (saw_neighbours);
  g_assert_true (saw_belonging);
  g_assert_true (saw_satisfaction);
  g_assert_cmpint (result (results, find_result (results, "language-06"))->kind, ==, PW_MATCH_TEXT);
}

static void
test_search_plural (void)
{
  g_autoptr(PwFramework) fw = framework ();
  g_autoptr(GArray) singular = search (fw, "neighbour", NULL);
  g_autoptr(GArray) plural = search (fw, "neighbours", NULL);
  g_autoptr(GArray) bridges = search (fw, "bridges", NULL);
  g_autoptr(GArray) bridge = search (fw, "bridge", NULL);
  g_autoptr(GArray) activity = NULL;
  g_autoptr(GArray) gps = NULL;

  g_assert_cmpint (result (singular, 0)->kind, ==, PW_MATCH_KEYWORD_EXACT);
  g_assert_cmpstr (result (singular, 0)->keyword->keyword, ==, "Neighbours");
  g_assert_cmpuint (singular->len, ==, plural->len);
  for (guint i = 0; i < plural->len; i++)
    g_assert_true (result (singular, i)->indicator == result (plural, i)->indicator);

  g_assert_cmpuint (bridges->len, >, 0);
  g_assert_cmpuint (bridge->len, ==, bridges->len);
  g_assert_cmpstr (result (bridge, 0)->indicator->id, ==, result (bridges, 0)->indicator->id);

  /* "social activities" (language-07) for "social activity"; "GPs" for "GP" */
  activity = search (fw, "social activity", NULL);
  g_assert_cmpint (find_result (activity, "language-07"), >=, 0);
  gps = search (fw, "gps", NULL);
  g_assert_cmpstr (result (gps, 0)->indicator->id, ==, "health-02");
}

static void
test_search_hate_crime (void)
{
  g_autoptr(PwFramework) fw = framework ();
  g_autoptr(GArray) results = search (fw, "hate crime", NULL);

  g_assert_cmpstr (result (results, 0)->indicator->id, ==, "safety-06");
  g_assert_cmpint (result (results, 0)->kind, ==, PW_MATCH_KEYWORD_EXACT);
  g_assert_cmpstr (result (results, 0)->keyword->keyword, ==, "Hate crime");
  /* "% arrested and/or charged with a crime" shares a word */
  g_assert_cmpstr (result (results, 1)->indicator->id, ==, "safety-09");
  /* no other indicator says "hate crime"; Social bridges' good practice does */
  for (guint i = 0; i < results->len; i++)
    if (result (results, i)->kind != PW_MATCH_GOOD_PRACTICE)
      g_assert_cmpuint (result (results, i)->indicator->domain, ==, 12);
  g_assert_cmpint (result (results, find_result (results, "bridges-05"))->kind, ==, PW_MATCH_GOOD_PRACTICE);
}

static void
test_search_gp (void)
{
  g_autoptr(PwFramework) fw = framework ();
  g_autoptr(GArray) results = search (fw, "GP", NULL);

  g_assert_cmpstr (result (results, 0)->indicator->id, ==, "health-02");
  g_assert_cmpint (result (results, 0)->kind, ==, PW_MATCH_KEYWORD_EXACT);
  g_assert_cmpstr (result (results, 0)->keyword->keyword, ==, "GP");
  /* the four indicators naming GPs lead Health and social care */
  for (guint i = 0; i < 4; i++)
    g_assert_true (text_has (result (results, i), " gp"));
  g_assert_false (text_has (result (results, 4), " gp"));
}

static void
test_search_volunteering (void)
{
  g_autoptr(PwFramework) fw = framework ();
  g_autoptr(GArray) results = search (fw, "volunteering", NULL);
  int text;

  g_assert_cmpstr (result (results, 0)->indicator->id, ==, "bridges-07");
  g_assert_cmpint (result (results, 0)->kind, ==, PW_MATCH_KEYWORD_EXACT);
  g_assert_cmpstr (result (results, 0)->keyword->keyword, ==, "Volunteering/helping");
  /* "voluntary work" is the most relevant of Work */
  g_assert_cmpstr (result (results, 1)->indicator->id, ==, "work-10");
  text = find_result (results, "language-07");
  g_assert_cmpint (text, >, 1);
  g_assert_cmpint (result (results, text)->kind, ==, PW_MATCH_TEXT);
}

static void
test_search_digital (void)
{
  g_autoptr(PwFramework) fw = framework ();
  g_autoptr(GArray) results = search (fw, "digital", NULL);
  guint n;

  pw_framework_get_domain_indicators (fw, 11, &n);
  g_assert_cmpint (result (results, 0)->kind, ==, PW_MATCH_KEYWORD_PREFIX);
  g_assert_true (text_has (result (results, 0), "digital"));
  g_assert_true (text_has (result (results, 1), "digital"));
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (result (results, i)->indicator->domain, ==, 11);
}

static void
test_search_citizenship (void)
{
  g_autoptr(PwFramework) fw = framework ();
  g_autoptr(GArray) results = search (fw, "citizenship", NULL);
  int applying, progressing;
  guint n;

  pw_framework_get_domain_indicators (fw, 13, &n);
  g_assert_cmpstr (result (results, 0)->indicator->id, ==, "stability-07");
  g_assert_cmpint (result (results, 0)->kind, ==, PW_MATCH_KEYWORD_EXACT);
  g_assert_cmpstr (result (results, 0)->keyword->keyword, ==, "Citizenship");
  applying = find_result (results, "rights-03");
  progressing = find_result (results, "language-04");
  g_assert_cmpint (applying, >=, (int) n);
  g_assert_cmpint (progressing, >=, (int) n);
  g_assert_cmpint (result (results, applying)->kind, ==, PW_MATCH_TEXT);
  g_assert_cmpint (result (results, progressing)->kind, ==, PW_MATCH_TEXT);
  /* the shorter text, where the word weighs more, first */
  g_assert_cmpint (applying, <, progressing);
}

static void
assert_same_results (PwFramework *fw,
                     const char  *a,
                     const char  *b)
{
  g_autoptr(GArray) ra = search (fw, a, NULL);
  g_autoptr(GArray) rb = search (fw, b, NULL);

  g_test_message ("“%s” vs “%s”", a, b);
  g_assert_cmpuint (ra->len, >, 0);
  g_assert_cmpuint (ra->len, ==, rb->len);
  for (guint i = 0; i < ra->len; i++)
    {
      g_assert_true (result (ra, i)->indicator == result (rb, i)->indicator);
      g_assert_cmpint (result (ra, i)->kind, ==, result (rb, i)->kind);
    }
}

static void
test_search_insensitive (void)
{
  g_autoptr(PwFramework) fw = framework ();

  assert_same_results (fw, "ESOL", "esol");
  assert_same_results (fw, "ESOL", "  Ésol!! ");
  assert_same_results (fw, "hate crime", "Hate-Crime");
  assert_same_results (fw, "hate crime", "HATE   CRIME.");
  assert_same_results (fw, "citizenship", "Cítízénshíp");
  assert_same_results (fw, "neighbours", "neighbour’s");
  assert_same_results (fw, "self-employment", "self employment");
}

static void
test_search_filters (void)
{
  g_autoptr(PwFramework) fw = framework ();
  g_autoptr(GArray) results = NULL;
  PwSearchFilter filter = { 0 };

  filter.domains = 1u << (13 - 1);
  results = search (fw, "neighbours", &filter);
  g_assert_cmpstr (result (results, 0)->indicator->id, ==, "stability-08");
  for (guint i = 0; i < results->len; i++)
    g_assert_cmpuint (result (results, i)->indicator->domain, ==, 13);
  g_clear_pointer (&results, g_array_unref);

  filter = (PwSearchFilter) { .categories = 1u << PW_CATEGORY_FACILITATORS };
  results = search (fw, "neighbours", &filter);
  g_assert_cmpuint (results->len, >, 0);
  for (guint i = 0; i < results->len; i++)
    g_assert_cmpint (pw_framework_get_domain_category (fw, result (results, i)->indicator->domain), ==,
                     PW_CATEGORY_FACILITATORS);
  g_clear_pointer (&results, g_array_unref);

  filter = (PwSearchFilter) { .marks = PW_MARK_OFFICIAL };
  results = search (fw, "citizenship", &filter);
  g_assert_cmpstr (result (results, 0)->indicator->id, ==, "stability-07");
  g_assert_cmpint (find_result (results, "rights-03"), >, 0);
  for (guint i = 0; i < results->len; i++)
    g_assert_cmpint (result (results, i)->indicator->marks & PW_MARK_OFFICIAL, !=, 0);
  g_clear_pointer (&results, g_array_unref);

  /* Work is not a Foundation domain: nothing can pass both */
  filter = (PwSearchFilter) { .domains = 1, .categories = 1u << PW_CATEGORY_FOUNDATION };
  results = search (fw, "work", &filter);
  g_assert_cmpuint (results->len, ==, 0);
}

static void
test_search_empty (void)
{
  static const char * const queries[] = { "", "   ", "!!! ... –", "zzzzqx" };
  g_autoptr(PwFramework) fw = framework ();

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GArray) results = search (fw, queries[i], NULL);

      g_assert_cmpuint (results->len, ==, 0);
    }
}

/* While typing, a short first word may be a stop word: "in" → "internet". */
static void
test_search_typing (void)
{
  g_autoptr(PwFramework) fw = framework ();
  g_autoptr(GArray) in = search (fw, "in", NULL);
  g_autoptr(GArray) belonging = search (fw, "belonging to", NULL);

  g_assert_cmpuint (in->len, >, 0);
  g_assert_cmpint (result (in, 0)->kind, ==, PW_MATCH_KEYWORD_PREFIX);
  g_assert_cmpint (result (belonging, 0)->kind, ==, PW_MATCH_KEYWORD_PREFIX);
  g_assert_true (text_has (result (belonging, 0), "belonging"));
}

static void
test_suggest (void)
{
  g_autoptr(PwFramework) fw = framework ();
  g_autoptr(GArray) results = pw_framework_suggest (fw, "Women speak English with their neighbours", 10);
  g_autoptr(GArray) few = pw_framework_suggest (fw, "Women speak English with their neighbours", 3);
  g_autoptr(GArray) none = pw_framework_suggest (fw, "with their", 10);
  int bridges;

  g_assert_cmpuint (results->len, ==, 10);
  g_assert_cmpstr (result (results, 0)->indicator->id, ==, "language-06");
  g_assert_cmpint (result (results, 0)->kind, ==, PW_MATCH_TEXT);
  bridges = find_result (results, "bridges-05");
  g_assert_cmpint (bridges, >, 0);
  g_assert_cmpint (result (results, bridges)->kind, ==, PW_MATCH_KEYWORD_EXACT);
  g_assert_cmpstr (result (results, bridges)->keyword->keyword, ==, "Neighbours");
  g_assert_cmpint (find_result (results, "safety-02"), >, 0);
  for (guint i = 1; i < results->len; i++)
    g_assert_cmpfloat (result (results, i - 1)->score, >=, result (results, i)->score);

  g_assert_cmpuint (few->len, ==, 3);
  g_assert_true (result (few, 0)->indicator == result (results, 0)->indicator);
  g_assert_cmpuint (none->len, ==, 0);
}

/* ---- Command line ------------------------------------------------------- */

static char *
capture (int (*print) (PwFramework *, FILE *),
         PwFramework *fw)
{
  char *text = NULL;
  size_t size = 0;
  FILE *out = open_memstream (&text, &size);

  g_assert_cmpint (print (fw, out), ==, 0);
  fclose (out);
  return text;
}

static void
test_cli (void)
{
  g_autoptr(PwFramework) fw = framework ();
  g_autofree char *indicators = capture (pw_framework_cli_list_indicators, fw);
  g_autofree char *keywords = capture (pw_framework_cli_list_keywords, fw);
  g_autofree char *found = NULL;
  g_auto(GStrv) lines = NULL;
  size_t size = 0;
  FILE *out;

  lines = g_strsplit (indicators, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 173 + 1);
  g_assert_cmpstr (lines[0], ==, "work-01\t1\tWork\tMarkers and Means\t▲\t% participating in pathways to work "
                   "(e.g. apprenticeships, work experience or mentoring/ shadowing schemes)");
  g_assert_cmpstr (lines[4], ==, "work-05\t1\tWork\tMarkers and Means\t▲ ■\t% holding different kinds of "
                   "employment contracts (zero-hours, part-time; self-employed; temporary, etc.)");
  g_clear_pointer (&lines, g_strfreev);

  lines = g_strsplit (keywords, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 217 + 1);
  g_assert_cmpstr (lines[0], ==, "Access to services and entitlements\t14");
  g_assert_true (g_strv_contains ((const char * const *) lines, "Neighbours\t7, 13"));
  g_assert_true (g_strv_contains ((const char * const *) lines,
                                  "Awareness of rights\t1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 14"));
  g_clear_pointer (&lines, g_strfreev);

  out = open_memstream (&found, &size);
  g_assert_cmpint (pw_framework_cli_search (fw, "neighbours", out), ==, 0);
  fclose (out);
  lines = g_strsplit (found, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "1\tbridges-05\t7 Social bridges\tkeyword “Neighbours” → 7, 13\t"
                   "% confident to ask their neighbours of all backgrounds for help");
  g_assert_nonnull (strstr (found, "\twords in the indicator\t"));
}

/* ---- Corrupt data ------------------------------------------------------- */

typedef void (*Damage) (const char *dir);

static char *
read_file (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static cJSON *
read_json (const char *dir,
           const char *name)
{
  g_autofree char *text = read_file (dir, name);
  cJSON *json = cJSON_Parse (text);

  g_assert_nonnull (json);
  return json;
}

static void
write_json (const char  *dir,
            const char  *name,
            const cJSON *json)
{
  char *text = cJSON_Print (json);

  write_file (dir, name, text, -1);
  cJSON_free (text);
}

/* Copies the real data to a temporary directory, damages it, loads it and
 * checks the error: its code and that the message starts with @prefix.
 * Returns the message for further checks. */
static char *
damage_and_load (Damage      damage,
                 int         code,
                 const char *prefix)
{
  g_autofree char *source = data_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PwFramework) fw = NULL;
  g_autoptr(GFile) dir_file = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pw-framework-XXXXXX", &error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (data_files); i++)
    {
      g_autofree char *contents = read_file (source, data_files[i]);

      write_file (dir, data_files[i], contents, -1);
    }

  damage (dir);
  dir_file = g_file_new_for_path (dir);
  fw = pw_framework_new_from_directory (dir_file, &error);
  g_assert_null (fw);
  g_assert_error (error, PW_FRAMEWORK_ERROR, code);
  g_test_message ("%s", error->message);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("“%s” does not start with “%s”", error->message, prefix);

  for (guint i = 0; i < G_N_ELEMENTS (data_files); i++)
    {
      g_autofree char *path = g_build_filename (dir, data_files[i], NULL);

      g_remove (path);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  return g_strdup (error->message);
}

static void
assert_damage_fails (Damage      damage,
                     int         code,
                     const char *prefix)
{
  g_free (damage_and_load (damage, code, prefix));
}

static void
test_undamaged_copy (void)
{
  g_autofree char *source = data_dir ();
  g_autoptr(GFile) dir = g_file_new_for_path (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(PwFramework) fw = pw_framework_new_from_directory (dir, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (pw_framework_get_n_indicators (fw), ==, 173);
}

/* cut indicators.json inside the record after "work-13" */
static void
truncate_indicators (const char *dir)
{
  g_autofree char *text = read_file (dir, "indicators.json");
  const char *cut = strstr (text, "\"work-13\"");

  g_assert_nonnull (cut);
  write_file (dir, "indicators.json", text, cut - text + strlen ("\"work-13\","));
}

static void
test_corrupt_truncated (void)
{
  g_autofree char *message = damage_and_load (truncate_indicators, PW_FRAMEWORK_ERROR_SYNTAX, "indicators.json, line ");

  g_assert_nonnull (strstr (message, ", in record 12 (“work-13”): the data ends before the JSON is complete"));
}

static void
trailing_garbage (const char *dir)
{
  g_autofree char *text = read_file (dir, "keywords.json");
  g_autofree char *damaged = g_strconcat (text, "\n{\"keyword\": \"stray\"}\n", NULL);

  write_file (dir, "keywords.json", damaged, -1);
}

static void
test_corrupt_trailing_garbage (void)
{
  g_autofree char *message = damage_and_load (trailing_garbage, PW_FRAMEWORK_ERROR_SYNTAX, "keywords.json, line ");
  g_autoptr(PwFramework) fw = framework ();
  guint last = pw_framework_get_n_keywords (fw) - 1;
  g_autofree char *after = g_strdup_printf (", after record %u (“%s”): unexpected text after the end of the JSON data",
                                            last, pw_framework_get_keyword (fw, last)->keyword);

  g_assert_nonnull (strstr (message, after));
}

static void
trailing_garbage_framework (const char *dir)
{
  g_autofree char *text = read_file (dir, "framework.json");
  g_autofree char *damaged = g_strconcat (text, "x", NULL);

  write_file (dir, "framework.json", damaged, -1);
}

static void
test_corrupt_trailing_garbage_object (void)
{
  assert_damage_fails (trailing_garbage_framework, PW_FRAMEWORK_ERROR_SYNTAX, "framework.json, line ");
}

static void
wrong_type (const char *dir)
{
  g_autoptr(cJSON) json = read_json (dir, "indicators.json");

  cJSON_ReplaceItemInObjectCaseSensitive (cJSON_GetArrayItem (json, 3), "text", cJSON_CreateNumber (42));
  write_json (dir, "indicators.json", json);
}

static void
test_corrupt_wrong_type (void)
{
  assert_damage_fails (wrong_type, PW_FRAMEWORK_ERROR_INVALID,
                       "indicators.json, record 3 (“work-04”): “text” must be a text string");
}

static void
wrong_type_domains (const char *dir)
{
  g_autoptr(cJSON) json = read_json (dir, "keywords.json");

  cJSON_ReplaceItemInObjectCaseSensitive (cJSON_GetArrayItem (json, 4), "domains", cJSON_CreateString ("2"));
  write_json (dir, "keywords.json", json);
}

static void
test_corrupt_wrong_type_list (void)
{
  assert_damage_fails (wrong_type_domains, PW_FRAMEWORK_ERROR_INVALID,
                       "keywords.json, record 4 (“Achievement”): “domains” must be a list");
}

static void
missing_field (const char *dir)
{
  g_autoptr(cJSON) json = read_json (dir, "good-practice.json");

  cJSON_DeleteItemFromObjectCaseSensitive (cJSON_GetArrayItem (json, 5), "source");
  write_json (dir, "good-practice.json", json);
}

static void
test_corrupt_missing_field (void)
{
  assert_damage_fails (missing_field, PW_FRAMEWORK_ERROR_INVALID,
                       "good-practice.json, record 5 (“work-local-06”): “source” is missing");
}

static void
domain_15 (const char *dir)
{
  g_autoptr(cJSON) json = read_json (dir, "indicators.json");

  cJSON_ReplaceItemInObjectCaseSensitive (cJSON_GetArrayItem (json, 12), "domain", cJSON_CreateNumber (15));
  write_json (dir, "indicators.json", json);
}

static void
test_corrupt_domain_15 (void)
{
  assert_damage_fails (domain_15, PW_FRAMEWORK_ERROR_INVALID,
                       "indicators.json, record 12 (“work-13”): “domain” must be a number from 1 to 14");
}

static void
keyword_domain_15 (const char *dir)
{
  g_autoptr(cJSON) json = read_json (dir, "keywords.json");
  int domains[] = { 7, 15 };

  cJSON_ReplaceItemInObjectCaseSensitive (cJSON_GetArrayItem (json, 2), "domains", cJSON_CreateIntArray (domains, 2));
  write_json (dir, "keywords.json", json);
}

static void
test_corrupt_keyword_domain_15 (void)
{
  assert_damage_fails (keyword_domain_15, PW_FRAMEWORK_ERROR_INVALID,
                       "keywords.json, record 2 (“Access to services, social care”): "
                       "“domains” must be a list of numbers from 1 to 14");
}

static void
dangling_comparator (const char *dir)
{
  g_autoptr(cJSON) json = read_json (dir, "comparators.json");
  cJSON *comparator = cJSON_GetArrayItem (cJSON_GetObjectItemCaseSensitive (json, "comparators"), 0);
  cJSON *map = cJSON_GetArrayItem (cJSON_GetObjectItemCaseSensitive (comparator, "maps"), 0);

  cJSON_ReplaceItemInObjectCaseSensitive (map, "indicator", cJSON_CreateString ("bridges-99"));
  write_json (dir, "comparators.json", json);
}

static void
test_corrupt_dangling_comparator (void)
{
  assert_damage_fails (dangling_comparator, PW_FRAMEWORK_ERROR_REFERENCE,
                       "comparators.json, “comparators” record 0 (“mhclg-01”): "
                       "“maps” item 0 names the indicator “bridges-99”, which does not exist");
}

static void
duplicate_id (const char *dir)
{
  g_autoptr(cJSON) json = read_json (dir, "indicators.json");

  cJSON_ReplaceItemInObjectCaseSensitive (cJSON_GetArrayItem (json, 1), "id", cJSON_CreateString ("work-01"));
  write_json (dir, "indicators.json", json);
}

static void
test_corrupt_duplicate_id (void)
{
  assert_damage_fails (duplicate_id, PW_FRAMEWORK_ERROR_DUPLICATE,
                       "indicators.json, record 1 (“work-01”): the id “work-01” is already used by record 0");
}

static void
duplicate_key (const char *dir)
{
  g_autoptr(cJSON) json = read_json (dir, "indicators.json");

  /* cJSON keeps both, and a lookup would silently take the first */
  cJSON_AddStringToObject (cJSON_GetArrayItem (json, 2), "text", "Another text");
  write_json (dir, "indicators.json", json);
}

static void
test_corrupt_duplicate_key (void)
{
  assert_damage_fails (duplicate_key, PW_FRAMEWORK_ERROR_INVALID,
                       "indicators.json, record 2 (“work-03”): the field “text” appears twice");
}

static void
unknown_field (const char *dir)
{
  g_autoptr(cJSON) json = read_json (dir, "indicators.json");

  cJSON_AddStringToObject (cJSON_GetArrayItem (json, 0), "shard", "typo-of-shared");
  write_json (dir, "indicators.json", json);
}

static void
test_corrupt_unknown_field (void)
{
  assert_damage_fails (unknown_field, PW_FRAMEWORK_ERROR_INVALID,
                       "indicators.json, record 0 (“work-01”): unknown field “shard”");
}

static void
bad_mark (const char *dir)
{
  g_autoptr(cJSON) json = read_json (dir, "indicators.json");
  const char *marks[] = { "survey", "offical" };

  cJSON_ReplaceItemInObjectCaseSensitive (cJSON_GetArrayItem (json, 7), "marks", cJSON_CreateStringArray (marks, 2));
  write_json (dir, "indicators.json", json);
}

static void
test_corrupt_bad_mark (void)
{
  assert_damage_fails (bad_mark, PW_FRAMEWORK_ERROR_INVALID,
                       "indicators.json, record 7 (“work-08”): “marks” must list");
}

static void
bad_scope (const char *dir)
{
  g_autoptr(cJSON) json = read_json (dir, "good-practice.json");

  cJSON_ReplaceItemInObjectCaseSensitive (cJSON_GetArrayItem (json, 0), "scope", cJSON_CreateString ("regional"));
  write_json (dir, "good-practice.json", json);
}

static void
test_corrupt_bad_scope (void)
{
  assert_damage_fails (bad_scope, PW_FRAMEWORK_ERROR_INVALID,
                       "good-practice.json, record 0 (“work-local-01”): “scope” must be “local” or “national”");
}

static void
lonely_shared (const char *dir)
{
  g_autoptr(cJSON) json = read_json (dir, "indicators.json");

  cJSON_AddStringToObject (cJSON_GetArrayItem (json, 0), "shared", "nobody-else");
  write_json (dir, "indicators.json", json);
}

static void
test_corrupt_lonely_shared (void)
{
  assert_damage_fails (lonely_shared, PW_FRAMEWORK_ERROR_REFERENCE,
                       "indicators.json, record 0 (“work-01”): “shared” is “nobody-else”");
}

static void
wrong_category (const char *dir)
{
  g_autoptr(cJSON) json = read_json (dir, "framework.json");
  cJSON *domain = cJSON_GetArrayItem (cJSON_GetObjectItemCaseSensitive (json, "domains"), 0);

  cJSON_ReplaceItemInObjectCaseSensitive (domain, "category", cJSON_CreateString ("facilitators"));
  write_json (dir, "framework.json", json);
}

static void
test_corrupt_wrong_category (void)
{
  assert_damage_fails (wrong_category, PW_FRAMEWORK_ERROR_REFERENCE,
                       "framework.json, “domains” record 0 (“work”): “category” is “facilitators”");
}

static void
split_category (const char *dir)
{
  g_autoptr(cJSON) json = read_json (dir, "framework.json");
  cJSON *category = cJSON_GetArrayItem (cJSON_GetObjectItemCaseSensitive (json, "categories"), 1);
  int domains[] = { 6, 8 };

  cJSON_ReplaceItemInObjectCaseSensitive (category, "domains", cJSON_CreateIntArray (domains, 2));
  write_json (dir, "framework.json", json);
}

static void
test_corrupt_split_category (void)
{
  assert_damage_fails (split_category, PW_FRAMEWORK_ERROR_INVALID,
                       "framework.json, “categories” record 1 (“social-connections”): "
                       "the category’s “domains” must be consecutive numbers");
}

static void
missing_file (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "keywords.json", NULL);

  g_assert_cmpint (g_remove (path), ==, 0);
}

static void
test_corrupt_missing_file (void)
{
  assert_damage_fails (missing_file, PW_FRAMEWORK_ERROR_IO, "keywords.json: cannot read the file");
}

static void
empty_file (const char *dir)
{
  write_file (dir, "comparators.json", "", 0);
}

static void
test_corrupt_empty_file (void)
{
  assert_damage_fails (empty_file, PW_FRAMEWORK_ERROR_SYNTAX, "comparators.json: the file is empty");
}

static void
not_json (const char *dir)
{
  g_autofree char *text = read_file (dir, "good-practice.json");
  char *p = strstr (text, "\"work-local-03\"");

  g_assert_nonnull (p);
  p = strchr (p, ',');
  *p = ';';
  write_file (dir, "good-practice.json", text, -1);
}

static void
test_corrupt_not_json (void)
{
  assert_damage_fails (not_json, PW_FRAMEWORK_ERROR_SYNTAX, "good-practice.json, line ");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/framework/load", test_load);
  g_test_add_func ("/framework/counts", test_counts);
  g_test_add_func ("/framework/domains", test_domains);
  g_test_add_func ("/framework/indicators", test_indicators);
  g_test_add_func ("/framework/good-practice", test_good_practice);
  g_test_add_func ("/framework/keywords", test_keywords);
  g_test_add_func ("/framework/comparators", test_comparators);
  g_test_add_func ("/framework/principles-and-marks", test_principles_and_marks);
  g_test_add_func ("/framework/default", test_default);
  g_test_add_func ("/framework/fold", test_fold);
  g_test_add_func ("/framework/search/esol", test_search_esol);
  g_test_add_func ("/framework/search/neighbours", test_search_neighbours);
  g_test_add_func ("/framework/search/neighb", test_search_neighb);
  g_test_add_func ("/framework/search/plural", test_search_plural);
  g_test_add_func ("/framework/search/hate-crime", test_search_hate_crime);
  g_test_add_func ("/framework/search/gp", test_search_gp);
  g_test_add_func ("/framework/search/volunteering", test_search_volunteering);
  g_test_add_func ("/framework/search/digital", test_search_digital);
  g_test_add_func ("/framework/search/citizenship", test_search_citizenship);
  g_test_add_func ("/framework/search/insensitive", test_search_insensitive);
  g_test_add_func ("/framework/search/filters", test_search_filters);
  g_test_add_func ("/framework/search/empty", test_search_empty);
  g_test_add_func ("/framework/search/typing", test_search_typing);
  g_test_add_func ("/framework/suggest", test_suggest);
  g_test_add_func ("/framework/cli", test_cli);
  g_test_add_func ("/framework/corrupt/undamaged-copy", test_undamaged_copy);
  g_test_add_func ("/framework/corrupt/truncated", test_corrupt_truncated);
  g_test_add_func ("/framework/corrupt/trailing-garbage", test_corrupt_trailing_garbage);
  g_test_add_func ("/framework/corrupt/trailing-garbage-object", test_corrupt_trailing_garbage_object);
  g_test_add_func ("/framework/corrupt/not-json", test_corrupt_not_json);
  g_test_add_func ("/framework/corrupt/empty-file", test_corrupt_empty_file);
  g_test_add_func ("/framework/corrupt/missing-file", test_corrupt_missing_file);
  g_test_add_func ("/framework/corrupt/wrong-type", test_corrupt_wrong_type);
  g_test_add_func ("/framework/corrupt/wrong-type-list", test_corrupt_wrong_type_list);
  g_test_add_func ("/framework/corrupt/missing-field", test_corrupt_missing_field);
  g_test_add_func ("/framework/corrupt/domain-15", test_corrupt_domain_15);
  g_test_add_func ("/framework/corrupt/keyword-domain-15", test_corrupt_keyword_domain_15);
  g_test_add_func ("/framework/corrupt/dangling-comparator", test_corrupt_dangling_comparator);
  g_test_add_func ("/framework/corrupt/duplicate-id", test_corrupt_duplicate_id);
  g_test_add_func ("/framework/corrupt/duplicate-key", test_corrupt_duplicate_key);
  g_test_add_func ("/framework/corrupt/unknown-field", test_corrupt_unknown_field);
  g_test_add_func ("/framework/corrupt/bad-mark", test_corrupt_bad_mark);
  g_test_add_func ("/framework/corrupt/bad-scope", test_corrupt_bad_scope);
  g_test_add_func ("/framework/corrupt/lonely-shared", test_corrupt_lonely_shared);
  g_test_add_func ("/framework/corrupt/wrong-category", test_corrupt_wrong_category);
  g_test_add_func ("/framework/corrupt/split-category", test_corrupt_split_category);

  return g_test_run ();
}
