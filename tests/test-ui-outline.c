/* test-ui-outline.c — the outline view follows the plan both ways; the worked examples load unsaved
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "pw-application.h"
#include "pw-examples.h"
#include "pw-framework.h"
#include "pw-outline-node.h"
#include "pw-outline-view.h"
#include "pw-test-utils.h"

typedef struct {
  PwPlan    *plan;
  GtkWidget *window;
  GtkWidget *outline;
  PwCard    *activated;
  guint      n_activated;
} Fixture;

/* ---- helpers ------------------------------------------------------------------ */

static GtkWidget *
child (Fixture *f, const char *name)
{
  GObject *object = gtk_widget_get_template_child (f->outline, PW_TYPE_OUTLINE_VIEW, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static void
card_activated_cb (PwOutlineView *view, PwCard *card, Fixture *f)
{
  f->activated = card;
  f->n_activated++;
}

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->plan = pw_examples_load ("esol-conversation-cafe", &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->plan);
  f->outline = pw_outline_view_new ();
  g_signal_connect (f->outline, "card-activated", G_CALLBACK (card_activated_cb), f);
  pw_outline_view_set_plan (PW_OUTLINE_VIEW (f->outline), f->plan);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 720);
  gtk_window_set_child (GTK_WINDOW (f->window), f->outline);
  gtk_window_present (GTK_WINDOW (f->window));
  pw_test_spin (50);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_object_unref (f->plan);
}

static GListModel *
rows (Fixture *f)
{
  return pw_outline_view_get_rows (PW_OUTLINE_VIEW (f->outline));
}

static guint
n_rows (Fixture *f)
{
  return g_list_model_get_n_items (rows (f));
}

static PwOutlineNode *
node (Fixture *f, guint position)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows (f), position);
  PwOutlineNode *item;

  g_assert_nonnull (row);
  item = gtk_tree_list_row_get_item (row);
  g_object_unref (item);  /* the tree keeps it */
  return item;
}

static guint
position_of (Fixture *f, const char *key)
{
  for (guint i = 0; i < n_rows (f); i++)
    if (g_str_equal (pw_outline_node_get_key (node (f, i)), key))
      return i;
  g_error ("no row %s", key);
  return 0;
}

static guint
position_of_card (Fixture *f, const char *id)
{
  for (guint i = 0; i < n_rows (f); i++)
    {
      PwOutlineNode *n = node (f, i);
      if (pw_outline_node_get_node_type (n) == PW_OUTLINE_NODE_CARD
          && g_str_equal (pw_card_get_id (pw_outline_node_get_card (n)), id))
        return i;
    }
  g_error ("no row for %s", id);
  return 0;
}

/* Selects a row as a click or the arrow keys would. */
static void
click_row (Fixture *f, guint position)
{
  g_assert_true (gtk_widget_activate_action (child (f, "list_view"), "list.select-item", "(ubb)", position, FALSE, FALSE));
}

static void
activate (Fixture *f, const char *action)
{
  g_assert_true (gtk_widget_activate_action (f->outline, action, NULL));
}

/* The entry of the row being renamed, found by its style class. */
static GtkWidget *
find_visible_entry (GtkWidget *root)
{
  if (GTK_IS_ENTRY (root) && gtk_widget_get_mapped (root) && gtk_widget_has_css_class (root, "pw-outline-entry"))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_visible_entry (c);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Escape, as the entry's key controller receives it. */
static void
press_escape (GtkWidget *entry)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (entry);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Escape, 0, 0, &handled);
    }
  g_assert_true (handled);
}

static GtkWidget *
rename_entry (Fixture *f)
{
  pw_test_spin (50);
  return find_visible_entry (child (f, "list_view"));
}

static PwCard *
card (Fixture *f, const char *id)
{
  PwCard *c = pw_plan_lookup_card (f->plan, id);

  g_assert_nonnull (c);
  return c;
}

/* ---- the shape ----------------------------------------------------------------- */

static void
test_goal_to_barrier_order (Fixture *f, gconstpointer data)
{
  static const char *expected[] = {
    "c8",
    "c8/c7@l8",
    "c8/c7@l8/i1", "c8/c7@l8/i2", "c8/c7@l8/i3",
    "c8/c7@l8/c5@l6",
    "c8/c7@l8/c5@l6/c3@l3",
    "c8/c7@l8/c5@l6/c3@l3/c1@l1", "c8/c7@l8/c5@l6/c3@l3/c2@l2",
    "c8/c7@l8/c6@l7",
    "c8/c7@l8/c6@l7/c3@l4",
    "c8/c7@l8/c6@l7/c3@l4/c1@l1", "c8/c7@l8/c6@l7/c3@l4/c2@l2",
    "c8/c7@l8/c6@l7/c4@l5",
  };
  PwOutlineNode *outcome;

  g_assert_cmpuint (n_rows (f), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (pw_outline_node_get_key (node (f, i)), ==, expected[i]);

  /* Goal first, then each level one stage nearer the barriers. */
  g_assert_cmpint (pw_outline_node_get_kind (node (f, 0)), ==, PW_CARD_KIND_GOAL);
  outcome = node (f, 1);
  g_assert_cmpint (pw_outline_node_get_kind (outcome), ==, PW_CARD_KIND_OUTCOME);
  g_assert_cmpint (pw_outline_node_get_node_type (node (f, 2)), ==, PW_OUTLINE_NODE_INDICATOR);
  g_assert_cmpint (pw_outline_node_get_kind (node (f, 5)), ==, PW_CARD_KIND_OUTPUT);
  g_assert_cmpint (pw_outline_node_get_kind (node (f, 6)), ==, PW_CARD_KIND_ACTIVITY);
  g_assert_cmpint (pw_outline_node_get_kind (node (f, 7)), ==, PW_CARD_KIND_BARRIER);

  /* What a screen reader hears. */
  g_assert_cmpstr (pw_outline_node_get_accessible_label (outcome), ==,
                   "Outcome: Participants will have conversations regularly with local English language speakers, 3 indicators");
  g_assert_cmpstr (pw_outline_node_get_accessible_label (node (f, 7)), ==,
                   "Barrier: Isolated women migrants with limited English are struggling to keep up attendance at ESOL classes");
  g_assert_cmpstr (pw_outline_node_get_accessible_label (node (f, 2)), ==,
                   "Indicator: % participating in initiatives to provide language practice outside of classes "
                   "(e.g. through social activities, with mentors or through volunteering), Language and communication");
  /* The assumption on the link to the parent is shown with the child. */
  g_assert_cmpstr (pw_outline_node_get_meta (node (f, 9)), ==,
                   "Why: English language practice is available at a wide range of levels from beginner.");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (f, "stack"))), ==, "list");

  /* The focusable list row carries that name too. */
  {
    GtkWidget *row = NULL;
    g_autofree char *problem = NULL;

    pw_test_spin (100);
    for (GtkWidget *c = gtk_widget_get_first_child (child (f, "list_view")); c != NULL && row == NULL; c = gtk_widget_get_next_sibling (c))
      if (gtk_widget_get_focusable (c) && gtk_widget_get_first_child (c) != NULL
          && GTK_IS_TREE_EXPANDER (gtk_widget_get_first_child (c))
          && gtk_tree_expander_get_item (GTK_TREE_EXPANDER (gtk_widget_get_first_child (c))) == (gpointer) outcome)
        row = c;
    g_assert_nonnull (row);
    problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                  "Outcome: Participants will have conversations regularly with local English language speakers, 3 indicators");
    g_assert_null (problem);
  }
}

static void
test_not_linked_group (Fixture *f, gconstpointer data)
{
  PwCard *loose, *below;
  guint group;
  PwLink *link;

  loose = pw_plan_add_card (f->plan, PW_CARD_KIND_OUTPUT, "Leaflets in five languages", -1, 0, 0);
  below = pw_plan_add_card (f->plan, PW_CARD_KIND_ACTIVITY, "Translate the leaflet", -1, 0, 0);
  g_assert_nonnull (pw_plan_link (f->plan, below, loose, NULL));

  group = position_of (f, "unlinked-output");
  g_assert_cmpint (pw_outline_node_get_node_type (node (f, group)), ==, PW_OUTLINE_NODE_GROUP);
  g_assert_cmpstr (pw_outline_node_get_label (node (f, group)), ==, "Outputs not linked yet");
  /* The loose chain hangs under its top card, which sits in the group. */
  g_assert_true (pw_outline_node_get_card (node (f, group + 1)) == loose);
  g_assert_true (pw_outline_node_get_card (node (f, group + 2)) == below);
  g_assert_cmpuint (n_rows (f), ==, 14 + 3);

  /* Linked to the outcome (on the canvas): the group goes, the chain moves under it. */
  link = pw_plan_link (f->plan, loose, card (f, "c7"), NULL);
  g_assert_nonnull (link);
  g_assert_cmpuint (n_rows (f), ==, 14 + 2);
  g_assert_cmpuint (position_of_card (f, pw_card_get_id (loose)), ==, 14);
  g_assert_cmpint (pw_outline_node_get_node_type (node (f, n_rows (f) - 1)), ==, PW_OUTLINE_NODE_CARD);

  /* Undo brings the group back. */
  g_assert_true (pw_plan_undo (f->plan));
  (void) position_of (f, "unlinked-output");
}

/* ---- editing both ways --------------------------------------------------------- */

static void
test_rename_in_outline (Fixture *f, gconstpointer data)
{
  guint outcome = position_of (f, "c8/c7@l8");
  GtkWidget *entry;

  click_row (f, outcome);
  g_assert_cmpuint (f->n_activated, ==, 1);
  g_assert_true (f->activated == card (f, "c7"));

  activate (f, "outline.rename");
  entry = rename_entry (f);
  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==,
                   "Participants will have conversations regularly with local English language speakers");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Women chat weekly with English-speaking neighbours");
  g_signal_emit_by_name (entry, "activate");

  /* The card (what the canvas shows) has the new title; the row too. */
  g_assert_cmpstr (pw_card_get_title (card (f, "c7")), ==, "Women chat weekly with English-speaking neighbours");
  g_assert_cmpstr (pw_outline_node_get_label (node (f, outcome)), ==, "Women chat weekly with English-speaking neighbours");
  g_assert_null (rename_entry (f));

  /* One undo step. */
  g_assert_true (pw_plan_undo (f->plan));
  g_assert_cmpstr (pw_card_get_title (card (f, "c7")), ==,
                   "Participants will have conversations regularly with local English language speakers");
  g_assert_false (pw_plan_can_undo (f->plan));

  /* Escape leaves the title alone. */
  activate (f, "outline.rename");
  entry = rename_entry (f);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Something else");
  press_escape (entry);
  g_assert_null (rename_entry (f));
  g_assert_cmpstr (pw_card_get_title (card (f, "c7")), ==,
                   "Participants will have conversations regularly with local English language speakers");
  g_assert_false (pw_plan_can_undo (f->plan));
}

static void
test_model_change_shows (Fixture *f, gconstpointer data)
{
  guint goal = position_of (f, "c8");
  guint n = n_rows (f);

  /* A rename on the canvas. */
  pw_plan_set_card_text (f->plan, card (f, "c8"), PW_CARD_FIELD_TITLE, "More confidence to use English every day");
  g_assert_cmpstr (pw_outline_node_get_label (node (f, goal)), ==, "More confidence to use English every day");
  g_assert_cmpuint (n_rows (f), ==, n);

  /* An indicator detached on the Indicators page. */
  {
    g_autoptr(PwIndicatorRef) ref = g_list_model_get_item (pw_card_get_indicators (card (f, "c7")), 0);
    pw_plan_detach_indicator (f->plan, ref);
  }
  g_assert_cmpuint (n_rows (f), ==, n - 1);
  g_assert_cmpstr (pw_outline_node_get_accessible_label (node (f, 1)), ==,
                   "Outcome: Participants will have conversations regularly with local English language speakers, 2 indicators");

  /* A card removed on the canvas, then undone. */
  pw_plan_remove_card (f->plan, card (f, "c4"));
  g_assert_cmpuint (n_rows (f), ==, n - 2);
  g_assert_true (pw_plan_undo (f->plan));
  g_assert_cmpuint (n_rows (f), ==, n - 1);
  g_assert_true (pw_plan_undo (f->plan));
  g_assert_true (pw_plan_undo (f->plan));
  g_assert_cmpuint (n_rows (f), ==, n);
  g_assert_cmpstr (pw_outline_node_get_label (node (f, goal)), ==,
                   "The identified group will have more confidence and opportunities to use English on a day-to-day basis");
}

static void
test_add_child (Fixture *f, gconstpointer data)
{
  guint outcome = position_of (f, "c8/c7@l8");
  GtkWidget *entry;
  g_autoptr(GPtrArray) outputs = NULL;
  PwCard *added;
  g_autoptr(GPtrArray) links = NULL;

  click_row (f, outcome);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child (f, "add_label"))), ==,
                   "_Add an output that leads to this outcome");
  activate (f, "outline.add-child");

  outputs = pw_plan_get_lane_cards (f->plan, PW_CARD_KIND_OUTPUT);
  g_assert_cmpuint (outputs->len, ==, 3);
  added = g_ptr_array_index (outputs, 2);
  links = pw_plan_get_links_from (f->plan, added);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_true (pw_link_get_target (g_ptr_array_index (links, 0)) == card (f, "c7"));
  g_assert_cmpstr (pw_plan_get_undo_label (f->plan), ==, "Add an output");

  /* The new row is selected and being renamed. */
  g_assert_true (pw_outline_view_get_selected_card (PW_OUTLINE_VIEW (f->outline)) == added);
  entry = rename_entry (f);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Twelve café sessions a term");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (pw_card_get_title (added), ==, "Twelve café sessions a term");
  (void) position_of_card (f, pw_card_get_id (added));

  /* Undo: the name, then the card and its link. */
  g_assert_true (pw_plan_undo (f->plan));
  g_assert_cmpstr (pw_card_get_title (added), ==, "");
  g_assert_true (pw_plan_undo (f->plan));
  g_assert_null (pw_plan_lookup_card (f->plan, pw_card_get_id (added)));
  g_assert_cmpuint (n_rows (f), ==, 14);

  /* A barrier has nothing before it. */
  click_row (f, position_of (f, "c8/c7@l8/c5@l6/c3@l3/c1@l1"));
  g_assert_false (gtk_widget_is_sensitive (child (f, "add_button")));
  gtk_widget_activate_action (f->outline, "outline.add-child", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_cards (f->plan)), ==, 8);
}

static void
test_delete (Fixture *f, gconstpointer data)
{
  guint barrier = position_of (f, "c8/c7@l8/c5@l6/c3@l3/c2@l2");

  click_row (f, barrier);
  activate (f, "outline.delete");
  g_assert_null (pw_plan_lookup_card (f->plan, "c2"));
  /* c2 was shown twice (under both outputs' activity). */
  g_assert_cmpuint (n_rows (f), ==, 12);
  /* The selection stays where the keyboard was. */
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (child (f, "list_view"))))), ==, barrier);
  g_assert_true (pw_plan_undo (f->plan));
  g_assert_cmpuint (n_rows (f), ==, 14);

  /* An indicator row detaches the indicator. */
  click_row (f, position_of (f, "c8/c7@l8/i2"));
  activate (f, "outline.delete");
  g_assert_cmpuint (pw_card_get_n_indicators (card (f, "c7")), ==, 2);
}

static void
test_keeps_expansion_and_selection (Fixture *f, gconstpointer data)
{
  guint output = position_of (f, "c8/c7@l8/c5@l6");
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows (f), output);
  guint activity;

  gtk_tree_list_row_set_expanded (row, FALSE);
  g_assert_cmpuint (n_rows (f), ==, 11);
  activity = position_of (f, "c8/c7@l8/c6@l7/c4@l5");
  click_row (f, activity);

  /* Changes elsewhere: a rename, a new barrier linked under c4. */
  pw_plan_set_card_text (f->plan, card (f, "c8"), PW_CARD_FIELD_TITLE, "Confidence in English");
  {
    PwCard *barrier = pw_plan_add_card (f->plan, PW_CARD_KIND_BARRIER, "No volunteers trained yet", -1, 0, 0);
    g_assert_nonnull (pw_plan_link (f->plan, barrier, card (f, "c4"), NULL));
  }
  /* c4 gained its first child: its row was replaced, and is still selected. */
  g_assert_true (pw_outline_view_get_selected_card (PW_OUTLINE_VIEW (f->outline)) == card (f, "c4"));
  g_assert_false (gtk_tree_list_row_get_expanded (row));
  g_assert_cmpstr (pw_outline_node_get_key (node (f, output)), ==, "c8/c7@l8/c5@l6");
  g_assert_cmpuint (n_rows (f), ==, 12);

  /* Keyboard: Left on the selected row goes to its parent once closed. */
  activate (f, "outline.collapse");
  activate (f, "outline.collapse");
  g_assert_true (pw_outline_view_get_selected_card (PW_OUTLINE_VIEW (f->outline)) == card (f, "c6"));
  activate (f, "outline.collapse");
  g_assert_cmpuint (n_rows (f), ==, 7);
  /* Opening c6 again keeps c4 as the officer left it: closed. */
  activate (f, "outline.expand");
  pw_test_spin (50);
  g_assert_cmpuint (n_rows (f), ==, 11);
}

static void
test_select_card (Fixture *f, gconstpointer data)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows (f), position_of (f, "c8/c7@l8"));

  gtk_tree_list_row_set_expanded (row, FALSE);
  g_assert_cmpuint (n_rows (f), ==, 2);

  /* The canvas selects a barrier: the outline opens the way to it. */
  g_assert_true (pw_outline_view_select_card (PW_OUTLINE_VIEW (f->outline), card (f, "c2")));
  g_assert_true (pw_outline_view_get_selected_card (PW_OUTLINE_VIEW (f->outline)) == card (f, "c2"));
  g_assert_cmpuint (f->n_activated, ==, 0);
  g_assert_true (pw_outline_view_select_card (PW_OUTLINE_VIEW (f->outline), NULL));
  g_assert_null (pw_outline_view_get_selected_card (PW_OUTLINE_VIEW (f->outline)));

  /* The officer picks an indicator row: its outcome is "activated". */
  click_row (f, position_of (f, "c8/c7@l8/i3"));
  g_assert_cmpuint (f->n_activated, ==, 1);
  g_assert_true (f->activated == card (f, "c7"));
}

static void
test_empty_plan (Fixture *f, gconstpointer data)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  GtkWidget *entry;
  g_autoptr(GPtrArray) goals = NULL;

  pw_outline_view_set_plan (PW_OUTLINE_VIEW (f->outline), plan);
  g_assert_cmpuint (n_rows (f), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (f, "stack"))), ==, "empty");
  activate (f, "outline.add-goal");
  goals = pw_plan_get_lane_cards (plan, PW_CARD_KIND_GOAL);
  g_assert_cmpuint (goals->len, ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (f, "stack"))), ==, "list");
  entry = rename_entry (f);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Newcomers and residents feel safe");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (pw_card_get_title (g_ptr_array_index (goals, 0)), ==, "Newcomers and residents feel safe");
  pw_outline_view_set_plan (PW_OUTLINE_VIEW (f->outline), NULL);
  g_assert_cmpuint (n_rows (f), ==, 0);
}

/* ---- a big plan ------------------------------------------------------------------ */

static PwCard *
add_linked (PwPlan *plan, PwCardKind kind, const char *title, PwCard *target)
{
  PwCard *c = pw_plan_add_card (plan, kind, title, -1, 0, 0);

  g_assert_nonnull (pw_plan_link (plan, c, target, NULL));
  return c;
}

/* 1 goal, 20 outcomes with 2 indicators, 60 outputs, 120 activities, 240 barriers. */
static PwPlan *
big_plan (void)
{
  PwPlan *plan = pw_plan_new ();
  PwFramework *fw = pw_framework_get_default ();
  PwCard *goal = pw_plan_add_card (plan, PW_CARD_KIND_GOAL, "Goal", -1, 0, 0);

  for (guint o = 0; o < 20; o++)
    {
      PwCard *outcome = add_linked (plan, PW_CARD_KIND_OUTCOME, "Outcome", goal);

      for (guint i = 0; i < 2; i++)
        {
          const PwIndicator *ind = pw_framework_get_indicator (fw, o * 2 + i);
          g_assert_nonnull (pw_plan_attach_indicator (plan, outcome, ind->id, ind->text, ind->domain, NULL));
        }
      for (guint p = 0; p < 3; p++)
        {
          PwCard *output = add_linked (plan, PW_CARD_KIND_OUTPUT, "Output", outcome);

          for (guint a = 0; a < 2; a++)
            {
              PwCard *activity = add_linked (plan, PW_CARD_KIND_ACTIVITY, "Activity", output);

              add_linked (plan, PW_CARD_KIND_BARRIER, "Barrier one", activity);
              add_linked (plan, PW_CARD_KIND_BARRIER, "Barrier two", activity);
            }
        }
    }
  pw_plan_clear_undo (plan);
  return plan;
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
test_big_plan (Fixture *f, gconstpointer data)
{
  g_autoptr(PwPlan) plan = big_plan ();
  PwCard *barrier;
  gint64 start;
  double load, rename, add, undo;

  start = g_get_monotonic_time ();
  pw_outline_view_set_plan (PW_OUTLINE_VIEW (f->outline), plan);
  load = ms_since (start);
  g_assert_cmpuint (n_rows (f), ==, 1 + 20 + 40 + 60 + 120 + 240);

  barrier = pw_outline_node_get_card (node (f, n_rows (f) - 1));
  start = g_get_monotonic_time ();
  pw_plan_set_card_text (plan, barrier, PW_CARD_FIELD_TITLE, "Renamed on the canvas");
  rename = ms_since (start);
  g_assert_cmpstr (pw_outline_node_get_label (node (f, n_rows (f) - 1)), ==, "Renamed on the canvas");

  start = g_get_monotonic_time ();
  add_linked (plan, PW_CARD_KIND_BARRIER, "One more", pw_outline_node_get_card (node (f, n_rows (f) - 3)));
  add = ms_since (start);
  g_assert_cmpuint (n_rows (f), ==, 482);

  start = g_get_monotonic_time ();
  g_assert_true (pw_plan_undo (plan));
  g_assert_true (pw_plan_undo (plan));
  undo = ms_since (start) / 2;
  g_assert_cmpuint (n_rows (f), ==, 481);

  g_test_message ("481 rows: show %.1f ms, rename %.1f ms, add %.1f ms, undo %.1f ms", load, rename, add, undo);
  /* Generous: a live workshop must not wait for the outline. */
  g_assert_cmpfloat (load, <, 1500.0);
  g_assert_cmpfloat (rename, <, 100.0);
  g_assert_cmpfloat (add, <, 100.0);
  g_assert_cmpfloat (undo, <, 100.0);
}

/* ---- the worked examples ------------------------------------------------------ */

static void
test_examples (void)
{
  const char *const *names = pw_examples_get_names ();
  g_autoptr(GMenuModel) menu = pw_examples_menu_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) none = NULL;
  guint n = 0;

  for (; names[n] != NULL; n++)
    {
      g_autoptr(PwPlan) plan = pw_examples_load (names[n], &error);
      g_autoptr(GVariant) target = NULL;
      g_autofree char *action = NULL, *label = NULL;
      GListModel *cards;

      g_assert_no_error (error);
      g_assert_nonnull (plan);
      cards = pw_plan_get_cards (plan);
      g_assert_cmpuint (g_list_model_get_n_items (cards), >, 5);
      /* A new copy: unsaved (closing asks to save), nothing to undo. */
      g_assert_true (pw_plan_get_unsaved (plan));
      g_assert_false (pw_plan_can_undo (plan));
      g_assert_false (pw_plan_can_redo (plan));
      g_assert_cmpstr (pw_plan_get_title (plan), !=, "");
      g_assert_false (g_str_has_suffix (pw_plan_get_title (plan), " "));

      g_assert_true (g_menu_model_get_item_attribute (menu, n, G_MENU_ATTRIBUTE_ACTION, "s", &action));
      g_assert_cmpstr (action, ==, "app.open-example");
      target = g_menu_model_get_item_attribute_value (menu, n, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
      g_assert_cmpstr (g_variant_get_string (target, NULL), ==, names[n]);
      g_assert_true (g_menu_model_get_item_attribute (menu, n, G_MENU_ATTRIBUTE_LABEL, "s", &label));
      g_assert_cmpstr (label, ==, pw_examples_get_title (names[n]));
    }
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 3);
  g_assert_cmpstr (pw_examples_get_title ("esol-conversation-cafe"), ==, "ESOL conversation café for isolated women");
  g_assert_cmpstr (pw_examples_get_title ("friendship-club"), ==, "Friendship club");
  g_assert_cmpstr (pw_examples_get_title ("racial-harassment-social-mixing"), ==, "Racial harassment and social mixing");

  none = pw_examples_load ("no-such-example", &error);
  g_assert_null (none);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* ---- picture ------------------------------------------------------------------ */

static void
test_screenshot (Fixture *f, gconstpointer data)
{
  const char *keep = g_getenv ("PW_SCREENSHOT_DIR");
  g_autofree char *tmp = keep == NULL ? g_dir_make_tmp ("pw-outline-XXXXXX", NULL) : NULL;
  g_autofree char *path = g_build_filename (keep != NULL ? keep : tmp, "outline.png", NULL);
  g_autofree char *path2 = g_build_filename (keep != NULL ? keep : tmp, "outline-rename.png", NULL);
  g_autoptr(GError) error = NULL;
  GStatBuf st;
  PwCard *loose;

  loose = pw_plan_add_card (f->plan, PW_CARD_KIND_OUTCOME, "Women feel confident to ask their neighbours for help", -1, 0, 0);
  click_row (f, position_of (f, "c8/c7@l8"));
  pw_test_spin (200);
  g_assert_true (pw_test_save_screenshot (f->window, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 10000);
  g_test_message ("screenshot: %s", path);

  /* The loose outcome in its group, being renamed. */
  g_assert_true (pw_outline_view_select_card (PW_OUTLINE_VIEW (f->outline), loose));
  pw_test_spin (200);
  activate (f, "outline.rename");
  g_assert_nonnull (rename_entry (f));
  pw_test_spin (200);
  g_assert_true (pw_test_save_screenshot (f->window, path2, &error));
  g_assert_no_error (error);
  g_test_message ("screenshot: %s", path2);
  if (tmp != NULL)
    {
      g_unlink (path);
      g_unlink (path2);
      g_rmdir (tmp);
    }
}

int
main (int argc, char *argv[])
{
  /* The in-process accessibility backend, so the tests can read what a
   * screen reader would be told (no session bus needed). */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  pw_ui_init ();

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/ui/outline/goal-to-barrier-order", test_goal_to_barrier_order);
  ADD ("/ui/outline/not-linked-group", test_not_linked_group);
  ADD ("/ui/outline/rename-in-outline", test_rename_in_outline);
  ADD ("/ui/outline/model-change-shows", test_model_change_shows);
  ADD ("/ui/outline/add-child", test_add_child);
  ADD ("/ui/outline/delete", test_delete);
  ADD ("/ui/outline/keeps-expansion-and-selection", test_keeps_expansion_and_selection);
  ADD ("/ui/outline/select-card", test_select_card);
  ADD ("/ui/outline/empty-plan", test_empty_plan);
  ADD ("/ui/outline/big-plan", test_big_plan);
  ADD ("/ui/outline/screenshot", test_screenshot);
#undef ADD
  g_test_add_func ("/ui/outline/examples", test_examples);
  return g_test_run ();
}
