/* pw-report-pdf.h — the Annex 1 table laid out in pages with cairo and pango (PDF, printing)
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "pw-report.h"

G_BEGIN_DECLS

/**
 * PwReport:
 *
 * The Annex 1 table of a #PwEvaluation laid out on pages, the template's
 * way: the row labels in the first column, one column per outcome (as many
 * as fit legibly: at least 60 mm each, so 3 on A4 and 5 on A3 landscape).
 * Long texts wrap and are never cut: a row taller than what is left of a
 * page continues on the next one, with the row labels and outcome headings
 * repeated and marked "(continued)". Each page has a header (plan title,
 * organisation, area, date) and a footer ("Page N of M", the framework's
 * name and licence, its attribution).
 *
 * Drawing works on any cairo context whose user unit is the point: a PDF
 * surface, or a GtkPrintOperation's context (set_unit (POINTS)):
 *
 * |[<!-- language="C" -->
 * // begin-print: the context's printable area is already inside the margins
 * pw_report_set_margin (report, 0);
 * n = pw_report_paginate (report, gtk_print_context_get_width (context),
 *                         gtk_print_context_get_height (context));
 * gtk_print_operation_set_n_pages (operation, n);
 * // draw-page:
 * pw_report_draw_page (report, gtk_print_context_get_cairo_context (context), page_nr);
 * ]|
 *
 * Labels are translated when pw_report_paginate() runs.
 */
#define PW_TYPE_REPORT (pw_report_get_type ())
G_DECLARE_FINAL_TYPE (PwReport, pw_report, PW, REPORT, GObject)

PwReport     *pw_report_new              (PwEvaluation *evaluation,
                                          PwFramework  *framework);
PwEvaluation *pw_report_get_evaluation   (PwReport     *self);
/* White space kept around the page's contents, in points (default 10 mm);
 * use 0 when the surface is already inside the printer's margins. */
void          pw_report_set_margin       (PwReport     *self,
                                          double        margin);
/* The date shown in the page header (default: now, local time). */
void          pw_report_set_date         (PwReport     *self,
                                          GDateTime    *date);

/* Lays the table out on pages of @width × @height points; returns the
 * number of pages (at least 1). */
guint         pw_report_paginate         (PwReport     *self,
                                          double        width,
                                          double        height);
guint         pw_report_get_n_pages      (PwReport     *self);
/* Outcome columns per page, as chosen by the last pw_report_paginate(). */
guint         pw_report_get_columns_per_page (PwReport *self);
/* Draws page @page (0-based) at the origin of @cr; paginate first. */
void          pw_report_draw_page        (PwReport     *self,
                                          cairo_t      *cr,
                                          guint         page);

/* Writes every page to a PDF file (atomically). */
gboolean      pw_report_write_pdf        (PwReport     *self,
                                          const char   *path,
                                          PwPaper       paper,
                                          GError      **error);

/* The plan's Annex 1 as a PDF on landscape @paper. */
gboolean      pw_report_export_pdf       (PwPlan       *plan,
                                          PwFramework  *framework,
                                          const char   *path,
                                          PwPaper       paper,
                                          GError      **error);
/* A blank Annex 1 to fill in by hand: @n_outcomes columns (0 means 3) with
 * rows 25–35 mm tall, titled "Evaluation planning — Part B, Annex 1".
 * The format follows @path's extension: ".pdf" or ".fodt". */
gboolean      pw_report_export_blank     (PwFramework  *framework,
                                          const char   *path,
                                          guint         n_outcomes,
                                          PwPaper       paper,
                                          GError      **error);

G_END_DECLS
