/* pw-framework.h — the Indicators of Integration framework 2019 as loaded data
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PW_FRAMEWORK_ERROR (pw_framework_error_quark ())

typedef enum {
  PW_FRAMEWORK_ERROR_IO,        /* a data file cannot be read */
  PW_FRAMEWORK_ERROR_SYNTAX,    /* not JSON, or truncated */
  PW_FRAMEWORK_ERROR_INVALID,   /* wrong type, missing field, bad value */
  PW_FRAMEWORK_ERROR_REFERENCE, /* dangling reference between records */
  PW_FRAMEWORK_ERROR_DUPLICATE, /* two records with one id */
} PwFrameworkError;

GQuark pw_framework_error_quark (void);

typedef enum {
  PW_CATEGORY_MARKERS_AND_MEANS,
  PW_CATEGORY_SOCIAL_CONNECTIONS,
  PW_CATEGORY_FACILITATORS,
  PW_CATEGORY_FOUNDATION,
  PW_N_CATEGORIES
} PwCategory;

/* Data-availability marks, as bit flags; the framework's display order is
 * official ■, survey ▲, other ★, none □ — but an indicator keeps the order in
 * which the document printed its marks (see pw_indicator_get_marks_text). */
typedef enum {
  PW_MARK_OFFICIAL = 1 << 0, /* ■ Official Statistics */
  PW_MARK_SURVEY   = 1 << 1, /* ▲ National Survey */
  PW_MARK_OTHER    = 1 << 2, /* ★ Other Data */
  PW_MARK_NONE     = 1 << 3, /* □ No data located */
} PwMarks;

#define PW_N_DOMAINS 14

typedef enum {
  PW_GOOD_PRACTICE_LOCAL,
  PW_GOOD_PRACTICE_NATIONAL,
} PwGoodPracticeScope;

/* Plain read-only records owned by the PwFramework; valid while it lives. */
typedef struct {
  PwCategory   id;
  const char  *slug;          /* "markers-and-means" */
  const char  *name;          /* "Markers and Means" */
  const char  *description;   /* may be NULL */
  guint        first_domain;  /* domains of a category are contiguous */
  guint        n_domains;
} PwCategoryInfo;

typedef struct {
  guint        number;        /* 1–14, framework section 7.N */
  const char  *slug;          /* "work" */
  const char  *name;          /* "Work" */
  const char  *full_name;     /* "Social bonds – with those you share a sense of identity" */
  PwCategory   category;
  const char  *intro;
  const char  *source;
} PwDomain;

typedef struct {
  const char  *id;            /* "work-03" */
  guint        domain;        /* 1–14 */
  const char  *text;
  PwMarks      marks;
  guint8       mark_order[4]; /* marks as printed: PwMarks bits, 0-terminated */
  const char  *shared;        /* key shared by repeated occurrences, or NULL */
  const char  *source;
} PwIndicator;

typedef struct {
  const char          *id;
  guint                domain;
  PwGoodPracticeScope  scope;
  const char          *text;
  const char          *source;
} PwGoodPractice;

typedef struct {
  guint        index;         /* position in the guide's order */
  const char  *keyword;
  guint16      domains;       /* bit (n-1) set for domain n */
  const char  *source;
} PwKeyword;

typedef struct {
  const char  *indicator;     /* bank indicator id */
  const char  *reason;
} PwComparatorMap;

typedef struct {
  const char            *id;           /* "mhclg-01", "london-07" */
  const char            *set;          /* "mhclg" | "london" */
  const char            *set_name;
  const char            *theme;
  const char            *measure;
  const char            *question;     /* may be NULL */
  const char            *response_scale; /* may be NULL */
  const char            *data_source;
  const char            *disaggregation; /* may be NULL */
  const char            *source;
  const PwComparatorMap *maps;
  guint                  n_maps;
  const char            *measurement_theme; /* London's theme heading; may be NULL */
  const char            *question_note;  /* how a missing question could be completed; may be NULL */
  const char            *note;           /* extraction note on where the cells came from; may be NULL */
  const char            *set_source;     /* the set's document, for attribution */
  const char            *set_licence;    /* the set's licence; may be NULL */
} PwComparator;

typedef struct {
  guint        number;
  const char  *title;
  const char  *text;
  const char  *source;
} PwPrinciple;

typedef struct {
  PwMarks      mark;
  const char  *symbol;        /* "■" */
  const char  *name;
  const char  *meaning;
} PwMarkInfo;

/* Why a search result matched, strongest first. */
typedef enum {
  PW_MATCH_KEYWORD_EXACT,     /* the query is a keyword-index headword */
  PW_MATCH_KEYWORD_PREFIX,    /* the query's words start words of a headword */
  PW_MATCH_TEXT,              /* words of the indicator text */
  PW_MATCH_GOOD_PRACTICE,     /* words of the domain's good-practice text */
} PwMatchKind;

typedef struct {
  const PwIndicator *indicator;
  PwMatchKind        kind;
  const PwKeyword   *keyword;  /* the index entry for KEYWORD_* kinds, else NULL */
  double             score;    /* higher is better; results are sorted by it */
} PwSearchResult;

typedef struct {
  guint32  categories;        /* bit per PwCategory; 0 = all */
  guint16  domains;           /* bit (n-1) per domain; 0 = all */
  PwMarks  marks;             /* indicator has any of these; 0 = all */
} PwSearchFilter;

#define PW_TYPE_FRAMEWORK (pw_framework_get_type ())
G_DECLARE_FINAL_TYPE (PwFramework, pw_framework, PW, FRAMEWORK, GObject)

/* Loads the JSON files from the bundled GResource path /io/github/pathways/Planner/framework/ */
PwFramework          *pw_framework_new_from_resource (GError **error);
/* Loads framework.json, indicators.json, good-practice.json, keywords.json and
 * comparators.json from a directory (tests use this for corrupt-data cases). */
PwFramework          *pw_framework_new_from_directory (GFile *dir, GError **error);
/* A process-wide instance from the resource; aborts with the GError message if the
 * bundled data is corrupt (the app checks with _new_from_resource first). */
PwFramework          *pw_framework_get_default (void);

const PwCategoryInfo *pw_framework_get_category (PwFramework *self, PwCategory category);
const PwDomain       *pw_framework_get_domain (PwFramework *self, guint number);   /* 1–14 or NULL */
const PwDomain       *pw_framework_get_domain_by_slug (PwFramework *self, const char *slug);
PwCategory            pw_framework_get_domain_category (PwFramework *self, guint number);

guint                 pw_framework_get_n_indicators (PwFramework *self);
const PwIndicator    *pw_framework_get_indicator (PwFramework *self, guint index);
const PwIndicator    *pw_framework_lookup_indicator (PwFramework *self, const char *id);
/* indicators of one domain, in document order; returns a borrowed array */
const PwIndicator   **pw_framework_get_domain_indicators (PwFramework *self, guint domain, guint *n_out);
/* the other occurrences of a shared indicator (not including itself) */
GPtrArray            *pw_framework_get_also_in (PwFramework *self, const PwIndicator *indicator);

const PwGoodPractice **pw_framework_get_good_practice (PwFramework *self, guint domain,
                                                       PwGoodPracticeScope scope, guint *n_out);

guint                 pw_framework_get_n_keywords (PwFramework *self);
const PwKeyword      *pw_framework_get_keyword (PwFramework *self, guint index);
/* all entries whose headword folds equal to @keyword (a headword may appear twice) */
GPtrArray            *pw_framework_lookup_keyword (PwFramework *self, const char *keyword);

guint                 pw_framework_get_n_comparators (PwFramework *self);
const PwComparator   *pw_framework_get_comparator (PwFramework *self, guint index);
GPtrArray            *pw_framework_get_indicator_comparators (PwFramework *self, const char *indicator_id);

guint                 pw_framework_get_n_principles (PwFramework *self);
const PwPrinciple    *pw_framework_get_principle (PwFramework *self, guint index);
const PwMarkInfo     *pw_framework_get_mark_info (PwFramework *self, PwMarks mark);
const char           *pw_framework_get_attribution (PwFramework *self);
/* The framework document's title and licence, from framework.json "source" */
const char           *pw_framework_get_document (PwFramework *self);
const char           *pw_framework_get_licence (PwFramework *self);

/* "▲ ■" in the document's order */
char                 *pw_indicator_get_marks_text (const PwIndicator *indicator);

/* Ranked search; returns a GArray of PwSearchResult, best first, each indicator once. */
GArray               *pw_framework_search (PwFramework *self, const char *query,
                                           const PwSearchFilter *filter);
/* Indicators whose keywords or words appear in free text (an outcome card's words). */
GArray               *pw_framework_suggest (PwFramework *self, const char *text, guint max_results);

/* Folds text for matching: lower case, accents and punctuation removed, words
 * separated by single spaces. Exposed for tests and the UI's highlight. */
char                 *pw_fold_text (const char *text);

G_END_DECLS
