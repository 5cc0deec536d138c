/* pw-framework-json.h — reading the framework's JSON: syntax errors located, fields checked
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pw-autocleanups.h"
#include "pw-framework-private.h"

G_BEGIN_DECLS

/* Where a problem is: a file, and in it a record of a list. Every error
 * message starts with this, so the person fixing the data can find it:
 * "indicators.json, record 12 (“work-13”): …". */
typedef struct {
  PwFramework  *fw;       /* strings are copied into its chunk */
  const char   *file;     /* "indicators.json" */
  const char   *list;     /* the list's name in an object, or NULL for a top-level list */
  int           index;    /* record number from 0, or -1 for the file as a whole */
  const char   *label;    /* the record's id or keyword, or NULL */
  GError      **error;
} PwJsonCtx;

/* Sets the error, located by @c, and returns FALSE. */
gboolean  pw_json_fail            (PwJsonCtx           *c,
                                   PwFrameworkError     code,
                                   const char          *format,
                                   ...) G_GNUC_PRINTF (3, 4);
void      pw_json_enter_list      (PwJsonCtx           *c,
                                   const char          *list);

/* Parses a whole file; syntax errors give the line, column and record,
 * and anything but white space after the value is an error. */
cJSON    *pw_json_parse           (PwJsonCtx           *c,
                                   GBytes              *bytes);

gboolean  pw_json_in_list         (const char          *name,
                                   const char * const  *names);
/* Enters record @index: it must be an object whose fields are all in
 * @fields, each once; its "id" or "keyword" labels later messages. */
gboolean  pw_json_begin_record    (PwJsonCtx           *c,
                                   int                  index,
                                   const cJSON         *item,
                                   const char * const  *fields);
/* A non-blank UTF-8 string, copied into the framework's string chunk;
 * *out is NULL when an optional field is absent. */
gboolean  pw_json_get_string      (PwJsonCtx           *c,
                                   const cJSON         *object,
                                   const char          *key,
                                   gboolean             required,
                                   const char         **out);
gboolean  pw_json_is_whole_number (const cJSON         *item,
                                   double               min,
                                   double               max);
gboolean  pw_json_get_number      (PwJsonCtx           *c,
                                   const cJSON         *object,
                                   const char          *key,
                                   guint                min,
                                   guint                max,
                                   guint               *out);
/* A string of lower-case letters, digits and hyphens */
gboolean  pw_json_get_id          (PwJsonCtx           *c,
                                   const cJSON         *object,
                                   const char          *key,
                                   gboolean             required,
                                   const char         **out);
gboolean  pw_json_check_id_prefix (PwJsonCtx           *c,
                                   const char          *id,
                                   const char          *prefix);
gboolean  pw_json_get_array       (PwJsonCtx           *c,
                                   const cJSON         *object,
                                   const char          *key,
                                   const cJSON        **out);
/* A non-empty list of distinct domain numbers, as bits (n-1) */
gboolean  pw_json_get_domain_set  (PwJsonCtx           *c,
                                   const cJSON         *object,
                                   const char          *key,
                                   guint16             *out);
/* The file's top level: an object, or a non-empty list */
gboolean  pw_json_check_root      (PwJsonCtx           *c,
                                   const cJSON         *root,
                                   gboolean             want_object);
/* @value must not be in @seen, which maps values to record numbers */
gboolean  pw_json_check_unique    (PwJsonCtx           *c,
                                   GHashTable          *seen,
                                   const char          *key,
                                   const char          *value);

G_END_DECLS
