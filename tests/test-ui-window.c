/* test-ui-window.c — the main window: template, primary menu, title, undo/redo, zoom, sidebar, geometry
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>

#include "pw-application.h"
#include "pw-canvas.h"
#include "pw-window.h"
#include "pw-plan-details.h"
#include "pw-window-private.h"
#include "pw-test-utils.h"

static GtkWidget *
find_child_of_type (GtkWidget *root, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_child_of_type (c, type);
      if (found)
        return found;
    }
  return NULL;
}

static gboolean
menu_has_action (GMenuModel *model, const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *a = NULL;
      GMenuModel *sub;

      if (g_menu_model_get_item_attribute (model, i, "action", "s", &a) && g_strcmp0 (a, action) == 0)
        return TRUE;
      sub = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      if (sub == NULL)
        sub = g_menu_model_get_item_link (model, i, G_MENU_LINK_SUBMENU);
      if (sub != NULL)
        {
          gboolean found = menu_has_action (sub, action);
          g_object_unref (sub);
          if (found)
            return TRUE;
        }
    }
  return FALSE;
}

static PwApplication *app;

static void
test_window_shell (void)
{
  PwWindow *window;
  GtkMenuButton *menu_button;
  GMenuModel *menu;

  window = pw_window_new (app);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Pathways — Untitled plan");
  g_assert_true (GTK_IS_HEADER_BAR (gtk_window_get_titlebar (GTK_WINDOW (window))));

  menu_button = GTK_MENU_BUTTON (find_child_of_type (gtk_window_get_titlebar (GTK_WINDOW (window)),
                                                     GTK_TYPE_MENU_BUTTON));
  g_assert_nonnull (menu_button);
  menu = gtk_menu_button_get_menu_model (menu_button);
  g_assert_nonnull (menu);
  g_assert_true (menu_has_action (menu, "app.about"));
  g_assert_true (menu_has_action (menu, "app.quit"));
  g_assert_true (menu_has_action (menu, "win.show-help-overlay"));
  g_assert_true (g_action_map_lookup_action (G_ACTION_MAP (app), "about") != NULL);

  /* accelerators registered at startup */
  {
    g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
    g_assert_cmpstr (accels[0], ==, "<Control>q");
  }

  /* A look at it: PW_SCREENSHOT_DIR=/tmp keeps the PNG for a person to open. */
  if (g_getenv ("PW_SCREENSHOT_DIR") != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_build_filename (g_getenv ("PW_SCREENSHOT_DIR"), "window-empty.png", NULL);

      gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
      pw_test_save_screenshot (GTK_WIDGET (window), path, &error);
      g_assert_no_error (error);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_geometry_saved (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pathways.Planner");
  PwWindow *window;

  g_settings_set_int (settings, "window-width", 1000);
  g_settings_set_int (settings, "window-height", 700);
  window = pw_window_new (app);
  {
    int w, h;
    gtk_window_get_default_size (GTK_WINDOW (window), &w, &h);
    g_assert_cmpint (w, ==, 1000);
    g_assert_cmpint (h, ==, 700);
  }
  gtk_window_set_default_size (GTK_WINDOW (window), 1010, 660);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1010);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 660);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

static void
test_window_title_follows_plan (void)
{
  PwWindow *window = pw_window_new (app);
  PwPlan *plan = pw_window_get_plan (window);

  g_assert_nonnull (plan);
  g_assert_cmpstr (gtk_label_get_text (window->title_label), ==, "Untitled plan");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->subtitle_label)));

  pw_plan_set_text (plan, PW_PLAN_FIELD_TITLE, "ESOL conversation café");
  g_assert_cmpstr (gtk_label_get_text (window->title_label), ==, "• ESOL conversation café");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Pathways — *ESOL conversation café");

  pw_plan_mark_saved (plan);
  g_assert_cmpstr (gtk_label_get_text (window->title_label), ==, "ESOL conversation café");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Pathways — ESOL conversation café");

  /* Undoing past the saved state makes it unsaved again, and the title goes back. */
  g_assert_true (pw_plan_undo (plan));
  g_assert_cmpstr (gtk_label_get_text (window->title_label), ==, "• Untitled plan");
  g_assert_true (pw_plan_redo (plan));
  g_assert_cmpstr (gtk_label_get_text (window->title_label), ==, "ESOL conversation café");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_undo_buttons (void)
{
  PwWindow *window = pw_window_new (app);
  PwPlan *plan = pw_window_get_plan (window);
  PwCard *card;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (window->undo_button)));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (window->redo_button)));

  card = pw_plan_add_card (plan, PW_CARD_KIND_BARRIER, "Women lack confidence to speak English", -1, 0, 0);
  g_assert_nonnull (card);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (window->undo_button)));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (window->redo_button)));
  {
    g_autofree char *expected = g_strdup_printf ("Undo “%s”", pw_plan_get_undo_label (plan));
    g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (window->undo_button)), ==, expected);
  }

  /* The buttons run win.undo / win.redo, which run the plan's undo and redo. */
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (window->undo_button)), ==, "win.undo");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_cards (plan)), ==, 0);
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (window->undo_button)));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (window->redo_button)));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_cards (plan)), ==, 1);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (window->undo_button)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static const char *expected_zoom_label;

static gboolean
zoom_label_is (gpointer data)
{
  return g_strcmp0 (gtk_button_get_label (PW_WINDOW (data)->zoom_button), expected_zoom_label) == 0;
}

static void
test_window_zoom_controls (void)
{
  PwWindow *window = pw_window_new (app);
  PwCanvas *canvas = PW_CANVAS (pw_window_get_canvas (window));

  gtk_window_present (GTK_WINDOW (window));
  pw_canvas_set_zoom (canvas, 1.0);
  g_assert_cmpstr (gtk_button_get_label (window->zoom_button), ==, "100%");

  /* The header bar's buttons use the canvas actions inserted into the window. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "canvas.zoom-in", NULL));
  g_assert_cmpfloat (pw_canvas_get_zoom (canvas), >, 1.0);
  {
    /* The label follows once the canvas has been laid out at the new zoom. */
    g_autofree char *label = g_strdup_printf ("%.0f%%", pw_canvas_get_zoom (canvas) * 100);
    expected_zoom_label = label;
    g_assert_true (pw_test_wait_until (zoom_label_is, window, 2000));
  }
  /* The window is still laid out after the zoom: the canvas has a size. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (canvas)), >, 100);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (window->zoom_button)), ==, "canvas.zoom-reset");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "canvas.zoom-reset", NULL));
  g_assert_cmpfloat_with_epsilon (pw_canvas_get_zoom (canvas), 1.0, 1e-9);
  expected_zoom_label = "100%";
  g_assert_true (pw_test_wait_until (zoom_label_is, window, 2000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "canvas.zoom-out", NULL));
  g_assert_cmpfloat (pw_canvas_get_zoom (canvas), <, 1.0);

  {
    g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "canvas.zoom-in");
    g_assert_cmpstr (accels[0], ==, "<Control>plus");
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A zoom while the Card page shows an outcome: GTK 4.8 left the canvas
 * unallocated (blank) — "Trying to snapshot PwCanvas without a current
 * allocation", a fatal warning here. */
static void
test_window_zoom_with_card_page (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "esol-conversation-cafe.pathways", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PwWindow *window = pw_window_new (app);
  PwCanvas *canvas = PW_CANVAS (pw_window_get_canvas (window));
  PwCard *outcome = NULL;
  GListModel *cards;

  g_assert_true (pw_window_load_file (window, file, NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  gtk_window_present (GTK_WINDOW (window));
  cards = pw_plan_get_cards (pw_window_get_plan (window));
  for (guint i = 0; i < g_list_model_get_n_items (cards) && outcome == NULL; i++)
    {
      g_autoptr(PwCard) card = g_list_model_get_item (cards, i);
      if (pw_card_get_kind (card) == PW_CARD_KIND_OUTCOME)
        outcome = card;
    }
  g_assert_nonnull (outcome);
  pw_window_show_sidebar_page (window, "card");
  pw_canvas_select_card (canvas, outcome, TRUE);
  pw_test_spin (300);
  pw_canvas_set_zoom (canvas, 0.75);
  for (int i = 0; i < 5; i++)
    {
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      pw_test_spin (50);
    }
  pw_canvas_zoom_fit (canvas);
  pw_test_spin (300);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpfloat (pw_canvas_get_zoom (canvas), <, 1.0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_sidebar (void)
{
  PwWindow *window = pw_window_new (app);
  gboolean visible = TRUE;

  gtk_window_present (GTK_WINDOW (window));
  g_object_set (window, "sidebar-visible", TRUE, NULL);
  g_assert_true (gtk_widget_get_visible (window->sidebar_box));

  /* The four pages, in order, under the sidebar's switcher. */
  g_assert_nonnull (gtk_stack_get_child_by_name (window->sidebar_stack, "card"));
  g_assert_nonnull (gtk_stack_get_child_by_name (window->sidebar_stack, "indicators"));
  g_assert_nonnull (gtk_stack_get_child_by_name (window->sidebar_stack, "checks"));
  g_assert_nonnull (gtk_stack_get_child_by_name (window->sidebar_stack, "plan"));
  {
    int width;
    gtk_widget_get_size_request (window->sidebar_box, &width, NULL);
    g_assert_cmpint (width, >=, 320);
  }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL);
  g_object_get (window, "sidebar-visible", &visible, NULL);
  g_assert_false (visible);
  g_assert_false (gtk_widget_get_visible (window->sidebar_box));
  g_assert_false (gtk_toggle_button_get_active (window->sidebar_button));

  /* Ctrl+F shows the sidebar again, at the Indicators page. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find-indicators", NULL);
  g_assert_true (gtk_widget_get_visible (window->sidebar_box));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->sidebar_stack), ==, "indicators");

  {
    g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.toggle-sidebar");
    g_assert_cmpstr (accels[0], ==, "F9");
  }
  /* Two views, Canvas and Evaluation, under the header bar's switcher. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->view_switcher)));
  g_assert_true (gtk_stack_switcher_get_stack (window->view_switcher) == window->main_stack);
  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (gtk_stack_get_child_by_name (window->main_stack, "evaluation"),
                                             g_type_from_name ("PwEvaluationView")));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "evaluation");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "evaluation");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "checks");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "canvas");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->sidebar_stack), ==, "checks");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_banner (void)
{
  PwWindow *window = pw_window_new (app);
  g_autofree char *text = NULL;

  g_assert_null (pw_window_dup_banner_text (window));
  pw_window_show_banner (window, PW_BANNER_ERROR, "Could not open “x.pathways”", "Line 3: broken");
  text = pw_window_dup_banner_text (window);
  g_assert_cmpstr (text, ==, "Could not open “x.pathways”\nLine 3: broken");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window->banner), "error"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-banner", NULL);
  g_assert_null (pw_window_dup_banner_text (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
collect_shortcuts (GtkWidget *root, GPtrArray *out)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (root))
    {
      g_autofree char *action = NULL;
      g_autofree char *accel = NULL;

      g_object_get (root, "action-name", &action, "accelerator", &accel, NULL);
      g_ptr_array_add (out, g_strdup (action != NULL ? action : accel));
    }
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    collect_shortcuts (c, out);
}

static gboolean
has_string (GPtrArray *array, const char *s)
{
  for (guint i = 0; i < array->len; i++)
    if (g_strcmp0 (array->pdata[i], s) == 0)
      return TRUE;
  return FALSE;
}

static void
test_window_shortcuts_window (void)
{
  PwWindow *window = pw_window_new (app);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_autoptr(GPtrArray) shortcuts = g_ptr_array_new_with_free_func (g_free);
  static const char *actions[] = {
    "app.new-window", "win.open", "win.save", "win.save-as", "win.close", "app.quit", "win.undo", "win.redo",
    "win.find-indicators", "win.toggle-sidebar", "win.show-help-overlay",
    "canvas.zoom-in", "canvas.zoom-out", "canvas.zoom-reset", "canvas.zoom-fit",
  };

  g_assert_nonnull (overlay);
  collect_shortcuts (GTK_WIDGET (overlay), shortcuts);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), actions[i]);

      g_assert_true (has_string (shortcuts, actions[i]));
      /* Every action listed by name has a key, or the window would show an empty row. */
      g_assert_nonnull (accels[0]);
    }
  /* The canvas's own keys, listed by accelerator. */
  g_assert_true (has_string (shortcuts, "Delete"));
  g_assert_true (has_string (shortcuts, "F2 Return"));
  g_assert_true (has_string (shortcuts, "l"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_named_descendant (GtkWidget *root, GType type, const char *a11y_or_label)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (c, type))
        {
          const char *label = GTK_IS_CHECK_BUTTON (c) ? gtk_check_button_get_label (GTK_CHECK_BUTTON (c)) : NULL;
          if (a11y_or_label == NULL || g_strcmp0 (label, a11y_or_label) == 0)
            return c;
        }
      {
        GtkWidget *found = find_named_descendant (c, type, a11y_or_label);
        if (found)
          return found;
      }
    }
  return NULL;
}

static void
test_window_plan_details (void)
{
  PwWindow *window = pw_window_new (app);
  PwPlan *plan = pw_window_get_plan (window);
  GtkWidget *details = window->plan_details;
  GtkWidget *title = GTK_WIDGET (gtk_widget_get_template_child (details, g_type_from_name ("PwPlanDetails"), "title_entry"));
  GtkWidget *area = GTK_WIDGET (gtk_widget_get_template_child (details, g_type_from_name ("PwPlanDetails"), "area_entry"));
  GtkWidget *list = GTK_WIDGET (gtk_widget_get_template_child (details, g_type_from_name ("PwPlanDetails"), "stakeholders_list"));
  GtkWidget *receiving = find_named_descendant (details, GTK_TYPE_CHECK_BUTTON, "Receiving communities");
  GListModel *stakeholders = pw_plan_get_stakeholders (plan);
  PwStakeholder *s;
  GtkWidget *row, *name_entry, *dropdown;

  gtk_window_present (GTK_WINDOW (window));
  pw_window_show_sidebar_page (window, "plan");

  /* Metadata: typing is a command, the window title follows, undo comes back. */
  gtk_editable_set_text (GTK_EDITABLE (title), "Friendship club");
  g_assert_cmpstr (pw_plan_get_title (plan), ==, "Friendship club");
  g_assert_cmpstr (gtk_label_get_text (window->title_label), ==, "• Friendship club");
  gtk_editable_set_text (GTK_EDITABLE (area), "Bradford");
  g_assert_cmpstr (pw_plan_get_area (plan), ==, "Bradford");
  pw_plan_seal_undo (plan);
  g_assert_true (pw_plan_undo (plan));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (area)), ==, "");

  /* Target groups: one toggle, one step. */
  g_assert_nonnull (receiving);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (receiving), TRUE);
  g_assert_cmpuint (pw_plan_get_target_groups (plan) & PW_TARGET_GROUP_RECEIVING_COMMUNITIES, !=, 0);
  g_assert_true (pw_plan_undo (plan));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (receiving)));

  /* Stakeholders: add, name, kind, remove, undo. */
  s = pw_plan_details_add_stakeholder (PW_PLAN_DETAILS (details));
  g_assert_nonnull (s);
  g_assert_cmpuint (g_list_model_get_n_items (stakeholders), ==, 1);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  g_assert_nonnull (row);
  name_entry = find_named_descendant (row, GTK_TYPE_ENTRY, NULL);
  gtk_editable_set_text (GTK_EDITABLE (name_entry), "Local churches");
  g_assert_cmpstr (pw_stakeholder_get_name (s), ==, "Local churches");
  dropdown = find_named_descendant (row, GTK_TYPE_DROP_DOWN, NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), PW_STAKEHOLDER_KIND_RECEIVING_COMMUNITY);
  g_assert_cmpint (pw_stakeholder_get_kind (s), ==, PW_STAKEHOLDER_KIND_RECEIVING_COMMUNITY);
  g_assert_true (pw_plan_undo (plan));
  g_assert_cmpint (pw_stakeholder_get_kind (s), ==, PW_STAKEHOLDER_KIND_NEWCOMER);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)), ==, PW_STAKEHOLDER_KIND_NEWCOMER);
  g_signal_emit_by_name (find_named_descendant (row, GTK_TYPE_BUTTON, NULL), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (stakeholders), ==, 0);
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  g_assert_true (pw_plan_undo (plan));
  g_assert_cmpuint (g_list_model_get_n_items (stakeholders), ==, 1);

  window->close_confirmed = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  pw_ui_init ();
  app = pw_application_new ();
  {
    g_autoptr(GError) error = NULL;
    g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
    g_assert_no_error (error);
  }
  g_test_add_func ("/ui/window/shell", test_window_shell);
  g_test_add_func ("/ui/window/geometry-saved", test_window_geometry_saved);
  g_test_add_func ("/ui/window/title-follows-plan", test_window_title_follows_plan);
  g_test_add_func ("/ui/window/undo-buttons", test_window_undo_buttons);
  g_test_add_func ("/ui/window/zoom-controls", test_window_zoom_controls);
  g_test_add_func ("/ui/window/zoom-with-card-page", test_window_zoom_with_card_page);
  g_test_add_func ("/ui/window/sidebar", test_window_sidebar);
  g_test_add_func ("/ui/window/banner", test_window_banner);
  g_test_add_func ("/ui/window/plan-details", test_window_plan_details);
  g_test_add_func ("/ui/window/shortcuts-window", test_window_shortcuts_window);
  {
    int status = g_test_run ();
    g_object_unref (app);
    return status;
  }
}
