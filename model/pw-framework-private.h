/* pw-framework-private.h — internals shared by the framework's loader, lookups and search
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pw-framework.h"

G_BEGIN_DECLS

/* A document tokenised for search: ids into the sorted vocabulary. */
typedef struct {
  const guint16 *tokens;
  guint          n_tokens;
  guint          n_significant;  /* tokens that are not stop words */
} PwTokens;

/* A word to look for: the vocabulary ids [lo, hi) start with it; exact is
 * the id equal to it, or -1; [loose_lo, loose_hi) share its first letters
 * (volunteering ~ voluntary), which only helps the ranking. */
typedef struct {
  guint    lo;
  guint    hi;
  guint    loose_lo;
  guint    loose_hi;
  int      exact;
  gboolean required;
} PwQueryWord;

typedef struct _PwSearchIndex PwSearchIndex;

/* The four data-availability marks as framework.json names them, in the
 * framework's display order; bit n of PwMarks is entry n. */
typedef struct {
  PwMarks      mark;
  const char  *id;
  const char  *symbol;
} PwMarkSpec;

extern const PwMarkSpec pw_mark_specs[4];

struct _PwFramework
{
  GObject          parent_instance;

  GStringChunk    *strings;
  const char      *document;
  const char      *licence;
  const char      *attribution;

  PwCategoryInfo   categories[PW_N_CATEGORIES];
  PwDomain         domains[PW_N_DOMAINS];
  PwMarkInfo       marks[4];

  PwPrinciple     *principles;
  guint            n_principles;
  PwIndicator     *indicators;
  guint            n_indicators;
  PwGoodPractice  *good_practice;
  guint            n_good_practice;
  PwKeyword       *keywords;
  guint            n_keywords;
  PwComparator    *comparators;
  guint            n_comparators;
  PwComparatorMap *maps;
  guint            n_maps;

  GPtrArray       *domain_indicators[PW_N_DOMAINS];
  GPtrArray       *domain_good_practice[PW_N_DOMAINS][2];
  GHashTable      *indicator_by_id;   /* id → PwIndicator* */
  GHashTable      *shared;            /* shared key → GPtrArray of PwIndicator* */

  PwSearchIndex   *index;
};

/* pw-framework-load.c: reads the five files through @read_file and fills @self. */
typedef GBytes *(*PwFrameworkReadFunc) (const char  *name,
                                        gpointer     user_data,
                                        GError     **error);

gboolean        pw_framework_load              (PwFramework         *self,
                                                PwFrameworkReadFunc  read_file,
                                                gpointer             user_data,
                                                GError             **error);

/* pw-framework-search.c */
PwSearchIndex  *pw_search_index_new            (PwFramework   *self);
void            pw_search_index_free           (PwSearchIndex *index);
/* The keyword's headword as pw_fold_text() gives it */
const char     *pw_search_index_get_folded_keyword (PwSearchIndex *index,
                                                    guint          keyword);

/* Lower-case, unaccented, punctuation-free words separated by one space,
 * appended to @out (which is not cleared). */
void            pw_fold_text_into              (const char    *text,
                                                gssize         length,
                                                GString       *out);

G_END_DECLS
