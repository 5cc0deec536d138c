/* pw-canvas-badges.c — warning badges on cards from the plan checks
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-canvas"

#include "config.h"

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
