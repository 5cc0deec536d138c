/* pw-canvas-actions.c — the canvas.* actions, their keys, and the commands they run
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-canvas"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pw-canvas-private.h"

typedef struct {
  const char *name;
  const char *param;
} ActionInfo;

static const ActionInfo action_infos[] = {
  { "add-card", "s" }, { "delete", NULL }, { "edit-title", NULL }, { "link", NULL },
  { "copy", NULL }, { "cut", NULL }, { "paste", NULL }, { "select-all", NULL },
  { "zoom-in", NULL }, { "zoom-out", NULL }, { "zoom-reset", NULL }, { "zoom-fit", NULL },
  { "move-up", NULL }, { "move-down", NULL }, { "move-left", NULL }, { "move-right", NULL },
};

/* The card the keyboard commands act on: the focused card if it is selected,
 * else the only selected card. */
static PwCard *
action_card (PwCanvas *self)
{
  PwCard *card = pw_canvas_get_focus_card (self);

  if (card != NULL && pw_canvas_is_selected (self, card))
    return card;
  return pw_canvas_get_selected_card (self);
}

/* ---- Commands -------------------------------------------------------------- */

PwCard *
pw_canvas_add_card (PwCanvas   *self,
                    PwCardKind  kind,
                    int         lane_order,
                    gboolean    edit)
{
  PwCard *card;

  if (self->plan == NULL)
    return NULL;
  pw_canvas_link_mode_end (self);
  card = pw_plan_add_card (self->plan, kind, NULL, lane_order,
                           pw_canvas_lane_x (kind) + (PW_LANE_WIDTH - PW_CARD_WIDTH) / 2, 0);
  pw_plan_seal_undo (self->plan);
  pw_canvas_focus_card (self, card, FALSE);
  if (edit)
    pw_card_widget_begin_edit (pw_canvas_get_card_widget (self, card));
  return card;
}

/* After deleting, the focus goes to the next card in the lane, or the one before. */
static PwCard *
neighbour_after_delete (PwCanvas *self,
                        PwCard   *focus)
{
  GPtrArray *lane;
  int idx = -1;

  if (focus == NULL)
    return NULL;
  lane = self->lanes[pw_card_get_kind (focus)];
  for (guint i = 0; i < lane->len; i++)
    if (pw_card_widget_get_card (g_ptr_array_index (lane, i)) == focus)
      idx = i;
  for (int d = 1; idx >= 0 && d < (int) lane->len; d++)
    for (int s = 1; s >= -1; s -= 2)
      {
        int j = idx + s * d;
        PwCard *c;

        if (j < 0 || j >= (int) lane->len)
          continue;
        c = pw_card_widget_get_card (g_ptr_array_index (lane, j));
        if (!pw_canvas_is_selected (self, c))
          return c;
      }
  return NULL;
}

void
pw_canvas_delete_selection (PwCanvas *self)
{
  g_autoptr(GPtrArray) cards = pw_canvas_get_selected_cards (self);
  PwCard *next;

  if (self->plan == NULL)
    return;
  if (cards->len == 0 && self->selected_link != NULL)
    {
      pw_plan_unlink (self->plan, self->selected_link);
      pw_plan_seal_undo (self->plan);
      return;
    }
  if (cards->len == 0)
    return;
  pw_canvas_ensure_layout (self);
  next = neighbour_after_delete (self, action_card (self) ? action_card (self)
                                                          : g_ptr_array_index (cards, 0));
  pw_plan_begin_group (self->plan, cards->len > 1 ? _("Delete cards") : _("Delete card"));
  for (guint i = 0; i < cards->len; i++)
    pw_plan_remove_card (self->plan, g_ptr_array_index (cards, i));
  pw_plan_end_group (self->plan);
  if (next != NULL)
    pw_canvas_focus_card (self, next, FALSE);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

/* Moves @card to @kind at @lane_order; a refusal is shown as a message. */
gboolean
pw_canvas_move_card (PwCanvas   *self,
                     PwCard     *card,
                     PwCardKind  kind,
                     int         lane_order)
{
  g_autoptr(GError) error = NULL;
  PwCardWidget *w = pw_canvas_get_card_widget (self, card);
  graphene_rect_t b;

  if (self->plan == NULL || w == NULL)
    return FALSE;
  if (kind == pw_card_get_kind (card) && lane_order == pw_card_get_lane_order (card))
    return TRUE;
  pw_card_widget_get_bounds (w, &b);
  if (!pw_plan_move_card (self->plan, card, kind, lane_order,
                          pw_canvas_lane_x (kind) + (PW_LANE_WIDTH - PW_CARD_WIDTH) / 2,
                          b.origin.y, &error))
    {
      pw_canvas_show_message (self, error->message);
      return FALSE;
    }
  return TRUE;
}

static void
move_focused (PwCanvas *self,
              int       dkind,
              int       dorder)
{
  PwCard *card = action_card (self);
  PwCardWidget *w = pw_canvas_get_card_widget (self, card);
  graphene_rect_t b;
  int kind, order;

  if (card == NULL)
    return;
  pw_canvas_ensure_layout (self);
  kind = (int) pw_card_get_kind (card) + dkind;
  if (kind < 0 || kind >= PW_N_CARD_KINDS)
    return;
  if (dkind != 0)
    {
      pw_card_widget_get_bounds (w, &b);
      order = pw_canvas_order_at (self, kind, b.origin.y + b.size.height / 2, card);
    }
  else
    {
      order = pw_card_get_lane_order (card) + dorder;
      if (order < 0 || order >= (int) self->lanes[kind]->len)
        return;
    }
  if (pw_canvas_move_card (self, card, kind, order))
    pw_plan_seal_undo (self->plan);
  pw_canvas_focus_card (self, card, FALSE);
}

/* Keyboard linking: start from the focused card, offer the nearest allowed target. */
static void
start_keyboard_link (PwCanvas *self)
{
  PwCard *source = action_card (self);
  PwCard *best = NULL;
  double best_score = G_MAXDOUBLE;
  graphene_rect_t sb;
  GHashTableIter iter;
  gpointer key, value;

  if (source == NULL)
    return;
  pw_canvas_ensure_layout (self);
  pw_canvas_link_mode_begin (self, source, TRUE);
  pw_card_widget_get_bounds (pw_canvas_get_card_widget (self, source), &sb);
  g_hash_table_iter_init (&iter, self->widgets);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      graphene_rect_t b;
      double score;
      int dk = (int) pw_card_get_kind (key) - (int) pw_card_get_kind (source);

      if (pw_card_widget_get_link_state (value) != PW_CARD_LINK_STATE_ALLOWED)
        continue;
      pw_card_widget_get_bounds (value, &b);
      /* Prefer the next lane, then the nearest in height. */
      score = (dk > 0 ? dk - 1 : 3) * 1e6 + fabs (b.origin.y - sb.origin.y);
      if (score < best_score)
        {
          best_score = score;
          best = key;
        }
    }
  if (best == NULL)
    {
      pw_canvas_link_mode_end (self);
      pw_canvas_show_message (self, _("No card can be linked from this one."));
      return;
    }
  pw_canvas_focus_card (self, best, FALSE);
}

/* ---- Action callbacks ------------------------------------------------------ */

static void
action_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  PwCanvas *self = PW_CANVAS (widget);
  const char *name = action_name + strlen ("canvas.");
  PwCard *card = action_card (self);
  PwCardKind kind;

  if (g_str_equal (name, "add-card"))
    {
      if (!pw_card_kind_from_string (g_variant_get_string (param, NULL), &kind))
        return;
      pw_canvas_add_card (self, kind,
                          card && pw_card_get_kind (card) == kind ? pw_card_get_lane_order (card) + 1 : -1,
                          TRUE);
    }
  else if (g_str_equal (name, "delete"))
    pw_canvas_delete_selection (self);
  else if (g_str_equal (name, "edit-title") && card != NULL)
    {
      pw_canvas_focus_card (self, card, FALSE);
      pw_card_widget_begin_edit (pw_canvas_get_card_widget (self, card));
    }
  else if (g_str_equal (name, "link"))
    start_keyboard_link (self);
  else if (g_str_equal (name, "copy"))
    pw_canvas_copy (self);
  else if (g_str_equal (name, "cut"))
    {
      pw_canvas_copy (self);
      pw_canvas_delete_selection (self);
    }
  else if (g_str_equal (name, "paste"))
    pw_canvas_paste (self);
  else if (g_str_equal (name, "select-all"))
    {
      for (guint i = 0; i < self->cards->len; i++)
        pw_canvas_selection_set (self, g_ptr_array_index (self->cards, i), TRUE);
      pw_canvas_selection_changed (self);
    }
  else if (g_str_equal (name, "zoom-in"))
    pw_canvas_zoom_in (self);
  else if (g_str_equal (name, "zoom-out"))
    pw_canvas_zoom_out (self);
  else if (g_str_equal (name, "zoom-reset"))
    pw_canvas_zoom_reset (self);
  else if (g_str_equal (name, "zoom-fit"))
    pw_canvas_zoom_fit (self);
  else if (g_str_equal (name, "move-up"))
    move_focused (self, 0, -1);
  else if (g_str_equal (name, "move-down"))
    move_focused (self, 0, 1);
  else if (g_str_equal (name, "move-left"))
    move_focused (self, -1, 0);
  else if (g_str_equal (name, "move-right"))
    move_focused (self, 1, 0);
  pw_canvas_update_actions (self);
}

/* ---- Keys that are not actions ----------------------------------------- */

static gboolean
key_navigate (GtkWidget *widget,
              GVariant  *args,
              gpointer   data)
{
  int dir;
  gboolean extend;

  g_variant_get (args, "(ib)", &dir, &extend);
  pw_canvas_navigate (PW_CANVAS (widget), dir, extend);
  return TRUE;
}

/* Enter: links to the focused card while linking, else edits its title. */
void
pw_canvas_activate_focus (PwCanvas *self)
{
  PwCard *focus = pw_canvas_get_focus_card (self);

  if (self->link_source != NULL)
    {
      if (focus != NULL && focus != self->link_source)
        pw_canvas_link_commit (self, focus);
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), "canvas.edit-title", NULL);
}

static gboolean
key_activate (GtkWidget *widget,
              GVariant  *args,
              gpointer   data)
{
  pw_canvas_activate_focus (PW_CANVAS (widget));
  return TRUE;
}

/* Escape: cancels a drag or linking, else narrows the selection to the focused card.
 * Returns FALSE when there was nothing to cancel. */
gboolean
pw_canvas_cancel (PwCanvas *self)
{
  PwCard *source = self->link_source;

  if (self->drag_mode != PW_DRAG_NONE)
    {
      pw_canvas_drag_cancel (self);
      return TRUE;
    }
  if (source != NULL)
    {
      pw_canvas_link_mode_end (self);
      pw_canvas_focus_card (self, source, FALSE);
      return TRUE;
    }
  if (g_hash_table_size (self->selected) > 1 || self->selected_link != NULL)
    {
      PwCard *focus = pw_canvas_get_focus_card (self);
      pw_canvas_selection_clear (self);
      if (focus != NULL)
        pw_canvas_selection_set (self, focus, TRUE);
      pw_canvas_selection_changed (self);
      return TRUE;
    }
  return FALSE;
}

static gboolean
key_escape (GtkWidget *widget,
            GVariant  *args,
            gpointer   data)
{
  return pw_canvas_cancel (PW_CANVAS (widget));
}

static void
add_arrow_bindings (GtkWidgetClass *widget_class,
                    guint           key,
                    guint           kp_key,
                    GtkDirectionType dir,
                    const char     *move_action)
{
  gtk_widget_class_add_binding (widget_class, key, 0, key_navigate, "(ib)", dir, FALSE);
  gtk_widget_class_add_binding (widget_class, kp_key, 0, key_navigate, "(ib)", dir, FALSE);
  gtk_widget_class_add_binding (widget_class, key, GDK_SHIFT_MASK, key_navigate, "(ib)", dir, TRUE);
  gtk_widget_class_add_binding_action (widget_class, key, GDK_ALT_MASK, move_action, NULL);
}

void
pw_canvas_class_install_actions (GtkWidgetClass *widget_class)
{
  static const guint kind_keys[PW_N_CARD_KINDS] = { GDK_KEY_b, GDK_KEY_a, GDK_KEY_o, GDK_KEY_u, GDK_KEY_g };
  static const guint num_keys[PW_N_CARD_KINDS] = { GDK_KEY_1, GDK_KEY_2, GDK_KEY_3, GDK_KEY_4, GDK_KEY_5 };
  GdkModifierType ctrl = GDK_CONTROL_MASK;

  for (guint i = 0; i < G_N_ELEMENTS (action_infos); i++)
    {
      g_autofree char *full = g_strconcat ("canvas.", action_infos[i].name, NULL);
      gtk_widget_class_install_action (widget_class, full, action_infos[i].param, action_activated);
    }
  for (guint k = 0; k < PW_N_CARD_KINDS; k++)
    {
      const char *kind = pw_card_kind_to_string (k);
      gtk_widget_class_add_binding_action (widget_class, kind_keys[k], 0, "canvas.add-card", "s", kind);
      gtk_widget_class_add_binding_action (widget_class, num_keys[k], ctrl, "canvas.add-card", "s", kind);
    }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "canvas.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "canvas.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "canvas.edit-title", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, 0, "canvas.link", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, ctrl, "canvas.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_x, ctrl, "canvas.cut", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, ctrl, "canvas.paste", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, ctrl, "canvas.select-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, ctrl, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, ctrl, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, ctrl, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, ctrl, "canvas.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, ctrl, "canvas.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, ctrl, "canvas.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, ctrl, "canvas.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_9, ctrl, "canvas.zoom-fit", NULL);
  add_arrow_bindings (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, GTK_DIR_UP, "canvas.move-up");
  add_arrow_bindings (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, GTK_DIR_DOWN, "canvas.move-down");
  add_arrow_bindings (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, GTK_DIR_LEFT, "canvas.move-left");
  add_arrow_bindings (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, GTK_DIR_RIGHT, "canvas.move-right");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, 0, key_activate, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, 0, key_activate, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_ISO_Enter, 0, key_activate, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, key_escape, NULL);
}

/* ---- Enabled states and the window's action group ---------------------- */

static void
proxy_activate (GSimpleAction *action,
                GVariant      *param,
                PwCanvas      *self)
{
  g_autofree char *full = g_strconcat ("canvas.", g_action_get_name (G_ACTION (action)), NULL);

  gtk_widget_activate_action_variant (GTK_WIDGET (self), full, param);
}

void
pw_canvas_init_actions (PwCanvas *self)
{
  self->action_group = g_simple_action_group_new ();
  for (guint i = 0; i < G_N_ELEMENTS (action_infos); i++)
    {
      const GVariantType *type = action_infos[i].param ? G_VARIANT_TYPE (action_infos[i].param) : NULL;
      g_autoptr(GSimpleAction) action = g_simple_action_new (action_infos[i].name, type);

      g_signal_connect_object (action, "activate", G_CALLBACK (proxy_activate), self, 0);
      g_action_map_add_action (G_ACTION_MAP (self->action_group), G_ACTION (action));
    }
  pw_canvas_update_actions (self);
}

static void
set_enabled (PwCanvas   *self,
             const char *name,
             gboolean    enabled)
{
  g_autofree char *full = g_strconcat ("canvas.", name, NULL);
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->action_group), name);

  if (action == NULL || g_action_get_enabled (action) == enabled)
    return;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), full, enabled);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

void
pw_canvas_update_actions (PwCanvas *self)
{
  gboolean has_plan = self->plan != NULL;
  gboolean any = g_hash_table_size (self->selected) > 0;
  gboolean one = has_plan && action_card (self) != NULL;

  if (self->action_group == NULL)
    return;
  set_enabled (self, "add-card", has_plan);
  set_enabled (self, "paste", has_plan);
  set_enabled (self, "delete", any || self->selected_link != NULL);
  set_enabled (self, "copy", any);
  set_enabled (self, "cut", any);
  set_enabled (self, "select-all", has_plan && self->cards->len > 0);
  set_enabled (self, "edit-title", one);
  set_enabled (self, "link", one);
  set_enabled (self, "move-up", one);
  set_enabled (self, "move-down", one);
  set_enabled (self, "move-left", one);
  set_enabled (self, "move-right", one);
  set_enabled (self, "zoom-in", self->zoom < PW_CANVAS_ZOOM_MAX - 1e-6);
  set_enabled (self, "zoom-out", self->zoom > PW_CANVAS_ZOOM_MIN + 1e-6);
}
