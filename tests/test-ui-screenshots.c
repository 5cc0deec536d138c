/* test-ui-screenshots.c — the AppStream screenshots: canvas, Indicators search, Evaluation view at 1280×720
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test shows a worked example the way an officer would and saves the
 * window to $PW_SCREENSHOT_DIR (default: the temporary folder). To refresh the
 * shipped screenshots:  PW_SCREENSHOT_DIR=$PWD/data/screenshots \
 *   meson test -C build ui-screenshots   (under xvfb-run, as ./test does)
 */
#include <gtk/gtk.h>

#include "pw-application.h"
#include "pw-canvas.h"
#include "pw-indicator-page.h"
#include "pw-window.h"
#include "pw-window-private.h"
#include "pw-test-utils.h"

#define SHOT_WIDTH 1280
#define SHOT_HEIGHT 720

static PwApplication *app;

static PwWindow *
window_with_example (const char *example)
{
  g_autofree char *path = g_build_filename (g_getenv ("PW_SOURCE_ROOT"), "data", "examples", example, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PwWindow *window = pw_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), SHOT_WIDTH, SHOT_HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (pw_window_load_file (window, file, &error));
  g_assert_no_error (error);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

static PwCard *
first_card_of_kind (PwWindow   *window,
                    PwCardKind  kind)
{
  GListModel *cards = pw_plan_get_cards (pw_window_get_plan (window));

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(PwCard) card = g_list_model_get_item (cards, i);

      if (pw_card_get_kind (card) == kind)
        return card; /* the plan keeps its reference */
    }
  return NULL;
}

static gboolean
transitions_done (gpointer data)
{
  PwWindow *window = data;

  return !gtk_stack_get_transition_running (window->main_stack) &&
         !gtk_stack_get_transition_running (window->sidebar_stack);
}

static void
save_shot (PwWindow   *window,
           const char *name)
{
  const char *dir = g_getenv ("PW_SCREENSHOT_DIR");
  g_autofree char *path = g_build_filename (dir ? dir : g_get_tmp_dir (), name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  /* A page switch cross-fades: wait for the end, then for idle relayouts (zoom label, lists). */
  g_assert_true (pw_test_wait_until (transitions_done, window, 3000));
  pw_test_spin (300);
  g_assert_true (pw_test_save_screenshot (GTK_WIDGET (window), path, &error));
  g_assert_no_error (error);
  texture = gdk_texture_new_from_filename (path, &error);
  g_assert_no_error (error);
  /* The window's frame takes a few pixels of the default size. */
  g_assert_cmpint (gdk_texture_get_width (texture), >=, SHOT_WIDTH - 16);
  g_assert_cmpint (gdk_texture_get_width (texture), <=, SHOT_WIDTH);
  g_assert_cmpint (gdk_texture_get_height (texture), >=, SHOT_HEIGHT - 16);
  g_assert_cmpint (gdk_texture_get_height (texture), <=, SHOT_HEIGHT);
  g_test_message ("screenshot: %s", path);
}

/* The whole canvas of the ESOL conversation café, an outcome selected, and the
 * checks with the coverage of the framework's categories in the sidebar. */
static void
test_shot_canvas (void)
{
  PwWindow *window = window_with_example ("esol-conversation-cafe.pathways");
  PwCard *outcome = first_card_of_kind (window, PW_CARD_KIND_OUTCOME);

  g_assert_nonnull (outcome);
  pw_canvas_select_card (PW_CANVAS (pw_window_get_canvas (window)), outcome, FALSE);
  pw_window_show_sidebar_page (window, "checks");
  pw_test_spin (100);
  pw_canvas_zoom_fit (PW_CANVAS (pw_window_get_canvas (window)));
  save_shot (window, "canvas.png");
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_results (gpointer page)
{
  return g_list_model_get_n_items (pw_indicator_page_get_results (page)) > 0;
}

static GtkWidget *
find_search_entry (GtkWidget *root)
{
  if (GTK_IS_SEARCH_ENTRY (root))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_search_entry (c);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The Indicators page during a keyword search, for a selected outcome. */
static void
test_shot_indicators (void)
{
  PwWindow *window = window_with_example ("esol-conversation-cafe.pathways");
  PwCard *outcome = first_card_of_kind (window, PW_CARD_KIND_OUTCOME);
  GtkWidget *entry;

  /* The outcome in view, beside the page that attaches to it. */
  pw_canvas_select_card (PW_CANVAS (pw_window_get_canvas (window)), outcome, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find-indicators", NULL);
  entry = find_search_entry (window->indicator_page);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "volunteering");
  g_assert_true (pw_test_wait_until (has_results, window->indicator_page, 3000));
  save_shot (window, "indicators.png");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* What an officer might write for the first indicator (the worked example
 * leaves the Annex 1 fields empty). */
static void
write_first_indicator_plan (PwWindow *window)
{
  static const struct { PwEvalField field; const char *text; } fields[] = {
    { PW_EVAL_FIELD_DATA_SOURCE, "Short survey of club members when they join, then every six months" },
    { PW_EVAL_FIELD_QUESTIONS_HAVE, "Sign-up forms: 24 members, languages spoken, time in the area" },
    { PW_EVAL_FIELD_QUESTIONS_NEED, "How many local people members know by name and would ask for help" },
    { PW_EVAL_FIELD_METHODS, "Five questions at the club, read aloud where needed; two group conversations a year" },
    { PW_EVAL_FIELD_SAMPLE, "All members (about 24)" },
    { PW_EVAL_FIELD_RESPONSIBILITY, "Club coordinator, with a volunteer interpreter" },
  };
  PwPlan *plan = pw_window_get_plan (window);
  PwCard *outcome = first_card_of_kind (window, PW_CARD_KIND_OUTCOME);
  g_autoptr(PwIndicatorRef) ref = g_list_model_get_item (pw_card_get_indicators (outcome), 0);

  g_assert_nonnull (ref);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    pw_plan_set_eval_field (plan, ref, fields[i].field, fields[i].text);
}

/* The Evaluation view: the Part B Annex 1 plan of the friendship club example. */
static void
test_shot_evaluation (void)
{
  PwWindow *window = window_with_example ("friendship-club.pathways");

  write_first_indicator_plan (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "evaluation");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "evaluation");
  save_shot (window, "evaluation.png");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  pw_ui_init ();
  app = pw_application_new ();
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
    g_assert_no_error (error);
  }
  g_test_add_func ("/ui/screenshots/canvas", test_shot_canvas);
  g_test_add_func ("/ui/screenshots/indicators", test_shot_indicators);
  g_test_add_func ("/ui/screenshots/evaluation", test_shot_evaluation);
  status = g_test_run ();
  g_object_unref (app);
  return status;
}
