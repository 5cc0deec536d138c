/* pw-framework-load.c — reads and checks the framework's JSON data files
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-framework"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pw-autocleanups.h"
#include "pw-framework-json.h"

static const char * const category_slugs[PW_N_CATEGORIES] = {
  "markers-and-means", "social-connections", "facilitators", "foundation",
};

const PwMarkSpec pw_mark_specs[4] = {
  { PW_MARK_OFFICIAL, "official", "■" },
  { PW_MARK_SURVEY,   "survey",   "▲" },
  { PW_MARK_OTHER,    "other",    "★" },
  { PW_MARK_NONE,     "none",     "□" },
};

/* Reads and parses @file, whose top level must be an object (@want_object)
 * or a non-empty list of records. Returns NULL with c->error set. */
static cJSON *
open_file (PwJsonCtx           *c,
           const char          *file,
           gboolean             want_object,
           PwFrameworkReadFunc  read_file,
           gpointer             user_data)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(cJSON) root = NULL;

  c->file = file;
  pw_json_enter_list (c, NULL);
  if ((bytes = read_file (c->file, user_data, c->error)) == NULL ||
      (root = pw_json_parse (c, bytes)) == NULL ||
      !pw_json_check_root (c, root, want_object))
    return NULL;
  return g_steal_pointer (&root);
}

/* The top-level object of a file has only the @fields. */
static gboolean
check_top_fields (PwJsonCtx          *c,
                  const cJSON        *root,
                  const char * const *fields)
{
  for (const cJSON *field = root->child; field != NULL; field = field->next)
    if (!pw_json_in_list (field->string, fields))
      return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("unknown field “%s”"), field->string);
  return TRUE;
}

/* ---- framework.json ---------------------------------------------------- */

static gboolean
load_source (PwJsonCtx   *c,
             const cJSON *root)
{
  static const char * const fields[] = { "document", "licence", "attribution", NULL };
  const cJSON *source = cJSON_GetObjectItemCaseSensitive (root, "source");

  pw_json_enter_list (c, NULL);
  if (source == NULL)
    return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“%s” is missing"), "source");
  if (!cJSON_IsObject (source))
    return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“%s” must be a JSON object"), "source");
  for (const cJSON *field = source->child; field != NULL; field = field->next)
    if (!pw_json_in_list (field->string, fields))
      return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("unknown field “%s” in “source”"), field->string);
  return pw_json_get_string (c, source, "document", TRUE, &c->fw->document) &&
         pw_json_get_string (c, source, "licence", TRUE, &c->fw->licence) &&
         pw_json_get_string (c, source, "attribution", TRUE, &c->fw->attribution);
}

static gboolean
load_category (PwJsonCtx   *c,
               int          index,
               const cJSON *item,
               guint16     *claimed)
{
  static const char * const fields[] = { "id", "name", "domains", "description", "source", NULL };
  const char *slug, *source;
  PwCategoryInfo *category = NULL;
  guint16 domains;
  guint first, n;

  if (!pw_json_begin_record (c, index, item, fields) || !pw_json_get_string (c, item, "id", TRUE, &slug))
    return FALSE;
  for (guint k = 0; k < PW_N_CATEGORIES; k++)
    if (g_str_equal (slug, category_slugs[k]))
      category = &c->fw->categories[k];
  if (category == NULL)
    return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID,
                         _("“id” must be one of “%s”, “%s”, “%s” or “%s”"),
                         category_slugs[0], category_slugs[1], category_slugs[2], category_slugs[3]);
  if (category->slug != NULL)
    return pw_json_fail (c, PW_FRAMEWORK_ERROR_DUPLICATE, _("the category “%s” appears twice"), slug);
  category->slug = slug;

  if (!pw_json_get_string (c, item, "name", TRUE, &category->name) ||
      !pw_json_get_string (c, item, "description", FALSE, &category->description) ||
      !pw_json_get_string (c, item, "source", TRUE, &source) ||
      !pw_json_get_domain_set (c, item, "domains", &domains))
    return FALSE;

  first = g_bit_nth_lsf (domains, -1);
  n = g_bit_nth_msf (domains, -1) - first + 1;
  if (domains != ((1u << n) - 1) << first)
    return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("the category’s “domains” must be consecutive numbers"));
  if (*claimed & domains)
    return pw_json_fail (c, PW_FRAMEWORK_ERROR_DUPLICATE, _("a domain in “domains” belongs to another category too"));
  *claimed |= domains;
  category->first_domain = first + 1;
  category->n_domains = n;
  return TRUE;
}

static gboolean
load_categories (PwJsonCtx   *c,
                 const cJSON *root)
{
  const cJSON *list, *item;
  guint16 claimed = 0;
  int index = 0;

  pw_json_enter_list (c, NULL);
  if (!pw_json_get_array (c, root, "categories", &list))
    return FALSE;
  pw_json_enter_list (c, "categories");
  cJSON_ArrayForEach (item, list)
    if (!load_category (c, index++, item, &claimed))
      return FALSE;

  pw_json_enter_list (c, NULL);
  for (guint k = 0; k < PW_N_CATEGORIES; k++)
    {
      c->fw->categories[k].id = k;
      if (c->fw->categories[k].slug == NULL)
        return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("the category “%s” is missing"), category_slugs[k]);
    }
  if (claimed != (1u << PW_N_DOMAINS) - 1)
    return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID,
                         _("the categories must share out domains 1 to %u between them"), PW_N_DOMAINS);
  return TRUE;
}

static gboolean
load_domain (PwJsonCtx   *c,
             int          index,
             const cJSON *item)
{
  static const char * const fields[] = {
    "number", "id", "name", "full_name", "category", "intro", "source", NULL
  };
  const char *category;
  PwDomain *domain;
  guint number;

  if (!pw_json_begin_record (c, index, item, fields) ||
      !pw_json_get_number (c, item, "number", 1, PW_N_DOMAINS, &number))
    return FALSE;
  domain = &c->fw->domains[number - 1];
  if (domain->number != 0)
    return pw_json_fail (c, PW_FRAMEWORK_ERROR_DUPLICATE, _("domain %u appears twice"), number);
  domain->number = number;

  if (!pw_json_get_id (c, item, "id", TRUE, &domain->slug) ||
      !pw_json_get_string (c, item, "name", TRUE, &domain->name) ||
      !pw_json_get_string (c, item, "full_name", TRUE, &domain->full_name) ||
      !pw_json_get_string (c, item, "category", TRUE, &category) ||
      !pw_json_get_string (c, item, "intro", TRUE, &domain->intro) ||
      !pw_json_get_string (c, item, "source", TRUE, &domain->source))
    return FALSE;

  for (guint d = 0; d < PW_N_DOMAINS; d++)
    if (d != number - 1 && c->fw->domains[d].slug != NULL && g_str_equal (c->fw->domains[d].slug, domain->slug))
      return pw_json_fail (c, PW_FRAMEWORK_ERROR_DUPLICATE, _("the id “%s” is already used by domain %u"),
                           domain->slug, d + 1);

  for (guint k = 0; k < PW_N_CATEGORIES; k++)
    {
      const PwCategoryInfo *info = &c->fw->categories[k];

      if (!g_str_equal (category, info->slug))
        continue;
      if (number < info->first_domain || number >= info->first_domain + info->n_domains)
        return pw_json_fail (c, PW_FRAMEWORK_ERROR_REFERENCE,
                             _("“category” is “%s”, but that category does not list domain %u"), category, number);
      domain->category = k;
      return TRUE;
    }
  return pw_json_fail (c, PW_FRAMEWORK_ERROR_REFERENCE, _("“category” names the category “%s”, which does not exist"),
                       category);
}

static gboolean
load_domains (PwJsonCtx   *c,
              const cJSON *root)
{
  const cJSON *list, *item;
  int index = 0;

  pw_json_enter_list (c, NULL);
  if (!pw_json_get_array (c, root, "domains", &list))
    return FALSE;
  pw_json_enter_list (c, "domains");
  cJSON_ArrayForEach (item, list)
    if (!load_domain (c, index++, item))
      return FALSE;

  pw_json_enter_list (c, NULL);
  for (guint d = 0; d < PW_N_DOMAINS; d++)
    if (c->fw->domains[d].number == 0)
      return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("domain %u is missing from “domains”"), d + 1);
  return TRUE;
}

static gboolean
load_principles (PwJsonCtx   *c,
                 const cJSON *root)
{
  static const char * const fields[] = { "number", "title", "text", "source", NULL };
  const cJSON *list, *item;
  int index = 0;

  pw_json_enter_list (c, NULL);
  if (!pw_json_get_array (c, root, "principles", &list))
    return FALSE;
  pw_json_enter_list (c, "principles");
  c->fw->n_principles = cJSON_GetArraySize (list);
  c->fw->principles = g_new0 (PwPrinciple, c->fw->n_principles);
  cJSON_ArrayForEach (item, list)
    {
      PwPrinciple *principle = &c->fw->principles[index];

      if (!pw_json_begin_record (c, index, item, fields) ||
          !pw_json_get_number (c, item, "number", 1, c->fw->n_principles, &principle->number) ||
          !pw_json_get_string (c, item, "title", TRUE, &principle->title) ||
          !pw_json_get_string (c, item, "text", TRUE, &principle->text) ||
          !pw_json_get_string (c, item, "source", TRUE, &principle->source))
        return FALSE;
      for (int earlier = 0; earlier < index; earlier++)
        if (c->fw->principles[earlier].number == principle->number)
          return pw_json_fail (c, PW_FRAMEWORK_ERROR_DUPLICATE, _("principle %u appears twice"), principle->number);
      index++;
    }
  return TRUE;
}

static const PwMarkSpec *
find_mark (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (pw_mark_specs); i++)
    if (g_str_equal (id, pw_mark_specs[i].id))
      return &pw_mark_specs[i];
  return NULL;
}

static gboolean
load_marks (PwJsonCtx   *c,
            const cJSON *root)
{
  static const char * const fields[] = { "id", "symbol", "name", "meaning", "source", NULL };
  const cJSON *list, *item;
  int index = 0;

  pw_json_enter_list (c, NULL);
  if (!pw_json_get_array (c, root, "marks", &list))
    return FALSE;
  pw_json_enter_list (c, "marks");
  cJSON_ArrayForEach (item, list)
    {
      const PwMarkSpec *spec;
      const char *id, *symbol, *source;
      PwMarkInfo *info;

      if (!pw_json_begin_record (c, index++, item, fields) || !pw_json_get_string (c, item, "id", TRUE, &id))
        return FALSE;
      if ((spec = find_mark (id)) == NULL)
        return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“id” must be “official”, “survey”, “other” or “none”"));
      info = &c->fw->marks[spec - pw_mark_specs];
      if (info->mark != 0)
        return pw_json_fail (c, PW_FRAMEWORK_ERROR_DUPLICATE, _("the mark “%s” appears twice"), id);
      info->mark = spec->mark;
      if (!pw_json_get_string (c, item, "symbol", TRUE, &symbol) ||
          !pw_json_get_string (c, item, "name", TRUE, &info->name) ||
          !pw_json_get_string (c, item, "meaning", TRUE, &info->meaning) ||
          !pw_json_get_string (c, item, "source", TRUE, &source))
        return FALSE;
      if (!g_str_equal (symbol, spec->symbol))
        return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“symbol” must be “%s”"), spec->symbol);
      info->symbol = symbol;
    }

  pw_json_enter_list (c, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (pw_mark_specs); i++)
    if (c->fw->marks[i].mark == 0)
      return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("the mark “%s” is missing from “marks”"), pw_mark_specs[i].id);
  return TRUE;
}

static gboolean
load_framework (PwJsonCtx           *c,
                PwFrameworkReadFunc  read_file,
                gpointer             user_data)
{
  static const char * const fields[] = { "source", "categories", "domains", "principles", "marks", NULL };
  g_autoptr(cJSON) root = NULL;

  if ((root = open_file (c, "framework.json", TRUE, read_file, user_data)) == NULL)
    return FALSE;
  if (!check_top_fields (c, root, fields))
    return FALSE;

  /* categories first: a domain's "category" is checked against their lists */
  return load_source (c, root) && load_categories (c, root) && load_domains (c, root) &&
         load_principles (c, root) && load_marks (c, root);
}

/* ---- indicators.json -------------------------------------------------- */

static gboolean
get_marks (PwJsonCtx   *c,
           const cJSON *object,
           PwIndicator *indicator)
{
  const cJSON *list, *item;
  guint n = 0;

  if (!pw_json_get_array (c, object, "marks", &list))
    return FALSE;
  cJSON_ArrayForEach (item, list)
    {
      const PwMarkSpec *spec = cJSON_IsString (item) ? find_mark (item->valuestring) : NULL;

      if (spec == NULL)
        return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID,
                             _("“marks” must list “official”, “survey”, “other” or “none”"));
      if (indicator->marks & spec->mark)
        return pw_json_fail (c, PW_FRAMEWORK_ERROR_DUPLICATE, _("the mark “%s” appears twice in “marks”"), spec->id);
      indicator->marks |= spec->mark;
      /* "none" stands alone, so at most three marks and the 0 terminator fit */
      if ((indicator->marks & PW_MARK_NONE) && indicator->marks != PW_MARK_NONE)
        return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("the mark “none” cannot be combined with other marks"));
      indicator->mark_order[n++] = spec->mark;
    }
  if (n == 0)
    return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“marks” must list at least one mark"));
  return TRUE;
}

static gboolean
load_indicator (PwJsonCtx   *c,
                int          index,
                const cJSON *item,
                GHashTable  *ids)
{
  static const char * const fields[] = { "id", "domain", "text", "marks", "shared", "source", NULL };
  PwIndicator *indicator = &c->fw->indicators[index];
  const PwDomain *domain;

  if (!pw_json_begin_record (c, index, item, fields) ||
      !pw_json_get_id (c, item, "id", TRUE, &indicator->id) ||
      !pw_json_get_number (c, item, "domain", 1, PW_N_DOMAINS, &indicator->domain))
    return FALSE;
  domain = &c->fw->domains[indicator->domain - 1];
  if (!pw_json_check_unique (c, ids, "id", indicator->id) ||
      !pw_json_check_id_prefix (c, indicator->id, domain->slug) ||
      !pw_json_get_string (c, item, "text", TRUE, &indicator->text) ||
      !get_marks (c, item, indicator) ||
      !pw_json_get_id (c, item, "shared", FALSE, &indicator->shared) ||
      !pw_json_get_string (c, item, "source", TRUE, &indicator->source))
    return FALSE;

  g_ptr_array_add (c->fw->domain_indicators[indicator->domain - 1], indicator);
  if (indicator->shared != NULL)
    {
      GPtrArray *group = g_hash_table_lookup (c->fw->shared, indicator->shared);

      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (c->fw->shared, (gpointer) indicator->shared, group);
        }
      g_ptr_array_add (group, indicator);
    }
  return TRUE;
}

static gboolean
check_shared (PwJsonCtx *c)
{
  for (guint i = 0; i < c->fw->n_indicators; i++)
    {
      const PwIndicator *indicator = &c->fw->indicators[i];
      GPtrArray *group;

      if (indicator->shared == NULL)
        continue;
      group = g_hash_table_lookup (c->fw->shared, indicator->shared);
      c->index = i;
      c->label = indicator->id;
      if (group->len < 2)
        return pw_json_fail (c, PW_FRAMEWORK_ERROR_REFERENCE,
                             _("“shared” is “%s”, but no other indicator has that key"), indicator->shared);
    }
  return TRUE;
}

static gboolean
load_indicators (PwJsonCtx           *c,
                 PwFrameworkReadFunc  read_file,
                 gpointer             user_data)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(cJSON) root = NULL;
  const cJSON *item;
  int index = 0;

  if ((root = open_file (c, "indicators.json", FALSE, read_file, user_data)) == NULL)
    return FALSE;

  c->fw->n_indicators = cJSON_GetArraySize (root);
  c->fw->indicators = g_new0 (PwIndicator, c->fw->n_indicators);
  cJSON_ArrayForEach (item, root)
    if (!load_indicator (c, index++, item, ids))
      return FALSE;
  if (!check_shared (c))
    return FALSE;

  pw_json_enter_list (c, NULL);
  for (guint d = 0; d < PW_N_DOMAINS; d++)
    if (c->fw->domain_indicators[d]->len == 0)
      return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("domain %u has no indicators"), d + 1);
  return TRUE;
}

/* ---- good-practice.json ------------------------------------------------ */

static gboolean
load_good_practice_item (PwJsonCtx   *c,
                         int          index,
                         const cJSON *item,
                         GHashTable  *ids)
{
  static const char * const fields[] = { "id", "domain", "scope", "text", "source", NULL };
  PwGoodPractice *practice = &c->fw->good_practice[index];
  g_autofree char *prefix = NULL;
  const PwDomain *domain;
  const char *scope;

  if (!pw_json_begin_record (c, index, item, fields) ||
      !pw_json_get_id (c, item, "id", TRUE, &practice->id) ||
      !pw_json_check_unique (c, ids, "id", practice->id) ||
      !pw_json_get_number (c, item, "domain", 1, PW_N_DOMAINS, &practice->domain) ||
      !pw_json_get_string (c, item, "scope", TRUE, &scope))
    return FALSE;

  if (g_str_equal (scope, "local"))
    practice->scope = PW_GOOD_PRACTICE_LOCAL;
  else if (g_str_equal (scope, "national"))
    practice->scope = PW_GOOD_PRACTICE_NATIONAL;
  else
    return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“scope” must be “local” or “national”"));

  domain = &c->fw->domains[practice->domain - 1];
  prefix = g_strconcat (domain->slug, "-", scope, NULL);
  if (!pw_json_check_id_prefix (c, practice->id, prefix) ||
      !pw_json_get_string (c, item, "text", TRUE, &practice->text) ||
      !pw_json_get_string (c, item, "source", TRUE, &practice->source))
    return FALSE;

  g_ptr_array_add (c->fw->domain_good_practice[practice->domain - 1][practice->scope], practice);
  return TRUE;
}

static gboolean
load_good_practice (PwJsonCtx           *c,
                    PwFrameworkReadFunc  read_file,
                    gpointer             user_data)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(cJSON) root = NULL;
  const cJSON *item;
  int index = 0;

  if ((root = open_file (c, "good-practice.json", FALSE, read_file, user_data)) == NULL)
    return FALSE;

  c->fw->n_good_practice = cJSON_GetArraySize (root);
  c->fw->good_practice = g_new0 (PwGoodPractice, c->fw->n_good_practice);
  cJSON_ArrayForEach (item, root)
    if (!load_good_practice_item (c, index++, item, ids))
      return FALSE;
  return TRUE;
}

/* ---- keywords.json ---------------------------------------------------- */

static gboolean
load_keywords (PwJsonCtx           *c,
               PwFrameworkReadFunc  read_file,
               gpointer             user_data)
{
  static const char * const fields[] = { "keyword", "domains", "source", NULL };
  g_autoptr(cJSON) root = NULL;
  const cJSON *item;
  int index = 0;

  if ((root = open_file (c, "keywords.json", FALSE, read_file, user_data)) == NULL)
    return FALSE;

  c->fw->n_keywords = cJSON_GetArraySize (root);
  c->fw->keywords = g_new0 (PwKeyword, c->fw->n_keywords);
  cJSON_ArrayForEach (item, root)
    {
      PwKeyword *keyword = &c->fw->keywords[index];

      keyword->index = index;
      if (!pw_json_begin_record (c, index, item, fields) ||
          !pw_json_get_string (c, item, "keyword", TRUE, &keyword->keyword) ||
          !pw_json_get_domain_set (c, item, "domains", &keyword->domains) ||
          !pw_json_get_string (c, item, "source", TRUE, &keyword->source))
        return FALSE;
      /* the same headword may recur, but only with other domains */
      for (int earlier = 0; earlier < index; earlier++)
        if (g_str_equal (c->fw->keywords[earlier].keyword, keyword->keyword) &&
            c->fw->keywords[earlier].domains == keyword->domains)
          return pw_json_fail (c, PW_FRAMEWORK_ERROR_DUPLICATE,
                               _("the same keyword with the same domains is already record %d"), earlier);
      index++;
    }
  return TRUE;
}

/* ---- comparators.json -------------------------------------------------- */

typedef struct {
  const char *name;
  const char *source;
  const char *licence;
} SetInfo;

static gboolean
load_sets (PwJsonCtx   *c,
           const cJSON *root,
           GHashTable  *sets)
{
  static const char * const fields[] = { "id", "name", "source", "licence", NULL };
  const cJSON *list, *item;
  int index = 0;

  pw_json_enter_list (c, NULL);
  if (!pw_json_get_array (c, root, "sets", &list))
    return FALSE;
  pw_json_enter_list (c, "sets");
  cJSON_ArrayForEach (item, list)
    {
      const char *id, *name, *source, *licence;
      SetInfo *set;

      if (!pw_json_begin_record (c, index++, item, fields) ||
          !pw_json_get_id (c, item, "id", TRUE, &id) ||
          !pw_json_get_string (c, item, "name", TRUE, &name) ||
          !pw_json_get_string (c, item, "source", TRUE, &source) ||
          !pw_json_get_string (c, item, "licence", FALSE, &licence))
        return FALSE;
      if (g_hash_table_contains (sets, id))
        return pw_json_fail (c, PW_FRAMEWORK_ERROR_DUPLICATE, _("the set “%s” appears twice"), id);
      set = g_new (SetInfo, 1);
      *set = (SetInfo) { name, source, licence };
      g_hash_table_insert (sets, (gpointer) id, set);
    }
  return TRUE;
}

static gboolean
load_maps (PwJsonCtx    *c,
           const cJSON  *item,
           PwComparator *comparator)
{
  static const char * const fields[] = { "indicator", "reason", NULL };
  const cJSON *list, *map_item;
  PwComparatorMap *maps = c->fw->maps + c->fw->n_maps;
  guint n = 0;

  if (!pw_json_get_array (c, item, "maps", &list))
    return FALSE;
  cJSON_ArrayForEach (map_item, list)
    {
      PwComparatorMap *map = &maps[n];

      if (!cJSON_IsObject (map_item))
        return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“maps” item %u must be a JSON object"), n);
      for (const cJSON *field = map_item->child; field != NULL; field = field->next)
        if (!pw_json_in_list (field->string, fields))
          return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("unknown field “%s” in “maps” item %u"), field->string, n);
      if (!pw_json_get_string (c, map_item, "indicator", TRUE, &map->indicator) ||
          !pw_json_get_string (c, map_item, "reason", TRUE, &map->reason))
        return FALSE;
      if (!g_hash_table_contains (c->fw->indicator_by_id, map->indicator))
        return pw_json_fail (c, PW_FRAMEWORK_ERROR_REFERENCE,
                             _("“maps” item %u names the indicator “%s”, which does not exist"), n, map->indicator);
      for (guint earlier = 0; earlier < n; earlier++)
        if (g_str_equal (maps[earlier].indicator, map->indicator))
          return pw_json_fail (c, PW_FRAMEWORK_ERROR_DUPLICATE, _("“maps” names the indicator “%s” twice"), map->indicator);
      n++;
    }
  comparator->maps = maps;
  comparator->n_maps = n;
  c->fw->n_maps += n;
  return TRUE;
}

static gboolean
load_comparator (PwJsonCtx   *c,
                 int          index,
                 const cJSON *item,
                 GHashTable  *sets,
                 GHashTable  *ids)
{
  static const char * const fields[] = {
    "id", "set", "theme", "measure", "question", "response_scale", "data_source",
    "disaggregation", "source", "maps", "measurement_theme", "question_note", "note", NULL
  };
  PwComparator *comparator = &c->fw->comparators[index];
  const SetInfo *set;

  if (!pw_json_begin_record (c, index, item, fields) ||
      !pw_json_get_id (c, item, "id", TRUE, &comparator->id) ||
      !pw_json_check_unique (c, ids, "id", comparator->id) ||
      !pw_json_get_id (c, item, "set", TRUE, &comparator->set))
    return FALSE;
  set = g_hash_table_lookup (sets, comparator->set);
  if (set == NULL)
    return pw_json_fail (c, PW_FRAMEWORK_ERROR_REFERENCE, _("“set” names the set “%s”, which does not exist"),
                         comparator->set);
  comparator->set_name = set->name;
  comparator->set_source = set->source;
  comparator->set_licence = set->licence;
  return pw_json_check_id_prefix (c, comparator->id, comparator->set) &&
         pw_json_get_string (c, item, "theme", TRUE, &comparator->theme) &&
         pw_json_get_string (c, item, "measure", TRUE, &comparator->measure) &&
         pw_json_get_string (c, item, "question", FALSE, &comparator->question) &&
         pw_json_get_string (c, item, "response_scale", FALSE, &comparator->response_scale) &&
         pw_json_get_string (c, item, "data_source", TRUE, &comparator->data_source) &&
         pw_json_get_string (c, item, "disaggregation", FALSE, &comparator->disaggregation) &&
         pw_json_get_string (c, item, "source", TRUE, &comparator->source) &&
         pw_json_get_string (c, item, "measurement_theme", FALSE, &comparator->measurement_theme) &&
         pw_json_get_string (c, item, "question_note", FALSE, &comparator->question_note) &&
         pw_json_get_string (c, item, "note", FALSE, &comparator->note) &&
         load_maps (c, item, comparator);
}

static gboolean
load_comparators (PwJsonCtx           *c,
                  PwFrameworkReadFunc  read_file,
                  gpointer             user_data)
{
  static const char * const fields[] = { "sets", "comparators", NULL };
  g_autoptr(GHashTable) sets = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(cJSON) root = NULL;
  const cJSON *list, *item;
  guint n_maps = 0;
  int index = 0;

  if ((root = open_file (c, "comparators.json", TRUE, read_file, user_data)) == NULL)
    return FALSE;
  if (!check_top_fields (c, root, fields))
    return FALSE;
  if (!load_sets (c, root, sets))
    return FALSE;

  pw_json_enter_list (c, NULL);
  if (!pw_json_get_array (c, root, "comparators", &list))
    return FALSE;
  cJSON_ArrayForEach (item, list)
    n_maps += cJSON_GetArraySize (cJSON_GetObjectItemCaseSensitive (item, "maps"));
  c->fw->n_comparators = cJSON_GetArraySize (list);
  c->fw->comparators = g_new0 (PwComparator, c->fw->n_comparators);
  c->fw->maps = g_new0 (PwComparatorMap, MAX (n_maps, 1));

  pw_json_enter_list (c, "comparators");
  cJSON_ArrayForEach (item, list)
    if (!load_comparator (c, index++, item, sets, ids))
      return FALSE;
  return TRUE;
}

/* ---- All together ------------------------------------------------------- */

gboolean
pw_framework_load (PwFramework          *self,
                   PwFrameworkReadFunc   read_file,
                   gpointer              user_data,
                   GError              **error)
{
  PwJsonCtx c = { .fw = self, .index = -1, .error = error };

  for (guint d = 0; d < PW_N_DOMAINS; d++)
    {
      self->domain_indicators[d] = g_ptr_array_new ();
      self->domain_good_practice[d][0] = g_ptr_array_new ();
      self->domain_good_practice[d][1] = g_ptr_array_new ();
    }
  self->shared = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->indicator_by_id = g_hash_table_new (g_str_hash, g_str_equal);

  if (!load_framework (&c, read_file, user_data) || !load_indicators (&c, read_file, user_data))
    return FALSE;
  for (guint i = 0; i < self->n_indicators; i++)
    g_hash_table_insert (self->indicator_by_id, (gpointer) self->indicators[i].id, &self->indicators[i]);

  return load_good_practice (&c, read_file, user_data) &&
         load_keywords (&c, read_file, user_data) &&
         load_comparators (&c, read_file, user_data);
}
