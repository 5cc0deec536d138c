/* pw-canvas-selection.c — selection, keyboard focus and navigation between cards
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-canvas"

#include "config.h"

#include <math.h>

#include "pw-canvas-private.h"
#include "pw-lane.h"

/* ---- The selection set ------------------------------------------------- */

void
pw_canvas_selection_clear (PwCanvas *self)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->selected);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      PwCardWidget *w = pw_canvas_get_card_widget (self, key);
      if (w != NULL)
        pw_card_widget_set_selected (w, FALSE);
    }
  g_hash_table_remove_all (self->selected);
  g_clear_object (&self->selected_link);
}

void
pw_canvas_selection_set (PwCanvas *self,
                         PwCard   *card,
                         gboolean  selected)
{
  PwCardWidget *w = pw_canvas_get_card_widget (self, card);

  if (w == NULL)
    return;
  if (selected)
    g_hash_table_add (self->selected, card);
  else
    g_hash_table_remove (self->selected, card);
  pw_card_widget_set_selected (w, selected);
  if (selected)
    g_clear_object (&self->selected_link);
}

gboolean
pw_canvas_is_selected (PwCanvas *self,
                       PwCard   *card)
{
  return g_hash_table_contains (self->selected, card);
}

/* The card with the keyboard focus, else the last one that had it. */
PwCard *
pw_canvas_get_focus_card (PwCanvas *self)
{
  GtkWidget *child = gtk_widget_get_focus_child (GTK_WIDGET (self));

  if (child != NULL && PW_IS_CARD_WIDGET (child))
    return pw_card_widget_get_card (PW_CARD_WIDGET (child));
  if (self->cursor != NULL && pw_canvas_get_card_widget (self, self->cursor) != NULL)
    return self->cursor;
  return NULL;
}

/* Moves the keyboard focus to @card and selects it: alone, or added to the
 * selection when @extend. While linking, only the focus moves (it picks the
 * target). */
void
pw_canvas_focus_card (PwCanvas *self,
                      PwCard   *card,
                      gboolean  extend)
{
  PwCardWidget *w = pw_canvas_get_card_widget (self, card);

  if (w == NULL)
    return;
  self->cursor = card;
  if (self->link_source != NULL)
    self->link_hover = card;
  else
    {
      if (!extend)
        pw_canvas_selection_clear (self);
      pw_canvas_selection_set (self, card, TRUE);
    }
  gtk_widget_grab_focus (GTK_WIDGET (w));
  pw_canvas_scroll_to_card (self, card);
  pw_canvas_selection_changed (self);
}

/* ---- Arrow keys ------------------------------------------------------------- */

static int
lane_index (PwCanvas *self,
            PwCard   *card)
{
  GPtrArray *lane = self->lanes[pw_card_get_kind (card)];

  for (guint i = 0; i < lane->len; i++)
    if (pw_card_widget_get_card (g_ptr_array_index (lane, i)) == card)
      return i;
  return -1;
}

static PwCard *
first_card (PwCanvas *self)
{
  for (guint k = 0; k < PW_N_CARD_KINDS; k++)
    if (self->lanes[k]->len > 0)
      return pw_card_widget_get_card (g_ptr_array_index (self->lanes[k], 0));
  return NULL;
}

/* In the next non-empty lane in direction @step, the card nearest in height. */
static PwCard *
card_across (PwCanvas *self,
             PwCard   *from,
             int       step)
{
  PwCardWidget *w = pw_canvas_get_card_widget (self, from);
  graphene_rect_t b;
  double cy;

  pw_card_widget_get_bounds (w, &b);
  cy = b.origin.y + b.size.height / 2;
  for (int k = (int) pw_card_get_kind (from) + step; k >= 0 && k < PW_N_CARD_KINDS; k += step)
    {
      PwCard *best = NULL;
      double best_d = G_MAXDOUBLE;

      for (guint i = 0; i < self->lanes[k]->len; i++)
        {
          PwCardWidget *o = g_ptr_array_index (self->lanes[k], i);
          graphene_rect_t ob;
          double d;

          pw_card_widget_get_bounds (o, &ob);
          d = fabs (ob.origin.y + ob.size.height / 2 - cy);
          if (d < best_d)
            {
              best_d = d;
              best = pw_card_widget_get_card (o);
            }
        }
      if (best != NULL)
        return best;
    }
  return NULL;
}

/* Arrow keys: up/down within the lane, left/right across lanes. Returns
 * FALSE when there is nowhere to go. */
gboolean
pw_canvas_navigate (PwCanvas         *self,
                    GtkDirectionType  dir,
                    gboolean          extend)
{
  PwCard *from, *to = NULL;
  GPtrArray *lane;
  int i;

  pw_canvas_ensure_layout (self);
  from = pw_canvas_get_focus_card (self);
  if (from == NULL)
    to = first_card (self);
  else
    {
      lane = self->lanes[pw_card_get_kind (from)];
      i = lane_index (self, from);
      if (dir == GTK_DIR_UP && i > 0)
        to = pw_card_widget_get_card (g_ptr_array_index (lane, i - 1));
      else if (dir == GTK_DIR_DOWN && i >= 0 && i + 1 < (int) lane->len)
        to = pw_card_widget_get_card (g_ptr_array_index (lane, i + 1));
      else if (dir == GTK_DIR_LEFT || dir == GTK_DIR_RIGHT)
        to = card_across (self, from, dir == GTK_DIR_LEFT ? -1 : 1);
    }
  if (to == NULL)
    return FALSE;
  pw_canvas_focus_card (self, to, extend);
  return TRUE;
}

/* ---- Tab: lane by lane, the add button then the cards ------------------- */

static GPtrArray *
focus_sequence (PwCanvas *self)
{
  GPtrArray *seq = g_ptr_array_new ();

  pw_canvas_ensure_layout (self);
  for (guint k = 0; k < PW_N_CARD_KINDS; k++)
    {
      /* While linking, Tab chooses among cards only. */
      if (self->link_source == NULL)
        g_ptr_array_add (seq, pw_lane_get_add_button (PW_LANE (self->lane_headers[k])));
      for (guint i = 0; i < self->lanes[k]->len; i++)
        g_ptr_array_add (seq, g_ptr_array_index (self->lanes[k], i));
    }
  return seq;
}

static int
focus_position (PwCanvas  *self,
                GPtrArray *seq)
{
  GtkWidget *child = gtk_widget_get_focus_child (GTK_WIDGET (self));

  if (child == NULL)
    return -1;
  if (PW_IS_LANE (child))
    child = pw_lane_get_add_button (PW_LANE (child));
  for (guint i = 0; i < seq->len; i++)
    if (g_ptr_array_index (seq, i) == child)
      return i;
  return -1;
}

gboolean
pw_canvas_focus (GtkWidget        *widget,
                 GtkDirectionType  dir)
{
  PwCanvas *self = PW_CANVAS (widget);
  g_autoptr(GPtrArray) seq = NULL;
  GtkWidget *next;
  int pos;

  if (dir != GTK_DIR_TAB_FORWARD && dir != GTK_DIR_TAB_BACKWARD)
    return FALSE;
  seq = focus_sequence (self);
  pos = focus_position (self, seq);
  if (pos < 0 && gtk_widget_get_focus_child (widget) == NULL && !gtk_widget_has_focus (widget))
    pos = dir == GTK_DIR_TAB_FORWARD ? -1 : (int) seq->len;
  else if (pos < 0 && gtk_widget_has_focus (widget))
    pos = -1; /* from the canvas itself, Tab enters the lanes */
  pos += dir == GTK_DIR_TAB_FORWARD ? 1 : -1;
  if (pos < 0 || pos >= (int) seq->len)
    return FALSE;

  next = g_ptr_array_index (seq, pos);
  if (PW_IS_CARD_WIDGET (next))
    pw_canvas_focus_card (self, pw_card_widget_get_card (PW_CARD_WIDGET (next)), FALSE);
  else
    gtk_widget_grab_focus (next);
  return TRUE;
}

/* ---- Public selection API ------------------------------------------------- */

/**
 * pw_canvas_get_selected_cards:
 *
 * Returns: (transfer container): the selected cards in plan order
 */
GPtrArray *
pw_canvas_get_selected_cards (PwCanvas *self)
{
  GPtrArray *out;

  g_return_val_if_fail (PW_IS_CANVAS (self), NULL);
  out = g_ptr_array_new ();
  for (guint i = 0; i < self->cards->len; i++)
    if (g_hash_table_contains (self->selected, g_ptr_array_index (self->cards, i)))
      g_ptr_array_add (out, g_ptr_array_index (self->cards, i));
  return out;
}

PwCard *
pw_canvas_get_selected_card (PwCanvas *self)
{
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (PW_IS_CANVAS (self), NULL);
  if (g_hash_table_size (self->selected) != 1)
    return NULL;
  g_hash_table_iter_init (&iter, self->selected);
  g_hash_table_iter_next (&iter, &key, NULL);
  return key;
}

PwLink *
pw_canvas_get_selected_link (PwCanvas *self)
{
  g_return_val_if_fail (PW_IS_CANVAS (self), NULL);
  return self->selected_link;
}

void
pw_canvas_select_card (PwCanvas *self,
                       PwCard   *card,
                       gboolean  scroll_to)
{
  g_return_if_fail (PW_IS_CANVAS (self));

  if (card == NULL || pw_canvas_get_card_widget (self, card) == NULL)
    {
      pw_canvas_selection_clear (self);
      pw_canvas_selection_changed (self);
      return;
    }
  pw_canvas_focus_card (self, card, FALSE);
  if (!scroll_to && self->scroll_target == card)
    self->scroll_target = NULL;
}

void
pw_canvas_select_link (PwCanvas *self,
                       PwLink   *link)
{
  g_return_if_fail (PW_IS_CANVAS (self));

  pw_canvas_selection_clear (self);
  if (link != NULL)
    self->selected_link = g_object_ref (link);
  pw_canvas_selection_changed (self);
}
