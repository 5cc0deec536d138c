/* pw-plan-xml-parse.c — parsing untrusted plan files safely, and schema validation
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-plan-xml"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include "pw-autocleanups.h"
#include "pw-model.h"
#include "pw-plan-xml-private.h"

#define SCHEMA_RESOURCE "/io/github/pathways/Planner/pathways-plan.rng"

/* Plan files never need a DTD, entities, network or XInclude: none of those
 * options is set, and COMPACT/NOCDATA/BIG_LINES are harmless. */
#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_COMPACT | \
                       XML_PARSE_BIG_LINES)

/* The external-entity loader is process-wide in libxml2 2.9, so swapping it
 * and parsing happen under one lock; validation shares the cached schema. */
static GMutex xml_lock;
static xmlRelaxNG *cached_schema;

typedef struct {
  gboolean have_error;
  int      code;
  int      line;
  gboolean at_end;        /* the parser had used up the input: truncated */
  char    *message;       /* libxml2's own words, for the fallback message */
  gboolean doctype;
  int      doctype_line;
  gboolean entity_blocked;
} ParseState;

static xmlParserInputPtr
deny_entity_loader (const char       *url,
                    const char       *id,
                    xmlParserCtxtPtr  ctxt)
{
  /* Nothing outside the file itself is ever read. */
  if (ctxt != NULL && ctxt->_private != NULL)
    ((ParseState *) ctxt->_private)->entity_blocked = TRUE;
  return NULL;
}

static void
on_parse_error (void     *user_data,
                xmlError *err)
{
  xmlParserCtxt *ctxt = user_data;
  ParseState *state = ctxt->_private;

  if (state == NULL || state->have_error || err->level < XML_ERR_ERROR)
    return;

  state->have_error = TRUE;
  state->code = err->code;
  state->line = err->line;
  state->message = g_strchomp (g_strdup (err->message ? err->message : ""));
  state->at_end = ctxt->input != NULL && ctxt->input->cur >= ctxt->input->end;
}

static void
on_internal_subset (void          *user_data,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  xmlParserCtxt *ctxt = user_data;
  ParseState *state = ctxt->_private;

  /* A plan file never has a DOCTYPE. Stopping here, before the internal
   * subset, means no entity is ever declared, expanded or fetched. */
  state->doctype = TRUE;
  state->doctype_line = xmlSAX2GetLineNumber (ctxt);
  xmlStopParser (ctxt);
}

/* libxml2 2.9 keeps element lines in 16 bits (XML_PARSE_BIG_LINES helps
 * text nodes only), so lines past 65535 are kept in the element's _private
 * field, which libxml2 leaves to applications. */
static void
on_start_element (void           *user_data,
                  const xmlChar  *localname,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             n_namespaces,
                  const xmlChar **namespaces,
                  int             n_attributes,
                  int             n_defaulted,
                  const xmlChar **attributes)
{
  xmlParserCtxt *ctxt = user_data;

  xmlSAX2StartElementNs (ctxt, localname, prefix, uri, n_namespaces, namespaces,
                         n_attributes, n_defaulted, attributes);
  if (ctxt->node != NULL && ctxt->input != NULL && ctxt->input->line >= 65535)
    ctxt->node->_private = GINT_TO_POINTER (ctxt->input->line);
}

static gboolean
only_white_space (const char *data,
                  gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;
  return TRUE;
}

static void
set_parse_error (ParseState  *state,
                 GError     **error)
{
  int line = MAX (state->line, 1);

  if (state->code == XML_ERR_ENTITY_LOOP || state->entity_blocked)
    g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_UNSAFE,
                 _("Line %d: the file uses entities, which plan files never contain. "
                   "It was not opened, to keep your computer safe."), line);
  else if ((state->code == XML_ERR_NO_MEMORY || state->code == XML_ERR_INTERNAL_ERROR) &&
           (strstr (state->message, "huge") != NULL || strstr (state->message, "Huge") != NULL))
    g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_TOO_LARGE,
                 _("Line %d: a piece of text in this file is far too long to belong to a plan."),
                 line);
  else if (state->code == XML_ERR_INTERNAL_ERROR && strstr (state->message, "depth") != NULL)
    g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_INVALID,
                 _("Line %d: the file is nested far too deeply to be a plan."), line);
  else if (state->code == XML_ERR_INVALID_CHAR || state->code == XML_ERR_INVALID_ENCODING)
    g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_NOT_XML,
                 _("Line %d: the file contains characters that are not valid text (UTF-8). "
                   "It may be damaged, or it is not a plan file."), line);
  else if (state->at_end)
    g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_NOT_XML,
                 _("Line %d: the file ends too early. It may have been cut short while "
                   "it was copied or saved."), line);
  else if (state->code == XML_ERR_UNDECLARED_ENTITY)
    g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_NOT_XML,
                 _("Line %d: the file uses a named character (an “&…;” entity) that plan "
                   "files do not define. Write “&amp;” for an ampersand."), line);
  else
    /* libxml2's reason is English; it is still more useful than nothing. */
    g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_NOT_XML,
                 _("Line %d: this is not a well-formed XML file, so it cannot be a plan (%s)."),
                 line, state->message);
}

static void
ensure_libxml (void)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      xmlInitParser ();
      g_once_init_leave (&initialised, 1);
    }
}

xmlDoc *
pw_plan_xml_parse_safely (const char  *data,
                          gsize        length,
                          GError     **error)
{
  g_autoptr(xmlParserCtxt) ctxt = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  ParseState state = { 0 };
  xmlExternalEntityLoader previous_loader;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length == 0 || only_white_space (data, length))
    {
      g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_EMPTY,
                   _("The file is empty. It may not have been saved completely."));
      return NULL;
    }
  if (length > PW_PLAN_FILE_MAX_SIZE)
    {
      g_autofree char *size_text = g_format_size (length);
      g_autofree char *limit_text = g_format_size (PW_PLAN_FILE_MAX_SIZE);

      g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_TOO_LARGE,
                   _("The file is too large to be a plan (%s; the limit is %s)."),
                   size_text, limit_text);
      return NULL;
    }

  ensure_libxml ();
  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    g_error ("libxml2 could not create a parser context");
  ctxt->_private = &state;
  ctxt->sax->serror = on_parse_error;
  ctxt->sax->internalSubset = on_internal_subset;
  ctxt->sax->startElementNs = on_start_element;

  g_mutex_lock (&xml_lock);
  previous_loader = xmlGetExternalEntityLoader ();
  xmlSetExternalEntityLoader (deny_entity_loader);
  /* NULL: the encoding comes from the BOM or the declaration, UTF-8 by default */
  doc = xmlCtxtReadMemory (ctxt, data, (int) length, NULL, NULL, PARSE_OPTIONS);
  xmlSetExternalEntityLoader (previous_loader);
  g_mutex_unlock (&xml_lock);

  if (state.doctype)
    {
      g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_UNSAFE,
                   _("Line %d: the file has a document type declaration (DOCTYPE), which "
                     "plan files never have. It can make a file read other files or use up "
                     "memory, so the file was not opened."), MAX (state.doctype_line, 1));
    }
  else if (state.have_error || doc == NULL || !ctxt->wellFormed)
    {
      if (!state.have_error)
        state.message = g_strdup ("?");
      set_parse_error (&state, error);
    }
  g_free (state.message);
  ctxt->_private = NULL;

  if (state.doctype || state.have_error || doc == NULL || !ctxt->wellFormed)
    return NULL;
  return g_steal_pointer (&doc);
}

/* Schema */

static void
on_schema_error (void     *user_data,
                 xmlError *err)
{
  GString *log = user_data;

  if (log->len == 0)
    g_string_append_printf (log, "line %d: %s", err->line, err->message ? err->message : "");
}

static xmlRelaxNG *
parse_schema (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(xmlRelaxNGParserCtxt) pctxt = NULL;
  g_autoptr(GString) log = g_string_new (NULL);
  xmlRelaxNG *schema;
  gsize size;
  const char *data;

  pw_model_init ();
  bytes = g_resources_lookup_data (SCHEMA_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &size);
  pctxt = xmlRelaxNGNewMemParserCtxt (data, (int) size);
  xmlRelaxNGSetParserStructuredErrors (pctxt, on_schema_error, log);
  schema = xmlRelaxNGParse (pctxt);
  if (schema == NULL)
    g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_IO,
                 "The bundled plan schema is broken (%s)", log->str);
  return schema;
}

gboolean
pw_plan_xml_ensure_schema (GError **error)
{
  gboolean ok;

  ensure_libxml ();
  g_mutex_lock (&xml_lock);
  if (cached_schema == NULL)
    cached_schema = parse_schema (error);
  ok = cached_schema != NULL;
  g_mutex_unlock (&xml_lock);
  return ok;
}

typedef struct {
  gboolean  have_error;
  int       code;
  int       line;
  char     *element;
  char     *detail;       /* str1 of the first error: an attribute or element name */
  char     *message;
} ValidState;

static void
on_valid_error (void     *user_data,
                xmlError *err)
{
  ValidState *state = user_data;
  xmlNode *node = err->node;

  if (state->have_error || err->level < XML_ERR_ERROR)
    return;
  state->have_error = TRUE;
  state->code = err->code;
  state->line = node != NULL ? pw_plan_xml_node_line (node) : err->line;
  state->element = g_strdup (node != NULL && node->name != NULL ? (const char *) node->name : "?");
  state->detail = g_strdup (err->str1 != NULL ? err->str1 : "");
  state->message = g_strchomp (g_strdup (err->message ? err->message : ""));
}

static void
set_valid_error (ValidState  *state,
                 GError     **error)
{
  int line = MAX (state->line, 1);

  switch (state->code)
    {
    case XML_RELAXNG_ERR_ELEMWRONG:
    case XML_RELAXNG_ERR_EXTRACONTENT:
    case XML_RELAXNG_ERR_ELEMNAME:
    case XML_RELAXNG_ERR_ELEMEXTRANS:
      g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_INVALID,
                   _("Line %d: “<%s>” does not belong here in a plan file, or it is out of order."),
                   line, state->element);
      break;
    case XML_RELAXNG_ERR_INVALIDATTR:
      g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_INVALID,
                   _("Line %d: “<%s>” has an attribute “%s” that plan files do not have."),
                   line, state->element, state->detail);
      break;
    case XML_RELAXNG_ERR_NOELEM:
    case XML_RELAXNG_ERR_NOTELEM:
      g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_INVALID,
                   _("Line %d: “<%s>” is missing a part that every plan file has (%s)."),
                   line, state->element, state->message);
      break;
    case XML_RELAXNG_ERR_DATAELEM:
    case XML_RELAXNG_ERR_VALELEM:
    case XML_RELAXNG_ERR_LISTELEM:
    case XML_RELAXNG_ERR_TEXTWRONG:
      /* the node is the stray child; str1 names the text element */
      g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_INVALID,
                   _("Line %d: “<%s>” should hold only text, but it contains other elements."),
                   line, *state->detail ? state->detail : state->element);
      break;
    case XML_RELAXNG_ERR_ATTRVALID:
      g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_INVALID,
                   _("Line %d: an attribute of “<%s>” is missing or has a value that is not allowed."),
                   line, state->element);
      break;
    case XML_RELAXNG_ERR_CONTENTVALID:
    case XML_RELAXNG_ERR_DATATYPE:
    case XML_RELAXNG_ERR_VALUE:
    case XML_RELAXNG_ERR_LIST:
      g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_INVALID,
                   _("Line %d: the text of “<%s>” is not allowed here (it is empty, or not one "
                     "of the values plan files use)."), line, state->element);
      break;
    default:
      g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_INVALID,
                   _("Line %d: this part of the file does not follow the plan format (%s)."),
                   line, state->message);
      break;
    }
}

gboolean
pw_plan_xml_validate (xmlDoc  *doc,
                      GError **error)
{
  g_autoptr(xmlRelaxNGValidCtxt) vctxt = NULL;
  ValidState state = { 0 };
  int rc;

  g_return_val_if_fail (doc != NULL, FALSE);

  if (!pw_plan_xml_ensure_schema (error))
    return FALSE;

  g_mutex_lock (&xml_lock);
  vctxt = xmlRelaxNGNewValidCtxt (cached_schema);
  xmlRelaxNGSetValidStructuredErrors (vctxt, on_valid_error, &state);
  rc = xmlRelaxNGValidateDoc (vctxt, doc);
  g_mutex_unlock (&xml_lock);

  if (rc != 0)
    {
      if (!state.have_error)
        state.message = g_strdup_printf ("validation result %d", rc);
      set_valid_error (&state, error);
    }
  g_free (state.element);
  g_free (state.detail);
  g_free (state.message);
  return rc == 0;
}
