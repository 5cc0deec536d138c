/* pw-print.c — printing the evaluation plan, its blank template and the canvas, with preview
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model draws (pw-report-pdf.h, pw-canvas-render.h); this file only
 * wires it to GtkPrintOperation: paginate in ::begin-print for the printable
 * area of the page size the officer chose, draw in ::draw-page, keep the
 * chosen settings for the session, and preview in Pathways' own window
 * (GTK's default previewer is an external program that may be missing).
 */
#define G_LOG_DOMAIN "pathways-print"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-canvas-render.h"
#include "pw-evaluation.h"
#include "pw-print-private.h"
#include "pw-report-pdf.h"

typedef struct {
  PwPrintRequest  request;
  PwReport       *report;        /* evaluation and blank template */
  PwCanvasLayout *layout;        /* canvas */
  GtkWidget      *preview;       /* weak: where the preview goes, or NULL */
  gboolean        tiled_anyway;  /* fit-one-page would have made the text too small */
  GtkWidget      *fit_button;    /* the dialog's Canvas tab */
} PrintJob;

/* The session's settings: what the officer chose last (paper, printer…). */
static GtkPrintSettings *session_settings;

/* ---- Session ----------------------------------------------------------- */

static GtkPageSetup *
default_page_setup (void)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  GtkPaperSize *a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  /* The template is a landscape table: A4 landscape unless told otherwise. */
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_paper_size_free (a4);
  return setup;
}

static GtkPrintSettings *
get_session_settings (void)
{
  if (session_settings == NULL)
    {
      GtkPaperSize *a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

      session_settings = gtk_print_settings_new ();
      gtk_print_settings_set_paper_size (session_settings, a4);
      gtk_print_settings_set_orientation (session_settings, GTK_PAGE_ORIENTATION_LANDSCAPE);
      gtk_paper_size_free (a4);
    }
  return session_settings;
}

void
pw_print_session_set_paper (const char *paper_name)
{
  GtkPaperSize *paper;

  g_return_if_fail (paper_name != NULL);

  paper = gtk_paper_size_new (paper_name);
  gtk_print_settings_set_paper_size (get_session_settings (), paper);
  gtk_print_settings_set_orientation (get_session_settings (), GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_paper_size_free (paper);
}

char *
pw_print_session_dup_paper_name (void)
{
  GtkPaperSize *paper = gtk_print_settings_get_paper_size (get_session_settings ());
  char *name;

  if (paper == NULL)
    return NULL;
  name = g_strdup (gtk_paper_size_get_display_name (paper));
  gtk_paper_size_free (paper);
  return name;
}

const char *
pw_print_kind_get_title (PwPrintKind kind)
{
  switch (kind)
    {
    case PW_PRINT_EVALUATION:
      return _("Evaluation plan");
    case PW_PRINT_BLANK_TEMPLATE:
      return _("Blank evaluation template");
    case PW_PRINT_CANVAS:
    default:
      return _("Theory of change");
    }
}

/* ---- The job ----------------------------------------------------------- */

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_clear_object (&job->request.plan);
  g_clear_object (&job->request.framework);
  g_clear_object (&job->report);
  g_clear_object (&job->layout);
  g_clear_weak_pointer (&job->preview);
  /* The dialog's Canvas tab can outlive the operation. */
  g_clear_weak_pointer (&job->fit_button);
  g_free (job);
}

static PrintJob *
get_job (GtkPrintOperation *operation)
{
  return g_object_get_data (G_OBJECT (operation), "pw-print-job");
}

static guint
paginate_report (PrintJob        *job,
                 GtkPrintContext *context)
{
  const PwPrintRequest *r = &job->request;
  g_autoptr(PwEvaluation) evaluation = NULL;

  /* A snapshot of the plan as it is now, when printing starts. */
  evaluation = r->kind == PW_PRINT_BLANK_TEMPLATE
    ? pw_evaluation_new_blank (r->n_blank_outcomes > 0 ? r->n_blank_outcomes : 3)
    : pw_evaluation_new (r->plan, r->framework);
  g_clear_object (&job->report);
  job->report = pw_report_new (evaluation, r->framework);
  /* The context is already inside the printer's margins. */
  pw_report_set_margin (job->report, 0);
  return pw_report_paginate (job->report, gtk_print_context_get_width (context),
                             gtk_print_context_get_height (context));
}

static PwCanvasPrintMode
canvas_print_mode (PrintJob *job)
{
  return job->request.canvas_mode == PW_PRINT_CANVAS_TILE ? PW_CANVAS_PRINT_TILED
                                                          : PW_CANVAS_PRINT_FIT_ONE_PAGE;
}

static guint
paginate_canvas (PrintJob        *job,
                 GtkPrintContext *context)
{
  PwCanvasPrintFlags flags = PW_CANVAS_PRINT_FLAGS_NONE;
  guint n;

  g_clear_object (&job->layout);
  job->layout = pw_canvas_layout_new (job->request.plan, job->request.framework);
  n = pw_canvas_print_paginate (job->layout, gtk_print_context_get_width (context),
                                gtk_print_context_get_height (context), canvas_print_mode (job),
                                PW_PRINT_CANVAS_MIN_TITLE_PT, &flags);
  job->tiled_anyway = (flags & PW_CANVAS_PRINT_TEXT_TOO_SMALL) != 0;
  if (job->tiled_anyway)
    g_debug ("canvas too large for one legible page: printing %u tiles", n);
  return n;
}

static void
begin_print (GtkPrintOperation *operation,
             GtkPrintContext   *context,
             PrintJob          *job)
{
  guint n = job->request.kind == PW_PRINT_CANVAS ? paginate_canvas (job, context)
                                                 : paginate_report (job, context);

  gtk_print_operation_set_n_pages (operation, (int) n);
}

static void
draw_page (GtkPrintOperation *operation,
           GtkPrintContext   *context,
           int                page_nr,
           PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  if (job->request.kind == PW_PRINT_CANVAS)
    pw_canvas_print_draw_page (job->layout, cr, gtk_print_context_get_width (context),
                               gtk_print_context_get_height (context), canvas_print_mode (job),
                               (guint) page_nr);
  else
    pw_report_draw_page (job->report, cr, (guint) page_nr);
}

static gboolean
preview (GtkPrintOperation        *operation,
         GtkPrintOperationPreview *print_preview,
         GtkPrintContext          *context,
         GtkWindow                *parent,
         PrintJob                 *job)
{
  GtkWidget *window = job->preview;

  if (window == NULL)
    window = pw_print_preview_new (parent, &job->request);
  pw_print_preview_attach (PW_PRINT_PREVIEW (window), operation, print_preview, context);
  gtk_window_present (GTK_WINDOW (window));
  return TRUE;
}

/* ---- The dialog's Canvas tab ------------------------------------------- */

static GObject *
create_custom_widget (GtkPrintOperation *operation,
                      PrintJob          *job)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *fit = gtk_check_button_new_with_mnemonic (_("_Fit to one page"));
  GtkWidget *tile = gtk_check_button_new_with_mnemonic (_("_Tile over several pages (a poster to tape together)"));
  GtkWidget *note = gtk_label_new (_("If the card titles would be too small to read on one page, "
                                     "the canvas is tiled anyway. Choose A3 paper for a larger page."));

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_check_button_set_group (GTK_CHECK_BUTTON (tile), GTK_CHECK_BUTTON (fit));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (job->request.canvas_mode == PW_PRINT_CANVAS_TILE ? tile : fit),
                               TRUE);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (note), 50);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_widget_add_css_class (note, "dim-label");

  gtk_box_append (GTK_BOX (box), fit);
  gtk_box_append (GTK_BOX (box), tile);
  gtk_box_append (GTK_BOX (box), note);
  g_set_weak_pointer (&job->fit_button, fit);
  return G_OBJECT (box);
}

static void
custom_widget_apply (GtkPrintOperation *operation,
                     GtkWidget         *widget,
                     PrintJob          *job)
{
  if (job->fit_button != NULL)
    job->request.canvas_mode = gtk_check_button_get_active (GTK_CHECK_BUTTON (job->fit_button))
      ? PW_PRINT_CANVAS_FIT : PW_PRINT_CANVAS_TILE;
}

/* ---- Operations -------------------------------------------------------- */

GtkPrintOperation *
pw_print_operation_new_for_request (const PwPrintRequest *request)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autofree char *job_name = NULL;
  PrintJob *job;

  g_return_val_if_fail (request != NULL, NULL);
  g_return_val_if_fail (PW_IS_FRAMEWORK (request->framework), NULL);
  g_return_val_if_fail (request->kind == PW_PRINT_BLANK_TEMPLATE || PW_IS_PLAN (request->plan), NULL);

  job = g_new0 (PrintJob, 1);
  job->request = *request;
  job->request.plan = request->plan != NULL ? g_object_ref (request->plan) : NULL;
  job->request.framework = g_object_ref (request->framework);

  operation = gtk_print_operation_new ();
  g_object_set_data_full (G_OBJECT (operation), "pw-print-job", job, print_job_free);
  setup = default_page_setup ();
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_print_settings (operation, get_session_settings ());
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  job_name = request->plan != NULL && *pw_plan_get_title (request->plan) != '\0'
    ? g_strdup_printf ("%s — %s", pw_plan_get_title (request->plan), pw_print_kind_get_title (request->kind))
    : g_strdup (pw_print_kind_get_title (request->kind));
  gtk_print_operation_set_job_name (operation, job_name);

  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page), job);
  g_signal_connect (operation, "preview", G_CALLBACK (preview), job);
  if (request->kind == PW_PRINT_CANVAS)
    {
      gtk_print_operation_set_custom_tab_label (operation, _("Canvas"));
      g_signal_connect (operation, "create-custom-widget", G_CALLBACK (create_custom_widget), job);
      g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (custom_widget_apply), job);
    }
  return operation;
}

GtkPrintOperation *
pw_print_operation_new (PwPrintKind  kind,
                        PwPlan      *plan,
                        PwFramework *framework,
                        guint        n_blank_outcomes)
{
  PwPrintRequest request = {
    .kind = kind,
    .plan = plan,
    .framework = framework,
    .n_blank_outcomes = n_blank_outcomes,
    .canvas_mode = PW_PRINT_CANVAS_FIT,
  };

  return pw_print_operation_new_for_request (&request);
}

const PwPrintRequest *
pw_print_operation_get_request (GtkPrintOperation *operation)
{
  PrintJob *job = get_job (operation);

  g_return_val_if_fail (job != NULL, NULL);
  return &job->request;
}

void
pw_print_operation_set_canvas_mode (GtkPrintOperation *operation,
                                    PwPrintCanvasMode  mode)
{
  PrintJob *job = get_job (operation);

  g_return_if_fail (job != NULL);
  job->request.canvas_mode = mode;
}

gboolean
pw_print_operation_get_tiled_anyway (GtkPrintOperation *operation)
{
  PrintJob *job = get_job (operation);

  g_return_val_if_fail (job != NULL, FALSE);
  return job->tiled_anyway;
}

void
pw_print_operation_set_preview_target (GtkPrintOperation *operation,
                                       GtkWidget         *preview)
{
  PrintJob *job = get_job (operation);

  g_return_if_fail (job != NULL);
  g_return_if_fail (preview == NULL || PW_IS_PRINT_PREVIEW (preview));
  g_set_weak_pointer (&job->preview, preview);
}

/* ---- Running ----------------------------------------------------------- */

static void
show_print_error (GtkWindow    *parent,
                  const GError *error)
{
  pw_print_show_error (parent, _("Could not print"),
                       error != NULL ? error->message : _("The printing system reported an unknown error."));
}

static void
operation_done (GtkPrintOperation       *operation,
                GtkPrintOperationResult  result,
                GtkWindow               *parent)
{
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    g_set_object (&session_settings, gtk_print_operation_get_print_settings (operation));
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      show_print_error (parent, error);
    }
}

GtkPrintOperationResult
pw_print_operation_run (GtkPrintOperation        *operation,
                        GtkPrintOperationAction   action,
                        GtkWindow                *parent,
                        GError                  **error)
{
  g_autoptr(GError) local_error = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (GTK_IS_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_RESULT_ERROR);
  g_return_val_if_fail (get_job (operation) != NULL, GTK_PRINT_OPERATION_RESULT_ERROR);

  if (parent != NULL)
    {
      gtk_print_operation_set_allow_async (operation, TRUE);
      g_signal_connect_object (operation, "done", G_CALLBACK (operation_done), parent, 0);
    }
  result = gtk_print_operation_run (operation, action, parent, &local_error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      if (parent != NULL)
        show_print_error (parent, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    g_set_object (&session_settings, gtk_print_operation_get_print_settings (operation));
  return result;
}

static void
run_dialog (GtkWindow         *parent,
            GtkPrintOperation *operation)
{
  pw_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, NULL);
  g_object_unref (operation);
}

void
pw_print_evaluation (GtkWindow   *parent,
                     PwPlan      *plan,
                     PwFramework *framework,
                     gboolean     blank,
                     int          n_blank_outcomes)
{
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  run_dialog (parent, pw_print_operation_new (blank ? PW_PRINT_BLANK_TEMPLATE : PW_PRINT_EVALUATION,
                                              plan, framework, MAX (n_blank_outcomes, 0)));
}

void
pw_print_canvas (GtkWindow   *parent,
                 PwPlan      *plan,
                 PwFramework *framework)
{
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  run_dialog (parent, pw_print_operation_new (PW_PRINT_CANVAS, plan, framework, 0));
}

void
pw_print_show_preview (GtkWindow   *parent,
                       PwPrintKind  kind,
                       PwPlan      *plan,
                       PwFramework *framework,
                       guint        n_blank_outcomes)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  operation = pw_print_operation_new (kind, plan, framework, n_blank_outcomes);
  pw_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PREVIEW, parent, NULL);
}

/* ---- Errors ------------------------------------------------------------ */

void
pw_print_show_error (GtkWindow  *parent,
                     const char *title,
                     const char *message)
{
  GtkWidget *dialog;

  g_return_if_fail (title != NULL);

  dialog = gtk_message_dialog_new (parent,
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s", title);
  if (message != NULL)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", message);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}
