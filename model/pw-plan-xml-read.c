/* pw-plan-xml-read.c — building a new plan from a parsed plan file
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-plan-xml"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "pw-plan-private.h"
#include "pw-plan-xml-private.h"

typedef struct {
  PwPlan      *plan;
  PwFramework *framework;
  GPtrArray   *warnings;
  /* id → line of first use, one table per kind of object */
  GHashTable  *card_ids;
  GHashTable  *indicator_ids;
  GHashTable  *link_ids;
  GHashTable  *stakeholder_ids;
} Reader;

#define FAIL(code, ...) \
  (g_set_error (error, PW_PLAN_FILE_ERROR, (code), __VA_ARGS__), FALSE)

gboolean
pw_plan_xml_is_element (xmlNode    *node,
                        const char *name)
{
  return node->type == XML_ELEMENT_NODE &&
         node->ns != NULL &&
         strcmp ((const char *) node->ns->href, PW_PLAN_NAMESPACE) == 0 &&
         (name == NULL || strcmp ((const char *) node->name, name) == 0);
}

static xmlNode *
first_child (xmlNode    *parent,
             const char *name)
{
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    if (pw_plan_xml_is_element (child, name))
      return child;
  return NULL;
}

static const char *
attr (xmlNode    *node,
      const char *name)
{
  /* Plan attributes are never namespaced; the value of an attribute made of
   * one text node is used in place, without a copy. (Only elements have
   * attributes: with XML_PARSE_COMPACT a text node keeps its text there.) */
  if (node->type != XML_ELEMENT_NODE)
    return NULL;
  for (xmlAttr *a = node->properties; a != NULL; a = a->next)
    if (a->ns == NULL && strcmp ((const char *) a->name, name) == 0)
      {
        if (a->children == NULL)
          return "";
        if (a->children->type == XML_TEXT_NODE && a->children->next == NULL)
          return (const char *) a->children->content;
        return NULL;  /* entity references: never produced by a safe parse */
      }
  return NULL;
}

/* The text of a leaf element; *to_free is set when it had to be copied. */
static const char *
leaf_text (xmlNode  *node,
           char    **to_free)
{
  *to_free = NULL;
  if (node->children == NULL)
    return "";
  if (node->children->next == NULL && node->children->type == XML_TEXT_NODE)
    return (const char *) node->children->content;
  *to_free = (char *) xmlNodeGetContent (node);
  return *to_free != NULL ? *to_free : "";
}

static gboolean
note_id (GHashTable  *table,
         const char  *id,
         xmlNode     *node,
         const char  *what,
         GError     **error)
{
  int line = pw_plan_xml_node_line (node);
  gpointer first;

  if (id == NULL || *id == '\0')
    /* TRANSLATORS: %s is "card", "link", "indicator" or "stakeholder", untranslated element name */
    return FAIL (PW_PLAN_FILE_ERROR_INVALID, _("Line %d: a “%s” has no id."), line, what);
  if (g_hash_table_lookup_extended (table, id, NULL, &first))
    return FAIL (PW_PLAN_FILE_ERROR_DUPLICATE,
                 _("Line %d: the id “%s” is already used on line %d; every %s needs its own id."),
                 line, id, GPOINTER_TO_INT (first), what);
  g_hash_table_insert (table, (gpointer) id, GINT_TO_POINTER (line));
  return TRUE;
}

static gboolean
parse_double (xmlNode     *node,
              const char  *name,
              double      *out,
              GError     **error)
{
  const char *text = attr (node, name);
  char *end = NULL;

  *out = 0.0;
  if (text == NULL)
    return TRUE;  /* the schema reports it missing */
  errno = 0;
  *out = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || g_ascii_isspace (*text))
    return FAIL (PW_PLAN_FILE_ERROR_INVALID,
                 _("Line %d: the position “%s” (%s) is not a number."),
                 pw_plan_xml_node_line (node), text, name);
  if (!isfinite (*out) || errno == ERANGE)
    return FAIL (PW_PLAN_FILE_ERROR_INVALID,
                 _("Line %d: the position “%s” (%s) is not a finite number."),
                 pw_plan_xml_node_line (node), text, name);
  return TRUE;
}

static gboolean
parse_domain (const char  *text,
              guint       *out)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 1, PW_N_DOMAINS, &value, NULL))
    return FALSE;
  *out = (guint) value;
  return TRUE;
}

static gboolean
parse_domains (xmlNode     *node,
               guint16     *out,
               GError     **error)
{
  const char *text = attr (node, "domains");
  g_auto(GStrv) words = NULL;

  *out = 0;
  if (text == NULL)
    return TRUE;
  words = g_strsplit_set (text, " \t\r\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      guint domain;

      if (words[i][0] == '\0')
        continue;
      if (!parse_domain (words[i], &domain))
        return FAIL (PW_PLAN_FILE_ERROR_INVALID,
                     _("Line %d: “%s” is not an integration domain; domains are numbered 1 to 14."),
                     pw_plan_xml_node_line (node), words[i]);
      *out |= PW_CARD_DOMAIN_BIT (domain);
    }
  return TRUE;
}

/* Metadata */

static gboolean
read_date (xmlNode     *node,
           GDateTime  **out,
           GError     **error)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autofree char *to_free = NULL;
  const char *text;

  *out = NULL;
  if (node == NULL)
    return TRUE;
  text = leaf_text (node, &to_free);
  *out = g_date_time_new_from_iso8601 (text, utc);
  if (*out == NULL)
    return FAIL (PW_PLAN_FILE_ERROR_INVALID,
                 _("Line %d: “%s” is not a date and time (write it like 2026-05-01T09:30:00Z)."),
                 pw_plan_xml_node_line (node), text);
  return TRUE;
}

static gboolean
read_metadata (Reader   *r,
               xmlNode  *root,
               GError  **error)
{
  xmlNode *metadata = first_child (root, "metadata");
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) modified = NULL;

  if (metadata == NULL)
    return TRUE;  /* the schema reports it missing */

  for (guint f = 0; f < PW_N_PLAN_FIELDS; f++)
    {
      xmlNode *node = first_child (metadata, pw_plan_field_to_string (f));
      g_autofree char *to_free = NULL;

      if (node != NULL)
        pw_plan_load_text (r->plan, f, leaf_text (node, &to_free));
    }
  if (!read_date (first_child (metadata, "created"), &created, error) ||
      !read_date (first_child (metadata, "modified"), &modified, error))
    return FALSE;
  pw_plan_load_dates (r->plan, created, modified);
  return TRUE;
}

static gboolean
read_target_groups (Reader   *r,
                    xmlNode  *root,
                    GError  **error)
{
  xmlNode *groups = first_child (root, "target-groups");
  PwTargetGroups all = 0;

  if (groups == NULL)
    return TRUE;
  for (xmlNode *node = groups->children; node != NULL; node = node->next)
    {
      g_autofree char *to_free = NULL;
      const char *text;
      PwTargetGroups group;

      if (!pw_plan_xml_is_element (node, "target-group"))
        continue;
      text = leaf_text (node, &to_free);
      if (!pw_target_group_from_string (text, &group))
        return FAIL (PW_PLAN_FILE_ERROR_INVALID,
                     _("Line %d: “%s” is not a target group (newcomers, receiving-communities "
                       "or institutions)."), pw_plan_xml_node_line (node), text);
      all |= group;
    }
  pw_plan_load_target_groups (r->plan, all);
  return TRUE;
}

static gboolean
read_stakeholder (Reader   *r,
                  xmlNode  *node,
                  GError  **error)
{
  g_autoptr(PwStakeholder) stakeholder = NULL;
  g_autofree char *name_copy = NULL;
  g_autofree char *role_copy = NULL;
  g_autoptr(GError) local = NULL;
  const char *id = attr (node, "id");
  const char *kind_text = attr (node, "kind");
  xmlNode *name = first_child (node, "name");
  xmlNode *role = first_child (node, "role");
  PwStakeholderKind kind;

  if (!note_id (r->stakeholder_ids, id, node, "stakeholder", error))
    return FALSE;
  if (kind_text == NULL || !pw_stakeholder_kind_from_string (kind_text, &kind))
    return FAIL (PW_PLAN_FILE_ERROR_INVALID,
                 _("Line %d: the stakeholder “%s” has the kind “%s”; it must be newcomer, "
                   "receiving-community, institution or other."),
                 pw_plan_xml_node_line (node), id, kind_text ? kind_text : "");
  stakeholder = pw_stakeholder_new (id,
                                    name ? leaf_text (name, &name_copy) : "", kind,
                                    role ? leaf_text (role, &role_copy) : "");
  if (!pw_plan_load_stakeholder (r->plan, stakeholder, &local))
    return FAIL (local->code == PW_PLAN_ERROR_DUPLICATE_ID ? PW_PLAN_FILE_ERROR_DUPLICATE
                                                            : PW_PLAN_FILE_ERROR_INVALID,
                 _("Line %d: %s"), pw_plan_xml_node_line (node), local->message);
  return TRUE;
}

static gboolean
read_stakeholders (Reader   *r,
                   xmlNode  *root,
                   GError  **error)
{
  xmlNode *list = first_child (root, "stakeholders");

  for (xmlNode *node = list ? list->children : NULL; node != NULL; node = node->next)
    if (pw_plan_xml_is_element (node, "stakeholder") && !read_stakeholder (r, node, error))
      return FALSE;
  return TRUE;
}

/* Cards and indicators */

static gboolean
read_eval_fields (PwIndicatorRef  *ref,
                  xmlNode         *node,
                  GError         **error)
{
  for (guint f = 0; f < PW_N_EVAL_FIELDS; f++)
    {
      xmlNode *field = first_child (node, pw_eval_field_to_string (f));
      g_autofree char *to_free = NULL;
      const char *suggested;

      if (field == NULL)
        continue;
      pw_indicator_ref_set_eval (ref, f, leaf_text (field, &to_free));
      suggested = attr (field, "suggested");
      if (suggested != NULL && strcmp (suggested, "true") != 0 && strcmp (suggested, "false") != 0)
        return FAIL (PW_PLAN_FILE_ERROR_INVALID,
                     _("Line %d: “suggested” must be true or false, not “%s”."),
                     pw_plan_xml_node_line (field), suggested);
      pw_indicator_ref_set_suggested (ref, f, suggested != NULL && strcmp (suggested, "true") == 0);
    }
  return TRUE;
}

/* A bank id the framework does not know becomes a custom indicator. */
static const char *
resolve_bank_id (Reader     *r,
                 const char *bank_id,
                 const char *text)
{
  if (bank_id == NULL || r->framework == NULL ||
      pw_framework_lookup_indicator (r->framework, bank_id) != NULL)
    return bank_id;
  g_ptr_array_add (r->warnings,
                   g_strdup_printf (_("The indicator “%s” is not in this version of the framework "
                                      "bank; it was kept as a custom indicator."),
                                    *text != '\0' ? text : bank_id));
  return NULL;
}

static gboolean
read_indicator (Reader   *r,
                PwCard   *card,
                xmlNode  *node,
                GError  **error)
{
  g_autoptr(PwIndicatorRef) ref = NULL;
  g_autofree char *to_free = NULL;
  const char *id = attr (node, "id");
  const char *bank_id = attr (node, "ref");
  const char *domain_text = attr (node, "domain");
  xmlNode *text_node = first_child (node, "text");
  const char *text = text_node ? leaf_text (text_node, &to_free) : "";
  guint domain;

  if (!note_id (r->indicator_ids, id, node, "indicator", error))
    return FALSE;
  if (domain_text == NULL || !parse_domain (domain_text, &domain))
    return FAIL (PW_PLAN_FILE_ERROR_INVALID,
                 _("Line %d: the indicator “%s” needs a domain from 1 to 14, not “%s”."),
                 pw_plan_xml_node_line (node), id, domain_text ? domain_text : "");
  if (bank_id != NULL && *text == '\0' && r->framework != NULL)
    {
      const PwIndicator *bank = pw_framework_lookup_indicator (r->framework, bank_id);
      if (bank != NULL)
        text = bank->text;
    }
  ref = pw_indicator_ref_new (id, resolve_bank_id (r, bank_id, text), text, domain);
  if (!read_eval_fields (ref, node, error))
    return FALSE;
  pw_card_insert_indicator (card, ref, -1);
  return TRUE;
}

static gboolean
read_card_attributes (PwCard   *card,
                      xmlNode  *node,
                      GError  **error)
{
  const char *order_text = attr (node, "order");
  guint64 order = 0;
  double x, y;
  guint16 domains;

  if (order_text != NULL &&
      !g_ascii_string_to_unsigned (order_text, 10, 0, G_MAXINT, &order, NULL))
    return FAIL (PW_PLAN_FILE_ERROR_INVALID,
                 _("Line %d: the place in the lane “%s” is not a whole number."),
                 pw_plan_xml_node_line (node), order_text);
  if (!parse_double (node, "x", &x, error) ||
      !parse_double (node, "y", &y, error) ||
      !parse_domains (node, &domains, error))
    return FALSE;
  pw_card_set_lane_order (card, (int) order);
  pw_card_set_position (card, x, y);
  pw_card_set_domains (card, domains);
  return TRUE;
}

static gboolean
read_card (Reader   *r,
           xmlNode  *node,
           GError  **error)
{
  g_autoptr(PwCard) card = NULL;
  g_autoptr(GError) local = NULL;
  const char *id = attr (node, "id");
  const char *kind_text = attr (node, "kind");
  xmlNode *indicators;
  PwCardKind kind;

  if (!note_id (r->card_ids, id, node, "card", error))
    return FALSE;
  if (kind_text == NULL || !pw_card_kind_from_string (kind_text, &kind))
    return FAIL (PW_PLAN_FILE_ERROR_INVALID,
                 _("Line %d: the card “%s” has the kind “%s”; it must be barrier, activity, "
                   "output, outcome or goal."),
                 pw_plan_xml_node_line (node), id, kind_text ? kind_text : "");

  card = pw_card_new (id, kind);
  if (!read_card_attributes (card, node, error))
    return FALSE;
  for (guint f = 0; f < PW_N_CARD_FIELDS; f++)
    {
      xmlNode *field = first_child (node, pw_card_field_to_string (f));
      g_autofree char *to_free = NULL;

      if (field != NULL)
        pw_card_set_text (card, f, leaf_text (field, &to_free));
    }

  indicators = first_child (node, "indicators");
  if (indicators != NULL && kind != PW_CARD_KIND_OUTCOME && first_child (indicators, NULL) != NULL)
    return FAIL (PW_PLAN_FILE_ERROR_INVALID,
                 _("Line %d: the card “%s” (%s) has indicators, but only outcome cards can have them."),
                 pw_plan_xml_node_line (indicators), id, pw_card_kind_get_display_name (kind));
  for (xmlNode *child = indicators ? indicators->children : NULL; child; child = child->next)
    if (pw_plan_xml_is_element (child, "indicator") && !read_indicator (r, card, child, error))
      return FALSE;

  if (!pw_plan_load_card (r->plan, card, &local))
    return FAIL (local->code == PW_PLAN_ERROR_DUPLICATE_ID ? PW_PLAN_FILE_ERROR_DUPLICATE
                                                            : PW_PLAN_FILE_ERROR_INVALID,
                 _("Line %d: %s"), pw_plan_xml_node_line (node), local->message);
  return TRUE;
}

static gboolean
read_cards (Reader   *r,
            xmlNode  *root,
            GError  **error)
{
  xmlNode *list = first_child (root, "cards");

  for (xmlNode *node = list ? list->children : NULL; node != NULL; node = node->next)
    if (pw_plan_xml_is_element (node, "card") && !read_card (r, node, error))
      return FALSE;
  return TRUE;
}

/* Links */

static PwCard *
link_end (Reader      *r,
          xmlNode     *node,
          const char  *which,
          GError     **error)
{
  const char *id = attr (node, which);
  PwCard *card = id ? pw_plan_lookup_card (r->plan, id) : NULL;

  if (id == NULL)
    g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_INVALID,
                 strcmp (which, "from") == 0 ? _("Line %d: a link does not say which card it starts from.")
                                             : _("Line %d: a link does not say which card it leads to."),
                 pw_plan_xml_node_line (node));
  else if (card == NULL)
    g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_REFERENCE,
                 _("Line %d: a link points to card “%s”, which is not in this plan."),
                 pw_plan_xml_node_line (node), id);
  return card;
}

static gboolean
read_link (Reader   *r,
           xmlNode  *node,
           GError  **error)
{
  g_autoptr(PwLink) link = NULL;
  g_autoptr(GError) local = NULL;
  const char *id = attr (node, "id");
  PwCard *source, *target;

  if (!note_id (r->link_ids, id, node, "link", error))
    return FALSE;
  if ((source = link_end (r, node, "from", error)) == NULL ||
      (target = link_end (r, node, "to", error)) == NULL)
    return FALSE;
  if (source != target &&
      !pw_link_kinds_allowed (pw_card_get_kind (source), pw_card_get_kind (target)))
    return FAIL (PW_PLAN_FILE_ERROR_INVALID,
                 _("Line %d: the link “%s” goes from card “%s” (%s) to card “%s” (%s), "
                   "but links must point forwards, towards the goal."),
                 pw_plan_xml_node_line (node), id,
                 pw_card_get_id (source), pw_card_kind_get_display_name (pw_card_get_kind (source)),
                 pw_card_get_id (target), pw_card_kind_get_display_name (pw_card_get_kind (target)));

  link = pw_link_new (id, source, target);
  for (guint f = 0; f < PW_N_LINK_FIELDS; f++)
    {
      xmlNode *field = first_child (node, pw_link_field_to_string (f));
      g_autofree char *to_free = NULL;

      if (field != NULL)
        pw_link_set_text (link, f, leaf_text (field, &to_free));
    }
  if (!pw_plan_load_link (r->plan, link, &local))
    return FAIL (local->code == PW_PLAN_ERROR_DUPLICATE_ID ? PW_PLAN_FILE_ERROR_DUPLICATE
                                                            : PW_PLAN_FILE_ERROR_INVALID,
                 _("Line %d: %s"), pw_plan_xml_node_line (node), local->message);
  return TRUE;
}

/* Loops are checked once all links are in (a chain checked link by link is
 * walked once per link); a loop an earlier link closed is still the error
 * reported, before any later link's. */
static gboolean
read_links (Reader   *r,
            xmlNode  *root,
            GError  **error)
{
  xmlNode *list = first_child (root, "links");
  g_autoptr(GError) loop = NULL;
  gboolean ok = TRUE;
  PwLink *looping;

  pw_plan_load_defer_loops (r->plan);
  for (xmlNode *node = list ? list->children : NULL; ok && node != NULL; node = node->next)
    if (pw_plan_xml_is_element (node, "link"))
      ok = read_link (r, node, error);
  looping = pw_plan_load_check_loops (r->plan, &loop);
  if (looping == NULL)
    return ok;
  g_clear_error (error);
  return FAIL (PW_PLAN_FILE_ERROR_INVALID, _("Line %d: %s"),
               GPOINTER_TO_INT (g_hash_table_lookup (r->link_ids, pw_link_get_id (looping))),
               loop->message);
}

PwPlan *
pw_plan_xml_read_document (xmlDoc       *doc,
                           PwFramework  *framework,
                           GPtrArray    *warnings,
                           GError      **error)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  xmlNode *root = xmlDocGetRootElement (doc);
  Reader r = {
    .plan = plan,
    .framework = framework,
    .warnings = warnings,
    .card_ids = g_hash_table_new (g_str_hash, g_str_equal),
    .indicator_ids = g_hash_table_new (g_str_hash, g_str_equal),
    .link_ids = g_hash_table_new (g_str_hash, g_str_equal),
    .stakeholder_ids = g_hash_table_new (g_str_hash, g_str_equal),
  };
  gboolean ok;

  ok = pw_plan_xml_check_root (root, warnings, error) &&
       read_metadata (&r, root, error) &&
       read_target_groups (&r, root, error) &&
       read_stakeholders (&r, root, error) &&
       read_cards (&r, root, error) &&
       read_links (&r, root, error);

  g_hash_table_unref (r.card_ids);
  g_hash_table_unref (r.indicator_ids);
  g_hash_table_unref (r.link_ids);
  g_hash_table_unref (r.stakeholder_ids);
  if (!ok)
    return NULL;
  pw_plan_load_finish (plan);
  return g_steal_pointer (&plan);
}
