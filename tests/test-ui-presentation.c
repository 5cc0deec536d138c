/* test-ui-presentation.c — presentation mode: full screen, CSS class, hidden sidebar and header, lane keys, Escape restores; screenshot
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include <gtk/gtk.h>

#include "pw-application.h"
#include "pw-canvas.h"
#include "pw-presentation.h"
#include "pw-window.h"
#include "pw-window-private.h"
#include "pw-test-utils.h"

static PwApplication *app;
static char *tmpdir;

static GFile *
example_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "esol-conversation-cafe.pathways", NULL);
  return g_file_new_for_path (path);
}

static void
destroy_window (PwWindow *window)
{
  window->close_confirmed = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A window at the projector's 1280×720, showing the ESOL example. */
static PwWindow *
example_window (void)
{
  g_autoptr(GFile) file = example_file ();
  PwWindow *window = pw_window_new (app);

  gtk_window_unmaximize (GTK_WINDOW (window));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  g_assert_true (pw_window_load_file (window, file, NULL));
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  pw_test_spin (200);
  return window;
}

static PwCanvas *
canvas_of (PwWindow *window)
{
  return PW_CANVAS (pw_window_get_canvas (window));
}

/* Runs the shortcut that @keyval triggers among @widget's own shortcut
 * controllers, as a key press that reached it would. FALSE if none. */
static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget, NULL);
        }
    }
  return FALSE;
}

static GtkWidget *
find_by_class (GtkWidget  *root,
               const char *css_class)
{
  if (gtk_widget_has_css_class (root, css_class))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_class (child, css_class);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
zoom_differs (gpointer data)
{
  PwWindow *window = data;

  return fabs (pw_canvas_get_zoom (canvas_of (window)) - 1.5) > 0.01;
}

static gboolean
is_fullscreen (gpointer data)
{
  return gtk_window_is_fullscreen (GTK_WINDOW (data));
}

static gboolean
is_not_fullscreen (gpointer data)
{
  return !gtk_window_is_fullscreen (GTK_WINDOW (data));
}

static void
test_toggle (void)
{
  PwWindow *window = example_window ();
  PwPresentation *presentation = window->presentation;
  PwCanvas *canvas = canvas_of (window);
  gboolean fullscreen;

  g_object_set (window, "sidebar-visible", TRUE, NULL);
  pw_canvas_set_zoom (canvas, 1.5);
  pw_test_spin (100);
  g_assert_false (pw_presentation_get_active (presentation));
  g_assert_false (gtk_widget_get_visible (pw_presentation_get_bar (presentation)));

  /* F5: full screen, class, no sidebar or header bar, the slim bar, the plan fitted. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL);
  g_assert_true (pw_presentation_get_active (presentation));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "pw-presenting"));
  g_assert_false (gtk_widget_get_visible (window->sidebar_box));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->header_bar)));
  g_assert_true (gtk_widget_get_visible (pw_presentation_get_bar (presentation)));
  g_assert_true (pw_test_wait_until (zoom_differs, window, 3000));
  /* Without a window manager (plain Xvfb) X11 cannot go full screen; with one it must. */
  fullscreen = pw_test_wait_until (is_fullscreen, window, 1500);
  g_test_message ("full screen reached: %s", fullscreen ? "yes" : "no (no window manager)");
  {
    GtkWindow *probe = GTK_WINDOW (gtk_window_new ());
    gboolean wm = FALSE;

    /* Mapped first, like the window: does anything honour the request? */
    gtk_window_present (probe);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (probe));
    gtk_window_fullscreen (probe);
    wm = pw_test_wait_until (is_fullscreen, probe, 1500);
    gtk_window_destroy (probe);
    g_assert_true (fullscreen == wm);
  }
  /* F9 cannot bring the sidebar back while presenting. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL);
  g_assert_false (gtk_widget_get_visible (window->sidebar_box));
  g_assert_true (window->sidebar_visible);

  /* F5 again: all back as it was. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL);
  g_assert_false (pw_presentation_get_active (presentation));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "pw-presenting"));
  g_assert_true (gtk_widget_get_visible (window->sidebar_box));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->header_bar)));
  g_assert_false (gtk_widget_get_visible (pw_presentation_get_bar (presentation)));
  g_assert_cmpfloat_with_epsilon (pw_canvas_get_zoom (canvas), 1.5, 1e-6);
  g_assert_true (pw_test_wait_until (is_not_fullscreen, window, 1500));
  destroy_window (window);
}

static PwCard *
lane_card (PwWindow *window, PwCardKind kind, guint index)
{
  g_autoptr(GPtrArray) lane = pw_plan_get_lane_cards (pw_window_get_plan (window), kind);

  g_assert_cmpuint (lane->len, >, index);
  return g_ptr_array_index (lane, index);
}

static PwCardKind
selected_kind (PwWindow *window)
{
  PwCard *card = pw_canvas_get_selected_card (canvas_of (window));

  g_assert_nonnull (card);
  return pw_card_get_kind (card);
}

static void
test_lane_keys (void)
{
  PwWindow *window = example_window ();
  GtkWidget *canvas = GTK_WIDGET (canvas_of (window));
  GtkLabel *position;
  g_autofree char *expected = NULL;

  /* Not presenting: the page keys are the scrolled window's, not ours. */
  g_assert_false (press_key (canvas, GDK_KEY_Page_Down));
  g_assert_false (press_key (GTK_WIDGET (window), GDK_KEY_Escape));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL);
  position = GTK_LABEL (find_by_class (pw_presentation_get_bar (window->presentation), "pw-presentation-position"));
  g_assert_nonnull (position);
  pw_canvas_select_card (canvas_of (window), lane_card (window, PW_CARD_KIND_BARRIER, 0), TRUE);

  /* Page Down: lane by lane towards the goal; Page Up back. */
  g_assert_true (press_key (canvas, GDK_KEY_Page_Down));
  g_assert_cmpint (selected_kind (window), ==, PW_CARD_KIND_ACTIVITY);
  g_assert_true (press_key (canvas, GDK_KEY_Page_Down));
  g_assert_cmpint (selected_kind (window), ==, PW_CARD_KIND_OUTPUT);
  g_assert_true (press_key (canvas, GDK_KEY_KP_Page_Up));
  g_assert_cmpint (selected_kind (window), ==, PW_CARD_KIND_ACTIVITY);

  /* End: the goal; Home: the first barrier. */
  g_assert_true (press_key (canvas, GDK_KEY_End));
  g_assert_cmpint (selected_kind (window), ==, PW_CARD_KIND_GOAL);
  g_assert_false (pw_presentation_jump_lanes (window->presentation, 1));
  g_assert_cmpint (selected_kind (window), ==, PW_CARD_KIND_GOAL);
  g_assert_true (press_key (canvas, GDK_KEY_Home));
  g_assert_true (pw_canvas_get_selected_card (canvas_of (window)) == lane_card (window, PW_CARD_KIND_BARRIER, 0));

  /* The second card of a lane leads to the second of the next. */
  pw_canvas_select_card (canvas_of (window), lane_card (window, PW_CARD_KIND_ACTIVITY, 1), TRUE);
  g_assert_true (press_key (canvas, GDK_KEY_Page_Down));
  {
    g_autoptr(GPtrArray) outputs = pw_plan_get_lane_cards (pw_window_get_plan (window), PW_CARD_KIND_OUTPUT);
    guint want = MIN (1, outputs->len - 1);
    g_assert_true (pw_canvas_get_selected_card (canvas_of (window)) == g_ptr_array_index (outputs, want));
    /* The bar says where we are. */
    expected = g_strdup_printf ("Outputs · %u of %u", want + 1, outputs->len);
  }
  g_assert_cmpstr (gtk_label_get_text (position), ==, expected);

  /* Escape on the window leaves; the lane keys go with it. */
  g_assert_true (press_key (GTK_WIDGET (window), GDK_KEY_Escape));
  g_assert_false (pw_presentation_get_active (window->presentation));
  g_assert_false (press_key (canvas, GDK_KEY_Page_Down));
  g_assert_false (press_key (GTK_WIDGET (window), GDK_KEY_Escape));
  destroy_window (window);
}

static void
test_escape_restores (void)
{
  PwWindow *window = example_window ();
  PwCanvas *canvas = canvas_of (window);

  /* Hidden sidebar, Evaluation view, zoom 0.8: all come back after Escape. */
  g_object_set (window, "sidebar-visible", FALSE, NULL);
  pw_canvas_set_zoom (canvas, 0.8);
  gtk_stack_set_visible_child_name (window->main_stack, "evaluation");
  pw_test_spin (100);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "canvas");
  pw_test_spin (300);
  gtk_widget_activate_action (GTK_WIDGET (window), "presentation.leave", NULL);
  g_assert_false (pw_presentation_get_active (window->presentation));
  g_assert_false (gtk_widget_get_visible (window->sidebar_box));
  g_assert_false (window->sidebar_visible);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "evaluation");
  g_assert_cmpfloat_with_epsilon (pw_canvas_get_zoom (canvas), 0.8, 1e-6);

  /* Leaving twice, or entering twice, changes nothing more. */
  pw_presentation_leave (window->presentation);
  g_assert_false (pw_presentation_get_active (window->presentation));
  pw_presentation_enter (window->presentation);
  pw_presentation_enter (window->presentation);
  g_assert_true (pw_presentation_get_active (window->presentation));
  pw_presentation_toggle (window->presentation);
  g_assert_false (pw_presentation_get_active (window->presentation));
  g_assert_cmpfloat_with_epsilon (pw_canvas_get_zoom (canvas), 0.8, 1e-6);
  g_object_set (window, "sidebar-visible", TRUE, NULL);
  destroy_window (window);
}

/* Closing the window while presenting: nothing left behind, nothing crashes. */
static void
test_close_while_presenting (void)
{
  PwWindow *window = example_window ();
  GtkWidget *weak = GTK_WIDGET (window);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &weak);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL);
  pw_test_spin (100);
  gtk_window_close (GTK_WINDOW (window));
  pw_test_spin (100);
  g_assert_null (weak);
}

static void
test_screenshot (void)
{
  PwWindow *window = example_window ();
  g_autofree char *path = g_build_filename (g_getenv ("PW_SCREENSHOT_DIR") ? g_getenv ("PW_SCREENSHOT_DIR") : tmpdir,
                                            "presentation-1280x720.png", NULL);
  g_autoptr(GError) error = NULL;
  PwCard *outcome = lane_card (window, PW_CARD_KIND_OUTCOME, 0);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL);
  pw_canvas_select_card (canvas_of (window), outcome, FALSE);
  pw_test_spin (600);
  g_assert_true (pw_test_save_screenshot (GTK_WIDGET (window), path, &error));
  g_assert_no_error (error);
  g_test_message ("screenshot: %s (zoom %.2f)", path, pw_canvas_get_zoom (canvas_of (window)));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  destroy_window (window);
}

int
main (int argc, char *argv[])
{
  int status;

  tmpdir = g_dir_make_tmp ("pathways-presentation-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", tmpdir, TRUE);
  g_setenv ("XDG_STATE_HOME", tmpdir, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  pw_ui_init ();
  app = pw_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_application_hold (G_APPLICATION (app));

  g_test_add_func ("/ui/presentation/toggle", test_toggle);
  g_test_add_func ("/ui/presentation/lane-keys", test_lane_keys);
  g_test_add_func ("/ui/presentation/escape-restores", test_escape_restores);
  g_test_add_func ("/ui/presentation/close-while-presenting", test_close_while_presenting);
  g_test_add_func ("/ui/presentation/screenshot", test_screenshot);
  status = g_test_run ();
  g_application_release (G_APPLICATION (app));
  g_object_unref (app);
  return status;
}
