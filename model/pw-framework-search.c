/* pw-framework-search.c — ranked search for the indicator picker, and suggestions
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-framework"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "pw-framework-index.h"

/* Query words beyond this are ignored: nobody types more into a picker, and
 * it keeps the per-query state on the stack. */
#define MAX_QUERY_WORDS 16

/* Tier bases keep the match kinds strictly apart; within a tier the score
 * is a relevance of a few hundred at most. */
#define TIER(kind) ((double) (PW_MATCH_GOOD_PRACTICE - (kind)) * 1e6)

/* ---- Matching ---------------------------------------------------------- */

typedef struct {
  PwQueryWord  words[MAX_QUERY_WORDS];
  guint        n_words;
  GString     *joined;          /* the stemmed words, for exact headword hits */
} Query;

static gboolean
query_parse (PwSearchIndex *index,
             const char    *text,
             Query         *query)
{
  g_autoptr(GString) folded = g_string_sized_new (64);
  char *words[MAX_QUERY_WORDS];
  gboolean stop[MAX_QUERY_WORDS];
  guint n_required = 0;

  pw_fold_text_into (text, -1, folded);
  query->n_words = pw_search_index_split_words (index, folded->str, words, stop, MAX_QUERY_WORDS);
  for (guint i = 0; i < query->n_words; i++)
    {
      pw_search_index_join (query->joined, words[i]);
      query->words[i] = pw_search_index_word (index, words[i], !stop[i]);
      n_required += stop[i] ? 0 : 1;
    }
  /* only stop words: the last one is being typed, "in" → "internet" */
  if (n_required == 0 && query->n_words > 0)
    {
      query->words[query->n_words - 1].required = TRUE;
      n_required = 1;
    }
  return n_required > 0;
}

/* How well a document's words match @words, about 0–1.6: the share of the
 * words found (exact above prefix), how much of the document they cover,
 * and how early the first one comes. *all_required says whether every
 * required word was found. */
static double
relevance (PwSearchIndex     *index,
           const PwTokens    *doc,
           const PwQueryWord *words,
           guint              n_words,
           gboolean          *all_required)
{
  double found = 0;
  guint covered = 0, first = G_MAXUINT;
  gboolean all = TRUE;

  for (guint w = 0; w < n_words; w++)
    {
      const PwQueryWord *q = &words[w];
      gboolean hit = FALSE, exact = FALSE, loose = FALSE;
      guint position = 0;

      for (guint t = 0; t < doc->n_tokens; t++)
        {
          guint id = doc->tokens[t];

          if (id >= q->lo && id < q->hi)
            {
              if (!hit)
                first = MIN (first, position);
              hit = TRUE;
              exact |= ((int) id == q->exact);
              covered++;
            }
          else if (id >= q->loose_lo && id < q->loose_hi)
            loose = TRUE;
          position += index->is_stop[id] ? 0 : 1;
        }
      if (hit)
        found += exact ? 1.0 : 0.75;
      else if (loose)
        found += 0.4;
      if (!hit && q->required)
        all = FALSE;
    }
  if (all_required != NULL)
    *all_required = all;
  if (found == 0)
    return 0;
  return found / n_words + 0.4 * MIN (covered, doc->n_significant) / MAX (doc->n_significant, 1) +
         (first != G_MAXUINT ? 0.15 / (1.0 + first) : 0);
}

/* Does every required query word start a word of the document? */
static gboolean
matches_all (const PwTokens *doc,
             const Query    *query)
{
  for (guint w = 0; w < query->n_words; w++)
    {
      const PwQueryWord *q = &query->words[w];
      gboolean hit = FALSE;

      for (guint t = 0; t < doc->n_tokens && !hit; t++)
        hit = doc->tokens[t] >= q->lo && doc->tokens[t] < q->hi;
      if (!hit && q->required)
        return FALSE;
    }
  return TRUE;
}

typedef struct {
  PwFramework       *fw;
  PwSearchIndex     *index;
  const Query       *query;
  guint16            domains;    /* allowed by the filter */
  PwMarks            marks;      /* allowed by the filter, or 0 */
  double            *text_rel;   /* per indicator: relevance to the query */
  gboolean          *text_all;   /* per indicator: has every required word */
  PwSearchResult    *best;       /* per indicator; indicator NULL until hit */
} Search;

static void
offer (Search          *s,
       guint            i,
       PwMatchKind      kind,
       const PwKeyword *keyword,
       double           score)
{
  PwSearchResult *best = &s->best[i];

  if (best->indicator == NULL || score > best->score)
    *best = (PwSearchResult) { &s->fw->indicators[i], kind, keyword, score };
}

static gboolean
allowed (Search            *s,
         const PwIndicator *indicator)
{
  return (s->domains & (1u << (indicator->domain - 1))) != 0 &&
         (s->marks == 0 || (indicator->marks & s->marks) != 0);
}

/* A keyword yields every indicator of its domains, ranked by how well the
 * indicator's text matches the query and the headword. */
static void
offer_keyword (Search      *s,
               guint        k,
               PwMatchKind  kind,
               double       strength)
{
  const PwKeyword *keyword = &s->fw->keywords[k];
  const PwQueryWord *words = s->index->keyword_words + s->index->keyword_words_start[k];
  guint n_words = s->index->keyword_words_start[k + 1] - s->index->keyword_words_start[k];
  guint16 domains = keyword->domains & s->domains;

  for (guint d = 0; domains != 0; d++, domains >>= 1)
    {
      GPtrArray *indicators = s->fw->domain_indicators[d];

      if ((domains & 1) == 0)
        continue;
      for (guint j = 0; j < indicators->len; j++)
        {
          const PwIndicator *indicator = g_ptr_array_index (indicators, j);
          guint i = indicator - s->fw->indicators;
          double rel_k;

          if (s->marks != 0 && (indicator->marks & s->marks) == 0)
            continue;
          rel_k = relevance (s->index, &s->index->indicator_tokens[i], words, n_words, NULL);
          offer (s, i, kind, keyword, TIER (kind) + 100 * s->text_rel[i] + 40 * rel_k + 20 * strength);
        }
    }
}

static void
search_keywords (Search *s)
{
  GPtrArray *exact = g_hash_table_lookup (s->index->variants, s->query->joined->str);

  for (guint j = 0; exact != NULL && j < exact->len; j++)
    {
      const PwKeyword *keyword = g_ptr_array_index (exact, j);

      offer_keyword (s, keyword->index, PW_MATCH_KEYWORD_EXACT, 1.0);
    }
  for (guint k = 0; k < s->fw->n_keywords; k++)
    {
      const PwTokens *doc = &s->index->keyword_tokens[k];
      const PwQueryWord *words = s->index->keyword_words + s->index->keyword_words_start[k];
      guint n_words = s->index->keyword_words_start[k + 1] - s->index->keyword_words_start[k];
      double strength = 0;

      if ((s->fw->keywords[k].domains & s->domains) == 0 || !matches_all (doc, s->query))
        continue;
      /* how much of the headword the query covers: "neighb" is all of
       * "Neighbours" but a quarter of "Belonging to neighbourhood / local area" */
      for (guint w = 0; w < n_words; w++)
        for (guint q = 0; q < s->query->n_words; q++)
          if (s->query->words[q].lo < words[w].hi && words[w].lo < s->query->words[q].hi)
            {
              strength += 1.0 / n_words;
              break;
            }
      offer_keyword (s, k, PW_MATCH_KEYWORD_PREFIX, strength);
    }
}

static void
search_text (Search *s)
{
  for (guint i = 0; i < s->fw->n_indicators; i++)
    if (s->text_all[i] && s->text_rel[i] > 0 && allowed (s, &s->fw->indicators[i]))
      offer (s, i, PW_MATCH_TEXT, NULL, TIER (PW_MATCH_TEXT) + 100 * s->text_rel[i]);
}

static void
search_good_practice (Search *s)
{
  double domain_rel[PW_N_DOMAINS] = { 0 };

  for (guint g = 0; g < s->fw->n_good_practice; g++)
    {
      const PwGoodPractice *practice = &s->fw->good_practice[g];
      gboolean all;
      double rel;

      if ((s->domains & (1u << (practice->domain - 1))) == 0)
        continue;
      rel = relevance (s->index, &s->index->practice_tokens[g], s->query->words, s->query->n_words, &all);
      if (all)
        domain_rel[practice->domain - 1] = MAX (domain_rel[practice->domain - 1], rel);
    }
  for (guint i = 0; i < s->fw->n_indicators; i++)
    {
      const PwIndicator *indicator = &s->fw->indicators[i];
      double rel = domain_rel[indicator->domain - 1];

      if (rel > 0 && allowed (s, indicator))
        offer (s, i, PW_MATCH_GOOD_PRACTICE, NULL, TIER (PW_MATCH_GOOD_PRACTICE) + 50 * rel + 100 * s->text_rel[i]);
    }
}

static int
compare_results (gconstpointer a,
                 gconstpointer b)
{
  const PwSearchResult *ra = a, *rb = b;

  if (ra->score != rb->score)
    return ra->score > rb->score ? -1 : 1;
  /* equal scores keep document order */
  return ra->indicator < rb->indicator ? -1 : ra->indicator > rb->indicator;
}

static GArray *
collect_results (const PwSearchResult *best,
                 guint                 n,
                 guint                 max_results)
{
  GArray *results = g_array_new (FALSE, FALSE, sizeof (PwSearchResult));

  for (guint i = 0; i < n; i++)
    if (best[i].indicator != NULL)
      g_array_append_val (results, best[i]);
  g_array_sort (results, compare_results);
  if (max_results > 0 && results->len > max_results)
    g_array_set_size (results, max_results);
  return results;
}

static guint16
filter_domains (PwFramework          *fw,
                const PwSearchFilter *filter)
{
  guint16 domains = (1u << PW_N_DOMAINS) - 1;

  if (filter == NULL)
    return domains;
  if (filter->domains != 0)
    domains &= filter->domains;
  if (filter->categories != 0)
    {
      guint16 in_categories = 0;

      for (guint k = 0; k < PW_N_CATEGORIES; k++)
        if (filter->categories & (1u << k))
          in_categories |= ((1u << fw->categories[k].n_domains) - 1) << (fw->categories[k].first_domain - 1);
      domains &= in_categories;
    }
  return domains;
}

/**
 * pw_framework_search:
 * @query: what the user typed
 * @filter: (nullable): categories, domains and marks to keep
 *
 * Finds indicators for a type-ahead picker. Keyword-index headwords equal
 * to the query rank first, then headwords whose words start with the
 * query's words, then indicators whose own text has them, then indicators
 * of domains whose good practice has them. Matching ignores case, accents,
 * punctuation and plural endings.
 *
 * Returns: (transfer full) (element-type PwSearchResult): best first, each
 *   indicator once; empty for an empty query
 */
GArray *
pw_framework_search (PwFramework          *self,
                     const char           *query,
                     const PwSearchFilter *filter)
{
  g_autoptr(GString) joined = g_string_sized_new (64);
  g_autofree double *text_rel = NULL;
  g_autofree gboolean *text_all = NULL;
  g_autofree PwSearchResult *best = NULL;
  Query q = { .joined = joined };
  Search s = { self, self->index, &q };

  g_return_val_if_fail (PW_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  s.domains = filter_domains (self, filter);
  s.marks = filter != NULL ? filter->marks : 0;
  if (!query_parse (self->index, query, &q) || s.domains == 0)
    return g_array_new (FALSE, FALSE, sizeof (PwSearchResult));

  s.text_rel = text_rel = g_new (double, self->n_indicators);
  s.text_all = text_all = g_new (gboolean, self->n_indicators);
  s.best = best = g_new0 (PwSearchResult, self->n_indicators);
  for (guint i = 0; i < self->n_indicators; i++)
    text_rel[i] = relevance (self->index, &self->index->indicator_tokens[i], q.words, q.n_words, &text_all[i]);

  search_keywords (&s);
  search_text (&s);
  search_good_practice (&s);
  return collect_results (best, self->n_indicators, 0);
}

/* ---- Suggestions ------------------------------------------------------- */

/* Weight of the free text's words found in an indicator: rare words count
 * more (idf), a word that only starts an indicator word counts less. */
static double
word_weight (PwSearchIndex     *index,
             const PwTokens    *doc,
             const PwQueryWord *words,
             guint              n_words)
{
  double weight = 0;

  for (guint w = 0; w < n_words; w++)
    {
      double best = 0;

      for (guint t = 0; t < doc->n_tokens; t++)
        {
          guint id = doc->tokens[t];

          if (id >= words[w].lo && id < words[w].hi)
            best = MAX (best, index->idf[id] * ((int) id == words[w].exact ? 1.0 : 0.6));
        }
      weight += best;
    }
  return weight;
}

/* Keyword headwords that occur in the text as whole words, in the guide's
 * order, each entry once. */
static GPtrArray *
find_headwords (PwSearchIndex *index,
                const char    *joined)
{
  g_autofree char *padded = g_strconcat (" ", joined, " ", NULL);
  GPtrArray *hits = g_ptr_array_new ();

  for (guint v = 0; v < index->variant_list->len; v++)
    {
      const PwVariant *variant = &g_array_index (index->variant_list, PwVariant, v);

      if ((hits->len == 0 || g_ptr_array_index (hits, hits->len - 1) != variant->keyword) &&
          strstr (padded, variant->padded) != NULL)
        g_ptr_array_add (hits, (gpointer) variant->keyword);
    }
  return hits;
}

/* The free text's significant words, and all its words joined for
 * finding headwords. Short words match whole words only: "art" is not
 * "artefact". */
static GArray *
free_text_words (PwSearchIndex *index,
                 const char    *text,
                 GString       *joined)
{
  g_autoptr(GString) folded = g_string_new (NULL);
  g_autofree char **split = NULL;
  g_autofree gboolean *stop = NULL;
  GArray *words = g_array_new (FALSE, FALSE, sizeof (PwQueryWord));
  guint n, max;

  pw_fold_text_into (text, -1, folded);
  max = folded->len / 2 + 1;
  split = g_new (char *, max);
  stop = g_new (gboolean, max);
  n = pw_search_index_split_words (index, folded->str, split, stop, max);
  for (guint i = 0; i < n; i++)
    {
      PwQueryWord word;

      pw_search_index_join (joined, split[i]);
      if (stop[i])
        continue;
      word = pw_search_index_word (index, split[i], FALSE);
      if (strlen (split[i]) < 4)
        word.hi = word.loose_hi = word.exact < 0 ? word.lo : (guint) word.exact + 1;
      g_array_append_val (words, word);
    }
  return words;
}

/* An indicator's words and the headwords of its domain found in the text */
static PwSearchResult
suggestion (PwFramework *self,
            guint        i,
            GArray      *words,
            GPtrArray   *headwords)
{
  const PwIndicator *indicator = &self->indicators[i];
  const PwTokens *doc = &self->index->indicator_tokens[i];
  PwSearchResult result = { indicator, PW_MATCH_TEXT, NULL, 0 };
  double best_keyword = 0;

  result.score = word_weight (self->index, doc, (const PwQueryWord *) words->data, words->len);
  for (guint h = 0; h < headwords->len; h++)
    {
      const PwKeyword *hit = g_ptr_array_index (headwords, h);
      guint start = self->index->keyword_words_start[hit->index];
      guint n_words = self->index->keyword_words_start[hit->index + 1] - start;
      double weight;

      if ((hit->domains & (1u << (indicator->domain - 1))) == 0)
        continue;
      weight = 1.5 + relevance (self->index, doc, self->index->keyword_words + start, n_words, NULL);
      result.score += weight;
      if (weight > best_keyword)
        {
          best_keyword = weight;
          result.kind = PW_MATCH_KEYWORD_EXACT;
          result.keyword = hit;
        }
    }
  return result;
}

/**
 * pw_framework_suggest:
 * @text: free text, such as an outcome card's title
 * @max_results: the most results to return, or 0 for all
 *
 * Suggests indicators for a piece of writing: those in the domains of
 * keyword-index headwords that occur in it (kind %PW_MATCH_KEYWORD_EXACT),
 * and those whose text shares its significant words (%PW_MATCH_TEXT),
 * rarer words counting more. Common English words are ignored.
 *
 * Returns: (transfer full) (element-type PwSearchResult): best first
 */
GArray *
pw_framework_suggest (PwFramework *self,
                      const char  *text,
                      guint        max_results)
{
  g_autoptr(GString) joined = g_string_new (NULL);
  g_autoptr(GPtrArray) headwords = NULL;
  g_autoptr(GArray) words = NULL;
  g_autofree PwSearchResult *best = NULL;

  g_return_val_if_fail (PW_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  words = free_text_words (self->index, text, joined);
  headwords = find_headwords (self->index, joined->str);
  best = g_new0 (PwSearchResult, self->n_indicators);
  for (guint i = 0; i < self->n_indicators; i++)
    {
      PwSearchResult result = suggestion (self, i, words, headwords);

      if (result.score > 0)
        best[i] = result;
    }
  return collect_results (best, self->n_indicators, max_results);
}
