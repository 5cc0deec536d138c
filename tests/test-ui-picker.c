/* test-ui-picker.c — the Indicators page: search, filters, browse, suggestions, attach, drag, custom
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "pw-application.h"
#include "pw-framework.h"
#include "pw-indicator-details.h"
#include "pw-indicator-item.h"
#include "pw-indicator-page.h"
#include "pw-indicator-row.h"
#include "pw-plan.h"
#include "pw-test-utils.h"

typedef struct {
  PwFramework     *framework;
  PwPlan          *plan;
  PwCard          *outcome;
  GtkWindow       *window;
  PwIndicatorPage *page;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->framework = g_object_ref (pw_framework_get_default ());
  f->plan = pw_plan_new ();
  f->outcome = pw_plan_add_card (f->plan, PW_CARD_KIND_OUTCOME,
                                 "Women practise English with their neighbours", -1, 0, 0);
  pw_plan_clear_undo (f->plan);
  f->page = PW_INDICATOR_PAGE (pw_indicator_page_new (f->framework));
  pw_indicator_page_set_plan (f->page, f->plan);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 480, 720);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  gtk_window_present (f->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->plan);
  g_clear_object (&f->framework);
}

/* Helpers */

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type,
             gboolean (*match) (GtkWidget *, gconstpointer),
             gconstpointer data)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && (match == NULL || match (root, data)))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_widget (c, type, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
row_shows (GtkWidget    *widget,
           gconstpointer id)
{
  PwIndicatorItem *item = pw_indicator_row_get_item (PW_INDICATOR_ROW (widget));

  return item != NULL && gtk_widget_get_mapped (widget) &&
         pw_indicator_item_get_indicator (item) != NULL &&
         g_str_equal (pw_indicator_item_get_indicator (item)->id, id);
}


static gboolean
button_labelled (GtkWidget    *widget,
                 gconstpointer label)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0 && gtk_widget_get_mapped (widget);
}

static gboolean
label_says (GtkWidget    *widget,
            gconstpointer text)
{
  return gtk_widget_get_mapped (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL;
}

static gboolean
has_results (gpointer data)
{
  Fixture *f = data;

  return g_list_model_get_n_items (pw_indicator_page_get_results (f->page)) > 0;
}

static const char *
result_id (GListModel *model,
           guint       position)
{
  g_autoptr(PwIndicatorItem) item = g_list_model_get_item (model, position);

  return item != NULL ? pw_indicator_item_get_indicator (item)->id : NULL;
}

/* Types as the officer does, and lets the entry's search delay run. */
static void
type_query (Fixture    *f,
            const char *query)
{
  GtkWidget *entry = find_widget (GTK_WIDGET (f->page), GTK_TYPE_SEARCH_ENTRY, NULL, NULL);
  gint64 start = g_get_monotonic_time ();

  g_assert_nonnull (entry);
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), query);
  /* Nothing yet: the query runs after the delay, not on every keystroke. */
  g_assert_true (g_list_model_get_n_items (pw_indicator_page_get_results (f->page)) == 0 ||
                 g_get_monotonic_time () - start > 60000);
  g_assert_true (pw_test_wait_until (has_results, f, 2000));
  pw_test_spin (50);
}

static gboolean
has_css_class (GtkWidget    *widget,
               gconstpointer name)
{
  return gtk_widget_has_css_class (widget, name);
}

/* The results list (the dropdowns' popups hold list views too) */
static GtkListView *
list_view (Fixture *f)
{
  return GTK_LIST_VIEW (find_widget (GTK_WIDGET (f->page), GTK_TYPE_LIST_VIEW, has_css_class, "pw-picker-list"));
}

/* The row's position in the list view's model */
static guint
view_position (Fixture    *f,
               const char *id)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list_view (f)));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      g_autoptr(PwIndicatorItem) item = gtk_tree_list_row_get_item (row);
      const PwIndicator *indicator = pw_indicator_item_get_indicator (item);

      if (indicator != NULL && g_str_equal (indicator->id, id))
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static PwIndicatorRow *
find_row (Fixture    *f,
          const char *id)
{
  guint position = view_position (f, id);

  /* Scrolled into view first, as the arrow keys would. */
  if (position != GTK_INVALID_LIST_POSITION)
    {
      gtk_widget_activate_action (GTK_WIDGET (list_view (f)), "list.scroll-to-item", "u", position);
      pw_test_spin (50);
    }
  return PW_INDICATOR_ROW (find_widget (GTK_WIDGET (f->page), PW_TYPE_INDICATOR_ROW, row_shows, id));
}

/* As Space or Enter on a focused button: it is clicked when the press animation ends. */
static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_activate (button));
  pw_test_spin (350);
}

/* Tests */

static void
check_first (Fixture    *f,
             const char *query,
             const char *first_id,
             const char *keyword)
{
  GListModel *results;
  g_autoptr(PwIndicatorItem) first = NULL;
  const PwSearchResult *match;

  pw_indicator_page_set_query (f->page, "");
  pw_indicator_page_search_now (f->page);
  type_query (f, query);
  results = pw_indicator_page_get_results (f->page);
  first = g_list_model_get_item (results, 0);
  g_assert_cmpstr (pw_indicator_item_get_indicator (first)->id, ==, first_id);
  match = pw_indicator_item_get_match (first);
  g_assert_nonnull (match);
  g_assert_cmpint (match->kind, ==, PW_MATCH_KEYWORD_EXACT);
  g_assert_cmpstr (match->keyword->keyword, ==, keyword);
  /* The first result is on screen, with why it matched. */
  g_assert_nonnull (find_row (f, first_id));
  g_assert_nonnull (find_widget (GTK_WIDGET (find_row (f, first_id)), GTK_TYPE_LABEL, label_says,
                                 "Keyword “"));
}

static void
test_search_first_results (Fixture       *f,
                           gconstpointer  data)
{
  GListModel *results;

  check_first (f, "neighbours", "bridges-05", "Neighbours");
  results = pw_indicator_page_get_results (f->page);
  g_assert_cmpstr (result_id (results, 1), ==, "stability-08");
  g_assert_nonnull (find_widget (GTK_WIDGET (find_row (f, "bridges-05")), GTK_TYPE_LABEL, label_says,
                                 "Keyword “Neighbours” → Social bridges, Stability"));
  check_first (f, "ESOL", "language-02", "ESOL");
  check_first (f, "hate crime", "safety-06", "Hate crime");
  /* the same indicator recurs in Social bridges and Stability */
  pw_indicator_page_set_query (f->page, "belonging to neighbourhood");
  pw_indicator_page_search_now (f->page);
  pw_test_spin (50);
  g_assert_nonnull (find_widget (GTK_WIDGET (f->page), GTK_TYPE_LABEL, label_says, "Also in: "));
}

static gboolean
all_results (Fixture *f,
             gboolean (*check) (const PwIndicator *, Fixture *))
{
  GListModel *results = pw_indicator_page_get_results (f->page);

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(PwIndicatorItem) item = g_list_model_get_item (results, i);

      if (!check (pw_indicator_item_get_indicator (item), f))
        return FALSE;
    }
  return TRUE;
}

static gboolean
in_stability (const PwIndicator *indicator, Fixture *f)
{
  return indicator->domain == 13;
}

static gboolean
in_social_connections (const PwIndicator *indicator, Fixture *f)
{
  return pw_framework_get_domain_category (f->framework, indicator->domain) == PW_CATEGORY_SOCIAL_CONNECTIONS;
}

static gboolean
has_survey_data (const PwIndicator *indicator, Fixture *f)
{
  return (indicator->marks & PW_MARK_SURVEY) != 0;
}

static void
test_filters_narrow (Fixture       *f,
                     gconstpointer  data)
{
  GListModel *results = pw_indicator_page_get_results (f->page);
  GtkDropDown *dropdowns[3];
  guint all, n;

  type_query (f, "neighbours");
  all = pw_indicator_page_get_n_matches (f->page);
  g_assert_cmpuint (all, >, 5);

  /* The officer's way: the three dropdowns, in template order. */
  dropdowns[0] = GTK_DROP_DOWN (find_widget (GTK_WIDGET (f->page), GTK_TYPE_DROP_DOWN, NULL, NULL));
  dropdowns[1] = GTK_DROP_DOWN (find_widget (gtk_widget_get_next_sibling (GTK_WIDGET (dropdowns[0])),
                                             GTK_TYPE_DROP_DOWN, NULL, NULL));
  dropdowns[2] = GTK_DROP_DOWN (find_widget (gtk_widget_get_next_sibling (GTK_WIDGET (dropdowns[1])),
                                             GTK_TYPE_DROP_DOWN, NULL, NULL));
  gtk_drop_down_set_selected (dropdowns[1], 13);   /* Stability */
  n = pw_indicator_page_get_n_matches (f->page);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, all);
  g_assert_true (all_results (f, in_stability));

  gtk_drop_down_set_selected (dropdowns[1], 0);
  gtk_drop_down_set_selected (dropdowns[0], 1 + PW_CATEGORY_SOCIAL_CONNECTIONS);
  n = pw_indicator_page_get_n_matches (f->page);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, all);
  g_assert_true (all_results (f, in_social_connections));
  g_assert_cmpstr (result_id (results, 0), ==, "bridges-05");

  gtk_drop_down_set_selected (dropdowns[0], 0);
  gtk_drop_down_set_selected (dropdowns[2], 2);    /* ▲ National Survey */
  n = pw_indicator_page_get_n_matches (f->page);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, all);
  g_assert_true (all_results (f, has_survey_data));

  /* A domain outside the chosen category is dropped rather than hiding everything. */
  gtk_drop_down_set_selected (dropdowns[2], 0);
  gtk_drop_down_set_selected (dropdowns[1], 1);    /* Work */
  gtk_drop_down_set_selected (dropdowns[0], 1 + PW_CATEGORY_FACILITATORS);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdowns[1]), ==, 0);

  pw_indicator_page_set_filter (f->page, NULL);
  g_assert_cmpuint (pw_indicator_page_get_n_matches (f->page), ==, all);
  /* and the programmatic filter, several domains at once */
  pw_indicator_page_set_filter (f->page, &(PwSearchFilter) { .domains = PW_CARD_DOMAIN_BIT (13) });
  g_assert_true (all_results (f, in_stability));
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdowns[1]), ==, 13);
  pw_indicator_page_set_filter (f->page, NULL);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdowns[1]), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (results), >, 0);
}

static void
test_show_more (Fixture       *f,
                gconstpointer  data)
{
  GListModel *results = pw_indicator_page_get_results (f->page);
  guint all;
  GtkWidget *more;

  type_query (f, "neighbours");
  all = pw_indicator_page_get_n_matches (f->page);
  g_assert_cmpuint (all, >, 20);
  /* A page at a time: GTK 4.8 makes a widget per item, so all would be slow. */
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 10);
  more = find_widget (GTK_WIDGET (f->page), GTK_TYPE_BUTTON, button_labelled, "Show more");
  if (more == NULL)
    {
      /* below the tenth result: scroll to the end of the list */
      GListModel *view = G_LIST_MODEL (gtk_list_view_get_model (list_view (f)));

      gtk_widget_activate_action (GTK_WIDGET (list_view (f)), "list.scroll-to-item", "u",
                                  g_list_model_get_n_items (view) - 1);
      pw_test_spin (50);
      more = find_widget (GTK_WIDGET (f->page), GTK_TYPE_BUTTON, button_labelled, "Show more");
    }
  click (more);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 20);
  g_assert_cmpstr (result_id (results, 0), ==, "bridges-05");
  /* the order is the ranking's */
  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(GArray) ranked = pw_framework_search (f->framework, "neighbours", NULL);

      g_assert_cmpstr (result_id (results, i), ==, g_array_index (ranked, PwSearchResult, i).indicator->id);
    }
}

static gboolean
focus_inside (GtkWidget *ancestor)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (ancestor));

  return focus != NULL && (focus == ancestor || gtk_widget_is_ancestor (focus, ancestor));
}

/* Ctrl+F, type, Enter or Down: on to the results; everything has a name. */
static void
test_keyboard_and_names (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *entry = find_widget (GTK_WIDGET (f->page), GTK_TYPE_SEARCH_ENTRY, NULL, NULL);
  GtkWidget *list = GTK_WIDGET (list_view (f));

  gtk_widget_grab_focus (list);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "picker.focus-search", NULL));
  g_assert_true (focus_inside (entry));
  type_query (f, "ESOL");
  g_signal_emit_by_name (entry, "activate");
  pw_test_spin (50);
  g_assert_true (focus_inside (list));
  pw_indicator_page_focus_search (f->page);
  g_assert_true (focus_inside (entry));

  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Search indicators and the keyword index");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, "Indicators");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (find_row (f, "language-02")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       pw_framework_lookup_indicator (f->framework, "language-02")->text);
  {
    GtkWidget *category = find_widget (GTK_WIDGET (f->page), GTK_TYPE_DROP_DOWN, NULL, NULL);
    GtkWidget *domain = gtk_widget_get_next_sibling (category);
    GtkWidget *marks = gtk_widget_get_next_sibling (domain);

    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (category), GTK_ACCESSIBLE_PROPERTY_LABEL, "Category filter");
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (domain), GTK_ACCESSIBLE_PROPERTY_LABEL, "Domain filter");
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (marks), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         "Data availability filter");
  }
}

static void
test_attach_by_keyboard (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *row;
  guint position;
  g_autoptr(PwIndicatorRef) ref = NULL;
  g_autoptr(GError) error = NULL;

  pw_indicator_page_set_selected_card (f->page, f->outcome);
  type_query (f, "ESOL");
  position = view_position (f, "language-02");
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  row = GTK_WIDGET (find_row (f, "language-02"));
  g_assert_nonnull (row);

  /* Enter (and double-click) on a focused row run list.activate-item with its position. */
  g_assert_true (gtk_widget_activate_action (row, "list.activate-item", "u", position));
  g_assert_cmpuint (pw_card_get_n_indicators (f->outcome), ==, 1);
  ref = g_list_model_get_item (pw_card_get_indicators (f->outcome), 0);
  g_assert_cmpstr (pw_indicator_ref_get_bank_id (ref), ==, "language-02");
  g_assert_cmpuint (pw_indicator_ref_get_domain (ref), ==, 9);
  g_assert_true (g_str_has_prefix (pw_indicator_ref_get_text (ref), "% participating in ESOL"));
  g_assert_nonnull (find_widget (row, GTK_TYPE_LABEL, label_says, "Attached"));
  g_assert_null (find_widget (row, GTK_TYPE_BUTTON, button_labelled, "Attach"));

  /* Again: refused by the model, shown on the page. */
  g_assert_null (pw_indicator_page_attach (f->page,
                                           pw_framework_lookup_indicator (f->framework, "language-02"),
                                           &error));
  g_assert_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_INDICATOR_DUPLICATE);
  pw_test_spin (400);   /* the message slides in */
  g_assert_nonnull (find_widget (GTK_WIDGET (f->page), GTK_TYPE_LABEL, label_says, error->message));
  g_assert_cmpuint (pw_card_get_n_indicators (f->outcome), ==, 1);

  g_assert_true (pw_plan_undo (f->plan));
  g_assert_cmpuint (pw_card_get_n_indicators (f->outcome), ==, 0);
  pw_test_spin (20);
  g_assert_nonnull (find_widget (GTK_WIDGET (find_row (f, "language-02")), GTK_TYPE_BUTTON,
                                 button_labelled, "Attach"));

  /* The row's own button does the same. */
  click (find_widget (GTK_WIDGET (find_row (f, "language-03")), GTK_TYPE_BUTTON, button_labelled, "Attach"));
  g_assert_cmpuint (pw_card_get_n_indicators (f->outcome), ==, 1);
}

static void
test_drag_source_content (Fixture       *f,
                          gconstpointer  data)
{
  PwIndicatorRow *row;
  g_autoptr(GListModel) controllers = NULL;
  GtkDragSource *source = NULL;
  g_autoptr(GdkContentProvider) content = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  type_query (f, "neighbours");
  row = find_row (f, "bridges-05");
  g_assert_nonnull (row);
  controllers = gtk_widget_observe_controllers (GTK_WIDGET (row));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DRAG_SOURCE (controller))
        source = GTK_DRAG_SOURCE (controller);
    }
  g_assert_nonnull (source);
  g_signal_emit_by_name (source, "prepare", 10.0, 10.0, &content);
  g_assert_nonnull (content);
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (content, &value, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (g_value_get_string (&value), ==, "pathways-indicator:bridges-05");
  g_assert_true (pw_indicator_page_parse_drag_string (f->framework, g_value_get_string (&value)) ==
                 pw_framework_lookup_indicator (f->framework, "bridges-05"));
  g_assert_null (pw_indicator_page_parse_drag_string (f->framework, "bridges-05"));
  g_assert_null (pw_indicator_page_parse_drag_string (f->framework, "pathways-indicator:nope-01"));
}

static gboolean
suggests (Fixture    *f,
          const char *id)
{
  GListModel *suggestions = pw_indicator_page_get_suggestions (f->page);

  for (guint i = 0; i < g_list_model_get_n_items (suggestions); i++)
    if (g_strcmp0 (result_id (suggestions, i), id) == 0)
      return TRUE;
  return FALSE;
}

static void
test_suggestions_follow_card (Fixture       *f,
                              gconstpointer  data)
{
  GListModel *suggestions = pw_indicator_page_get_suggestions (f->page);
  PwCard *activity;

  g_assert_cmpuint (g_list_model_get_n_items (suggestions), ==, 0);
  pw_indicator_page_set_selected_card (f->page, f->outcome);
  g_assert_cmpuint (g_list_model_get_n_items (suggestions), >, 0);
  g_assert_true (suggests (f, "bridges-05"));
  g_assert_false (suggests (f, "safety-06"));
  pw_test_spin (20);
  g_assert_nonnull (find_widget (GTK_WIDGET (f->page), GTK_TYPE_LABEL, label_says, "Suggested for this outcome"));

  /* Edited on the canvas: the suggestions follow the new words. */
  pw_plan_set_card_text (f->plan, f->outcome, PW_CARD_FIELD_TITLE, "Fewer residents report hate crime");
  g_assert_true (suggests (f, "safety-06"));
  g_assert_false (suggests (f, "bridges-05"));
  g_assert_nonnull (find_widget (GTK_WIDGET (f->page), GTK_TYPE_LABEL, label_says, "Fewer residents report hate crime"));

  /* Not an outcome: nothing to suggest. */
  activity = pw_plan_add_card (f->plan, PW_CARD_KIND_ACTIVITY, "Conversation café for neighbours", -1, 0, 0);
  pw_indicator_page_set_selected_card (f->page, activity);
  g_assert_cmpuint (g_list_model_get_n_items (suggestions), ==, 0);
  pw_indicator_page_set_selected_card (f->page, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (suggestions), ==, 0);
}

static void
outcome_created_cb (PwIndicatorPage *page,
                    PwCard          *card,
                    PwCard         **out)
{
  *out = card;
}

static void
test_new_outcome_one_undo_step (Fixture       *f,
                                gconstpointer  data)
{
  GListModel *cards = pw_plan_get_cards (f->plan);
  const PwIndicator *indicator = pw_framework_lookup_indicator (f->framework, "bridges-05");
  PwCard *created = NULL;
  g_autoptr(PwCard) card = NULL;
  PwIndicatorRef *ref;

  g_signal_connect (f->page, "outcome-created", G_CALLBACK (outcome_created_cb), &created);
  type_query (f, "neighbours");
  /* No outcome selected: the row offers a new outcome instead. */
  g_assert_nonnull (find_widget (GTK_WIDGET (find_row (f, "bridges-05")), GTK_TYPE_BUTTON,
                                 button_labelled, "New outcome"));
  ref = pw_indicator_page_attach (f->page, indicator, NULL);
  g_assert_nonnull (ref);
  g_assert_cmpuint (g_list_model_get_n_items (cards), ==, 2);
  card = g_list_model_get_item (cards, 1);
  g_assert_true (created == card);
  g_assert_cmpint (pw_card_get_kind (card), ==, PW_CARD_KIND_OUTCOME);
  g_assert_cmpstr (pw_card_get_title (card), ==, indicator->text);
  g_assert_true (pw_indicator_ref_get_card (ref) == card);
  g_assert_cmpstr (pw_indicator_ref_get_bank_id (ref), ==, "bridges-05");

  g_assert_true (pw_plan_undo (f->plan));
  g_assert_cmpuint (g_list_model_get_n_items (cards), ==, 1);
  g_assert_false (pw_plan_can_undo (f->plan));
}

static void
test_custom_indicator (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *entry, *add;
  GtkDropDown *domain;
  g_autoptr(PwIndicatorRef) ref = NULL;
  GtkExpander *expander;

  pw_indicator_page_set_selected_card (f->page, f->outcome);
  expander = GTK_EXPANDER (find_widget (GTK_WIDGET (f->page), GTK_TYPE_EXPANDER, NULL, NULL));
  gtk_expander_set_expanded (expander, TRUE);
  pw_test_spin (20);
  entry = find_widget (GTK_WIDGET (expander), GTK_TYPE_ENTRY, NULL, NULL);
  domain = GTK_DROP_DOWN (find_widget (GTK_WIDGET (expander), GTK_TYPE_DROP_DOWN, NULL, NULL));
  add = find_widget (GTK_WIDGET (expander), GTK_TYPE_BUTTON, button_labelled, "Add");
  g_assert_nonnull (entry);
  g_assert_nonnull (add);

  /* Empty: nothing added, a hint instead. */
  click (add);
  g_assert_cmpuint (pw_card_get_n_indicators (f->outcome), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (entry), "  Number of women attending the café each month ");
  gtk_drop_down_set_selected (domain, 8);   /* Language and communication */
  click (add);
  g_assert_cmpuint (pw_card_get_n_indicators (f->outcome), ==, 1);
  ref = g_list_model_get_item (pw_card_get_indicators (f->outcome), 0);
  g_assert_true (pw_indicator_ref_is_custom (ref));
  g_assert_null (pw_indicator_ref_get_bank_id (ref));
  g_assert_cmpstr (pw_indicator_ref_get_text (ref), ==, "Number of women attending the café each month");
  g_assert_cmpuint (pw_indicator_ref_get_domain (ref), ==, 9);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
}

static guint
count_kind (Fixture             *f,
            PwIndicatorItemKind  kind,
            guint                depth)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list_view (f)));
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      g_autoptr(PwIndicatorItem) item = gtk_tree_list_row_get_item (row);

      if (pw_indicator_item_get_kind (item) == kind && gtk_tree_list_row_get_depth (row) == depth)
        count++;
    }
  return count;
}

static GtkTreeListRow *
row_of_kind (Fixture *f, PwIndicatorItemKind kind, guint nth)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list_view (f)));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      GtkTreeListRow *row = g_list_model_get_item (model, i);
      g_autoptr(PwIndicatorItem) item = gtk_tree_list_row_get_item (row);

      if (pw_indicator_item_get_kind (item) == kind && nth-- == 0)
        return row;
      g_object_unref (row);
    }
  return NULL;
}

static void
test_browse_and_keyword_index (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GtkTreeListRow) domain = NULL;
  g_autoptr(GtkTreeListRow) guidance = NULL;
  g_autoptr(GtkTreeListRow) keyword = NULL;
  GtkWidget *toggle;

  /* Empty query: categories, open on their 14 domains; guidance closed. */
  g_assert_cmpuint (count_kind (f, PW_INDICATOR_ITEM_CATEGORY, 0), ==, 4);
  g_assert_cmpuint (count_kind (f, PW_INDICATOR_ITEM_DOMAIN, 1), ==, 14);
  g_assert_cmpuint (count_kind (f, PW_INDICATOR_ITEM_INDICATOR, 2), ==, 0);
  domain = row_of_kind (f, PW_INDICATOR_ITEM_DOMAIN, 6);          /* Social bridges */
  gtk_tree_list_row_set_expanded (domain, TRUE);
  g_assert_cmpuint (count_kind (f, PW_INDICATOR_ITEM_GUIDANCE, 2), ==, 1);
  g_assert_cmpuint (count_kind (f, PW_INDICATOR_ITEM_INDICATOR, 2), >, 3);
  g_assert_cmpuint (count_kind (f, PW_INDICATOR_ITEM_PRACTICE, 3), ==, 0);
  guidance = row_of_kind (f, PW_INDICATOR_ITEM_GUIDANCE, 0);
  gtk_tree_list_row_set_expanded (guidance, TRUE);
  g_assert_cmpuint (count_kind (f, PW_INDICATOR_ITEM_PRACTICE, 3), >, 0);

  /* The guide's keyword index, A–Z: headword → domains → indicators. */
  toggle = find_widget (GTK_WIDGET (f->page), GTK_TYPE_TOGGLE_BUTTON, button_labelled, "Keyword index A–Z");
  g_assert_nonnull (toggle);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  g_assert_cmpuint (count_kind (f, PW_INDICATOR_ITEM_KEYWORD, 0), ==, pw_framework_get_n_keywords (f->framework));
  g_assert_cmpuint (count_kind (f, PW_INDICATOR_ITEM_LETTER, 0), >=, 20);
  g_assert_cmpuint (count_kind (f, PW_INDICATOR_ITEM_DOMAIN, 1), ==, 0);
  keyword = row_of_kind (f, PW_INDICATOR_ITEM_KEYWORD, 0);
  gtk_tree_list_row_set_expanded (keyword, TRUE);
  g_assert_cmpuint (count_kind (f, PW_INDICATOR_ITEM_DOMAIN, 1), >=, 1);
  g_clear_object (&domain);
  domain = row_of_kind (f, PW_INDICATOR_ITEM_DOMAIN, 0);
  gtk_tree_list_row_set_expanded (domain, TRUE);
  g_assert_cmpuint (count_kind (f, PW_INDICATOR_ITEM_INDICATOR, 2), >, 0);

  /* Typing switches to search and hides the browse toggle; clearing comes back. */
  pw_indicator_page_set_query (f->page, "ESOL");
  pw_indicator_page_search_now (f->page);
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (toggle)));
  g_assert_cmpuint (count_kind (f, PW_INDICATOR_ITEM_KEYWORD, 0), ==, 0);
  pw_indicator_page_set_query (f->page, "");
  pw_indicator_page_search_now (f->page);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (toggle)));
  g_assert_cmpuint (count_kind (f, PW_INDICATOR_ITEM_KEYWORD, 0), ==, pw_framework_get_n_keywords (f->framework));
}

static void
test_comparator_details (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *details;

  details = pw_indicator_details_new (f->framework, pw_framework_lookup_indicator (f->framework, "language-06"));
  g_object_ref_sink (details);
  g_assert_cmpuint (pw_indicator_details_get_n_comparators (PW_INDICATOR_DETAILS (details)), >=, 1);
  g_assert_nonnull (find_widget (details, GTK_TYPE_LABEL, NULL, NULL));
  g_object_unref (details);
}

static void
save_shot (Fixture    *f,
           const char *dir,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir != NULL ? dir : g_get_tmp_dir (), name, NULL);

  g_assert_true (pw_test_save_screenshot (GTK_WIDGET (f->window), path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  if (dir == NULL)
    g_unlink (path);
}

/* At projector size: the sidebar beside a stand-in canvas in a 1280×720 window.
 * PW_SCREENSHOT_DIR=/tmp keeps the PNGs for a person to open. */
static void
test_screenshot (Fixture       *f,
                 gconstpointer  data)
{
  const char *dir = g_getenv ("PW_SCREENSHOT_DIR");
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *canvas = gtk_label_new ("canvas");

  g_object_ref (f->page);
  gtk_window_set_child (f->window, NULL);
  gtk_widget_set_hexpand (canvas, TRUE);
  gtk_box_append (GTK_BOX (box), canvas);
  gtk_widget_set_size_request (GTK_WIDGET (f->page), 480, -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (f->page));
  g_object_unref (f->page);
  gtk_window_set_child (f->window, box);
  gtk_window_set_default_size (f->window, 1280, 720);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));

  pw_indicator_page_set_selected_card (f->page, f->outcome);
  type_query (f, "neighbours");
  g_assert_nonnull (find_widget (GTK_WIDGET (f->page), PW_TYPE_INDICATOR_ROW, row_shows, "bridges-05"));
  save_shot (f, dir, "picker-neighbours.png");
  if (dir == NULL)
    return;

  /* The comparators popover of the first result that has some */
  pw_indicator_page_set_query (f->page, "speak English");
  pw_indicator_page_search_now (f->page);
  {
    GtkWidget *row = GTK_WIDGET (find_row (f, "language-06"));
    GtkWidget *compare = find_widget (row, GTK_TYPE_MENU_BUTTON, NULL, NULL);

    gtk_menu_button_popup (GTK_MENU_BUTTON (compare));
    pw_test_spin (300);
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_build_filename (dir, "picker-compare.png", NULL);

      /* A popover is a surface of its own. */
      g_assert_true (pw_test_save_screenshot (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (compare))),
                                              path, &error));
      g_assert_no_error (error);
    }
    gtk_menu_button_popdown (GTK_MENU_BUTTON (compare));
  }

  pw_indicator_page_set_query (f->page, "");
  pw_indicator_page_search_now (f->page);
  {
    g_autoptr(GtkTreeListRow) domain = row_of_kind (f, PW_INDICATOR_ITEM_DOMAIN, 6);
    g_autoptr(GtkTreeListRow) guidance = NULL;

    gtk_tree_list_row_set_expanded (domain, TRUE);
    guidance = row_of_kind (f, PW_INDICATOR_ITEM_GUIDANCE, 0);
    gtk_tree_list_row_set_expanded (guidance, TRUE);
    gtk_widget_activate_action (GTK_WIDGET (list_view (f)), "list.scroll-to-item", "u",
                                gtk_tree_list_row_get_position (domain));
    pw_test_spin (100);
    save_shot (f, dir, "picker-browse.png");
  }
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find_widget (GTK_WIDGET (f->page), GTK_TYPE_TOGGLE_BUTTON,
                                                                button_labelled, "Keyword index A–Z")), TRUE);
  {
    g_autoptr(GtkTreeListRow) keyword = row_of_kind (f, PW_INDICATOR_ITEM_KEYWORD, 2);

    gtk_tree_list_row_set_expanded (keyword, TRUE);
    pw_test_spin (100);
    save_shot (f, dir, "picker-keywords.png");
  }
}

int
main (int argc, char *argv[])
{
  /* The in-process accessibility backend, so accessible names can be checked. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  pw_ui_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/picker/search/first-results", test_search_first_results);
  ADD ("/ui/picker/search/filters-narrow", test_filters_narrow);
  ADD ("/ui/picker/search/show-more", test_show_more);
  ADD ("/ui/picker/attach/keyboard-and-undo", test_attach_by_keyboard);
  ADD ("/ui/picker/keyboard-and-names", test_keyboard_and_names);
  ADD ("/ui/picker/attach/drag-source", test_drag_source_content);
  ADD ("/ui/picker/suggestions/follow-card", test_suggestions_follow_card);
  ADD ("/ui/picker/attach/new-outcome-one-step", test_new_outcome_one_undo_step);
  ADD ("/ui/picker/attach/custom", test_custom_indicator);
  ADD ("/ui/picker/browse/domains-and-keywords", test_browse_and_keyword_index);
  ADD ("/ui/picker/details/comparators", test_comparator_details);
  ADD ("/ui/picker/screenshot", test_screenshot);
#undef ADD

  return g_test_run ();
}
