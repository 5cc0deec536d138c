/* pw-plan-xml-write.c — writing a plan as indented, byte-stable XML
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same plan always gives the same bytes: fixed element and attribute
 * order, empty fields left out, numbers in their shortest exact form without
 * locale, dates in UTC to the second. Nothing here reads the clock.
 */
#define G_LOG_DOMAIN "pathways-plan-xml"

#include "config.h"

#include <math.h>
#include <string.h>

#include "pw-autocleanups.h"
#include "pw-plan-xml-private.h"

typedef struct {
  xmlTextWriter *w;
  int            status;  /* < 0 once a write failed (only for lack of memory) */
} Writer;

static void
check (Writer *wr,
       int     rc)
{
  if (rc < 0)
    wr->status = rc;
}

static gboolean
allowed_in_xml (gunichar c)
{
  return c == 0x9 || c == 0xA || c == 0xD ||
         (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

static gboolean
needs_cleaning (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
        return TRUE;
      if (*p == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
        return TRUE;
    }
  return !g_utf8_validate (text, -1, NULL);
}

/* XML 1.0 cannot hold control characters; writing one would make a file that
 * never loads again, so each becomes U+FFFD. */
static char *
clean_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      g_string_append_unichar (out, allowed_in_xml (c) ? c : 0xFFFD);
    }
  return g_string_free (out, FALSE);
}

static void
write_text_element (Writer     *wr,
                    const char *name,
                    const char *text)
{
  g_autofree char *cleaned = NULL;

  if (text == NULL || *text == '\0')
    return;
  if (needs_cleaning (text))
    text = cleaned = clean_text (text);
  check (wr, xmlTextWriterWriteElement (wr->w, BAD_CAST name, BAD_CAST text));
}

static void
write_attribute (Writer     *wr,
                 const char *name,
                 const char *value)
{
  g_autofree char *cleaned = NULL;

  if (needs_cleaning (value))
    value = cleaned = clean_text (value);
  check (wr, xmlTextWriterWriteAttribute (wr->w, BAD_CAST name, BAD_CAST value));
}

static void
write_double_attribute (Writer     *wr,
                        const char *name,
                        double      value)
{
  g_autofree char *text = pw_plan_xml_format_double (value);
  write_attribute (wr, name, text);
}

char *
pw_plan_xml_format_double (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    value = 0.0;  /* cannot be read back; the model never holds one */
  for (int precision = 15; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  return g_strdup (buffer);
}

static void
write_date (Writer     *wr,
            const char *name,
            GDateTime  *date)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *text = NULL;

  if (date == NULL)
    return;
  utc = g_date_time_to_utc (date);
  /* by hand: %Y does not pad years before 1000 to the four digits ISO 8601 needs */
  text = g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ",
                          g_date_time_get_year (utc), g_date_time_get_month (utc),
                          g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                          g_date_time_get_minute (utc), g_date_time_get_second (utc));
  write_text_element (wr, name, text);
}

static void
write_metadata (Writer *wr,
                PwPlan *plan)
{
  check (wr, xmlTextWriterStartElement (wr->w, BAD_CAST "metadata"));
  for (guint f = 0; f < PW_N_PLAN_FIELDS; f++)
    write_text_element (wr, pw_plan_field_to_string (f), pw_plan_get_text (plan, f));
  write_date (wr, "created", pw_plan_get_created (plan));
  write_date (wr, "modified", pw_plan_get_modified (plan));
  check (wr, xmlTextWriterEndElement (wr->w));
}

static void
write_target_groups (Writer *wr,
                     PwPlan *plan)
{
  PwTargetGroups groups = pw_plan_get_target_groups (plan) & PW_TARGET_GROUPS_ALL;

  if (groups == 0)
    return;
  check (wr, xmlTextWriterStartElement (wr->w, BAD_CAST "target-groups"));
  for (guint bit = 1; bit <= PW_TARGET_GROUPS_ALL; bit <<= 1)
    if (groups & bit)
      write_text_element (wr, "target-group", pw_target_group_to_string (bit));
  check (wr, xmlTextWriterEndElement (wr->w));
}

static void
write_stakeholders (Writer *wr,
                    PwPlan *plan)
{
  GListModel *list = pw_plan_get_stakeholders (plan);
  guint n = g_list_model_get_n_items (list);

  if (n == 0)
    return;
  check (wr, xmlTextWriterStartElement (wr->w, BAD_CAST "stakeholders"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwStakeholder) s = g_list_model_get_item (list, i);

      check (wr, xmlTextWriterStartElement (wr->w, BAD_CAST "stakeholder"));
      write_attribute (wr, "id", pw_stakeholder_get_id (s));
      write_attribute (wr, "kind", pw_stakeholder_kind_to_string (pw_stakeholder_get_kind (s)));
      write_text_element (wr, "name", pw_stakeholder_get_name (s));
      write_text_element (wr, "role", pw_stakeholder_get_role (s));
      check (wr, xmlTextWriterEndElement (wr->w));
    }
  check (wr, xmlTextWriterEndElement (wr->w));
}

static void
write_indicator (Writer         *wr,
                 PwIndicatorRef *ref)
{
  char domain[4];

  check (wr, xmlTextWriterStartElement (wr->w, BAD_CAST "indicator"));
  write_attribute (wr, "id", pw_indicator_ref_get_id (ref));
  if (pw_indicator_ref_get_bank_id (ref) != NULL)
    write_attribute (wr, "ref", pw_indicator_ref_get_bank_id (ref));
  g_snprintf (domain, sizeof domain, "%u", pw_indicator_ref_get_domain (ref));
  write_attribute (wr, "domain", domain);
  write_text_element (wr, "text", pw_indicator_ref_get_text (ref));
  for (guint f = 0; f < PW_N_EVAL_FIELDS; f++)
    {
      const char *text = pw_indicator_ref_get_eval (ref, f);

      if (text == NULL || *text == '\0')
        continue;
      if (!pw_indicator_ref_is_suggested (ref, f))
        {
          write_text_element (wr, pw_eval_field_to_string (f), text);
          continue;
        }
      check (wr, xmlTextWriterStartElement (wr->w, BAD_CAST pw_eval_field_to_string (f)));
      write_attribute (wr, "suggested", "true");
      {
        g_autofree char *cleaned = needs_cleaning (text) ? clean_text (text) : NULL;
        check (wr, xmlTextWriterWriteString (wr->w, BAD_CAST (cleaned ? cleaned : text)));
      }
      check (wr, xmlTextWriterEndElement (wr->w));
    }
  check (wr, xmlTextWriterEndElement (wr->w));
}

static void
write_domains (Writer *wr,
               guint16 domains)
{
  char text[64] = "";
  gsize len = 0;

  if ((domains & PW_CARD_ALL_DOMAINS) == 0)
    return;
  for (guint d = 1; d <= 14; d++)
    if (domains & PW_CARD_DOMAIN_BIT (d))
      len += g_snprintf (text + len, sizeof text - len, len ? " %u" : "%u", d);
  write_attribute (wr, "domains", text);
}

static void
write_card (Writer *wr,
            PwCard *card)
{
  GListModel *indicators = pw_card_get_indicators (card);
  guint n = indicators ? g_list_model_get_n_items (indicators) : 0;
  char order[16];

  check (wr, xmlTextWriterStartElement (wr->w, BAD_CAST "card"));
  write_attribute (wr, "id", pw_card_get_id (card));
  write_attribute (wr, "kind", pw_card_kind_to_string (pw_card_get_kind (card)));
  g_snprintf (order, sizeof order, "%d", MAX (pw_card_get_lane_order (card), 0));
  write_attribute (wr, "order", order);
  write_double_attribute (wr, "x", pw_card_get_x (card));
  write_double_attribute (wr, "y", pw_card_get_y (card));
  write_domains (wr, pw_card_get_domains (card));
  for (guint f = 0; f < PW_N_CARD_FIELDS; f++)
    write_text_element (wr, pw_card_field_to_string (f), pw_card_get_text (card, f));
  if (n > 0)
    {
      check (wr, xmlTextWriterStartElement (wr->w, BAD_CAST "indicators"));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PwIndicatorRef) ref = g_list_model_get_item (indicators, i);
          write_indicator (wr, ref);
        }
      check (wr, xmlTextWriterEndElement (wr->w));
    }
  check (wr, xmlTextWriterEndElement (wr->w));
}

static void
write_cards (Writer *wr,
             PwPlan *plan)
{
  GListModel *cards = pw_plan_get_cards (plan);
  guint n = g_list_model_get_n_items (cards);

  if (n == 0)
    return;
  check (wr, xmlTextWriterStartElement (wr->w, BAD_CAST "cards"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwCard) card = g_list_model_get_item (cards, i);
      write_card (wr, card);
    }
  check (wr, xmlTextWriterEndElement (wr->w));
}

static void
write_links (Writer *wr,
             PwPlan *plan)
{
  GListModel *links = pw_plan_get_links (plan);
  guint n = g_list_model_get_n_items (links);

  if (n == 0)
    return;
  check (wr, xmlTextWriterStartElement (wr->w, BAD_CAST "links"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwLink) link = g_list_model_get_item (links, i);

      check (wr, xmlTextWriterStartElement (wr->w, BAD_CAST "link"));
      write_attribute (wr, "id", pw_link_get_id (link));
      write_attribute (wr, "from", pw_link_get_source_id (link));
      write_attribute (wr, "to", pw_link_get_target_id (link));
      for (guint f = 0; f < PW_N_LINK_FIELDS; f++)
        write_text_element (wr, pw_link_field_to_string (f), pw_link_get_text (link, f));
      check (wr, xmlTextWriterEndElement (wr->w));
    }
  check (wr, xmlTextWriterEndElement (wr->w));
}

static void
free_xml (gpointer data)
{
  xmlFree (data);
}

GBytes *
pw_plan_xml_write (PwPlan *plan)
{
  g_autoptr(xmlBuffer) buffer = xmlBufferCreate ();
  Writer wr = { 0 };
  char version[16];

  wr.w = xmlNewTextWriterMemory (buffer, 0);
  if (buffer == NULL || wr.w == NULL)
    g_error ("Out of memory while writing a plan");
  check (&wr, xmlTextWriterSetIndent (wr.w, 1));
  check (&wr, xmlTextWriterSetIndentString (wr.w, BAD_CAST "  "));
  check (&wr, xmlTextWriterStartDocument (wr.w, NULL, "UTF-8", NULL));
  check (&wr, xmlTextWriterStartElement (wr.w, BAD_CAST "plan"));
  write_attribute (&wr, "xmlns", PW_PLAN_NAMESPACE);
  g_snprintf (version, sizeof version, "%d", PW_PLAN_FORMAT_VERSION);
  write_attribute (&wr, "version", version);

  write_metadata (&wr, plan);
  write_target_groups (&wr, plan);
  write_stakeholders (&wr, plan);
  write_cards (&wr, plan);
  write_links (&wr, plan);

  check (&wr, xmlTextWriterEndDocument (wr.w));  /* closes <plan>, adds the final newline */
  xmlFreeTextWriter (wr.w);                      /* flushes into the buffer */
  if (wr.status < 0)
    g_error ("Out of memory while writing a plan");

  {
    int length = xmlBufferLength (buffer);
    xmlChar *data = xmlBufferDetach (buffer);

    /* the free function gets the user data, so the data is passed twice */
    return g_bytes_new_with_free_func (data, length, free_xml, data);
  }
}
