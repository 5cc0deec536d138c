/* pw-framework-json.c — reading the framework's JSON: syntax errors located, fields checked
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-framework"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "pw-framework-json.h"

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

gboolean
pw_json_fail (PwJsonCtx         *c,
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

void
pw_json_enter_list (PwJsonCtx  *c,
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

typedef struct {
  ScanLevel    stack[SCAN_MAX_DEPTH];
  int          depth;
  int          record_depth;  /* 2 in a top-level list, 3 in a list in an object */
  char        *label;
} Scanner;

static ScanLevel *
scan_top (Scanner *s)
{
  return s->depth > 0 && s->depth <= SCAN_MAX_DEPTH ? &s->stack[s->depth - 1] : NULL;
}

/* A string ended: an object's key, or perhaps the record's id. */
static void
scan_string (Scanner    *s,
             const char *text,
             gsize       len)
{
  ScanLevel *top = scan_top (s);

  if (top == NULL || top->type != '{')
    return;
  if (top->expect_key)
    {
      top->key = text;
      top->key_len = len;
    }
  else if (s->depth == s->record_depth && top->key != NULL &&
           ((top->key_len == 2 && strncmp (top->key, "id", 2) == 0) ||
            (top->key_len == 7 && strncmp (top->key, "keyword", 7) == 0)))
    {
      g_free (s->label);
      s->label = g_strndup (text, len);
    }
}

static void
scan_punctuation (Scanner *s,
                  char     ch)
{
  ScanLevel *top = scan_top (s);

  switch (ch)
    {
    case '{':
    case '[':
      s->depth++;
      if (s->depth <= SCAN_MAX_DEPTH)
        s->stack[s->depth - 1] = (ScanLevel) { ch, ch == '{', 0, NULL, 0 };
      if (s->depth == s->record_depth)
        g_clear_pointer (&s->label, g_free);
      break;
    case '}':
    case ']':
      s->depth = MAX (s->depth - 1, 0);
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

/* A cheap second look at JSON that failed to parse: which record of which
 * list was open at @offset, and its id if that was already read. Returns
 * whether a string or a list or object was still open there. */
static gboolean
locate_record (const char  *data,
               gsize        offset,
               PwJsonCtx   *c,
               char       **list_out,
               char       **label_out)
{
  Scanner s = { .record_depth = data[strspn (data, " \t\r\n")] == '{' ? 3 : 2 };
  gboolean in_string = FALSE, escape = FALSE;
  gsize string_start = 0;

  for (gsize i = 0; i < offset; i++)
    {
      if (!in_string)
        {
          in_string = data[i] == '"';
          string_start = i + 1;
          scan_punctuation (&s, data[i]);
        }
      else if (escape)
        escape = FALSE;
      else if (data[i] == '\\')
        escape = TRUE;
      else if (data[i] == '"')
        {
          in_string = FALSE;
          scan_string (&s, data + string_start, i - string_start);
        }
    }

  c->index = -1;
  if (s.record_depth == 2 && s.depth >= 1 && s.stack[0].type == '[')
    c->index = s.stack[0].index;
  else if (s.record_depth == 3 && s.depth >= 2 && s.stack[0].key != NULL && s.stack[1].type == '[')
    {
      *list_out = g_strndup (s.stack[0].key, s.stack[0].key_len);
      c->index = s.stack[1].index;
    }
  if (c->index >= 0 && s.depth >= s.record_depth)
    *label_out = g_steal_pointer (&s.label);
  g_free (s.label);
  return in_string || s.depth > 0;
}

static gboolean
fail_syntax (PwJsonCtx  *c,
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
fail_trailing (PwJsonCtx   *c,
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

cJSON *
pw_json_parse (PwJsonCtx *c,
               GBytes    *bytes)
{
  g_autoptr(cJSON) root = NULL;
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);
  const char *end = NULL;
  gsize offset;

  c->index = -1;
  if (data == NULL || length == 0)
    {
      pw_json_fail (c, PW_FRAMEWORK_ERROR_SYNTAX, _("the file is empty"));
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

/* ---- Fields ----------------------------------------------------------- */

gboolean
pw_json_in_list (const char         *name,
                 const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (name, names[i]))
      return TRUE;
  return FALSE;
}

/* A record is an object with known, unique field names. Its label (id or
 * keyword) is taken first so that every later message can name it. */
gboolean
pw_json_begin_record (PwJsonCtx          *c,
                      int                 index,
                      const cJSON        *item,
                      const char * const *fields)
{
  const cJSON *label;

  c->index = index;
  c->label = NULL;
  if (!cJSON_IsObject (item))
    return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("the record must be a JSON object"));

  label = cJSON_GetObjectItemCaseSensitive (item, "id");
  if (label == NULL)
    label = cJSON_GetObjectItemCaseSensitive (item, "keyword");
  if (cJSON_IsString (label) && g_utf8_validate (label->valuestring, -1, NULL))
    c->label = label->valuestring;

  for (const cJSON *field = item->child; field != NULL; field = field->next)
    {
      if (!pw_json_in_list (field->string, fields))
        return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("unknown field “%s”"), field->string);
      for (const cJSON *earlier = item->child; earlier != field; earlier = earlier->next)
        if (g_str_equal (earlier->string, field->string))
          return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("the field “%s” appears twice"), field->string);
    }
  return TRUE;
}

gboolean
pw_json_get_string (PwJsonCtx    *c,
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
    return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“%s” is missing"), key);
  if (!cJSON_IsString (item))
    return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“%s” must be a text string"), key);
  if (!g_utf8_validate (item->valuestring, -1, NULL))
    return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“%s” is not valid UTF-8"), key);
  for (s = item->valuestring; *s != '\0' && g_ascii_isspace (*s); s++)
    ;
  if (*s == '\0')
    return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“%s” must not be empty"), key);

  /* short strings recur (sources, ids, shared keys): keep one copy of each;
   * hashing every long text would cost more than it saves */
  if (strlen (item->valuestring) < 64)
    *out = g_string_chunk_insert_const (c->fw->strings, item->valuestring);
  else
    *out = g_string_chunk_insert (c->fw->strings, item->valuestring);
  return TRUE;
}

gboolean
pw_json_is_whole_number (const cJSON *item,
                         double       min,
                         double       max)
{
  return cJSON_IsNumber (item) && item->valuedouble >= min && item->valuedouble <= max &&
         floor (item->valuedouble) == item->valuedouble;
}

gboolean
pw_json_get_number (PwJsonCtx   *c,
                    const cJSON *object,
                    const char  *key,
                    guint        min,
                    guint        max,
                    guint       *out)
{
  const cJSON *item = cJSON_GetObjectItemCaseSensitive (object, key);

  if (item == NULL)
    return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“%s” is missing"), key);
  if (!pw_json_is_whole_number (item, min, max))
    return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“%s” must be a number from %u to %u"), key, min, max);
  *out = (guint) item->valuedouble;
  return TRUE;
}

/* Ids are lower-case words joined by hyphens: "work-03", "mhclg-01". */
static gboolean
check_id_syntax (PwJsonCtx  *c,
                 const char *key,
                 const char *id)
{
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID,
                           _("“%s” must use only lower-case letters, digits and hyphens"), key);
  return TRUE;
}

gboolean
pw_json_get_id (PwJsonCtx    *c,
                const cJSON  *object,
                const char   *key,
                gboolean      required,
                const char  **out)
{
  return pw_json_get_string (c, object, key, required, out) && (*out == NULL || check_id_syntax (c, key, *out));
}

/* "work-03" belongs to domain "work", "work-local-01" to its local good
 * practice, "mhclg-01" to the set "mhclg". */
gboolean
pw_json_check_id_prefix (PwJsonCtx  *c,
                         const char *id,
                         const char *prefix)
{
  gsize len = strlen (prefix);

  if (strncmp (id, prefix, len) != 0 || id[len] != '-' || id[len + 1] == '\0')
    return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“id” must start with “%s-”"), prefix);
  return TRUE;
}

gboolean
pw_json_get_array (PwJsonCtx    *c,
                   const cJSON  *object,
                   const char   *key,
                   const cJSON **out)
{
  *out = cJSON_GetObjectItemCaseSensitive (object, key);
  if (*out == NULL)
    return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“%s” is missing"), key);
  if (!cJSON_IsArray (*out))
    return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“%s” must be a list"), key);
  return TRUE;
}

/* A non-empty list of distinct domain numbers, as a bit set. */
gboolean
pw_json_get_domain_set (PwJsonCtx   *c,
                        const cJSON *object,
                        const char  *key,
                        guint16     *out)
{
  const cJSON *list, *item;

  *out = 0;
  if (!pw_json_get_array (c, object, key, &list))
    return FALSE;
  cJSON_ArrayForEach (item, list)
    {
      guint bit;

      if (!pw_json_is_whole_number (item, 1, PW_N_DOMAINS))
        return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID,
                             _("“%s” must be a list of numbers from 1 to %u"), key, PW_N_DOMAINS);
      bit = 1u << ((guint) item->valuedouble - 1);
      if (*out & bit)
        return pw_json_fail (c, PW_FRAMEWORK_ERROR_DUPLICATE, _("domain %u appears twice in “%s”"),
                             (guint) item->valuedouble, key);
      *out |= bit;
    }
  if (*out == 0)
    return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("“%s” must list at least one domain"), key);
  return TRUE;
}

gboolean
pw_json_check_root (PwJsonCtx   *c,
                    const cJSON *root,
                    gboolean     want_object)
{
  c->index = -1;
  if (want_object && !cJSON_IsObject (root))
    return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("the data must be a JSON object"));
  if (!want_object && !cJSON_IsArray (root))
    return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("the data must be a list of records"));
  if (!want_object && cJSON_GetArraySize (root) == 0)
    return pw_json_fail (c, PW_FRAMEWORK_ERROR_INVALID, _("the file has no records"));
  return TRUE;
}

gboolean
pw_json_check_unique (PwJsonCtx  *c,
                      GHashTable *seen,
                      const char *key,
                      const char *value)
{
  gpointer earlier;

  if (g_hash_table_lookup_extended (seen, value, NULL, &earlier))
    return pw_json_fail (c, PW_FRAMEWORK_ERROR_DUPLICATE, _("the %s “%s” is already used by record %d"),
                         key, value, GPOINTER_TO_INT (earlier));
  g_hash_table_insert (seen, (gpointer) value, GINT_TO_POINTER (c->index));
  return TRUE;
}

