/* test-ui-recovery.c — never lose work in a window: autosave, the restore offer, changed-on-disk warnings
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sys/types.h>
#include <sys/wait.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "pw-application.h"
#include "pw-autosave.h"
#include "pw-plan-xml.h"
#include "pw-recovery.h"
#include "pw-window.h"
#include "pw-window-private.h"
#include "pw-test-utils.h"

static PwApplication *app;
static char *tmpdir;

static void
destroy_window (PwWindow *window)
{
  window->close_confirmed = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

static GFile *
temp_file (const char *name)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  return g_file_new_for_path (path);
}

static PwPlan *
build_plan (PwPlan *plan, const char *title)
{
  PwCard *barrier = pw_plan_add_card (plan, PW_CARD_KIND_BARRIER, "Women have few chances to practise English", -1, 0, 0);
  PwCard *activity = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "Weekly conversation café", -1, 0, 0);

  pw_plan_link (plan, barrier, activity, NULL);
  pw_plan_set_text (plan, PW_PLAN_FIELD_TITLE, title);
  return plan;
}

static char *
copy_path (const char *id, const char *suffix)
{
  g_autofree char *dir = pw_autosave_dup_directory ();
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_build_filename (dir, name, NULL);
}

static void
set_info_key (const char *id, const char *key, const char *value)
{
  g_autofree char *path = copy_path (id, ".ini");
  g_autoptr(GKeyFile) info = g_key_file_new ();

  g_assert_true (g_key_file_load_from_file (info, path, G_KEY_FILE_NONE, NULL));
  g_key_file_set_string (info, "Recovery", key, value);
  g_assert_true (g_key_file_save_to_file (info, path, NULL));
}

/* Leaves a copy as a Pathways that was killed would: its process is gone. */
static char *
crashed_copy (PwPlan *plan, GFile *file, const char *saved)
{
  g_autoptr(PwAutosave) autosave = pw_autosave_new ();
  const char *argv[] = { "/bin/true", NULL };
  g_autofree char *pid = NULL;
  GPid child;
  int status;

  pw_autosave_set_file (autosave, file, NULL);
  g_assert_true (pw_autosave_write (autosave, plan, NULL));
  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &child, NULL));
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  pid = g_strdup_printf ("%d", (int) child);
  set_info_key (pw_autosave_get_id (autosave), "Pid", pid);
  if (saved != NULL)
    set_info_key (pw_autosave_get_id (autosave), "Saved", saved);
  return g_strdup (pw_autosave_get_id (autosave));
}

static void
remove_all_copies (void)
{
  g_autofree char *path = pw_autosave_dup_directory ();
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);
      g_remove (file);
    }
}

static gboolean
has_copy (gpointer data)
{
  return pw_autosave_has_copy (pw_recovery_get_autosave (PW_WINDOW (data)->recovery));
}

static char *
window_copy_path (PwWindow *window)
{
  return copy_path (pw_autosave_get_id (pw_recovery_get_autosave (window->recovery)), ".pathways");
}

/* ---- Autosave ------------------------------------------------------------ */

static void
test_autosave_timer (void)
{
  g_autoptr(GFile) file = temp_file ("autosaved.pathways");
  PwWindow *window = pw_window_new (app);
  PwPlan *plan = pw_window_get_plan (window);
  g_autofree char *path = window_copy_path (window);

  remove_all_copies ();
  g_assert_cmpuint (pw_recovery_get_interval (), ==, 1);
  /* Nothing to back up in a new plan. */
  pw_test_spin (1500);
  g_assert_false (has_copy (window));

  /* An edit: a copy within the interval, with the edit in it. */
  build_plan (plan, "Autosaved café");
  g_assert_true (pw_test_wait_until (has_copy, window, 3000));
  {
    g_autoptr(GFile) copy = g_file_new_for_path (path);
    g_autoptr(PwPlan) loaded = pw_plan_load (copy, NULL, NULL, NULL);
    g_assert_nonnull (loaded);
    g_assert_cmpstr (pw_plan_get_title (loaded), ==, "Autosaved café");
    g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_cards (loaded)), ==, 2);
  }

  /* Not changed since: no rewrite. Focus loss writes at once when changed. */
  g_assert_false (pw_recovery_autosave (window->recovery));
  pw_plan_set_text (plan, PW_PLAN_FIELD_AREA, "Leeds");
  g_assert_true (pw_recovery_autosave (window->recovery));

  /* Saved: the copy goes. */
  g_assert_true (pw_window_save_to_file (window, file, NULL));
  g_assert_false (has_copy (window));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* Edited, backed up, then undone to the saved state: the copy goes too. */
  pw_plan_set_text (plan, PW_PLAN_FIELD_AREA, "Bradford");
  g_assert_true (pw_recovery_autosave (window->recovery));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (pw_plan_undo (plan));
  g_assert_false (pw_plan_get_unsaved (plan));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* Closed on purpose (Discard): the copy goes. */
  pw_plan_set_text (plan, PW_PLAN_FIELD_AREA, "Kirklees");
  g_assert_true (pw_recovery_autosave (window->recovery));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  destroy_window (window);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Destroyed without the unsaved-changes question (the session ends, or the
 * app is told to quit from outside): the latest edit stays on disk. */
static void
test_unclean_close_keeps_copy (void)
{
  PwWindow *window = pw_window_new (app);
  PwPlan *plan = build_plan (pw_window_get_plan (window), "Kept at logout");
  g_autofree char *path = window_copy_path (window);
  g_autoptr(GFile) copy = g_file_new_for_path (path);
  g_autoptr(PwPlan) loaded = NULL;

  remove_all_copies ();
  g_assert_true (pw_recovery_autosave (window->recovery));
  pw_plan_set_text (plan, PW_PLAN_FIELD_AREA, "Written on the way out");
  gtk_window_destroy (GTK_WINDOW (window));
  loaded = pw_plan_load (copy, NULL, NULL, NULL);
  g_assert_nonnull (loaded);
  g_assert_cmpstr (pw_plan_get_area (loaded), ==, "Written on the way out");
  remove_all_copies ();
}

/* ---- The offer ----------------------------------------------------------- */

static GtkWidget *
find_button (GtkWidget *root, const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_label_with_class (GtkWidget *root, const char *css_class)
{
  if (GTK_IS_LABEL (root) && gtk_widget_has_css_class (root, css_class))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_with_class (child, css_class);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static const char *
offer_question (PwWindow *window)
{
  GtkWidget *offer = pw_recovery_get_offer (window->recovery);
  GtkWidget *label = find_label_with_class (offer, "pw-banner-title");

  if (!gtk_widget_get_visible (offer) || !gtk_revealer_get_reveal_child (GTK_REVEALER (offer)))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (label));
}

static void
click (PwWindow *window, const char *label)
{
  GtkWidget *button = find_button (pw_recovery_get_offer (window->recovery), label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

static void
test_offer_restore (void)
{
  g_autoptr(GFile) original = temp_file ("café.pathways");
  g_autoptr(PwPlan) lost = build_plan (pw_plan_new (), "ESOL conversation café");
  g_autoptr(GPtrArray) left = NULL;
  g_autofree char *id = NULL;
  g_autofree char *banner = NULL;
  PwWindow *window;
  PwPlan *plan;

  remove_all_copies ();
  g_assert_true (pw_plan_save (lost, original, NULL, NULL));
  pw_plan_add_card (lost, PW_CARD_KIND_GOAL, "Women take part in local life", -1, 0, 0);
  id = crashed_copy (lost, original, NULL);

  window = pw_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpuint (pw_recovery_offer (window), ==, 1);
  g_assert_cmpstr (offer_question (window), ==,
                   "Pathways closed unexpectedly. Restore the unsaved changes to “ESOL conversation café”?");
  {
    const char *dir = g_getenv ("PW_SCREENSHOT_DIR");
    g_autofree char *shot = g_build_filename (dir != NULL ? dir : tmpdir, "recovery-offer.png", NULL);
    g_autoptr(GError) error = NULL;

    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    pw_test_spin (400);
    g_assert_true (pw_test_save_screenshot (GTK_WIDGET (window), shot, &error));
    g_assert_no_error (error);
    g_test_message ("screenshot: %s", shot);
  }

  click (window, "_Restore");
  g_assert_null (offer_question (window));
  plan = pw_window_get_plan (window);
  g_assert_cmpstr (pw_plan_get_title (plan), ==, "ESOL conversation café");
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_cards (plan)), ==, 3);
  g_assert_true (pw_plan_get_unsaved (plan));
  g_assert_nonnull (pw_window_get_file (window));
  g_assert_true (g_file_equal (pw_window_get_file (window), original));
  banner = pw_window_dup_banner_text (window);
  g_assert_true (g_str_has_prefix (banner, "Restored “ESOL conversation café”\n"));

  /* The window holds the copy now: no second offer, and it stays until saved. */
  g_assert_cmpstr (pw_autosave_get_id (pw_recovery_get_autosave (window->recovery)), ==, id);
  left = pw_autosave_list_recoverable ();
  g_assert_cmpuint (left->len, ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_false (pw_plan_get_unsaved (plan));
  {
    g_autofree char *path = copy_path (id, ".pathways");
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
  destroy_window (window);
}

static void
test_offer_discard_and_damaged (void)
{
  g_autoptr(PwPlan) older = build_plan (pw_plan_new (), "Older plan");
  g_autoptr(PwPlan) newer = build_plan (pw_plan_new (), "Newer plan");
  g_autofree char *old_id = crashed_copy (older, NULL, "2026-01-01T10:00:00Z");
  g_autofree char *new_id = crashed_copy (newer, NULL, "2026-01-02T10:00:00Z");
  g_autofree char *new_path = copy_path (new_id, ".pathways");
  g_autofree char *old_path = copy_path (old_id, ".pathways");
  g_autofree char *old_damaged = g_strconcat (old_path, ".damaged", NULL);
  g_autofree char *banner = NULL;
  PwWindow *window;

  g_assert_true (g_file_set_contents (old_path, "<plan", -1, NULL));
  window = pw_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpuint (pw_recovery_offer (window), ==, 2);

  /* Newest first; Discard deletes it for good and offers the next. */
  g_assert_cmpstr (offer_question (window), ==,
                   "Pathways closed unexpectedly. Restore the unsaved changes to “Newer plan”?");
  click (window, "_Discard");
  g_assert_false (g_file_test (new_path, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (offer_question (window), ==,
                   "Pathways closed unexpectedly. Restore the unsaved changes to “Older plan”?");

  /* A damaged copy: a clear error, set aside, the window untouched. */
  click (window, "_Restore");
  g_assert_null (offer_question (window));
  banner = pw_window_dup_banner_text (window);
  g_assert_nonnull (banner);
  g_assert_true (g_str_has_prefix (banner, "Could not restore “Older plan”\n"));
  g_assert_nonnull (strstr (banner, old_damaged));
  g_assert_true (pw_window_is_pristine (window));
  g_assert_true (g_file_test (old_damaged, G_FILE_TEST_IS_REGULAR));
  destroy_window (window);
  remove_all_copies ();
}

static void
test_restore_into_new_window (void)
{
  g_autoptr(PwPlan) lost = build_plan (pw_plan_new (), "Friendship club");
  g_autofree char *id = crashed_copy (lost, NULL, NULL);
  PwWindow *busy = pw_window_new (app);
  guint before;
  PwWindow *other = NULL;

  build_plan (pw_window_get_plan (busy), "Work in progress");
  g_assert_cmpuint (pw_recovery_offer (busy), ==, 1);
  before = g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));
  click (busy, "_Restore");
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, before + 1);
  g_assert_cmpstr (pw_plan_get_title (pw_window_get_plan (busy)), ==, "Work in progress");
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    if (PW_IS_WINDOW (l->data) && l->data != busy)
      other = l->data;
  g_assert_nonnull (other);
  g_assert_cmpstr (pw_plan_get_title (pw_window_get_plan (other)), ==, "Friendship club");
  g_assert_null (pw_window_get_file (other));
  destroy_window (other);
  destroy_window (busy);
  remove_all_copies ();
}

/* ---- Changed on disk ------------------------------------------------------ */

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return w;
    }
  return NULL;
}

/* The question on @window; the file chooser's own error dialogs (an empty
 * test folder may give "could not be displayed") are not ours. */
static GtkMessageDialog *
overwrite_dialog (PwWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)) &&
          gtk_window_get_transient_for (w) == GTK_WINDOW (window))
        return GTK_MESSAGE_DIALOG (w);
    }
  return NULL;
}

static char *
dialog_text (GtkMessageDialog *dialog)
{
  char *text = NULL;

  g_object_get (dialog, "text", &text, NULL);
  return text;
}

static char *
read_file (GFile *file)
{
  char *contents = NULL;

  g_assert_true (g_file_load_contents (file, NULL, &contents, NULL, NULL, NULL));
  return contents;
}

/* A colleague saves their own version over the file. */
static char *
save_someone_elses_version (GFile *file)
{
  g_autoptr(PwPlan) theirs = build_plan (pw_plan_new (), "Their version");

  g_assert_true (pw_plan_save (theirs, file, NULL, NULL));
  return read_file (file);
}

static gboolean
banner_says_changed (gpointer data)
{
  g_autofree char *text = pw_window_dup_banner_text (data);

  return text != NULL && strstr (text, "was changed on disk by someone else") != NULL;
}

static void
test_changed_on_disk (void)
{
  g_autoptr(GFile) file = temp_file ("shared.pathways");
  PwWindow *window = pw_window_new (app);
  PwPlan *plan = build_plan (pw_window_get_plan (window), "Our version");
  g_autofree char *theirs = NULL;
  g_autofree char *text = NULL;
  GtkMessageDialog *dialog;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (pw_window_save_to_file (window, file, NULL));

  /* Our own saves never count as someone else's. */
  pw_plan_set_text (plan, PW_PLAN_FIELD_AREA, "Leeds");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_null (overwrite_dialog (window));
  g_assert_false (pw_plan_get_unsaved (plan));
  pw_test_spin (1200);
  g_assert_false (banner_says_changed (window));

  /* Someone else saves: the banner tells at once. */
  theirs = save_someone_elses_version (file);
  g_assert_true (pw_test_wait_until (banner_says_changed, window, 5000));

  /* Save asks; Cancel leaves their version on disk and our changes unsaved. */
  pw_plan_set_text (plan, PW_PLAN_FIELD_AREA, "Bradford");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  dialog = overwrite_dialog (window);
  g_assert_nonnull (dialog);
  text = dialog_text (dialog);
  g_assert_cmpstr (text, ==, "“shared.pathways” was changed by someone else");
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  pw_test_spin (50);
  g_assert_null (overwrite_dialog (window));
  {
    g_autofree char *now = read_file (file);
    g_assert_cmpstr (now, ==, theirs);
  }
  g_assert_true (pw_plan_get_unsaved (plan));

  /* Closing asks about unsaved changes; Save asks again; Cancel keeps all. */
  gtk_window_close (GTK_WINDOW (window));
  dialog = overwrite_dialog (window);
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);  /* Save (unsaved question) */
  pw_test_spin (50);
  dialog = overwrite_dialog (window);
  g_assert_nonnull (dialog);
  g_clear_pointer (&text, g_free);
  text = dialog_text (dialog);
  g_assert_cmpstr (text, ==, "“shared.pathways” was changed by someone else");
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  pw_test_spin (50);
  {
    g_autofree char *now = read_file (file);
    g_assert_cmpstr (now, ==, theirs);
  }
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  /* Overwrite: ours replaces theirs, and later saves ask no more. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  dialog = overwrite_dialog (window);
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_REJECT);
  pw_test_spin (50);
  g_assert_false (pw_plan_get_unsaved (plan));
  {
    g_autoptr(PwPlan) loaded = pw_plan_load (file, NULL, NULL, NULL);
    g_assert_cmpstr (pw_plan_get_title (loaded), ==, "Our version");
    g_assert_cmpstr (pw_plan_get_area (loaded), ==, "Bradford");
  }
  pw_plan_set_text (plan, PW_PLAN_FIELD_AREA, "Calderdale");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_null (overwrite_dialog (window));
  g_assert_false (pw_plan_get_unsaved (plan));
  destroy_window (window);
}

static gboolean
chooser_shown (gpointer data)
{
  return find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) != NULL;
}

static void
test_changed_on_disk_save_as (void)
{
  g_autoptr(GFile) file = temp_file ("shared-save-as.pathways");
  PwWindow *window = pw_window_new (app);
  PwPlan *plan = build_plan (pw_window_get_plan (window), "Our version");
  g_autofree char *theirs = NULL;
  GtkWindow *chooser;
  GtkMessageDialog *dialog;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (pw_window_save_to_file (window, file, NULL));
  theirs = save_someone_elses_version (file);
  pw_plan_set_text (plan, PW_PLAN_FIELD_AREA, "Wakefield");

  /* Save As… (the default answer) opens the chooser; their file stays. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  dialog = overwrite_dialog (window);
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_assert_true (pw_test_wait_until (chooser_shown, NULL, 5000));
  g_assert_null (overwrite_dialog (window));
  pw_test_spin (500);  /* let the chooser finish loading its first folder */
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  pw_test_spin (100);
  {
    g_autofree char *now = read_file (file);
    g_assert_cmpstr (now, ==, theirs);
  }
  g_assert_true (pw_plan_get_unsaved (plan));

  /* Deleted meanwhile: nobody's work to lose, Save just writes. */
  g_assert_cmpint (g_remove (g_file_peek_path (file)), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_null (overwrite_dialog (window));
  g_assert_false (pw_plan_get_unsaved (plan));
  g_assert_true (g_file_query_exists (file, NULL));
  destroy_window (window);
}

int
main (int argc, char *argv[])
{
  int status;

  tmpdir = g_dir_make_tmp ("pathways-recovery-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", tmpdir, TRUE);
  g_setenv ("XDG_STATE_HOME", tmpdir, TRUE);
  g_setenv ("PATHWAYS_AUTOSAVE_SECONDS", "1", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  pw_ui_init ();
  app = pw_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_application_hold (G_APPLICATION (app));

  g_test_add_func ("/ui/recovery/autosave-timer", test_autosave_timer);
  g_test_add_func ("/ui/recovery/unclean-close-keeps-copy", test_unclean_close_keeps_copy);
  g_test_add_func ("/ui/recovery/offer-restore", test_offer_restore);
  g_test_add_func ("/ui/recovery/offer-discard-and-damaged", test_offer_discard_and_damaged);
  g_test_add_func ("/ui/recovery/restore-into-new-window", test_restore_into_new_window);
  g_test_add_func ("/ui/recovery/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/ui/recovery/changed-on-disk-save-as", test_changed_on_disk_save_as);
  status = g_test_run ();
  g_application_release (G_APPLICATION (app));
  g_object_unref (app);
  return status;
}
