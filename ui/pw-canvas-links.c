/* pw-canvas-links.c — links as smooth arrows: drawing, hit testing, assumption marks
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-canvas"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "pw-canvas-private.h"

/* A cubic Bézier in widget coordinates. */
typedef struct {
  graphene_point_t p0, c1, c2, p3;
} Curve;

#define MARK_RADIUS 9.0
#define HIT_DISTANCE 7.0
#define CURVE_STEPS 24

static gboolean
card_rect (PwCanvas        *self,
           PwCard          *card,
           graphene_rect_t *out)
{
  PwCardWidget *w = pw_canvas_get_card_widget (self, card);
  double x, y;

  if (w == NULL)
    return FALSE;
  pw_card_widget_get_bounds (w, out);
  if (w == self->drag_card)
    {
      x = self->drag_x - self->drag_grab_dx * self->zoom;
      y = self->drag_y - self->drag_grab_dy * self->zoom;
    }
  else
    pw_canvas_to_widget (self, out->origin.x, out->origin.y, &x, &y);
  graphene_rect_init (out, x, y, out->size.width * self->zoom, out->size.height * self->zoom);
  return TRUE;
}

/* From the right edge of the source to the left edge of the target; within one
 * lane (outcome → outcome) it bows out to the right and enters from the right. */
static void
curve_between (PwCanvas              *self,
               const graphene_rect_t *s,
               const graphene_rect_t *t,
               gboolean               same_lane,
               Curve                 *c)
{
  double bow;

  c->p0 = GRAPHENE_POINT_INIT (s->origin.x + s->size.width, s->origin.y + s->size.height / 2);
  if (same_lane)
    {
      c->p3 = GRAPHENE_POINT_INIT (t->origin.x + t->size.width, t->origin.y + t->size.height / 2);
      bow = 40 * self->zoom + fabs (c->p3.y - c->p0.y) * 0.15;
      c->c1 = GRAPHENE_POINT_INIT (c->p0.x + bow, c->p0.y);
      c->c2 = GRAPHENE_POINT_INIT (c->p3.x + bow, c->p3.y);
      return;
    }
  c->p3 = GRAPHENE_POINT_INIT (t->origin.x, t->origin.y + t->size.height / 2);
  bow = MAX (fabs (c->p3.x - c->p0.x) * 0.45, 30 * self->zoom);
  c->c1 = GRAPHENE_POINT_INIT (c->p0.x + bow, c->p0.y);
  c->c2 = GRAPHENE_POINT_INIT (c->p3.x - bow, c->p3.y);
}

static gboolean
link_curve (PwCanvas *self,
            PwLink   *link,
            Curve    *c)
{
  graphene_rect_t s, t;
  PwCard *src = pw_link_get_source (link), *dst = pw_link_get_target (link);

  if (!card_rect (self, src, &s) || !card_rect (self, dst, &t))
    return FALSE;
  curve_between (self, &s, &t, pw_card_get_kind (src) == pw_card_get_kind (dst), c);
  return TRUE;
}

static graphene_point_t
curve_at (const Curve *c,
          double       t)
{
  double u = 1 - t;
  double a = u * u * u, b = 3 * u * u * t, d = 3 * u * t * t, e = t * t * t;

  return GRAPHENE_POINT_INIT (a * c->p0.x + b * c->c1.x + d * c->c2.x + e * c->p3.x,
                              a * c->p0.y + b * c->c1.y + d * c->c2.y + e * c->p3.y);
}

/* ---- Drawing ------------------------------------------------------------- */

static void
draw_curve (cairo_t     *cr,
            const Curve *c,
            double       width,
            double       head)
{
  double dx = c->p3.x - c->c2.x, dy = c->p3.y - c->c2.y;
  double len = hypot (dx, dy);
  double ux = len > 0 ? dx / len : 1, uy = len > 0 ? dy / len : 0;
  graphene_point_t base = GRAPHENE_POINT_INIT (c->p3.x - ux * head, c->p3.y - uy * head);

  /* Stop the line under the arrowhead so its tip stays sharp. */
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, c->p0.x, c->p0.y);
  cairo_curve_to (cr, c->c1.x, c->c1.y, c->c2.x, c->c2.y, base.x, base.y);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_move_to (cr, c->p3.x, c->p3.y);
  cairo_line_to (cr, base.x - uy * head * 0.55, base.y + ux * head * 0.55);
  cairo_line_to (cr, base.x + uy * head * 0.55, base.y - ux * head * 0.55);
  cairo_close_path (cr);
  cairo_fill (cr);
}

static void
draw_mark (cairo_t               *cr,
           const graphene_point_t *p,
           double                 r,
           const GdkRGBA         *line,
           const GdkRGBA         *bg)
{
  cairo_arc (cr, p->x, p->y, r, 0, 2 * G_PI);
  gdk_cairo_set_source_rgba (cr, bg);
  cairo_fill_preserve (cr);
  gdk_cairo_set_source_rgba (cr, line);
  cairo_set_line_width (cr, MAX (1.5, r / 5));
  cairo_stroke (cr);
  /* Three dots: "there is a note here". */
  for (int i = -1; i <= 1; i++)
    {
      cairo_arc (cr, p->x + i * r * 0.42, p->y, r * 0.14, 0, 2 * G_PI);
      cairo_fill (cr);
    }
}

typedef struct {
  GdkRGBA fg, accent, bg;
} Palette;

static void
get_palette (PwCanvas *self,
             Palette  *pal)
{
  GtkStyleContext *ctx = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (ctx, &pal->fg);
  if (!gtk_style_context_lookup_color (ctx, "theme_selected_bg_color", &pal->accent))
    pal->accent = (GdkRGBA) { 0.21, 0.52, 0.89, 1 };
  if (!gtk_style_context_lookup_color (ctx, "theme_base_color", &pal->bg))
    pal->bg = (GdkRGBA) { 1, 1, 1, 1 };
  /* On a dark background the selection blue is too dark for thin lines:
   * lighten it towards the text colour. */
  if (0.2126 * pal->bg.red + 0.7152 * pal->bg.green + 0.0722 * pal->bg.blue < 0.5)
    {
      pal->accent.red = pal->accent.red * 0.6 + pal->fg.red * 0.4;
      pal->accent.green = pal->accent.green * 0.6 + pal->fg.green * 0.4;
      pal->accent.blue = pal->accent.blue * 0.6 + pal->fg.blue * 0.4;
    }
}

/* Everything that decides how a link looks; with its curve, the key of the
 * cached render node. Zero-filled before use, so it compares with memcmp(). */
typedef struct {
  Curve   curve;
  GdkRGBA color;
  GdkRGBA bg;
  double  width;
  double  head;
  double  dash;     /* 0: solid */
  double  mark;     /* radius of the assumption mark, 0: none */
} LinkLook;

typedef struct {
  LinkLook       look;
  GskRenderNode *node;
  PwLink        *link;
  guint          generation;
} LinkNode;

static void
link_node_free (gpointer data)
{
  LinkNode *ln = data;

  gsk_render_node_unref (ln->node);
  g_object_unref (ln->link);
  g_free (ln);
}

static void
link_look (PwCanvas      *self,
           PwLink        *link,
           const Curve   *c,
           const Palette *pal,
           LinkLook      *look)
{
  double z = self->zoom;
  gboolean selected = link == self->selected_link;
  gboolean near = pw_canvas_is_selected (self, pw_link_get_source (link)) ||
                  pw_canvas_is_selected (self, pw_link_get_target (link));

  memset (look, 0, sizeof *look);
  look->curve = *c;
  look->color = selected || near ? pal->accent : pal->fg;
  if (!selected && !near)
    look->color.alpha *= 0.55;
  look->bg = pal->bg;
  look->width = MAX (1.5, (selected ? 4.5 : near ? 3.5 : 2.5) * z);
  look->head = MAX (8, 14 * z);
  /* A link that skips a stage is dashed: the checks warn about it. */
  look->dash = pw_link_skips_stage (link) ? z : 0;
  look->mark = *pw_link_get_assumption (link) != '\0' ? MAX (6, MARK_RADIUS * z) : 0;
}

static void
draw_link (cairo_t        *cr,
           const LinkLook *look)
{
  double dash[] = { 8 * look->dash, 6 * look->dash };

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  gdk_cairo_set_source_rgba (cr, &look->color);
  if (look->dash > 0)
    cairo_set_dash (cr, dash, 2, 0);
  draw_curve (cr, &look->curve, look->width, look->head);
  if (look->mark > 0)
    {
      graphene_point_t m = curve_at (&look->curve, 0.5);
      draw_mark (cr, &m, look->mark, &look->color, &look->bg);
    }
}

static void
draw_pending_link (PwCanvas      *self,
                   cairo_t       *cr,
                   const Palette *pal)
{
  graphene_rect_t s, t;
  Curve c;
  double dash[] = { 6, 5 };
  PwCardWidget *hover = pw_canvas_get_card_widget (self, self->link_hover);
  gboolean refused = hover != NULL &&
                     pw_card_widget_get_link_state (hover) != PW_CARD_LINK_STATE_ALLOWED;

  if (self->link_source == NULL || !card_rect (self, self->link_source, &s))
    return;
  if (hover != NULL && self->link_hover != self->link_source)
    {
      card_rect (self, self->link_hover, &t);
      curve_between (self, &s, &t,
                     pw_card_get_kind (self->link_source) == pw_card_get_kind (self->link_hover), &c);
    }
  else if (!self->keyboard_link && self->drag_mode == PW_DRAG_LINK)
    {
      graphene_rect_init (&t, self->drag_x, self->drag_y, 0, 0);
      curve_between (self, &s, &t, FALSE, &c);
    }
  else
    return;
  gdk_cairo_set_source_rgba (cr, &pal->accent);
  if (refused)
    cairo_set_dash (cr, dash, 2, 0);
  draw_curve (cr, &c, MAX (2, 3.5 * self->zoom), MAX (9, 15 * self->zoom));
}

/* The area a link covers: its control polygon (which contains the curve),
 * widened for the line, arrowhead and mark, clipped to the view. */
static gboolean
curve_area (const Curve     *c,
            double           margin,
            int              width,
            int              height,
            graphene_rect_t *out)
{
  double x0 = MIN (MIN (c->p0.x, c->c1.x), MIN (c->c2.x, c->p3.x)) - margin;
  double x1 = MAX (MAX (c->p0.x, c->c1.x), MAX (c->c2.x, c->p3.x)) + margin;
  double y0 = MIN (MIN (c->p0.y, c->c1.y), MIN (c->c2.y, c->p3.y)) - margin;
  double y1 = MAX (MAX (c->p0.y, c->c1.y), MAX (c->c2.y, c->p3.y)) + margin;

  x0 = floor (MAX (x0, 0));
  y0 = floor (MAX (y0, 0));
  x1 = ceil (MIN (x1, width));
  y1 = ceil (MIN (y1, height));
  if (x1 <= x0 || y1 <= y0)
    return FALSE;
  graphene_rect_init (out, x0, y0, x1 - x0, y1 - y0);
  return TRUE;
}

/* A render node for one link, reused while the link looks the same. Each
 * visible link gets its own small cairo node rather than one the size of the
 * view (the cairo renderer rasterises a cairo node's whole area), and an
 * unchanged link keeps its node, so GTK's render-node diff leaves it out of
 * the redrawn area: dragging a card repaints only the links that move. */
static GskRenderNode *
link_node (PwCanvas       *self,
           PwLink         *link,
           const LinkLook *look,
           const graphene_rect_t *area)
{
  LinkNode *ln = g_hash_table_lookup (self->link_nodes, link);
  GtkSnapshot *snapshot;
  graphene_rect_t bounds;
  cairo_t *cr;


  if (ln != NULL)
    gsk_render_node_get_bounds (ln->node, &bounds);
  if (ln != NULL && memcmp (&ln->look, look, sizeof *look) == 0 && graphene_rect_equal (&bounds, area))
    {
      ln->generation = self->link_generation;
      return ln->node;
    }
  snapshot = gtk_snapshot_new ();
  cr = gtk_snapshot_append_cairo (snapshot, area);
  draw_link (cr, look);
  cairo_destroy (cr);
  ln = g_new0 (LinkNode, 1);
  ln->look = *look;
  ln->node = gtk_snapshot_free_to_node (snapshot);
  ln->link = g_object_ref (link);
  ln->generation = self->link_generation;
  g_hash_table_replace (self->link_nodes, link, ln);
  return ln->node;
}

static gboolean
link_node_stale (gpointer key,
                 gpointer value,
                 gpointer data)
{
  return ((LinkNode *) value)->generation != GPOINTER_TO_UINT (data);
}

void
pw_canvas_snapshot_links (PwCanvas    *self,
                          GtkSnapshot *snapshot)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double margin = MAX (12, 20 * self->zoom);
  GListModel *links;
  graphene_rect_t area;
  Palette pal;

  if (self->plan == NULL || width <= 0 || height <= 0)
    return;
  if (self->link_nodes == NULL)
    self->link_nodes = g_hash_table_new_full (NULL, NULL, NULL, link_node_free);
  self->link_generation++;
  links = pw_plan_get_links (self->plan);
  get_palette (self, &pal);
  for (guint i = 0, n = g_list_model_get_n_items (links); i < n; i++)
    {
      g_autoptr(PwLink) link = g_list_model_get_item (links, i);
      LinkLook look;
      Curve c;

      if (!link_curve (self, link, &c) || !curve_area (&c, margin, width, height, &area))
        continue;
      link_look (self, link, &c, &pal, &look);
      gtk_snapshot_append_node (snapshot, link_node (self, link, &look, &area));
    }
  g_hash_table_foreach_remove (self->link_nodes, link_node_stale, GUINT_TO_POINTER (self->link_generation));
}

/* The arrow being drawn (mouse or keyboard linking), above the cards. */
void
pw_canvas_snapshot_pending_link (PwCanvas    *self,
                                 GtkSnapshot *snapshot)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  Palette pal;
  cairo_t *cr;

  if (self->link_source == NULL || width <= 0 || height <= 0)
    return;
  get_palette (self, &pal);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  draw_pending_link (self, cr, &pal);
  cairo_destroy (cr);
}

/* Drops the cached link nodes (the plan changed, or the widget is going). */
void
pw_canvas_clear_link_nodes (PwCanvas *self)
{
  g_clear_pointer (&self->link_nodes, g_hash_table_unref);
}

/* ---- Hit testing ------------------------------------------------------------ */

static double
distance_to_segment (double px, double py,
                     const graphene_point_t *a,
                     const graphene_point_t *b)
{
  double dx = b->x - a->x, dy = b->y - a->y;
  double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((px - a->x) * dx + (py - a->y) * dy) / len2 : 0;

  t = CLAMP (t, 0, 1);
  return hypot (px - (a->x + t * dx), py - (a->y + t * dy));
}

static gboolean
curve_hit (const Curve *c,
           double       x,
           double       y)
{
  graphene_point_t prev = c->p0;

  for (int i = 1; i <= CURVE_STEPS; i++)
    {
      graphene_point_t p = curve_at (c, (double) i / CURVE_STEPS);
      if (distance_to_segment (x, y, &prev, &p) <= HIT_DISTANCE)
        return TRUE;
      prev = p;
    }
  return FALSE;
}

/* The link under a widget point (the assumption mark counts first). */
PwLink *
pw_canvas_link_at (PwCanvas *self,
                   double    wx,
                   double    wy,
                   gboolean *on_mark)
{
  GListModel *links;
  PwLink *found = NULL;
  double r = MAX (6, MARK_RADIUS * self->zoom) + 3;

  *on_mark = FALSE;
  if (self->plan == NULL)
    return NULL;
  links = pw_plan_get_links (self->plan);
  for (guint i = 0, n = g_list_model_get_n_items (links); i < n; i++)
    {
      g_autoptr(PwLink) link = g_list_model_get_item (links, i);
      Curve c;

      if (!link_curve (self, link, &c))
        continue;
      if (*pw_link_get_assumption (link) != '\0')
        {
          graphene_point_t m = curve_at (&c, 0.5);
          if (hypot (wx - m.x, wy - m.y) <= r)
            {
              *on_mark = TRUE;
              return link;
            }
        }
      if (found == NULL && curve_hit (&c, wx, wy))
        found = link;
    }
  return found;
}

gboolean
pw_canvas_link_mark_rect (PwCanvas     *self,
                          PwLink       *link,
                          GdkRectangle *rect)
{
  double r = MAX (6, MARK_RADIUS * self->zoom);
  graphene_point_t m;
  Curve c;

  if (!link_curve (self, link, &c))
    return FALSE;
  m = curve_at (&c, 0.5);
  *rect = (GdkRectangle) { (int) (m.x - r), (int) (m.y - r), (int) (2 * r), (int) (2 * r) };
  return TRUE;
}

/* ---- Tooltips and the assumption popover -------------------------------- */

static char *
describe_link (PwLink *link)
{
  g_autofree char *from = pw_card_dup_display_title (pw_link_get_source (link));
  g_autofree char *to = pw_card_dup_display_title (pw_link_get_target (link));
  const char *assumption = pw_link_get_assumption (link);

  if (*assumption == '\0')
    return g_strdup_printf (_("%s → %s"), from, to);
  /* Translators: a link from one card to another, then its assumption. */
  return g_strdup_printf (_("%s → %s\nAssumption: %s"), from, to, assumption);
}

gboolean
pw_canvas_query_tooltip (GtkWidget  *widget,
                         int         x,
                         int         y,
                         gboolean    keyboard,
                         GtkTooltip *tooltip,
                         gpointer    data)
{
  PwCanvas *self = PW_CANVAS (widget);
  g_autofree char *text = NULL;
  gboolean on_mark;
  PwLink *link;
  GdkRectangle area;

  if (keyboard || self->drag_mode != PW_DRAG_NONE)
    return FALSE;
  if (pw_canvas_on_handle (self, x, y))
    {
      gtk_tooltip_set_text (tooltip, _("Drag to another card to link them"));
      return TRUE;
    }
  if (pw_canvas_card_at (self, x, y, NULL) != NULL)
    return FALSE;
  link = pw_canvas_link_at (self, x, y, &on_mark);
  if (link == NULL)
    return FALSE;
  text = describe_link (link);
  gtk_tooltip_set_text (tooltip, text);
  if (on_mark && pw_canvas_link_mark_rect (self, link, &area))
    gtk_tooltip_set_tip_area (tooltip, &area);
  return TRUE;
}

/* Shows the assumption (and evidence) of @link in a popover at its mark. */
void
pw_canvas_show_assumption (PwCanvas *self,
                           PwLink   *link)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autofree char *head = describe_link (link);
  GdkRectangle rect;

  if (self->popover == NULL)
    {
      self->popover = gtk_popover_new ();
      self->popover_label = gtk_label_new (NULL);
      gtk_label_set_wrap (GTK_LABEL (self->popover_label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (self->popover_label), 48);
      gtk_label_set_selectable (GTK_LABEL (self->popover_label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (self->popover_label), 0);
      gtk_widget_add_css_class (self->popover_label, "pw-assumption");
      gtk_popover_set_child (GTK_POPOVER (self->popover), self->popover_label);
      gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
    }
  g_string_append (s, head);
  if (*pw_link_get_evidence (link) != '\0')
    {
      g_string_append_c (s, '\n');
      g_string_append_printf (s, _("Evidence: %s"), pw_link_get_evidence (link));
    }
  gtk_label_set_text (GTK_LABEL (self->popover_label), s->str);
  if (pw_canvas_link_mark_rect (self, link, &rect))
    gtk_popover_set_pointing_to (GTK_POPOVER (self->popover), &rect);
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

/* While linking, mark each card as the source, an allowed or a refused target. */
void
pw_canvas_update_link_targets (PwCanvas *self)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->widgets);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      PwCardLinkState state = PW_CARD_LINK_STATE_NONE;

      if (self->link_source == key)
        state = PW_CARD_LINK_STATE_SOURCE;
      else if (self->link_source != NULL)
        state = pw_plan_can_link (self->plan, self->link_source, key, NULL)
                ? PW_CARD_LINK_STATE_ALLOWED : PW_CARD_LINK_STATE_REFUSED;
      pw_card_widget_set_link_state (value, state);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
