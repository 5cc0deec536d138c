/* pw-framework-load.c — reads and checks the framework's JSON data files
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-framework"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "pw-autocleanups.h"
#include "pw-framework-private.h"

/* Where a problem is: a file, and in it a record of a list. Every error
 * message starts with this, so the person fixing the data can find it. */
typedef struct {
  PwFramework  *fw;
  const char   *file;     /* "indicators.json" */
  const char   *list;     /* the list's name in an object, or NULL for a top-level list */
  int           index;    /* record number from 0, or -1 for the file as a whole */
  const char   *label;    /* the record's id or keyword, or NULL */
  GError      **error;
} Ctx;

static const char * const category_slugs[PW_N_CATEGORIES] = {
  "markers-and-means", "social-connections", "facilitators", "foundation",
};

const PwMarkSpec pw_mark_specs[4] = {
  { PW_MARK_OFFICIAL, "official", "■" },
  { PW_MARK_SURVEY,   "survey",   "▲" },
  { PW_MARK_OTHER,    "other",    "★" },
  { PW_MARK_NONE,     "none",     "□" },
};

static char *
describe_record (const char *list,
                 int         index,
                 const char *label)
{
  if (list != NULL && label != NULL)
    return g_strdup_printf (_("“%s” record %d (“%s”)"), list, index, label);
  if (list != NULL)
    return g_strdup_printf (_("“%s” record %d"), list, index);
  if (label != NULL)
    return g_strdup_printf (_("record %d (“%s”)"), index, label);
  return g_strdup_printf (_("record %d"), index);
}

static gboolean G_GNUC_PRINTF (3, 4)
fail (Ctx              *c,
      PwFrameworkError  code,
      const char       *format,
      ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  if (c->index < 0)
    {
      g_set_error (c->error, PW_FRAMEWORK_ERROR, code, _("%s: %s"), c->file, problem);
    }
  else
    {
      g_autofree char *where = describe_record (c->list, c->index, c->label);

      g_set_error (c->error, PW_FRAMEWORK_ERROR, code, _("%s, %s: %s"), c->file, where, problem);
    }
  return FALSE;
}

static void
enter_list (Ctx        *c,
            const char *list)
{
  c->list = list;
  c->index = -1;
  c->label = NULL;
}

/* ---- Syntax errors ---------------------------------------------------- */

static void
line_and_column (const char *data,
                 gsize       offset,
                 guint      *line,
                 guint      *column)
{
  const char *line_start = data;

  *line = 1;
  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      {
        (*line)++;
        line_start = data + i + 1;
      }
  *column = 1;
  for (const char *p = line_start; p < data + offset; p++)
    if (((guchar) *p & 0xC0) != 0x80)
      (*column)++;
}

#define SCAN_MAX_DEPTH 16

typedef struct {
  char         type;        /* '{' or '[' */
  gboolean     expect_key;
  int          index;
  const char  *key;
  gsize        key_len;
} ScanLevel;

/* A cheap second look at JSON that failed to parse: which record of which
 * list was open at @offset, and its id if that was already read. Returns
 * whether a string or a list or object was still open there. */
static gboolean
locate_record (const char  *data,
               gsize        offset,
               Ctx         *c,
               char       **list_out,
               char       **label_out)
{
  ScanLevel stack[SCAN_MAX_DEPTH] = { { 0 } };
  gboolean in_string = FALSE, escape = FALSE;
  gsize string_start = 0;
  int depth = 0;
  int record_depth;

  record_depth = (offset > 0 && data[strspn (data, " \t\r\n")] == '{') ? 3 : 2;
  for (gsize i = 0; i < offset; i++)
    {
      char ch = data[i];
      ScanLevel *top = (depth > 0 && depth <= SCAN_MAX_DEPTH) ? &stack[depth - 1] : NULL;

      if (in_string)
        {
          if (escape)
            escape = FALSE;
          else if (ch == '\\')
            escape = TRUE;
          else if (ch == '"')
            {
              in_string = FALSE;
              if (top != NULL && top->type == '{' && top->expect_key)
                {
                  top->key = data + string_start;
                  top->key_len = i - string_start;
                }
              else if (top != NULL && depth == record_depth && top->type == '{' && top->key != NULL &&
                       ((top->key_len == 2 && strncmp (top->key, "id", 2) == 0) ||
                        (top->key_len == 7 && strncmp (top->key, "keyword", 7) == 0)))
                {
                  g_free (*label_out);
                  *label_out = g_strndup (data + string_start, i - string_start);
                }
            }
          continue;
        }

      switch (ch)
        {
        case '"':
          in_string = TRUE;
          string_start = i + 1;
          break;
        case '{':
        case '[':
          depth++;
          if (depth <= SCAN_MAX_DEPTH)
            stack[depth - 1] = (ScanLevel) { ch, ch == '{', 0, NULL, 0 };
          if (depth == record_depth)
            g_clear_pointer (label_out, g_free);
          break;
        case '}':
        case ']':
          depth = MAX (depth - 1, 0);
          break;
        case ',':
          if (top != NULL && top->type == '[')
            top->index++;
          else if (top != NULL)
            top->expect_key = TRUE;
          break;
        case ':':
          if (top != NULL)
            top->expect_key = FALSE;
          break;
        default:
          break;
        }
    }

  c->index = -1;
  if (record_depth == 2 && depth >= 1 && stack[0].type == '[')
    c->index = stack[0].index;
  else if (record_depth == 3 && depth >= 2 && stack[0].key != NULL && stack[1].type == '[')
    {
      *list_out = g_strndup (stack[0].key, stack[0].key_len);
      c->index = stack[1].index;
    }
  if (c->index < 0 || depth < record_depth)
    g_clear_pointer (label_out, g_free);
  return in_string || depth > 0;
}

static gboolean
fail_syntax (Ctx        *c,
             const char *data,
             gsize       length,
             gsize       offset)
{
  g_autofree char *list = NULL;
  g_autofree char *label = NULL;
  const char *problem;
  guint line, column;

  offset = MIN (offset, length);
  line_and_column (data, offset, &line, &column);
  if (locate_record (data, length, c, &list, &label))
    problem = _("the data ends before the JSON is complete");
  else
    problem = _("this is not valid JSON");
  g_clear_pointer (&list, g_free);
  g_clear_pointer (&label, g_free);
  locate_record (data, offset, c, &list, &label);

  if (c->index >= 0)
    {
      g_autofree char *where = describe_record (list, c->index, label);

      g_set_error (c->error, PW_FRAMEWORK_ERROR, PW_FRAMEWORK_ERROR_SYNTAX,
                   _("%s, line %u, column %u, in %s: %s"), c->file, line, column, where, problem);
    }
  else
    {
      g_set_error (c->error, PW_FRAMEWORK_ERROR, PW_FRAMEWORK_ERROR_SYNTAX,
                   _("%s, line %u, column %u: %s"), c->file, line, column, problem);
    }
  return FALSE;
}

static gboolean
fail_trailing (Ctx         *c,
               const cJSON *root,
               const char  *data,
               gsize        offset)
{
  guint line, column;
  int last = cJSON_IsArray (root) ? cJSON_GetArraySize (root) - 1 : -1;

  line_and_column (data, offset, &line, &column);
  if (last >= 0)
    {
      const cJSON *record = cJSON_GetArrayItem (root, last);
      const cJSON *id = cJSON_GetObjectItemCaseSensitive (record, "id");
      g_autofree char *where = NULL;

      if (!cJSON_IsString (id))
        id = cJSON_GetObjectItemCaseSensitive (record, "keyword");
      where = describe_record (NULL, last, cJSON_IsString (id) ? id->valuestring : NULL);
      g_set_error (c->error, PW_FRAMEWORK_ERROR, PW_FRAMEWORK_ERROR_SYNTAX,
                   _("%s, line %u, column %u, after %s: unexpected text after the end of the JSON data"),
                   c->file, line, column, where);
    }
  else
    {
      g_set_error (c->error, PW_FRAMEWORK_ERROR, PW_FRAMEWORK_ERROR_SYNTAX,
                   _("%s, line %u, column %u: unexpected text after the end of the JSON data"),
                   c->file, line, column);
    }
  return FALSE;
}

static cJSON *
parse (Ctx    *c,
       GBytes *bytes)
{
  g_autoptr(cJSON) root = NULL;
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);
  const char *end = NULL;
  gsize offset;

  c->index = -1;
  if (data == NULL || length == 0)
    {
      fail (c, PW_FRAMEWORK_ERROR_SYNTAX, _("the file is empty"));
      return NULL;
    }
  /* Both GResource data and g_file_load_contents() are NUL-terminated past
   * @length; the scanners below rely on that. */
  root = cJSON_ParseWithLengthOpts (data, length, &end, FALSE);
  if (root == NULL)
    {
      fail_syntax (c, data, length, end != NULL ? (gsize) (end - data) : 0);
      return NULL;
    }
  offset = (gsize) (end - data);
  while (offset < length && strchr (" \t\r\n", data[offset]) != NULL && data[offset] != '\0')
    offset++;
  if (offset < length)
    {
      fail_trailing (c, root, data, offset);
      return NULL;
    }
  return g_steal_pointer (&root);
}

static cJSON *
read_and_parse (Ctx                 *c,
                PwFrameworkReadFunc  read_file,
                gpointer             user_data)
{
  g_autoptr(GBytes) bytes = read_file (c->file, user_data, c->error);

  if (bytes == NULL)
    return NULL;
  return parse (c, bytes);
}

/* ---- Fields ----------------------------------------------------------- */

static gboolean
in_list (const char         *name,
         const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (name, names[i]))
      return TRUE;
  return FALSE;
}

/* A record is an object with known, unique field names. Its label (id or
 * keyword) is taken first so that every later message can name it. */
static gboolean
begin_record (Ctx                *c,
              int                 index,
              const cJSON        *item,
              const char * const *fields)
{
  const cJSON *label;

  c->index = index;
  c->label = NULL;
  if (!cJSON_IsObject (item))
    return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("the record must be a JSON object"));

  label = cJSON_GetObjectItemCaseSensitive (item, "id");
  if (label == NULL)
    label = cJSON_GetObjectItemCaseSensitive (item, "keyword");
  if (cJSON_IsString (label) && g_utf8_validate (label->valuestring, -1, NULL))
    c->label = label->valuestring;

  for (const cJSON *field = item->child; field != NULL; field = field->next)
    {
      if (!in_list (field->string, fields))
        return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("unknown field “%s”"), field->string);
      for (const cJSON *earlier = item->child; earlier != field; earlier = earlier->next)
        if (g_str_equal (earlier->string, field->string))
          return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("the field “%s” appears twice"), field->string);
    }
  return TRUE;
}

static gboolean
get_string (Ctx          *c,
            const cJSON  *object,
            const char   *key,
            gboolean      required,
            const char  **out)
{
  const cJSON *item = cJSON_GetObjectItemCaseSensitive (object, key);
  const char *s;

  *out = NULL;
  if (item == NULL && !required)
    return TRUE;
  if (item == NULL)
    return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“%s” is missing"), key);
  if (!cJSON_IsString (item))
    return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“%s” must be a text string"), key);
  if (!g_utf8_validate (item->valuestring, -1, NULL))
    return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“%s” is not valid UTF-8"), key);
  for (s = item->valuestring; *s != '\0' && g_ascii_isspace (*s); s++)
    ;
  if (*s == '\0')
    return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“%s” must not be empty"), key);

  *out = g_string_chunk_insert_const (c->fw->strings, item->valuestring);
  return TRUE;
}

static gboolean
is_whole_number (const cJSON *item,
                 double       min,
                 double       max)
{
  return cJSON_IsNumber (item) && item->valuedouble >= min && item->valuedouble <= max &&
         floor (item->valuedouble) == item->valuedouble;
}

static gboolean
get_number (Ctx         *c,
            const cJSON *object,
            const char  *key,
            guint        min,
            guint        max,
            guint       *out)
{
  const cJSON *item = cJSON_GetObjectItemCaseSensitive (object, key);

  if (item == NULL)
    return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“%s” is missing"), key);
  if (!is_whole_number (item, min, max))
    return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“%s” must be a number from %u to %u"), key, min, max);
  *out = (guint) item->valuedouble;
  return TRUE;
}

/* Ids are lower-case words joined by hyphens: "work-03", "mhclg-01". */
static gboolean
check_id_syntax (Ctx        *c,
                 const char *key,
                 const char *id)
{
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return fail (c, PW_FRAMEWORK_ERROR_INVALID,
                   _("“%s” must use only lower-case letters, digits and hyphens"), key);
  return TRUE;
}

static gboolean
get_id (Ctx          *c,
        const cJSON  *object,
        const char   *key,
        gboolean      required,
        const char  **out)
{
  return get_string (c, object, key, required, out) && (*out == NULL || check_id_syntax (c, key, *out));
}

static gboolean
check_id_prefix (Ctx        *c,
                 const char *id,
                 const char *prefix,
                 const char *owner)
{
  gsize len = strlen (prefix);

  if (strncmp (id, prefix, len) != 0 || id[len] != '-')
    return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“id” must start with “%s-”, %s"), prefix, owner);
  return TRUE;
}

static gboolean
get_array (Ctx          *c,
           const cJSON  *object,
           const char   *key,
           const cJSON **out)
{
  *out = cJSON_GetObjectItemCaseSensitive (object, key);
  if (*out == NULL)
    return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“%s” is missing"), key);
  if (!cJSON_IsArray (*out))
    return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“%s” must be a list"), key);
  return TRUE;
}

/* A non-empty list of distinct domain numbers, as a bit set. */
static gboolean
get_domain_set (Ctx         *c,
                const cJSON *object,
                const char  *key,
                guint16     *out)
{
  const cJSON *list, *item;

  *out = 0;
  if (!get_array (c, object, key, &list))
    return FALSE;
  cJSON_ArrayForEach (item, list)
    {
      guint bit;

      if (!is_whole_number (item, 1, PW_N_DOMAINS))
        return fail (c, PW_FRAMEWORK_ERROR_INVALID,
                     _("“%s” must be a list of numbers from 1 to %u"), key, PW_N_DOMAINS);
      bit = 1u << ((guint) item->valuedouble - 1);
      if (*out & bit)
        return fail (c, PW_FRAMEWORK_ERROR_DUPLICATE, _("domain %u appears twice in “%s”"),
                     (guint) item->valuedouble, key);
      *out |= bit;
    }
  if (*out == 0)
    return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“%s” must list at least one domain"), key);
  return TRUE;
}

static gboolean
check_root (Ctx         *c,
            const cJSON *root,
            gboolean     want_object)
{
  c->index = -1;
  if (want_object && !cJSON_IsObject (root))
    return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("the data must be a JSON object"));
  if (!want_object && !cJSON_IsArray (root))
    return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("the data must be a list of records"));
  if (!want_object && cJSON_GetArraySize (root) == 0)
    return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("the file has no records"));
  return TRUE;
}

static gboolean
check_unique (Ctx        *c,
              GHashTable *seen,
              const char *key,
              const char *value)
{
  gpointer earlier;

  if (g_hash_table_lookup_extended (seen, value, NULL, &earlier))
    return fail (c, PW_FRAMEWORK_ERROR_DUPLICATE, _("the %s “%s” is already used by record %d"),
                 key, value, GPOINTER_TO_INT (earlier));
  g_hash_table_insert (seen, (gpointer) value, GINT_TO_POINTER (c->index));
  return TRUE;
}

/* ---- framework.json ---------------------------------------------------- */

static gboolean
load_source (Ctx         *c,
             const cJSON *root)
{
  static const char * const fields[] = { "document", "licence", "attribution", NULL };
  const cJSON *source = cJSON_GetObjectItemCaseSensitive (root, "source");

  enter_list (c, NULL);
  if (source == NULL)
    return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“%s” is missing"), "source");
  if (!cJSON_IsObject (source))
    return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“%s” must be a JSON object"), "source");
  for (const cJSON *field = source->child; field != NULL; field = field->next)
    if (!in_list (field->string, fields))
      return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("unknown field “%s” in “source”"), field->string);
  return get_string (c, source, "document", TRUE, &c->fw->document) &&
         get_string (c, source, "licence", TRUE, &c->fw->licence) &&
         get_string (c, source, "attribution", TRUE, &c->fw->attribution);
}

static gboolean
load_category (Ctx         *c,
               int          index,
               const cJSON *item,
               guint16     *claimed)
{
  static const char * const fields[] = { "id", "name", "domains", "description", "source", NULL };
  const char *slug, *source;
  PwCategoryInfo *category = NULL;
  guint16 domains;
  guint first, n;

  if (!begin_record (c, index, item, fields) || !get_string (c, item, "id", TRUE, &slug))
    return FALSE;
  for (guint k = 0; k < PW_N_CATEGORIES; k++)
    if (g_str_equal (slug, category_slugs[k]))
      category = &c->fw->categories[k];
  if (category == NULL)
    return fail (c, PW_FRAMEWORK_ERROR_INVALID,
                 _("“id” must be one of “%s”, “%s”, “%s” or “%s”"),
                 category_slugs[0], category_slugs[1], category_slugs[2], category_slugs[3]);
  if (category->slug != NULL)
    return fail (c, PW_FRAMEWORK_ERROR_DUPLICATE, _("the category “%s” appears twice"), slug);
  category->slug = slug;

  if (!get_string (c, item, "name", TRUE, &category->name) ||
      !get_string (c, item, "description", FALSE, &category->description) ||
      !get_string (c, item, "source", TRUE, &source) ||
      !get_domain_set (c, item, "domains", &domains))
    return FALSE;

  first = g_bit_nth_lsf (domains, -1);
  n = g_bit_nth_msf (domains, -1) - first + 1;
  if (domains != ((1u << n) - 1) << first)
    return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("the category’s “domains” must be consecutive numbers"));
  if (*claimed & domains)
    return fail (c, PW_FRAMEWORK_ERROR_DUPLICATE, _("a domain in “domains” belongs to another category too"));
  *claimed |= domains;
  category->first_domain = first + 1;
  category->n_domains = n;
  return TRUE;
}

static gboolean
load_categories (Ctx         *c,
                 const cJSON *root)
{
  const cJSON *list, *item;
  guint16 claimed = 0;
  int index = 0;

  enter_list (c, NULL);
  if (!get_array (c, root, "categories", &list))
    return FALSE;
  enter_list (c, "categories");
  cJSON_ArrayForEach (item, list)
    if (!load_category (c, index++, item, &claimed))
      return FALSE;

  enter_list (c, NULL);
  for (guint k = 0; k < PW_N_CATEGORIES; k++)
    {
      c->fw->categories[k].id = k;
      if (c->fw->categories[k].slug == NULL)
        return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("the category “%s” is missing"), category_slugs[k]);
    }
  if (claimed != (1u << PW_N_DOMAINS) - 1)
    return fail (c, PW_FRAMEWORK_ERROR_INVALID,
                 _("the categories must share out domains 1 to %u between them"), PW_N_DOMAINS);
  return TRUE;
}

static gboolean
load_domain (Ctx         *c,
             int          index,
             const cJSON *item)
{
  static const char * const fields[] = {
    "number", "id", "name", "full_name", "category", "intro", "source", NULL
  };
  const char *category;
  PwDomain *domain;
  guint number;

  if (!begin_record (c, index, item, fields) ||
      !get_number (c, item, "number", 1, PW_N_DOMAINS, &number))
    return FALSE;
  domain = &c->fw->domains[number - 1];
  if (domain->number != 0)
    return fail (c, PW_FRAMEWORK_ERROR_DUPLICATE, _("domain %u appears twice"), number);
  domain->number = number;

  if (!get_id (c, item, "id", TRUE, &domain->slug) ||
      !get_string (c, item, "name", TRUE, &domain->name) ||
      !get_string (c, item, "full_name", TRUE, &domain->full_name) ||
      !get_string (c, item, "category", TRUE, &category) ||
      !get_string (c, item, "intro", TRUE, &domain->intro) ||
      !get_string (c, item, "source", TRUE, &domain->source))
    return FALSE;

  for (guint d = 0; d < PW_N_DOMAINS; d++)
    if (d != number - 1 && c->fw->domains[d].slug != NULL && g_str_equal (c->fw->domains[d].slug, domain->slug))
      return fail (c, PW_FRAMEWORK_ERROR_DUPLICATE, _("the id “%s” is already used by domain %u"),
                   domain->slug, d + 1);

  for (guint k = 0; k < PW_N_CATEGORIES; k++)
    {
      const PwCategoryInfo *info = &c->fw->categories[k];

      if (!g_str_equal (category, info->slug))
        continue;
      if (number < info->first_domain || number >= info->first_domain + info->n_domains)
        return fail (c, PW_FRAMEWORK_ERROR_REFERENCE,
                     _("“category” is “%s”, but that category does not list domain %u"), category, number);
      domain->category = k;
      return TRUE;
    }
  return fail (c, PW_FRAMEWORK_ERROR_REFERENCE, _("“category” names the category “%s”, which does not exist"),
               category);
}

static gboolean
load_domains (Ctx         *c,
              const cJSON *root)
{
  const cJSON *list, *item;
  int index = 0;

  enter_list (c, NULL);
  if (!get_array (c, root, "domains", &list))
    return FALSE;
  enter_list (c, "domains");
  cJSON_ArrayForEach (item, list)
    if (!load_domain (c, index++, item))
      return FALSE;

  enter_list (c, NULL);
  for (guint d = 0; d < PW_N_DOMAINS; d++)
    if (c->fw->domains[d].number == 0)
      return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("domain %u is missing from “domains”"), d + 1);
  return TRUE;
}

static gboolean
load_principles (Ctx         *c,
                 const cJSON *root)
{
  static const char * const fields[] = { "number", "title", "text", "source", NULL };
  const cJSON *list, *item;
  int index = 0;

  enter_list (c, NULL);
  if (!get_array (c, root, "principles", &list))
    return FALSE;
  enter_list (c, "principles");
  c->fw->n_principles = cJSON_GetArraySize (list);
  c->fw->principles = g_new0 (PwPrinciple, c->fw->n_principles);
  cJSON_ArrayForEach (item, list)
    {
      PwPrinciple *principle = &c->fw->principles[index];

      if (!begin_record (c, index, item, fields) ||
          !get_number (c, item, "number", 1, c->fw->n_principles, &principle->number) ||
          !get_string (c, item, "title", TRUE, &principle->title) ||
          !get_string (c, item, "text", TRUE, &principle->text) ||
          !get_string (c, item, "source", TRUE, &principle->source))
        return FALSE;
      for (int earlier = 0; earlier < index; earlier++)
        if (c->fw->principles[earlier].number == principle->number)
          return fail (c, PW_FRAMEWORK_ERROR_DUPLICATE, _("principle %u appears twice"), principle->number);
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
load_marks (Ctx         *c,
            const cJSON *root)
{
  static const char * const fields[] = { "id", "symbol", "name", "meaning", "source", NULL };
  const cJSON *list, *item;
  int index = 0;

  enter_list (c, NULL);
  if (!get_array (c, root, "marks", &list))
    return FALSE;
  enter_list (c, "marks");
  cJSON_ArrayForEach (item, list)
    {
      const PwMarkSpec *spec;
      const char *id, *symbol, *source;
      PwMarkInfo *info;

      if (!begin_record (c, index++, item, fields) || !get_string (c, item, "id", TRUE, &id))
        return FALSE;
      if ((spec = find_mark (id)) == NULL)
        return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“id” must be “official”, “survey”, “other” or “none”"));
      info = &c->fw->marks[spec - pw_mark_specs];
      if (info->mark != 0)
        return fail (c, PW_FRAMEWORK_ERROR_DUPLICATE, _("the mark “%s” appears twice"), id);
      info->mark = spec->mark;
      if (!get_string (c, item, "symbol", TRUE, &symbol) ||
          !get_string (c, item, "name", TRUE, &info->name) ||
          !get_string (c, item, "meaning", TRUE, &info->meaning) ||
          !get_string (c, item, "source", TRUE, &source))
        return FALSE;
      if (!g_str_equal (symbol, spec->symbol))
        return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“symbol” must be “%s”"), spec->symbol);
      info->symbol = symbol;
    }

  enter_list (c, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (pw_mark_specs); i++)
    if (c->fw->marks[i].mark == 0)
      return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("the mark “%s” is missing from “marks”"), pw_mark_specs[i].id);
  return TRUE;
}

static gboolean
load_framework (Ctx                 *c,
                PwFrameworkReadFunc  read_file,
                gpointer             user_data)
{
  static const char * const fields[] = { "source", "categories", "domains", "principles", "marks", NULL };
  g_autoptr(cJSON) root = NULL;

  c->file = "framework.json";
  enter_list (c, NULL);
  if ((root = read_and_parse (c, read_file, user_data)) == NULL || !check_root (c, root, TRUE))
    return FALSE;
  for (const cJSON *field = root->child; field != NULL; field = field->next)
    if (!in_list (field->string, fields))
      return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("unknown field “%s”"), field->string);

  /* categories first: a domain's "category" is checked against their lists */
  return load_source (c, root) && load_categories (c, root) && load_domains (c, root) &&
         load_principles (c, root) && load_marks (c, root);
}

/* ---- indicators.json -------------------------------------------------- */

static gboolean
get_marks (Ctx         *c,
           const cJSON *object,
           PwIndicator *indicator)
{
  const cJSON *list, *item;
  guint n = 0;

  if (!get_array (c, object, "marks", &list))
    return FALSE;
  cJSON_ArrayForEach (item, list)
    {
      const PwMarkSpec *spec = cJSON_IsString (item) ? find_mark (item->valuestring) : NULL;

      if (spec == NULL)
        return fail (c, PW_FRAMEWORK_ERROR_INVALID,
                     _("“marks” must list “official”, “survey”, “other” or “none”"));
      if (indicator->marks & spec->mark)
        return fail (c, PW_FRAMEWORK_ERROR_DUPLICATE, _("the mark “%s” appears twice in “marks”"), spec->id);
      indicator->marks |= spec->mark;
      /* "none" stands alone, so at most three marks and the 0 terminator fit */
      if ((indicator->marks & PW_MARK_NONE) && indicator->marks != PW_MARK_NONE)
        return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("the mark “none” cannot be combined with other marks"));
      indicator->mark_order[n++] = spec->mark;
    }
  if (n == 0)
    return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“marks” must list at least one mark"));
  return TRUE;
}

static gboolean
load_indicator (Ctx         *c,
                int          index,
                const cJSON *item,
                GHashTable  *ids)
{
  static const char * const fields[] = { "id", "domain", "text", "marks", "shared", "source", NULL };
  PwIndicator *indicator = &c->fw->indicators[index];
  const PwDomain *domain;

  if (!begin_record (c, index, item, fields) ||
      !get_id (c, item, "id", TRUE, &indicator->id) ||
      !get_number (c, item, "domain", 1, PW_N_DOMAINS, &indicator->domain))
    return FALSE;
  domain = &c->fw->domains[indicator->domain - 1];
  if (!check_unique (c, ids, "id", indicator->id) ||
      !check_id_prefix (c, indicator->id, domain->slug, domain->name) ||
      !get_string (c, item, "text", TRUE, &indicator->text) ||
      !get_marks (c, item, indicator) ||
      !get_id (c, item, "shared", FALSE, &indicator->shared) ||
      !get_string (c, item, "source", TRUE, &indicator->source))
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
check_shared (Ctx *c)
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
        return fail (c, PW_FRAMEWORK_ERROR_REFERENCE,
                     _("“shared” is “%s”, but no other indicator has that key"), indicator->shared);
    }
  return TRUE;
}

static gboolean
load_indicators (Ctx                 *c,
                 PwFrameworkReadFunc  read_file,
                 gpointer             user_data)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(cJSON) root = NULL;
  const cJSON *item;
  int index = 0;

  c->file = "indicators.json";
  enter_list (c, NULL);
  if ((root = read_and_parse (c, read_file, user_data)) == NULL || !check_root (c, root, FALSE))
    return FALSE;

  c->fw->n_indicators = cJSON_GetArraySize (root);
  c->fw->indicators = g_new0 (PwIndicator, c->fw->n_indicators);
  cJSON_ArrayForEach (item, root)
    if (!load_indicator (c, index++, item, ids))
      return FALSE;
  if (!check_shared (c))
    return FALSE;

  enter_list (c, NULL);
  for (guint d = 0; d < PW_N_DOMAINS; d++)
    if (c->fw->domain_indicators[d]->len == 0)
      return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("domain %u has no indicators"), d + 1);
  return TRUE;
}

/* ---- good-practice.json ------------------------------------------------ */

static gboolean
load_good_practice_item (Ctx         *c,
                         int          index,
                         const cJSON *item,
                         GHashTable  *ids)
{
  static const char * const fields[] = { "id", "domain", "scope", "text", "source", NULL };
  PwGoodPractice *practice = &c->fw->good_practice[index];
  g_autofree char *prefix = NULL;
  const PwDomain *domain;
  const char *scope;

  if (!begin_record (c, index, item, fields) ||
      !get_id (c, item, "id", TRUE, &practice->id) ||
      !check_unique (c, ids, "id", practice->id) ||
      !get_number (c, item, "domain", 1, PW_N_DOMAINS, &practice->domain) ||
      !get_string (c, item, "scope", TRUE, &scope))
    return FALSE;

  if (g_str_equal (scope, "local"))
    practice->scope = PW_GOOD_PRACTICE_LOCAL;
  else if (g_str_equal (scope, "national"))
    practice->scope = PW_GOOD_PRACTICE_NATIONAL;
  else
    return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“scope” must be “local” or “national”"));

  domain = &c->fw->domains[practice->domain - 1];
  prefix = g_strconcat (domain->slug, "-", scope, NULL);
  if (!check_id_prefix (c, practice->id, prefix, domain->name) ||
      !get_string (c, item, "text", TRUE, &practice->text) ||
      !get_string (c, item, "source", TRUE, &practice->source))
    return FALSE;

  g_ptr_array_add (c->fw->domain_good_practice[practice->domain - 1][practice->scope], practice);
  return TRUE;
}

static gboolean
load_good_practice (Ctx                 *c,
                    PwFrameworkReadFunc  read_file,
                    gpointer             user_data)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(cJSON) root = NULL;
  const cJSON *item;
  int index = 0;

  c->file = "good-practice.json";
  enter_list (c, NULL);
  if ((root = read_and_parse (c, read_file, user_data)) == NULL || !check_root (c, root, FALSE))
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
load_keywords (Ctx                 *c,
               PwFrameworkReadFunc  read_file,
               gpointer             user_data)
{
  static const char * const fields[] = { "keyword", "domains", "source", NULL };
  g_autoptr(cJSON) root = NULL;
  const cJSON *item;
  int index = 0;

  c->file = "keywords.json";
  enter_list (c, NULL);
  if ((root = read_and_parse (c, read_file, user_data)) == NULL || !check_root (c, root, FALSE))
    return FALSE;

  c->fw->n_keywords = cJSON_GetArraySize (root);
  c->fw->keywords = g_new0 (PwKeyword, c->fw->n_keywords);
  cJSON_ArrayForEach (item, root)
    {
      PwKeyword *keyword = &c->fw->keywords[index];

      keyword->index = index;
      if (!begin_record (c, index, item, fields) ||
          !get_string (c, item, "keyword", TRUE, &keyword->keyword) ||
          !get_domain_set (c, item, "domains", &keyword->domains) ||
          !get_string (c, item, "source", TRUE, &keyword->source))
        return FALSE;
      /* the same headword may recur, but only with other domains */
      for (int earlier = 0; earlier < index; earlier++)
        if (c->fw->keywords[earlier].keyword == keyword->keyword &&
            c->fw->keywords[earlier].domains == keyword->domains)
          return fail (c, PW_FRAMEWORK_ERROR_DUPLICATE,
                       _("the same keyword with the same domains is already record %d"), earlier);
      index++;
    }
  return TRUE;
}

/* ---- comparators.json -------------------------------------------------- */

static gboolean
load_sets (Ctx         *c,
           const cJSON *root,
           GHashTable  *sets)
{
  static const char * const fields[] = { "id", "name", "source", "licence", NULL };
  const cJSON *list, *item;
  int index = 0;

  enter_list (c, NULL);
  if (!get_array (c, root, "sets", &list))
    return FALSE;
  enter_list (c, "sets");
  cJSON_ArrayForEach (item, list)
    {
      const char *id, *name, *source, *licence;

      if (!begin_record (c, index++, item, fields) ||
          !get_id (c, item, "id", TRUE, &id) ||
          !get_string (c, item, "name", TRUE, &name) ||
          !get_string (c, item, "source", TRUE, &source) ||
          !get_string (c, item, "licence", FALSE, &licence))
        return FALSE;
      if (g_hash_table_contains (sets, id))
        return fail (c, PW_FRAMEWORK_ERROR_DUPLICATE, _("the set “%s” appears twice"), id);
      g_hash_table_insert (sets, (gpointer) id, (gpointer) name);
    }
  return TRUE;
}

static gboolean
load_maps (Ctx          *c,
           const cJSON  *item,
           PwComparator *comparator)
{
  static const char * const fields[] = { "indicator", "reason", NULL };
  const cJSON *list, *map_item;
  PwComparatorMap *maps = c->fw->maps + c->fw->n_maps;
  guint n = 0;

  if (!get_array (c, item, "maps", &list))
    return FALSE;
  cJSON_ArrayForEach (map_item, list)
    {
      PwComparatorMap *map = &maps[n];

      if (!cJSON_IsObject (map_item))
        return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“maps” item %u must be a JSON object"), n);
      for (const cJSON *field = map_item->child; field != NULL; field = field->next)
        if (!in_list (field->string, fields))
          return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("unknown field “%s” in “maps” item %u"), field->string, n);
      if (!get_string (c, map_item, "indicator", TRUE, &map->indicator) ||
          !get_string (c, map_item, "reason", TRUE, &map->reason))
        return FALSE;
      if (!g_hash_table_contains (c->fw->indicator_by_id, map->indicator))
        return fail (c, PW_FRAMEWORK_ERROR_REFERENCE,
                     _("“maps” item %u names the indicator “%s”, which does not exist"), n, map->indicator);
      for (guint earlier = 0; earlier < n; earlier++)
        if (maps[earlier].indicator == map->indicator)
          return fail (c, PW_FRAMEWORK_ERROR_DUPLICATE, _("“maps” names the indicator “%s” twice"), map->indicator);
      n++;
    }
  comparator->maps = maps;
  comparator->n_maps = n;
  c->fw->n_maps += n;
  return TRUE;
}

static gboolean
load_comparator (Ctx         *c,
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

  if (!begin_record (c, index, item, fields) ||
      !get_id (c, item, "id", TRUE, &comparator->id) ||
      !check_unique (c, ids, "id", comparator->id) ||
      !get_id (c, item, "set", TRUE, &comparator->set))
    return FALSE;
  comparator->set_name = g_hash_table_lookup (sets, comparator->set);
  if (comparator->set_name == NULL)
    return fail (c, PW_FRAMEWORK_ERROR_REFERENCE, _("“set” names the set “%s”, which does not exist"),
                 comparator->set);
  return check_id_prefix (c, comparator->id, comparator->set, comparator->set_name) &&
         get_string (c, item, "theme", TRUE, &comparator->theme) &&
         get_string (c, item, "measure", TRUE, &comparator->measure) &&
         get_string (c, item, "question", FALSE, &comparator->question) &&
         get_string (c, item, "response_scale", FALSE, &comparator->response_scale) &&
         get_string (c, item, "data_source", TRUE, &comparator->data_source) &&
         get_string (c, item, "disaggregation", FALSE, &comparator->disaggregation) &&
         get_string (c, item, "source", TRUE, &comparator->source) &&
         get_string (c, item, "measurement_theme", FALSE, &comparator->measurement_theme) &&
         get_string (c, item, "question_note", FALSE, &comparator->question_note) &&
         get_string (c, item, "note", FALSE, &comparator->note) &&
         load_maps (c, item, comparator);
}

static gboolean
load_comparators (Ctx                 *c,
                  PwFrameworkReadFunc  read_file,
                  gpointer             user_data)
{
  static const char * const fields[] = { "sets", "comparators", NULL };
  g_autoptr(GHashTable) sets = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(cJSON) root = NULL;
  const cJSON *list, *item;
  guint n_maps = 0;
  int index = 0;

  c->file = "comparators.json";
  enter_list (c, NULL);
  if ((root = read_and_parse (c, read_file, user_data)) == NULL || !check_root (c, root, TRUE))
    return FALSE;
  for (const cJSON *field = root->child; field != NULL; field = field->next)
    if (!in_list (field->string, fields))
      return fail (c, PW_FRAMEWORK_ERROR_INVALID, _("unknown field “%s”"), field->string);
  if (!load_sets (c, root, sets))
    return FALSE;

  enter_list (c, NULL);
  if (!get_array (c, root, "comparators", &list))
    return FALSE;
  cJSON_ArrayForEach (item, list)
    n_maps += cJSON_GetArraySize (cJSON_GetObjectItemCaseSensitive (item, "maps"));
  c->fw->n_comparators = cJSON_GetArraySize (list);
  c->fw->comparators = g_new0 (PwComparator, c->fw->n_comparators);
  c->fw->maps = g_new0 (PwComparatorMap, MAX (n_maps, 1));

  enter_list (c, "comparators");
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
  Ctx c = { .fw = self, .index = -1, .error = error };

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
