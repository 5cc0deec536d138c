/* pw-canvas-render-draw.c — drawing the laid-out theory of change onto any cairo context
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-canvas-render"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "pw-canvas-render-private.h"

/* The legend's texts, in self->legend. */
enum {
  LEGEND_MARK,        /* "A", also used on every link */
  LEGEND_ASSUMPTION,
  LEGEND_DOMAINS,
  LEGEND_CATEGORY,    /* PW_N_CATEGORIES of them */
  LEGEND_SOURCE = LEGEND_CATEGORY + PW_N_CATEGORIES,
  N_LEGEND
};

#define TEXT_DARK   0.12, 0.14, 0.16
#define TEXT_GREY   0.36, 0.38, 0.41
#define LINK_GREY   0.33, 0.35, 0.38

/* ---- Helpers ------------------------------------------------------------- */

static void
set_rgb (cairo_t      *cr,
         const double *rgb,
         double        alpha)
{
  cairo_set_source_rgba (cr, rgb[0], rgb[1], rgb[2], alpha);
}

/* @rgb mixed with black, for text on a light tint of the same colour. */
static void
set_dark (cairo_t      *cr,
          const double *rgb,
          double        amount)
{
  cairo_set_source_rgb (cr, rgb[0] * (1 - amount), rgb[1] * (1 - amount), rgb[2] * (1 - amount));
}

/* ---- Legend -------------------------------------------------------------- */

void
pw_canvas_layout_legend (PwCanvasLayout *self)
{
  self->legend = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (self->legend, pw_canvas_text_new (self, C_("assumption mark", "A"), 11,
                                                     PANGO_WEIGHT_BOLD, 0));
  g_ptr_array_add (self->legend, pw_canvas_text_new (self, _("Link with an assumption"),
                                                     PW_CANVAS_SMALLEST_PT, PANGO_WEIGHT_NORMAL, 0));
  g_ptr_array_add (self->legend, pw_canvas_text_new (self, _("Domain chips by category:"),
                                                     PW_CANVAS_SMALLEST_PT, PANGO_WEIGHT_NORMAL, 0));
  for (guint c = 0; c < PW_N_CATEGORIES; c++)
    g_ptr_array_add (self->legend,
                     pw_canvas_text_new (self, pw_framework_get_category (self->framework, c)->name,
                                         PW_CANVAS_SMALLEST_PT, PANGO_WEIGHT_NORMAL, 0));
  g_ptr_array_add (self->legend, pw_canvas_text_new (self, _("Home Office Indicators of Integration framework 2019"),
                                                     PW_CANVAS_SMALLEST_PT, PANGO_WEIGHT_NORMAL, 0));
  g_warn_if_fail (self->legend->len == N_LEGEND);
}

static void
draw_mark (PwCanvasLayout *self,
           cairo_t        *cr,
           double          cx,
           double          cy)
{
  PangoLayout *letter = g_ptr_array_index (self->legend, LEGEND_MARK);
  double w, h;

  cairo_new_path (cr);
  cairo_arc (cr, cx, cy, CR_MARK_R, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, LINK_GREY);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
  pw_canvas_text_size (letter, &w, &h);
  cairo_set_source_rgb (cr, TEXT_DARK);
  pw_cairo_show_layout (cr, letter, cx - w / 2, cy - h / 2);
}

/* A chip: a pill tinted with the colour, its text in the colour, darker. */
static void
draw_chip (cairo_t      *cr,
           PangoLayout  *text,
           const double *rgb,
           double        x,
           double        y,
           double        w)
{
  double tw, th;

  pw_cairo_rounded_rect (cr, x, y, w, CR_CHIP_H, CR_CHIP_H / 2);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  set_rgb (cr, rgb, 0.14);
  cairo_fill_preserve (cr);
  set_rgb (cr, rgb, 0.55);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  pw_canvas_text_size (text, &tw, &th);
  set_dark (cr, rgb, 0.2);
  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, CR_CHIP_H);
  cairo_clip (cr);
  pw_cairo_show_layout (cr, text, x + MAX (8, (w - tw) / 2), y + (CR_CHIP_H - th) / 2);
  cairo_restore (cr);
}

static void
draw_legend (PwCanvasLayout *self,
             cairo_t        *cr)
{
  double y = self->legend_y;
  double x = CR_MARGIN;
  double w, h;

  draw_mark (self, cr, x + CR_MARK_R, y + CR_CHIP_H / 2);
  x += 2 * CR_MARK_R + 8;
  cairo_set_source_rgb (cr, TEXT_GREY);
  pw_canvas_text_size (self->legend->pdata[LEGEND_ASSUMPTION], &w, &h);
  pw_cairo_show_layout (cr, self->legend->pdata[LEGEND_ASSUMPTION], x, y + (CR_CHIP_H - h) / 2);
  x += w + 36;

  cairo_set_source_rgb (cr, TEXT_GREY);
  pw_canvas_text_size (self->legend->pdata[LEGEND_DOMAINS], &w, &h);
  pw_cairo_show_layout (cr, self->legend->pdata[LEGEND_DOMAINS], x, y + (CR_CHIP_H - h) / 2);
  x += w + 10;
  for (guint c = 0; c < PW_N_CATEGORIES; c++)
    {
      PangoLayout *name = self->legend->pdata[LEGEND_CATEGORY + c];
      double rgb[3];

      pw_canvas_category_color (c, rgb);
      pw_canvas_text_size (name, &w, NULL);
      draw_chip (cr, name, rgb, x, y, w + 16);
      x += w + 16 + CR_CHIP_GAP;
    }

  cairo_set_source_rgb (cr, TEXT_GREY);
  pw_canvas_text_size (self->legend->pdata[LEGEND_SOURCE], &w, &h);
  if (x + 24 + w <= self->width - CR_MARGIN)
    pw_cairo_show_layout (cr, self->legend->pdata[LEGEND_SOURCE], self->width - CR_MARGIN - w,
                         y + (CR_CHIP_H - h) / 2);
}

/* ---- Title block and lanes ----------------------------------------------- */

static void
draw_title_block (PwCanvasLayout *self,
                  cairo_t        *cr)
{
  PangoLayoutIter *iter = pango_layout_get_iter (self->title);
  double title_h, date_w, baseline, y;

  /* The date on the baseline of the title's first line, at the right. */
  baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
  pango_layout_iter_free (iter);
  iter = pango_layout_get_iter (self->date_text);
  baseline -= (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
  pango_layout_iter_free (iter);

  pw_canvas_text_size (self->title, NULL, &title_h);
  pw_canvas_text_size (self->date_text, &date_w, NULL);
  cairo_set_source_rgb (cr, TEXT_DARK);
  pw_cairo_show_layout (cr, self->title, CR_MARGIN, CR_MARGIN);
  cairo_set_source_rgb (cr, TEXT_GREY);
  pw_cairo_show_layout (cr, self->date_text, self->width - CR_MARGIN - date_w, CR_MARGIN + baseline);
  if (self->subtitle != NULL)
    pw_cairo_show_layout (cr, self->subtitle, CR_MARGIN, CR_MARGIN + title_h + 2);

  /* A thin rule under the block. */
  y = CR_MARGIN + self->title_block_h + 10;
  cairo_set_source_rgb (cr, 0.85, 0.86, 0.88);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, CR_MARGIN, y);
  cairo_line_to (cr, self->width - CR_MARGIN, y);
  cairo_stroke (cr);
}

static void
draw_lane (PwCanvasLayout *self,
           cairo_t        *cr,
           PwCardKind      kind)
{
  const CrRect *lane = &self->lanes[kind];
  double rgb[3];
  double name_h;

  pw_canvas_kind_color (kind, rgb);
  pw_cairo_rounded_rect (cr, lane->x, lane->y, lane->w, lane->h, 12);
  set_rgb (cr, rgb, 0.07);
  cairo_fill (cr);

  pw_canvas_text_size (self->lane_names[kind], NULL, &name_h);
  set_dark (cr, rgb, 0.25);
  pw_cairo_show_layout (cr, self->lane_names[kind], lane->x + CR_LANE_PAD,
                       lane->y + (CR_HEADER_H - 4 - name_h) / 2 + 2);
  set_rgb (cr, rgb, 1);
  cairo_rectangle (cr, lane->x + CR_LANE_PAD, lane->y + CR_HEADER_H - 4, lane->w - 2 * CR_LANE_PAD, 3);
  cairo_fill (cr);

  if (self->lane_empty[kind] != NULL)
    {
      double ew, eh;
      double y = lane->y + CR_HEADER_H + CR_LANE_PAD + (lane->h - CR_HEADER_H - 2 * CR_LANE_PAD - CR_EMPTY_H) / 2;
      static const double dash[] = { 5, 4 };

      pw_cairo_rounded_rect (cr, lane->x + CR_LANE_PAD, y, CR_CARD_W, CR_EMPTY_H, CR_CARD_RADIUS);
      set_rgb (cr, rgb, 0.5);
      cairo_set_line_width (cr, 1.2);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      pw_canvas_text_size (self->lane_empty[kind], &ew, &eh);
      cairo_set_source_rgb (cr, TEXT_GREY);
      pw_cairo_show_layout (cr, self->lane_empty[kind], lane->x + (lane->w - ew) / 2, y + (CR_EMPTY_H - eh) / 2);
    }
}

/* ---- Links --------------------------------------------------------------- */

/* The Bézier of a link, P0..P3, ending at the base of its arrowhead. */
static void
link_curve (const CrLink *link,
            double        p[8])
{
  if (link->same_lane)
    {
      double xe = link->x1 + CR_ARROW_LEN;
      /* Longer loops bulge further, so that nested loops do not overlap. */
      double bulge = CR_LANE_PAD + 12 + MIN (fabs (link->y1 - link->y0) * 0.12, CR_LANE_GAP * 0.5);

      p[0] = link->x0; p[1] = link->y0;
      p[2] = link->x0 + bulge; p[3] = link->y0;
      p[4] = xe + bulge; p[5] = link->y1;
      p[6] = xe; p[7] = link->y1;
    }
  else
    {
      double xe = link->x1 - CR_ARROW_LEN;
      double d = MIN ((xe - link->x0) / 2, 90);

      p[0] = link->x0; p[1] = link->y0;
      p[2] = link->x0 + d; p[3] = link->y0;
      p[4] = xe - d; p[5] = link->y1;
      p[6] = xe; p[7] = link->y1;
    }
}

static void
bezier_at (const double p[8],
           double       t,
           double      *x,
           double      *y)
{
  double u = 1 - t;

  *x = u * u * u * p[0] + 3 * u * u * t * p[2] + 3 * u * t * t * p[4] + t * t * t * p[6];
  *y = u * u * u * p[1] + 3 * u * u * t * p[3] + 3 * u * t * t * p[5] + t * t * t * p[7];
}

/* Where the "A" goes: in the gap right after the source card, never under a card. */
static void
mark_position (const CrLink *link,
               double       *x,
               double       *y)
{
  double p[8], lo = 0, hi = 1, want;

  link_curve (link, p);
  if (link->same_lane)
    {
      bezier_at (p, 0.5, x, y);
      return;
    }
  want = MIN (link->x0 + CR_LANE_PAD + CR_LANE_GAP / 2, (p[0] + p[6]) / 2);
  for (int i = 0; i < 40; i++)
    {
      double mid = (lo + hi) / 2, mx, my;

      bezier_at (p, mid, &mx, &my);
      if (mx < want)
        lo = mid;
      else
        hi = mid;
    }
  bezier_at (p, (lo + hi) / 2, x, y);
}

static void
draw_link (cairo_t      *cr,
           const CrLink *link)
{
  double p[8];
  double dir = link->same_lane ? -1 : 1;   /* the way the arrow points */

  link_curve (link, p);
  cairo_set_source_rgb (cr, LINK_GREY);
  cairo_set_line_width (cr, 1.8);
  cairo_move_to (cr, p[0], p[1]);
  cairo_curve_to (cr, p[2], p[3], p[4], p[5], p[6], p[7]);
  cairo_stroke (cr);

  cairo_move_to (cr, link->x1, link->y1);
  cairo_line_to (cr, link->x1 - dir * (CR_ARROW_LEN + 1), link->y1 - 5.5);
  cairo_line_to (cr, link->x1 - dir * (CR_ARROW_LEN + 1), link->y1 + 5.5);
  cairo_close_path (cr);
  cairo_fill (cr);
}

/* ---- Cards --------------------------------------------------------------- */

static void
draw_card_strip (cairo_t      *cr,
                 const CrCard *card,
                 const double *rgb)
{
  const CrRect *b = &card->box;
  double w, h;

  cairo_save (cr);
  pw_cairo_rounded_rect (cr, b->x, b->y, b->w, b->h, CR_CARD_RADIUS);
  cairo_clip (cr);
  cairo_rectangle (cr, b->x, b->y, b->w, CR_STRIP_H);
  set_rgb (cr, rgb, 1);
  cairo_fill (cr);
  cairo_restore (cr);

  cairo_set_source_rgb (cr, 1, 1, 1);
  pw_canvas_text_size (card->kind_label, NULL, &h);
  pw_cairo_show_layout (cr, card->kind_label, b->x + CR_CARD_PAD, b->y + (CR_STRIP_H - h) / 2);
  if (card->badge != NULL)
    {
      pw_canvas_text_size (card->badge, &w, &h);
      pw_cairo_show_layout (cr, card->badge, b->x + b->w - CR_CARD_PAD - w, b->y + (CR_STRIP_H - h) / 2);
    }
}

static void
draw_card (PwCanvasLayout *self,
           cairo_t        *cr,
           const CrCard   *card)
{
  const CrRect *b = &card->box;
  double rgb[3];

  pw_canvas_kind_color (card->kind, rgb);

  /* A soft shadow, the white body, the strip, the outline. */
  pw_cairo_rounded_rect (cr, b->x + 0.5, b->y + 2.5, b->w, b->h, CR_CARD_RADIUS);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.10);
  cairo_fill (cr);
  pw_cairo_rounded_rect (cr, b->x, b->y, b->w, b->h, CR_CARD_RADIUS);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);
  draw_card_strip (cr, card, rgb);
  pw_cairo_rounded_rect (cr, b->x, b->y, b->w, b->h, CR_CARD_RADIUS);
  set_rgb (cr, rgb, 0.7);
  cairo_set_line_width (cr, 1.2);
  cairo_stroke (cr);

  cairo_set_source_rgb (cr, TEXT_DARK);
  pw_cairo_show_layout (cr, card->title, b->x + CR_CARD_PAD, b->y + CR_STRIP_H + CR_CARD_PAD);

  for (guint i = 0; i < card->chips->len; i++)
    {
      const CrChip *chip = &g_array_index (card->chips, CrChip, i);
      double chip_rgb[3];

      pw_canvas_category_color (chip->category, chip_rgb);
      draw_chip (cr, chip->text, chip_rgb, b->x + chip->x, b->y + chip->y, chip->w);
    }
}

/* ---- The whole drawing --------------------------------------------------- */

void
pw_canvas_render (PwCanvasLayout *self,
                  cairo_t        *cr)
{
  g_return_if_fail (PW_IS_CANVAS_LAYOUT (self));
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, self->width, self->height);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);

  draw_title_block (self, cr);
  for (guint kind = 0; kind < PW_N_CARD_KINDS; kind++)
    draw_lane (self, cr, kind);
  for (guint i = 0; i < self->links->len; i++)
    draw_link (cr, &g_array_index (self->links, CrLink, i));
  for (guint i = 0; i < self->cards->len; i++)
    draw_card (self, cr, g_ptr_array_index (self->cards, i));
  /* The marks last, so that no card hides one. */
  for (guint i = 0; i < self->links->len; i++)
    {
      const CrLink *link = &g_array_index (self->links, CrLink, i);
      double x, y;

      if (!link->assumption)
        continue;
      mark_position (link, &x, &y);
      draw_mark (self, cr, x, y);
    }
  draw_legend (self, cr);
  cairo_restore (cr);
}
