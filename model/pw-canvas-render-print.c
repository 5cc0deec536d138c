/* pw-canvas-render-print.c — the canvas on paper: one page scaled to fit, or tiles to tape together
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-canvas-render"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "pw-canvas-render-private.h"

#define MARK_LEN        9.0
#define PAGE_TEXT_PT   10.0

static void
tile_area (double  page_w,
           double  page_h,
           CrRect *area)
{
  area->x = TILE_SIDE;
  area->y = TILE_HEADER_H;
  area->w = MAX (page_w - 2 * TILE_SIDE, 1);
  area->h = MAX (page_h - TILE_HEADER_H - TILE_FOOTER_H, 1);
}

/* How many tiles of @area (overlapping by the overlap) cover @length. */
static guint
count_tiles (double length,
             double area)
{
  double step = MAX (area - PW_CANVAS_PRINT_OVERLAP, 1);

  if (length <= area + 0.01)
    return 1;
  return (guint) ceil ((length - PW_CANVAS_PRINT_OVERLAP - 0.01) / step);
}

static void
paginate_tiles (PwCanvasLayout *self,
                double          scale)
{
  CrRect area;

  tile_area (self->page_w, self->page_h, &area);
  self->scale = scale;
  self->cols = count_tiles (self->width * scale, area.w);
  self->rows = count_tiles (self->height * scale, area.h);
}

guint
pw_canvas_print_paginate (PwCanvasLayout     *self,
                          double              page_width,
                          double              page_height,
                          PwCanvasPrintMode   mode,
                          double              min_text_pt,
                          PwCanvasPrintFlags *flags)
{
  double min_scale;

  g_return_val_if_fail (PW_IS_CANVAS_LAYOUT (self), 1);
  g_return_val_if_fail (page_width > 0 && page_height > 0, 1);
  g_return_val_if_fail (min_text_pt >= 0, 1);

  if (flags != NULL)
    *flags = PW_CANVAS_PRINT_FLAGS_NONE;
  self->paginated = TRUE;
  self->mode = mode;
  self->page_w = page_width;
  self->page_h = page_height;
  min_scale = min_text_pt / PW_CANVAS_TITLE_PT;

  if (mode == PW_CANVAS_PRINT_FIT_ONE_PAGE)
    {
      double fit = MIN (1.0, MIN (page_width / self->width, page_height / self->height));

      if (fit + 1e-9 >= min_scale)
        {
          self->scale = fit;
          self->rows = self->cols = 1;
          return 1;
        }
      if (flags != NULL)
        *flags |= PW_CANVAS_PRINT_TEXT_TOO_SMALL;
      paginate_tiles (self, min_scale);
    }
  else
    paginate_tiles (self, MAX (1.0, min_scale));
  return self->rows * self->cols;
}

double
pw_canvas_print_get_scale (PwCanvasLayout *self)
{
  g_return_val_if_fail (PW_IS_CANVAS_LAYOUT (self), 1.0);
  return self->scale;
}

void
pw_canvas_print_get_grid (PwCanvasLayout *self,
                          guint          *rows,
                          guint          *columns)
{
  g_return_if_fail (PW_IS_CANVAS_LAYOUT (self));

  if (rows != NULL)
    *rows = self->paginated ? self->rows : 1;
  if (columns != NULL)
    *columns = self->paginated ? self->cols : 1;
}

/* ---- Drawing a page ------------------------------------------------------ */

static gboolean
is_tiled (PwCanvasLayout *self)
{
  return self->rows * self->cols > 1 || self->mode == PW_CANVAS_PRINT_TILED;
}

static void
draw_fit_page (PwCanvasLayout *self,
               cairo_t        *cr)
{
  double s = self->scale;

  cairo_save (cr);
  cairo_translate (cr, (self->page_w - self->width * s) / 2, (self->page_h - self->height * s) / 2);
  cairo_scale (cr, s, s);
  pw_canvas_render (self, cr);
  cairo_restore (cr);
}

static void
draw_page_text (PwCanvasLayout *self,
                cairo_t        *cr,
                const char     *text,
                PangoWeight     weight,
                double          x,
                double          y,
                double          max_w,
                gboolean        right)
{
  g_autoptr(PangoLayout) layout = pw_canvas_text_new (self, text, PAGE_TEXT_PT, weight, 0);
  double w, h;

  pango_layout_set_width (layout, (int) (max_w * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pw_canvas_text_size (layout, &w, &h);
  pw_cairo_show_layout (cr, layout, right ? x - MIN (w, max_w) : x, y - h / 2);
}

static void
draw_tile_frame (PwCanvasLayout *self,
                 cairo_t        *cr,
                 const CrRect   *area,
                 guint           row,
                 guint           col)
{
  const char *title = pw_plan_get_title (self->plan);
  g_autofree char *date = g_date_time_format (self->date, "%-d %B %Y");
  g_autofree char *header = NULL;
  /* Translators: the label of one tile of the printed canvas: row, column */
  g_autofree char *page = g_strdup_printf (_("Page %u,%u"), row + 1, col + 1);
  g_autofree char *grid = g_strdup_printf (_("%u rows × %u columns"), self->rows, self->cols);
  g_autofree char *label = g_strdup_printf ("%s  (%s)", page, grid);
  /* Inset, clear of the crop marks at the corners. */
  double left = area->x + MARK_LEN + 8;
  double right = area->x + area->w - MARK_LEN - 8;
  double width = right - left;

  /* Translators: plan title — date, at the top of each printed tile */
  header = g_strdup_printf (_("%s — %s"), *title ? title : _("Untitled plan"), date);
  cairo_set_source_rgb (cr, 0.12, 0.14, 0.16);
  draw_page_text (self, cr, header, PANGO_WEIGHT_BOLD, left, TILE_HEADER_H / 2 - 1, width * 0.62, FALSE);
  draw_page_text (self, cr, label, PANGO_WEIGHT_BOLD, right, TILE_HEADER_H / 2 - 1, width * 0.36, TRUE);
  cairo_set_source_rgb (cr, 0.36, 0.38, 0.41);
  draw_page_text (self, cr,
                  _("Trim along the crop marks, then lay each page over the dashed line "
                    "of the page to its left or above it (10 mm overlap) and tape."),
                  PANGO_WEIGHT_NORMAL, left, area->y + area->h + TILE_FOOTER_H / 2 + 1, width, FALSE);
}

static void
draw_crop_marks (cairo_t      *cr,
                 const CrRect *area)
{
  double xs[2] = { area->x, area->x + area->w };
  double ys[2] = { area->y, area->y + area->h };

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.6);
  for (guint i = 0; i < 2; i++)
    for (guint j = 0; j < 2; j++)
      {
        double hx = i == 0 ? -1 : 1, vy = j == 0 ? -1 : 1;

        cairo_move_to (cr, xs[i] + hx * 2, ys[j]);
        cairo_line_to (cr, xs[i] + hx * (2 + MARK_LEN), ys[j]);
        cairo_move_to (cr, xs[i], ys[j] + vy * 2);
        cairo_line_to (cr, xs[i], ys[j] + vy * (2 + MARK_LEN));
      }
  cairo_stroke (cr);
}

/* The strips that the next page to the right and below will cover. */
static void
draw_overlaps (PwCanvasLayout *self,
               cairo_t        *cr,
               const CrRect   *area,
               guint           row,
               guint           col)
{
  static const double dash[] = { 6, 4 };
  double ov = PW_CANVAS_PRINT_OVERLAP;

  cairo_save (cr);
  cairo_set_line_width (cr, 0.9);
  cairo_set_dash (cr, dash, 2, 0);
  if (col + 1 < self->cols)
    {
      cairo_rectangle (cr, area->x + area->w - ov, area->y, ov, area->h);
      cairo_set_source_rgba (cr, 0.2, 0.3, 0.5, 0.08);
      cairo_fill (cr);
      cairo_move_to (cr, area->x + area->w - ov, area->y);
      cairo_line_to (cr, area->x + area->w - ov, area->y + area->h);
      cairo_set_source_rgb (cr, 0.2, 0.3, 0.5);
      cairo_stroke (cr);
    }
  if (row + 1 < self->rows)
    {
      cairo_rectangle (cr, area->x, area->y + area->h - ov, area->w, ov);
      cairo_set_source_rgba (cr, 0.2, 0.3, 0.5, 0.08);
      cairo_fill (cr);
      cairo_move_to (cr, area->x, area->y + area->h - ov);
      cairo_line_to (cr, area->x + area->w, area->y + area->h - ov);
      cairo_set_source_rgb (cr, 0.2, 0.3, 0.5);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

static void
draw_tile (PwCanvasLayout *self,
           cairo_t        *cr,
           guint           page)
{
  guint row = page / self->cols;
  guint col = page % self->cols;
  CrRect area;
  double step_w, step_h;

  tile_area (self->page_w, self->page_h, &area);
  step_w = area.w - PW_CANVAS_PRINT_OVERLAP;
  step_h = area.h - PW_CANVAS_PRINT_OVERLAP;

  cairo_save (cr);
  cairo_rectangle (cr, area.x, area.y, area.w, area.h);
  cairo_clip (cr);
  cairo_translate (cr, area.x - col * step_w, area.y - row * step_h);
  cairo_scale (cr, self->scale, self->scale);
  pw_canvas_render (self, cr);
  cairo_restore (cr);

  draw_overlaps (self, cr, &area, row, col);
  draw_crop_marks (cr, &area);
  draw_tile_frame (self, cr, &area, row, col);
}

void
pw_canvas_print_draw_page (PwCanvasLayout    *self,
                           cairo_t           *cr,
                           double             page_width,
                           double             page_height,
                           PwCanvasPrintMode  mode,
                           guint              page)
{
  g_return_if_fail (PW_IS_CANVAS_LAYOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (self->paginated);
  g_return_if_fail (G_APPROX_VALUE (page_width, self->page_w, 0.01)
                    && G_APPROX_VALUE (page_height, self->page_h, 0.01) && mode == self->mode);
  g_return_if_fail (page < self->rows * self->cols);

  if (is_tiled (self))
    draw_tile (self, cr, page);
  else
    draw_fit_page (self, cr);
}
