/* pw-framework-search.c — text folding, the search index, ranked search and suggestions
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-framework"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pw-framework-private.h"

/* Query words beyond this are ignored: nobody types more into a picker, and
 * it keeps the per-query state on the stack. */
#define MAX_QUERY_WORDS 16

/* Tier bases keep the match kinds strictly apart; within a tier the score
 * is a relevance of a few hundred at most. */
#define TIER(kind) ((double) (PW_MATCH_GOOD_PRACTICE - (kind)) * 1e6)

/* Common English words that say nothing about a domain. They still match
 * in a keyword headword typed in full ("belonging to neighbourhood"). */
static const char * const stopwords[] = {
  "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at",
  "be", "been", "being", "between", "both", "but", "by", "can", "could", "did", "do",
  "does", "during", "e", "each", "eg", "etc", "for", "from", "g", "had", "has", "have",
  "he", "her", "here", "him", "his", "how", "i", "ie", "if", "in", "into", "is", "it",
  "its", "me", "more", "most", "my", "no", "not", "of", "on", "or", "other", "our",
  "out", "over", "per", "she", "should", "so", "some", "such", "than", "that", "the",
  "their", "them", "then", "there", "these", "they", "this", "those", "through", "to",
  "too", "under", "up", "very", "was", "we", "were", "what", "when", "where", "which",
  "while", "who", "whom", "why", "will", "with", "within", "would", "you", "your",
};

struct _PwSearchIndex
{
  GStringChunk   *chunk;
  const char    **vocab;             /* sorted, distinct folded and stemmed words */
  guint           n_vocab;
  guint8         *is_stop;           /* per vocabulary id */
  float          *idf;               /* per vocabulary id, over indicator texts */
  guint16        *pool;              /* every document's token ids, one after another */

  PwTokens       *keyword_tokens;
  PwQueryWord    *keyword_words;     /* each keyword's significant words, as prefixes */
  guint          *keyword_words_start;
  const char    **keyword_folded;
  PwTokens       *indicator_tokens;
  PwTokens       *practice_tokens;

  GHashTable     *variants;          /* stemmed headword, or a part of one → GPtrArray of PwKeyword* */
  GHashTable     *stopwords;
};

/* ---- Folding ---------------------------------------------------------- */

static inline gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x02BC;
}

static void
fold_ascii (const char *text,
            gsize       length,
            GString    *out)
{
  gsize start = out->len;
  gboolean space = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if (g_ascii_isalnum (c))
        {
          if (space && out->len > start)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, g_ascii_tolower (c));
        }
      else if (c != '\'')
        space = TRUE;
    }
}

void
pw_fold_text_into (const char *text,
                   gssize      length,
                   GString    *out)
{
  g_autofree char *folded = NULL;
  g_autofree char *decomposed = NULL;
  gsize start = out->len;
  gboolean space = FALSE;

  if (length < 0)
    length = strlen (text);
  for (gssize i = 0; i < length; i++)
    if ((guchar) text[i] >= 0x80)
      goto unicode;
  fold_ascii (text, length, out);
  return;

unicode:
  /* casefold first: it may produce marks (İ → i + dot) that NFKD keeps */
  folded = g_utf8_casefold (text, length);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return;
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c) || is_apostrophe (c))
        continue;
      if (!g_unichar_isalnum (c))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > start)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
}

/**
 * pw_fold_text:
 * @text: UTF-8 text
 *
 * Returns: (transfer full): @text folded for matching
 */
char *
pw_fold_text (const char *text)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text));
  pw_fold_text_into (text, -1, out);
  return g_string_free (out, FALSE);
}

/* Folds English plurals to the singular, the same way on both sides:
 * neighbours → neighbour, bridges → bridge, activities → activity,
 * classes → class, churches → church; status, access, crisis stay. */
static gsize
stem (char  *word,
      gsize  len)
{
  if (len <= 3 || word[len - 1] != 's')
    return len;
  if (len > 4 && memcmp (word + len - 3, "ies", 3) == 0)
    {
      word[len - 3] = 'y';
      return len - 2;
    }
  if (memcmp (word + len - 2, "ss", 2) == 0 || memcmp (word + len - 2, "us", 2) == 0 ||
      memcmp (word + len - 2, "is", 2) == 0)
    return len;
  if (len > 4 && (memcmp (word + len - 4, "sses", 4) == 0 || memcmp (word + len - 4, "ches", 4) == 0 ||
                  memcmp (word + len - 4, "shes", 4) == 0 || memcmp (word + len - 3, "xes", 3) == 0))
    return len - 2;
  return len - 1;
}

/* Splits folded text in place into stemmed words; stop words stay as they are. */
static guint
split_words (PwSearchIndex *index,
             char          *folded,
             char         **words,
             gboolean      *stop,
             guint          max)
{
  guint n = 0;
  char *p = folded;

  while (*p != '\0' && n < max)
    {
      char *end = strchr (p, ' ');
      gsize len;

      if (end != NULL)
        *end = '\0';
      len = strlen (p);
      stop[n] = g_hash_table_contains (index->stopwords, p);
      if (!stop[n])
        p[stem (p, len)] = '\0';
      words[n++] = p;
      if (end == NULL)
        break;
      p = end + 1;
    }
  return n;
}

/* ---- Vocabulary -------------------------------------------------------- */

static void
vocab_range (PwSearchIndex *index,
             const char    *word,
             gsize          len,
             guint         *lo_out,
             guint         *hi_out)
{
  guint lo = 0, hi = index->n_vocab;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (strncmp (index->vocab[mid], word, len) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  *lo_out = lo;
  /* words with the prefix are contiguous from lo on */
  hi = index->n_vocab;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (strncmp (index->vocab[mid], word, len) == 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  *hi_out = lo;
}

/* Long words also loosely match words with the same first six letters. */
#define LOOSE_MIN_LENGTH 7
#define LOOSE_PREFIX     6

static PwQueryWord
vocab_prefix_range (PwSearchIndex *index,
                    const char    *word,
                    gboolean       required)
{
  PwQueryWord q = { .exact = -1, .required = required };
  gsize len = strlen (word);

  vocab_range (index, word, len, &q.lo, &q.hi);
  if (q.lo < q.hi && strcmp (index->vocab[q.lo], word) == 0)
    q.exact = (int) q.lo;
  if (len >= LOOSE_MIN_LENGTH)
    vocab_range (index, word, LOOSE_PREFIX, &q.loose_lo, &q.loose_hi);
  else
    {
      q.loose_lo = q.lo;
      q.loose_hi = q.hi;
    }
  return q;
}

typedef struct {
  GHashTable *ids;          /* word → (gpointer) index into words */
  GPtrArray  *words;        /* the distinct words */
  GArray     *tokens;       /* word indices of all documents, in order */
  GArray     *stops;        /* gboolean per word */
} VocabBuilder;

static PwTokens
add_document (PwSearchIndex *index,
              VocabBuilder  *builder,
              const char    *text)
{
  g_autoptr(GString) folded = g_string_new (NULL);
  char *words[512];
  gboolean stop[512];
  PwTokens doc = { NULL, 0, 0 };
  guint n;

  pw_fold_text_into (text, -1, folded);
  n = split_words (index, folded->str, words, stop, G_N_ELEMENTS (words));
  doc.tokens = GUINT_TO_POINTER (builder->tokens->len);   /* an offset until the pool exists */
  doc.n_tokens = n;
  for (guint i = 0; i < n; i++)
    {
      gpointer value;
      guint id;

      if (g_hash_table_lookup_extended (builder->ids, words[i], NULL, &value))
        id = GPOINTER_TO_UINT (value);
      else
        {
          char *word = g_string_chunk_insert (index->chunk, words[i]);

          id = builder->words->len;
          g_ptr_array_add (builder->words, word);
          g_array_append_val (builder->stops, stop[i]);
          g_hash_table_insert (builder->ids, word, GUINT_TO_POINTER (id));
        }
      g_array_append_val (builder->tokens, id);
      doc.n_significant += stop[i] ? 0 : 1;
    }
  return doc;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Sorts the words so that a prefix is a range of ids, and rewrites the
 * documents' tokens from builder order to sorted ids. */
static void
finish_vocabulary (PwSearchIndex *index,
                   VocabBuilder  *builder,
                   PwTokens      *docs,
                   guint          n_docs)
{
  g_autofree guint16 *remap = g_new (guint16, builder->words->len);
  const guint *tokens = (const guint *) builder->tokens->data;

  g_assert (builder->words->len < G_MAXUINT16);
  index->n_vocab = builder->words->len;
  index->vocab = g_new (const char *, index->n_vocab);
  memcpy (index->vocab, builder->words->pdata, sizeof (char *) * index->n_vocab);
  qsort (index->vocab, index->n_vocab, sizeof (char *), compare_strings);

  index->is_stop = g_new0 (guint8, index->n_vocab);
  for (guint id = 0; id < index->n_vocab; id++)
    {
      guint old = GPOINTER_TO_UINT (g_hash_table_lookup (builder->ids, index->vocab[id]));

      remap[old] = id;
      index->is_stop[id] = g_array_index (builder->stops, gboolean, old);
    }

  index->pool = g_new (guint16, MAX (builder->tokens->len, 1));
  for (guint i = 0; i < builder->tokens->len; i++)
    index->pool[i] = remap[tokens[i]];
  for (guint d = 0; d < n_docs; d++)
    docs[d].tokens = index->pool + GPOINTER_TO_UINT (docs[d].tokens);
}

/* ---- Building the index ------------------------------------------------ */

static void
add_variant (PwSearchIndex   *index,
             const PwKeyword *keyword,
             const char      *text,
             gssize           length)
{
  g_autoptr(GString) folded = g_string_new (NULL);
  g_autoptr(GString) joined = g_string_new (NULL);
  char *words[64];
  gboolean stop[64];
  GPtrArray *keywords;
  guint n;

  pw_fold_text_into (text, length, folded);
  n = split_words (index, folded->str, words, stop, G_N_ELEMENTS (words));
  for (guint i = 0; i < n; i++)
    g_string_append_printf (joined, i > 0 ? " %s" : "%s", words[i]);
  if (joined->len == 0)
    return;

  keywords = g_hash_table_lookup (index->variants, joined->str);
  if (keywords == NULL)
    {
      keywords = g_ptr_array_new ();
      g_hash_table_insert (index->variants, g_string_chunk_insert (index->chunk, joined->str), keywords);
    }
  if (keywords->len == 0 || g_ptr_array_index (keywords, keywords->len - 1) != keyword)
    g_ptr_array_add (keywords, (gpointer) keyword);
}

/* A headword is an exact hit for the whole of it, for the part before a
 * comma ("Satisfaction, neighbourhood" → "satisfaction"), and for each side
 * of a slash in that part ("Volunteering/helping" → "volunteering"). */
static void
add_variants (PwSearchIndex   *index,
              const PwKeyword *keyword)
{
  const char *text = keyword->keyword;
  gsize head = strcspn (text, ",");
  const char *p = text;

  add_variant (index, keyword, text, -1);
  add_variant (index, keyword, text, head);
  if (memchr (text, '/', head) == NULL)
    return;
  while (p < text + head)
    {
      gsize part = strcspn (p, "/,");

      add_variant (index, keyword, p, part);
      p += part + 1;
    }
}

static void
index_keyword_words (PwSearchIndex *index,
                     PwFramework   *fw)
{
  g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (PwQueryWord));

  index->keyword_words_start = g_new (guint, fw->n_keywords + 1);
  for (guint k = 0; k < fw->n_keywords; k++)
    {
      const PwTokens *doc = &index->keyword_tokens[k];

      index->keyword_words_start[k] = words->len;
      for (guint t = 0; t < doc->n_tokens; t++)
        {
          PwQueryWord q;

          if (index->is_stop[doc->tokens[t]])
            continue;
          q = vocab_prefix_range (index, index->vocab[doc->tokens[t]], TRUE);
          g_array_append_val (words, q);
        }
    }
  index->keyword_words_start[fw->n_keywords] = words->len;
  index->keyword_words = (PwQueryWord *) g_array_free (g_steal_pointer (&words), FALSE);
}

static void
compute_idf (PwSearchIndex *index,
             PwFramework   *fw)
{
  g_autofree guint *df = g_new0 (guint, index->n_vocab);
  g_autofree guint *last = g_new0 (guint, index->n_vocab);

  for (guint i = 0; i < fw->n_indicators; i++)
    {
      const PwTokens *doc = &index->indicator_tokens[i];

      for (guint t = 0; t < doc->n_tokens; t++)
        if (last[doc->tokens[t]] != i + 1)
          {
            last[doc->tokens[t]] = i + 1;
            df[doc->tokens[t]]++;
          }
    }
  index->idf = g_new (float, index->n_vocab);
  for (guint id = 0; id < index->n_vocab; id++)
    index->idf[id] = logf ((fw->n_indicators + 1.0f) / (df[id] + 0.5f));
}

PwSearchIndex *
pw_search_index_new (PwFramework *fw)
{
  PwSearchIndex *index = g_new0 (PwSearchIndex, 1);
  VocabBuilder builder;
  guint n_docs = fw->n_keywords + fw->n_indicators + fw->n_good_practice;
  g_autofree PwTokens *docs = g_new0 (PwTokens, n_docs);
  guint d = 0;

  index->chunk = g_string_chunk_new (16 * 1024);
  index->stopwords = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < G_N_ELEMENTS (stopwords); i++)
    g_hash_table_add (index->stopwords, (gpointer) stopwords[i]);

  builder.ids = g_hash_table_new (g_str_hash, g_str_equal);
  builder.words = g_ptr_array_new ();
  builder.tokens = g_array_sized_new (FALSE, FALSE, sizeof (guint), 8192);
  builder.stops = g_array_new (FALSE, FALSE, sizeof (gboolean));

  for (guint i = 0; i < fw->n_keywords; i++)
    docs[d++] = add_document (index, &builder, fw->keywords[i].keyword);
  for (guint i = 0; i < fw->n_indicators; i++)
    docs[d++] = add_document (index, &builder, fw->indicators[i].text);
  for (guint i = 0; i < fw->n_good_practice; i++)
    docs[d++] = add_document (index, &builder, fw->good_practice[i].text);
  finish_vocabulary (index, &builder, docs, n_docs);

  index->keyword_tokens = g_memdup2 (docs, sizeof (PwTokens) * fw->n_keywords);
  index->indicator_tokens = g_memdup2 (docs + fw->n_keywords, sizeof (PwTokens) * fw->n_indicators);
  index->practice_tokens = g_memdup2 (docs + fw->n_keywords + fw->n_indicators,
                                      sizeof (PwTokens) * fw->n_good_practice);

  g_hash_table_unref (builder.ids);
  g_ptr_array_unref (builder.words);
  g_array_unref (builder.tokens);
  g_array_unref (builder.stops);

  index->variants = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  index->keyword_folded = g_new (const char *, fw->n_keywords);
  for (guint k = 0; k < fw->n_keywords; k++)
    {
      g_autofree char *folded = pw_fold_text (fw->keywords[k].keyword);

      index->keyword_folded[k] = g_string_chunk_insert (index->chunk, folded);
      add_variants (index, &fw->keywords[k]);
    }
  index_keyword_words (index, fw);
  compute_idf (index, fw);
  return index;
}

void
pw_search_index_free (PwSearchIndex *index)
{
  g_hash_table_unref (index->variants);
  g_hash_table_unref (index->stopwords);
  g_free (index->keyword_folded);
  g_free (index->keyword_words);
  g_free (index->keyword_words_start);
  g_free (index->keyword_tokens);
  g_free (index->indicator_tokens);
  g_free (index->practice_tokens);
  g_free (index->pool);
  g_free (index->idf);
  g_free (index->is_stop);
  g_free (index->vocab);
  g_string_chunk_free (index->chunk);
  g_free (index);
}

const char *
pw_search_index_get_folded_keyword (PwSearchIndex *index,
                                    guint          keyword)
{
  return index->keyword_folded[keyword];
}

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
  query->n_words = split_words (index, folded->str, words, stop, MAX_QUERY_WORDS);
  for (guint i = 0; i < query->n_words; i++)
    {
      g_string_append_printf (query->joined, i > 0 ? " %s" : "%s", words[i]);
      query->words[i] = vocab_prefix_range (index, words[i], !stop[i]);
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
offer_keyword (Search          *s,
               guint            k,
               PwMatchKind      kind,
               double           strength)
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

/* Keyword headwords that occur in the text as whole words, in order. */
static GPtrArray *
find_headwords (PwSearchIndex *index,
                const char    *joined)
{
  g_autofree char *padded = g_strconcat (" ", joined, " ", NULL);
  GPtrArray *hits = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, index->variants);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *needle = g_strconcat (" ", key, " ", NULL);
      GPtrArray *keywords = value;

      if (g_hash_table_contains (index->stopwords, key) || strstr (padded, needle) == NULL)
        continue;
      for (guint j = 0; j < keywords->len; j++)
        g_ptr_array_add (hits, g_ptr_array_index (keywords, j));
    }
  return hits;
}

/**
 * pw_framework_suggest:
 * @text: free text, such as an outcome card's title
 * @max_results: the most results to return, or 0 for all
 *
 * Suggests indicators for a piece of writing: those in the domains of
 * keyword-index headwords that occur in it, and those whose text shares its
 * significant words, rarer words counting more.
 *
 * Returns: (transfer full) (element-type PwSearchResult): best first
 */
GArray *
pw_framework_suggest (PwFramework *self,
                      const char  *text,
                      guint        max_results)
{
  g_autoptr(GString) folded = g_string_new (NULL);
  g_autoptr(GString) joined = g_string_new (NULL);
  g_autoptr(GPtrArray) headwords = NULL;
  g_autofree PwSearchResult *best = NULL;
  g_autofree PwQueryWord *words = NULL;
  g_autofree char **split = NULL;
  g_autofree gboolean *stop = NULL;
  guint n, n_words = 0;

  g_return_val_if_fail (PW_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  pw_fold_text_into (text, -1, folded);
  split = g_new (char *, folded->len / 2 + 1);
  stop = g_new (gboolean, folded->len / 2 + 1);
  words = g_new (PwQueryWord, folded->len / 2 + 1);
  n = split_words (self->index, folded->str, split, stop, folded->len / 2 + 1);
  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (joined, i > 0 ? " %s" : "%s", split[i]);
      if (stop[i])
        continue;
      words[n_words] = vocab_prefix_range (self->index, split[i], FALSE);
      /* short words match whole words only: "art" is not "artefact" */
      if (strlen (split[i]) < 4)
        words[n_words].hi = words[n_words].exact < 0 ? words[n_words].lo : (guint) words[n_words].exact + 1;
      n_words++;
    }

  headwords = find_headwords (self->index, joined->str);
  best = g_new0 (PwSearchResult, self->n_indicators);
  for (guint i = 0; i < self->n_indicators; i++)
    {
      const PwIndicator *indicator = &self->indicators[i];
      const PwTokens *doc = &self->index->indicator_tokens[i];
      double score = word_weight (self->index, doc, words, n_words), best_keyword = 0;
      const PwKeyword *keyword = NULL;

      for (guint h = 0; h < headwords->len; h++)
        {
          const PwKeyword *hit = g_ptr_array_index (headwords, h);
          guint k = hit->index;
          guint start = self->index->keyword_words_start[k];
          double weight;

          if ((hit->domains & (1u << (indicator->domain - 1))) == 0)
            continue;
          weight = 1.5 + relevance (self->index, doc, self->index->keyword_words + start,
                                    self->index->keyword_words_start[k + 1] - start, NULL);
          score += weight;
          if (weight > best_keyword)
            {
              best_keyword = weight;
              keyword = hit;
            }
        }
      if (score > 0)
        best[i] = (PwSearchResult) {
          indicator, keyword != NULL ? PW_MATCH_KEYWORD_EXACT : PW_MATCH_TEXT, keyword, score
        };
    }
  return collect_results (best, self->n_indicators, max_results);
}
