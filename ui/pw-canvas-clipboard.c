/* pw-canvas-clipboard.c — copy and paste of cards (text/x-pathways-cards and plain text)
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-canvas"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-canvas-private.h"

/* The format is line based and versioned, one record per line, fields separated
 * by tabs and escaped with g_strescape():
 *
 *   pathways-cards 1
 *   card <kind> <domains> <title> <description> <evidence> <integration-outcome>
 *   indicator <bank id or ""> <domain> <text> <suggested mask> <10 evaluation fields>
 *   link <source index> <target index> <assumption> <evidence>
 *
 * Indicators belong to the card before them; links join copied cards only, by
 * their index among the copied cards. */
#define HEADER "pathways-cards 1"

static void
append_field (GString    *s,
              const char *text)
{
  g_autofree char *escaped = g_strescape (text ? text : "", NULL);

  g_string_append_c (s, '\t');
  g_string_append (s, escaped);
}

static void
append_card (GString *s,
             PwCard  *card)
{
  GListModel *inds = pw_card_get_indicators (card);

  g_string_append_printf (s, "card\t%s\t%u", pw_card_kind_to_string (pw_card_get_kind (card)),
                          pw_card_get_domains (card));
  for (guint f = 0; f < PW_N_CARD_FIELDS; f++)
    append_field (s, pw_card_get_text (card, f));
  g_string_append_c (s, '\n');
  for (guint i = 0, n = g_list_model_get_n_items (inds); i < n; i++)
    {
      g_autoptr(PwIndicatorRef) ref = g_list_model_get_item (inds, i);

      g_string_append (s, "indicator");
      append_field (s, pw_indicator_ref_get_bank_id (ref));
      g_string_append_printf (s, "\t%u\t", pw_indicator_ref_get_domain (ref));
      g_string_append_printf (s, "%u", pw_indicator_ref_get_suggested (ref));
      append_field (s, pw_indicator_ref_get_text (ref));
      for (guint f = 0; f < PW_N_EVAL_FIELDS; f++)
        append_field (s, pw_indicator_ref_get_eval (ref, f));
      g_string_append_c (s, '\n');
    }
}

/* Serialises @cards (and the links among them). */
GBytes *
pw_canvas_serialize_cards (PwCanvas  *self,
                           GPtrArray *cards)
{
  GString *s = g_string_new (HEADER "\n");
  g_autoptr(GHashTable) index = g_hash_table_new (NULL, NULL);
  GListModel *links = pw_plan_get_links (self->plan);

  for (guint i = 0; i < cards->len; i++)
    {
      append_card (s, g_ptr_array_index (cards, i));
      g_hash_table_insert (index, g_ptr_array_index (cards, i), GUINT_TO_POINTER (i + 1));
    }
  for (guint i = 0, n = g_list_model_get_n_items (links); i < n; i++)
    {
      g_autoptr(PwLink) link = g_list_model_get_item (links, i);
      guint a = GPOINTER_TO_UINT (g_hash_table_lookup (index, pw_link_get_source (link)));
      guint b = GPOINTER_TO_UINT (g_hash_table_lookup (index, pw_link_get_target (link)));

      if (a == 0 || b == 0)
        continue;
      g_string_append_printf (s, "link\t%u\t%u", a - 1, b - 1);
      append_field (s, pw_link_get_assumption (link));
      append_field (s, pw_link_get_evidence (link));
      g_string_append_c (s, '\n');
    }
  return g_string_free_to_bytes (s);
}

/* ---- Paste ---------------------------------------------------------------- */

static char **
split_fields (const char *line)
{
  char **fields = g_strsplit (line, "\t", -1);

  for (guint i = 0; fields[i] != NULL; i++)
    {
      char *plain = g_strcompress (fields[i]);
      g_free (fields[i]);
      fields[i] = plain;
    }
  return fields;
}

static PwCard *
paste_card (PwCanvas  *self,
            char     **f)
{
  PwCardKind kind;
  PwCard *card;

  if (g_strv_length (f) < 3 + PW_N_CARD_FIELDS || !pw_card_kind_from_string (f[1], &kind))
    return NULL;
  card = pw_plan_add_card (self->plan, kind, f[3], -1,
                           pw_canvas_lane_x (kind) + (PW_LANE_WIDTH - PW_CARD_WIDTH) / 2, 0);
  pw_plan_set_card_domains (self->plan, card, (guint16) (g_ascii_strtoull (f[2], NULL, 10) & PW_CARD_ALL_DOMAINS));
  for (guint field = 1; field < PW_N_CARD_FIELDS; field++)
    if (*f[3 + field] != '\0')
      pw_plan_set_card_text (self->plan, card, field, f[3 + field]);
  return card;
}

static void
paste_indicator (PwCanvas  *self,
                 PwCard    *card,
                 char     **f)
{
  PwIndicatorRef *ref;
  guint suggested;

  if (card == NULL || g_strv_length (f) < 5 + PW_N_EVAL_FIELDS)
    return;
  ref = pw_plan_attach_indicator (self->plan, card, *f[1] ? f[1] : NULL, f[4],
                                  (guint) g_ascii_strtoull (f[2], NULL, 10), NULL);
  if (ref == NULL)
    return;
  suggested = (guint) g_ascii_strtoull (f[3], NULL, 10);
  for (guint e = 0; e < PW_N_EVAL_FIELDS; e++)
    {
      const char *text = f[5 + e];
      if (*text == '\0')
        continue;
      if (suggested & (1u << e))
        pw_plan_suggest_eval_field (self->plan, ref, e, text);
      else
        pw_plan_set_eval_field (self->plan, ref, e, text);
    }
}

static void
paste_link (PwCanvas  *self,
            GPtrArray *pasted,
            char     **f)
{
  guint a, b;
  PwLink *link;

  if (g_strv_length (f) < 5)
    return;
  a = (guint) g_ascii_strtoull (f[1], NULL, 10);
  b = (guint) g_ascii_strtoull (f[2], NULL, 10);
  if (a >= pasted->len || b >= pasted->len)
    return;
  link = pw_plan_link (self->plan, g_ptr_array_index (pasted, a), g_ptr_array_index (pasted, b), NULL);
  if (link == NULL)
    return;
  if (*f[3] != '\0')
    pw_plan_set_link_text (self->plan, link, PW_LINK_FIELD_ASSUMPTION, f[3]);
  if (*f[4] != '\0')
    pw_plan_set_link_text (self->plan, link, PW_LINK_FIELD_EVIDENCE, f[4]);
}

static void
select_pasted (PwCanvas  *self,
               GPtrArray *pasted)
{
  pw_canvas_selection_clear (self);
  for (guint i = 0; i < pasted->len; i++)
    pw_canvas_selection_set (self, g_ptr_array_index (pasted, i), TRUE);
  if (pasted->len > 0)
    {
      PwCard *first = g_ptr_array_index (pasted, 0);
      self->cursor = first;
      gtk_widget_grab_focus (GTK_WIDGET (pw_canvas_get_card_widget (self, first)));
      pw_canvas_scroll_to_card (self, first);
    }
  pw_canvas_selection_changed (self);
}

/* Adds the cards in @bytes at the ends of their lanes, as one undo step. */
gboolean
pw_canvas_paste_bytes (PwCanvas  *self,
                       GBytes    *bytes,
                       GError   **error)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GPtrArray) pasted = g_ptr_array_new ();
  PwCard *card = NULL;

  if (self->plan == NULL || lines[0] == NULL || !g_str_equal (g_strchomp (lines[0]), HEADER))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The clipboard does not hold cards from Pathways."));
      return FALSE;
    }
  pw_plan_begin_group (self->plan, _("Paste"));
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = split_fields (lines[i]);

      if (f[0] == NULL)
        continue;
      if (g_str_equal (f[0], "card") && (card = paste_card (self, f)) != NULL)
        g_ptr_array_add (pasted, card);
      else if (g_str_equal (f[0], "indicator"))
        paste_indicator (self, card, f);
      else if (g_str_equal (f[0], "link"))
        paste_link (self, pasted, f);
    }
  pw_plan_end_group (self->plan);
  select_pasted (self, pasted);
  return TRUE;
}

/* Plain text: one new card per non-empty line, in the focused card's lane
 * (barriers when nothing is focused) — handy for pasting a list from notes. */
static void
paste_lines (PwCanvas   *self,
             const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", 200);
  g_autoptr(GPtrArray) pasted = g_ptr_array_new ();
  PwCard *focus = pw_canvas_get_focus_card (self);
  PwCardKind kind = focus ? pw_card_get_kind (focus) : PW_CARD_KIND_BARRIER;

  pw_plan_begin_group (self->plan, _("Paste"));
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      if (*line != '\0')
        g_ptr_array_add (pasted, pw_plan_add_card (self->plan, kind, line, -1,
                                                   pw_canvas_lane_x (kind), 0));
    }
  pw_plan_end_group (self->plan);
  select_pasted (self, pasted);
}

/* ---- The clipboard ------------------------------------------------------- */

void
pw_canvas_copy (PwCanvas *self)
{
  g_autoptr(GPtrArray) cards = pw_canvas_get_selected_cards (self);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GString) titles = g_string_new (NULL);
  GdkContentProvider *providers[2];
  g_autoptr(GdkContentProvider) union_provider = NULL;
  GValue value = G_VALUE_INIT;

  if (self->plan == NULL || cards->len == 0)
    return;
  bytes = pw_canvas_serialize_cards (self, cards);
  for (guint i = 0; i < cards->len; i++)
    g_string_append_printf (titles, "%s%s", i ? "\n" : "", pw_card_get_title (g_ptr_array_index (cards, i)));
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, titles->str);
  providers[0] = gdk_content_provider_new_for_bytes (PW_CANVAS_CARDS_MIME, bytes);
  providers[1] = gdk_content_provider_new_for_value (&value);
  g_value_unset (&value);
  union_provider = gdk_content_provider_new_union (providers, 2);
  gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (self)), union_provider);
}

static void
cards_spliced (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  g_autoptr(PwCanvas) self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (g_output_stream_splice_finish (G_OUTPUT_STREAM (source), result, &error) >= 0)
    bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (source));
  if (bytes == NULL || !pw_canvas_paste_bytes (self, bytes, &error))
    pw_canvas_show_message (self, error ? error->message : _("Nothing to paste."));
}

static void
cards_read (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  g_autoptr(PwCanvas) self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GOutputStream) out = NULL;

  stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, NULL, &error);
  if (stream == NULL)
    {
      pw_canvas_show_message (self, error->message);
      return;
    }
  /* Asynchronous: our own clipboard is written by this same main loop. */
  out = g_memory_output_stream_new_resizable ();
  g_output_stream_splice_async (out, stream, G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE |
                                G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, G_PRIORITY_DEFAULT, NULL,
                                cards_spliced, g_steal_pointer (&self));
}

static void
text_read (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  g_autoptr(PwCanvas) self = data;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);

  if (text != NULL && self->plan != NULL)
    paste_lines (self, text);
}

void
pw_canvas_paste (PwCanvas *self)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (self));
  GdkContentFormats *formats = gdk_clipboard_get_formats (clipboard);
  static const char *mimes[] = { PW_CANVAS_CARDS_MIME, NULL };

  if (self->plan == NULL)
    return;
  if (gdk_content_formats_contain_mime_type (formats, PW_CANVAS_CARDS_MIME))
    gdk_clipboard_read_async (clipboard, mimes, G_PRIORITY_DEFAULT, NULL, cards_read, g_object_ref (self));
  else if (gdk_content_formats_contain_gtype (formats, G_TYPE_STRING) ||
           gdk_content_formats_contain_mime_type (formats, "text/plain;charset=utf-8") ||
           gdk_content_formats_contain_mime_type (formats, "text/plain"))
    gdk_clipboard_read_text_async (clipboard, NULL, text_read, g_object_ref (self));
}
