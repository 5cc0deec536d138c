/* pw-export-dialog.c — Export: the evaluation plan, a blank template or the canvas, to a file
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The writing is the model's (pw-report.h, pw-report-pdf.h,
 * pw-canvas-render.h); this dialog only chooses what, how and where.
 */
#define G_LOG_DOMAIN "pathways-export"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-canvas-render.h"
#include "pw-dialogs.h"
#include "pw-evaluation.h"
#include "pw-export-dialog.h"
#include "pw-print-private.h"
#include "pw-report-pdf.h"

struct _PwExportDialog
{
  GtkWindow             parent_instance;

  PwPlan               *plan;
  PwFramework          *framework;
  GtkStringList        *format_names;
  PwExportFormat        formats[3];
  guint                 n_formats;
  GtkFileChooserNative *chooser;

  GtkCheckButton       *evaluation_button;
  GtkCheckButton       *blank_button;
  GtkCheckButton       *canvas_button;
  GtkDropDown          *format_dropdown;
  GtkWidget            *paper_label;
  GtkWidget            *paper_box;
  GtkToggleButton      *a4_button;
  GtkToggleButton      *a3_button;
  GtkWidget            *outcomes_label;
  GtkSpinButton        *outcomes_spin;
  GtkLabel             *hint_label;
};

G_DEFINE_FINAL_TYPE (PwExportDialog, pw_export_dialog, GTK_TYPE_WINDOW)

enum {
  SIGNAL_EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const PwExportFormat evaluation_formats[] = { PW_EXPORT_FORMAT_PDF, PW_EXPORT_FORMAT_CSV, PW_EXPORT_FORMAT_FODT };
static const PwExportFormat blank_formats[] = { PW_EXPORT_FORMAT_PDF, PW_EXPORT_FORMAT_FODT };
static const PwExportFormat canvas_formats[] = { PW_EXPORT_FORMAT_PNG, PW_EXPORT_FORMAT_SVG, PW_EXPORT_FORMAT_PDF };

/* ---- Formats and writing ------------------------------------------------- */

const char *
pw_export_format_get_suffix (PwExportFormat format)
{
  static const char * const suffixes[] = { ".pdf", ".csv", ".fodt", ".png", ".svg" };

  g_return_val_if_fail ((guint) format < G_N_ELEMENTS (suffixes), NULL);
  return suffixes[format];
}

static const char *
format_get_name (PwExportFormat format)
{
  switch (format)
    {
    case PW_EXPORT_FORMAT_PDF:  return _("PDF document (.pdf)");
    case PW_EXPORT_FORMAT_CSV:  return _("CSV spreadsheet (.csv)");
    case PW_EXPORT_FORMAT_FODT: return _("OpenDocument text (.fodt)");
    case PW_EXPORT_FORMAT_PNG:  return _("PNG picture (.png)");
    case PW_EXPORT_FORMAT_SVG:  return _("SVG drawing (.svg)");
    default:                    return "";
    }
}

static const PwExportFormat *
kind_get_formats (PwExportKind  kind,
                  guint        *n_formats)
{
  switch (kind)
    {
    case PW_EXPORT_BLANK_TEMPLATE:
      *n_formats = G_N_ELEMENTS (blank_formats);
      return blank_formats;
    case PW_EXPORT_CANVAS:
      *n_formats = G_N_ELEMENTS (canvas_formats);
      return canvas_formats;
    case PW_EXPORT_EVALUATION:
    default:
      *n_formats = G_N_ELEMENTS (evaluation_formats);
      return evaluation_formats;
    }
}

gboolean
pw_export_kind_has_format (PwExportKind   kind,
                           PwExportFormat format)
{
  guint n;
  const PwExportFormat *formats = kind_get_formats (kind, &n);

  for (guint i = 0; i < n; i++)
    if (formats[i] == format)
      return TRUE;
  return FALSE;
}

static char *
dup_path_with_suffix (const char *path,
                      const char *suffix)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, suffix) ? g_strdup (path) : g_strconcat (path, suffix, NULL);
}

static gboolean
write_evaluation (PwExportFormat   format,
                  PwPaper          paper,
                  PwPlan          *plan,
                  PwFramework     *framework,
                  const char      *path,
                  GError         **error)
{
  g_autoptr(PwEvaluation) evaluation = NULL;

  if (format == PW_EXPORT_FORMAT_PDF)
    return pw_report_export_pdf (plan, framework, path, paper, error);
  evaluation = pw_evaluation_new (plan, framework);
  if (format == PW_EXPORT_FORMAT_CSV)
    return pw_report_export_csv (evaluation, path, error);
  return pw_report_export_fodt (evaluation, framework, path, paper, error);
}

gboolean
pw_export_write (PwExportKind     kind,
                 PwExportFormat   format,
                 PwPaper          paper,
                 guint            n_blank_outcomes,
                 PwPlan          *plan,
                 PwFramework     *framework,
                 const char      *path,
                 GError         **error)
{
  g_autofree char *full_path = NULL;

  g_return_val_if_fail (PW_IS_FRAMEWORK (framework), FALSE);
  g_return_val_if_fail (kind == PW_EXPORT_BLANK_TEMPLATE || PW_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (pw_export_kind_has_format (kind, format), FALSE);

  full_path = dup_path_with_suffix (path, pw_export_format_get_suffix (format));
  switch (kind)
    {
    case PW_EXPORT_BLANK_TEMPLATE:
      return pw_report_export_blank (framework, full_path, n_blank_outcomes, paper, error);
    case PW_EXPORT_CANVAS:
      return pw_canvas_export (plan, framework, full_path, error);
    case PW_EXPORT_EVALUATION:
    default:
      return write_evaluation (format, paper, plan, framework, full_path, error);
    }
}

/* ---- The dialog's state -------------------------------------------------- */

PwExportKind
pw_export_dialog_get_kind (PwExportDialog *self)
{
  g_return_val_if_fail (PW_IS_EXPORT_DIALOG (self), PW_EXPORT_EVALUATION);

  if (gtk_check_button_get_active (self->blank_button))
    return PW_EXPORT_BLANK_TEMPLATE;
  if (gtk_check_button_get_active (self->canvas_button))
    return PW_EXPORT_CANVAS;
  return PW_EXPORT_EVALUATION;
}

PwExportFormat
pw_export_dialog_get_format (PwExportDialog *self)
{
  guint selected;

  g_return_val_if_fail (PW_IS_EXPORT_DIALOG (self), PW_EXPORT_FORMAT_PDF);

  selected = gtk_drop_down_get_selected (self->format_dropdown);
  return selected < self->n_formats ? self->formats[selected] : self->formats[0];
}

static const char *
get_hint (PwExportKind   kind,
          PwExportFormat format)
{
  if (kind == PW_EXPORT_BLANK_TEMPLATE)
    return _("Empty rows tall enough to write in, with the template’s questions: print one per group.");
  switch (format)
    {
    case PW_EXPORT_FORMAT_CSV:
      return _("One row per outcome and indicator, a column per field: for Excel or LibreOffice Calc.");
    case PW_EXPORT_FORMAT_FODT:
      return _("The table as a document that LibreOffice Writer opens and edits.");
    case PW_EXPORT_FORMAT_PNG:
      return _("A picture for slides and emails, at twice the print size.");
    case PW_EXPORT_FORMAT_SVG:
      return _("A drawing that stays sharp at any size; its text can be edited.");
    case PW_EXPORT_FORMAT_PDF:
    default:
      return kind == PW_EXPORT_CANVAS
        ? _("One page the size of the drawing. To print on A4 or A3, use Print.")
        : _("A landscape table like the template: 3 outcomes a page on A4, 5 on A3.");
    }
}

static void
sync_options (PwExportDialog *self)
{
  PwExportKind kind = pw_export_dialog_get_kind (self);
  PwExportFormat format = pw_export_dialog_get_format (self);
  gboolean paper = kind != PW_EXPORT_CANVAS && format != PW_EXPORT_FORMAT_CSV;
  gboolean blank = kind == PW_EXPORT_BLANK_TEMPLATE;

  gtk_widget_set_visible (self->paper_label, paper);
  gtk_widget_set_visible (self->paper_box, paper);
  gtk_widget_set_visible (self->outcomes_label, blank);
  gtk_widget_set_visible (GTK_WIDGET (self->outcomes_spin), blank);
  gtk_label_set_text (self->hint_label, get_hint (kind, format));
}

static void
fill_formats (PwExportDialog *self)
{
  PwExportFormat previous = pw_export_dialog_get_format (self);
  const PwExportFormat *formats = kind_get_formats (pw_export_dialog_get_kind (self), &self->n_formats);
  const char *names[G_N_ELEMENTS (self->formats) + 1] = { NULL };
  guint selected = 0;

  for (guint i = 0; i < self->n_formats; i++)
    {
      self->formats[i] = formats[i];
      names[i] = format_get_name (formats[i]);
      if (formats[i] == previous)
        selected = i;
    }
  gtk_string_list_splice (self->format_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->format_names)), names);
  gtk_drop_down_set_selected (self->format_dropdown, selected);
}

static void
kind_toggled (PwExportDialog *self)
{
  if (self->format_names == NULL)
    return;
  fill_formats (self);
  sync_options (self);
}

void
pw_export_dialog_set_kind (PwExportDialog *self,
                           PwExportKind    kind)
{
  GtkCheckButton *buttons[] = { self->evaluation_button, self->blank_button, self->canvas_button };

  g_return_if_fail (PW_IS_EXPORT_DIALOG (self));
  g_return_if_fail ((guint) kind < G_N_ELEMENTS (buttons));

  gtk_check_button_set_active (buttons[kind], TRUE);
}

void
pw_export_dialog_set_format (PwExportDialog *self,
                             PwExportFormat  format)
{
  g_return_if_fail (PW_IS_EXPORT_DIALOG (self));

  for (guint i = 0; i < self->n_formats; i++)
    if (self->formats[i] == format)
      gtk_drop_down_set_selected (self->format_dropdown, i);
}

/* ---- Writing ------------------------------------------------------------- */

char *
pw_export_dialog_dup_suggested_name (PwExportDialog *self)
{
  PwExportKind kind = pw_export_dialog_get_kind (self);
  const char *suffix = pw_export_format_get_suffix (pw_export_dialog_get_format (self));
  const char *title = pw_plan_get_title (self->plan);
  g_autofree char *base = *title != '\0' ? pw_dialogs_suggest_name (title) : g_strdup (_("Untitled plan"));

  switch (kind)
    {
    case PW_EXPORT_BLANK_TEMPLATE:
      return g_strconcat (_("Blank evaluation template"), suffix, NULL);
    case PW_EXPORT_CANVAS:
      /* TRANSLATORS: a file name: the plan's title, then what the file holds */
      return g_strdup_printf (_("%s – theory of change%s"), base, suffix);
    case PW_EXPORT_EVALUATION:
    default:
      /* TRANSLATORS: a file name: the plan's title, then what the file holds */
      return g_strdup_printf (_("%s – evaluation plan%s"), base, suffix);
    }
}

gboolean
pw_export_dialog_export_to (PwExportDialog  *self,
                            GFile           *file,
                            GError         **error)
{
  g_autofree char *path = NULL;
  g_autofree char *full_path = NULL;
  g_autoptr(GFile) written = NULL;
  PwExportFormat format;

  g_return_val_if_fail (PW_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Pathways can only export to a folder on this computer."));
      return FALSE;
    }
  format = pw_export_dialog_get_format (self);
  if (!pw_export_write (pw_export_dialog_get_kind (self), format,
                        gtk_toggle_button_get_active (self->a3_button) ? PW_PAPER_A3 : PW_PAPER_A4,
                        (guint) gtk_spin_button_get_value_as_int (self->outcomes_spin),
                        self->plan, self->framework, path, error))
    return FALSE;

  full_path = dup_path_with_suffix (path, pw_export_format_get_suffix (format));
  written = g_file_new_for_path (full_path);
  g_signal_emit (self, signals[SIGNAL_EXPORTED], 0, written);
  return TRUE;
}

static void
chooser_response (GtkNativeDialog *native,
                  int              response,
                  PwExportDialog  *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;

  if (pw_export_dialog_export_to (self, file, &error))
    gtk_window_close (GTK_WINDOW (self));
  else
    pw_print_show_error (GTK_WINDOW (self), _("Could not export"), error->message);
}

static void
choose_file_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PwExportDialog *self = PW_EXPORT_DIALOG (widget);
  PwExportFormat format = pw_export_dialog_get_format (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = pw_export_dialog_dup_suggested_name (self);

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, format_get_name (format));
  gtk_file_filter_add_suffix (filter, pw_export_format_get_suffix (format) + 1);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---- GObject ------------------------------------------------------------- */

PwExportDialog *
pw_export_dialog_new (GtkWindow   *parent,
                      PwPlan      *plan,
                      PwFramework *framework)
{
  PwExportDialog *self;
  g_autofree char *paper = pw_print_session_dup_paper_name ();

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);
  g_return_val_if_fail (PW_IS_FRAMEWORK (framework), NULL);

  self = g_object_new (PW_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->plan = g_object_ref (plan);
  self->framework = g_object_ref (framework);
  /* The paper last chosen for printing is the likeliest one here too. */
  gtk_toggle_button_set_active (g_strcmp0 (paper, "A3") == 0 ? self->a3_button : self->a4_button, TRUE);
  return self;
}

PwExportDialog *
pw_export_dialog_present (GtkWindow    *parent,
                          PwPlan       *plan,
                          PwFramework  *framework,
                          PwExportKind  kind)
{
  PwExportDialog *self = pw_export_dialog_new (parent, plan, framework);

  pw_export_dialog_set_kind (self, kind);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

static void
format_selected (PwExportDialog *self)
{
  sync_options (self);
}

static void
pw_export_dialog_dispose (GObject *object)
{
  PwExportDialog *self = PW_EXPORT_DIALOG (object);

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_EXPORT_DIALOG);
  g_clear_object (&self->format_names);
  g_clear_object (&self->plan);
  g_clear_object (&self->framework);

  G_OBJECT_CLASS (pw_export_dialog_parent_class)->dispose (object);
}

static void
pw_export_dialog_class_init (PwExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_export_dialog_dispose;

  /**
   * PwExportDialog::exported:
   * @self: the dialog
   * @file: the file written
   */
  signals[SIGNAL_EXPORTED] =
    g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pw-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PwExportDialog, evaluation_button);
  gtk_widget_class_bind_template_child (widget_class, PwExportDialog, blank_button);
  gtk_widget_class_bind_template_child (widget_class, PwExportDialog, canvas_button);
  gtk_widget_class_bind_template_child (widget_class, PwExportDialog, format_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PwExportDialog, paper_label);
  gtk_widget_class_bind_template_child (widget_class, PwExportDialog, paper_box);
  gtk_widget_class_bind_template_child (widget_class, PwExportDialog, a4_button);
  gtk_widget_class_bind_template_child (widget_class, PwExportDialog, a3_button);
  gtk_widget_class_bind_template_child (widget_class, PwExportDialog, outcomes_label);
  gtk_widget_class_bind_template_child (widget_class, PwExportDialog, outcomes_spin);
  gtk_widget_class_bind_template_child (widget_class, PwExportDialog, hint_label);
  gtk_widget_class_bind_template_callback (widget_class, kind_toggled);

  gtk_widget_class_install_action (widget_class, "export.choose-file", NULL, choose_file_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pw_export_dialog_init (PwExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "pw-export-dialog");
  self->format_names = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->format_dropdown, G_LIST_MODEL (self->format_names));
  g_signal_connect_swapped (self->format_dropdown, "notify::selected", G_CALLBACK (format_selected), self);
  fill_formats (self);
  sync_options (self);
}
