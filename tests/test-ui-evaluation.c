/* test-ui-evaluation.c — the Evaluation view: Annex 1 edited in place
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "pw-application.h"
#include "pw-evaluation.h"
#include "pw-evaluation-view.h"
#include "pw-framework.h"
#include "pw-plan.h"
#include "pw-plan-xml.h"
#include "pw-test-utils.h"

typedef struct {
  PwFramework      *framework;
  PwPlan           *plan;
  PwCard           *first;       /* outcome with two indicators */
  PwCard           *second;      /* outcome without indicators */
  PwIndicatorRef   *ref1;        /* bridges-05 on first */
  PwIndicatorRef   *ref2;        /* language-06 on first */
  GtkWindow        *window;
  PwEvaluationView *view;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const PwIndicator *bridges, *language;

  f->framework = g_object_ref (pw_framework_get_default ());
  f->plan = pw_plan_new ();
  pw_plan_add_card (f->plan, PW_CARD_KIND_ACTIVITY, "Conversation café", -1, 0, 0);
  f->first = pw_plan_add_card (f->plan, PW_CARD_KIND_OUTCOME,
                               "Women practise English with their neighbours", -1, 0, 0);
  f->second = pw_plan_add_card (f->plan, PW_CARD_KIND_OUTCOME,
                                "Volunteers from the receiving community keep coming", -1, 0, 200);
  bridges = pw_framework_lookup_indicator (f->framework, "bridges-05");
  language = pw_framework_lookup_indicator (f->framework, "language-06");
  g_assert_nonnull (bridges);
  g_assert_nonnull (language);
  f->ref1 = pw_plan_attach_indicator (f->plan, f->first, bridges->id, bridges->text, bridges->domain, NULL);
  f->ref2 = pw_plan_attach_indicator (f->plan, f->first, language->id, language->text, language->domain, NULL);
  g_assert_nonnull (f->ref1);
  g_assert_nonnull (f->ref2);
  pw_plan_clear_undo (f->plan);

  f->view = PW_EVALUATION_VIEW (pw_evaluation_view_new ());
  pw_evaluation_view_set_plan (f->view, f->plan, f->framework);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1280, 720);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
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

/* ---- Helpers ------------------------------------------------------------- */

static void
collect_labels (GtkWidget *root,
                GString   *out)
{
  if (GTK_IS_LABEL (root) && gtk_widget_is_visible (root))
    {
      g_string_append (out, gtk_label_get_text (GTK_LABEL (root)));
      g_string_append_c (out, '\n');
    }
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_labels (c, out);
}

static char *
dup_visible_text (GtkWidget *root)
{
  GString *out = g_string_new (NULL);

  collect_labels (root, out);
  return g_string_free (out, FALSE);
}

static guint
count_css_name (GtkWidget  *root,
                const char *css_name)
{
  guint n = g_strcmp0 (gtk_widget_get_css_name (root), css_name) == 0 ? 1 : 0;

  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    n += count_css_name (c, css_name);
  return n;
}

/* The "pw-eval-field" box around an editor. */
static GtkWidget *
field_box (GtkWidget *editor)
{
  GtkWidget *w = editor;

  while (w != NULL && !gtk_widget_has_css_class (w, "pw-eval-field"))
    w = gtk_widget_get_parent (w);
  g_assert_nonnull (w);
  return w;
}

static GtkWidget *
find_button_labelled (GtkWidget  *root,
                      const char *label)
{
  if (GTK_IS_BUTTON (root) && gtk_widget_is_visible (root) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button_labelled (c, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static char *
editor_dup_text (GtkWidget *editor)
{
  if (GTK_IS_TEXT_VIEW (editor))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (editor)));
}

/* Types @text at the cursor, one character at a time, as a keyboard would. */
static void
type_text (GtkWidget  *editor,
           const char *text)
{
  gtk_widget_grab_focus (editor);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      char ch[8] = { 0 };

      g_unichar_to_utf8 (g_utf8_get_char (p), ch);
      if (GTK_IS_TEXT_VIEW (editor))
        gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)), ch, -1);
      else
        {
          int pos = gtk_editable_get_position (GTK_EDITABLE (editor));
          gtk_editable_insert_text (GTK_EDITABLE (editor), ch, -1, &pos);
          gtk_editable_set_position (GTK_EDITABLE (editor), pos);
        }
    }
}

static GtkWidget *
editor_of (Fixture *f, gpointer target, int field)
{
  GtkWidget *editor = pw_evaluation_view_get_editor (f->view, target, field);

  g_assert_nonnull (editor);
  return editor;
}

/* ---- Tests --------------------------------------------------------------- */

static void
test_blocks_and_labels (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *text = dup_visible_text (GTK_WIDGET (f->view));
  GtkWidget *first_block, *second_block;

  g_assert_cmpuint (pw_evaluation_view_get_n_outcomes (f->view), ==, 2);
  g_assert_cmpuint (count_css_name (GTK_WIDGET (f->view), "pw-eval-outcome"), ==, 2);

  /* every row of the template, with its question */
  for (PwAnnexRow row = PW_ANNEX_ROW_INTEGRATION_OUTCOME; row <= PW_ANNEX_ROW_TIMELINE; row++)
    {
      const char *question = pw_annex_row_get_question (row);

      g_assert_nonnull (strstr (text, pw_annex_row_get_title (row)));
      if (question != NULL)
        g_assert_nonnull (strstr (text, question));
    }
  g_assert_nonnull (strstr (text, "Women practise English with their neighbours"));
  g_assert_nonnull (strstr (text, "Outcome 1 of 2 · Your Theory of Change outcome"));
  g_assert_nonnull (strstr (text, pw_eval_field_get_label (PW_EVAL_FIELD_QUESTIONS_HAVE)));
  g_assert_nonnull (strstr (text, pw_eval_field_get_label (PW_EVAL_FIELD_QUESTIONS_NEED)));
  g_assert_nonnull (strstr (text, "Indicator 2 of 2"));
  g_assert_nonnull (strstr (text, pw_indicator_ref_get_text (f->ref1)));
  g_assert_nonnull (strstr (text, "Social bridges · "));
  g_assert_nonnull (strstr (text, "before the intervention starts"));

  /* an editor for every field of every indicator: entries for the short ones */
  for (PwEvalField field = 0; field < PW_N_EVAL_FIELDS; field++)
    {
      GtkWidget *editor = editor_of (f, f->ref2, field);
      gboolean short_field = field == PW_EVAL_FIELD_SAMPLE || field == PW_EVAL_FIELD_RESPONSIBILITY ||
                             field == PW_EVAL_FIELD_BASELINE;

      g_assert_true (short_field ? GTK_IS_ENTRY (editor) : GTK_IS_TEXT_VIEW (editor));
      g_assert_true (gtk_widget_get_sensitive (editor));
    }
  g_assert_true (GTK_IS_TEXT_VIEW (editor_of (f, f->first, PW_CARD_FIELD_INTEGRATION_OUTCOME)));

  /* accessible names say which field of which indicator */
  {
    GtkAccessible *sample = GTK_ACCESSIBLE (editor_of (f, f->ref1, PW_EVAL_FIELD_SAMPLE));
    g_autofree char *wrong = NULL;

    g_assert_true (gtk_test_accessible_has_property (sample, GTK_ACCESSIBLE_PROPERTY_LABEL));
    wrong = gtk_test_accessible_check_property (sample, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                "Sample for ‘% confident to ask their neighbours of…’");
    g_assert_null (wrong);
    g_assert_true (gtk_test_accessible_has_property (sample, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  }
  g_assert_true (GTK_IS_TEXT_VIEW (editor_of (f, f->second, PW_CARD_FIELD_INTEGRATION_OUTCOME)));

  /* the outcome without indicators asks for one; blocks follow the lane order */
  first_block = gtk_widget_get_ancestor (editor_of (f, f->first, PW_CARD_FIELD_INTEGRATION_OUTCOME),
                                         g_type_from_name ("PwEvalOutcome"));
  second_block = gtk_widget_get_ancestor (editor_of (f, f->second, PW_CARD_FIELD_INTEGRATION_OUTCOME),
                                          g_type_from_name ("PwEvalOutcome"));
  g_assert_nonnull (find_button_labelled (second_block, "_Choose an Indicator…"));
  g_assert_null (find_button_labelled (first_block, "_Choose an Indicator…"));
  g_assert_true (gtk_widget_get_next_sibling (first_block) == second_block);

  /* the view never makes the window wider than a small laptop screen allows */
  {
    int minimum = 0;

    gtk_widget_measure (GTK_WIDGET (f->view), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_test_message ("minimum width %d px", minimum);
    g_assert_cmpint (minimum, <=, 800);
  }

  g_assert_true (pw_plan_move_card (f->plan, f->second, PW_CARD_KIND_OUTCOME, 0, 0, 0, NULL));
  g_assert_true (gtk_widget_get_next_sibling (second_block) == first_block);
  /* moved, not rebuilt */
  g_assert_true (gtk_widget_get_ancestor (editor_of (f, f->first, PW_CARD_FIELD_INTEGRATION_OUTCOME),
                                          g_type_from_name ("PwEvalOutcome")) == first_block);
}

static void
pick_cb (PwEvaluationView *view, PwCard *card, PwCard **out)
{
  *out = card;
}

static void
test_pick_indicators_signal (Fixture       *f,
                             gconstpointer  data)
{
  PwCard *picked = NULL;
  GtkWidget *block = gtk_widget_get_ancestor (editor_of (f, f->second, PW_CARD_FIELD_INTEGRATION_OUTCOME),
                                              g_type_from_name ("PwEvalOutcome"));
  GtkWidget *button = find_button_labelled (block, "_Choose an Indicator…");

  g_signal_connect (f->view, "pick-indicators", G_CALLBACK (pick_cb), &picked);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (picked == f->second);

  /* attaching one replaces the prompt by the indicator's fields */
  {
    PwIndicatorRef *ref = pw_plan_attach_indicator (f->plan, f->second, NULL, "Volunteers return", 7, NULL);

    g_assert_nonnull (ref);
    g_assert_null (find_button_labelled (block, "_Choose an Indicator…"));
    g_assert_nonnull (pw_evaluation_view_get_editor (f->view, ref, PW_EVAL_FIELD_SAMPLE));
  }
}

static void
test_typing_is_a_command (Fixture       *f,
                          gconstpointer  data)
{
  GtkWidget *sample = editor_of (f, f->ref1, PW_EVAL_FIELD_SAMPLE);
  GtkWidget *methods = editor_of (f, f->ref1, PW_EVAL_FIELD_METHODS);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (methods));
  GtkTextIter cursor;
  g_autofree char *shown = NULL;

  type_text (sample, "40 participants");
  g_assert_cmpstr (pw_indicator_ref_get_eval (f->ref1, PW_EVAL_FIELD_SAMPLE), ==, "40 participants");
  g_assert_cmpstr (pw_indicator_ref_get_eval (f->ref2, PW_EVAL_FIELD_SAMPLE), ==, "");

  /* leaving the field seals the step: the next field is its own undo step */
  type_text (methods, "Short survey at the café");
  g_assert_cmpstr (pw_indicator_ref_get_eval (f->ref1, PW_EVAL_FIELD_METHODS), ==, "Short survey at the café");
  /* the model's echo never moved the cursor */
  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  g_assert_true (gtk_text_iter_is_end (&cursor));

  g_assert_true (pw_plan_undo (f->plan));
  g_assert_cmpstr (pw_indicator_ref_get_eval (f->ref1, PW_EVAL_FIELD_METHODS), ==, "");
  shown = editor_dup_text (methods);
  g_assert_cmpstr (shown, ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sample)), ==, "40 participants");

  g_assert_true (pw_plan_undo (f->plan));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sample)), ==, "");
  g_assert_false (pw_plan_can_undo (f->plan));

  g_assert_true (pw_plan_redo (f->plan));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sample)), ==, "40 participants");
}

static void
test_integration_outcome (Fixture       *f,
                          gconstpointer  data)
{
  GtkWidget *editor = editor_of (f, f->first, PW_CARD_FIELD_INTEGRATION_OUTCOME);
  GtkWidget *box = field_box (editor);
  GtkWidget *use = find_button_labelled (box, "_Use this");
  g_autofree char *suggestion = pw_evaluation_suggest_integration_outcome (f->first, f->framework);
  g_autofree char *text = dup_visible_text (box);

  g_assert_nonnull (suggestion);
  g_assert_nonnull (strstr (text, suggestion));
  g_assert_nonnull (use);
  g_signal_emit_by_name (use, "clicked");
  g_assert_cmpstr (pw_card_get_integration_outcome (f->first), ==, suggestion);
  g_assert_false (gtk_widget_is_visible (gtk_widget_get_parent (use)));
  g_assert_false (gtk_widget_has_css_class (box, "pw-eval-empty"));

  g_assert_true (pw_plan_undo (f->plan));
  g_assert_cmpstr (pw_card_get_integration_outcome (f->first), ==, "");
  g_assert_true (gtk_widget_has_css_class (box, "pw-eval-empty"));

  /* no indicators, no suggestion to offer */
  box = field_box (editor_of (f, f->second, PW_CARD_FIELD_INTEGRATION_OUTCOME));
  g_assert_null (find_button_labelled (box, "_Use this"));
}

static void
test_suggestions_distinct (Fixture       *f,
                           gconstpointer  data)
{
  GtkWidget *editor = editor_of (f, f->ref1, PW_EVAL_FIELD_DATA_SOURCE);
  GtkWidget *box = field_box (editor);
  GtkWidget *accept;
  GtkWidget *baseline;

  g_assert_null (find_button_labelled (box, "_Accept"));
  pw_plan_suggest_eval_field (f->plan, f->ref1, PW_EVAL_FIELD_DATA_SOURCE, "Community Life Survey");
  g_assert_true (gtk_widget_has_css_class (box, "pw-eval-suggested"));
  g_assert_false (gtk_widget_has_css_class (box, "pw-eval-empty"));
  accept = find_button_labelled (box, "_Accept");
  g_assert_nonnull (accept);

  g_signal_emit_by_name (accept, "clicked");
  g_assert_false (pw_indicator_ref_is_suggested (f->ref1, PW_EVAL_FIELD_DATA_SOURCE));
  g_assert_cmpstr (pw_indicator_ref_get_eval (f->ref1, PW_EVAL_FIELD_DATA_SOURCE), ==, "Community Life Survey");
  g_assert_false (gtk_widget_has_css_class (box, "pw-eval-suggested"));
  g_assert_null (find_button_labelled (box, "_Accept"));

  /* editing a suggestion accepts it too */
  pw_plan_suggest_eval_field (f->plan, f->ref1, PW_EVAL_FIELD_BASELINE, "Before the café opens");
  baseline = editor_of (f, f->ref1, PW_EVAL_FIELD_BASELINE);
  g_assert_true (gtk_widget_has_css_class (field_box (baseline), "pw-eval-suggested"));
  gtk_widget_grab_focus (baseline);
  gtk_editable_set_position (GTK_EDITABLE (baseline), -1);
  type_text (baseline, " in May");
  g_assert_cmpstr (pw_indicator_ref_get_eval (f->ref1, PW_EVAL_FIELD_BASELINE), ==, "Before the café opens in May");
  g_assert_false (pw_indicator_ref_is_suggested (f->ref1, PW_EVAL_FIELD_BASELINE));
  g_assert_false (gtk_widget_has_css_class (field_box (baseline), "pw-eval-suggested"));
}

static void
test_empty_marks (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *process = editor_of (f, f->ref2, PW_EVAL_FIELD_PROCESS);
  GtkWidget *box = field_box (process);
  GtkWidget *sample = editor_of (f, f->ref2, PW_EVAL_FIELD_SAMPLE);
  g_autofree char *text = dup_visible_text (box);

  g_assert_true (gtk_widget_has_css_class (box, "pw-eval-empty"));
  g_assert_nonnull (strstr (text, "To complete"));
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (sample)), ==, "To complete");
  g_assert_true (gtk_widget_has_css_class (field_box (sample), "pw-eval-empty"));

  pw_plan_set_eval_field (f->plan, f->ref2, PW_EVAL_FIELD_PROCESS, "Volunteers tally answers monthly");
  g_free (text);
  text = dup_visible_text (box);
  g_assert_false (gtk_widget_has_css_class (box, "pw-eval-empty"));
  g_assert_null (strstr (text, "To complete"));
  g_assert_true (gtk_widget_has_css_class (field_box (sample), "pw-eval-empty"));

  pw_plan_undo (f->plan);
  g_assert_true (gtk_widget_has_css_class (box, "pw-eval-empty"));
}

static guint
count_suggested (Fixture *f)
{
  guint n = 0;

  for (PwEvalField field = 0; field < PW_N_EVAL_FIELDS; field++)
    {
      n += gtk_widget_has_css_class (field_box (editor_of (f, f->ref1, field)), "pw-eval-suggested");
      n += gtk_widget_has_css_class (field_box (editor_of (f, f->ref2, field)), "pw-eval-suggested");
    }
  return n;
}

static void
test_prefill_one_step (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *status = NULL;

  pw_plan_set_eval_field (f->plan, f->ref1, PW_EVAL_FIELD_TIMELINE, "By March");
  pw_plan_clear_undo (f->plan);
  g_assert_cmpuint (count_suggested (f), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "evaluation.prefill", NULL));
  g_assert_cmpuint (count_suggested (f), >=, 4);
  g_assert_cmpstr (pw_indicator_ref_get_eval (f->ref1, PW_EVAL_FIELD_TIMELINE), ==, "By March");
  g_assert_false (pw_indicator_ref_is_suggested (f->ref1, PW_EVAL_FIELD_TIMELINE));
  g_assert_cmpstr (pw_plan_get_undo_label (f->plan), ==, "Suggest evaluation plan");
  status = dup_visible_text (GTK_WIDGET (f->view));
  g_assert_nonnull (strstr (status, "Pathways suggested "));

  /* one undo step removes them all */
  g_assert_true (pw_plan_undo (f->plan));
  g_assert_cmpuint (count_suggested (f), ==, 0);
  g_assert_false (pw_plan_can_undo (f->plan));
  g_assert_cmpstr (pw_indicator_ref_get_eval (f->ref1, PW_EVAL_FIELD_DATA_SOURCE), ==, "");
}

static void
test_edits_keep_blocks (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *editor = editor_of (f, f->ref2, PW_EVAL_FIELD_RESPONSIBILITY);
  GtkAdjustment *vadj;
  GtkWidget *scroller;
  double before;

  scroller = gtk_widget_get_ancestor (editor, GTK_TYPE_SCROLLED_WINDOW);
  vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  gtk_adjustment_set_value (vadj, 600);
  pw_test_spin (50);
  before = gtk_adjustment_get_value (vadj);
  g_assert_cmpfloat (before, >, 0);

  /* a command elsewhere (the canvas) does not rebuild this field or scroll */
  pw_plan_set_card_text (f->plan, f->second, PW_CARD_FIELD_TITLE, "Volunteers stay");
  pw_plan_set_eval_field (f->plan, f->ref1, PW_EVAL_FIELD_SAMPLE, "12");
  pw_test_spin (50);
  g_assert_true (editor_of (f, f->ref2, PW_EVAL_FIELD_RESPONSIBILITY) == editor);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), ==, before);

  /* removing an outcome drops its block; undo brings it back */
  pw_plan_remove_card (f->plan, f->second);
  g_assert_cmpuint (pw_evaluation_view_get_n_outcomes (f->view), ==, 1);
  g_assert_true (editor_of (f, f->ref2, PW_EVAL_FIELD_RESPONSIBILITY) == editor);
  pw_plan_undo (f->plan);
  g_assert_cmpuint (pw_evaluation_view_get_n_outcomes (f->view), ==, 2);

  /* detaching an indicator drops its fields only */
  pw_plan_detach_indicator (f->plan, f->ref1);
  g_assert_null (pw_evaluation_view_get_editor (f->view, f->ref1, PW_EVAL_FIELD_SAMPLE));
  g_assert_true (editor_of (f, f->ref2, PW_EVAL_FIELD_RESPONSIBILITY) == editor);
  pw_plan_undo (f->plan);
  g_assert_nonnull (pw_evaluation_view_get_editor (f->view, f->ref1, PW_EVAL_FIELD_SAMPLE));

  /* a plan without outcomes shows the empty page */
  {
    g_autoptr(PwPlan) empty = pw_plan_new ();
    g_autofree char *text = NULL;

    pw_evaluation_view_set_plan (f->view, empty, f->framework);
    g_assert_cmpuint (pw_evaluation_view_get_n_outcomes (f->view), ==, 0);
    text = dup_visible_text (GTK_WIDGET (f->view));
    g_assert_nonnull (strstr (text, "No outcomes to evaluate yet"));
  }
}

static PwPlan *
load_example (Fixture *f, const char *name)
{
  const char *root = g_getenv ("PW_SOURCE_ROOT");
  g_autofree char *path = g_build_filename (root != NULL ? root : "..", "data", "examples", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PwPlan *plan = pw_plan_load (file, f->framework, NULL, &error);

  g_assert_no_error (error);
  return plan;
}

static char *
dup_output_path (const char *name)
{
  const char *dir = g_getenv ("PW_SCREENSHOT_DIR");

  if (dir == NULL)
    dir = g_get_tmp_dir ();
  return g_build_filename (dir, name, NULL);
}

static void
test_screenshot (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(PwPlan) plan = load_example (f, "esol-conversation-cafe.pathways");
  g_autofree char *path = dup_output_path ("evaluation-view.png");
  g_autofree char *path2 = dup_output_path ("evaluation-view-suggested.png");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) outcomes = pw_plan_get_lane_cards (plan, PW_CARD_KIND_OUTCOME);

  pw_evaluation_view_set_plan (f->view, plan, f->framework);
  g_assert_cmpuint (pw_evaluation_view_get_n_outcomes (f->view), ==, 1);
  pw_test_spin (200);
  g_assert_true (pw_test_save_screenshot (GTK_WIDGET (f->window), path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  /* with suggestions, scrolled to the second indicator */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "evaluation.prefill", NULL);
  pw_test_spin (1500);
  g_assert_true (pw_test_save_screenshot (GTK_WIDGET (f->window), path2, &error));
  g_assert_no_error (error);

  /* the timeline of the first indicator, with its help text */
  {
    GListModel *indicators = pw_card_get_indicators (g_ptr_array_index (outcomes, 0));
    g_autoptr(PwIndicatorRef) ref = g_list_model_get_item (indicators, 0);
    GtkWidget *timeline = editor_of (f, ref, PW_EVAL_FIELD_TIMELINE);
    g_autofree char *path3 = dup_output_path ("evaluation-view-timeline.png");

    gtk_widget_grab_focus (timeline);
    pw_test_spin (500);
    g_assert_true (pw_test_save_screenshot (GTK_WIDGET (f->window), path3, &error));
    g_assert_no_error (error);
    g_test_message ("screenshots: %s %s %s", path, path2, path3);
  }
}

static GtkWidget *
find_toggle (GtkWidget *root)
{
  if (GTK_IS_BUTTON (root) && gtk_widget_has_css_class (root, "pw-eval-toggle"))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_toggle (c);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_fold_and_summary (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *editor = editor_of (f, f->ref1, PW_EVAL_FIELD_SAMPLE);
  GtkWidget *block = gtk_widget_get_ancestor (editor, g_type_from_name ("PwEvalOutcome"));
  GtkWidget *toggle = find_toggle (block);
  g_autofree char *text = dup_visible_text (block);

  g_assert_nonnull (strstr (text, "0 of 20 fields written"));
  pw_plan_set_eval_field (f->plan, f->ref1, PW_EVAL_FIELD_SAMPLE, "40");
  pw_plan_suggest_eval_field (f->plan, f->ref2, PW_EVAL_FIELD_DATA_SOURCE, "Community Life Survey");
  g_free (text);
  text = dup_visible_text (block);
  g_assert_nonnull (strstr (text, "1 of 20 fields written · 1 suggestion to check"));

  /* folding hides the fields, keeps the header; unfolding shows the same editors */
  g_assert_nonnull (toggle);
  g_assert_true (gtk_widget_is_visible (editor));
  g_signal_emit_by_name (toggle, "clicked");
  g_assert_false (gtk_widget_is_visible (editor));
  g_free (text);
  text = dup_visible_text (block);
  g_assert_nonnull (strstr (text, "Women practise English with their neighbours"));
  g_assert_null (strstr (text, "Data collection methods"));
  g_signal_emit_by_name (toggle, "clicked");
  g_assert_true (gtk_widget_is_visible (editor));
  g_assert_true (editor_of (f, f->ref1, PW_EVAL_FIELD_SAMPLE) == editor);

  g_free (text);
  text = dup_visible_text (gtk_widget_get_ancestor (editor_of (f, f->second, PW_CARD_FIELD_INTEGRATION_OUTCOME),
                                                    g_type_from_name ("PwEvalOutcome")));
  g_assert_nonnull (strstr (text, "No indicator yet"));
}

static gboolean
focus_within (GtkWindow *window, GtkWidget *widget)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
test_keyboard_order (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *methods = editor_of (f, f->ref1, PW_EVAL_FIELD_METHODS);
  GtkWidget *sample = editor_of (f, f->ref1, PW_EVAL_FIELD_SAMPLE);
  GtkWidget *responsibility = editor_of (f, f->ref1, PW_EVAL_FIELD_RESPONSIBILITY);

  /* Tab leaves a text view (no tab characters typed) and follows the template's order */
  gtk_widget_grab_focus (methods);
  g_assert_true (focus_within (f->window, methods));
  g_assert_false (gtk_text_view_get_accepts_tab (GTK_TEXT_VIEW (methods)));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD));
  g_assert_true (focus_within (f->window, sample));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD));
  g_assert_true (focus_within (f->window, responsibility));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_BACKWARD));
  g_assert_true (focus_within (f->window, sample));
}

/* ---- A large plan -------------------------------------------------------- */

static void
test_large_plan (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  const char *bank[] = { "bridges-05", "language-06", "bonds-01" };
  PwIndicatorRef *last = NULL;
  GtkWidget *editor;
  double build_s, key_s, small_key_s;

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *title = g_strdup_printf ("Outcome number %u", i + 1);
      PwCard *card = pw_plan_add_card (plan, PW_CARD_KIND_OUTCOME, title, -1, 0, i * 100.0);

      for (guint j = 0; j < G_N_ELEMENTS (bank); j++)
        {
          const PwIndicator *indicator = pw_framework_lookup_indicator (f->framework, bank[j]);
          last = pw_plan_attach_indicator (plan, card, indicator->id, indicator->text, indicator->domain, NULL);
        }
    }
  pw_plan_clear_undo (plan);

  /* the same keystrokes in the fixture's small plan, for comparison */
  editor = editor_of (f, f->ref2, PW_EVAL_FIELD_SAMPLE);
  gtk_widget_grab_focus (editor);
  g_test_timer_start ();
  for (guint i = 0; i < 20; i++)
    {
      type_text (editor, "9");
      gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
    }
  small_key_s = g_test_timer_elapsed () / 20;
  g_test_message ("small plan: %.1f ms a keystroke", small_key_s * 1000);

  {
    g_autoptr(PwPlan) club = load_example (f, "friendship-club.pathways");

    g_test_timer_start ();
    pw_evaluation_view_set_plan (f->view, club, f->framework);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
    g_test_message ("friendship club (5 outcomes, 6 indicators): shown in %.2f s", g_test_timer_elapsed ());
  }

  g_test_timer_start ();
  pw_evaluation_view_set_plan (f->view, plan, f->framework);
  g_test_message ("constructed in %.2f s", g_test_timer_elapsed ());
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  build_s = g_test_timer_elapsed ();
  g_assert_cmpuint (pw_evaluation_view_get_n_outcomes (f->view), ==, 40);

  /* opened folded but the first; a folded outcome has no fields yet */
  g_assert_null (pw_evaluation_view_get_editor (f->view, last, PW_EVAL_FIELD_SAMPLE));
  pw_evaluation_view_show_card (f->view, pw_indicator_ref_get_card (last));
  pw_test_spin (100);

  /* a keystroke in the last field: one command, one reconciliation, one frame */
  editor = editor_of (f, last, PW_EVAL_FIELD_SAMPLE);
  gtk_widget_grab_focus (editor);
  g_test_timer_start ();
  for (guint i = 0; i < 20; i++)
    {
      type_text (editor, "9");
      gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
    }
  key_s = g_test_timer_elapsed () / 20;
  g_assert_cmpuint (strlen (pw_indicator_ref_get_eval (last, PW_EVAL_FIELD_SAMPLE)), ==, 20);
  g_test_message ("40 outcomes × 3 indicators: shown (folded) in %.2f s; "
                  "%.1f ms a keystroke (command, reconciliation, frame)", build_s, key_s * 1000);
  g_test_minimized_result (build_s, "build %.2f s", build_s);
  {
    g_autofree char *shot = dup_output_path ("evaluation-view-large.png");
    g_autoptr(GError) error = NULL;
    GtkWidget *scroller = gtk_widget_get_ancestor (editor, GTK_TYPE_SCROLLED_WINDOW);

    GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

    /* the folded outcomes just above the unfolded last one */
    gtk_adjustment_set_value (vadj, gtk_adjustment_get_value (vadj) - 420);
    pw_test_spin (200);
    g_assert_true (pw_test_save_screenshot (GTK_WIDGET (f->window), shot, &error));
    g_assert_no_error (error);
  }
  /* generous bounds: a slow CI machine passes, a rebuild per keystroke does not */
  g_assert_cmpfloat (key_s, <, 0.25);
}

int
main (int argc, char *argv[])
{
  /* The in-process accessibility backend: accessible names can be checked
   * without a session bus. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  pw_ui_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/evaluation/blocks-and-labels", test_blocks_and_labels);
  ADD ("/ui/evaluation/pick-indicators", test_pick_indicators_signal);
  ADD ("/ui/evaluation/typing-is-a-command", test_typing_is_a_command);
  ADD ("/ui/evaluation/integration-outcome", test_integration_outcome);
  ADD ("/ui/evaluation/suggestions", test_suggestions_distinct);
  ADD ("/ui/evaluation/empty-marks", test_empty_marks);
  ADD ("/ui/evaluation/prefill-one-step", test_prefill_one_step);
  ADD ("/ui/evaluation/edits-keep-blocks", test_edits_keep_blocks);
  ADD ("/ui/evaluation/fold-and-summary", test_fold_and_summary);
  ADD ("/ui/evaluation/keyboard-order", test_keyboard_order);
  ADD ("/ui/evaluation/screenshot", test_screenshot);
  ADD ("/ui/evaluation/large-plan", test_large_plan);
#undef ADD

  return g_test_run ();
}
