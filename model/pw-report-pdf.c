/* pw-report-pdf.c — drawing the Annex 1 pages with cairo and pango, and writing them as PDF
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-report"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "pw-report-private.h"

G_DEFINE_FINAL_TYPE (PwReport, pw_report, G_TYPE_OBJECT)

static void
pw_report_finalize (GObject *object)
{
  PwReport *self = PW_REPORT (object);

  pw_report_layout_clear (self);
  g_clear_pointer (&self->evaluation, pw_evaluation_unref);
  g_clear_object (&self->framework);
  g_clear_object (&self->context);
  g_clear_pointer (&self->date, g_date_time_unref);

  G_OBJECT_CLASS (pw_report_parent_class)->finalize (object);
}

static void
pw_report_class_init (PwReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pw_report_finalize;
}

static void
pw_report_init (PwReport *self)
{
  self->margin = 10.0 * PW_REPORT_MM;
  self->date = g_date_time_new_now_local ();
  self->context = pw_cairo_context_new_unhinted ();
}

/**
 * pw_report_new:
 * @evaluation: the table to lay out (a reference is taken)
 * @framework: the framework (its categories colour the headings)
 *
 * Returns: (transfer full): a report; call pw_report_paginate() before drawing
 */
PwReport *
pw_report_new (PwEvaluation *evaluation,
               PwFramework  *framework)
{
  PwReport *self;

  g_return_val_if_fail (evaluation != NULL, NULL);
  g_return_val_if_fail (PW_IS_FRAMEWORK (framework), NULL);

  self = g_object_new (PW_TYPE_REPORT, NULL);
  self->evaluation = pw_evaluation_ref (evaluation);
  self->framework = g_object_ref (framework);
  return self;
}

PwEvaluation *
pw_report_get_evaluation (PwReport *self)
{
  g_return_val_if_fail (PW_IS_REPORT (self), NULL);
  return self->evaluation;
}

void
pw_report_set_margin (PwReport *self,
                      double    margin)
{
  g_return_if_fail (PW_IS_REPORT (self));
  g_return_if_fail (margin >= 0);
  self->margin = margin;
}

void
pw_report_set_date (PwReport  *self,
                    GDateTime *date)
{
  g_return_if_fail (PW_IS_REPORT (self));
  g_return_if_fail (date != NULL);

  g_clear_pointer (&self->date, g_date_time_unref);
  self->date = g_date_time_ref (date);
}

guint
pw_report_paginate (PwReport *self,
                    double    width,
                    double    height)
{
  g_return_val_if_fail (PW_IS_REPORT (self), 0);
  g_return_val_if_fail (width > 0 && height > 0, 0);

  pw_report_layout_run (self, width, height);
  return self->pages->len;
}

guint
pw_report_get_n_pages (PwReport *self)
{
  g_return_val_if_fail (PW_IS_REPORT (self), 0);
  return self->pages != NULL ? self->pages->len : 0;
}

guint
pw_report_get_columns_per_page (PwReport *self)
{
  g_return_val_if_fail (PW_IS_REPORT (self), 0);
  return self->geometry.columns_per_page;
}

/* ---- Drawing ----------------------------------------------------------- */

/* Subtle category colours: Markers and Means, Social Connections,
 * Facilitators, Foundation; grey when there is none. */
void
pw_report_category_rgb (int    category,
                        double rgb[3])
{
  static const double colours[PW_N_CATEGORIES + 1][3] = {
    { 0.27, 0.49, 0.71 },
    { 0.29, 0.62, 0.42 },
    { 0.85, 0.60, 0.20 },
    { 0.60, 0.40, 0.66 },
    { 0.78, 0.80, 0.83 },
  };
  guint i = category >= 0 && category < PW_N_CATEGORIES ? (guint) category : PW_N_CATEGORIES;

  rgb[0] = colours[i][0];
  rgb[1] = colours[i][1];
  rgb[2] = colours[i][2];
}

static void
set_grey (cairo_t *cr,
          double   level)
{
  cairo_set_source_rgb (cr, level, level, level);
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static char *
dup_meta_markup (PwReport *self)
{
  PwEvaluation *ev = self->evaluation;
  const char *parts[] = { pw_evaluation_get_organisation (ev), pw_evaluation_get_area (ev) };
  g_autofree char *text = NULL;

  if (pw_evaluation_is_blank (ev))
    return g_markup_escape_text (_("Plan: ………………………………………    Organisation: ………………………………………    Date: ……………………"), -1);

  text = pw_report_join_meta (parts, G_N_ELEMENTS (parts));
  return g_markup_escape_text (text, -1);
}

static void
draw_header (PwReport *self,
             cairo_t  *cr)
{
  PwGeometry *g = &self->geometry;
  PwEvaluation *ev = self->evaluation;
  double width = g->page_width - 2 * g->margin;
  g_autofree char *title_markup = pw_report_dup_title_markup (self);
  g_autofree char *meta = dup_meta_markup (self);
  g_autoptr(PangoLayout) title_layout = pw_report_new_line_layout (self, title_markup, width * 0.64, 14, 2);
  g_autoptr(PangoLayout) meta_layout = pw_report_new_line_layout (self, meta, width * 0.64, 10, 1);
  double rule_y = g->margin + g->header_height - 5;

  set_grey (cr, 0.10);
  pw_cairo_show_layout (cr, title_layout, g->margin, g->margin);
  set_grey (cr, 0.30);
  pw_cairo_show_layout (cr, meta_layout, g->margin, g->margin + layout_height (title_layout) + 1);

  if (!pw_evaluation_is_blank (ev))
    {
      g_autofree char *doc = g_markup_printf_escaped ("<b>%s</b>", pw_report_get_document_title ());
      g_autofree char *date = g_date_time_format (self->date, C_("report date", "%-d %B %Y"));
      g_autofree char *date_markup = g_markup_escape_text (date != NULL ? date : "", -1);
      g_autoptr(PangoLayout) doc_layout = pw_report_new_line_layout (self, doc, width * 0.34, 10, 1);
      g_autoptr(PangoLayout) date_layout = pw_report_new_line_layout (self, date_markup, width * 0.34, 10, 1);

      pango_layout_set_alignment (doc_layout, PANGO_ALIGN_RIGHT);
      pango_layout_set_alignment (date_layout, PANGO_ALIGN_RIGHT);
      set_grey (cr, 0.30);
      pw_cairo_show_layout (cr, doc_layout, g->margin + width * 0.66, g->margin + 2);
      pw_cairo_show_layout (cr, date_layout, g->margin + width * 0.66, g->margin + 4 + layout_height (doc_layout));
    }

  set_grey (cr, 0.25);
  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, g->margin, rule_y);
  cairo_line_to (cr, g->page_width - g->margin, rule_y);
  cairo_stroke (cr);
}

static void
stroke_cell (cairo_t *cr,
             double   x,
             double   y,
             double   width,
             double   height)
{
  cairo_rectangle (cr, x, y, width, height);
  cairo_set_source_rgb (cr, 0.62, 0.66, 0.70);
  cairo_set_line_width (cr, 0.5);
  cairo_stroke (cr);
}

static void
fill_cell (cairo_t *cr,
           double   x,
           double   y,
           double   width,
           double   height,
           double   level)
{
  cairo_rectangle (cr, x, y, width, height);
  set_grey (cr, level);
  cairo_fill (cr);
}

/* Category strip over an outcome heading: one segment per category its
 * indicators measure, in framework order. */
static void
draw_category_strip (PwReport *self,
                     cairo_t  *cr,
                     guint     outcome,
                     double    x,
                     double    y,
                     double    width)
{
  gboolean present[PW_N_CATEGORIES] = { FALSE, };
  guint n_present = 0, drawn = 0;
  guint n = pw_evaluation_get_n_items (self->evaluation, outcome, PW_ANNEX_ROW_INDICATORS);
  double rgb[3];

  for (guint i = 0; i < n; i++)
    {
      int category = pw_evaluation_get_item (self->evaluation, outcome, PW_ANNEX_ROW_INDICATORS, i)->category;

      if (category >= 0 && category < PW_N_CATEGORIES && !present[category])
        {
          present[category] = TRUE;
          n_present++;
        }
    }

  for (int c = 0; c < PW_N_CATEGORIES; c++)
    if (present[c])
      {
        pw_report_category_rgb (c, rgb);
        cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
        cairo_rectangle (cr, x + width * drawn / n_present, y, width / n_present, 4);
        cairo_fill (cr);
        drawn++;
      }
  if (n_present == 0)
    {
      pw_report_category_rgb (-1, rgb);
      cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
      cairo_rectangle (cr, x, y, width, 4);
      cairo_fill (cr);
    }
}

static void
draw_outcome_heading (PwReport *self,
                      cairo_t  *cr,
                      PwPage   *page,
                      guint     outcome,
                      double    x,
                      double    y)
{
  PwGeometry *g = &self->geometry;
  double text_width = g->column_width - 2 * PW_REPORT_PAD;
  g_autofree char *number = g_strdup_printf (_("Outcome %u"), outcome + 1);
  /* On a page after the group's first, the heading says "(continued)". */
  g_autofree char *name = g_markup_printf_escaped ("<b>%s</b> <i>%s</i>", number,
                                                   page->continued ? _("(continued)") : "");
  g_autofree char *title = g_markup_escape_text (pw_evaluation_get_outcome_title (self->evaluation, outcome), -1);
  g_autoptr(PangoLayout) name_layout = pw_report_new_line_layout (self, name, text_width, 10, 1);
  g_autoptr(PangoLayout) title_layout = pw_report_new_line_layout (self, title, text_width, 9, 1);

  fill_cell (cr, x, y, g->column_width, g->heading_height, 0.91);
  draw_category_strip (self, cr, outcome, x, y, g->column_width);
  set_grey (cr, 0.10);
  pw_cairo_show_layout (cr, name_layout, x + PW_REPORT_PAD, y + 4 + PW_REPORT_PAD);
  set_grey (cr, 0.25);
  pw_cairo_show_layout (cr, title_layout, x + PW_REPORT_PAD, y + 4 + PW_REPORT_PAD + layout_height (name_layout));
  stroke_cell (cr, x, y, g->column_width, g->heading_height);
}

static void
draw_heading_row (PwReport *self,
                  cairo_t  *cr,
                  PwPage   *page)
{
  PwGeometry *g = &self->geometry;
  guint n_outcomes = pw_evaluation_get_n_outcomes (self->evaluation);
  guint first = page->group * g->columns_per_page;
  double y = g->margin + g->header_height;
  g_autofree char *corner = g_markup_printf_escaped ("<b>%s</b>", _("Outcomes"));
  g_autoptr(PangoLayout) corner_layout = pw_report_new_line_layout (self, corner, g->label_width - 2 * PW_REPORT_PAD, 10, 1);

  fill_cell (cr, g->margin, y, g->label_width, g->heading_height, 0.91);
  set_grey (cr, 0.10);
  pw_cairo_show_layout (cr, corner_layout, g->margin + PW_REPORT_PAD, y + 4 + PW_REPORT_PAD);
  stroke_cell (cr, g->margin, y, g->label_width, g->heading_height);

  for (guint c = 0; c < g->columns_per_page && first + c < n_outcomes; c++)
    draw_outcome_heading (self, cr, page, first + c,
                          g->margin + g->label_width + c * g->column_width, y);
}

static cairo_pattern_t *
hatch_pattern (void)
{
  cairo_surface_t *tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 8, 8);
  cairo_t *cr = cairo_create (tile);
  cairo_pattern_t *pattern;

  cairo_set_source_rgb (cr, 0.975, 0.975, 0.975);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.86, 0.87, 0.89);
  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, 0, 8);
  cairo_line_to (cr, 8, 0);
  cairo_stroke (cr);
  cairo_destroy (cr);

  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_surface_destroy (tile);
  return pattern;
}

static void
draw_block_background (cairo_t *cr,
                       PwBlock *block,
                       double   width)
{
  if (block->kind == PW_BLOCK_EMPTY)
    {
      cairo_pattern_t *pattern = hatch_pattern ();

      cairo_rectangle (cr, -3, block->y - 2, width + 6, block->height + 4);
      cairo_set_source (cr, pattern);
      cairo_fill (cr);
      cairo_pattern_destroy (pattern);
    }
  else if (block->kind == PW_BLOCK_SUGGESTED)
    {
      cairo_rectangle (cr, -3, block->y - 2, width + 6, block->height + 4);
      cairo_set_source_rgb (cr, 0.99, 0.96, 0.88);
      cairo_fill (cr);
    }
}

/* Draws the lines of @block that lie inside [start, end): each line of a
 * split cell is drawn on exactly one page (so it is neither lost nor found
 * twice when the PDF is searched or copied). */
static void
draw_block_lines (cairo_t *cr,
                  PwBlock *block,
                  double   start,
                  double   end)
{
  PangoLayoutIter *iter = pango_layout_get_iter (block->layout);

  do
    {
      PangoRectangle logical;
      int y0, y1;
      double top, bottom;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      top = block->y + (double) y0 / PANGO_SCALE;
      bottom = block->y + (double) y1 / PANGO_SCALE;
      if (top < start - 0.01 || bottom > end + 0.01)
        continue;
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      cairo_move_to (cr, (double) logical.x / PANGO_SCALE,
                     block->y + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE);
      pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/* Draws the part [start, end) of @cell (break points, so whole lines) with
 * its top at (x, y). */
static void
draw_cell_part (cairo_t *cr,
                PwCell  *cell,
                double   x,
                double   y,
                double   width,
                double   start,
                double   end)
{
  if (end <= start)
    return;

  cairo_save (cr);
  cairo_rectangle (cr, x - 3, y - 2, width + 6, end - start + 4);
  cairo_clip (cr);
  cairo_translate (cr, x, y - start);
  for (guint i = 0; i < cell->blocks->len; i++)
    {
      PwBlock *block = g_ptr_array_index (cell->blocks, i);

      if (block->y + block->height <= start || block->y >= end)
        continue;
      draw_block_background (cr, block, width);
      set_grey (cr, 0.08);
      draw_block_lines (cr, block, start, end);
    }
  cairo_restore (cr);
}

static void
draw_fragment (PwReport   *self,
               cairo_t    *cr,
               PwPage     *page,
               PwFragment *fragment)
{
  PwGeometry *g = &self->geometry;
  guint n_outcomes = pw_evaluation_get_n_outcomes (self->evaluation);
  guint first = page->group * g->columns_per_page;
  PwCell *label = fragment->continued ? self->continued_labels[fragment->row] : self->labels[fragment->row];
  double text_y = fragment->y + PW_REPORT_PAD;

  fill_cell (cr, g->margin, fragment->y, g->label_width, fragment->height, 0.955);
  draw_cell_part (cr, label, g->margin + PW_REPORT_PAD, text_y,
                  g->label_width - 2 * PW_REPORT_PAD, 0, label->height);
  stroke_cell (cr, g->margin, fragment->y, g->label_width, fragment->height);

  for (guint c = 0; c < g->columns_per_page && first + c < n_outcomes; c++)
    {
      double x = g->margin + g->label_width + c * g->column_width;

      draw_cell_part (cr, pw_report_get_cell (self, first + c, fragment->row),
                      x + PW_REPORT_PAD, text_y, g->column_width - 2 * PW_REPORT_PAD,
                      fragment->start[c], fragment->end[c]);
      stroke_cell (cr, x, fragment->y, g->column_width, fragment->height);
    }
}

static void
draw_footer (PwReport *self,
             cairo_t  *cr,
             guint     page)
{
  PwGeometry *g = &self->geometry;
  double width = g->page_width - 2 * g->margin;
  double y = g->page_height - g->margin - g->footer_height + 8;
  g_autofree char *line = g_markup_escape_text (pw_report_get_framework_line (), -1);
  g_autofree char *attribution = g_markup_escape_text (pw_report_get_attribution (self->framework), -1);
  /* TRANSLATORS: page footer, e.g. "Page 2 of 7" */
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  g_autofree char *number_markup = g_markup_printf_escaped ("<b>%s</b>", number);
  g_autoptr(PangoLayout) line_l = pw_report_new_line_layout (self, line, width * 0.8, 7.5, 1);
  g_autoptr(PangoLayout) attribution_l = pw_report_new_line_layout (self, attribution, width * 0.8, 7.5, 1);
  g_autoptr(PangoLayout) number_l = pw_report_new_line_layout (self, number_markup, width * 0.2, 9, 1);

  set_grey (cr, 0.30);
  pw_cairo_show_layout (cr, line_l, g->margin, y);
  pw_cairo_show_layout (cr, attribution_l, g->margin, y + layout_height (line_l));
  pango_layout_set_alignment (number_l, PANGO_ALIGN_RIGHT);
  set_grey (cr, 0.15);
  pw_cairo_show_layout (cr, number_l, g->margin + width * 0.8, y);
}

static void
draw_no_outcomes (PwReport *self,
                  cairo_t  *cr)
{
  PwGeometry *g = &self->geometry;
  g_autofree char *text = g_markup_escape_text (
    _("This plan has no intermediate outcomes yet. Add outcome cards to the theory of change, "
      "attach indicators to them, and their evaluation plan appears here."), -1);
  g_autoptr(PangoLayout) layout = pw_report_new_layout (self, text, g->page_width - 2 * g->margin, 12);

  set_grey (cr, 0.30);
  pw_cairo_show_layout (cr, layout, g->margin, g->body_top + 12);
}

void
pw_report_draw_page (PwReport *self,
                     cairo_t  *cr,
                     guint     page)
{
  PwPage *p;

  g_return_if_fail (PW_IS_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (self->pages != NULL && page < self->pages->len);

  p = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  draw_header (self, cr);
  if (pw_evaluation_get_n_outcomes (self->evaluation) == 0)
    draw_no_outcomes (self, cr);
  else
    draw_heading_row (self, cr, p);
  for (guint i = 0; i < p->fragments->len; i++)
    draw_fragment (self, cr, p, g_ptr_array_index (p->fragments, i));
  draw_footer (self, cr, page);
  cairo_restore (cr);
}

/* ---- PDF --------------------------------------------------------------- */

typedef struct {
  GOutputStream *stream;
  GError        *error;
} PdfSink;

static cairo_status_t
pdf_write (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  PdfSink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (sink->stream, data, length, NULL, NULL, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t
render_pdf (PwReport *self,
            PdfSink  *sink,
            double    width,
            double    height)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (pdf_write, sink, width, height);
  const char *title = pw_evaluation_get_title (self->evaluation);
  cairo_status_t status;
  cairo_t *cr;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  *title != '\0' ? title : pw_report_get_document_title ());
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Pathways " PACKAGE_VERSION);
  cr = cairo_create (surface);
  for (guint page = 0; page < self->pages->len; page++)
    {
      pw_report_draw_page (self, cr, page);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status;
}

/* Drawn in memory, then written with pw_report_write_file(): a file is only
 * ever replaced by a whole PDF, never left half-written. */
gboolean
pw_report_write_pdf (PwReport    *self,
                     const char  *path,
                     PwPaper      paper,
                     GError     **error)
{
  g_autoptr(GOutputStream) memory = NULL;
  g_autoptr(GBytes) bytes = NULL;
  PdfSink sink = { NULL, NULL };
  cairo_status_t status;
  double width, height;

  g_return_val_if_fail (PW_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  pw_paper_get_size (paper, &width, &height);
  pw_report_paginate (self, width, height);

  memory = g_memory_output_stream_new_resizable ();
  sink.stream = memory;
  status = render_pdf (self, &sink, width, height);
  g_clear_error (&sink.error);   /* a memory stream fails only with the status set too */
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PW_REPORT_ERROR, PW_REPORT_ERROR_RENDER,
                   _("Could not draw the evaluation plan: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  g_output_stream_close (memory, NULL, NULL);
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
  return pw_report_write_file (path, bytes, error);
}

gboolean
pw_report_export_pdf (PwPlan       *plan,
                      PwFramework  *framework,
                      const char   *path,
                      PwPaper       paper,
                      GError      **error)
{
  g_autoptr(PwEvaluation) evaluation = NULL;
  g_autoptr(PwReport) report = NULL;

  g_return_val_if_fail (PW_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (PW_IS_FRAMEWORK (framework), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  evaluation = pw_evaluation_new (plan, framework);
  report = pw_report_new (evaluation, framework);
  return pw_report_write_pdf (report, path, paper, error);
}

gboolean
pw_report_export_blank (PwFramework  *framework,
                        const char   *path,
                        guint         n_outcomes,
                        PwPaper       paper,
                        GError      **error)
{
  g_autoptr(PwEvaluation) evaluation = NULL;
  g_autoptr(PwReport) report = NULL;
  PwReportFormat format;

  g_return_val_if_fail (PW_IS_FRAMEWORK (framework), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!pw_report_format_from_path (path, &format, error))
    return FALSE;
  if (format == PW_REPORT_FORMAT_CSV)
    {
      g_set_error (error, PW_REPORT_ERROR, PW_REPORT_ERROR_FORMAT,
                   _("A blank template can be written as .pdf or .fodt, not as .csv."));
      return FALSE;
    }

  evaluation = pw_evaluation_new_blank (n_outcomes > 0 ? n_outcomes : 3);
  if (format == PW_REPORT_FORMAT_FODT)
    return pw_report_export_fodt (evaluation, framework, path, paper, error);
  report = pw_report_new (evaluation, framework);
  return pw_report_write_pdf (report, path, paper, error);
}
