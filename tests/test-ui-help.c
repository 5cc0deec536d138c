/* test-ui-help.c — app.help (F1) opens help:pathways in the help viewer, or explains where the guide is
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <unistd.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "pw-application.h"
#include "pw-help.h"
#include "pw-window.h"
#include "pw-test-utils.h"

/* A private data tree: help/C/pathways/index.page under "sys", and under
 * "home" a fake help viewer registered for help: URIs that writes down what
 * it was asked to open. Set up before GTK caches the XDG folders. */
static char *tmp_root;
static PwApplication *app;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_root, name, NULL);
}

static void
write_file (const char *path,
            const char *contents,
            int         mode)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  g_assert_cmpint (g_chmod (path, mode), ==, 0);
}

static void
set_up_data_dirs (gboolean with_viewer)
{
  g_autofree char *sys = tmp_path ("sys");
  g_autofree char *home = tmp_path ("home");
  g_autofree char *config = tmp_path ("config");
  g_autofree char *guide = g_build_filename (sys, "help", "C", "pathways", "index.page", NULL);

  write_file (guide, "<page xmlns=\"http://projectmallard.org/1.0/\" id=\"index\"/>\n", 0600);
  /* The MIME database and icons from the system, but not its applications:
   * a real Yelp must not answer in these tests. */
  for (guint i = 0; i < 2; i++)
    {
      const char *name = (const char *[]) { "mime", "icons" }[i];
      g_autofree char *target = g_build_filename ("/usr/share", name, NULL);
      g_autofree char *link = g_build_filename (sys, name, NULL);

      g_assert_cmpint (symlink (target, link), ==, 0);
    }
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("XDG_DATA_DIRS", sys, TRUE);
  if (with_viewer)
    {
      g_autofree char *script = tmp_path ("fake-help");
      g_autofree char *desktop = g_build_filename (home, "applications", "pw-fake-help.desktop", NULL);
      g_autofree char *entry = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=Fake help\n"
                                                "Exec=%s %%u\nMimeType=x-scheme-handler/help;\n", script);
      g_autofree char *mimeapps = g_build_filename (config, "mimeapps.list", NULL);

      write_file (script, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$0.opened\"\n", 0700);
      write_file (desktop, entry, 0600);
      write_file (mimeapps, "[Default Applications]\nx-scheme-handler/help=pw-fake-help.desktop\n", 0600);
    }
}

static gboolean
menu_has_action (GMenuModel *model,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *a = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (model, i, "action", "s", &a) && g_strcmp0 (a, action) == 0)
        return TRUE;
      if (section != NULL && menu_has_action (section, action))
        return TRUE;
    }
  return FALSE;
}

static GtkWidget *
find_menu_button (GtkWidget *root)
{
  if (GTK_IS_MENU_BUTTON (root))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_menu_button (c);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
assert_accel (const char *action,
              const char *accel)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), action);

  guint key = 0, expected_key = 0;
  GdkModifierType mods = 0, expected_mods = 0;

  g_assert_nonnull (accels);
  g_assert_nonnull (accels[0]);
  /* GTK writes the modifiers in its own order: compare what the keys mean. */
  g_assert_true (gtk_accelerator_parse (accels[0], &key, &mods));
  g_assert_true (gtk_accelerator_parse (accel, &expected_key, &expected_mods));
  g_assert_cmpuint (key, ==, expected_key);
  g_assert_cmpuint (mods, ==, expected_mods);
}

static gboolean
window_has_action (PwWindow   *window,
                   const char *name)
{
  GtkWidgetClass *klass = GTK_WIDGET_GET_CLASS (window);
  const char *action_name;
  GType owner;
  const GVariantType *parameter_type;
  const char *property_name;

  if (g_str_has_prefix (name, "win.") && g_action_map_lookup_action (G_ACTION_MAP (window), name + 4))
    return TRUE;
  for (guint i = 0; gtk_widget_class_query_action (klass, i, &owner, &action_name, &parameter_type, &property_name); i++)
    if (g_strcmp0 (action_name, name) == 0)
      return TRUE;
  return FALSE;
}

static void
test_help_action_and_keys (void)
{
  PwWindow *window = pw_window_new (app);
  GtkWidget *titlebar;
  GtkWidget *menu_button;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_nonnull (g_action_map_lookup_action (G_ACTION_MAP (app), "help"));
  assert_accel ("app.help", "F1");
  assert_accel ("win.print-preview", "<Control><Shift>p");
  assert_accel ("win.print-blank-template", "<Control><Shift>b");
  assert_accel ("win.export", "<Control>e");
  /* The accelerators name actions the window really has. */
  g_assert_true (window_has_action (window, "win.print-preview"));
  g_assert_true (window_has_action (window, "win.print-blank-template"));
  g_assert_true (window_has_action (window, "win.export"));
  titlebar = gtk_window_get_titlebar (GTK_WINDOW (window));
  menu_button = find_menu_button (titlebar);
  g_assert_nonnull (menu_button);
  g_assert_true (menu_has_action (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button)), "app.help"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
collect_shortcut_actions (GtkWidget *root,
                          GString   *names)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (root))
    {
      g_autofree char *name = NULL;

      g_object_get (root, "action-name", &name, NULL);
      g_string_append_printf (names, "|%s|", name ? name : "");
    }
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    collect_shortcut_actions (c, names);
}

static char *
screenshot_path (const char *name)
{
  const char *dir = g_getenv ("PW_SCREENSHOT_DIR");

  return g_build_filename (dir ? dir : g_get_tmp_dir (), name, NULL);
}

/* The shortcuts window lists Help and the printing keys, each with its key
 * (presenting it is not tested: GTK 4.8 warns about its own labels). */
static void
test_help_in_shortcuts_window (void)
{
  static const char *actions[] = { "app.help", "win.print", "win.print-preview",
                                   "win.print-blank-template", "win.export" };
  PwWindow *window = pw_window_new (app);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_autoptr(GString) names = g_string_new (NULL);

  g_assert_nonnull (overlay);
  collect_shortcut_actions (GTK_WIDGET (overlay), names);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_autofree char *needle = g_strdup_printf ("|%s|", actions[i]);
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), actions[i]);

      g_test_message ("%s", actions[i]);
      g_assert_nonnull (strstr (names->str, needle));
      g_assert_nonnull (accels[0]);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_help_find_guide (void)
{
  g_autofree char *guide = pw_help_find_guide ();
  g_autofree char *expected = g_build_filename (tmp_root, "sys", "help", "C", "pathways", NULL);

  g_assert_cmpstr (guide, ==, expected);
}

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static GtkWidget *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (w))
        return GTK_WIDGET (w);
    }
  return NULL;
}

static gboolean
have_message_dialog (gpointer data)
{
  return find_message_dialog () != NULL;
}

/* F1 through the app action: the help viewer is asked for help:pathways. */
static void
test_help_opens_viewer (void)
{
  PwWindow *window = pw_window_new (app);
  g_autofree char *opened = tmp_path ("fake-help.opened");
  g_autofree char *contents = NULL;

  gtk_window_present (GTK_WINDOW (window));
  g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  g_assert_true (pw_test_wait_until (file_exists, opened, 10000));
  pw_test_spin (200); /* the script may still be writing */
  g_assert_true (g_file_get_contents (opened, &contents, NULL, NULL));
  g_assert_cmpstr (g_strchomp (contents), ==, PW_HELP_URI);
  /* No message: the viewer showed the guide. */
  g_assert_null (find_message_dialog ());
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
collect_text (GtkWidget *root,
              GString   *text)
{
  if (GTK_IS_LABEL (root))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (root)));
  else if (GTK_IS_BUTTON (root) && gtk_button_get_label (GTK_BUTTON (root)) != NULL)
    g_string_append_printf (text, "[%s]\n", gtk_button_get_label (GTK_BUTTON (root)));
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    collect_text (c, text);
}

static void
check_fallback_message (void)
{
  PwWindow *window = pw_window_new (app);
  g_autofree char *folder = g_build_filename (tmp_root, "sys", "help", "C", "pathways", NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  GtkWidget *dialog;

  gtk_window_present (GTK_WINDOW (window));
  g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  g_assert_true (pw_test_wait_until (have_message_dialog, NULL, 10000));
  dialog = find_message_dialog ();
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  collect_text (dialog, text);
  g_test_message ("%s", text->str);
  g_assert_nonnull (strstr (text->str, "The user guide could not be opened"));
  g_assert_nonnull (strstr (text->str, "“yelp” package"));
  g_assert_nonnull (strstr (text->str, folder));
  g_assert_nonnull (strstr (text->str, "[_Open the Guide’s Folder]"));
  g_assert_nonnull (strstr (text->str, "[_Close]"));
  {
    g_autofree char *path = screenshot_path ("help-fallback.png");
    g_autoptr(GError) error = NULL;

    gtk_test_widget_wait_for_draw (dialog);
    g_assert_true (pw_test_save_screenshot (dialog, path, &error));
    g_assert_no_error (error);
  }
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CLOSE);
  g_assert_null (find_message_dialog ());
  gtk_window_destroy (GTK_WINDOW (window));
}

/* No help viewer (a council laptop without Yelp): a message says where the guide is. */
static void
test_help_without_viewer (void)
{
  if (g_test_subprocess ())
    {
      check_fallback_message ();
      return;
    }
  g_setenv ("PW_TEST_NO_HELP_VIEWER", "1", TRUE);
  g_test_trap_subprocess (NULL, 30 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv ("PW_TEST_NO_HELP_VIEWER");
  g_test_trap_assert_passed ();
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int argc, char *argv[])
{
  gboolean subprocess = g_getenv ("PW_TEST_NO_HELP_VIEWER") != NULL;
  int status;

  /* A subprocess gets its own tree, without the fake viewer. */
  tmp_root = g_dir_make_tmp ("pw-help-XXXXXX", NULL);
  set_up_data_dirs (!subprocess);
  gtk_test_init (&argc, &argv, NULL);
  pw_ui_init ();
  app = pw_application_new ();
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
    g_assert_no_error (error);
  }
  g_test_add_func ("/ui/help/action-and-keys", test_help_action_and_keys);
  g_test_add_func ("/ui/help/shortcuts-window", test_help_in_shortcuts_window);
  g_test_add_func ("/ui/help/find-guide", test_help_find_guide);
  g_test_add_func ("/ui/help/opens-viewer", test_help_opens_viewer);
  g_test_add_func ("/ui/help/without-viewer", test_help_without_viewer);
  status = g_test_run ();
  g_object_unref (app);
  remove_tree (tmp_root);
  g_free (tmp_root);
  return status;
}
