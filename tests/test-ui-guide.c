/* test-ui-guide.c — "Plan backwards": the guide builds the IOM guide's ESOL plan, resumes, undoes
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "pw-application.h"
#include "pw-canvas.h"
#include "pw-guide.h"
#include "pw-plan-xml.h"
#include "pw-test-utils.h"

typedef struct {
  PwPlan    *plan;
  GtkWidget *window;
  GtkWidget *canvas;
  GtkWidget *guide;
  PwCard    *find_card;
  guint      n_find;
  guint      n_done;
} Fixture;

/* ---- helpers ------------------------------------------------------------------ */

static GtkWidget *
child (Fixture *f, const char *name)
{
  GObject *object = gtk_widget_get_template_child (f->guide, PW_TYPE_GUIDE, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static void
find_indicator_cb (PwGuide *guide, PwCard *card, Fixture *f)
{
  f->find_card = card;
  f->n_find++;
}

static void
done_cb (PwGuide *guide, Fixture *f)
{
  f->n_done++;
}

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *scroller = gtk_scrolled_window_new ();

  f->plan = pw_plan_new ();
  f->canvas = pw_canvas_new ();
  pw_canvas_set_plan (PW_CANVAS (f->canvas), f->plan);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), f->canvas);
  gtk_widget_set_hexpand (scroller, TRUE);
  f->guide = pw_guide_new (pw_framework_get_default ());
  gtk_widget_set_size_request (f->guide, 400, -1);
  g_signal_connect (f->guide, "find-indicator", G_CALLBACK (find_indicator_cb), f);
  g_signal_connect (f->guide, "done", G_CALLBACK (done_cb), f);
  pw_guide_set_plan (PW_GUIDE (f->guide), f->plan);
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_box_append (GTK_BOX (box), f->guide);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 720);
  gtk_window_set_child (GTK_WINDOW (f->window), box);
  gtk_window_present (GTK_WINDOW (f->window));
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_object_unref (f->plan);
}

static PwGuideStep
step (Fixture *f)
{
  return pw_guide_get_step (PW_GUIDE (f->guide));
}

static void
next (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (f->guide, "guide.next", NULL));
}

/* Enter in an entry: GtkEntry's "activate", as its GtkText emits it. */
static void
press_enter (GtkWidget *entry)
{
  g_signal_emit_by_name (entry, "activate");
}

/* Types an answer and presses Enter, as the officer would. */
static void
answer (Fixture *f, const char *text, const char *detail)
{
  if (detail != NULL)
    gtk_editable_set_text (GTK_EDITABLE (child (f, "detail_entry")), detail);
  gtk_editable_set_text (GTK_EDITABLE (child (f, "answer_entry")), text);
  press_enter (child (f, "answer_entry"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (f, "answer_entry"))), ==, "");
}

static void
choose_target (Fixture *f, const char *title)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (child (f, "target_dropdown"));
  GListModel *model = gtk_drop_down_get_model (dropdown);

  g_assert_nonnull (model);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), title) == 0)
        {
          gtk_drop_down_set_selected (dropdown, i);
          return;
        }
    }
  g_error ("no target “%s” offered", title);
}

static PwCard *
lane_card (Fixture *f, PwCardKind kind, guint index)
{
  g_autoptr(GPtrArray) cards = pw_plan_get_lane_cards (f->plan, kind);

  g_assert_cmpuint (index, <, cards->len);
  return g_ptr_array_index (cards, index);
}

static guint
lane_count (PwPlan *plan, PwCardKind kind)
{
  g_autoptr(GPtrArray) cards = pw_plan_get_lane_cards (plan, kind);
  return cards->len;
}

static guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row))
      n++;
  return n;
}

/* The first descendant button whose label is @label. */
static GtkWidget *
find_button (GtkWidget *root, const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button (c, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The entries of the links page, in its order: assumption, evidence, … */
static void
collect_entries (GtkWidget *root, GPtrArray *out)
{
  if (GTK_IS_ENTRY (root))
    {
      g_ptr_array_add (out, root);
      return;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_entries (c, out);
}

static PwLink *
link_between (Fixture *f, PwCard *source, PwCard *target)
{
  PwLink *link = pw_plan_find_link (f->plan, source, target);

  g_assert_nonnull (link);
  return link;
}

/* ---- the IOM guide's Exercise 2, Part 2: the ESOL plan ------------------------- */

static const char *goal_text = "The identified group will have more confidence and opportunities to use English on a day-to-day basis";
static const char *outcome_text = "Participants will have conversations regularly with local English language speakers";
static const char *output1 = "Regular interactions with local English speakers";
static const char *output2 = "Supported informal language practice with flexible access";
static const char *activity1 = "Friendship & language club or café";
static const char *activity2 = "Support for volunteers and staff";
static const char *barrier_text = "Few social connections outside the family to practise English";
static const char *barrier_evidence = "Language barriers also prevent them being in employment, so they have few other spaces in which to practice English";

static void
build_goal_and_outcome (Fixture *f)
{
  g_assert_cmpint (step (f), ==, PW_GUIDE_STEP_GOAL);
  answer (f, goal_text, NULL);
  next (f);
  g_assert_cmpint (step (f), ==, PW_GUIDE_STEP_OUTCOMES);
  answer (f, outcome_text, NULL);
}

static void
build_outputs_and_activities (Fixture *f)
{
  next (f);
  g_assert_cmpint (step (f), ==, PW_GUIDE_STEP_OUTPUTS);
  answer (f, output1, NULL);
  answer (f, output2, NULL);
  next (f);
  g_assert_cmpint (step (f), ==, PW_GUIDE_STEP_ACTIVITIES);
  choose_target (f, output1);
  answer (f, activity1, "Volunteers, a drop-in space at set times, an ESOL qualified person");
  choose_target (f, output2);
  answer (f, activity2, NULL);
  next (f);
  g_assert_cmpint (step (f), ==, PW_GUIDE_STEP_BARRIERS);
  choose_target (f, activity1);
  answer (f, barrier_text, barrier_evidence);
}

static void
find_and_attach_indicator (Fixture *f)
{
  PwCard *outcome = lane_card (f, PW_CARD_KIND_OUTCOME, 0);
  GtkWidget *find = find_button (child (f, "answers_list"), "_Find an indicator");
  const PwIndicator *indicator = pw_framework_lookup_indicator (pw_framework_get_default (), "language-07");
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (find);
  g_signal_emit_by_name (find, "clicked");
  g_assert_cmpuint (f->n_find, ==, 1);
  g_assert_true (f->find_card == outcome);
  /* The window would show the Indicators page; attach as the picker does. */
  g_assert_nonnull (indicator);
  g_assert_nonnull (pw_plan_attach_indicator (f->plan, outcome, indicator->id, indicator->text, indicator->domain, &error));
  g_assert_no_error (error);
  /* The guide follows: the row now counts the indicator. */
  g_assert_nonnull (find_button (child (f, "answers_list"), "_Find an indicator"));
}

static void
write_assumptions (Fixture *f)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();

  next (f);
  g_assert_cmpint (step (f), ==, PW_GUIDE_STEP_LINKS);
  /* Every link the guide made is listed, backwards from the goal. */
  g_assert_cmpuint (count_rows (child (f, "links_list")), ==, 6);
  collect_entries (child (f, "links_list"), entries);
  g_assert_cmpuint (entries->len, ==, 12);
  gtk_editable_set_text (g_ptr_array_index (entries, 0), "Key social connections support long-term language skills development.");
  gtk_editable_set_text (g_ptr_array_index (entries, 1), "IOM workshop participants");
  gtk_editable_set_text (g_ptr_array_index (entries, 4), "English practice is available at a wide range of levels.");
  gtk_editable_set_text (g_ptr_array_index (entries, 10), "Consultation with the women is key to participation.");
}

static void
name_people (Fixture *f)
{
  GtkWidget *people = child (f, "people_box");
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();

  next (f);
  g_assert_cmpint (step (f), ==, PW_GUIDE_STEP_PEOPLE);
  collect_entries (people, entries);
  g_assert_cmpuint (entries->len, ==, 4);
  gtk_editable_set_text (g_ptr_array_index (entries, 0), "Isolated women migrants with limited English");
  press_enter (g_ptr_array_index (entries, 0));
  gtk_editable_set_text (g_ptr_array_index (entries, 1), "Local residents and volunteers");
  press_enter (g_ptr_array_index (entries, 1));
  gtk_editable_set_text (g_ptr_array_index (entries, 2), "ESOL providers");
  press_enter (g_ptr_array_index (entries, 2));
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (entries, 2)), ==, "");
}

static void
assert_esol_cards (Fixture *f)
{
  PwCard *goal = lane_card (f, PW_CARD_KIND_GOAL, 0);
  PwCard *outcome = lane_card (f, PW_CARD_KIND_OUTCOME, 0);
  PwCard *out1 = lane_card (f, PW_CARD_KIND_OUTPUT, 0), *out2 = lane_card (f, PW_CARD_KIND_OUTPUT, 1);
  PwCard *act1 = lane_card (f, PW_CARD_KIND_ACTIVITY, 0), *act2 = lane_card (f, PW_CARD_KIND_ACTIVITY, 1);
  PwCard *barrier = lane_card (f, PW_CARD_KIND_BARRIER, 0);

  g_assert_cmpuint (lane_count (f->plan, PW_CARD_KIND_GOAL), ==, 1);
  g_assert_cmpuint (lane_count (f->plan, PW_CARD_KIND_OUTCOME), ==, 1);
  g_assert_cmpuint (lane_count (f->plan, PW_CARD_KIND_OUTPUT), ==, 2);
  g_assert_cmpuint (lane_count (f->plan, PW_CARD_KIND_ACTIVITY), ==, 2);
  g_assert_cmpuint (lane_count (f->plan, PW_CARD_KIND_BARRIER), ==, 1);
  g_assert_cmpstr (pw_card_get_title (goal), ==, goal_text);
  g_assert_cmpstr (pw_card_get_title (outcome), ==, outcome_text);
  g_assert_cmpstr (pw_card_get_title (out2), ==, output2);
  g_assert_cmpstr (pw_card_get_title (act1), ==, activity1);
  g_assert_cmpstr (pw_card_get_description (act1), ==, "Volunteers, a drop-in space at set times, an ESOL qualified person");
  g_assert_cmpstr (pw_card_get_description (act2), ==, "");
  g_assert_cmpstr (pw_card_get_title (barrier), ==, barrier_text);
  g_assert_cmpstr (pw_card_get_evidence (barrier), ==, barrier_evidence);
  g_assert_cmpuint (pw_card_get_n_indicators (outcome), ==, 1);

  /* Each answer is linked to the card it leads to, as chosen. */
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_links (f->plan)), ==, 6);
  link_between (f, outcome, goal);
  link_between (f, out1, outcome);
  link_between (f, out2, outcome);
  link_between (f, act1, out1);
  link_between (f, act2, out2);
  link_between (f, barrier, act1);
}

static void
assert_esol_links_and_people (Fixture *f)
{
  PwCard *goal = lane_card (f, PW_CARD_KIND_GOAL, 0);
  PwCard *outcome = lane_card (f, PW_CARD_KIND_OUTCOME, 0);
  PwCard *out2 = lane_card (f, PW_CARD_KIND_OUTPUT, 1);
  PwCard *act1 = lane_card (f, PW_CARD_KIND_ACTIVITY, 0);
  PwCard *barrier = lane_card (f, PW_CARD_KIND_BARRIER, 0);
  GListModel *people = pw_plan_get_stakeholders (f->plan);
  g_autoptr(PwStakeholder) s0 = NULL, s1 = NULL, s2 = NULL;

  g_assert_cmpstr (pw_link_get_assumption (link_between (f, outcome, goal)), ==,
                   "Key social connections support long-term language skills development.");
  g_assert_cmpstr (pw_link_get_evidence (link_between (f, outcome, goal)), ==, "IOM workshop participants");
  g_assert_cmpstr (pw_link_get_assumption (link_between (f, out2, outcome)), ==,
                   "English practice is available at a wide range of levels.");
  g_assert_cmpstr (pw_link_get_assumption (link_between (f, barrier, act1)), ==,
                   "Consultation with the women is key to participation.");

  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 3);
  s0 = g_list_model_get_item (people, 0);
  s1 = g_list_model_get_item (people, 1);
  s2 = g_list_model_get_item (people, 2);
  g_assert_cmpint (pw_stakeholder_get_kind (s0), ==, PW_STAKEHOLDER_KIND_NEWCOMER);
  g_assert_cmpstr (pw_stakeholder_get_name (s0), ==, "Isolated women migrants with limited English");
  g_assert_cmpint (pw_stakeholder_get_kind (s1), ==, PW_STAKEHOLDER_KIND_RECEIVING_COMMUNITY);
  g_assert_cmpint (pw_stakeholder_get_kind (s2), ==, PW_STAKEHOLDER_KIND_INSTITUTION);
  g_assert_cmpstr (pw_stakeholder_get_name (s2), ==, "ESOL providers");
}

static void
test_esol_plan (Fixture *f, gconstpointer data)
{
  build_goal_and_outcome (f);
  find_and_attach_indicator (f);
  build_outputs_and_activities (f);
  write_assumptions (f);
  name_people (f);
  assert_esol_cards (f);
  assert_esol_links_and_people (f);

  next (f);
  g_assert_cmpint (step (f), ==, PW_GUIDE_STEP_SUMMARY);
  g_assert_cmpuint (f->n_done, ==, 0);
  next (f);   /* Finish */
  g_assert_cmpuint (f->n_done, ==, 1);

  /* The plan the guide made is a valid plan file. */
  {
    g_autoptr(GBytes) xml = pw_plan_to_xml (f->plan);
    g_autoptr(GError) error = NULL;
    g_autoptr(PwPlan) copy = pw_plan_load_from_bytes (xml, NULL, NULL, &error);

    g_assert_no_error (error);
    g_assert_true (pw_plan_equal (f->plan, copy));
  }
}

/* ---- leaving and coming back -------------------------------------------------- */

static void
test_resume (Fixture *f, gconstpointer data)
{
  GtkWidget *other;

  build_goal_and_outcome (f);
  next (f);
  g_assert_cmpint (step (f), ==, PW_GUIDE_STEP_OUTPUTS);
  answer (f, output1, NULL);

  /* Close at any time: "done", and nothing is lost. */
  g_assert_true (gtk_widget_activate_action (f->guide, "guide.close", NULL));
  g_assert_cmpuint (f->n_done, ==, 1);
  g_assert_cmpuint (lane_count (f->plan, PW_CARD_KIND_OUTPUT), ==, 1);

  /* The window shows another plan, then this one again: same step. */
  {
    g_autoptr(PwPlan) second = pw_plan_new ();

    pw_guide_set_plan (PW_GUIDE (f->guide), second);
    g_assert_cmpint (step (f), ==, PW_GUIDE_STEP_GOAL);
    pw_guide_set_plan (PW_GUIDE (f->guide), f->plan);
    g_assert_cmpint (step (f), ==, PW_GUIDE_STEP_OUTPUTS);
  }

  /* Going back keeps the place too. */
  g_assert_true (gtk_widget_activate_action (f->guide, "guide.back", NULL));
  g_assert_cmpint (step (f), ==, PW_GUIDE_STEP_OUTCOMES);
  pw_guide_set_plan (PW_GUIDE (f->guide), NULL);
  pw_guide_set_plan (PW_GUIDE (f->guide), f->plan);
  g_assert_cmpint (step (f), ==, PW_GUIDE_STEP_OUTCOMES);

  /* A plan the guide has not seen (opened from a file) starts where it is thin. */
  {
    g_autoptr(GBytes) xml = pw_plan_to_xml (f->plan);
    g_autoptr(PwPlan) reopened = pw_plan_load_from_bytes (xml, NULL, NULL, NULL);

    g_assert_nonnull (reopened);
    other = pw_guide_new (pw_framework_get_default ());
    g_object_ref_sink (other);
    pw_guide_set_plan (PW_GUIDE (other), reopened);
    g_assert_cmpint (pw_guide_get_step (PW_GUIDE (other)), ==, PW_GUIDE_STEP_ACTIVITIES);
    g_object_unref (other);
  }
}

static void
test_step_for_plan (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwCard *goal, *outcome, *output, *activity, *barrier;
  PwLink *link;

  g_assert_cmpint (pw_guide_step_for_plan (plan), ==, PW_GUIDE_STEP_GOAL);
  goal = pw_plan_add_card (plan, PW_CARD_KIND_GOAL, "Goal", -1, 0, 0);
  g_assert_cmpint (pw_guide_step_for_plan (plan), ==, PW_GUIDE_STEP_OUTCOMES);
  outcome = pw_plan_add_card (plan, PW_CARD_KIND_OUTCOME, "Outcome", -1, 0, 0);
  output = pw_plan_add_card (plan, PW_CARD_KIND_OUTPUT, "Output", -1, 0, 0);
  g_assert_cmpint (pw_guide_step_for_plan (plan), ==, PW_GUIDE_STEP_ACTIVITIES);
  activity = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "Activity", -1, 0, 0);
  barrier = pw_plan_add_card (plan, PW_CARD_KIND_BARRIER, "Barrier", -1, 0, 0);
  g_assert_cmpint (pw_guide_step_for_plan (plan), ==, PW_GUIDE_STEP_PEOPLE);
  link = pw_plan_link (plan, outcome, goal, NULL);
  g_assert_nonnull (link);
  g_assert_cmpint (pw_guide_step_for_plan (plan), ==, PW_GUIDE_STEP_LINKS);
  pw_plan_set_link_text (plan, link, PW_LINK_FIELD_ASSUMPTION, "Because");
  g_assert_cmpint (pw_guide_step_for_plan (plan), ==, PW_GUIDE_STEP_PEOPLE);
  pw_plan_add_stakeholder (plan, "Residents", PW_STAKEHOLDER_KIND_RECEIVING_COMMUNITY, NULL);
  g_assert_cmpint (pw_guide_step_for_plan (plan), ==, PW_GUIDE_STEP_SUMMARY);
  (void) output, (void) activity, (void) barrier;
}

/* ---- undo ----------------------------------------------------------------------- */

static void
test_undo_last_answer (Fixture *f, gconstpointer data)
{
  PwCard *goal;

  build_goal_and_outcome (f);
  goal = lane_card (f, PW_CARD_KIND_GOAL, 0);
  g_assert_cmpuint (count_rows (child (f, "answers_list")), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_links (f->plan)), ==, 1);
  g_assert_cmpstr (pw_plan_get_undo_label (f->plan), ==, "Add an outcome");

  /* One undo takes back the whole answer: the card and its link. */
  g_assert_true (pw_plan_undo (f->plan));
  g_assert_cmpuint (lane_count (f->plan, PW_CARD_KIND_OUTCOME), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_links (f->plan)), ==, 0);
  g_assert_cmpuint (lane_count (f->plan, PW_CARD_KIND_GOAL), ==, 1);
  g_assert_true (lane_card (f, PW_CARD_KIND_GOAL, 0) == goal);
  /* The guide follows the plan. */
  g_assert_cmpuint (count_rows (child (f, "answers_list")), ==, 0);
  g_assert_cmpint (step (f), ==, PW_GUIDE_STEP_OUTCOMES);

  g_assert_true (pw_plan_redo (f->plan));
  g_assert_cmpuint (count_rows (child (f, "answers_list")), ==, 1);
  g_assert_nonnull (pw_plan_find_link (f->plan, lane_card (f, PW_CARD_KIND_OUTCOME, 0), goal));

  /* An empty answer adds nothing. */
  gtk_editable_set_text (GTK_EDITABLE (child (f, "answer_entry")), "   ");
  press_enter (child (f, "answer_entry"));
  g_assert_cmpuint (lane_count (f->plan, PW_CARD_KIND_OUTCOME), ==, 1);
  g_assert_false (gtk_widget_is_sensitive (child (f, "add_button")));
}

static void
test_hidden_catches_up (Fixture *f, gconstpointer data)
{
  build_goal_and_outcome (f);
  g_assert_cmpuint (count_rows (child (f, "answers_list")), ==, 1);

  /* Another sidebar page is shown; the canvas adds an outcome. */
  gtk_widget_set_visible (f->guide, FALSE);
  pw_plan_add_card (f->plan, PW_CARD_KIND_OUTCOME, "Residents and newcomers meet at the café", -1, 0, 0);
  g_assert_cmpuint (count_rows (child (f, "answers_list")), ==, 1);

  /* Shown again: it lists both. */
  gtk_widget_set_visible (f->guide, TRUE);
  g_assert_cmpuint (count_rows (child (f, "answers_list")), ==, 2);
}

static void
test_typing_assumption_is_one_step (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  GtkEditable *entry;
  PwLink *link;

  build_goal_and_outcome (f);
  link = g_list_model_get_item (pw_plan_get_links (f->plan), 0);
  g_object_unref (link);
  pw_guide_set_step (PW_GUIDE (f->guide), PW_GUIDE_STEP_LINKS);
  collect_entries (child (f, "links_list"), entries);
  g_assert_cmpuint (entries->len, ==, 2);
  entry = g_ptr_array_index (entries, 0);
  for (const char *p = "Because"; *p; p++)
    {
      int pos = gtk_editable_get_position (entry);
      gtk_editable_insert_text (entry, p, 1, &pos);
      gtk_editable_set_position (entry, pos);
    }
  g_assert_cmpstr (pw_link_get_assumption (link), ==, "Because");
  /* The rows were kept while typing: the same entry, cursor at the end. */
  entries->len = 0;
  collect_entries (child (f, "links_list"), entries);
  g_assert_true (g_ptr_array_index (entries, 0) == entry);
  g_assert_cmpint (gtk_editable_get_position (entry), ==, 7);

  g_assert_true (pw_plan_undo (f->plan));
  g_assert_cmpstr (pw_link_get_assumption (link), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
}

/* ---- keyboard only ------------------------------------------------------------------ */

static gboolean
focus_within (Fixture *f, GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
test_keyboard_only (Fixture *f, gconstpointer data)
{
  GtkWidget *entry = child (f, "answer_entry");
  gboolean reached_next = FALSE;

  pw_test_spin (100);
  /* Enter adds and leaves the cursor in the answer, ready for the next one. */
  gtk_widget_grab_focus (entry);
  answer (f, goal_text, NULL);
  g_assert_true (focus_within (f, entry));

  /* Tab walks from the answer to Next, through what lies between. */
  for (guint i = 0; i < 12 && !reached_next; i++)
    {
      g_assert_true (gtk_widget_child_focus (f->window, GTK_DIR_TAB_FORWARD));
      reached_next = focus_within (f, child (f, "next_button"));
    }
  g_assert_true (reached_next);

  /* Next (Alt+N) puts the cursor in the next question's answer. */
  g_assert_true (gtk_widget_activate_action (f->guide, "guide.next", NULL));
  g_assert_cmpint (step (f), ==, PW_GUIDE_STEP_OUTCOMES);
  g_assert_true (focus_within (f, entry));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child (f, "answer_label"))), ==, "An _outcome");
  g_assert_true (gtk_label_get_mnemonic_widget (GTK_LABEL (child (f, "answer_label"))) == entry);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (child (f, "next_button"))), ==, "_Next");
  g_assert_true (gtk_button_get_use_underline (GTK_BUTTON (child (f, "back_button"))));
}

/* ---- pictures -------------------------------------------------------------------- */

static void
save_picture (Fixture *f, const char *dir, const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  pw_test_spin (200);
  g_assert_true (pw_test_save_screenshot (f->window, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 10000);
  g_test_message ("screenshot: %s", path);
}

static void
test_screenshots (Fixture *f, gconstpointer data)
{
  const char *keep = g_getenv ("PW_SCREENSHOT_DIR");
  g_autofree char *tmp = keep == NULL ? g_dir_make_tmp ("pw-guide-XXXXXX", NULL) : NULL;
  const char *dir = keep != NULL ? keep : tmp;

  g_assert_nonnull (dir);
  build_goal_and_outcome (f);
  answer (f, "Women feel confident to ask their neighbours for help", NULL);
  pw_canvas_zoom_fit (PW_CANVAS (f->canvas));
  save_picture (f, dir, "guide-outcomes.png");
  build_outputs_and_activities (f);
  save_picture (f, dir, "guide-barriers.png");
  next (f);
  save_picture (f, dir, "guide-links.png");
  pw_guide_set_step (PW_GUIDE (f->guide), PW_GUIDE_STEP_PEOPLE);
  save_picture (f, dir, "guide-people.png");
  pw_guide_set_step (PW_GUIDE (f->guide), PW_GUIDE_STEP_SUMMARY);
  save_picture (f, dir, "guide-summary.png");
  if (tmp != NULL)
    {
      const char *names[] = { "guide-outcomes.png", "guide-barriers.png", "guide-links.png", "guide-people.png", "guide-summary.png" };
      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        {
          g_autofree char *path = g_build_filename (tmp, names[i], NULL);
          g_unlink (path);
        }
      g_rmdir (tmp);
    }
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  pw_ui_init ();

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/ui/guide/esol-plan", test_esol_plan);
  ADD ("/ui/guide/resume", test_resume);
  ADD ("/ui/guide/undo-last-answer", test_undo_last_answer);
  ADD ("/ui/guide/typing-assumption-is-one-step", test_typing_assumption_is_one_step);
  ADD ("/ui/guide/keyboard-only", test_keyboard_only);
  ADD ("/ui/guide/hidden-catches-up", test_hidden_catches_up);
  ADD ("/ui/guide/screenshots", test_screenshots);
#undef ADD
  g_test_add_func ("/ui/guide/step-for-plan", test_step_for_plan);
  return g_test_run ();
}
