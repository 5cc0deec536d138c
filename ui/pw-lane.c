/* pw-lane.c — the header of one canvas lane: its name, card count and add button
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-canvas"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-lane.h"

struct _PwLane
{
  GtkWidget   parent_instance;

  PwCardKind  kind;
  GtkWidget  *title_label;
  GtkWidget  *count_label;
  GtkWidget  *add_button;
};

G_DEFINE_FINAL_TYPE (PwLane, pw_lane, GTK_TYPE_WIDGET)

/* Keys shown in the add buttons' tooltips; they match the canvas bindings. */
static const char *kind_keys[PW_N_CARD_KINDS] = { "B", "A", "O", "U", "G" };

static void
pw_lane_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PW_TYPE_LANE);
  G_OBJECT_CLASS (pw_lane_parent_class)->dispose (object);
}

static void
pw_lane_class_init (PwLaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_lane_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pw-lane.ui");
  gtk_widget_class_bind_template_child (widget_class, PwLane, title_label);
  gtk_widget_class_bind_template_child (widget_class, PwLane, count_label);
  gtk_widget_class_bind_template_child (widget_class, PwLane, add_button);
  gtk_widget_class_set_css_name (widget_class, "pwlane");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pw_lane_init (PwLane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pw_lane_new (PwCardKind kind)
{
  PwLane *self;
  g_autofree char *add = NULL;
  g_autofree char *tip = NULL;
  const char *name;

  g_return_val_if_fail ((guint) kind < PW_N_CARD_KINDS, NULL);

  self = g_object_new (PW_TYPE_LANE, NULL);
  self->kind = kind;
  name = pw_card_kind_get_lane_name (kind);
  gtk_label_set_text (GTK_LABEL (self->title_label), name);
  gtk_widget_set_tooltip_text (self->title_label, name);
  gtk_widget_add_css_class (GTK_WIDGET (self), pw_card_kind_to_string (kind));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  /* Translators: the name is a card kind, e.g. "Add Barrier". */
  add = g_strdup_printf (_("Add %s"), pw_card_kind_get_display_name (kind));
  /* Translators: the first %s is "Add Barrier", the second the key that does the same. */
  tip = g_strdup_printf (_("%s (%s)"), add, kind_keys[kind]);
  gtk_widget_set_tooltip_text (self->add_button, tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, add, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->add_button), "s",
                                    pw_card_kind_to_string (kind));
  pw_lane_set_count (self, 0);
  return GTK_WIDGET (self);
}

PwCardKind
pw_lane_get_kind (PwLane *self)
{
  g_return_val_if_fail (PW_IS_LANE (self), PW_CARD_KIND_BARRIER);
  return self->kind;
}

void
pw_lane_set_count (PwLane *self,
                   guint   n_cards)
{
  g_autofree char *text = g_strdup_printf ("%u", n_cards);
  g_autofree char *tip = g_strdup_printf (g_dngettext (NULL, "%u card", "%u cards", n_cards), n_cards);

  g_return_if_fail (PW_IS_LANE (self));
  gtk_label_set_text (GTK_LABEL (self->count_label), text);
  gtk_widget_set_tooltip_text (self->count_label, tip);
}

GtkWidget *
pw_lane_get_add_button (PwLane *self)
{
  g_return_val_if_fail (PW_IS_LANE (self), NULL);
  return self->add_button;
}
