/* pw-guide-cards.c — the guide's card steps: the answer, where it leads, the answers so far
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-guide-private.h"
#include "pw-widget-util.h"

/* The "leads to" choice */

static GtkWidget *
target_label_new (gboolean wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (wrap)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
      gtk_label_set_width_chars (GTK_LABEL (label), 20);
    }
  else
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 10);
    }
  return label;
}

static void
target_setup (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  wrap)
{
  gtk_list_item_set_child (item, target_label_new (GPOINTER_TO_INT (wrap)));
}

static void
target_bind (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  wrap)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

static GtkListItemFactory *
target_factory_new (gboolean wrap)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (target_setup), GINT_TO_POINTER (wrap));
  g_signal_connect (factory, "bind", G_CALLBACK (target_bind), GINT_TO_POINTER (wrap));
  return factory;
}

static PwCard *
selected_target (PwGuide *self)
{
  guint selected = gtk_drop_down_get_selected (self->target_dropdown);

  if (self->targets == NULL || selected >= self->targets->len)
    return NULL;
  return g_ptr_array_index (self->targets, selected);
}

/* The cards of the lane one stage nearer the goal, keeping the choice. */
static void
refresh_targets (PwGuide *self)
{
  PwCardKind kind = pw_guide_step_kind (self->step);
  g_autoptr(PwCard) keep = selected_target (self) != NULL ? g_object_ref (selected_target (self)) : NULL;
  g_autoptr(GPtrArray) lane = NULL;
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  guint selected = GTK_INVALID_LIST_POSITION;

  g_clear_pointer (&self->targets, g_ptr_array_unref);
  if (self->plan == NULL || kind >= PW_CARD_KIND_GOAL)
    {
      gtk_drop_down_set_model (self->target_dropdown, NULL);
      return;
    }
  lane = pw_plan_get_lane_cards (self->plan, kind + 1);
  self->targets = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < lane->len; i++)
    {
      PwCard *card = g_ptr_array_index (lane, i);
      g_autofree char *title = pw_card_dup_display_title (card);

      g_ptr_array_add (self->targets, g_object_ref (card));
      gtk_string_list_append (titles, title);
      if (card == keep)
        selected = i;
      else if (card == self->last_added[kind + 1] && keep == NULL)
        selected = i;
    }
  gtk_drop_down_set_model (self->target_dropdown, G_LIST_MODEL (titles));
  if (selected == GTK_INVALID_LIST_POSITION && self->targets->len > 0)
    selected = self->targets->len - 1;
  gtk_drop_down_set_selected (self->target_dropdown, selected);
}

/* The answers given so far */

static void
remove_card_clicked (GtkButton *button,
                     PwGuide   *self)
{
  PwCard *card = g_object_get_data (G_OBJECT (button), "pw-object");

  if (self->plan != NULL && pw_plan_lookup_card (self->plan, pw_card_get_id (card)) == card)
    pw_plan_remove_card (self->plan, card);
}

static void
find_indicator_clicked (GtkButton *button,
                        PwGuide   *self)
{
  PwCard *card = g_object_get_data (G_OBJECT (button), "pw-card");

  pw_guide_emit_find_indicator (self, card);
}

static char *
leads_to_text (PwGuide *self,
               PwCard  *card)
{
  g_autoptr(GPtrArray) links = pw_plan_get_links_from (self->plan, card);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < links->len; i++)
    {
      g_autofree char *title = pw_card_dup_display_title (pw_link_get_target (g_ptr_array_index (links, i)));

      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append (text, title);
    }
  if (text->len == 0)
    return g_strdup (pw_card_get_kind (card) == PW_CARD_KIND_GOAL ? "" : _("Not linked yet"));
  /* Translators: under an answer in the guide: the cards it leads to */
  return g_strdup_printf (_("→ %s"), text->str);
}

static GtkWidget *
indicator_box_new (PwGuide *self,
                   PwCard  *card)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Find an indicator"));
  guint n = pw_card_get_n_indicators (card);
  g_autofree char *count = n == 0 ? g_strdup (_("No indicator yet"))
    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u indicator", "%u indicators", n), n);
  g_autofree char *title = pw_card_dup_display_title (card);
  /* Translators: accessible name of the button, %s is the outcome */
  g_autofree char *a11y = g_strdup_printf (_("Find an indicator for “%s”"), title);
  GtkWidget *label = pw_wrapped_label_new (count, n == 0 ? "pw-guide-missing" : "pw-guide-meta");

  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
  gtk_widget_set_tooltip_text (button, _("Search the framework’s bank of indicators for this outcome"));
  gtk_widget_add_css_class (button, "pw-guide-find");
  g_object_set_data_full (G_OBJECT (button), "pw-card", g_object_ref (card), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (find_indicator_clicked), self);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), button);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static GtkWidget *
answer_row_new (PwGuide *self,
                PwCard  *card)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  g_autofree char *title = pw_card_dup_display_title (card);
  g_autofree char *leads = leads_to_text (self, card);
  PwCardKind kind = pw_card_get_kind (card);
  const char *detail = kind == PW_CARD_KIND_BARRIER ? pw_card_get_evidence (card)
    : kind == PW_CARD_KIND_ACTIVITY ? pw_card_get_description (card) : "";

  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), pw_wrapped_label_new (title, "pw-guide-answer"));
  if (*detail != '\0')
    {
      /* Translators: under a barrier: its evidence; under an activity: its resources */
      g_autofree char *text = g_strdup_printf (kind == PW_CARD_KIND_BARRIER ? _("Evidence: %s") : _("Resources: %s"), detail);
      gtk_box_append (GTK_BOX (texts), pw_wrapped_label_new (text, "pw-guide-meta"));
    }
  if (*leads != '\0')
    gtk_box_append (GTK_BOX (texts), pw_wrapped_label_new (leads, "pw-guide-meta"));
  if (kind == PW_CARD_KIND_OUTCOME)
    gtk_box_append (GTK_BOX (texts), indicator_box_new (self, card));
  gtk_box_append (GTK_BOX (row), texts);
  gtk_box_append (GTK_BOX (row), pw_guide_remove_button_new (title, G_CALLBACK (remove_card_clicked), card, self));
  gtk_widget_add_css_class (row, "pw-guide-row");
  gtk_widget_add_css_class (row, pw_card_kind_to_string (kind));
  return row;
}

static void
refresh_answers (PwGuide *self)
{
  g_autoptr(GPtrArray) cards = NULL;

  pw_guide_clear_box (GTK_WIDGET (self->answers_list));
  cards = pw_plan_get_lane_cards (self->plan, pw_guide_step_kind (self->step));
  gtk_widget_set_visible (GTK_WIDGET (self->answers_heading), cards->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->answers_list), cards->len > 0);
  for (guint i = 0; i < cards->len; i++)
    {
      GtkWidget *row = answer_row_new (self, g_ptr_array_index (cards, i));

      gtk_list_box_append (self->answers_list, row);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (gtk_widget_get_parent (row)), FALSE);
      gtk_widget_set_focusable (gtk_widget_get_parent (row), FALSE);
    }
}

void
pw_guide_refresh_card_step (PwGuide *self)
{
  gboolean has_target = pw_guide_step_kind (self->step) < PW_CARD_KIND_GOAL;
  gboolean no_targets;

  refresh_targets (self);
  no_targets = has_target && (self->targets == NULL || self->targets->len == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->target_label), has_target && !no_targets);
  gtk_widget_set_visible (GTK_WIDGET (self->target_dropdown), has_target && !no_targets);
  gtk_widget_set_visible (GTK_WIDGET (self->target_missing), no_targets);
  refresh_answers (self);
}

/* Adding an answer */

void
pw_guide_add_answer (PwGuide *self)
{
  const PwGuideStepText *text = &pw_guide_step_texts[self->step];
  PwCardKind kind = pw_guide_step_kind (self->step);
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->answer_entry));
  const char *detail = gtk_editable_get_text (GTK_EDITABLE (self->detail_entry));
  PwCard *target = kind < PW_CARD_KIND_GOAL ? selected_target (self) : NULL;
  g_autoptr(GPtrArray) lane = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *clean = g_strstrip (g_strdup (title));
  PwCard *card;

  if (self->plan == NULL || *clean == '\0')
    return;
  lane = pw_plan_get_lane_cards (self->plan, kind);
  pw_plan_begin_group (self->plan, _(text->group));
  /* Positions like the example files; the canvas lays cards out by lane. */
  card = pw_plan_add_card (self->plan, kind, clean, -1, 40 + 300 * kind, 60 + 220 * lane->len);
  if (text->detail != NULL && *detail != '\0')
    pw_plan_set_card_text (self->plan, card,
                           kind == PW_CARD_KIND_BARRIER ? PW_CARD_FIELD_EVIDENCE : PW_CARD_FIELD_DESCRIPTION,
                           detail);
  if (target != NULL && pw_plan_link (self->plan, card, target, &error) == NULL)
    g_warning ("Could not link the new card: %s", error->message);
  self->last_added[kind] = card;
  pw_plan_end_group (self->plan);

  gtk_editable_set_text (GTK_EDITABLE (self->answer_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->detail_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->answer_entry));
}

void
pw_guide_show_card_step (PwGuide *self)
{
  const PwGuideStepText *text = &pw_guide_step_texts[self->step];

  gtk_label_set_text_with_mnemonic (self->answer_label, _(text->answer));
  gtk_entry_set_placeholder_text (self->answer_entry, _(text->placeholder));
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), text->detail != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->detail_entry), text->detail != NULL);
  if (text->detail != NULL)
    {
      gtk_label_set_text_with_mnemonic (self->detail_label, _(text->detail));
      gtk_entry_set_placeholder_text (self->detail_entry, _(text->detail_placeholder));
    }
  if (text->target != NULL)
    {
      gtk_label_set_text_with_mnemonic (self->target_label, _(text->target));
      gtk_label_set_text (self->target_missing, _(text->missing));
    }
  gtk_button_set_label (self->add_button, _("_Add"));
  /* Translators: the long names of the Add button, e.g. "Add the outcome" */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->add_button), _(text->add));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button), GTK_ACCESSIBLE_PROPERTY_LABEL, _(text->add), -1);
  gtk_label_set_text (self->answers_heading, _(text->heading));
  gtk_editable_set_text (GTK_EDITABLE (self->answer_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->detail_entry), "");
  gtk_drop_down_set_selected (self->target_dropdown, GTK_INVALID_LIST_POSITION);
  g_clear_pointer (&self->targets, g_ptr_array_unref);
}

void
pw_guide_setup_targets (PwGuide *self)
{
  g_autoptr(GtkListItemFactory) button_factory = target_factory_new (FALSE);
  g_autoptr(GtkListItemFactory) list_factory = target_factory_new (TRUE);

  gtk_drop_down_set_factory (self->target_dropdown, button_factory);
  gtk_drop_down_set_list_factory (self->target_dropdown, list_factory);
}
