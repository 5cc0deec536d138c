/* pw-export-dialog.h — Export: the evaluation plan, a blank template or the canvas, to a file
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pw-framework.h"
#include "pw-plan.h"
#include "pw-report.h"

G_BEGIN_DECLS

/**
 * PwExportKind:
 * @PW_EXPORT_EVALUATION: the plan's Part B Annex 1 (PDF, CSV, OpenDocument text)
 * @PW_EXPORT_BLANK_TEMPLATE: an empty Annex 1 (PDF, OpenDocument text)
 * @PW_EXPORT_CANVAS: the theory of change (PNG, SVG, PDF)
 */
typedef enum {
  PW_EXPORT_EVALUATION,
  PW_EXPORT_BLANK_TEMPLATE,
  PW_EXPORT_CANVAS,
} PwExportKind;

/**
 * PwExportFormat:
 *
 * File formats, each with its file name suffix (pw_export_format_get_suffix()).
 */
typedef enum {
  PW_EXPORT_FORMAT_PDF,
  PW_EXPORT_FORMAT_CSV,
  PW_EXPORT_FORMAT_FODT,
  PW_EXPORT_FORMAT_PNG,
  PW_EXPORT_FORMAT_SVG,
} PwExportFormat;

/* ".pdf", ".csv", ".fodt", ".png", ".svg" */
const char *pw_export_format_get_suffix (PwExportFormat format);
/* Whether @kind can be written as @format. */
gboolean    pw_export_kind_has_format   (PwExportKind   kind,
                                         PwExportFormat format);

/* Writes @kind as @format to @path with the model's exporters (atomically):
 * @paper for PDF and OpenDocument tables, @n_blank_outcomes (0: 3) for the
 * blank template. @path gets the format's suffix if it has another one. */
gboolean    pw_export_write             (PwExportKind   kind,
                                         PwExportFormat format,
                                         PwPaper        paper,
                                         guint          n_blank_outcomes,
                                         PwPlan        *plan,
                                         PwFramework   *framework,
                                         const char    *path,
                                         GError       **error);

/**
 * PwExportDialog:
 *
 * A small modal window: what to export (evaluation plan, blank template,
 * canvas), the format, the paper (A4/A3 landscape) or the number of blank
 * outcome columns; "Export…" then asks where to save (GtkFileChooserNative),
 * writes the file and closes. Errors are shown to the officer and the
 * dialog stays open.
 *
 * Signals: "exported" (GFile *file): the file was written; the window may
 * say so.
 */
#define PW_TYPE_EXPORT_DIALOG (pw_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PwExportDialog, pw_export_dialog, PW, EXPORT_DIALOG, GtkWindow)

PwExportDialog *pw_export_dialog_new        (GtkWindow      *parent,
                                             PwPlan         *plan,
                                             PwFramework    *framework);
/* Creates and presents the dialog with @kind preselected. */
PwExportDialog *pw_export_dialog_present    (GtkWindow      *parent,
                                             PwPlan         *plan,
                                             PwFramework    *framework,
                                             PwExportKind   kind);
void            pw_export_dialog_set_kind   (PwExportDialog *self,
                                             PwExportKind    kind);
PwExportKind    pw_export_dialog_get_kind   (PwExportDialog *self);
void            pw_export_dialog_set_format (PwExportDialog *self,
                                             PwExportFormat  format);
PwExportFormat  pw_export_dialog_get_format (PwExportDialog *self);
/* A file name for the chooser, e.g. "ESOL café – evaluation plan.pdf". */
char           *pw_export_dialog_dup_suggested_name (PwExportDialog *self);
/* Writes with the dialog's choices to @file (what the chooser's Save does,
 * without the chooser). On success emits "exported" and returns TRUE. */
gboolean        pw_export_dialog_export_to  (PwExportDialog *self,
                                             GFile          *file,
                                             GError        **error);

G_END_DECLS
