/* pw-indicator-page.c — the sidebar's Indicators page: search, browse and attach bank indicators
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-indicator-page-private.h"
#include "pw-indicator-row.h"

/* A new outcome's title: the indicator text, cut at a word near this length. */
#define TITLE_MAX_CHARS 110
/* Where a new outcome goes below the lane's last card, in canvas units. */
#define NEW_CARD_GAP 160.0

G_DEFINE_FINAL_TYPE (PwIndicatorPage, pw_indicator_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FRAMEWORK,
  PROP_PLAN,
  PROP_SELECTED_CARD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_OUTCOME_CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

gboolean
pw_indicator_page_has_outcome (PwIndicatorPage *self)
{
  return self->plan != NULL && self->card != NULL &&
         pw_card_get_kind (self->card) == PW_CARD_KIND_OUTCOME;
}

/* Messages shown inline, under the search */

static void
show_message (PwIndicatorPage *self,
              const char      *text,
              gboolean         is_error)
{
  gtk_label_set_label (self->message_label, text);
  gtk_widget_set_css_classes (self->message_box,
                              (const char *[]) { "pw-picker-message",
                                                 is_error ? "pw-picker-error" : "pw-picker-info",
                                                 NULL });
  gtk_revealer_set_reveal_child (self->message_revealer, TRUE);
}

static void
message_dismiss_cb (PwIndicatorPage *self)
{
  gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
}

/* The selected card */

static void
update_target (PwIndicatorPage *self)
{
  g_autofree char *text = NULL;

  if (self->plan == NULL)
    text = g_strdup (_("Open or create a plan to attach indicators."));
  else if (self->card == NULL)
    text = g_strdup (_("No outcome selected: select an outcome card on the canvas, or make a new outcome from an indicator."));
  else
    {
      g_autofree char *title = pw_card_dup_display_title (self->card);

      if (pw_card_get_kind (self->card) == PW_CARD_KIND_OUTCOME)
        text = g_strdup_printf (_("Attaching to the outcome “%s”"), title);
      else
        /* Translators: the first %s is a card title, the second its kind ("Activity") */
        text = g_strdup_printf (_("“%s” is not an outcome (%s): indicators attach to outcomes. "
                                  "Select an outcome, or make a new one from an indicator."),
                                title, pw_card_kind_get_display_name (pw_card_get_kind (self->card)));
    }
  gtk_label_set_label (self->target_label, text);
  gtk_widget_set_css_classes (GTK_WIDGET (self->target_label),
                              (const char *[]) { "pw-picker-target",
                                                 pw_indicator_page_has_outcome (self) ? "pw-picker-target-set" : "pw-picker-target-none",
                                                 NULL });
}

static void
update_attached (PwIndicatorPage *self)
{
  g_hash_table_remove_all (self->attached);
  if (self->card_indicators != NULL)
    {
      guint n = g_list_model_get_n_items (self->card_indicators);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PwIndicatorRef) ref = g_list_model_get_item (self->card_indicators, i);
          const char *bank_id = pw_indicator_ref_get_bank_id (ref);

          if (bank_id != NULL)
            g_hash_table_add (self->attached, g_strdup (bank_id));
        }
    }
  pw_indicator_page_update_rows (self);
}

static void
card_text_changed_cb (PwIndicatorPage *self)
{
  update_target (self);
  pw_indicator_page_update_suggestions (self);
}

static void
unwatch_card (PwIndicatorPage *self)
{
  if (self->card != NULL)
    g_signal_handlers_disconnect_by_data (self->card, self);
  if (self->card_indicators != NULL)
    g_signal_handlers_disconnect_by_data (self->card_indicators, self);
  g_clear_object (&self->card_indicators);
  g_clear_object (&self->card);
}

static void
watch_card (PwIndicatorPage *self,
            PwCard          *card)
{
  self->card = g_object_ref (card);
  g_signal_connect_swapped (card, "notify::title", G_CALLBACK (card_text_changed_cb), self);
  g_signal_connect_swapped (card, "notify::description", G_CALLBACK (card_text_changed_cb), self);
  g_signal_connect_swapped (card, "notify::integration-outcome", G_CALLBACK (card_text_changed_cb), self);
  g_signal_connect_swapped (card, "notify::kind", G_CALLBACK (card_text_changed_cb), self);
  self->card_indicators = g_object_ref (pw_card_get_indicators (card));
  g_signal_connect_swapped (self->card_indicators, "items-changed", G_CALLBACK (update_attached), self);
}

/* Attaching */

static char *
title_from_text (const char *text)
{
  const char *cut;
  const char *space = NULL;

  if (g_utf8_strlen (text, -1) <= TITLE_MAX_CHARS)
    return g_strdup (text);
  cut = g_utf8_offset_to_pointer (text, TITLE_MAX_CHARS);
  for (const char *p = text; p < cut; p = g_utf8_next_char (p))
    if (*p == ' ')
      space = p;
  if (space == NULL || space - text < TITLE_MAX_CHARS / 2)
    space = cut;
  return g_strdup_printf ("%.*s…", (int) (space - text), text);
}

/* Below the outcome lane's lowest card, or at the origin of an empty lane. */
static void
new_outcome_position (PwIndicatorPage *self,
                      double          *x,
                      double          *y)
{
  g_autoptr(GPtrArray) cards = pw_plan_get_lane_cards (self->plan, PW_CARD_KIND_OUTCOME);

  *x = 0;
  *y = 0;
  for (guint i = 0; i < cards->len; i++)
    {
      PwCard *card = g_ptr_array_index (cards, i);

      if (i == 0 || pw_card_get_y (card) + NEW_CARD_GAP > *y)
        {
          *x = pw_card_get_x (card);
          *y = pw_card_get_y (card) + NEW_CARD_GAP;
        }
    }
}

static PwIndicatorRef *
attach_to_new_outcome (PwIndicatorPage  *self,
                       const char       *bank_id,
                       const char       *text,
                       guint             domain,
                       GError          **error)
{
  g_autofree char *title = title_from_text (text);
  PwIndicatorRef *ref;
  PwCard *card;
  double x, y;

  new_outcome_position (self, &x, &y);
  pw_plan_begin_group (self->plan, _("New Outcome from Indicator"));
  card = pw_plan_add_card (self->plan, PW_CARD_KIND_OUTCOME, title, -1, x, y);
  ref = pw_plan_attach_indicator (self->plan, card, bank_id, text, domain, error);
  pw_plan_end_group (self->plan);
  if (ref != NULL)
    g_signal_emit (self, signals[SIGNAL_OUTCOME_CREATED], 0, card);
  return ref;
}

static PwIndicatorRef *
attach_text (PwIndicatorPage  *self,
             const char       *bank_id,
             const char       *text,
             guint             domain,
             GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  PwIndicatorRef *ref;
  gboolean to_card = pw_indicator_page_has_outcome (self);

  if (self->plan == NULL)
    {
      show_message (self, _("Open or create a plan first."), TRUE);
      return NULL;
    }
  if (to_card)
    ref = pw_plan_attach_indicator (self->plan, self->card, bank_id, text, domain, &local_error);
  else
    ref = attach_to_new_outcome (self, bank_id, text, domain, &local_error);

  if (ref == NULL)
    {
      show_message (self, local_error->message, TRUE);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  {
    g_autofree char *title = pw_card_dup_display_title (pw_indicator_ref_get_card (ref));
    g_autofree char *message = to_card
      ? g_strdup_printf (_("Attached to “%s”. Ctrl+Z undoes it."), title)
      : g_strdup_printf (_("New outcome “%s” made with this indicator. Ctrl+Z undoes it."), title);

    show_message (self, message, FALSE);
  }
  return ref;
}

/**
 * pw_indicator_page_attach:
 * @indicator: a bank indicator of the page's framework
 * @error: return location for a #PW_PLAN_ERROR, or %NULL
 *
 * Attaches @indicator to the selected outcome card or, with no outcome
 * selected, makes a new outcome titled from it and attaches it, as one undo
 * step. The result, or the error, is also shown on the page.
 *
 * Returns: (transfer none) (nullable): the new reference, owned by the plan;
 *   %NULL on error, or when there is no plan (nothing set in @error)
 */
PwIndicatorRef *
pw_indicator_page_attach (PwIndicatorPage    *self,
                          const PwIndicator  *indicator,
                          GError            **error)
{
  g_return_val_if_fail (PW_IS_INDICATOR_PAGE (self), NULL);
  g_return_val_if_fail (indicator != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return attach_text (self, indicator->id, indicator->text, indicator->domain, error);
}

/**
 * pw_indicator_page_add_custom:
 * @text: the officer's own indicator
 * @domain: its domain, 1–14
 *
 * Like pw_indicator_page_attach() for a custom indicator.
 *
 * Returns: (transfer none) (nullable): the new reference
 */
PwIndicatorRef *
pw_indicator_page_add_custom (PwIndicatorPage  *self,
                              const char       *text,
                              guint             domain,
                              GError          **error)
{
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (PW_IS_INDICATOR_PAGE (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (domain >= 1 && domain <= PW_N_DOMAINS, NULL);

  stripped = g_strstrip (g_strdup (text));
  if (*stripped == '\0')
    {
      show_message (self, _("Type your indicator first, then press Add."), TRUE);
      return NULL;
    }
  return attach_text (self, NULL, stripped, domain, error);
}

static void
custom_add_cb (PwIndicatorPage *self)
{
  guint domain = gtk_drop_down_get_selected (self->custom_domain_dropdown) + 1;

  if (pw_indicator_page_add_custom (self, gtk_editable_get_text (GTK_EDITABLE (self->custom_entry)),
                                    domain, NULL) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->custom_entry), "");
}

/* Search and filters */

static gboolean
refresh_idle_cb (gpointer data)
{
  PwIndicatorPage *self = data;

  self->refresh_idle = 0;
  pw_indicator_page_refresh (self);
  return G_SOURCE_REMOVE;
}

/* The entry reports an emptied text at once (a select-all-and-type passes
 * through one); an idle lets the typed letter arrive before the list is rebuilt. */
static void
search_changed_cb (PwIndicatorPage *self)
{
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle_cb, self, NULL);
}

/* Enter or Down in the entry: on to the results, where arrows move and Enter attaches. */
static void
focus_results (PwIndicatorPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), i);
      g_autoptr(PwIndicatorItem) item = gtk_tree_list_row_get_item (row);

      if (pw_indicator_item_get_kind (item) == PW_INDICATOR_ITEM_INDICATOR)
        {
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
          gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), i, TRUE);
          break;
        }
    }
  gtk_widget_child_focus (GTK_WIDGET (self->list_view), GTK_DIR_TAB_FORWARD);
}

static void
search_activate_cb (PwIndicatorPage *self)
{
  pw_indicator_page_search_now (self);
  focus_results (self);
}

static gboolean
search_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       PwIndicatorPage       *self)
{
  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) &&
      (state & GDK_MODIFIER_MASK) == 0)
    {
      focus_results (self);
      return TRUE;
    }
  return FALSE;
}

/* Both buttons notify; the group sets the new one active after the old one goes off. */
static void
mode_toggled_cb (PwIndicatorPage *self,
                 GtkToggleButton *button)
{
  if (gtk_toggle_button_get_active (button))
    pw_indicator_page_refresh (self);
}

static void
list_activate_cb (PwIndicatorPage *self,
                  guint            position)
{
  pw_indicator_page_toggle_position (self, position);
}

/* The widget */

static void
focus_search_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  pw_indicator_page_focus_search (PW_INDICATOR_PAGE (widget));
}

static void
pw_indicator_page_constructed (GObject *object)
{
  PwIndicatorPage *self = PW_INDICATOR_PAGE (object);

  G_OBJECT_CLASS (pw_indicator_page_parent_class)->constructed (object);

  g_return_if_fail (PW_IS_FRAMEWORK (self->framework));
  pw_indicator_page_setup_dropdowns (self);
  pw_indicator_page_lists_init (self);
  update_target (self);
  pw_indicator_page_refresh (self);
}

static void
pw_indicator_page_dispose (GObject *object)
{
  PwIndicatorPage *self = PW_INDICATOR_PAGE (object);

  unwatch_card (self);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  pw_indicator_page_lists_dispose (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_INDICATOR_PAGE);
  /* Children without an id in the template are ours to unparent too. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_object (&self->plan);
  g_clear_object (&self->framework);

  G_OBJECT_CLASS (pw_indicator_page_parent_class)->dispose (object);
}

static void
pw_indicator_page_finalize (GObject *object)
{
  PwIndicatorPage *self = PW_INDICATOR_PAGE (object);

  g_clear_pointer (&self->attached, g_hash_table_unref);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (pw_indicator_page_parent_class)->finalize (object);
}

static void
pw_indicator_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PwIndicatorPage *self = PW_INDICATOR_PAGE (object);

  switch (prop_id)
    {
    case PROP_FRAMEWORK:
      g_value_set_object (value, self->framework);
      break;
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_SELECTED_CARD:
      g_value_set_object (value, self->card);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_indicator_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PwIndicatorPage *self = PW_INDICATOR_PAGE (object);

  switch (prop_id)
    {
    case PROP_FRAMEWORK:
      self->framework = g_value_dup_object (value);
      break;
    case PROP_PLAN:
      pw_indicator_page_set_plan (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_CARD:
      pw_indicator_page_set_selected_card (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_properties (GObjectClass *object_class)
{
  properties[PROP_FRAMEWORK] =
    g_param_spec_object ("framework", NULL, NULL, PW_TYPE_FRAMEWORK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, PW_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_CARD] =
    g_param_spec_object ("selected-card", NULL, NULL, PW_TYPE_CARD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pw_indicator_page_class_init (PwIndicatorPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pw_indicator_page_constructed;
  object_class->dispose = pw_indicator_page_dispose;
  object_class->finalize = pw_indicator_page_finalize;
  object_class->get_property = pw_indicator_page_get_property;
  object_class->set_property = pw_indicator_page_set_property;
  install_properties (object_class);

  /**
   * PwIndicatorPage::outcome-created:
   * @card: the new outcome card
   *
   * An outcome was made from an indicator; the window may select it.
   */
  signals[SIGNAL_OUTCOME_CREATED] =
    g_signal_new ("outcome-created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, PW_TYPE_CARD);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pw-indicator-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorPage, target_label);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorPage, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorPage, domain_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorPage, marks_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorPage, mode_box);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorPage, browse_toggle);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorPage, keywords_toggle);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorPage, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorPage, message_box);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorPage, message_label);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorPage, custom_expander);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorPage, custom_entry);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorPage, custom_domain_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, mode_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, message_dismiss_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, custom_add_cb);

  gtk_widget_class_install_action (widget_class, "picker.focus-search", NULL, focus_search_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "picker.focus-search", NULL);
  gtk_widget_class_set_css_name (widget_class, "pw-indicator-page");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pw_indicator_page_init (PwIndicatorPage *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->attached = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Indicators"), -1);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
}

/* Public API */

/**
 * pw_indicator_page_new:
 * @framework: the framework to pick from
 *
 * Returns: (transfer floating): a new Indicators page
 */
GtkWidget *
pw_indicator_page_new (PwFramework *framework)
{
  g_return_val_if_fail (PW_IS_FRAMEWORK (framework), NULL);

  return g_object_new (PW_TYPE_INDICATOR_PAGE, "framework", framework, NULL);
}

/**
 * pw_indicator_page_set_plan:
 * @plan: (nullable): the window's plan
 *
 * Also forgets the selected card, which belonged to the old plan.
 */
void
pw_indicator_page_set_plan (PwIndicatorPage *self,
                            PwPlan          *plan)
{
  g_return_if_fail (PW_IS_INDICATOR_PAGE (self));
  g_return_if_fail (plan == NULL || PW_IS_PLAN (plan));

  if (self->plan == plan)
    return;
  pw_indicator_page_set_selected_card (self, NULL);
  g_set_object (&self->plan, plan);
  update_target (self);
  pw_indicator_page_update_rows (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

PwPlan *
pw_indicator_page_get_plan (PwIndicatorPage *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_PAGE (self), NULL);

  return self->plan;
}

/**
 * pw_indicator_page_set_selected_card:
 * @card: (nullable): the card selected on the canvas
 */
void
pw_indicator_page_set_selected_card (PwIndicatorPage *self,
                                     PwCard          *card)
{
  g_return_if_fail (PW_IS_INDICATOR_PAGE (self));
  g_return_if_fail (card == NULL || PW_IS_CARD (card));

  if (self->card == card)
    return;
  unwatch_card (self);
  if (card != NULL)
    watch_card (self, card);
  update_target (self);
  update_attached (self);
  pw_indicator_page_update_suggestions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_CARD]);
}

PwCard *
pw_indicator_page_get_selected_card (PwIndicatorPage *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_PAGE (self), NULL);

  return self->card;
}

void
pw_indicator_page_focus_search (PwIndicatorPage *self)
{
  g_return_if_fail (PW_IS_INDICATOR_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

/* As typed: letters added at the end go in as keystrokes would, so the entry
 * does not pass through an empty text. */
void
pw_indicator_page_set_query (PwIndicatorPage *self,
                             const char      *query)
{
  GtkEditable *editable;
  const char *text;

  g_return_if_fail (PW_IS_INDICATOR_PAGE (self));

  editable = GTK_EDITABLE (self->search_entry);
  text = gtk_editable_get_text (editable);
  if (query == NULL)
    query = "";
  if (g_str_equal (text, query))
    return;
  if (*text != '\0' && g_str_has_prefix (query, text))
    {
      int position = g_utf8_strlen (text, -1);

      gtk_editable_insert_text (editable, query + strlen (text), -1, &position);
    }
  else
    gtk_editable_set_text (editable, query);
}

/* Runs the entry's query now instead of after the search delay. */
void
pw_indicator_page_search_now (PwIndicatorPage *self)
{
  g_return_if_fail (PW_IS_INDICATOR_PAGE (self));

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  pw_indicator_page_refresh (self);
}

GListModel *
pw_indicator_page_get_results (PwIndicatorPage *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_PAGE (self), NULL);

  return G_LIST_MODEL (self->results);
}

guint
pw_indicator_page_get_n_matches (PwIndicatorPage *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_PAGE (self), 0);

  return self->matches != NULL ? self->matches->len : 0;
}

GListModel *
pw_indicator_page_get_suggestions (PwIndicatorPage *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_PAGE (self), NULL);

  return G_LIST_MODEL (self->suggestions);
}

const PwIndicator *
pw_indicator_page_parse_drag_string (PwFramework *framework,
                                     const char  *str)
{
  g_return_val_if_fail (PW_IS_FRAMEWORK (framework), NULL);

  if (str == NULL || !g_str_has_prefix (str, PW_INDICATOR_DRAG_PREFIX))
    return NULL;
  return pw_framework_lookup_indicator (framework, str + strlen (PW_INDICATOR_DRAG_PREFIX));
}
