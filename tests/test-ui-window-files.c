/* test-ui-window-files.c — a window's files: open, broken files, warnings, save, save as, recent, drop, unsaved prompt
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "pw-application.h"
#include "pw-dialogs.h"
#include "pw-plan-xml.h"
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

static GFile *
temp_file (const char *name)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  return g_file_new_for_path (path);
}

static GFile *
write_temp (const char *name, const char *contents)
{
  GFile *file = temp_file (name);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_replace_contents (file, contents, strlen (contents), NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);
  return file;
}

/* Closes a window that may hold unsaved changes, without the question. */
static void
destroy_window (PwWindow *window)
{
  window->close_confirmed = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
destroy_all_windows (void)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  for (GList *l = windows; l; l = l->next)
    if (PW_IS_WINDOW (l->data))
      destroy_window (l->data);
  g_list_free (windows);
}

static GtkWindow *
find_toplevel (GType type, GtkWindow *except)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && w != except && gtk_widget_get_visible (GTK_WIDGET (w)))
        return w;
    }
  return NULL;
}

static void
test_open_example (void)
{
  g_autoptr(GFile) file = example_file ();
  g_autoptr(GError) error = NULL;
  PwWindow *window = pw_window_new (app);
  PwPlan *plan;

  g_assert_true (pw_window_load_file (window, file, &error));
  g_assert_no_error (error);
  plan = pw_window_get_plan (window);
  g_assert_cmpstr (pw_plan_get_title (plan), !=, "");
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_cards (plan)), >, 5);
  g_assert_false (pw_plan_get_unsaved (plan));
  g_assert_false (pw_plan_can_undo (plan));
  g_assert_true (g_file_equal (pw_window_get_file (window), file));
  g_assert_null (pw_window_dup_banner_text (window));
  g_assert_cmpstr (gtk_label_get_text (window->title_label), ==, pw_plan_get_title (plan));
  g_assert_cmpstr (gtk_label_get_text (window->subtitle_label), ==, "esol-conversation-cafe.pathways");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->subtitle_label)));

  /* One window per file. */
  g_assert_true (pw_window_find_for_file (app, file) == window);
  g_assert_true (pw_window_open_in_best_window (window, file) == window);
  destroy_window (window);
}

static void
test_open_broken_keeps_plan (void)
{
  g_autoptr(GFile) good = example_file ();
  g_autoptr(GFile) broken = write_temp ("broken.pathways",
    "<?xml version=\"1.0\"?>\n<plan xmlns=\"urn:io.github.pathways:plan\" version=\"1\">\n  <cards>\n    <card id=\"c1\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) before = NULL;
  g_autofree char *banner = NULL;
  PwWindow *window = pw_window_new (app);

  g_assert_true (pw_window_load_file (window, good, NULL));
  before = g_object_ref (pw_window_get_plan (window));
  pw_plan_set_text (before, PW_PLAN_FIELD_AREA, "Edited before the failed open");

  g_assert_false (pw_window_load_file (window, broken, &error));
  g_assert_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_NOT_XML);

  /* The error is in the window, in the loader's words; the open plan is untouched. */
  banner = pw_window_dup_banner_text (window);
  g_assert_nonnull (banner);
  g_assert_true (g_str_has_prefix (banner, "Could not open “broken.pathways”\n"));
  g_assert_nonnull (strstr (banner, error->message));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window->banner), "error"));
  g_assert_true (pw_window_get_plan (window) == before);
  g_assert_cmpstr (pw_plan_get_area (before), ==, "Edited before the failed open");
  g_assert_true (pw_plan_get_unsaved (before));
  g_assert_true (g_file_equal (pw_window_get_file (window), good));

  /* File ▸ Open of a broken file from a pristine window opens no new window either. */
  {
    PwWindow *fresh = pw_window_new (app);
    guint n = g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));

    g_assert_null (pw_window_open_in_best_window (fresh, broken));
    g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, n);
    g_assert_true (pw_window_is_pristine (fresh));
    g_assert_nonnull (pw_window_dup_banner_text (fresh));
    destroy_window (fresh);
  }
  destroy_window (window);
}

static void
test_open_hostile_files (void)
{
  static const char *names[] = { "billion-laughs.xml", "xxe-passwd.xml", "truncated.xml", "empty.xml",
                                 "dangling-link.xml", "wrong-root.xml" };
  PwWindow *window = pw_window_new (app);
  PwPlan *plan = pw_window_get_plan (window);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "hostile", names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autofree char *banner = NULL;

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        continue;
      g_assert_false (pw_window_load_file (window, file, &error));
      g_assert_nonnull (error);
      banner = pw_window_dup_banner_text (window);
      g_assert_nonnull (strstr (banner, error->message));
      g_assert_true (pw_window_get_plan (window) == plan);
    }
  destroy_window (window);
}

static void
test_open_with_warnings (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "hostile", "unknown-indicator.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PwLoadWarnings) warnings = NULL;
  g_autoptr(PwPlan) reference = NULL;
  g_autofree char *banner = NULL;
  g_autofree char *joined = NULL;
  PwWindow *window;

  /* The fixture must load with a warning; if it ever stops doing so, this test fails. */
  reference = pw_plan_load (file, pw_framework_get_default (), &warnings, NULL);
  g_assert_nonnull (reference);
  g_assert_cmpuint (pw_load_warnings_get_n (warnings), >, 0);
  window = pw_window_new (app);
  g_assert_true (pw_window_load_file (window, file, NULL));
  banner = pw_window_dup_banner_text (window);
  joined = pw_load_warnings_join (warnings);
  g_assert_nonnull (banner);
  g_assert_true (g_str_has_prefix (banner, "“unknown-indicator.xml” opened with warnings\n"));
  g_assert_nonnull (strstr (banner, joined));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window->banner), "warning"));
  destroy_window (window);
}

static PwPlan *
build_plan (PwPlan *plan)
{
  PwCard *barrier = pw_plan_add_card (plan, PW_CARD_KIND_BARRIER, "Women have few chances to practise English", -1, 0, 0);
  PwCard *activity = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "Weekly conversation café", -1, 0, 0);
  PwLink *link = pw_plan_link (plan, barrier, activity, NULL);

  pw_plan_set_text (plan, PW_PLAN_FIELD_TITLE, "ESOL conversation café");
  pw_plan_set_link_text (plan, link, PW_LINK_FIELD_ASSUMPTION, "Childcare is available");
  pw_plan_add_stakeholder (plan, "Local volunteers", PW_STAKEHOLDER_KIND_RECEIVING_COMMUNITY, "Hosts");
  return plan;
}

static gboolean
recent_has (gpointer data)
{
  PwWindow *window = data;
  GMenuModel *menu = G_MENU_MODEL (window->recent_menu);

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (menu, i, "target", G_VARIANT_TYPE_STRING);
      if (target && g_str_has_suffix (g_variant_get_string (target, NULL), "/saved.pathways"))
        return TRUE;
    }
  return FALSE;
}

static void
test_save_round_trip (void)
{
  g_autoptr(GFile) file = temp_file ("saved.pathways");
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) loaded = NULL;
  PwWindow *window = pw_window_new (app);
  PwPlan *plan = build_plan (pw_window_get_plan (window));

  g_assert_true (pw_plan_get_unsaved (plan));
  g_assert_true (pw_window_save_to_file (window, file, &error));
  g_assert_no_error (error);
  g_assert_false (pw_plan_get_unsaved (plan));
  g_assert_cmpstr (gtk_label_get_text (window->title_label), ==, "ESOL conversation café");
  g_assert_cmpstr (gtk_label_get_text (window->subtitle_label), ==, "saved.pathways");
  g_assert_true (g_file_equal (pw_window_get_file (window), file));

  loaded = pw_plan_load (file, pw_framework_get_default (), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (pw_plan_equal (plan, loaded));

  /* Save (Ctrl+S) now writes to the same file. */
  pw_plan_set_text (plan, PW_PLAN_FIELD_AREA, "Leeds");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_false (pw_plan_get_unsaved (plan));
  g_clear_object (&loaded);
  loaded = pw_plan_load (file, pw_framework_get_default (), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pw_plan_get_area (loaded), ==, "Leeds");

  /* The file is in Open Recent. */
  g_assert_true (pw_test_wait_until (recent_has, window, 5000));
  destroy_window (window);
}

static void
test_save_failure_keeps_unsaved (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "no-such-folder", "plan.pathways", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *banner = NULL;
  PwWindow *window = pw_window_new (app);
  PwPlan *plan = build_plan (pw_window_get_plan (window));

  g_assert_false (pw_window_save_to_file (window, file, &error));
  g_assert_nonnull (error);
  g_assert_true (pw_plan_get_unsaved (plan));
  g_assert_null (pw_window_get_file (window));
  banner = pw_window_dup_banner_text (window);
  g_assert_true (g_str_has_prefix (banner, "Could not save “plan.pathways”\n"));
  g_assert_nonnull (strstr (banner, error->message));
  destroy_window (window);
}

static gboolean
dialog_shown (gpointer data)
{
  return find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL) != NULL;
}

static gboolean
window_has_file (gpointer data)
{
  return pw_window_get_file (data) != NULL;
}

static void
test_save_as_dialog (void)
{
  g_autoptr(GFile) expected = temp_file ("café plan.pathways");
  g_autoptr(GFile) folder = g_file_new_for_path (tmpdir);
  PwWindow *window = pw_window_new (app);
  PwPlan *plan = build_plan (pw_window_get_plan (window));
  GtkWindow *dialog;

  gtk_window_present (GTK_WINDOW (window));
  /* No file yet: Save asks where, through the file chooser. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_true (pw_test_wait_until (dialog_shown, NULL, 5000));
  pw_test_spin (500);  /* let the chooser finish loading its first folder */
  dialog = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL);
  {
    g_autofree char *name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (dialog));
    g_assert_cmpstr (name, ==, "ESOL conversation café.pathways");
  }
  /* The officer types a name without the suffix; it is added. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, &error));
    g_assert_no_error (error);
  }
  pw_test_spin (300);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), "café plan");
  g_assert_null (find_toplevel (GTK_TYPE_MESSAGE_DIALOG, NULL));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_assert_true (pw_test_wait_until (window_has_file, window, 5000));

  g_assert_nonnull (pw_window_get_file (window));
  {
    g_autofree char *got = g_file_get_path (pw_window_get_file (window));
    g_autofree char *want = g_file_get_path (expected);
    g_assert_cmpstr (got, ==, want);
  }
  g_assert_true (g_file_query_exists (expected, NULL));
  g_assert_false (pw_plan_get_unsaved (plan));
  destroy_window (window);
}

static void
test_suffix_and_names (void)
{
  g_autoptr(GFile) plain = temp_file ("plan");
  g_autoptr(GFile) fixed = pw_dialogs_ensure_suffix (plain);
  g_autoptr(GFile) kept = pw_dialogs_ensure_suffix (fixed);
  g_autofree char *a = g_file_get_basename (fixed);
  g_autofree char *b = g_file_get_basename (kept);
  g_autofree char *n1 = pw_dialogs_suggest_name ("ESOL / conversation: café");
  g_autofree char *n2 = pw_dialogs_suggest_name ("");
  g_autofree char *n3 = pw_dialogs_suggest_name ("...");

  g_assert_cmpstr (a, ==, "plan.pathways");
  g_assert_cmpstr (b, ==, "plan.pathways");
  g_assert_cmpstr (n1, ==, "ESOL conversation café");
  g_assert_cmpstr (n2, ==, "Untitled plan");
  g_assert_cmpstr (n3, ==, "Untitled plan");
}

static void
test_open_reuses_pristine_window (void)
{
  g_autoptr(GFile) file = example_file ();
  g_autoptr(GFile) other = temp_file ("other.pathways");
  PwWindow *pristine, *busy, *target;

  destroy_all_windows ();
  pristine = pw_window_new (app);
  busy = pw_window_new (app);
  g_assert_true (pw_window_is_pristine (pristine));

  /* A pristine window takes the file itself. */
  target = pw_window_open_in_best_window (pristine, file);
  g_assert_true (target == pristine);
  g_assert_false (pw_window_is_pristine (pristine));

  /* A window with work in it gets a new window next to it. */
  build_plan (pw_window_get_plan (busy));
  g_assert_true (pw_plan_save (pw_window_get_plan (busy), other, NULL, NULL));
  pw_plan_add_card (pw_window_get_plan (busy), PW_CARD_KIND_GOAL, "Women take part in local life", -1, 0, 0);
  g_assert_false (pw_window_is_pristine (busy));
  {
    g_autoptr(PwPlan) copy = pw_plan_load (other, NULL, NULL, NULL);
    target = pw_window_open_in_best_window (busy, other);
    g_assert_nonnull (target);
    g_assert_true (target != busy && target != pristine);
    g_assert_cmpstr (pw_plan_get_title (pw_window_get_plan (target)), ==, pw_plan_get_title (copy));
  }

  /* The file already open: that window comes forward, no new one. */
  g_assert_true (pw_window_open_in_best_window (busy, file) == pristine);
  destroy_all_windows ();
}

static void
test_drop_files (void)
{
  g_autoptr(GFile) file = example_file ();
  GdkFileList *list;
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GListModel) controllers = NULL;
  GtkDropTarget *drop = NULL;
  PwWindow *window;
  gboolean accepted = FALSE;
  GSList *files = g_slist_prepend (NULL, file);

  destroy_all_windows ();
  window = pw_window_new (app);
  controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && drop == NULL; i++)
    {
      g_autoptr(GObject) c = g_list_model_get_item (controllers, i);
      if (GTK_IS_DROP_TARGET (c))
        drop = GTK_DROP_TARGET (c);
    }
  g_assert_nonnull (drop);
  g_assert_true (gtk_drop_target_get_gtypes (drop, NULL) != NULL);

  list = gdk_file_list_new_from_list (files);
  g_slist_free (files);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, list);
  g_signal_emit_by_name (drop, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);
  g_assert_true (g_file_equal (pw_window_get_file (window), file));
  destroy_all_windows ();
}

static GtkMessageDialog *
unsaved_dialog (GtkWindow *parent)
{
  GtkWindow *w = find_toplevel (GTK_TYPE_MESSAGE_DIALOG, NULL);

  if (w != NULL)
    g_assert_true (gtk_window_get_transient_for (w) == parent);
  return (GtkMessageDialog *) w;
}

static void
test_unsaved_close_prompt (void)
{
  g_autoptr(GFile) file = temp_file ("prompt.pathways");
  PwWindow *window = pw_window_new (app);
  PwPlan *plan = build_plan (pw_window_get_plan (window));
  GtkMessageDialog *dialog;
  GtkWidget *weak = GTK_WIDGET (window);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &weak);
  gtk_window_present (GTK_WINDOW (window));

  /* Cancel keeps the window and the changes. */
  gtk_window_close (GTK_WINDOW (window));
  dialog = unsaved_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  {
    g_autofree char *text = NULL;
    g_object_get (dialog, "text", &text, NULL);
    g_assert_cmpstr (text, ==, "Save changes to “ESOL conversation café” before closing?");
  }
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  pw_test_spin (50);
  g_assert_nonnull (weak);
  g_assert_null (unsaved_dialog (GTK_WINDOW (window)));
  g_assert_true (pw_plan_get_unsaved (plan));

  /* Save to a file that cannot be written: the window stays, with the error. */
  {
    g_autofree char *bad = g_build_filename (tmpdir, "missing-folder", "x.pathways", NULL);
    g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
    g_set_object (&window->file, bad_file);
  }
  gtk_window_close (GTK_WINDOW (window));
  dialog = unsaved_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  pw_test_spin (50);
  g_assert_nonnull (weak);
  g_assert_true (pw_plan_get_unsaved (plan));
  {
    g_autofree char *banner = pw_window_dup_banner_text (window);
    g_assert_nonnull (banner);
    g_assert_true (g_str_has_prefix (banner, "Could not save"));
  }

  /* Save with a good file: saved, then closed. */
  g_set_object (&window->file, file);
  gtk_window_close (GTK_WINDOW (window));
  dialog = unsaved_dialog (GTK_WINDOW (window));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  pw_test_spin (50);
  g_assert_null (weak);
  g_assert_true (g_file_query_exists (file, NULL));
}

static void
test_unsaved_discard_and_quit (void)
{
  PwWindow *window = pw_window_new (app);
  GtkWidget *weak = GTK_WIDGET (window);
  GtkMessageDialog *dialog;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &weak);
  build_plan (pw_window_get_plan (window));
  gtk_window_present (GTK_WINDOW (window));

  /* app.quit asks each window; Discard closes without saving. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  dialog = unsaved_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_nonnull (weak);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_REJECT);
  pw_test_spin (50);
  g_assert_null (weak);

  /* A saved plan closes without a question. */
  window = pw_window_new (app);
  weak = GTK_WIDGET (window);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &weak);
  gtk_window_present (GTK_WINDOW (window));
  gtk_window_close (GTK_WINDOW (window));
  g_assert_null (unsaved_dialog (NULL));
  g_assert_null (weak);
}

int
main (int argc, char *argv[])
{
  int status;

  /* Recent files go to a private folder, not the tester's. */
  tmpdir = g_dir_make_tmp ("pathways-window-files-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", tmpdir, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  pw_ui_init ();
  app = pw_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_application_hold (G_APPLICATION (app));

  g_test_add_func ("/ui/window-files/open-example", test_open_example);
  g_test_add_func ("/ui/window-files/open-broken-keeps-plan", test_open_broken_keeps_plan);
  g_test_add_func ("/ui/window-files/open-hostile-files", test_open_hostile_files);
  g_test_add_func ("/ui/window-files/open-with-warnings", test_open_with_warnings);
  g_test_add_func ("/ui/window-files/save-round-trip", test_save_round_trip);
  g_test_add_func ("/ui/window-files/save-failure-keeps-unsaved", test_save_failure_keeps_unsaved);
  g_test_add_func ("/ui/window-files/save-as-dialog", test_save_as_dialog);
  g_test_add_func ("/ui/window-files/suffix-and-names", test_suffix_and_names);
  g_test_add_func ("/ui/window-files/open-reuses-pristine-window", test_open_reuses_pristine_window);
  g_test_add_func ("/ui/window-files/drop-files", test_drop_files);
  g_test_add_func ("/ui/window-files/unsaved-close-prompt", test_unsaved_close_prompt);
  g_test_add_func ("/ui/window-files/unsaved-discard-and-quit", test_unsaved_discard_and_quit);
  status = g_test_run ();
  g_application_release (G_APPLICATION (app));
  g_object_unref (app);
  return status;
}
