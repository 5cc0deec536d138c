/* pw-report.h — exporting the Annex 1 evaluation plan: PDF, CSV, flat OpenDocument
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pw-evaluation.h"
#include "pw-framework.h"
#include "pw-plan.h"

G_BEGIN_DECLS

#define PW_REPORT_ERROR (pw_report_error_quark ())

/**
 * PwReportError:
 * @PW_REPORT_ERROR_FORMAT: the file name's extension names no format we write
 * @PW_REPORT_ERROR_WRITE: the file could not be written (the message says why)
 * @PW_REPORT_ERROR_RENDER: cairo could not draw the document
 *
 * Messages are translated and written for the officer.
 */
typedef enum {
  PW_REPORT_ERROR_FORMAT,
  PW_REPORT_ERROR_WRITE,
  PW_REPORT_ERROR_RENDER,
} PwReportError;

GQuark pw_report_error_quark (void);

/**
 * PwPaper:
 * @PW_PAPER_A4: A4 landscape, 841.89 × 595.28 pt: 3 outcomes a page
 * @PW_PAPER_A3: A3 landscape, 1190.55 × 841.89 pt: 5 outcomes a page
 *
 * Paper for the printed table; always landscape, like the template.
 */
typedef enum {
  PW_PAPER_A4,
  PW_PAPER_A3,
} PwPaper;

/* Landscape size in points (1/72 inch). */
void     pw_paper_get_size        (PwPaper       paper,
                                   double       *width,
                                   double       *height);
/* "a4" / "a3" (case-insensitive); FALSE for anything else. */
gboolean pw_paper_from_string     (const char   *str,
                                   PwPaper      *out_paper);

/**
 * PwReportFormat:
 *
 * The formats pw_report_export_evaluation() chooses between by extension:
 * ".pdf", ".csv", ".fodt" (case-insensitive).
 */
typedef enum {
  PW_REPORT_FORMAT_PDF,
  PW_REPORT_FORMAT_CSV,
  PW_REPORT_FORMAT_FODT,
} PwReportFormat;

gboolean pw_report_format_from_path (const char     *path,
                                     PwReportFormat *out_format,
                                     GError        **error);

/* All writers replace @path atomically: an old file stays intact on failure.
 *
 * pw_report_export_csv(): one row per outcome × indicator (an outcome without
 *   indicators: one row), a column per field with a header row of the field
 *   names, RFC 4180 quoting, CRLF line ends, UTF-8 with a BOM so that Excel
 *   reads it as UTF-8.
 * pw_report_export_fodt(): flat OpenDocument Text (one XML file) that
 *   LibreOffice Writer opens and edits: the Annex 1 table(s) on landscape
 *   pages of @paper, as many outcome columns per table as the PDF puts on a
 *   page, the outcome heading row repeated on each page.
 * pw_report_export_evaluation(): the format from the extension of @path. */
gboolean pw_report_export_csv        (PwEvaluation  *evaluation,
                                      const char    *path,
                                      GError       **error);
gboolean pw_report_export_fodt       (PwEvaluation  *evaluation,
                                      PwFramework   *framework,
                                      const char    *path,
                                      PwPaper        paper,
                                      GError       **error);
gboolean pw_report_export_evaluation (PwPlan        *plan,
                                      PwFramework   *framework,
                                      const char    *path,
                                      PwPaper        paper,
                                      GError       **error);

/* In memory, for tests and the UI's "copy". */
GBytes  *pw_report_csv_to_bytes      (PwEvaluation  *evaluation);
GBytes  *pw_report_fodt_to_bytes     (PwEvaluation  *evaluation,
                                      PwFramework   *framework,
                                      PwPaper        paper);

/* Shared by the writers: replace @path atomically with @bytes. */
gboolean pw_report_write_file        (const char    *path,
                                      GBytes        *bytes,
                                      GError       **error);

/* The footer line: "Indicators of Integration framework 2019, Home Office —
 * Open Government Licence v3.0" (translated). */
const char *pw_report_get_framework_line (void);
/* "Evaluation planning — Part B, Annex 1" (translated). */
const char *pw_report_get_document_title (void);
/* The framework's attribution, in the interface language when translated. */
const char *pw_report_get_attribution    (PwFramework *framework);
/* The mark of an empty field, "— to complete" (translated), with no-break
 * spaces so that it never wraps inside. */
char       *pw_report_dup_empty_mark     (void);
/* The non-empty ones of @parts (NULL counts as empty) joined with " · ",
 * e.g. "Organisation · Area · 3 March 2026" under a report's title. */
char       *pw_report_join_meta          (const char * const *parts,
                                          guint               n_parts);

G_END_DECLS
