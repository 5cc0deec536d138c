/* pw-print-private.h — what the print operations and the preview window share
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pw-print.h"

G_BEGIN_DECLS

/* What to print; the operation keeps its own copy (with references). */
typedef struct {
  PwPrintKind        kind;
  PwPlan            *plan;
  PwFramework       *framework;
  guint              n_blank_outcomes;
  PwPrintCanvasMode  canvas_mode;
} PwPrintRequest;

/* pw-print.c */
GtkPrintOperation *pw_print_operation_new_for_request (const PwPrintRequest *request);
/* The request @operation was made for (owned by the operation). */
const PwPrintRequest *pw_print_operation_get_request (GtkPrintOperation *operation);
/* Whether the last pagination of a canvas tiled it although one page was
 * asked for (the card titles would have been too small to read). */
gboolean     pw_print_operation_get_tiled_anyway (GtkPrintOperation *operation);
/* The operation's preview goes to @preview (a PwPrintPreview) instead of a new window. */
void         pw_print_operation_set_preview_target (GtkPrintOperation *operation,
                                                    GtkWidget         *preview);
/* The paper of later operations in this session, landscape:
 * GTK_PAPER_NAME_A4 or GTK_PAPER_NAME_A3. */
void         pw_print_session_set_paper  (const char *paper_name);
/* The paper's display name ("A4"), or NULL when unknown. */
char        *pw_print_session_dup_paper_name (void);
/* "Evaluation plan", "Blank evaluation template", "Theory of change". */
const char  *pw_print_kind_get_title     (PwPrintKind kind);

/* pw-print-preview.c */
#define PW_TYPE_PRINT_PREVIEW (pw_print_preview_get_type ())
G_DECLARE_FINAL_TYPE (PwPrintPreview, pw_print_preview, PW, PRINT_PREVIEW, GtkWindow)

GtkWidget   *pw_print_preview_new        (GtkWindow                *parent,
                                          const PwPrintRequest     *request);
/* Shows the pages of @operation's preview (from its ::preview signal). */
void         pw_print_preview_attach     (PwPrintPreview           *self,
                                          GtkPrintOperation        *operation,
                                          GtkPrintOperationPreview *preview,
                                          GtkPrintContext          *context);
/* Pages rendered so far, and whether all of them are. */
guint        pw_print_preview_get_n_pages (PwPrintPreview          *self);
gboolean     pw_print_preview_is_complete (PwPrintPreview          *self);

G_END_DECLS
