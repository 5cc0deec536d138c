/* pw-indicator-details.c — an indicator's comparators: national and London measures to compare with
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-indicator-details.h"
#include "pw-widget-util.h"

struct _PwIndicatorDetails
{
  GtkWidget  parent_instance;

  guint      n_comparators;

  GtkLabel  *indicator_label;
  GtkBox    *comparators_box;
};

G_DEFINE_FINAL_TYPE (PwIndicatorDetails, pw_indicator_details, GTK_TYPE_WIDGET)

static void
pw_indicator_details_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PW_TYPE_INDICATOR_DETAILS);
  /* Children without an id in the template are ours to unparent too. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL;)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (pw_indicator_details_parent_class)->dispose (object);
}

static void
pw_indicator_details_class_init (PwIndicatorDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_indicator_details_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pw-indicator-details.ui");
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorDetails, indicator_label);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorDetails, comparators_box);
  gtk_widget_class_set_css_name (widget_class, "pw-indicator-details");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pw_indicator_details_init (PwIndicatorDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = pw_wrapped_label_new (text, css_class);

  gtk_label_set_max_width_chars (GTK_LABEL (label), 52);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  /* A selectable label would take the focus first and select all its text. */
  gtk_widget_set_focusable (label, FALSE);
  return label;
}

/* A field as "Key" over its value; skipped when the source has no value. */
static void
add_field (GtkBox     *box,
           const char *key,
           const char *value)
{
  GtkWidget *key_label, *value_label;

  if (value == NULL || *value == '\0')
    return;
  key_label = wrapped_label (key, "pw-picker-details-key");
  gtk_label_set_selectable (GTK_LABEL (key_label), FALSE);
  value_label = wrapped_label (value, "pw-picker-details-value");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (value_label),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, key_label, NULL, -1);
  gtk_box_append (box, key_label);
  gtk_box_append (box, value_label);
}

static const char *
mapping_reason (const PwComparator *comparator,
                const char         *indicator_id)
{
  for (guint m = 0; m < comparator->n_maps; m++)
    if (g_str_equal (comparator->maps[m].indicator, indicator_id))
      return comparator->maps[m].reason;
  return NULL;
}

static const char *
set_title (const PwComparator *comparator)
{
  if (g_strcmp0 (comparator->set, "mhclg") == 0)
    return _("MHCLG national integration indicator");
  if (g_strcmp0 (comparator->set, "london") == 0)
    return _("London social integration measure");
  return comparator->set_name;
}

static GtkWidget *
comparator_section (const PwComparator *comparator,
                    const char         *indicator_id)
{
  GtkBox *box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 2));
  g_autofree char *theme = NULL;

  gtk_widget_add_css_class (GTK_WIDGET (box), "pw-picker-comparator");
  gtk_box_append (box, wrapped_label (set_title (comparator), "pw-picker-details-set"));
  gtk_box_append (box, wrapped_label (comparator->measure, "pw-picker-details-measure"));
  if (comparator->measurement_theme != NULL)
    theme = g_strdup_printf ("%s — %s", comparator->theme, comparator->measurement_theme);
  add_field (box, _("Theme"), theme != NULL ? theme : comparator->theme);
  add_field (box, _("Survey question"), comparator->question);
  add_field (box, _("Response scale"), comparator->response_scale);
  add_field (box, _("How to complete the question"), comparator->question_note);
  add_field (box, _("Data source"), comparator->data_source);
  add_field (box, _("Available for"), comparator->disaggregation);
  add_field (box, _("Why it compares"), mapping_reason (comparator, indicator_id));
  add_field (box, _("Source"), comparator->set_name != NULL ? comparator->set_name : comparator->source);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  comparator->measure, -1);
  return GTK_WIDGET (box);
}

/**
 * pw_indicator_details_new:
 * @framework: the framework holding @indicator
 * @indicator: a bank indicator
 *
 * Returns: (transfer floating): a new details widget
 */
GtkWidget *
pw_indicator_details_new (PwFramework       *framework,
                          const PwIndicator *indicator)
{
  PwIndicatorDetails *self;
  g_autoptr(GPtrArray) comparators = NULL;

  g_return_val_if_fail (PW_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (indicator != NULL, NULL);

  self = g_object_new (PW_TYPE_INDICATOR_DETAILS, NULL);
  gtk_label_set_label (self->indicator_label, indicator->text);
  comparators = pw_framework_get_indicator_comparators (framework, indicator->id);
  self->n_comparators = comparators->len;
  for (guint i = 0; i < comparators->len; i++)
    gtk_box_append (self->comparators_box,
                    comparator_section (g_ptr_array_index (comparators, i), indicator->id));
  if (comparators->len == 0)
    gtk_box_append (self->comparators_box,
                    wrapped_label (_("No national or London measure is mapped to this indicator. "
                                     "Use the data marks to see whether public data exists."),
                                   "pw-picker-details-value"));
  return GTK_WIDGET (self);
}

guint
pw_indicator_details_get_n_comparators (PwIndicatorDetails *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_DETAILS (self), 0);

  return self->n_comparators;
}
