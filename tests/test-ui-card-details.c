/* test-ui-card-details.c — the sidebar's Card page: edits become undoable commands and follow undo
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>

#include "pw-application.h"
#include "pw-card-details.h"
#include "pw-test-utils.h"

typedef struct {
  PwPlan    *plan;
  GtkWidget *window;
  GtkWidget *details;
} Fixture;

static GtkWidget *
child (Fixture *f, const char *name)
{
  GObject *object = gtk_widget_get_template_child (f->details, PW_TYPE_CARD_DETAILS, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static char *
view_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  f->plan = pw_plan_new ();
  f->details = pw_card_details_new (pw_framework_get_default ());
  pw_card_details_set_plan (PW_CARD_DETAILS (f->details), f->plan);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 400, 800);
  gtk_window_set_child (GTK_WINDOW (f->window), f->details);
  gtk_window_present (GTK_WINDOW (f->window));
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_object_unref (f->plan);
}

static const char *
visible_page (Fixture *f)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (child (f, "content_stack")));
}

static void
test_empty_then_card (Fixture *f, gconstpointer data)
{
  PwCard *card = pw_plan_add_card (f->plan, PW_CARD_KIND_BARRIER, "Isolation of women with little English", -1, 0, 0);

  g_assert_cmpstr (visible_page (f), ==, "empty");
  pw_card_details_set_card (PW_CARD_DETAILS (f->details), card);
  g_assert_cmpstr (visible_page (f), ==, "card");
  g_assert_true (pw_card_details_get_card (PW_CARD_DETAILS (f->details)) == card);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (f, "title_entry"))), ==,
                   "Isolation of women with little English");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (f, "kind_label"))), ==, "Barrier");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (f, "evidence_label"))), ==, "Evidence of the problem");
  g_assert_false (gtk_widget_get_visible (child (f, "outcome_box")));

  /* Removing the card (delete on the canvas) leaves the page empty. */
  pw_plan_remove_card (f->plan, card);
  g_assert_cmpstr (visible_page (f), ==, "empty");
  g_assert_null (pw_card_details_get_card (PW_CARD_DETAILS (f->details)));
}

static void
test_title_typing_is_one_step (Fixture *f, gconstpointer data)
{
  PwCard *card = pw_plan_add_card (f->plan, PW_CARD_KIND_ACTIVITY, "Café", -1, 0, 0);
  GtkWidget *entry = child (f, "title_entry");

  pw_plan_clear_undo (f->plan);
  pw_card_details_set_card (PW_CARD_DETAILS (f->details), card);

  /* Keystrokes, as GtkText delivers them. */
  gtk_editable_set_position (GTK_EDITABLE (entry), -1);
  for (const char *p = " sessions"; *p; p++)
    {
      int pos = gtk_editable_get_position (GTK_EDITABLE (entry));
      gtk_editable_insert_text (GTK_EDITABLE (entry), p, 1, &pos);
      gtk_editable_set_position (GTK_EDITABLE (entry), pos);
    }
  g_assert_cmpstr (pw_card_get_title (card), ==, "Café sessions");
  g_assert_true (pw_plan_can_undo (f->plan));

  /* The model did not write back over the text: the cursor stayed where typing left it. */
  g_assert_cmpint (gtk_editable_get_position (GTK_EDITABLE (entry)), ==, (int) g_utf8_strlen ("Café sessions", -1));

  /* Typing merged into one step; undo restores the text and the entry follows. */
  g_assert_true (pw_plan_undo (f->plan));
  g_assert_cmpstr (pw_card_get_title (card), ==, "Café");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Café");
  g_assert_false (pw_plan_can_undo (f->plan));

  /* An edit made elsewhere (the canvas) shows up here. */
  pw_plan_set_card_text (f->plan, card, PW_CARD_FIELD_TITLE, "Conversation café");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Conversation café");
}

static void
test_focus_out_seals (Fixture *f, gconstpointer data)
{
  PwCard *card = pw_plan_add_card (f->plan, PW_CARD_KIND_OUTPUT, "Sessions", -1, 0, 0);
  GtkWidget *entry = child (f, "title_entry");
  GtkWidget *description = child (f, "description_view");

  pw_plan_clear_undo (f->plan);
  pw_card_details_set_card (PW_CARD_DETAILS (f->details), card);
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Sessions run");
  gtk_widget_grab_focus (description);   /* focus leaves the title: the step is sealed */
  pw_plan_set_card_text (f->plan, card, PW_CARD_FIELD_TITLE, "Sessions run weekly");

  g_assert_true (pw_plan_undo (f->plan));
  g_assert_cmpstr (pw_card_get_title (card), ==, "Sessions run");
  g_assert_true (pw_plan_undo (f->plan));
  g_assert_cmpstr (pw_card_get_title (card), ==, "Sessions");
}

static void
test_text_views (Fixture *f, gconstpointer data)
{
  PwCard *card = pw_plan_add_card (f->plan, PW_CARD_KIND_BARRIER, "Little contact", -1, 0, 0);
  GtkWidget *evidence = child (f, "evidence_view");
  g_autofree char *shown = NULL;

  pw_card_details_set_card (PW_CARD_DETAILS (f->details), card);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (evidence)),
                            "Local survey: 40% of women had no English-speaking friends", -1);
  g_assert_cmpstr (pw_card_get_evidence (card), ==, "Local survey: 40% of women had no English-speaking friends");
  g_assert_true (pw_plan_undo (f->plan));
  g_assert_cmpstr (pw_card_get_evidence (card), ==, "");
  shown = view_text (evidence);
  g_assert_cmpstr (shown, ==, "");

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (child (f, "description_view"))),
                            "Why it matters", -1);
  g_assert_cmpstr (pw_card_get_description (card), ==, "Why it matters");
}

static void
test_domain_toggles (Fixture *f, gconstpointer data)
{
  PwCard *card = pw_plan_add_card (f->plan, PW_CARD_KIND_ACTIVITY, "Conversation café", -1, 0, 0);
  GtkWidget *bridges = pw_card_details_get_domain_button (PW_CARD_DETAILS (f->details), 7);
  GtkWidget *language = pw_card_details_get_domain_button (PW_CARD_DETAILS (f->details), 9);

  pw_plan_clear_undo (f->plan);
  pw_card_details_set_card (PW_CARD_DETAILS (f->details), card);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (bridges)));
  g_assert_nonnull (gtk_widget_get_tooltip_text (bridges));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (bridges), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (language), TRUE);
  g_assert_cmpuint (pw_card_get_domains (card), ==, PW_CARD_DOMAIN_BIT (7) | PW_CARD_DOMAIN_BIT (9));

  /* Each click is its own step, and the buttons follow undo. */
  g_assert_true (pw_plan_undo (f->plan));
  g_assert_cmpuint (pw_card_get_domains (card), ==, PW_CARD_DOMAIN_BIT (7));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (language)));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (bridges)));
  g_assert_true (pw_plan_undo (f->plan));
  g_assert_cmpuint (pw_card_get_domains (card), ==, 0);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (bridges)));
  g_assert_false (pw_plan_can_undo (f->plan));

  /* The 14 domains, grouped under the four category names. */
  for (guint n = 1; n <= 14; n++)
    g_assert_nonnull (pw_card_details_get_domain_button (PW_CARD_DETAILS (f->details), n));
  {
    GtkWidget *box = child (f, "domains_box");
    GtkWidget *first = gtk_widget_get_first_child (box);
    g_assert_true (GTK_IS_LABEL (first));
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (first)), ==, "Markers and Means");
  }
}

static GtkWidget *
find_button_with_icon (GtkWidget *root, const char *icon)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (root)), icon) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button_with_icon (c, icon);
      if (found)
        return found;
    }
  return NULL;
}

static int
n_rows (GtkWidget *list)
{
  int n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (list); c; c = gtk_widget_get_next_sibling (c))
    n += GTK_IS_LIST_BOX_ROW (c);
  return n;
}

static void
test_outcome_indicators (Fixture *f, gconstpointer data)
{
  PwCard *outcome = pw_plan_add_card (f->plan, PW_CARD_KIND_OUTCOME, "Women speak English with neighbours", -1, 0, 0);
  const PwIndicator *ind = pw_framework_get_indicator (pw_framework_get_default (), 0);
  g_autoptr(GError) error = NULL;
  GtkWidget *list = child (f, "indicators_list");
  GtkWidget *remove;

  pw_card_details_set_card (PW_CARD_DETAILS (f->details), outcome);
  g_assert_true (gtk_widget_get_visible (child (f, "outcome_box")));
  g_assert_true (gtk_widget_get_visible (child (f, "indicators_empty")));
  g_assert_cmpint (n_rows (list), ==, 0);

  g_assert_nonnull (pw_plan_attach_indicator (f->plan, outcome, ind->id, ind->text, ind->domain, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n_rows (list), ==, 1);
  g_assert_false (gtk_widget_get_visible (child (f, "indicators_empty")));

  /* The row's remove button detaches it, as an undoable command. */
  remove = find_button_with_icon (list, "list-remove-symbolic");
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  g_assert_cmpuint (pw_card_get_n_indicators (outcome), ==, 0);
  g_assert_cmpint (n_rows (list), ==, 0);
  g_assert_true (pw_plan_undo (f->plan));
  g_assert_cmpuint (pw_card_get_n_indicators (outcome), ==, 1);
  g_assert_cmpint (n_rows (list), ==, 1);

  /* The Annex 1 field "Theory of Change for Integration outcome". */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (child (f, "integration_view"))),
                            "Social bridges", -1);
  g_assert_cmpstr (pw_card_get_integration_outcome (outcome), ==, "Social bridges");
}

static void
test_link_details (Fixture *f, gconstpointer data)
{
  PwCard *activity = pw_plan_add_card (f->plan, PW_CARD_KIND_ACTIVITY, "Weekly conversation café", -1, 0, 0);
  PwCard *output = pw_plan_add_card (f->plan, PW_CARD_KIND_OUTPUT, "40 sessions held", -1, 0, 0);
  g_autoptr(GError) error = NULL;
  PwLink *link = pw_plan_link (f->plan, activity, output, &error);
  GtkWidget *assumption = child (f, "assumption_view");
  const char *route;
  g_autofree char *shown = NULL;

  g_assert_no_error (error);
  pw_card_details_set_card (PW_CARD_DETAILS (f->details), activity);
  pw_card_details_set_link (PW_CARD_DETAILS (f->details), link);
  g_assert_cmpstr (visible_page (f), ==, "link");
  g_assert_null (pw_card_details_get_card (PW_CARD_DETAILS (f->details)));
  route = gtk_label_get_text (GTK_LABEL (child (f, "route_label")));
  g_assert_nonnull (strstr (route, "Weekly conversation café"));
  g_assert_nonnull (strstr (route, "40 sessions held"));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (assumption)),
                            "Women can attend in school hours", -1);
  g_assert_cmpstr (pw_link_get_assumption (link), ==, "Women can attend in school hours");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (child (f, "link_evidence_view"))),
                            "Pilot attendance", -1);
  g_assert_cmpstr (pw_link_get_evidence (link), ==, "Pilot attendance");
  pw_plan_seal_undo (f->plan);
  g_assert_true (pw_plan_undo (f->plan));
  g_assert_true (pw_plan_undo (f->plan));
  g_assert_cmpstr (pw_link_get_assumption (link), ==, "");
  shown = view_text (assumption);
  g_assert_cmpstr (shown, ==, "");

  /* The source card renamed: the route follows. */
  pw_plan_set_card_text (f->plan, activity, PW_CARD_FIELD_TITLE, "Fortnightly café");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (child (f, "route_label"))), "Fortnightly café"));

  /* Unlinking empties the page. */
  pw_plan_unlink (f->plan, link);
  g_assert_cmpstr (visible_page (f), ==, "empty");
}

static void
test_screenshot (Fixture *f, gconstpointer data)
{
  PwCard *outcome = pw_plan_add_card (f->plan, PW_CARD_KIND_OUTCOME, "Women speak English with neighbours", -1, 0, 0);
  const PwIndicator *ind = pw_framework_lookup_indicator (pw_framework_get_default (), "bridges-01");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (g_getenv ("PW_SCREENSHOT_DIR") == NULL)
    {
      g_test_skip ("set PW_SCREENSHOT_DIR to keep a picture");
      return;
    }
  if (ind == NULL)
    ind = pw_framework_get_indicator (pw_framework_get_default (), 0);
  pw_plan_attach_indicator (f->plan, outcome, ind->id, ind->text, ind->domain, NULL);
  pw_plan_set_card_domains (f->plan, outcome, PW_CARD_DOMAIN_BIT (7) | PW_CARD_DOMAIN_BIT (9));
  pw_card_details_set_card (PW_CARD_DETAILS (f->details), outcome);
  path = g_build_filename (g_getenv ("PW_SCREENSHOT_DIR"), "card-details.png", NULL);
  g_assert_true (pw_test_save_screenshot (f->window, path, &error));
  g_assert_no_error (error);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  pw_ui_init ();

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/ui/card-details/empty-then-card", test_empty_then_card);
  ADD ("/ui/card-details/title-typing-is-one-step", test_title_typing_is_one_step);
  ADD ("/ui/card-details/focus-out-seals", test_focus_out_seals);
  ADD ("/ui/card-details/text-views", test_text_views);
  ADD ("/ui/card-details/domain-toggles", test_domain_toggles);
  ADD ("/ui/card-details/outcome-indicators", test_outcome_indicators);
  ADD ("/ui/card-details/link-details", test_link_details);
  ADD ("/ui/card-details/screenshot", test_screenshot);
#undef ADD
  return g_test_run ();
}
