/* pw-plan-xml-version.c — is it a plan, which version, and what of a newer format is kept
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file states the format it was written in (version) and, when a later
 * format changes meaning rather than adding to it, the oldest format that can
 * still read it (min-reader-version, default 1). A newer version that this
 * one may read is loaded leniently: whatever this version does not know is
 * dropped, named in a warning, and the rest is validated as version 1.
 */
#define G_LOG_DOMAIN "pathways-plan-xml"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pw-plan-xml-private.h"

#define MAX_NAMED_LOSSES 8

/* The shape of format 1: the elements and attributes each element may have.
 * Elements not listed hold text only. */
typedef struct {
  const char         *name;
  const char * const *children;
  const char * const *attributes;
} Shape;

static const char * const plan_children[] = { "metadata", "target-groups", "stakeholders", "cards", "links", NULL };
static const char * const plan_attributes[] = { "version", "min-reader-version", NULL };
static const char * const metadata_children[] = { "title", "organisation", "area", "authors", "description", "created", "modified", NULL };
static const char * const target_groups_children[] = { "target-group", NULL };
static const char * const stakeholders_children[] = { "stakeholder", NULL };
static const char * const stakeholder_children[] = { "name", "role", NULL };
static const char * const stakeholder_attributes[] = { "id", "kind", NULL };
static const char * const cards_children[] = { "card", NULL };
static const char * const card_children[] = { "title", "description", "evidence", "integration-outcome", "indicators", NULL };
static const char * const card_attributes[] = { "id", "kind", "order", "x", "y", "domains", NULL };
static const char * const indicators_children[] = { "indicator", NULL };
static const char * const indicator_children[] = {
  "text", "data-source", "questions-have", "questions-need", "methods", "sample",
  "responsibility", "process", "timeline", "baseline", "follow-up", NULL };
static const char * const indicator_attributes[] = { "id", "ref", "domain", NULL };
static const char * const eval_attributes[] = { "suggested", NULL };
static const char * const links_children[] = { "link", NULL };
static const char * const link_children[] = { "assumption", "evidence", NULL };
static const char * const link_attributes[] = { "id", "from", "to", NULL };

static const Shape shapes[] = {
  { "plan", plan_children, plan_attributes },
  { "metadata", metadata_children, NULL },
  { "target-groups", target_groups_children, NULL },
  { "stakeholders", stakeholders_children, NULL },
  { "stakeholder", stakeholder_children, stakeholder_attributes },
  { "cards", cards_children, NULL },
  { "card", card_children, card_attributes },
  { "indicators", indicators_children, NULL },
  { "indicator", indicator_children, indicator_attributes },
  { "links", links_children, NULL },
  { "link", link_children, link_attributes },
};

/* Enumerated values a newer format might extend: an object with a value
 * this version does not know is dropped as a whole. */
static const char * const card_kinds[] = { "barrier", "activity", "output", "outcome", "goal", NULL };
static const char * const stakeholder_kinds[] = { "newcomer", "receiving-community", "institution", "other", NULL };
static const char * const target_groups[] = { "newcomers", "receiving-communities", "institutions", NULL };

typedef struct {
  GString    *names;         /* "“sticker” (line 12), …" */
  guint       n_named;
  guint       n_more;
  GHashTable *seen;          /* names already listed */
  GHashTable *dropped_cards; /* ids */
} Pruner;

static gboolean
in_list (const char * const *list,
         const char         *name)
{
  for (; list != NULL && *list != NULL; list++)
    if (strcmp (*list, name) == 0)
      return TRUE;
  return FALSE;
}

static const Shape *
shape_of (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    if (strcmp (shapes[i].name, name) == 0)
      return &shapes[i];
  return NULL;
}

static void
note_loss (Pruner     *p,
           const char *what,
           int         line)
{
  if (g_hash_table_contains (p->seen, what))
    return;
  g_hash_table_add (p->seen, g_strdup (what));
  if (p->n_named == MAX_NAMED_LOSSES)
    {
      p->n_more++;
      return;
    }
  if (p->names->len > 0)
    g_string_append (p->names, ", ");
  /* TRANSLATORS: an item of a list of things that will be lost, e.g. “sticker” (line 12) */
  g_string_append_printf (p->names, _("%s (line %d)"), what, line);
  p->n_named++;
}

static const char *
text_of (xmlNode *node)
{
  return node->children != NULL && node->children->type == XML_TEXT_NODE
         ? (const char *) node->children->content : "";
}

static const char *
attr_of (xmlNode    *node,
         const char *name)
{
  xmlAttr *a = xmlHasProp (node, (const xmlChar *) name);
  return a != NULL && a->children != NULL ? (const char *) a->children->content : NULL;
}

/* An object whose kind this version does not know; NULL if it is understood. */
static char *
unknown_value (xmlNode *node)
{
  const char *name = (const char *) node->name;
  const char *value;

  if (strcmp (name, "card") == 0 && (value = attr_of (node, "kind")) != NULL &&
      !in_list (card_kinds, value))
    return g_strdup_printf (_("card “%s” of the kind “%s”"), attr_of (node, "id") ?: "", value);
  if (strcmp (name, "stakeholder") == 0 && (value = attr_of (node, "kind")) != NULL &&
      !in_list (stakeholder_kinds, value))
    return g_strdup_printf (_("stakeholder “%s” of the kind “%s”"), attr_of (node, "id") ?: "", value);
  if (strcmp (name, "target-group") == 0 && !in_list (target_groups, text_of (node)))
    return g_strdup_printf (_("the target group “%s”"), text_of (node));
  return NULL;
}

static void
prune_attributes (Pruner      *p,
                  xmlNode     *node,
                  const Shape *shape)
{
  const char * const *known = shape ? shape->attributes : NULL;
  xmlAttr *next;

  /* The evaluation fields, children of <indicator> other than <text>. */
  if (shape == NULL && node->parent != NULL && node->parent->type == XML_ELEMENT_NODE &&
      strcmp ((const char *) node->parent->name, "indicator") == 0 &&
      strcmp ((const char *) node->name, "text") != 0)
    known = eval_attributes;

  for (xmlAttr *a = node->properties; a != NULL; a = next)
    {
      next = a->next;
      if (a->ns == NULL && in_list (known, (const char *) a->name))
        continue;
      {
        g_autofree char *what = g_strdup_printf (_("the attribute “%s” of “<%s>”"),
                                                 (const char *) a->name, (const char *) node->name);
        note_loss (p, what, pw_plan_xml_node_line (node));
      }
      xmlRemoveProp (a);
    }
}

static void
drop_node (Pruner     *p,
           xmlNode    *node,
           const char *what)
{
  note_loss (p, what, pw_plan_xml_node_line (node));
  xmlUnlinkNode (node);
  xmlFreeNode (node);
}

static void
prune (Pruner  *p,
       xmlNode *node)
{
  const Shape *shape = shape_of ((const char *) node->name);
  xmlNode *next;

  prune_attributes (p, node, shape);
  for (xmlNode *child = node->children; child != NULL; child = next)
    {
      g_autofree char *unknown = NULL;

      next = child->next;
      if (child->type == XML_TEXT_NODE && shape != NULL &&
          strspn ((const char *) child->content, " \t\r\n") != strlen ((const char *) child->content))
        drop_node (p, child, _("text between elements"));
      else if (child->type != XML_ELEMENT_NODE)
        continue;
      else if (shape == NULL || !pw_plan_xml_is_element (child, NULL) ||
               !in_list (shape->children, (const char *) child->name))
        {
          g_autofree char *what = g_strdup_printf ("“<%s>”", (const char *) child->name);
          drop_node (p, child, what);
        }
      else if ((unknown = unknown_value (child)) != NULL)
        {
          if (strcmp ((const char *) child->name, "card") == 0 && attr_of (child, "id") != NULL)
            g_hash_table_add (p->dropped_cards, g_strdup (attr_of (child, "id")));
          drop_node (p, child, unknown);
        }
      else
        prune (p, child);
    }
}

/* Links to a dropped card go with it. */
static void
prune_links (Pruner  *p,
             xmlNode *root)
{
  xmlNode *next;

  for (xmlNode *list = root->children; list != NULL; list = list->next)
    {
      if (!pw_plan_xml_is_element (list, "links"))
        continue;
      for (xmlNode *link = list->children; link != NULL; link = next)
        {
          const char *from, *to;

          next = link->next;
          if (!pw_plan_xml_is_element (link, "link"))
            continue;
          from = attr_of (link, "from");
          to = attr_of (link, "to");
          if ((from && g_hash_table_contains (p->dropped_cards, from)) ||
              (to && g_hash_table_contains (p->dropped_cards, to)))
            {
              g_autofree char *what = g_strdup_printf (_("link “%s”"), attr_of (link, "id") ?: "");
              drop_node (p, link, what);
            }
        }
    }
}

static char *
prune_newer_format (xmlNode *root)
{
  Pruner p = {
    .names = g_string_new (NULL),
    .seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    .dropped_cards = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
  };

  prune (&p, root);
  prune_links (&p, root);
  if (p.n_more > 0)
    g_string_append_printf (p.names,
                            g_dngettext (GETTEXT_PACKAGE, ", and %u more", ", and %u more", p.n_more),
                            p.n_more);
  g_hash_table_unref (p.seen);
  g_hash_table_unref (p.dropped_cards);
  return g_string_free (p.names, FALSE);
}

static gboolean
parse_version (const char *text,
               guint64    *out)
{
  return text != NULL && strlen (text) <= 6 &&
         g_ascii_string_to_unsigned (text, 10, 1, 999999, out, NULL);
}

gboolean
pw_plan_xml_check_root (xmlNode    *root,
                        GPtrArray  *warnings,
                        GError    **error)
{
  const char *version_text, *min_reader_text;
  guint64 version, min_reader = 1;
  int line;

  if (root == NULL || strcmp ((const char *) root->name, "plan") != 0)
    return g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_NOT_A_PLAN,
                        _("This file is XML, but not a Pathways plan (it holds “<%s>”, not “<plan>”)."),
                        root ? (const char *) root->name : ""), FALSE;
  if (root->ns == NULL)
    return g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_NOT_A_PLAN,
                        _("This file has a “<plan>”, but it has no Pathways namespace, so it is "
                          "not a Pathways plan.")), FALSE;
  if (strcmp ((const char *) root->ns->href, PW_PLAN_NAMESPACE) != 0)
    return g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_NOT_A_PLAN,
                        _("This file has a “<plan>”, but it is not a Pathways plan (its namespace "
                          "is “%s”, not “%s”)."),
                        (const char *) root->ns->href, PW_PLAN_NAMESPACE), FALSE;

  line = pw_plan_xml_node_line (root);
  version_text = attr_of (root, "version");
  min_reader_text = attr_of (root, "min-reader-version");
  if (version_text == NULL)
    return g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_BAD_VERSION,
                        _("Line %d: the plan does not say which version of the file format it uses, "
                          "so it cannot be read safely."), line), FALSE;
  if (!parse_version (version_text, &version) ||
      (min_reader_text != NULL && !parse_version (min_reader_text, &min_reader)))
    return g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_BAD_VERSION,
                        _("Line %d: the file format version “%s” is not one that Pathways "
                          "understands, so the plan cannot be read."),
                        line, min_reader_text && parse_version (version_text, &version)
                              ? min_reader_text : version_text), FALSE;
  if (min_reader > PW_PLAN_FORMAT_VERSION)
    return g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_FUTURE_VERSION,
                        _("This plan was saved by a newer version of Pathways (file format %u), "
                          "which changed the format in a way this version cannot read. "
                          "Please update Pathways to open it."), (guint) version), FALSE;

  if (version > PW_PLAN_FORMAT_VERSION)
    {
      g_autofree char *lost = prune_newer_format (root);

      if (*lost == '\0')
        g_ptr_array_add (warnings,
                         g_strdup_printf (_("This plan was saved by a newer version of Pathways "
                                            "(file format %u). If you save it, it will be saved in "
                                            "format %u."), (guint) version, PW_PLAN_FORMAT_VERSION));
      else
        g_ptr_array_add (warnings,
                         g_strdup_printf (_("This plan was saved by a newer version of Pathways "
                                            "(file format %u). This version does not understand all "
                                            "of it; if you save it, these parts will be lost: %s."),
                                          (guint) version, lost));
    }
  return TRUE;
}
