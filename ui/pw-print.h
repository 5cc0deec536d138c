/* pw-print.h — printing the evaluation plan, its blank template and the canvas, with preview
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pw-framework.h"
#include "pw-plan.h"

G_BEGIN_DECLS

/**
 * PwPrintKind:
 * @PW_PRINT_EVALUATION: the plan's Part B Annex 1 (pw-report-pdf.h)
 * @PW_PRINT_BLANK_TEMPLATE: an empty Annex 1 to fill in by hand
 * @PW_PRINT_CANVAS: the theory of change (pw-canvas-render.h)
 */
typedef enum {
  PW_PRINT_EVALUATION,
  PW_PRINT_BLANK_TEMPLATE,
  PW_PRINT_CANVAS,
} PwPrintKind;

/**
 * PwPrintCanvasMode:
 * @PW_PRINT_CANVAS_FIT: the whole canvas on one page (tiled anyway if the
 *   card titles would become too small to read)
 * @PW_PRINT_CANVAS_TILE: a poster at print scale over several pages
 */
typedef enum {
  PW_PRINT_CANVAS_FIT,
  PW_PRINT_CANVAS_TILE,
} PwPrintCanvasMode;

/* The smallest card title size when the canvas is fitted to one page: the
 * five lanes are about 1,420 pt wide, so a plan fits A4 landscape with
 * titles at 7.7 pt and A3 at 11 pt. */
#define PW_PRINT_CANVAS_MIN_TITLE_PT 7.0

/* A print operation for @kind, ready to run: A4 landscape by default (the
 * paper and orientation last chosen in this session otherwise; A3 and the
 * rest are selectable in the dialog, whose page setup is embedded), unit
 * points; ::begin-print paginates for the chosen page size, ::draw-page
 * draws with the model's functions, ::preview opens Pathways' own preview
 * window. Canvas operations add a "Canvas" tab to the dialog (fit to one
 * page or tile). @plan is unused for a blank template (may be NULL);
 * @n_blank_outcomes is its number of outcome columns (0: 3). */
GtkPrintOperation *pw_print_operation_new (PwPrintKind        kind,
                                           PwPlan            *plan,
                                           PwFramework       *framework,
                                           guint              n_blank_outcomes);
/* Canvas operations: the mode to use (also what the dialog's tab shows). */
void               pw_print_operation_set_canvas_mode (GtkPrintOperation *operation,
                                                       PwPrintCanvasMode  mode);

/* Runs @operation with @action. With a @parent the run is asynchronous for
 * the dialog and preview, and an error is shown to the officer over
 * @parent; without one (tests, ACTION_EXPORT) it is synchronous. The chosen
 * print settings are kept for the next run. Returns the result; @error is
 * set for GTK_PRINT_OPERATION_RESULT_ERROR of a synchronous run. */
GtkPrintOperationResult pw_print_operation_run (GtkPrintOperation       *operation,
                                                GtkPrintOperationAction  action,
                                                GtkWindow               *parent,
                                                GError                 **error);

/* The print dialog for the evaluation plan, or with @blank the blank
 * template with @n_blank_outcomes columns (0 or less: 3). */
void  pw_print_evaluation (GtkWindow   *parent,
                           PwPlan      *plan,
                           PwFramework *framework,
                           gboolean     blank,
                           int          n_blank_outcomes);
/* The print dialog for the canvas, with the "Canvas" tab. */
void  pw_print_canvas     (GtkWindow   *parent,
                           PwPlan      *plan,
                           PwFramework *framework);
/* Straight to the preview window (GTK_PRINT_OPERATION_ACTION_PREVIEW). */
void  pw_print_show_preview (GtkWindow   *parent,
                            PwPrintKind  kind,
                            PwPlan      *plan,
                            PwFramework *framework,
                            guint        n_blank_outcomes);

/* Shows an error over @parent: "@title" and @message (translated by the
 * caller). A small helper until the window's dialogs offer one. */
void  pw_print_show_error (GtkWindow   *parent,
                           const char  *title,
                           const char  *message);

G_END_DECLS
