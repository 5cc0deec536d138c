/* pw-framework-index.h — the search index over keywords, indicators and good practice
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pw-framework-private.h"

G_BEGIN_DECLS

/* A headword, or a part of one that is an exact hit on its own */
typedef struct {
  const char      *padded;         /* " satisfaction neighbourhood " */
  const PwKeyword *keyword;
} PwVariant;

/* Every text is folded, split into words, plural endings folded, and
 * stored as ids into one sorted vocabulary, so that the words starting
 * with a prefix are a range of ids. */
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
  GArray         *variant_list;      /* the same as PwVariant, in the guide's order, without stop words */
  GHashTable     *stopwords;
};

/* Splits folded text in place into words, stemmed unless they are stop
 * words; returns how many (at most @max). */
guint        pw_search_index_split_words (PwSearchIndex *index,
                                          char          *folded,
                                          char         **words,
                                          gboolean      *stop,
                                          guint          max);
/* The vocabulary ranges for a folded, stemmed word */
PwQueryWord  pw_search_index_word        (PwSearchIndex *index,
                                          const char    *word,
                                          gboolean       required);

/* Appends @word to @joined, after a space unless it is the first */
static inline void
pw_search_index_join (GString    *joined,
                      const char *word)
{
  if (joined->len > 0)
    g_string_append_c (joined, ' ');
  g_string_append (joined, word);
}

G_END_DECLS
