/* pw-checks-panel.c — the sidebar's Checks page: domain coverage and the findings of the checks
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-checks-panel.h"
#include "pw-coverage-chart.h"

struct _PwChecksPanel
{
  GtkWidget         parent_instance;

  PwChecks         *checks;
  gulong            changed_id;
  char             *counts_text;

  GtkExpander      *coverage_expander;
  PwCoverageChart  *chart;
  GtkLabel         *counts_label;
  GtkStack         *findings_stack;
  GtkListView      *findings_view;
};

enum {
  SIGNAL_FINDING_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PwChecksPanel, pw_checks_panel, GTK_TYPE_WIDGET)

static const struct {
  const char *icon;
  const char *css_class;
} severity_look[PW_N_SEVERITIES] = {
  { "dialog-error-symbolic", "pw-severity-problem" },
  { "dialog-warning-symbolic", "pw-severity-warning" },
  { "dialog-information-symbolic", "pw-severity-advice" },
};

/* Rows */

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  data)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *message = gtk_label_new (NULL);
  GtkWidget *source = gtk_label_new (NULL);

  gtk_image_set_pixel_size (GTK_IMAGE (icon), 20);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_margin_top (icon, 2);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (message), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (message), 0);
  gtk_label_set_wrap (GTK_LABEL (source), TRUE);
  gtk_label_set_xalign (GTK_LABEL (source), 0);
  gtk_widget_add_css_class (source, "pw-caption");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), message);
  gtk_box_append (GTK_BOX (texts), source);
  gtk_box_append (GTK_BOX (row), icon);
  gtk_box_append (GTK_BOX (row), texts);
  gtk_widget_add_css_class (row, "pw-finding");
  g_object_set_data (G_OBJECT (row), "icon", icon);
  g_object_set_data (G_OBJECT (row), "message", message);
  g_object_set_data (G_OBJECT (row), "source", source);
  gtk_list_item_set_child (item, row);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  data)
{
  PwFinding *finding = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *icon = g_object_get_data (G_OBJECT (row), "icon");
  PwSeverity severity = pw_finding_get_severity (finding);
  GBinding *binding;

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), severity_look[severity].icon);
  for (guint i = 0; i < PW_N_SEVERITIES; i++)
    gtk_widget_remove_css_class (icon, severity_look[i].css_class);
  gtk_widget_add_css_class (icon, severity_look[severity].css_class);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  pw_severity_get_display_name (severity), -1);
  binding = g_object_bind_property (finding, "message", g_object_get_data (G_OBJECT (row), "message"),
                                    "label", G_BINDING_SYNC_CREATE);
  g_object_set_data (G_OBJECT (item), "pw-binding", binding);
  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "source"), pw_finding_get_source (finding));
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  data)
{
  GBinding *binding = g_object_steal_data (G_OBJECT (item), "pw-binding");

  if (binding != NULL)
    g_binding_unbind (binding);
}

/* Counts */

static void
update_counts (PwChecksPanel *self)
{
  g_autoptr(GString) s = g_string_new (NULL);
  guint problems = 0, warnings = 0, advice = 0;

  if (self->checks != NULL)
    {
      problems = pw_checks_get_n_findings (self->checks, PW_SEVERITY_PROBLEM);
      warnings = pw_checks_get_n_findings (self->checks, PW_SEVERITY_WARNING);
      advice = pw_checks_get_n_findings (self->checks, PW_SEVERITY_ADVICE);
    }
  /* Translators: counts above the findings list; "Advice" as in pw_severity_get_display_name() */
  g_string_append_printf (s, _("Problems: %u · Warnings: %u · Advice: %u"), problems, warnings, advice);
  g_free (self->counts_text);
  self->counts_text = g_strdup (s->str);
  gtk_label_set_text (self->counts_label, s->str);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->counts_label), s->str);
  gtk_stack_set_visible_child_name (self->findings_stack,
                                    problems + warnings + advice > 0 ? "list" : "empty");
}

static void
checks_changed (PwChecks      *checks,
                PwChecksPanel *self)
{
  update_counts (self);
}

void
pw_checks_panel_set_checks (PwChecksPanel *self,
                            PwChecks      *checks)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_if_fail (PW_IS_CHECKS_PANEL (self));
  g_return_if_fail (checks == NULL || PW_IS_CHECKS (checks));

  if (self->checks == checks)
    return;
  if (self->checks != NULL)
    g_clear_signal_handler (&self->changed_id, self->checks);
  g_set_object (&self->checks, checks);
  if (checks != NULL)
    {
      self->changed_id = g_signal_connect (checks, "changed", G_CALLBACK (checks_changed), self);
      selection = gtk_no_selection_new (g_object_ref (pw_checks_get_findings (checks)));
    }
  gtk_list_view_set_model (self->findings_view, GTK_SELECTION_MODEL (selection));
  pw_coverage_chart_set_checks (self->chart, checks);
  update_counts (self);
}

void
pw_checks_panel_activate_finding (PwChecksPanel *self,
                                  guint          position)
{
  g_autoptr(PwFinding) finding = NULL;

  g_return_if_fail (PW_IS_CHECKS_PANEL (self));

  if (self->checks == NULL)
    return;
  finding = g_list_model_get_item (pw_checks_get_findings (self->checks), position);
  if (finding != NULL)
    g_signal_emit (self, signals[SIGNAL_FINDING_ACTIVATED], 0, finding);
}

const char *
pw_checks_panel_get_counts_text (PwChecksPanel *self)
{
  g_return_val_if_fail (PW_IS_CHECKS_PANEL (self), NULL);
  return self->counts_text;
}

static void
findings_view_activate (GtkListView   *view,
                        guint          position,
                        PwChecksPanel *self)
{
  pw_checks_panel_activate_finding (self, position);
}

/* GObject */

static void
pw_checks_panel_dispose (GObject *object)
{
  PwChecksPanel *self = PW_CHECKS_PANEL (object);

  if (self->checks != NULL)
    g_clear_signal_handler (&self->changed_id, self->checks);
  g_clear_object (&self->checks);
  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_CHECKS_PANEL);
  /* GTK 4.8 leaves template children without an id in place. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (pw_checks_panel_parent_class)->dispose (object);
}

static void
pw_checks_panel_finalize (GObject *object)
{
  g_free (PW_CHECKS_PANEL (object)->counts_text);
  G_OBJECT_CLASS (pw_checks_panel_parent_class)->finalize (object);
}

static void
pw_checks_panel_class_init (PwChecksPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_checks_panel_dispose;
  object_class->finalize = pw_checks_panel_finalize;

  /**
   * PwChecksPanel::finding-activated:
   * @finding: the #PwFinding
   */
  signals[SIGNAL_FINDING_ACTIVATED] =
    g_signal_new ("finding-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PW_TYPE_FINDING);

  g_type_ensure (PW_TYPE_COVERAGE_CHART);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pwcheckspanel");
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pw-checks-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, PwChecksPanel, coverage_expander);
  gtk_widget_class_bind_template_child (widget_class, PwChecksPanel, chart);
  gtk_widget_class_bind_template_child (widget_class, PwChecksPanel, counts_label);
  gtk_widget_class_bind_template_child (widget_class, PwChecksPanel, findings_stack);
  gtk_widget_class_bind_template_child (widget_class, PwChecksPanel, findings_view);
  gtk_widget_class_bind_template_callback (widget_class, findings_view_activate);
}

static void
pw_checks_panel_init (PwChecksPanel *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Checks"), -1);
  /* GTK 4.8 leaves the expander's title button nameless. */
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (self->coverage_expander)); c; c = gtk_widget_get_next_sibling (c))
    gtk_accessible_update_property (GTK_ACCESSIBLE (c), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Domain coverage"), -1);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  gtk_list_view_set_factory (self->findings_view, factory);
  update_counts (self);
}

GtkWidget *
pw_checks_panel_new (void)
{
  return g_object_new (PW_TYPE_CHECKS_PANEL, NULL);
}
