/* pw-framework-index.c — text folding and the search index over keywords, indicators and good practice
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-framework"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pw-framework-index.h"

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
  if (!g_utf8_validate (text, length, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (text, length);

      pw_fold_text_into (valid, -1, out);
      return;
    }
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
 * classes → class, churches → church, GPs → gp; status, access, crisis stay. */
static gsize
stem (char  *word,
      gsize  len)
{
  if (len < 3 || word[len - 1] != 's')
    return len;
  /* "gps" → "gp", but "bus" and "gas" stay */
  if (len == 3)
    return strchr ("aeiou", word[1]) == NULL ? 2 : 3;
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
guint
pw_search_index_split_words (PwSearchIndex  *index,
                             char           *folded,
                             char          **words,
                             gboolean       *stop,
                             guint           max)
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

PwQueryWord
pw_search_index_word (PwSearchIndex *index,
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
  n = pw_search_index_split_words (index, folded->str, words, stop, G_N_ELEMENTS (words));
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
  n = pw_search_index_split_words (index, folded->str, words, stop, G_N_ELEMENTS (words));
  for (guint i = 0; i < n; i++)
    pw_search_index_join (joined, words[i]);
  if (joined->len == 0)
    return;

  keywords = g_hash_table_lookup (index->variants, joined->str);
  if (keywords == NULL)
    {
      keywords = g_ptr_array_new ();
      g_hash_table_insert (index->variants, g_string_chunk_insert (index->chunk, joined->str), keywords);
    }
  if (keywords->len > 0 && g_ptr_array_index (keywords, keywords->len - 1) == keyword)
    return;
  g_ptr_array_add (keywords, (gpointer) keyword);

  /* padded with spaces, to find it in free text as whole words */
  if (!g_hash_table_contains (index->stopwords, joined->str))
    {
      PwVariant variant = { NULL, keyword };

      g_string_prepend_c (joined, ' ');
      g_string_append_c (joined, ' ');
      variant.padded = g_string_chunk_insert (index->chunk, joined->str);
      g_array_append_val (index->variant_list, variant);
    }
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
          q = pw_search_index_word (index, index->vocab[doc->tokens[t]], TRUE);
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
  index->variant_list = g_array_new (FALSE, FALSE, sizeof (PwVariant));
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
  g_array_unref (index->variant_list);
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

