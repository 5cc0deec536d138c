/* test-ui-print.c — printing (GtkPrintOperation export, preview window), the export dialog, the window's actions
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <string.h>

#include <gtk/gtk.h>

#include "pw-application.h"
#include "pw-evaluation.h"
#include "pw-export-dialog.h"
#include "pw-framework.h"
#include "pw-plan.h"
#include "pw-plan-xml.h"
#include "pw-print.h"
#include "pw-print-private.h"
#include "pw-report-pdf.h"
#include "pw-test-utils.h"
#include "pw-window.h"
#include "pw-window-private.h"

typedef struct {
  PwFramework *framework;
  GtkWindow   *window;
} Fixture;

static PwApplication *app;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->framework = g_object_ref (pw_framework_get_default ());
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 800, 600);
  gtk_window_present (f->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->framework);
}

static PwPlan *
load_example (Fixture *f, const char *name)
{
  const char *root = g_getenv ("PW_SOURCE_ROOT");
  g_autofree char *path = g_build_filename (root != NULL ? root : "..", "data", "examples", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PwPlan *plan = pw_plan_load (file, f->framework, NULL, &error);

  g_assert_no_error (error);
  return plan;
}

static char *
dup_output_path (const char *name)
{
  const char *dir = g_getenv ("PW_SCREENSHOT_DIR");

  if (dir == NULL)
    dir = g_get_tmp_dir ();
  return g_build_filename (dir, name, NULL);
}

/* ---- Printing ------------------------------------------------------------ */

static char *
run_tool (const char *tool, const char *path)
{
  g_autofree char *program = g_find_program_in_path (tool);
  const char *argv[] = { program, path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  if (program == NULL)
    return NULL;
  if (g_strcmp0 (tool, "pdfinfo") == 0)
    argv[2] = NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static int
pdf_pages (const char *info)
{
  const char *line = strstr (info, "\nPages:");

  g_assert_nonnull (line);
  return atoi (line + strlen ("\nPages:"));
}

typedef struct {
  double width, height;
} ContextSize;

static void
record_context_size (GtkPrintOperation *operation, GtkPrintContext *context, ContextSize *size)
{
  size->width = gtk_print_context_get_width (context);
  size->height = gtk_print_context_get_height (context);
}

/* Runs @operation to a PDF through GTK_PRINT_OPERATION_ACTION_EXPORT; returns
 * pdfinfo's output (NULL without poppler-utils) and the printable area. */
static char *
export_operation (GtkPrintOperation *operation,
                  const char        *path,
                  ContextSize       *size)
{
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  g_signal_connect_after (operation, "begin-print", G_CALLBACK (record_context_size), size);
  gtk_print_operation_set_export_filename (operation, path);
  result = pw_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  return run_tool ("pdfinfo", path);
}

static guint
expected_report_pages (PwPlan *plan, PwFramework *framework, guint n_blank, ContextSize *size)
{
  g_autoptr(PwEvaluation) evaluation = plan != NULL ? pw_evaluation_new (plan, framework)
                                                    : pw_evaluation_new_blank (n_blank);
  g_autoptr(PwReport) report = pw_report_new (evaluation, framework);

  pw_report_set_margin (report, 0);
  return pw_report_paginate (report, size->width, size->height);
}

static gboolean
preview_complete (gpointer data)
{
  GtkWidget **preview = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; *preview == NULL && i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) w = g_list_model_get_item (toplevels, i);
      if (PW_IS_PRINT_PREVIEW (w))
        *preview = w;
    }
  return *preview != NULL && pw_print_preview_is_complete (PW_PRINT_PREVIEW (*preview));
}

static void
test_print_evaluation_pdf (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(PwPlan) plan = load_example (f, "friendship-club.pathways");
  g_autofree char *path = dup_output_path ("evaluation-print-a4.pdf");
  g_autofree char *path_a3 = dup_output_path ("evaluation-print-a3.pdf");
  g_autoptr(GtkPrintOperation) operation = pw_print_operation_new (PW_PRINT_EVALUATION, plan, f->framework, 0);
  g_autoptr(GtkPrintOperation) operation_a3 = NULL;
  g_autoptr(GPtrArray) outcomes = pw_plan_get_lane_cards (plan, PW_CARD_KIND_OUTCOME);
  ContextSize size = { 0 }, size_a3 = { 0 };
  g_autofree char *info = export_operation (operation, path, &size);
  g_autofree char *info_a3 = NULL;
  g_autofree char *text = NULL;
  guint expected;

  if (info == NULL)
    {
      g_test_skip ("pdfinfo (poppler-utils) is not installed");
      return;
    }
  expected = expected_report_pages (plan, f->framework, 0, &size);
  g_assert_cmpuint (outcomes->len, ==, 5);
  g_assert_cmpint (pdf_pages (info), ==, (int) expected);
  g_assert_cmpint (pdf_pages (info), >=, 2);  /* 5 outcomes, at most 3 a page on A4 */
  g_assert_nonnull (strstr (info, "841.89 x 595.276 pts (A4)"));

  /* every outcome title is in the printout (the PDF keeps its text) */
  text = run_tool ("pdftotext", path);
  for (guint i = 0; i < outcomes->len; i++)
    {
      g_autofree char *title = pw_card_dup_display_title (g_ptr_array_index (outcomes, i));
      g_auto(GStrv) words = g_strsplit (title, " ", -1);
      g_autofree char *start = g_strjoin (" ", words[0], words[1], words[2], NULL);

      /* the first words: a long title wraps inside its column */
      g_assert_nonnull (strstr (text, start));
    }
  g_assert_nonnull (strstr (text, "Data collection methods"));

  /* A3, chosen for the session, gives bigger pages with more columns each */
  pw_print_session_set_paper (GTK_PAPER_NAME_A3);
  operation_a3 = pw_print_operation_new (PW_PRINT_EVALUATION, plan, f->framework, 0);
  info_a3 = export_operation (operation_a3, path_a3, &size_a3);
  pw_print_session_set_paper (GTK_PAPER_NAME_A4);
  g_assert_nonnull (strstr (info_a3, "1190.55 x 841.89 pts (A3)"));
  g_assert_cmpfloat (size_a3.width, >, size.width);
  g_assert_cmpint (pdf_pages (info_a3), ==, (int) expected_report_pages (plan, f->framework, 0, &size_a3));
  g_assert_cmpint (pdf_pages (info_a3), <=, pdf_pages (info));
  g_test_message ("A4: %d pages, A3: %d pages (%s, %s)", pdf_pages (info), pdf_pages (info_a3), path, path_a3);
}

static void
test_print_blank_template (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *path = dup_output_path ("evaluation-print-blank.pdf");
  g_autoptr(GtkPrintOperation) operation = pw_print_operation_new (PW_PRINT_BLANK_TEMPLATE, NULL, f->framework, 4);
  ContextSize size = { 0 };
  g_autofree char *info = export_operation (operation, path, &size);
  g_autofree char *text = NULL;

  if (info == NULL)
    {
      g_test_skip ("pdfinfo (poppler-utils) is not installed");
      return;
    }
  g_assert_cmpint (pdf_pages (info), ==, (int) expected_report_pages (NULL, f->framework, 4, &size));
  text = run_tool ("pdftotext", path);
  g_assert_nonnull (strstr (text, "Evaluation planning"));
  g_assert_nonnull (strstr (text, "Sample"));
  g_assert_null (strstr (text, "Women practise English"));
}

static void
test_print_canvas (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(PwPlan) plan = load_example (f, "esol-conversation-cafe.pathways");
  g_autofree char *path = dup_output_path ("canvas-print-fit.pdf");
  g_autofree char *path_tiles = dup_output_path ("canvas-print-tiles.pdf");
  g_autoptr(GtkPrintOperation) fit = pw_print_operation_new (PW_PRINT_CANVAS, plan, f->framework, 0);
  g_autoptr(GtkPrintOperation) tiles = pw_print_operation_new (PW_PRINT_CANVAS, plan, f->framework, 0);
  ContextSize size = { 0 };
  g_autofree char *info = export_operation (fit, path, &size);
  g_autofree char *info_tiles = NULL;
  g_autofree char *text = NULL;

  if (info == NULL)
    {
      g_test_skip ("pdfinfo (poppler-utils) is not installed");
      return;
    }
  g_assert_cmpint (pdf_pages (info), ==, 1);
  text = run_tool ("pdftotext", path);
  g_assert_nonnull (strstr (text, "Isolated women migrants"));

  pw_print_operation_set_canvas_mode (tiles, PW_PRINT_CANVAS_TILE);
  info_tiles = export_operation (tiles, path_tiles, &size);
  g_assert_cmpint (pdf_pages (info_tiles), >, 1);

  /* the preview of the canvas: one page, fit */
  {
    GtkWidget *preview = NULL;
    g_autofree char *shot = dup_output_path ("print-preview-canvas.png");
    g_autoptr(GError) error = NULL;

    pw_print_show_preview (f->window, PW_PRINT_CANVAS, plan, f->framework, 0);
    g_assert_true (pw_test_wait_until (preview_complete, &preview, 20000));
    g_assert_cmpuint (pw_print_preview_get_n_pages (PW_PRINT_PREVIEW (preview)), ==, 1);
    gtk_window_set_default_size (GTK_WINDOW (preview), 1280, 720);
    pw_test_spin (300);
    g_assert_true (pw_test_save_screenshot (preview, shot, &error));
    g_assert_no_error (error);
    gtk_window_destroy (GTK_WINDOW (preview));
  }
}

static void
test_print_preview (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(PwPlan) plan = load_example (f, "friendship-club.pathways");
  g_autofree char *path = dup_output_path ("print-preview.png");
  GtkWidget *preview = NULL;
  g_autoptr(GError) error = NULL;
  ContextSize size = { 0 };
  g_autoptr(GtkPrintOperation) probe = pw_print_operation_new (PW_PRINT_EVALUATION, plan, f->framework, 0);
  g_autofree char *probe_path = dup_output_path ("print-preview-probe.pdf");
  g_autofree char *info = export_operation (probe, probe_path, &size);

  /* GTK_PRINT_OPERATION_ACTION_PREVIEW opens Pathways' preview window */
  pw_print_show_preview (f->window, PW_PRINT_EVALUATION, plan, f->framework, 0);
  g_assert_true (pw_test_wait_until (preview_complete, &preview, 20000));
  g_assert_cmpuint (pw_print_preview_get_n_pages (PW_PRINT_PREVIEW (preview)), ==,
                    expected_report_pages (plan, f->framework, 0, &size));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preview)) == f->window);
  gtk_window_set_default_size (GTK_WINDOW (preview), 1280, 720);
  pw_test_spin (300);
  g_assert_true (pw_test_save_screenshot (preview, path, &error));
  g_assert_no_error (error);
  g_test_message ("preview: %s (%s)", path, info != NULL ? "pdfinfo ok" : "no pdfinfo");
  gtk_window_destroy (GTK_WINDOW (preview));
}

/* ---- Export -------------------------------------------------------------- */

static void
exported_cb (PwExportDialog *dialog, GFile *file, char **out)
{
  g_free (*out);
  *out = g_file_get_path (file);
}

static void
test_export_dialog (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(PwPlan) plan = load_example (f, "esol-conversation-cafe.pathways");
  PwExportDialog *dialog = pw_export_dialog_present (f->window, plan, f->framework, PW_EXPORT_EVALUATION);
  g_autofree char *dir = g_dir_make_tmp ("pw-export-XXXXXX", NULL);
  g_autofree char *exported = NULL;
  g_autofree char *name = NULL;
  g_autofree char *csv_path = g_build_filename (dir, "plan", NULL);
  g_autofree char *blank_path = g_build_filename (dir, "blank.pdf", NULL);
  g_autofree char *png_path = g_build_filename (dir, "canvas.png", NULL);
  g_autofree char *shot = dup_output_path ("export-dialog.png");
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_signal_connect (dialog, "exported", G_CALLBACK (exported_cb), &exported);
  g_assert_cmpint (pw_export_dialog_get_kind (dialog), ==, PW_EXPORT_EVALUATION);
  g_assert_cmpint (pw_export_dialog_get_format (dialog), ==, PW_EXPORT_FORMAT_PDF);
  pw_test_spin (200);
  g_assert_true (pw_test_save_screenshot (GTK_WIDGET (dialog), shot, &error));
  g_assert_no_error (error);

  /* the evaluation plan as CSV: the suffix is added, the signal names the file */
  pw_export_dialog_set_format (dialog, PW_EXPORT_FORMAT_CSV);
  g_assert_cmpint (pw_export_dialog_get_format (dialog), ==, PW_EXPORT_FORMAT_CSV);
  name = pw_export_dialog_dup_suggested_name (dialog);
  g_assert_cmpstr (name, ==, "ESOL women friendship and language café – evaluation plan.csv");
  file = g_file_new_for_path (csv_path);
  g_assert_true (pw_export_dialog_export_to (dialog, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (exported, "plan.csv"));
  g_assert_true (g_file_get_contents (exported, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
  g_assert_nonnull (strstr (contents, "% confident to ask their neighbours of all backgrounds for help"));

  /* the blank template: PDF or OpenDocument only, with a number of columns */
  pw_export_dialog_set_kind (dialog, PW_EXPORT_BLANK_TEMPLATE);
  pw_export_dialog_set_format (dialog, PW_EXPORT_FORMAT_CSV);
  g_assert_cmpint (pw_export_dialog_get_format (dialog), ==, PW_EXPORT_FORMAT_PDF);
  g_assert_false (pw_export_kind_has_format (PW_EXPORT_BLANK_TEMPLATE, PW_EXPORT_FORMAT_CSV));
  g_clear_object (&file);
  file = g_file_new_for_path (blank_path);
  g_assert_true (pw_export_dialog_export_to (dialog, file, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (exported, ==, blank_path);
  {
    g_autofree char *info = run_tool ("pdfinfo", blank_path);
    if (info != NULL)
      g_assert_cmpint (pdf_pages (info), >=, 1);
  }

  /* the canvas as a picture */
  pw_export_dialog_set_kind (dialog, PW_EXPORT_CANVAS);
  /* a format the new choice also has is kept */
  g_assert_cmpint (pw_export_dialog_get_format (dialog), ==, PW_EXPORT_FORMAT_PDF);
  pw_export_dialog_set_format (dialog, PW_EXPORT_FORMAT_PNG);
  g_assert_cmpint (pw_export_dialog_get_format (dialog), ==, PW_EXPORT_FORMAT_PNG);
  g_clear_object (&file);
  file = g_file_new_for_path (png_path);
  g_assert_true (pw_export_dialog_export_to (dialog, file, &error));
  g_assert_no_error (error);
  g_free (contents);
  g_assert_true (g_file_get_contents (png_path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8);
  g_assert_cmpint (memcmp (contents, "\x89PNG", 4), ==, 0);

  /* a folder that does not exist: an error for the officer, no signal */
  g_clear_pointer (&exported, g_free);
  g_clear_object (&file);
  file = g_file_new_for_path ("/nonexistent-folder/plan.png");
  g_assert_false (pw_export_dialog_export_to (dialog, file, &error));
  g_assert_nonnull (error);
  g_assert_null (exported);
  g_test_message ("export dialog: %s", shot);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* ---- The window's actions ------------------------------------------------ */

static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) w = g_list_model_get_item (toplevels, i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type))
        return w;
    }
  return NULL;
}

static void
test_window_actions (Fixture       *f,
                     gconstpointer  data)
{
  PwWindow *window = pw_window_new (app);
  g_autoptr(PwPlan) plan = load_example (f, "esol-conversation-cafe.pathways");
  GtkWidget *dialog, *preview = NULL;

  pw_window_set_plan (window, plan, NULL);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* on the canvas, Export offers the canvas */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = find_toplevel (PW_TYPE_EXPORT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpint (pw_export_dialog_get_kind (PW_EXPORT_DIALOG (dialog)), ==, PW_EXPORT_CANVAS);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* in the Evaluation view, the evaluation plan */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "evaluation"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "evaluation");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = find_toplevel (PW_TYPE_EXPORT_DIALOG);
  g_assert_cmpint (pw_export_dialog_get_kind (PW_EXPORT_DIALOG (dialog)), ==, PW_EXPORT_EVALUATION);
  gtk_window_destroy (GTK_WINDOW (dialog));

  {
    g_autoptr(PwPlan) club = load_example (f, "friendship-club.pathways");
    g_autofree char *shot = dup_output_path ("window-evaluation.png");
    g_autoptr(GError) error = NULL;

    pw_window_set_plan (window, club, NULL);
    gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
    pw_test_spin (300);
    g_assert_true (pw_test_save_screenshot (GTK_WIDGET (window), shot, &error));
    g_assert_no_error (error);
  }

  /* Print Preview shows the evaluation plan's pages */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print-preview", NULL));
  g_assert_true (pw_test_wait_until (preview_complete, &preview, 20000));
  g_assert_cmpuint (pw_print_preview_get_n_pages (PW_PRINT_PREVIEW (preview)), >=, 1);
  gtk_window_destroy (GTK_WINDOW (preview));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- The print dialog ---------------------------------------------------- */

static gboolean
print_dialog_shown (gpointer data)
{
  GtkWidget **dialog = data;
  GListModel *toplevels = gtk_window_get_toplevels ();
  GType type = g_type_from_name ("GtkPrintUnixDialog");

  for (guint i = 0; *dialog == NULL && type != 0 && i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) w = g_list_model_get_item (toplevels, i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && gtk_widget_get_mapped (w))
        *dialog = w;
    }
  return *dialog != NULL;
}

static gboolean
has_label (GtkWidget *root, const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (has_label (c, text))
      return TRUE;
  return FALSE;
}

static void
test_print_dialog (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(PwPlan) plan = load_example (f, "esol-conversation-cafe.pathways");
  GtkWidget *dialog = NULL;
  g_autofree char *shot = dup_output_path ("print-dialog-canvas.png");
  g_autoptr(GError) error = NULL;

  /* the canvas's dialog has the Canvas tab; cancelling prints nothing and shows no error */
  pw_print_canvas (f->window, plan, f->framework);
  g_assert_true (pw_test_wait_until (print_dialog_shown, &dialog, 10000));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == f->window);
  g_assert_true (has_label (dialog, "Canvas"));
  g_assert_true (has_label (dialog, "_Fit to one page") || has_label (dialog, "Fit to one page"));
  pw_test_spin (200);
  g_assert_true (pw_test_save_screenshot (dialog, shot, &error));
  g_assert_no_error (error);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  pw_test_spin (200);
  dialog = NULL;
  g_assert_false (print_dialog_shown (&dialog));
  g_assert_null (find_toplevel (GTK_TYPE_MESSAGE_DIALOG));

  /* the evaluation plan's has none */
  pw_print_evaluation (f->window, plan, f->framework, FALSE, 0);
  g_assert_true (pw_test_wait_until (print_dialog_shown, &dialog, 10000));
  g_assert_false (has_label (dialog, "_Fit to one page"));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  pw_test_spin (200);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  pw_ui_init ();
  app = pw_application_new ();
  {
    g_autoptr(GError) error = NULL;
    g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
    g_assert_no_error (error);
  }

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/print/evaluation-pdf", test_print_evaluation_pdf);
  ADD ("/ui/print/blank-template", test_print_blank_template);
  ADD ("/ui/print/canvas", test_print_canvas);
  ADD ("/ui/print/preview", test_print_preview);
  ADD ("/ui/print/export-dialog", test_export_dialog);
  ADD ("/ui/print/window-actions", test_window_actions);
  ADD ("/ui/print/dialog", test_print_dialog);
#undef ADD

  return g_test_run ();
}
