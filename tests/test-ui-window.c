/* test-ui-window.c — the main window: template, primary menu, actions, saved geometry
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>

#include "pw-application.h"
#include "pw-window.h"
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
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
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
  {
    int status = g_test_run ();
    g_object_unref (app);
    return status;
  }
}
