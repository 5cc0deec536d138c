/* pw-indicator-row.c — a row of the Indicators page: an indicator with its chips, marks and actions
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-indicator-details.h"
#include "pw-indicator-page.h"
#include "pw-indicator-row.h"

struct _PwIndicatorRow
{
  GtkWidget        parent_instance;

  PwFramework     *framework;
  PwIndicatorItem *item;
  GtkTreeListRow  *list_row;
  gboolean         attached;
  gboolean         has_outcome;

  GtkButton       *expander_button;
  GtkWidget       *node_box;
  GtkLabel        *node_label;
  GtkLabel        *title_label;
  GtkWidget       *chips_box;
  GtkLabel        *domain_chip;
  GtkLabel        *category_chip;
  GtkLabel        *marks_label;
  GtkLabel        *also_label;
  GtkLabel        *reason_label;
  GtkWidget       *actions_box;
  GtkWidget       *attached_label;
  GtkButton       *attach_button;
  GtkMenuButton   *compare_button;
};

G_DEFINE_FINAL_TYPE (PwIndicatorRow, pw_indicator_row, GTK_TYPE_WIDGET)

enum {
  SIGNAL_ATTACH,
  SIGNAL_SHOW_MORE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *category_classes[PW_N_CATEGORIES] = {
  "pw-cat-1", "pw-cat-2", "pw-cat-3", "pw-cat-4",
};

char *
pw_indicator_format_domains (PwFramework *framework,
                             guint16      domains)
{
  GString *text = g_string_new (NULL);

  for (guint n = 1; n <= PW_N_DOMAINS; n++)
    {
      if ((domains & (1u << (n - 1))) == 0)
        continue;
      if (text->len > 0)
        /* Translators: separates domain names in a list */
        g_string_append (text, _(", "));
      g_string_append (text, pw_framework_get_domain (framework, n)->name);
    }
  return g_string_free (text, FALSE);
}

static void title_changed_cb (PwIndicatorRow *self);
static void expanded_changed_cb (PwIndicatorRow *self);

static void
attach_clicked_cb (PwIndicatorRow *self)
{
  if (self->item != NULL && pw_indicator_item_get_kind (self->item) == PW_INDICATOR_ITEM_MORE)
    g_signal_emit (self, signals[SIGNAL_SHOW_MORE], 0);
  else
    g_signal_emit (self, signals[SIGNAL_ATTACH], 0);
}

static void
expander_clicked_cb (PwIndicatorRow *self)
{
  if (self->list_row != NULL)
    gtk_tree_list_row_set_expanded (self->list_row, !gtk_tree_list_row_get_expanded (self->list_row));
}

static void
create_compare_popover (GtkMenuButton *button,
                        gpointer       user_data)
{
  PwIndicatorRow *self = PW_INDICATOR_ROW (user_data);
  const PwIndicator *indicator;
  GtkWidget *popover, *scrolled;

  if (self->item == NULL || (indicator = pw_indicator_item_get_indicator (self->item)) == NULL)
    return;

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 560);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled),
                                 pw_indicator_details_new (self->framework, indicator));
  popover = gtk_popover_new ();
  gtk_widget_add_css_class (popover, "pw-picker-compare-popover");
  gtk_popover_set_child (GTK_POPOVER (popover), scrolled);
  gtk_menu_button_set_popover (button, popover);
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource  *source,
                 double          x,
                 double          y,
                 PwIndicatorRow *self)
{
  const PwIndicator *indicator;
  g_autofree char *content = NULL;

  if (self->item == NULL || (indicator = pw_indicator_item_get_indicator (self->item)) == NULL)
    return NULL;

  content = g_strconcat (PW_INDICATOR_DRAG_PREFIX, indicator->id, NULL);
  return gdk_content_provider_new_typed (G_TYPE_STRING, content);
}

static void
drag_begin_cb (GtkDragSource  *source,
               GdkDrag        *drag,
               PwIndicatorRow *self)
{
  GtkWidget *icon = gtk_drag_icon_get_for_drag (drag);
  GtkWidget *label;

  if (self->item == NULL || pw_indicator_item_get_indicator (self->item) == NULL)
    return;

  /* The dragged text itself, so the officer sees what lands on the card. */
  label = gtk_label_new (pw_indicator_item_get_indicator (self->item)->text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  gtk_widget_add_css_class (label, "pw-picker-drag-icon");
  gtk_drag_icon_set_child (GTK_DRAG_ICON (icon), label);
}

static void
pw_indicator_row_dispose (GObject *object)
{
  PwIndicatorRow *self = PW_INDICATOR_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_INDICATOR_ROW);
  /* Children without an id in the template are ours to unparent too. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  if (self->item != NULL)
    g_signal_handlers_disconnect_by_func (self->item, title_changed_cb, self);
  if (self->list_row != NULL)
    g_signal_handlers_disconnect_by_func (self->list_row, expanded_changed_cb, self);
  g_clear_object (&self->list_row);
  g_clear_object (&self->item);
  g_clear_object (&self->framework);

  G_OBJECT_CLASS (pw_indicator_row_parent_class)->dispose (object);
}

static void
pw_indicator_row_class_init (PwIndicatorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_indicator_row_dispose;

  /**
   * PwIndicatorRow::attach:
   *
   * The Attach (or New outcome) button was pressed.
   */
  signals[SIGNAL_ATTACH] = g_signal_new ("attach", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * PwIndicatorRow::show-more:
   *
   * The "Show more" button of a #PW_INDICATOR_ITEM_MORE row was pressed.
   */
  signals[SIGNAL_SHOW_MORE] = g_signal_new ("show-more", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pw-indicator-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorRow, expander_button);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorRow, node_box);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorRow, node_label);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorRow, chips_box);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorRow, domain_chip);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorRow, category_chip);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorRow, marks_label);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorRow, also_label);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorRow, reason_label);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorRow, actions_box);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorRow, attached_label);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorRow, attach_button);
  gtk_widget_class_bind_template_child (widget_class, PwIndicatorRow, compare_button);
  gtk_widget_class_bind_template_callback (widget_class, attach_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, expander_clicked_cb);
  gtk_widget_class_set_css_name (widget_class, "pw-indicator-row");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pw_indicator_row_init (PwIndicatorRow *self)
{
  GtkDragSource *source;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->has_outcome = TRUE;
  /* The tree expander gives its child only its natural width otherwise. */
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);

  gtk_menu_button_set_create_popup_func (self->compare_button, create_compare_popover, self, NULL);

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_COPY);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));
}

GtkWidget *
pw_indicator_row_new (PwFramework *framework)
{
  PwIndicatorRow *self;

  g_return_val_if_fail (PW_IS_FRAMEWORK (framework), NULL);

  self = g_object_new (PW_TYPE_INDICATOR_ROW, NULL);
  self->framework = g_object_ref (framework);
  return GTK_WIDGET (self);
}

/* Rows are rebound on every keystroke: change style classes, labels and
 * tooltips only when they differ, as each change costs a style or layout pass. */
static void
set_classes (GtkWidget   *widget,
             const char **classes)
{
  g_auto(GStrv) current = gtk_widget_get_css_classes (widget);

  if (!g_strv_equal ((const char * const *) current, classes))
    gtk_widget_set_css_classes (widget, classes);
}

static void
set_tooltip (GtkWidget  *widget,
             const char *tooltip)
{
  const char *current = gtk_widget_get_tooltip_text (widget);

  if (g_strcmp0 (current, tooltip) != 0)
    gtk_widget_set_tooltip_text (widget, tooltip);
}

static void
set_button_label (GtkButton  *button,
                  const char *label)
{
  if (g_strcmp0 (gtk_button_get_label (button), label) != 0)
    gtk_button_set_label (button, label);
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (label), text != NULL ? text : "") != 0)
    gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static char *
marks_tooltip (PwFramework       *framework,
               const PwIndicator *indicator)
{
  GString *tip = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (indicator->mark_order) && indicator->mark_order[i] != 0; i++)
    {
      const PwMarkInfo *info = pw_framework_get_mark_info (framework, indicator->mark_order[i]);

      if (info == NULL)
        continue;
      if (tip->len > 0)
        g_string_append_c (tip, '\n');
      g_string_append_printf (tip, "%s  %s — %s", info->symbol, info->name, info->meaning);
    }
  return g_string_free (tip, FALSE);
}

/* "▲ National Survey · ■ Official Statistics", for the screen reader */
static char *
marks_display (PwFramework       *framework,
               const PwIndicator *indicator)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (indicator->mark_order) && indicator->mark_order[i] != 0; i++)
    {
      const PwMarkInfo *info = pw_framework_get_mark_info (framework, indicator->mark_order[i]);

      if (info == NULL)
        continue;
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append_printf (text, "%s %s", info->symbol, info->name);
    }
  return g_string_free (text, FALSE);
}

static char *
format_also_in (PwFramework       *framework,
                const PwIndicator *indicator)
{
  g_autoptr(GPtrArray) others = pw_framework_get_also_in (framework, indicator);
  g_autofree char *names = NULL;
  guint16 domains = 0;

  for (guint i = 0; i < others->len; i++)
    domains |= 1u << (((const PwIndicator *) g_ptr_array_index (others, i))->domain - 1);
  domains &= ~(1u << (indicator->domain - 1));
  if (domains == 0)
    return NULL;
  names = pw_indicator_format_domains (framework, domains);
  /* Translators: the framework repeats this indicator in these domains */
  return g_strdup_printf (_("Also in: %s"), names);
}

static char *
format_reason (PwFramework          *framework,
               const PwSearchResult *match)
{
  if (match == NULL)
    return NULL;

  switch (match->kind)
    {
    case PW_MATCH_KEYWORD_EXACT:
    case PW_MATCH_KEYWORD_PREFIX:
      if (match->keyword != NULL)
        {
          g_autofree char *names = pw_indicator_format_domains (framework, match->keyword->domains);

          /* Translators: why a search result matched: a keyword-index entry and its domains */
          return g_strdup_printf (_("Keyword “%s” → %s"), match->keyword->keyword, names);
        }
      return g_strdup (_("Keyword index"));
    case PW_MATCH_TEXT:
      return g_strdup (_("Words in the indicator"));
    case PW_MATCH_GOOD_PRACTICE:
      return g_strdup (_("Words in the domain’s good practice"));
    default:
      return NULL;
    }
}

static void
set_chip (GtkLabel   *chip,
          const char *text,
          const char *style,
          const char *category_class,
          const char *tooltip)
{
  const char *classes[] = { "pw-picker-chip", style, category_class, NULL };

  set_label (chip, text);
  set_classes (GTK_WIDGET (chip), classes);
  set_tooltip (GTK_WIDGET (chip), tooltip);
}

static void
show_indicator_parts (PwIndicatorRow *self,
                      gboolean        visible)
{
  gtk_widget_set_visible (self->chips_box, visible);
  gtk_widget_set_visible (self->actions_box, visible);
  gtk_widget_set_visible (GTK_WIDGET (self->marks_label), visible);
  gtk_widget_set_visible (GTK_WIDGET (self->category_chip), visible);
  if (!visible)
    gtk_widget_set_visible (GTK_WIDGET (self->also_label), FALSE);
}

static void
update_actions (PwIndicatorRow *self)
{
  PwIndicatorItemKind kind = self->item != NULL ? pw_indicator_item_get_kind (self->item) : PW_INDICATOR_ITEM_HEADING;
  gboolean is_indicator = kind == PW_INDICATOR_ITEM_INDICATOR;

  gtk_widget_set_visible (self->attached_label, is_indicator && self->attached);
  gtk_widget_set_visible (GTK_WIDGET (self->attach_button),
                          (is_indicator && !self->attached) || kind == PW_INDICATOR_ITEM_MORE);
  if (kind == PW_INDICATOR_ITEM_MORE)
    {
      set_button_label (self->attach_button, _("Show more"));
      set_tooltip (GTK_WIDGET (self->attach_button), _("Show the next results (Enter)"));
    }
  else if (self->has_outcome)
    {
      set_button_label (self->attach_button, _("Attach"));
      set_tooltip (GTK_WIDGET (self->attach_button),
                                   _("Attach to the selected outcome (Enter)"));
    }
  else
    {
      set_button_label (self->attach_button, _("New outcome"));
      set_tooltip (GTK_WIDGET (self->attach_button),
                                   _("Create an outcome from this indicator (Enter)"));
    }
}

static void
bind_indicator (PwIndicatorRow *self)
{
  const PwIndicator *indicator = pw_indicator_item_get_indicator (self->item);
  const PwDomain *domain = pw_framework_get_domain (self->framework, indicator->domain);
  const PwCategoryInfo *category = pw_framework_get_category (self->framework, domain->category);
  const char *category_class = category_classes[domain->category];
  g_autofree char *marks = pw_indicator_get_marks_text (indicator);
  g_autofree char *marks_names = marks_display (self->framework, indicator);
  g_autofree char *tooltip = marks_tooltip (self->framework, indicator);
  g_autofree char *also = format_also_in (self->framework, indicator);
  g_autofree char *reason = format_reason (self->framework, pw_indicator_item_get_match (self->item));
  g_autoptr(GPtrArray) comparators = pw_framework_get_indicator_comparators (self->framework, indicator->id);

  show_indicator_parts (self, TRUE);
  gtk_widget_set_visible (self->node_box, FALSE);
  set_label (self->title_label, indicator->text);
  set_classes (GTK_WIDGET (self->title_label), (const char *[]) { "pw-picker-text", NULL });
  set_chip (self->domain_chip, domain->name, "pw-picker-chip-filled", category_class, domain->full_name);
  set_chip (self->category_chip, category->name, "pw-picker-chip-outline", category_class,
            category->description);
  set_label (self->marks_label, marks);
  set_tooltip (GTK_WIDGET (self->marks_label), tooltip);
  /* The symbols are the framework's notation; their names are for the screen reader. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->marks_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, marks_names,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip, -1);
  set_label (self->also_label, also);
  set_label (self->reason_label, reason);
  gtk_widget_set_visible (GTK_WIDGET (self->compare_button), comparators->len > 0);
  gtk_menu_button_set_popover (self->compare_button, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->attach_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, indicator->text, -1);
  update_actions (self);
}

static char *
domain_subtitle (PwIndicatorRow *self,
                 guint           number)
{
  guint n = 0;

  pw_framework_get_domain_indicators (self->framework, number, &n);
  return g_strdup_printf (ngettext ("%u indicator", "%u indicators", n), n);
}

static void
bind_domain (PwIndicatorRow *self,
             const char    **title,
             char          **subtitle)
{
  const PwDomain *domain = pw_framework_get_domain (self->framework,
                                                    pw_indicator_item_get_domain (self->item));
  g_autofree char *count = domain_subtitle (self, domain->number);

  *title = domain->name;
  if (domain->full_name == NULL || g_strcmp0 (domain->full_name, domain->name) == 0)
    *subtitle = g_steal_pointer (&count);
  else
    *subtitle = g_strdup_printf ("%s · %s", domain->full_name, count);
}

static void
bind_practice (PwIndicatorRow *self,
               const char    **title)
{
  const PwGoodPractice *practice = pw_indicator_item_get_practice (self->item);

  *title = practice->text;
  set_chip (self->domain_chip,
            practice->scope == PW_GOOD_PRACTICE_LOCAL ? _("Local") : _("National"),
            "pw-picker-chip-neutral", NULL, NULL);
}

static void
bind_node (PwIndicatorRow *self)
{
  PwIndicatorItemKind kind = pw_indicator_item_get_kind (self->item);
  const char *title = pw_indicator_item_get_title (self->item);
  g_autofree char *subtitle = NULL;
  const char *title_class = "pw-picker-node";

  show_indicator_parts (self, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->domain_chip), FALSE);
  switch (kind)
    {
    case PW_INDICATOR_ITEM_HEADING:
      title_class = "pw-picker-heading";
      break;
    case PW_INDICATOR_ITEM_LETTER:
      title_class = "pw-picker-letter";
      break;
    case PW_INDICATOR_ITEM_CATEGORY:
      title = pw_framework_get_category (self->framework, pw_indicator_item_get_category (self->item))->name;
      title_class = "pw-picker-category";
      break;
    case PW_INDICATOR_ITEM_DOMAIN:
      bind_domain (self, &title, &subtitle);
      break;
    case PW_INDICATOR_ITEM_GUIDANCE:
      title = _("Good practice (guidance)");
      subtitle = g_strdup (_("Local and national practices and structures that underpin integration in this domain"));
      title_class = "pw-picker-guidance";
      break;
    case PW_INDICATOR_ITEM_PRACTICE:
      bind_practice (self, &title);
      title_class = "pw-picker-practice";
      break;
    case PW_INDICATOR_ITEM_KEYWORD:
      {
        g_autofree char *names = pw_indicator_format_domains (self->framework,
                                                              pw_indicator_item_get_keyword (self->item)->domains);
        subtitle = g_strdup_printf ("→ %s", names);
      }
      break;
    case PW_INDICATOR_ITEM_MORE:
      title_class = "pw-picker-more";
      gtk_widget_set_visible (self->actions_box, TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->compare_button), FALSE);
      break;
    case PW_INDICATOR_ITEM_INDICATOR:
    default:
      g_assert_not_reached ();
    }
  if (gtk_widget_get_visible (GTK_WIDGET (self->domain_chip)))
    gtk_widget_set_visible (self->chips_box, TRUE);
  /* Long good-practice texts wrap on their own line; short titles sit by the expander. */
  if (kind == PW_INDICATOR_ITEM_PRACTICE)
    {
      gtk_widget_set_visible (self->node_box, FALSE);
      set_label (self->title_label, title);
      set_classes (GTK_WIDGET (self->title_label), (const char *[]) { title_class, NULL });
    }
  else
    {
      gtk_widget_set_visible (self->node_box, TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->title_label), FALSE);
      set_label (self->node_label, title);
      set_classes (GTK_WIDGET (self->node_label), (const char *[]) { title_class, NULL });
    }
  set_label (self->reason_label, subtitle);
}

static void
update_row_classes (PwIndicatorRow *self)
{
  const char *classes[3] = { "pw-picker-row", NULL, NULL };

  if (self->item != NULL && pw_indicator_item_get_kind (self->item) == PW_INDICATOR_ITEM_CATEGORY)
    classes[1] = category_classes[pw_indicator_item_get_category (self->item)];
  else if (self->item != NULL && pw_indicator_item_get_kind (self->item) == PW_INDICATOR_ITEM_DOMAIN)
    classes[1] = category_classes[pw_framework_get_domain_category (self->framework,
                                                                    pw_indicator_item_get_domain (self->item))];
  set_classes (GTK_WIDGET (self), classes);
}

static void
title_changed_cb (PwIndicatorRow *self)
{
  set_label (self->node_label, pw_indicator_item_get_title (self->item));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_label (self->node_label), -1);
}

/**
 * pw_indicator_row_set_item:
 * @item: (nullable): the item to show, %NULL when the row is recycled
 */
void
pw_indicator_row_set_item (PwIndicatorRow  *self,
                           PwIndicatorItem *item)
{
  g_return_if_fail (PW_IS_INDICATOR_ROW (self));
  g_return_if_fail (item == NULL || PW_IS_INDICATOR_ITEM (item));

  if (self->item == item)
    return;
  if (self->item != NULL)
    g_signal_handlers_disconnect_by_func (self->item, title_changed_cb, self);
  g_set_object (&self->item, item);
  if (item == NULL)
    return;
  if (pw_indicator_item_get_kind (item) == PW_INDICATOR_ITEM_HEADING)
    g_signal_connect_object (item, "notify::title", G_CALLBACK (title_changed_cb), self,
                             G_CONNECT_SWAPPED);

  if (pw_indicator_item_get_kind (item) == PW_INDICATOR_ITEM_INDICATOR)
    bind_indicator (self);
  else
    bind_node (self);
  update_row_classes (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_label (gtk_widget_get_visible (self->node_box)
                                                       ? self->node_label : self->title_label), -1);
}

PwIndicatorItem *
pw_indicator_row_get_item (PwIndicatorRow *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_ROW (self), NULL);

  return self->item;
}

void
pw_indicator_row_set_attached (PwIndicatorRow *self,
                               gboolean        attached)
{
  g_return_if_fail (PW_IS_INDICATOR_ROW (self));

  self->attached = !!attached;
  update_actions (self);
}

void
pw_indicator_row_set_has_outcome (PwIndicatorRow *self,
                                  gboolean        has_outcome)
{
  g_return_if_fail (PW_IS_INDICATOR_ROW (self));

  self->has_outcome = !!has_outcome;
  update_actions (self);
}

/* Tree rows: indentation and the expander (the tree expander of GTK 4.8 made
 * the list lay out its rows about five times slower). */
#define INDENT_PER_LEVEL 20
#define EXPANDER_WIDTH 32   /* the expander button and the box's spacing */

static void
expanded_changed_cb (PwIndicatorRow *self)
{
  gboolean expanded = self->list_row != NULL && gtk_tree_list_row_get_expanded (self->list_row);

  gtk_button_set_icon_name (self->expander_button, expanded ? "pan-down-symbolic" : "pan-end-symbolic");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_EXPANDED, expanded, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->expander_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  expanded ? _("Hide what is inside") : _("Show what is inside"), -1);
}

/**
 * pw_indicator_row_set_list_row:
 * @list_row: (nullable): the tree row shown, %NULL when recycled
 * @indent: whether to indent by the row's depth
 */
void
pw_indicator_row_set_list_row (PwIndicatorRow *self,
                               GtkTreeListRow *list_row,
                               gboolean        indent)
{
  gboolean expandable;

  g_return_if_fail (PW_IS_INDICATOR_ROW (self));
  g_return_if_fail (list_row == NULL || GTK_IS_TREE_LIST_ROW (list_row));

  if (self->list_row != NULL)
    g_signal_handlers_disconnect_by_func (self->list_row, expanded_changed_cb, self);
  g_set_object (&self->list_row, list_row);
  if (list_row == NULL)
    return;

  expandable = gtk_tree_list_row_is_expandable (list_row);
  gtk_widget_set_visible (GTK_WIDGET (self->expander_button), expandable);
  /* A node's subtitle lines up with its title, right of the expander. */
  gtk_widget_set_margin_start (GTK_WIDGET (self->reason_label), expandable ? EXPANDER_WIDTH : 0);
  gtk_widget_set_margin_start (GTK_WIDGET (self),
                               indent ? (int) gtk_tree_list_row_get_depth (list_row) * INDENT_PER_LEVEL : 0);
  if (expandable)
    {
      g_signal_connect_object (list_row, "notify::expanded", G_CALLBACK (expanded_changed_cb), self,
                               G_CONNECT_SWAPPED);
      expanded_changed_cb (self);
    }
  else
    gtk_accessible_reset_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_EXPANDED);
}
