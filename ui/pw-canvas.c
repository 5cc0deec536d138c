/* pw-canvas.c — the workshop canvas: plan observation, tidy-lane layout, scrolling, zoom, drawing
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-canvas"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pw-canvas-private.h"
#include "pw-lane.h"

/* Rendering follows TECH-NOTES "Large canvas": there is no drawing area the
 * size of the plan. Cards are widgets, allocated with a translate + scale
 * transform so text stays crisp at every zoom; cards far outside the view are
 * not child-visible (not drawn); links are drawn with cairo into one
 * viewport-sized node (pw-canvas-links.c). */

enum {
  PROP_0,
  PROP_PLAN,
  PROP_ZOOM,
  N_PROPS,
  /* GtkScrollable */
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

enum { SIGNAL_SELECTION_CHANGED, N_SIGNALS };

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE_WITH_CODE (PwCanvas, pw_canvas, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

static const char *kind_colors[PW_N_CARD_KINDS] = {
  "pw_barrier_color", "pw_activity_color", "pw_output_color", "pw_outcome_color", "pw_goal_color",
};

/* ---- Coordinates ------------------------------------------------------- */

double
pw_canvas_lane_x (PwCardKind kind)
{
  return PW_CANVAS_MARGIN + kind * PW_LANE_WIDTH;
}

void
pw_canvas_to_content (PwCanvas *self,
                      double    wx,
                      double    wy,
                      double   *cx,
                      double   *cy)
{
  *cx = (wx + gtk_adjustment_get_value (self->hadjustment)) / self->zoom;
  *cy = (wy + gtk_adjustment_get_value (self->vadjustment)) / self->zoom;
}

void
pw_canvas_to_widget (PwCanvas *self,
                     double    cx,
                     double    cy,
                     double   *wx,
                     double   *wy)
{
  *wx = cx * self->zoom - gtk_adjustment_get_value (self->hadjustment);
  *wy = cy * self->zoom - gtk_adjustment_get_value (self->vadjustment);
}

int
pw_canvas_lane_at (PwCanvas *self,
                   double    cx)
{
  int lane = (int) floor ((cx - PW_CANVAS_MARGIN) / PW_LANE_WIDTH);

  return CLAMP (lane, 0, PW_N_CARD_KINDS - 1);
}

/* The lane order a card dropped at @cy would get, not counting @ignore. */
int
pw_canvas_order_at (PwCanvas   *self,
                    PwCardKind  kind,
                    double      cy,
                    PwCard     *ignore)
{
  GPtrArray *lane;
  int order = 0;

  pw_canvas_ensure_layout (self);
  lane = self->lanes[kind];
  for (guint i = 0; i < lane->len; i++)
    {
      PwCardWidget *w = g_ptr_array_index (lane, i);
      graphene_rect_t b;

      if (pw_card_widget_get_card (w) == ignore)
        continue;
      pw_card_widget_get_bounds (w, &b);
      if (cy < b.origin.y + b.size.height / 2)
        break;
      order++;
    }
  return order;
}

PwCardWidget *
pw_canvas_get_card_widget (PwCanvas *self,
                           PwCard   *card)
{
  return card ? g_hash_table_lookup (self->widgets, card) : NULL;
}

/* The card under a widget point, and whether the point is on its link handle. */
PwCard *
pw_canvas_card_at (PwCanvas *self,
                   double    wx,
                   double    wy,
                   gboolean *on_handle)
{
  GtkWidget *hit = gtk_widget_pick (GTK_WIDGET (self), wx, wy, GTK_PICK_DEFAULT);
  GtkWidget *card;
  graphene_point_t p;

  if (on_handle)
    *on_handle = FALSE;
  if (hit == NULL || hit == GTK_WIDGET (self))
    return NULL;
  card = gtk_widget_get_ancestor (hit, PW_TYPE_CARD_WIDGET);
  if (card == NULL || card == GTK_WIDGET (self->drag_card))
    return NULL;
  if (on_handle &&
      gtk_widget_compute_point (GTK_WIDGET (self), card, &GRAPHENE_POINT_INIT (wx, wy), &p))
    *on_handle = pw_card_widget_handle_contains (PW_CARD_WIDGET (card), p.x, p.y);
  return pw_card_widget_get_card (PW_CARD_WIDGET (card));
}

/* ---- Layout ------------------------------------------------------------- */

void
pw_canvas_queue_layout (PwCanvas *self)
{
  self->layout_dirty = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static int
compare_lane_order (gconstpointer a,
                    gconstpointer b)
{
  PwCard *ca = pw_card_widget_get_card (*(PwCardWidget **) a);
  PwCard *cb = pw_card_widget_get_card (*(PwCardWidget **) b);

  return pw_card_get_lane_order (ca) - pw_card_get_lane_order (cb);
}

static void
rebuild_lanes (PwCanvas *self)
{
  GHashTableIter iter;
  gpointer value;

  for (guint k = 0; k < PW_N_CARD_KINDS; k++)
    g_ptr_array_set_size (self->lanes[k], 0);
  g_hash_table_iter_init (&iter, self->widgets);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      PwCard *card = pw_card_widget_get_card (value);
      g_ptr_array_add (self->lanes[pw_card_get_kind (card)], value);
    }
  for (guint k = 0; k < PW_N_CARD_KINDS; k++)
    {
      g_ptr_array_sort (self->lanes[k], compare_lane_order);
      pw_lane_set_count (PW_LANE (self->lane_headers[k]), self->lanes[k]->len);
    }
  self->layout_dirty = FALSE;
}

/* Stacks the cards of each lane in lane order. Card heights come from
 * gtk_widget_measure(), which GTK caches until a card's content changes. */
void
pw_canvas_ensure_layout (PwCanvas *self)
{
  double bottom = 0;

  if (self->layout_dirty)
    rebuild_lanes (self);
  for (guint k = 0; k < PW_N_CARD_KINDS; k++)
    {
      double x = pw_canvas_lane_x (k) + (PW_LANE_WIDTH - PW_CARD_WIDTH) / 2;
      double y = PW_LANE_HEADER_HEIGHT + 12;

      for (guint i = 0; i < self->lanes[k]->len; i++)
        {
          PwCardWidget *w = g_ptr_array_index (self->lanes[k], i);
          int min, nat;

          gtk_widget_measure (GTK_WIDGET (w), GTK_ORIENTATION_VERTICAL, PW_CARD_WIDTH,
                              &min, &nat, NULL, NULL);
          pw_card_widget_set_bounds (w, x, y, PW_CARD_WIDTH, nat);
          y += nat + PW_CARD_GAP;
        }
      bottom = MAX (bottom, y);
    }
  self->content_width = 2 * PW_CANVAS_MARGIN + PW_N_CARD_KINDS * PW_LANE_WIDTH;
  self->content_height = bottom + PW_CANVAS_BOTTOM;
}

static void
configure_adjustment (PwCanvas      *self,
                      GtkAdjustment *adj,
                      double         upper,
                      double         page,
                      double         value)
{
  upper = MAX (upper, page);
  value = CLAMP (value, 0, upper - page);
  g_signal_handlers_block_matched (adj, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_adjustment_configure (adj, value, 0, upper, page * 0.1, page * 0.9, page);
  g_signal_handlers_unblock_matched (adj, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
}

static double
fit_zoom (PwCanvas *self,
          int       width,
          int       height)
{
  double used_h = self->content_height - PW_CANVAS_BOTTOM + 24;
  double z = MIN ((width - 16) / self->content_width, (height - 16) / used_h);

  return CLAMP (z, PW_CANVAS_ZOOM_MIN, 2.0);
}

/* Scroll values for this allocation: zoom anchor, pending fit, or a card to show. */
static void
update_scroll (PwCanvas *self,
               int       width,
               int       height,
               double   *h,
               double   *v)
{
  *h = gtk_adjustment_get_value (self->hadjustment);
  *v = gtk_adjustment_get_value (self->vadjustment);
  if (self->zoom_anchor_pending)
    {
      *h = self->zoom_anchor_cx * self->zoom - self->zoom_anchor_wx;
      *v = self->zoom_anchor_cy * self->zoom - self->zoom_anchor_wy;
      self->zoom_anchor_pending = FALSE;
    }
  if (self->scroll_target != NULL)
    {
      PwCardWidget *w = pw_canvas_get_card_widget (self, self->scroll_target);
      graphene_rect_t b;

      if (w != NULL)
        {
          double margin = 24 * self->zoom;
          pw_card_widget_get_bounds (w, &b);
          double x0 = b.origin.x * self->zoom, x1 = (b.origin.x + b.size.width) * self->zoom;
          double y0 = b.origin.y * self->zoom - PW_LANE_HEADER_HEIGHT * self->zoom;
          double y1 = (b.origin.y + b.size.height) * self->zoom;

          if (x0 - margin < *h || x1 - *h > width)
            *h = x1 - *h > width ? MIN (x0 - margin, x1 + margin - width) : x0 - margin;
          if (y0 < *v || y1 + margin - *v > height)
            *v = y1 + margin - *v > height ? MIN (y0, y1 + margin - height) : y0;
        }
      self->scroll_target = NULL;
    }
}

static gboolean
keep_visible (PwCanvas     *self,
              PwCardWidget *w)
{
  /* Never hide the focused, selected, dragged or edited card: hiding a widget
   * takes the keyboard focus away from it. */
  return GTK_WIDGET (w) == gtk_widget_get_focus_child (GTK_WIDGET (self)) ||
         w == self->drag_card || pw_card_widget_is_editing (w) ||
         g_hash_table_contains (self->selected, pw_card_widget_get_card (w));
}

static void
allocate_card (PwCanvas     *self,
               PwCardWidget *w,
               int           width,
               int           height)
{
  graphene_rect_t b;
  double wx, wy, z = self->zoom;
  GskTransform *t;

  pw_card_widget_get_bounds (w, &b);
  if (w == self->drag_card)
    {
      wx = self->drag_x - self->drag_grab_dx * z;
      wy = self->drag_y - self->drag_grab_dy * z;
    }
  else
    pw_canvas_to_widget (self, b.origin.x, b.origin.y, &wx, &wy);

  if (!keep_visible (self, w) &&
      (wx > width + PW_CANVAS_CULL_MARGIN || wy > height + PW_CANVAS_CULL_MARGIN ||
       wx + b.size.width * z < -PW_CANVAS_CULL_MARGIN ||
       wy + b.size.height * z < -PW_CANVAS_CULL_MARGIN))
    {
      gtk_widget_set_child_visible (GTK_WIDGET (w), FALSE);
      return;
    }
  gtk_widget_set_child_visible (GTK_WIDGET (w), TRUE);
  t = gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (wx, wy));
  t = gsk_transform_scale (t, z, z);
  gtk_widget_allocate (GTK_WIDGET (w), (int) b.size.width, (int) b.size.height, -1, t);
}

static void
allocate_overlays (PwCanvas *self,
                   int       width,
                   int       height)
{
  int min, nat, tw, th;

  for (guint k = 0; k < PW_N_CARD_KINDS; k++)
    {
      /* Lane headers stick to the top of the view. */
      double wx = (pw_canvas_lane_x (k) + 6) * self->zoom - gtk_adjustment_get_value (self->hadjustment);
      GskTransform *t = gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (wx, 0));

      t = gsk_transform_scale (t, self->zoom, self->zoom);
      gtk_widget_allocate (self->lane_headers[k], PW_LANE_WIDTH - 12, PW_LANE_HEADER_HEIGHT, -1, t);
    }

  gtk_widget_measure (self->toast, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  tw = MIN (MAX (nat, min), MAX (width - 32, min));
  gtk_widget_measure (self->toast, GTK_ORIENTATION_VERTICAL, tw, &min, &th, NULL, NULL);
  gtk_widget_size_allocate (self->toast,
                            &(GtkAllocation) { (width - tw) / 2, height - th - 16, tw, th }, -1);
  if (self->popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->popover));
}

static void
pw_canvas_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  PwCanvas *self = PW_CANVAS (widget);
  double h, v;

  pw_canvas_ensure_layout (self);
  if (self->fit_pending && width > 1 && height > 1)
    {
      self->fit_pending = FALSE;
      self->zoom = fit_zoom (self, width, height);
      gtk_adjustment_set_value (self->hadjustment, 0);
      gtk_adjustment_set_value (self->vadjustment, 0);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
    }
  update_scroll (self, width, height, &h, &v);
  configure_adjustment (self, self->hadjustment, self->content_width * self->zoom, width, h);
  configure_adjustment (self, self->vadjustment, self->content_height * self->zoom, height, v);

  for (guint k = 0; k < PW_N_CARD_KINDS; k++)
    for (guint i = 0; i < self->lanes[k]->len; i++)
      allocate_card (self, g_ptr_array_index (self->lanes[k], i), width, height);
  allocate_overlays (self, width, height);
  pw_canvas_update_actions (self);
}

static void
pw_canvas_measure (GtkWidget      *widget,
                   GtkOrientation  orientation,
                   int             for_size,
                   int            *minimum,
                   int            *natural,
                   int            *minimum_baseline,
                   int            *natural_baseline)
{
  PwCanvas *self = PW_CANVAS (widget);

  /* Scrollable: small minimum, the whole plan as natural size. */
  pw_canvas_ensure_layout (self);
  *minimum = 200;
  *natural = MAX (*minimum, (int) ((orientation == GTK_ORIENTATION_HORIZONTAL ? self->content_width
                                                                                : self->content_height) * self->zoom));
}

/* ---- Drawing ------------------------------------------------------------ */

static void
snapshot_lanes (PwCanvas    *self,
                GtkSnapshot *snapshot,
                int          width,
                int          height)
{
  GtkStyleContext *ctx = gtk_widget_get_style_context (GTK_WIDGET (self));

  for (guint k = 0; k < PW_N_CARD_KINDS; k++)
    {
      GdkRGBA color;
      double x0, y0;

      if (!gtk_style_context_lookup_color (ctx, kind_colors[k], &color))
        continue;
      color.alpha = 0.07;
      pw_canvas_to_widget (self, pw_canvas_lane_x (k) + 4, 0, &x0, &y0);
      gtk_snapshot_append_color (snapshot, &color,
                                 &GRAPHENE_RECT_INIT (x0, 0, (PW_LANE_WIDTH - 8) * self->zoom, height));
    }
}

static void
snapshot_drop_marker (PwCanvas    *self,
                      GtkSnapshot *snapshot)
{
  GtkStyleContext *ctx = gtk_widget_get_style_context (GTK_WIDGET (self));
  GPtrArray *lane;
  GdkRGBA accent = { 0.2, 0.5, 0.9, 1 };
  double y = PW_LANE_HEADER_HEIGHT + 12 - PW_CARD_GAP / 2, wx, wy;
  int n = 0;

  if (self->drag_mode != PW_DRAG_MOVE_CARD || self->drop_kind < 0)
    return;
  gtk_style_context_lookup_color (ctx, "theme_selected_bg_color", &accent);
  lane = self->lanes[self->drop_kind];
  for (guint i = 0; i < lane->len; i++)
    {
      PwCardWidget *w = g_ptr_array_index (lane, i);
      graphene_rect_t b;

      if (w == self->drag_card)
        continue;
      pw_card_widget_get_bounds (w, &b);
      if (n++ == self->drop_order)
        break;
      y = b.origin.y + b.size.height + PW_CARD_GAP / 2;
    }
  pw_canvas_to_widget (self, pw_canvas_lane_x (self->drop_kind) + 12, y, &wx, &wy);
  gtk_snapshot_append_color (snapshot, &accent,
                             &GRAPHENE_RECT_INIT (wx, wy - 3, (PW_LANE_WIDTH - 24) * self->zoom, 6));
}

static void
snapshot_rubber_band (PwCanvas    *self,
                      GtkSnapshot *snapshot)
{
  GtkStyleContext *ctx = gtk_widget_get_style_context (GTK_WIDGET (self));
  GdkRGBA accent = { 0.2, 0.5, 0.9, 1 }, fill;
  graphene_rect_t r;
  GskRoundedRect rr;

  if (self->drag_mode != PW_DRAG_RUBBER_BAND)
    return;
  gtk_style_context_lookup_color (ctx, "theme_selected_bg_color", &accent);
  fill = accent;
  fill.alpha = 0.15;
  graphene_rect_init (&r, MIN (self->drag_start_x, self->drag_x), MIN (self->drag_start_y, self->drag_y),
                      fabs (self->drag_x - self->drag_start_x), fabs (self->drag_y - self->drag_start_y));
  gtk_snapshot_append_color (snapshot, &fill, &r);
  gsk_rounded_rect_init_from_rect (&rr, &r, 0);
  gtk_snapshot_append_border (snapshot, &rr, (float[4]) { 2, 2, 2, 2 },
                              (GdkRGBA[4]) { accent, accent, accent, accent });
}

static void
pw_canvas_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  PwCanvas *self = PW_CANVAS (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  snapshot_lanes (self, snapshot, width, height);
  pw_canvas_snapshot_links (self, snapshot);
  snapshot_drop_marker (self, snapshot);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    if (PW_IS_CARD_WIDGET (c) && c != GTK_WIDGET (self->drag_card))
      gtk_widget_snapshot_child (widget, c, snapshot);
  for (guint k = 0; k < PW_N_CARD_KINDS; k++)
    gtk_widget_snapshot_child (widget, self->lane_headers[k], snapshot);
  if (self->drag_card != NULL)
    gtk_widget_snapshot_child (widget, GTK_WIDGET (self->drag_card), snapshot);
  snapshot_rubber_band (self, snapshot);
  gtk_widget_snapshot_child (widget, self->toast, snapshot);
}

/* ---- Observing the plan ----------------------------------------------- */

static void card_edit_done (PwCardWidget *w, gboolean commit, const char *text, PwCanvas *self);

static void
add_card_widget (PwCanvas *self,
                 PwCard   *card)
{
  GtkWidget *w = pw_card_widget_new (card);

  g_signal_connect (w, "edit-done", G_CALLBACK (card_edit_done), self);
  /* Cards go before the lane headers, which must stay on top for picking. */
  gtk_widget_insert_before (w, GTK_WIDGET (self), self->lane_headers[0]);
  g_hash_table_insert (self->widgets, card, w);
}

static gboolean
remove_card_widget (PwCanvas *self,
                    PwCard   *card)
{
  PwCardWidget *w = pw_canvas_get_card_widget (self, card);
  gboolean was_selected = g_hash_table_remove (self->selected, card);

  if (self->link_source == card)
    pw_canvas_link_mode_end (self);
  if (self->link_hover == card)
    self->link_hover = NULL;
  if (self->scroll_target == card)
    self->scroll_target = NULL;
  if (self->cursor == card)
    self->cursor = NULL;
  if (self->pending_card == card)
    {
      self->pending_card = NULL;
      self->pending_mode = PW_DRAG_NONE;
    }
  if (w != NULL && w == self->drag_card)
    {
      self->drag_card = NULL;
      self->drag_mode = PW_DRAG_NONE;
    }
  if (w != NULL)
    {
      g_signal_handlers_disconnect_by_data (w, self);
      g_hash_table_remove (self->widgets, card);
      gtk_widget_unparent (GTK_WIDGET (w));
    }
  return was_selected;
}

static void
cards_changed (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               PwCanvas   *self)
{
  gboolean selection_changed = FALSE;

  for (guint i = 0; i < removed; i++)
    selection_changed |= remove_card_widget (self, g_ptr_array_index (self->cards, position + i));
  g_ptr_array_remove_range (self->cards, position, removed);
  for (guint i = 0; i < added; i++)
    {
      PwCard *card = g_list_model_get_item (model, position + i);

      add_card_widget (self, card);
      g_ptr_array_insert (self->cards, position + i, card); /* takes the ref */
    }
  pw_canvas_queue_layout (self);
  if (selection_changed)
    pw_canvas_selection_changed (self);
}

static void
links_changed (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               PwCanvas   *self)
{
  if (self->selected_link != NULL &&
      pw_plan_lookup_link (self->plan, pw_link_get_id (self->selected_link)) != self->selected_link)
    {
      g_clear_object (&self->selected_link);
      pw_canvas_selection_changed (self);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
plan_changed (PwPlan   *plan,
              PwCanvas *self)
{
  /* Lanes and orders may have changed (moves, undo); links may have new text. */
  pw_canvas_queue_layout (self);
  pw_canvas_update_link_descriptions (self);
  if (self->link_source != NULL)
    pw_canvas_update_link_targets (self);
}

static void
card_edit_done (PwCardWidget *w,
                gboolean      commit,
                const char   *text,
                PwCanvas     *self)
{
  PwCard *card = pw_card_widget_get_card (w);

  if (commit && self->plan != NULL && g_strcmp0 (text, pw_card_get_title (card)) != 0)
    pw_plan_set_card_text (self->plan, card, PW_CARD_FIELD_TITLE, text);
  if (self->plan != NULL)
    pw_plan_seal_undo (self->plan);
  pw_canvas_update_actions (self);
}

static void
clear_plan (PwCanvas *self)
{
  if (self->plan == NULL)
    return;
  pw_canvas_link_mode_end (self);
  g_clear_signal_handler (&self->cards_changed_id, pw_plan_get_cards (self->plan));
  g_clear_signal_handler (&self->links_changed_id, pw_plan_get_links (self->plan));
  g_clear_signal_handler (&self->plan_changed_id, self->plan);
  for (guint i = 0; i < self->cards->len; i++)
    remove_card_widget (self, g_ptr_array_index (self->cards, i));
  g_ptr_array_set_size (self->cards, 0);
  g_hash_table_remove_all (self->selected);
  g_clear_object (&self->selected_link);
  self->drag_mode = PW_DRAG_NONE;
  pw_canvas_clear_link_nodes (self);
  g_clear_object (&self->plan);
}

/* ---- Public API ----------------------------------------------------------- */

/**
 * pw_canvas_new:
 *
 * Returns: (transfer floating): a new, empty canvas; show a plan with
 *   pw_canvas_set_plan().
 */
GtkWidget *
pw_canvas_new (void)
{
  return g_object_new (PW_TYPE_CANVAS, NULL);
}

void
pw_canvas_set_plan (PwCanvas *self,
                    PwPlan   *plan)
{
  GListModel *cards;

  g_return_if_fail (PW_IS_CANVAS (self));
  g_return_if_fail (plan == NULL || PW_IS_PLAN (plan));

  if (self->plan == plan)
    return;
  clear_plan (self);
  if (plan != NULL)
    {
      self->plan = g_object_ref (plan);
      cards = pw_plan_get_cards (plan);
      self->cards_changed_id = g_signal_connect (cards, "items-changed", G_CALLBACK (cards_changed), self);
      self->links_changed_id = g_signal_connect (pw_plan_get_links (plan), "items-changed",
                                                 G_CALLBACK (links_changed), self);
      self->plan_changed_id = g_signal_connect (plan, "changed", G_CALLBACK (plan_changed), self);
      cards_changed (cards, 0, 0, g_list_model_get_n_items (cards), self);
      pw_canvas_update_badges (self);
      pw_canvas_update_link_descriptions (self);
    }
  gtk_adjustment_set_value (self->hadjustment, 0);
  gtk_adjustment_set_value (self->vadjustment, 0);
  pw_canvas_queue_layout (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  pw_canvas_selection_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

PwPlan *
pw_canvas_get_plan (PwCanvas *self)
{
  g_return_val_if_fail (PW_IS_CANVAS (self), NULL);
  return self->plan;
}

void
pw_canvas_scroll_to_card (PwCanvas *self,
                          PwCard   *card)
{
  self->scroll_target = card;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

double
pw_canvas_get_zoom (PwCanvas *self)
{
  g_return_val_if_fail (PW_IS_CANVAS (self), 1.0);
  return self->zoom;
}

/* Zooms keeping the content under widget point (@wx, @wy) in place. */
void
pw_canvas_set_zoom_at (PwCanvas *self,
                       double    zoom,
                       double    wx,
                       double    wy)
{
  zoom = CLAMP (zoom, PW_CANVAS_ZOOM_MIN, PW_CANVAS_ZOOM_MAX);
  self->fit_pending = FALSE;
  if (fabs (zoom - self->zoom) < 1e-6)
    return;
  pw_canvas_to_content (self, wx, wy, &self->zoom_anchor_cx, &self->zoom_anchor_cy);
  self->zoom_anchor_wx = wx;
  self->zoom_anchor_wy = wy;
  self->zoom_anchor_pending = TRUE;
  self->zoom = zoom;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

void
pw_canvas_set_zoom (PwCanvas *self,
                    double    zoom)
{
  g_return_if_fail (PW_IS_CANVAS (self));
  pw_canvas_set_zoom_at (self, zoom, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                         gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

void
pw_canvas_zoom_in (PwCanvas *self)
{
  pw_canvas_set_zoom (self, self->zoom * 1.25);
}

void
pw_canvas_zoom_out (PwCanvas *self)
{
  pw_canvas_set_zoom (self, self->zoom / 1.25);
}

void
pw_canvas_zoom_reset (PwCanvas *self)
{
  pw_canvas_set_zoom (self, 1.0);
}

void
pw_canvas_zoom_fit (PwCanvas *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  g_return_if_fail (PW_IS_CANVAS (self));
  if (width <= 1 || height <= 1)
    {
      /* Not allocated yet: fit at the first allocation. */
      self->fit_pending = TRUE;
      gtk_widget_queue_allocate (GTK_WIDGET (self));
      return;
    }
  pw_canvas_ensure_layout (self);
  pw_canvas_set_zoom_at (self, fit_zoom (self, width, height), 0, 0);
  self->zoom_anchor_cx = self->zoom_anchor_cy = 0;
  self->zoom_anchor_wx = self->zoom_anchor_wy = 0;
  self->zoom_anchor_pending = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

GActionGroup *
pw_canvas_get_action_group (PwCanvas *self)
{
  g_return_val_if_fail (PW_IS_CANVAS (self), NULL);
  return G_ACTION_GROUP (self->action_group);
}

/* ---- Messages -------------------------------------------------------------- */

static gboolean
toast_timeout (gpointer data)
{
  PwCanvas *self = data;

  self->toast_timeout_id = 0;
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->toast), FALSE);
  return G_SOURCE_REMOVE;
}

static void
toast_close_clicked (GtkButton *button,
                     PwCanvas  *self)
{
  g_clear_handle_id (&self->toast_timeout_id, g_source_remove);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->toast), FALSE);
}

/* Shows a short message (a refused move or link) at the bottom of the view. */
void
pw_canvas_show_message (PwCanvas   *self,
                        const char *message)
{
  gtk_label_set_text (GTK_LABEL (self->toast_label), message);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->toast), TRUE);
  g_clear_handle_id (&self->toast_timeout_id, g_source_remove);
  self->toast_timeout_id = g_timeout_add_seconds (8, toast_timeout, self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* The message shown, or NULL. */
const char *
pw_canvas_get_message (PwCanvas *self)
{
  if (!gtk_revealer_get_reveal_child (GTK_REVEALER (self->toast)))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (self->toast_label));
}

static GtkWidget *
build_toast (PwCanvas *self)
{
  GtkWidget *revealer = gtk_revealer_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *close = gtk_button_new_from_icon_name ("window-close-symbolic");

  gtk_revealer_set_transition_type (GTK_REVEALER (revealer), GTK_REVEALER_TRANSITION_TYPE_CROSSFADE);
  gtk_widget_add_css_class (box, "pw-canvas-toast");
  self->toast_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->toast_label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->toast_label), 60);
  gtk_label_set_xalign (GTK_LABEL (self->toast_label), 0);
  gtk_widget_set_hexpand (self->toast_label, TRUE);
  gtk_box_append (GTK_BOX (box), self->toast_label);
  gtk_widget_add_css_class (close, "flat");
  gtk_widget_add_css_class (close, "circular");
  gtk_widget_set_valign (close, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (close, _("Close the message"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (close), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Close the message"), -1);
  g_signal_connect (close, "clicked", G_CALLBACK (toast_close_clicked), self);
  gtk_box_append (GTK_BOX (box), close);
  gtk_revealer_set_child (GTK_REVEALER (revealer), box);
  return revealer;
}

/* ---- GObject, GtkScrollable ------------------------------------------- */

static void
adjustment_value_changed (GtkAdjustment *adj,
                          PwCanvas      *self)
{
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (PwCanvas       *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adj)
{
  if (adj != NULL && *slot == adj)
    return;
  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_data (*slot, self);
      g_clear_object (slot);
    }
  if (adj == NULL)
    adj = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  *slot = g_object_ref_sink (adj);
  g_signal_connect (adj, "value-changed", G_CALLBACK (adjustment_value_changed), self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
pw_canvas_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PwCanvas *self = PW_CANVAS (object);

  switch (prop_id)
    {
    case PROP_PLAN: g_value_set_object (value, self->plan); break;
    case PROP_ZOOM: g_value_set_double (value, self->zoom); break;
    case PROP_HADJUSTMENT: g_value_set_object (value, self->hadjustment); break;
    case PROP_VADJUSTMENT: g_value_set_object (value, self->vadjustment); break;
    case PROP_HSCROLL_POLICY: g_value_set_enum (value, self->hscroll_policy); break;
    case PROP_VSCROLL_POLICY: g_value_set_enum (value, self->vscroll_policy); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_canvas_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PwCanvas *self = PW_CANVAS (object);

  switch (prop_id)
    {
    case PROP_PLAN: pw_canvas_set_plan (self, g_value_get_object (value)); break;
    case PROP_ZOOM: pw_canvas_set_zoom (self, g_value_get_double (value)); break;
    case PROP_HADJUSTMENT: set_adjustment (self, &self->hadjustment, g_value_get_object (value)); break;
    case PROP_VADJUSTMENT: set_adjustment (self, &self->vadjustment, g_value_get_object (value)); break;
    case PROP_HSCROLL_POLICY: self->hscroll_policy = g_value_get_enum (value); break;
    case PROP_VSCROLL_POLICY: self->vscroll_policy = g_value_get_enum (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_canvas_dispose (GObject *object)
{
  PwCanvas *self = PW_CANVAS (object);

  clear_plan (self);
  pw_canvas_set_checks (self, NULL);
  g_clear_handle_id (&self->toast_timeout_id, g_source_remove);
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_pointer (&self->toast, gtk_widget_unparent);
  for (guint k = 0; k < PW_N_CARD_KINDS; k++)
    g_clear_pointer (&self->lane_headers[k], gtk_widget_unparent);
  if (self->hadjustment)
    g_signal_handlers_disconnect_by_data (self->hadjustment, self);
  if (self->vadjustment)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  g_clear_object (&self->action_group);

  G_OBJECT_CLASS (pw_canvas_parent_class)->dispose (object);
}

static void
pw_canvas_finalize (GObject *object)
{
  PwCanvas *self = PW_CANVAS (object);

  g_clear_pointer (&self->widgets, g_hash_table_unref);
  g_clear_pointer (&self->selected, g_hash_table_unref);
  g_clear_pointer (&self->cards, g_ptr_array_unref);
  for (guint k = 0; k < PW_N_CARD_KINDS; k++)
    g_clear_pointer (&self->lanes[k], g_ptr_array_unref);
  G_OBJECT_CLASS (pw_canvas_parent_class)->finalize (object);
}

static void
pw_canvas_class_init (PwCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = pw_canvas_get_property;
  object_class->set_property = pw_canvas_set_property;
  object_class->dispose = pw_canvas_dispose;
  object_class->finalize = pw_canvas_finalize;
  widget_class->measure = pw_canvas_measure;
  widget_class->size_allocate = pw_canvas_size_allocate;
  widget_class->snapshot = pw_canvas_snapshot;
  widget_class->focus = pw_canvas_focus;

  /**
   * PwCanvas:plan: (nullable)
   *
   * The plan shown and edited.
   */
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, PW_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * PwCanvas:zoom:
   *
   * The scale of the canvas: 1 shows cards at their natural size.
   */
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, PW_CANVAS_ZOOM_MIN, PW_CANVAS_ZOOM_MAX, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  /**
   * PwCanvas::selection-changed:
   *
   * The selected cards, the focused card or the selected link changed.
   */
  signals[SIGNAL_SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  pw_canvas_class_install_actions (widget_class);
  gtk_widget_class_set_css_name (widget_class, "pwcanvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pw_canvas_init (PwCanvas *self)
{
  self->zoom = 1.0;
  self->drop_kind = -1;
  self->widgets = g_hash_table_new (NULL, NULL);
  self->selected = g_hash_table_new (NULL, NULL);
  self->cards = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint k = 0; k < PW_N_CARD_KINDS; k++)
    self->lanes[k] = g_ptr_array_new ();
  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);

  for (guint k = 0; k < PW_N_CARD_KINDS; k++)
    {
      self->lane_headers[k] = pw_lane_new (k);
      gtk_widget_set_parent (self->lane_headers[k], GTK_WIDGET (self));
    }
  self->toast = build_toast (self);
  gtk_widget_set_parent (self->toast, GTK_WIDGET (self));

  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (pw_canvas_query_tooltip), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Theory of change canvas"), -1);

  pw_canvas_install_input (self);
  pw_canvas_init_actions (self);
  self->layout_dirty = TRUE;
}

/* Emitted for every selection or focus change. */
void
pw_canvas_selection_changed (PwCanvas *self)
{
  pw_canvas_update_actions (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SIGNAL_SELECTION_CHANGED], 0);
}
