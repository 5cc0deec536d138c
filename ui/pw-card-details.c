/* pw-card-details.c — the sidebar's Card page: edit the selected card or link
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-card-details.h"
#include "pw-window-fields.h"

struct _PwCardDetails
{
  GtkWidget       parent_instance;

  PwFramework    *framework;
  PwPlan         *plan;
  PwCard         *card;
  PwLink         *link;
  gulong          plan_changed_id;
  gulong          card_notify_id;
  gboolean        updating_domains;
  GtkWidget      *domain_buttons[PW_N_DOMAINS];

  GtkScrolledWindow *scroller;
  GtkStack       *content_stack;
  GtkLabel       *kind_label;
  GtkEntry       *title_entry;
  GtkTextView    *description_view;
  GtkLabel       *evidence_label;
  GtkTextView    *evidence_view;
  GtkWidget      *outcome_box;
  GtkListBox     *indicators_list;
  GtkWidget      *indicators_empty;
  GtkTextView    *integration_view;
  GtkBox         *domains_box;
  GtkLabel       *route_label;
  GtkTextView    *assumption_view;
  GtkTextView    *link_evidence_view;
};

G_DEFINE_FINAL_TYPE (PwCardDetails, pw_card_details, GTK_TYPE_WIDGET)

static const char *kind_classes[PW_N_CARD_KINDS] = {
  "pw-kind-barrier", "pw-kind-activity", "pw-kind-output", "pw-kind-outcome", "pw-kind-goal",
};

/* Domain tags */

static void
domain_toggled (GtkCheckButton *button,
                PwCardDetails  *self)
{
  guint number = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "pw-domain"));
  guint16 domains;

  if (self->updating_domains || self->card == NULL || self->plan == NULL)
    return;
  domains = pw_card_get_domains (self->card);
  if (gtk_check_button_get_active (button))
    domains |= PW_CARD_DOMAIN_BIT (number);
  else
    domains &= ~PW_CARD_DOMAIN_BIT (number);
  pw_plan_set_card_domains (self->plan, self->card, domains);
  /* A click is a step of its own; the model would merge consecutive toggles. */
  pw_plan_seal_undo (self->plan);
}

static void
sync_domains (PwCardDetails *self)
{
  guint16 domains = self->card != NULL ? pw_card_get_domains (self->card) : 0;

  self->updating_domains = TRUE;
  for (guint n = 1; n <= PW_N_DOMAINS; n++)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (self->domain_buttons[n - 1]),
                                 (domains & PW_CARD_DOMAIN_BIT (n)) != 0);
  self->updating_domains = FALSE;
}

static GtkWidget *
domain_button_new (PwCardDetails  *self,
                   const PwDomain *domain)
{
  GtkWidget *button = gtk_check_button_new ();
  GtkWidget *label = gtk_label_new (domain->name);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (button), label);
  gtk_widget_set_tooltip_text (button, domain->full_name);
  gtk_widget_set_hexpand (button, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, domain->name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, domain->full_name,
                                  -1);
  g_object_set_data (G_OBJECT (button), "pw-domain", GUINT_TO_POINTER (domain->number));
  g_signal_connect (button, "toggled", G_CALLBACK (domain_toggled), self);
  return button;
}

static void
build_domain_buttons (PwCardDetails *self)
{
  for (PwCategory c = 0; c < PW_N_CATEGORIES; c++)
    {
      const PwCategoryInfo *info = pw_framework_get_category (self->framework, c);
      GtkWidget *heading = gtk_label_new (info->name);
      GtkWidget *grid = gtk_grid_new ();

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "pw-category-heading");
      gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
      gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
      gtk_box_append (self->domains_box, heading);
      for (guint i = 0; i < info->n_domains; i++)
        {
          const PwDomain *domain = pw_framework_get_domain (self->framework, info->first_domain + i);
          GtkWidget *button = domain_button_new (self, domain);

          self->domain_buttons[domain->number - 1] = button;
          gtk_grid_attach (GTK_GRID (grid), button, i % 2, i / 2, 1, 1);
        }
      gtk_box_append (self->domains_box, grid);
    }
}

/* Indicators of an outcome */

static void
remove_indicator_clicked (GtkButton     *button,
                          PwCardDetails *self)
{
  PwIndicatorRef *ref = g_object_get_data (G_OBJECT (button), "pw-indicator");

  if (self->plan != NULL && ref != NULL && pw_indicator_ref_get_card (ref) != NULL)
    pw_plan_detach_indicator (self->plan, ref);
}

static GtkWidget *
indicator_row_new (gpointer item,
                   gpointer data)
{
  PwCardDetails *self = data;
  PwIndicatorRef *ref = item;
  const PwDomain *domain = pw_framework_get_domain (self->framework, pw_indicator_ref_get_domain (ref));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *text = gtk_label_new (NULL);
  GtkWidget *meta = gtk_label_new (NULL);
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *meta_text = NULL;
  g_autofree char *a11y = NULL;

  g_object_bind_property (ref, "text", text, "label", G_BINDING_SYNC_CREATE);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  meta_text = pw_indicator_ref_is_custom (ref)
    ? g_strdup_printf (_("%s · own indicator"), domain ? domain->name : "")
    : g_strdup (domain ? domain->name : "");
  gtk_label_set_text (GTK_LABEL (meta), meta_text);
  gtk_label_set_xalign (GTK_LABEL (meta), 0);
  gtk_widget_add_css_class (meta, "pw-caption");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), text);
  gtk_box_append (GTK_BOX (texts), meta);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove this indicator from the outcome"));
  a11y = g_strdup_printf (_("Remove indicator: %s"), pw_indicator_ref_get_text (ref));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
  g_object_set_data_full (G_OBJECT (remove), "pw-indicator", g_object_ref (ref), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_indicator_clicked), self);

  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_widget_add_css_class (box, "pw-indicator-row");
  return box;
}

static void
sync_indicators_empty (PwCardDetails *self)
{
  guint n = self->card != NULL ? pw_card_get_n_indicators (self->card) : 0;

  gtk_widget_set_visible (GTK_WIDGET (self->indicators_list), n > 0);
  gtk_widget_set_visible (self->indicators_empty, n == 0);
}

static void
indicators_changed (GListModel    *model,
                    guint          position,
                    guint          removed,
                    guint          added,
                    PwCardDetails *self)
{
  sync_indicators_empty (self);
}

/* The card */

static void
sync_kind (PwCardDetails *self)
{
  PwCardKind kind;

  if (self->card == NULL)
    return;
  kind = pw_card_get_kind (self->card);
  gtk_label_set_text (self->kind_label, pw_card_kind_get_display_name (kind));
  for (guint i = 0; i < PW_N_CARD_KINDS; i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->kind_label), kind_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->kind_label), kind_classes[kind]);
  gtk_widget_set_visible (self->outcome_box, kind == PW_CARD_KIND_OUTCOME);
  gtk_label_set_text_with_mnemonic (self->evidence_label,
                                    kind == PW_CARD_KIND_BARRIER ? _("_Evidence of the problem")
                                                                 : _("_Evidence"));
}

static void
card_notify (GObject       *object,
             GParamSpec    *pspec,
             PwCardDetails *self)
{
  if (g_str_equal (pspec->name, "kind"))
    sync_kind (self);
  else if (g_str_equal (pspec->name, "domains"))
    sync_domains (self);
}

static void
disconnect_card (PwCardDetails *self)
{
  if (self->card != NULL)
    {
      g_clear_signal_handler (&self->card_notify_id, self->card);
      g_signal_handlers_disconnect_by_func (pw_card_get_indicators (self->card),
                                            indicators_changed, self);
    }
  g_clear_object (&self->card);
  g_clear_object (&self->link);
}

static void
set_field_targets (PwCardDetails *self)
{
  GObject *card = self->card ? G_OBJECT (self->card) : NULL;
  GObject *link = self->link ? G_OBJECT (self->link) : NULL;

  pw_text_field_set_target (GTK_WIDGET (self->title_entry), self->plan, card);
  pw_text_field_set_target (GTK_WIDGET (self->description_view), self->plan, card);
  pw_text_field_set_target (GTK_WIDGET (self->evidence_view), self->plan, card);
  pw_text_field_set_target (GTK_WIDGET (self->integration_view), self->plan, card);
  pw_text_field_set_target (GTK_WIDGET (self->assumption_view), self->plan, link);
  pw_text_field_set_target (GTK_WIDGET (self->link_evidence_view), self->plan, link);
}

static void
sync_route (PwCardDetails *self)
{
  g_autofree char *source = NULL;
  g_autofree char *target = NULL;
  g_autofree char *route = NULL;

  if (self->link == NULL)
    return;
  source = pw_card_dup_display_title (pw_link_get_source (self->link));
  target = pw_card_dup_display_title (pw_link_get_target (self->link));
  /* Translators: a link on the canvas, from the first card to the second */
  route = g_strdup_printf (_("From “%s”\nto “%s”"), source, target);
  gtk_label_set_text (self->route_label, route);
}

static void
show_current (PwCardDetails *self)
{
  set_field_targets (self);
  if (self->card != NULL)
    {
      GListModel *indicators = pw_card_get_indicators (self->card);

      gtk_list_box_bind_model (self->indicators_list, indicators, indicator_row_new, self, NULL);
      sync_kind (self);
      sync_domains (self);
      sync_indicators_empty (self);
      gtk_stack_set_visible_child_name (self->content_stack, "card");
    }
  else
    {
      gtk_list_box_bind_model (self->indicators_list, NULL, NULL, NULL, NULL);
      sync_route (self);
      gtk_stack_set_visible_child_name (self->content_stack, self->link != NULL ? "link" : "empty");
    }
}

void
pw_card_details_set_card (PwCardDetails *self,
                          PwCard        *card)
{
  g_return_if_fail (PW_IS_CARD_DETAILS (self));
  g_return_if_fail (card == NULL || PW_IS_CARD (card));

  if (card == self->card && self->link == NULL)
    return;
  disconnect_card (self);
  if (card != NULL)
    {
      self->card = g_object_ref (card);
      self->card_notify_id = g_signal_connect (card, "notify", G_CALLBACK (card_notify), self);
      g_signal_connect (pw_card_get_indicators (card), "items-changed",
                        G_CALLBACK (indicators_changed), self);
    }
  show_current (self);
}

void
pw_card_details_set_link (PwCardDetails *self,
                          PwLink        *link)
{
  g_return_if_fail (PW_IS_CARD_DETAILS (self));
  g_return_if_fail (link == NULL || PW_IS_LINK (link));

  if (link == self->link && self->card == NULL)
    return;
  disconnect_card (self);
  if (link != NULL)
    self->link = g_object_ref (link);
  show_current (self);
}

PwCard *
pw_card_details_get_card (PwCardDetails *self)
{
  g_return_val_if_fail (PW_IS_CARD_DETAILS (self), NULL);
  return self->card;
}

PwLink *
pw_card_details_get_link (PwCardDetails *self)
{
  g_return_val_if_fail (PW_IS_CARD_DETAILS (self), NULL);
  return self->link;
}

GtkWidget *
pw_card_details_get_domain_button (PwCardDetails *self,
                                   guint          number)
{
  g_return_val_if_fail (PW_IS_CARD_DETAILS (self), NULL);
  g_return_val_if_fail (number >= 1 && number <= PW_N_DOMAINS, NULL);
  return self->domain_buttons[number - 1];
}

/* The plan */

static void
plan_changed (PwPlan        *plan,
              PwCardDetails *self)
{
  /* A card or link removed (delete, undo of an add) leaves the page empty. */
  if (self->card != NULL && pw_plan_lookup_card (plan, pw_card_get_id (self->card)) != self->card)
    pw_card_details_set_card (self, NULL);
  else if (self->link != NULL && pw_plan_lookup_link (plan, pw_link_get_id (self->link)) != self->link)
    pw_card_details_set_link (self, NULL);
  else
    sync_route (self);
}

void
pw_card_details_set_plan (PwCardDetails *self,
                          PwPlan        *plan)
{
  g_return_if_fail (PW_IS_CARD_DETAILS (self));
  g_return_if_fail (plan == NULL || PW_IS_PLAN (plan));

  if (plan == self->plan)
    return;
  disconnect_card (self);
  if (self->plan != NULL)
    g_clear_signal_handler (&self->plan_changed_id, self->plan);
  g_set_object (&self->plan, plan);
  if (plan != NULL)
    self->plan_changed_id = g_signal_connect (plan, "changed", G_CALLBACK (plan_changed), self);
  show_current (self);
}

/* GObject */

static void
pw_card_details_dispose (GObject *object)
{
  PwCardDetails *self = PW_CARD_DETAILS (object);

  disconnect_card (self);
  if (self->plan != NULL)
    g_clear_signal_handler (&self->plan_changed_id, self->plan);
  g_clear_object (&self->plan);
  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_CARD_DETAILS);
  /* GTK 4.8 leaves template children without an id in place. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (pw_card_details_parent_class)->dispose (object);
}

static void
pw_card_details_finalize (GObject *object)
{
  PwCardDetails *self = PW_CARD_DETAILS (object);

  g_clear_object (&self->framework);
  G_OBJECT_CLASS (pw_card_details_parent_class)->finalize (object);
}

static void
pw_card_details_class_init (PwCardDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_card_details_dispose;
  object_class->finalize = pw_card_details_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pwcarddetails");
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pw-card-details.ui");
  gtk_widget_class_bind_template_child (widget_class, PwCardDetails, scroller);
  gtk_widget_class_bind_template_child (widget_class, PwCardDetails, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PwCardDetails, kind_label);
  gtk_widget_class_bind_template_child (widget_class, PwCardDetails, title_entry);
  gtk_widget_class_bind_template_child (widget_class, PwCardDetails, description_view);
  gtk_widget_class_bind_template_child (widget_class, PwCardDetails, evidence_label);
  gtk_widget_class_bind_template_child (widget_class, PwCardDetails, evidence_view);
  gtk_widget_class_bind_template_child (widget_class, PwCardDetails, outcome_box);
  gtk_widget_class_bind_template_child (widget_class, PwCardDetails, indicators_list);
  gtk_widget_class_bind_template_child (widget_class, PwCardDetails, indicators_empty);
  gtk_widget_class_bind_template_child (widget_class, PwCardDetails, integration_view);
  gtk_widget_class_bind_template_child (widget_class, PwCardDetails, domains_box);
  gtk_widget_class_bind_template_child (widget_class, PwCardDetails, route_label);
  gtk_widget_class_bind_template_child (widget_class, PwCardDetails, assumption_view);
  gtk_widget_class_bind_template_child (widget_class, PwCardDetails, link_evidence_view);
}

static void
pw_card_details_init (PwCardDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Card details"), -1);

  pw_text_field_attach (GTK_WIDGET (self->title_entry), "title", pw_text_setter_card, PW_CARD_FIELD_TITLE);
  pw_text_field_attach (GTK_WIDGET (self->description_view), "description", pw_text_setter_card,
                        PW_CARD_FIELD_DESCRIPTION);
  pw_text_field_attach (GTK_WIDGET (self->evidence_view), "evidence", pw_text_setter_card,
                        PW_CARD_FIELD_EVIDENCE);
  pw_text_field_attach (GTK_WIDGET (self->integration_view), "integration-outcome", pw_text_setter_card,
                        PW_CARD_FIELD_INTEGRATION_OUTCOME);
  pw_text_field_attach (GTK_WIDGET (self->assumption_view), "assumption", pw_text_setter_link,
                        PW_LINK_FIELD_ASSUMPTION);
  pw_text_field_attach (GTK_WIDGET (self->link_evidence_view), "evidence", pw_text_setter_link,
                        PW_LINK_FIELD_EVIDENCE);
}

GtkWidget *
pw_card_details_new (PwFramework *framework)
{
  PwCardDetails *self;

  g_return_val_if_fail (PW_IS_FRAMEWORK (framework), NULL);

  self = g_object_new (PW_TYPE_CARD_DETAILS, NULL);
  self->framework = g_object_ref (framework);
  build_domain_buttons (self);
  return GTK_WIDGET (self);
}
