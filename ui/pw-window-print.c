/* pw-window-print.c — the window's Print, Print Preview, Print Blank Template and Export actions
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Print and Export act on what is shown: the Evaluation view prints and
 * exports the evaluation plan, the canvas the theory of change.
 */
#define G_LOG_DOMAIN "pathways-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-export-dialog.h"
#include "pw-print.h"
#include "pw-window-private.h"

static gboolean
showing_evaluation (PwWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "evaluation") == 0;
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);

  if (showing_evaluation (self))
    pw_print_evaluation (GTK_WINDOW (self), self->plan, self->framework, FALSE, 0);
  else
    pw_print_canvas (GTK_WINDOW (self), self->plan, self->framework);
}

static void
print_preview_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);

  pw_print_show_preview (GTK_WINDOW (self), showing_evaluation (self) ? PW_PRINT_EVALUATION : PW_PRINT_CANVAS,
                         self->plan, self->framework, 0);
}

static void
print_blank_template_activated (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);

  /* Three outcome columns, like the guide's template. */
  pw_print_evaluation (GTK_WINDOW (self), self->plan, self->framework, TRUE, 3);
}

static void
exported (PwExportDialog *dialog,
          GFile          *file,
          PwWindow       *self)
{
  g_autofree char *name = g_file_get_parse_name (file);

  pw_window_show_banner (self, PW_BANNER_INFO, _("Exported"), name);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PwWindow *self = PW_WINDOW (widget);
  PwExportDialog *dialog;

  dialog = pw_export_dialog_present (GTK_WINDOW (self), self->plan, self->framework,
                                     showing_evaluation (self) ? PW_EXPORT_EVALUATION : PW_EXPORT_CANVAS);
  g_signal_connect_object (dialog, "exported", G_CALLBACK (exported), self, 0);
}

void
pw_window_print_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "win.print-preview", NULL, print_preview_activated);
  gtk_widget_class_install_action (widget_class, "win.print-blank-template", NULL,
                                   print_blank_template_activated);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_activated);
}
