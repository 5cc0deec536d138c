/* pw-cairo-util.c — small cairo/pango helpers shared by the report, the canvas picture and widgets
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-cairo"

#include "config.h"

#include "pw-cairo-util.h"

/**
 * pw_cairo_context_new_unhinted:
 *
 * One pango context at 72 dpi without hinting: what is measured with it is
 * what any cairo target (PDF, PNG, SVG, printer, preview) draws.
 *
 * Returns: (transfer full): a new context
 */
PangoContext *
pw_cairo_context_new_unhinted (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  return context;
}

/**
 * pw_cairo_rounded_rect:
 * @r: the corner radius, at most half the shorter side
 *
 * Adds a rounded rectangle to the path as a closed sub-path.
 */
void
pw_cairo_rounded_rect (cairo_t *cr,
                       double   x,
                       double   y,
                       double   w,
                       double   h,
                       double   r)
{
  r = MIN (r, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/**
 * pw_cairo_show_layout:
 *
 * Draws @layout with its top-left corner at (@x, @y).
 */
void
pw_cairo_show_layout (cairo_t     *cr,
                      PangoLayout *layout,
                      double       x,
                      double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  /* Drop the current point, or the next arc would start with a line from here. */
  cairo_new_path (cr);
}
