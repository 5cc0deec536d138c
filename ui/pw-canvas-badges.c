/* pw-canvas-badges.c — warning badges on cards from the plan checks
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-canvas"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-canvas-private.h"

static void
update_card_badge (PwCanvas     *self,
                   PwCardWidget *w)
{
  PwCard *card = pw_card_widget_get_card (w);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GString) messages = NULL;

  if (self->checks == NULL)
    {
      pw_card_widget_set_findings (w, 0, -1, NULL);
      return;
    }
  findings = pw_checks_get_findings_for_card (self->checks, pw_card_get_id (card));
  messages = g_string_new (NULL);
  for (guint i = 0; i < findings->len; i++)
    {
      if (i > 0)
        g_string_append (messages, "\n");
      g_string_append (messages, pw_finding_get_message (g_ptr_array_index (findings, i)));
    }
  pw_card_widget_set_findings (w, findings->len,
                               pw_checks_get_card_severity (self->checks, pw_card_get_id (card)),
                               findings->len > 0 ? messages->str : NULL);
}

/* The arrows are drawn, not widgets: each card's accessible label says
 * where it leads ("Leads to: Conversation café; Volunteers."). Labels that do
 * not change are not touched. */
void
pw_canvas_update_link_descriptions (PwCanvas *self)
{
  g_autoptr(GHashTable) texts = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_free);
  GListModel *links;
  GHashTableIter iter;
  gpointer key, value;

  if (self->plan == NULL)
    return;
  links = pw_plan_get_links (self->plan);
  for (guint i = 0, n = g_list_model_get_n_items (links); i < n; i++)
    {
      g_autoptr(PwLink) link = g_list_model_get_item (links, i);
      PwCard *source = pw_link_get_source (link);
      g_autofree char *target = pw_card_dup_display_title (pw_link_get_target (link));
      char *old = g_hash_table_lookup (texts, source);
      char *text = old ? g_strdup_printf ("%s; %s", old, target)
                       : g_strdup_printf (_("Leads to: %s"), target);

      g_hash_table_replace (texts, source, text);
    }
  g_hash_table_iter_init (&iter, self->widgets);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *text = g_hash_table_lookup (texts, key);
      g_autofree char *sentence = text ? g_strconcat (text, ".", NULL) : NULL;

      pw_card_widget_set_links_text (value, sentence);
    }
}

/* Refreshes every card's badge (the checks run after every command). */
void
pw_canvas_update_badges (PwCanvas *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->widgets);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    update_card_badge (self, value);
}

static void
checks_changed (PwChecks *checks,
                PwCanvas *self)
{
  pw_canvas_update_badges (self);
}

void
pw_canvas_set_checks (PwCanvas *self,
                      PwChecks *checks)
{
  g_return_if_fail (PW_IS_CANVAS (self));
  g_return_if_fail (checks == NULL || PW_IS_CHECKS (checks));

  if (self->checks == checks)
    return;
  if (self->checks != NULL)
    {
      g_clear_signal_handler (&self->checks_changed_id, self->checks);
      g_clear_object (&self->checks);
    }
  if (checks != NULL)
    {
      self->checks = g_object_ref (checks);
      self->checks_changed_id = g_signal_connect (checks, "changed", G_CALLBACK (checks_changed), self);
    }
  pw_canvas_update_badges (self);
}
