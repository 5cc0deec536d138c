/* pw-canvas-drop.c — dropping an indicator from the Indicators page onto an outcome card
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-canvas"

#include "config.h"

#include "pw-canvas-private.h"
#include "pw-framework.h"
#include "pw-indicator-page.h"

/* The drop highlight: the card under the pointer, if it is an outcome. */
static void
set_drop_card (PwCanvas *self,
               PwCard   *card)
{
  PwCardWidget *old = pw_canvas_get_card_widget (self, self->drop_card);
  PwCardWidget *w = pw_canvas_get_card_widget (self, card);

  if (old != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (old), "drop-target");
  self->drop_card = card;
  if (w != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (w), "drop-target");
}

static GdkDragAction
on_motion (GtkDropTarget *target,
           double         x,
           double         y,
           PwCanvas      *self)
{
  PwCard *card = pw_canvas_card_at (self, x, y, NULL);

  if (card == NULL || pw_card_get_kind (card) != PW_CARD_KIND_OUTCOME)
    {
      set_drop_card (self, NULL);
      return 0;
    }
  set_drop_card (self, card);
  return GDK_ACTION_COPY;
}

static void
on_leave (GtkDropTarget *target,
          PwCanvas      *self)
{
  set_drop_card (self, NULL);
}

/* Attaches the bank indicator named by @str ("pathways-indicator:<id>") to
 * the card at (@x, @y). A refusal (not an outcome, already attached) is shown
 * as a message. Returns TRUE when it was attached. */
gboolean
pw_canvas_drop_indicator (PwCanvas   *self,
                          double      x,
                          double      y,
                          const char *str)
{
  g_autoptr(GError) error = NULL;
  const PwIndicator *indicator;
  PwCard *card;

  set_drop_card (self, NULL);
  if (self->plan == NULL || str == NULL)
    return FALSE;
  indicator = pw_indicator_page_parse_drag_string (pw_framework_get_default (), str);
  card = pw_canvas_card_at (self, x, y, NULL);
  if (indicator == NULL || card == NULL)
    return FALSE;
  if (pw_plan_attach_indicator (self->plan, card, indicator->id, indicator->text,
                                indicator->domain, &error) == NULL)
    {
      pw_canvas_show_message (self, error->message);
      return FALSE;
    }
  pw_plan_seal_undo (self->plan);
  pw_canvas_select_card (self, card, FALSE);
  return TRUE;
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         PwCanvas      *self)
{
  if (!G_VALUE_HOLDS_STRING (value))
    return FALSE;
  return pw_canvas_drop_indicator (self, x, y, g_value_get_string (value));
}

void
pw_canvas_install_drop (PwCanvas *self)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_COPY);

  g_signal_connect (target, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (target, "leave", G_CALLBACK (on_leave), self);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}
