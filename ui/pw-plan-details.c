/* pw-plan-details.c — the sidebar's Plan page: title, organisation, target groups, stakeholders
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-plan-details.h"
#include "pw-window-fields.h"

#define N_TARGET_GROUPS 3

struct _PwPlanDetails
{
  GtkWidget     parent_instance;

  PwPlan       *plan;
  gulong        groups_notify_id;
  gboolean      updating_groups;
  GtkWidget    *group_buttons[N_TARGET_GROUPS];

  GtkEntry     *title_entry;
  GtkEntry     *organisation_entry;
  GtkEntry     *area_entry;
  GtkEntry     *authors_entry;
  GtkTextView  *description_view;
  GtkBox       *groups_box;
  GtkButton    *add_stakeholder_button;
  GtkWidget    *stakeholders_empty;
  GtkListBox   *stakeholders_list;
};

G_DEFINE_FINAL_TYPE (PwPlanDetails, pw_plan_details, GTK_TYPE_WIDGET)

static const PwTargetGroups target_groups[N_TARGET_GROUPS] = {
  PW_TARGET_GROUP_NEWCOMERS,
  PW_TARGET_GROUP_RECEIVING_COMMUNITIES,
  PW_TARGET_GROUP_INSTITUTIONS,
};

/* Target groups */

static void
sync_groups (PwPlanDetails *self)
{
  PwTargetGroups groups = self->plan != NULL ? pw_plan_get_target_groups (self->plan) : 0;

  self->updating_groups = TRUE;
  for (guint i = 0; i < N_TARGET_GROUPS; i++)
    {
      gtk_check_button_set_active (GTK_CHECK_BUTTON (self->group_buttons[i]),
                                   (groups & target_groups[i]) != 0);
      gtk_widget_set_sensitive (self->group_buttons[i], self->plan != NULL);
    }
  self->updating_groups = FALSE;
}

static void
group_toggled (GtkCheckButton *button,
               PwPlanDetails  *self)
{
  PwTargetGroups group = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "pw-group"));
  PwTargetGroups groups;

  if (self->updating_groups || self->plan == NULL)
    return;
  groups = pw_plan_get_target_groups (self->plan);
  if (gtk_check_button_get_active (button))
    groups |= group;
  else
    groups &= ~group;
  pw_plan_set_target_groups (self->plan, groups);
  pw_plan_seal_undo (self->plan);
}

static void
groups_notify (GObject       *plan,
               GParamSpec    *pspec,
               PwPlanDetails *self)
{
  sync_groups (self);
}

static void
build_group_buttons (PwPlanDetails *self)
{
  for (guint i = 0; i < N_TARGET_GROUPS; i++)
    {
      GtkWidget *button = gtk_check_button_new_with_label (pw_target_group_get_display_name (target_groups[i]));

      g_object_set_data (G_OBJECT (button), "pw-group", GUINT_TO_POINTER (target_groups[i]));
      g_signal_connect (button, "toggled", G_CALLBACK (group_toggled), self);
      gtk_box_append (self->groups_box, button);
      self->group_buttons[i] = button;
    }
}

/* Stakeholders */

static void
kind_selected (GtkDropDown   *dropdown,
               GParamSpec    *pspec,
               PwPlanDetails *self)
{
  PwStakeholder *stakeholder = g_object_get_data (G_OBJECT (dropdown), "pw-stakeholder");
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->plan == NULL || selected >= PW_N_STAKEHOLDER_KINDS ||
      selected == (guint) pw_stakeholder_get_kind (stakeholder))
    return;
  pw_plan_set_stakeholder_kind (self->plan, stakeholder, (PwStakeholderKind) selected);
  pw_plan_seal_undo (self->plan);
}

static void
stakeholder_kind_notify (PwStakeholder *stakeholder,
                         GParamSpec    *pspec,
                         GtkDropDown   *dropdown)
{
  guint kind = pw_stakeholder_get_kind (stakeholder);

  if (gtk_drop_down_get_selected (dropdown) != kind)
    gtk_drop_down_set_selected (dropdown, kind);
}

static GtkWidget *
kind_dropdown_new (PwPlanDetails *self,
                   PwStakeholder *stakeholder)
{
  const char *names[PW_N_STAKEHOLDER_KINDS + 1] = { NULL };
  GtkWidget *dropdown;

  for (guint i = 0; i < PW_N_STAKEHOLDER_KINDS; i++)
    names[i] = pw_stakeholder_kind_get_display_name (i);
  dropdown = gtk_drop_down_new_from_strings (names);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), pw_stakeholder_get_kind (stakeholder));
  gtk_widget_set_tooltip_text (dropdown, _("Kind of stakeholder"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Stakeholder kind"), -1);
  /* GTK 4.8 names the drop-down's inner button after its type. */
  if (gtk_widget_get_first_child (dropdown) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_first_child (dropdown)),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _("Stakeholder kind"), -1);
  g_object_set_data_full (G_OBJECT (dropdown), "pw-stakeholder", g_object_ref (stakeholder), g_object_unref);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (kind_selected), self);
  g_signal_connect_object (stakeholder, "notify::kind", G_CALLBACK (stakeholder_kind_notify), dropdown, 0);
  return dropdown;
}

static GtkWidget *
text_entry_new (PwPlanDetails      *self,
                PwStakeholder      *stakeholder,
                PwStakeholderField  field)
{
  GtkWidget *entry = gtk_entry_new ();
  gboolean is_name = field == PW_STAKEHOLDER_FIELD_NAME;

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), is_name ? _("Name") : _("Role in the plan"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  is_name ? _("Stakeholder name") : _("Stakeholder role"), -1);
  gtk_widget_set_hexpand (entry, TRUE);
  pw_text_field_attach (entry, is_name ? "name" : "role", pw_text_setter_stakeholder, field);
  pw_text_field_set_target (entry, self->plan, G_OBJECT (stakeholder));
  return entry;
}

static void
remove_stakeholder_clicked (GtkButton     *button,
                            PwPlanDetails *self)
{
  PwStakeholder *stakeholder = g_object_get_data (G_OBJECT (button), "pw-stakeholder");

  if (self->plan != NULL && pw_plan_lookup_stakeholder (self->plan, pw_stakeholder_get_id (stakeholder)) != NULL)
    pw_plan_remove_stakeholder (self->plan, stakeholder);
}

static GtkWidget *
stakeholder_row_new (gpointer item,
                     gpointer data)
{
  PwPlanDetails *self = data;
  PwStakeholder *stakeholder = item;
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *bottom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = text_entry_new (self, stakeholder, PW_STAKEHOLDER_FIELD_NAME);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_tooltip_text (remove, _("Remove this stakeholder"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove Stakeholder"), -1);
  gtk_widget_add_css_class (remove, "flat");
  g_object_set_data_full (G_OBJECT (remove), "pw-stakeholder", g_object_ref (stakeholder), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_stakeholder_clicked), self);

  gtk_box_append (GTK_BOX (top), name);
  gtk_box_append (GTK_BOX (top), remove);
  gtk_box_append (GTK_BOX (bottom), kind_dropdown_new (self, stakeholder));
  gtk_box_append (GTK_BOX (bottom), text_entry_new (self, stakeholder, PW_STAKEHOLDER_FIELD_ROLE));
  gtk_box_append (GTK_BOX (row), top);
  gtk_box_append (GTK_BOX (row), bottom);
  gtk_widget_add_css_class (row, "pw-stakeholder-row");
  g_object_set_data (G_OBJECT (row), "pw-name-entry", name);
  return row;
}

static void
stakeholders_changed (GListModel    *model,
                      guint          position,
                      guint          removed,
                      guint          added,
                      PwPlanDetails *self)
{
  gtk_widget_set_visible (self->stakeholders_empty, g_list_model_get_n_items (model) == 0);
}

PwStakeholder *
pw_plan_details_add_stakeholder (PwPlanDetails *self)
{
  PwStakeholder *stakeholder;
  GtkListBoxRow *row;
  guint n;

  g_return_val_if_fail (PW_IS_PLAN_DETAILS (self), NULL);

  if (self->plan == NULL)
    return NULL;
  stakeholder = pw_plan_add_stakeholder (self->plan, NULL, PW_STAKEHOLDER_KIND_NEWCOMER, NULL);
  n = g_list_model_get_n_items (pw_plan_get_stakeholders (self->plan));
  row = gtk_list_box_get_row_at_index (self->stakeholders_list, (int) n - 1);
  if (row != NULL)
    gtk_widget_grab_focus (g_object_get_data (G_OBJECT (gtk_list_box_row_get_child (row)), "pw-name-entry"));
  return stakeholder;
}

static void
add_stakeholder_clicked (GtkButton     *button,
                         PwPlanDetails *self)
{
  pw_plan_details_add_stakeholder (self);
}

/* The plan */

static void
disconnect_plan (PwPlanDetails *self)
{
  if (self->plan == NULL)
    return;
  g_clear_signal_handler (&self->groups_notify_id, self->plan);
  g_signal_handlers_disconnect_by_func (pw_plan_get_stakeholders (self->plan), stakeholders_changed, self);
  gtk_list_box_bind_model (self->stakeholders_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->plan);
}

void
pw_plan_details_set_plan (PwPlanDetails *self,
                          PwPlan        *plan)
{
  GListModel *stakeholders;

  g_return_if_fail (PW_IS_PLAN_DETAILS (self));
  g_return_if_fail (plan == NULL || PW_IS_PLAN (plan));

  if (plan == self->plan)
    return;
  disconnect_plan (self);
  if (plan != NULL)
    {
      self->plan = g_object_ref (plan);
      self->groups_notify_id = g_signal_connect (plan, "notify::target-groups",
                                                 G_CALLBACK (groups_notify), self);
      stakeholders = pw_plan_get_stakeholders (plan);
      gtk_list_box_bind_model (self->stakeholders_list, stakeholders, stakeholder_row_new, self, NULL);
      g_signal_connect (stakeholders, "items-changed", G_CALLBACK (stakeholders_changed), self);
      stakeholders_changed (stakeholders, 0, 0, 0, self);
    }
  pw_text_field_set_target (GTK_WIDGET (self->title_entry), plan, G_OBJECT (plan));
  pw_text_field_set_target (GTK_WIDGET (self->organisation_entry), plan, G_OBJECT (plan));
  pw_text_field_set_target (GTK_WIDGET (self->area_entry), plan, G_OBJECT (plan));
  pw_text_field_set_target (GTK_WIDGET (self->authors_entry), plan, G_OBJECT (plan));
  pw_text_field_set_target (GTK_WIDGET (self->description_view), plan, G_OBJECT (plan));
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_stakeholder_button), plan != NULL);
  sync_groups (self);
}

/* GObject */

static void
pw_plan_details_dispose (GObject *object)
{
  PwPlanDetails *self = PW_PLAN_DETAILS (object);

  disconnect_plan (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_PLAN_DETAILS);
  /* GTK 4.8 leaves template children without an id in place. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (pw_plan_details_parent_class)->dispose (object);
}

static void
pw_plan_details_class_init (PwPlanDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_plan_details_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pwplandetails");
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pw-plan-details.ui");
  gtk_widget_class_bind_template_child (widget_class, PwPlanDetails, title_entry);
  gtk_widget_class_bind_template_child (widget_class, PwPlanDetails, organisation_entry);
  gtk_widget_class_bind_template_child (widget_class, PwPlanDetails, area_entry);
  gtk_widget_class_bind_template_child (widget_class, PwPlanDetails, authors_entry);
  gtk_widget_class_bind_template_child (widget_class, PwPlanDetails, description_view);
  gtk_widget_class_bind_template_child (widget_class, PwPlanDetails, groups_box);
  gtk_widget_class_bind_template_child (widget_class, PwPlanDetails, add_stakeholder_button);
  gtk_widget_class_bind_template_child (widget_class, PwPlanDetails, stakeholders_empty);
  gtk_widget_class_bind_template_child (widget_class, PwPlanDetails, stakeholders_list);
  gtk_widget_class_bind_template_callback (widget_class, add_stakeholder_clicked);
}

static void
pw_plan_details_init (PwPlanDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Plan details"), -1);

  pw_text_field_attach (GTK_WIDGET (self->title_entry), "title", pw_text_setter_plan, PW_PLAN_FIELD_TITLE);
  pw_text_field_attach (GTK_WIDGET (self->organisation_entry), "organisation", pw_text_setter_plan,
                        PW_PLAN_FIELD_ORGANISATION);
  pw_text_field_attach (GTK_WIDGET (self->area_entry), "area", pw_text_setter_plan, PW_PLAN_FIELD_AREA);
  pw_text_field_attach (GTK_WIDGET (self->authors_entry), "authors", pw_text_setter_plan,
                        PW_PLAN_FIELD_AUTHORS);
  pw_text_field_attach (GTK_WIDGET (self->description_view), "description", pw_text_setter_plan,
                        PW_PLAN_FIELD_DESCRIPTION);
  build_group_buttons (self);
  sync_groups (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_stakeholder_button), FALSE);
}

GtkWidget *
pw_plan_details_new (void)
{
  return g_object_new (PW_TYPE_PLAN_DETAILS, NULL);
}
