/* pw-canvas-layout.c — tidy-lane layout, scrolling, allocation and drawing of the canvas
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-canvas"

#include "config.h"

#include <math.h>

#include "pw-canvas-private.h"
#include "pw-lane.h"
#include "pw-widget-util.h"

/* Rendering follows TECH-NOTES "Large canvas": there is no drawing area the
 * size of the plan. Cards are widgets, allocated with a translate + scale
 * transform so text stays crisp at every zoom; cards far outside the view are
 * not child-visible (not drawn); links are drawn with cairo into one
 * viewport-sized node (pw-canvas-links.c). */

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

/* The card whose link handle is at a content point. The handle is drawn
 * half outside its card, so picking widgets would miss its outer half. */
static PwCard *
handle_at (PwCanvas *self,
           double    cx,
           double    cy)
{
  const double reach = 17; /* handle radius and some slop, canvas units */

  for (guint k = 0; k < PW_CARD_KIND_GOAL; k++)
    {
      double right = pw_canvas_lane_x (k) + (PW_LANE_WIDTH + PW_CARD_WIDTH) / 2;

      if (fabs (cx - right) > reach)
        continue;
      for (guint i = 0; i < self->lanes[k]->len; i++)
        {
          PwCardWidget *w = g_ptr_array_index (self->lanes[k], i);
          graphene_rect_t b;

          pw_card_widget_get_bounds (w, &b);
          if (w != self->drag_card && fabs (cy - (b.origin.y + b.size.height / 2)) <= reach)
            return pw_card_widget_get_card (w);
        }
    }
  return NULL;
}

/* The card under a widget point, and whether the point is on its link handle. */
PwCard *
pw_canvas_card_at (PwCanvas *self,
                   double    wx,
                   double    wy,
                   gboolean *on_handle)
{
  GtkWidget *hit;
  GtkWidget *card;
  PwCard *handle_card;
  double cx, cy;

  if (on_handle)
    *on_handle = FALSE;
  pw_canvas_to_content (self, wx, wy, &cx, &cy);
  if (on_handle && (handle_card = handle_at (self, cx, cy)) != NULL)
    {
      *on_handle = TRUE;
      return handle_card;
    }
  hit = gtk_widget_pick (GTK_WIDGET (self), wx, wy, GTK_PICK_DEFAULT);
  if (hit == NULL || hit == GTK_WIDGET (self))
    return NULL;
  card = gtk_widget_get_ancestor (hit, PW_TYPE_CARD_WIDGET);
  if (card == NULL || card == GTK_WIDGET (self->drag_card))
    return NULL;
  return pw_card_widget_get_card (PW_CARD_WIDGET (card));
}

/* TRUE if a widget point is on a card's link handle (for the tooltip). */
gboolean
pw_canvas_on_handle (PwCanvas *self,
                     double    wx,
                     double    wy)
{
  double cx, cy;

  pw_canvas_to_content (self, wx, wy, &cx, &cy);
  return handle_at (self, cx, cy) != NULL;
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

double
pw_canvas_fit_zoom (PwCanvas *self,
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

void
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
      self->zoom = pw_canvas_fit_zoom (self, width, height);
      gtk_adjustment_set_value (self->hadjustment, 0);
      gtk_adjustment_set_value (self->vadjustment, 0);
      g_object_notify (G_OBJECT (self), "zoom");
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

void
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

      if (!gtk_style_context_lookup_color (ctx, pw_kind_color_name (k), &color))
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

void
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
  pw_canvas_snapshot_pending_link (self, snapshot);
  for (guint k = 0; k < PW_N_CARD_KINDS; k++)
    gtk_widget_snapshot_child (widget, self->lane_headers[k], snapshot);
  if (self->drag_card != NULL)
    gtk_widget_snapshot_child (widget, GTK_WIDGET (self->drag_card), snapshot);
  snapshot_rubber_band (self, snapshot);
  gtk_widget_snapshot_child (widget, self->toast, snapshot);
}

