/* pw-canvas-render.h — the theory of change drawn with cairo and pango: export (PNG, SVG, PDF) and printing
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdio.h>

#include <cairo.h>
#include <gio/gio.h>

#include "pw-framework.h"
#include "pw-plan.h"

G_BEGIN_DECLS

#define PW_CANVAS_RENDER_ERROR (pw_canvas_render_error_quark ())

/**
 * PwCanvasRenderError:
 * @PW_CANVAS_RENDER_ERROR_FORMAT: the file name's extension names no format
 *   we write (.png, .svg, .pdf)
 * @PW_CANVAS_RENDER_ERROR_WRITE: the file could not be written (the message says why)
 * @PW_CANVAS_RENDER_ERROR_RENDER: cairo could not draw (e.g. out of memory)
 *
 * Messages are translated and written for the officer.
 */
typedef enum {
  PW_CANVAS_RENDER_ERROR_FORMAT,
  PW_CANVAS_RENDER_ERROR_WRITE,
  PW_CANVAS_RENDER_ERROR_RENDER,
} PwCanvasRenderError;

GQuark pw_canvas_render_error_quark (void);

/**
 * PwCanvasFormat:
 * @PW_CANVAS_FORMAT_PNG: a picture at twice the point size (for slides)
 * @PW_CANVAS_FORMAT_SVG: vector drawing, text kept as text
 * @PW_CANVAS_FORMAT_PDF: one page exactly the size of the drawing
 */
typedef enum {
  PW_CANVAS_FORMAT_PNG,
  PW_CANVAS_FORMAT_SVG,
  PW_CANVAS_FORMAT_PDF,
} PwCanvasFormat;

/* By extension, case-insensitive; PW_CANVAS_RENDER_ERROR_FORMAT otherwise. */
gboolean pw_canvas_format_from_path (const char      *path,
                                     PwCanvasFormat  *out_format,
                                     GError         **error);

/* Sizes at print scale (1 unit = 1 pt): card titles, the smallest text. */
#define PW_CANVAS_TITLE_PT    14.0
#define PW_CANVAS_SMALLEST_PT 10.5

/**
 * PwCanvasLayout:
 *
 * The theory of change laid out for drawing, without a display: a title
 * block (plan title, organisation and area, date), five lanes left to right
 * (barriers, activities, outputs, intermediate outcomes, goal) with their
 * cards stacked in lane order, links as arrows from the right edge of the
 * source card to the left edge of the target, and a legend.
 *
 * Units are points at print scale: card titles are %PW_CANVAS_TITLE_PT, no
 * text is smaller than %PW_CANVAS_SMALLEST_PT. Cards are as tall as their
 * text needs, so no text is ever cut. Canvas positions (x, y) of the cards
 * are not used: lanes and lane order are.
 *
 * The layout is a snapshot: make a new one after the plan changes.
 */
#define PW_TYPE_CANVAS_LAYOUT (pw_canvas_layout_get_type ())
G_DECLARE_FINAL_TYPE (PwCanvasLayout, pw_canvas_layout, PW, CANVAS_LAYOUT, GObject)

/* @framework names the domains on the cards' chips. */
PwCanvasLayout *pw_canvas_layout_new         (PwPlan         *plan,
                                              PwFramework    *framework);
/* The size of the whole drawing, in points. */
double          pw_canvas_layout_get_width   (PwCanvasLayout *self);
double          pw_canvas_layout_get_height  (PwCanvasLayout *self);
/* The date in the title block; by default today (local time). */
void            pw_canvas_layout_set_date    (PwCanvasLayout *self,
                                              GDateTime      *date);
/* Where the card with @card_id is drawn, in points; FALSE if it is not in the plan. */
gboolean        pw_canvas_layout_get_card_bounds (PwCanvasLayout *self,
                                                  const char     *card_id,
                                                  double         *x,
                                                  double         *y,
                                                  double         *width,
                                                  double         *height);

/* Draws the whole drawing at the current transformation of @cr, with its
 * origin at (0, 0), on a white background. Scale @cr to fit. */
void            pw_canvas_render             (PwCanvasLayout *self,
                                              cairo_t        *cr);

/**
 * pw_canvas_export:
 * @plan: the plan
 * @framework: the framework (domain names)
 * @path: the file to write; its extension chooses the format (#PwCanvasFormat)
 * @error: return location for a #PW_CANVAS_RENDER_ERROR
 *
 * Writes the theory of change as PNG (twice the point size, at most 16000
 * pixels a side, white background), SVG, or a one-page PDF sized to fit the
 * drawing. The file is replaced atomically. No display is needed.
 */
gboolean        pw_canvas_export             (PwPlan         *plan,
                                              PwFramework    *framework,
                                              const char     *path,
                                              GError        **error);

/* As pw_canvas_export(), with the layout already made (e.g. a set date). */
gboolean        pw_canvas_layout_export      (PwCanvasLayout *self,
                                              const char     *path,
                                              GError        **error);

/* Exit statuses of pw_canvas_render_cli(). */
#define PW_CANVAS_CLI_OK      0
#define PW_CANVAS_CLI_FAILED  1   /* the plan could not be loaded, or the file written */
#define PW_CANVAS_CLI_USAGE   2   /* unknown output format */

/* `pathways --export-canvas FILE --output OUT.png|.svg|.pdf`: loads the plan
 * at @plan_path and exports it to @out_path. Messages (load warnings,
 * errors) go to @err, translated. */
int             pw_canvas_render_cli         (const char     *plan_path,
                                              const char     *out_path,
                                              FILE           *err);

/**
 * PwCanvasPrintMode:
 * @PW_CANVAS_PRINT_FIT_ONE_PAGE: the drawing scaled down (never up) to fit one
 *   page, centred; but not so far that card titles go below the minimum text
 *   size — then it is tiled at that size instead (see #PwCanvasPrintFlags)
 * @PW_CANVAS_PRINT_TILED: a poster at print scale (or larger, if the minimum
 *   text size asks for it) spread over several pages that overlap, with
 *   crop marks, dashed overlap lines and "Page row,column" labels, to be
 *   trimmed and taped together
 */
typedef enum {
  PW_CANVAS_PRINT_FIT_ONE_PAGE,
  PW_CANVAS_PRINT_TILED,
} PwCanvasPrintMode;

/**
 * PwCanvasPrintFlags:
 * @PW_CANVAS_PRINT_FLAGS_NONE: nothing to report
 * @PW_CANVAS_PRINT_TEXT_TOO_SMALL: fit-one-page would have made card titles
 *   smaller than the minimum; the pages are tiles instead. The UI can say so
 *   and suggest tiling, A3, or a smaller minimum (0 always fits one page).
 */
typedef enum {
  PW_CANVAS_PRINT_FLAGS_NONE     = 0,
  PW_CANVAS_PRINT_TEXT_TOO_SMALL = 1 << 0,
} PwCanvasPrintFlags;

/* Overlap between neighbouring tiles, in points (10 mm). */
#define PW_CANVAS_PRINT_OVERLAP (10.0 * 72.0 / 25.4)

/**
 * pw_canvas_print_paginate:
 * @self: a layout
 * @page_width: the printable width, in points (e.g. the GtkPrintContext's)
 * @page_height: the printable height, in points
 * @mode: one page or tiles
 * @min_text_pt: the smallest size for card titles, in points (0: no minimum)
 * @flags: (out) (optional): what the UI should know
 *
 * Splits the drawing into pages and remembers how, for
 * pw_canvas_print_draw_page(). Every page carries the plan title and the
 * date: the single page in its title block, each tile in a header line.
 *
 * Returns: the number of pages (at least 1)
 */
guint           pw_canvas_print_paginate     (PwCanvasLayout     *self,
                                              double              page_width,
                                              double              page_height,
                                              PwCanvasPrintMode   mode,
                                              double              min_text_pt,
                                              PwCanvasPrintFlags *flags);
/* Draws page @page (from 0) of the last pagination onto @cr, whose origin is
 * the top-left of the printable area. @page_width, @page_height and @mode
 * must be those given to pw_canvas_print_paginate(). */
void            pw_canvas_print_draw_page    (PwCanvasLayout     *self,
                                              cairo_t            *cr,
                                              double              page_width,
                                              double              page_height,
                                              PwCanvasPrintMode   mode,
                                              guint               page);
/* A PDF on paper of @paper_width × @paper_height points (e.g. A4 or A3
 * landscape), paginated as above inside 10 mm margins: one page or tiles. */
gboolean        pw_canvas_layout_export_paper (PwCanvasLayout     *self,
                                               const char         *path,
                                               double              paper_width,
                                               double              paper_height,
                                               PwCanvasPrintMode   mode,
                                               double              min_text_pt,
                                               PwCanvasPrintFlags *flags,
                                               GError            **error);
/* The scale of the last pagination (1.0: print scale), and its tile grid. */
double          pw_canvas_print_get_scale    (PwCanvasLayout     *self);
void            pw_canvas_print_get_grid     (PwCanvasLayout     *self,
                                              guint              *rows,
                                              guint              *columns);

G_END_DECLS
