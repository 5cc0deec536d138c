/* test-plan-xml.c — the plan file format: round trips, failed saves, hostile and broken files
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "pw-model.h"
#include "pw-plan-cli.h"
#include "pw-plan-xml-private.h"
#include "pw-plan-xml.h"

static const char *welsh = "Croeso i Fôn: ŵ ŷ Ŵ Ŷ â ê î ô û — “dyfynodau”";
static const char *awkward = "a < b & c > d, \"double\" and 'single' quotes, ]]> end";
static const char *multiline = "  first line\r\nsecond line\n\ttabbed line  ";

/* Helpers */

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("pw-plan-xml-XXXXXX", &error);

  g_assert_no_error (error);
  g_assert_nonnull (dir);
  return dir;
}

static void
remove_tree (const char *path)
{
  GDir *dir;
  const char *name;

  g_chmod (path, 0700);
  dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    {
      g_unlink (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_dir_close (dir);
  g_rmdir (path);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
assert_bytes_equal (GBytes *a,
                    GBytes *b)
{
  gsize la, lb;
  const char *da = g_bytes_get_data (a, &la);
  const char *db = g_bytes_get_data (b, &lb);

  if (la != lb || memcmp (da, db, la) != 0)
    {
      g_autofree char *ta = g_strndup (da, la);
      g_autofree char *tb = g_strndup (db, lb);
      g_assert_cmpstr (ta, ==, tb);
    }
  g_assert_cmpmem (da, la, db, lb);
}

static PwFramework *
framework (void)
{
  static PwFramework *fw;

  if (fw == NULL)
    {
      g_autoptr(GError) error = NULL;
      fw = pw_framework_new_from_resource (&error);
      g_assert_no_error (error);
    }
  return fw;
}

static char *
hostile_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "hostile", name, NULL);
}

static char *
sample_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "plans", name, NULL);
}

static PwPlan *
load_path (const char      *path,
           PwLoadWarnings **warnings,
           GError         **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  return pw_plan_load (file, framework (), warnings, error);
}

/* A plan with every kind of object and field, built through the commands. */
static PwPlan *
build_rich_plan (void)
{
  PwPlan *plan = pw_plan_new ();
  PwCard *barrier, *activity, *output, *outcome1, *outcome2, *goal;
  PwIndicatorRef *bank, *custom;
  PwLink *link;
  g_autoptr(GError) error = NULL;

  pw_plan_set_text (plan, PW_PLAN_FIELD_TITLE, welsh);
  pw_plan_set_text (plan, PW_PLAN_FIELD_ORGANISATION, awkward);
  pw_plan_set_text (plan, PW_PLAN_FIELD_AREA, "Ynys Môn");
  pw_plan_set_text (plan, PW_PLAN_FIELD_AUTHORS, "Siân Ŵyn; Tomás O'Brien");
  pw_plan_set_text (plan, PW_PLAN_FIELD_DESCRIPTION, multiline);
  pw_plan_set_target_groups (plan, PW_TARGET_GROUP_NEWCOMERS | PW_TARGET_GROUP_INSTITUTIONS);

  pw_plan_add_stakeholder (plan, "Resettled families", PW_STAKEHOLDER_KIND_NEWCOMER, "Take part");
  pw_plan_add_stakeholder (plan, "Neighbours", PW_STAKEHOLDER_KIND_RECEIVING_COMMUNITY, NULL);
  pw_plan_add_stakeholder (plan, "Jobcentre Plus", PW_STAKEHOLDER_KIND_INSTITUTION, awkward);
  pw_plan_add_stakeholder (plan, welsh, PW_STAKEHOLDER_KIND_OTHER, "Funder");

  barrier = pw_plan_add_card (plan, PW_CARD_KIND_BARRIER, "Little spoken English", -1, 12.25, -40.5);
  activity = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, welsh, -1, 0.1 + 0.2, 1e6);
  output = pw_plan_add_card (plan, PW_CARD_KIND_OUTPUT, awkward, -1, 560, 60);
  outcome1 = pw_plan_add_card (plan, PW_CARD_KIND_OUTCOME, "Confidence grows", -1, 820, 60);
  outcome2 = pw_plan_add_card (plan, PW_CARD_KIND_OUTCOME, "More job applications", -1, 820, 260);
  goal = pw_plan_add_card (plan, PW_CARD_KIND_GOAL, "A shared life", -1, 1080.125, 160);
  pw_plan_set_card_text (plan, barrier, PW_CARD_FIELD_EVIDENCE, "Survey: 68% basic English");
  pw_plan_set_card_text (plan, activity, PW_CARD_FIELD_DESCRIPTION, multiline);
  pw_plan_set_card_text (plan, outcome1, PW_CARD_FIELD_INTEGRATION_OUTCOME, welsh);
  pw_plan_set_card_domains (plan, barrier, PW_CARD_DOMAIN_BIT (1) | PW_CARD_DOMAIN_BIT (9));
  pw_plan_set_card_domains (plan, outcome1, PW_CARD_DOMAIN_BIT (14) | PW_CARD_DOMAIN_BIT (7));
  pw_plan_set_card_domains (plan, goal, PW_CARD_ALL_DOMAINS);

  bank = pw_plan_attach_indicator (plan, outcome1, "language-02",
                                   pw_framework_lookup_indicator (framework (), "language-02")->text,
                                   9, &error);
  g_assert_no_error (error);
  for (guint f = 0; f < PW_N_EVAL_FIELDS; f++)
    {
      g_autofree char *text = g_strdup_printf ("%s — %s %u", welsh, awkward, f);
      if (f % 3 == 0)
        pw_plan_suggest_eval_field (plan, bank, f, text);
      else
        pw_plan_set_eval_field (plan, bank, f, text);
    }
  custom = pw_plan_attach_indicator (plan, outcome1, NULL, "Conversation partners after 6 months",
                                     7, &error);
  g_assert_no_error (error);
  pw_plan_set_eval_field (plan, custom, PW_EVAL_FIELD_METHODS, multiline);
  pw_plan_suggest_eval_field (plan, custom, PW_EVAL_FIELD_FOLLOW_UP, "After 12 months");
  pw_plan_attach_indicator (plan, outcome2, "work-02", "% (eligible/able to work) in paid work",
                            1, &error);
  g_assert_no_error (error);

  link = pw_plan_link (plan, barrier, activity, &error);
  g_assert_no_error (error);
  pw_plan_set_link_text (plan, link, PW_LINK_FIELD_ASSUMPTION, awkward);
  pw_plan_set_link_text (plan, link, PW_LINK_FIELD_EVIDENCE, welsh);
  pw_plan_link (plan, activity, output, &error);
  g_assert_no_error (error);
  pw_plan_link (plan, output, outcome1, &error);
  g_assert_no_error (error);
  pw_plan_link (plan, outcome1, outcome2, &error);
  g_assert_no_error (error);
  pw_plan_link (plan, outcome2, goal, &error);
  g_assert_no_error (error);
  pw_plan_link (plan, barrier, goal, &error);  /* skips stages: allowed */
  g_assert_no_error (error);
  return plan;
}

/* Round trips */

static void
round_trip (PwPlan *plan)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path1 = g_build_filename (dir, "plan.pathways", NULL);
  g_autofree char *path2 = g_build_filename (dir, "again.pathways", NULL);
  g_autoptr(GFile) file1 = g_file_new_for_path (path1);
  g_autoptr(GFile) file2 = g_file_new_for_path (path2);
  g_autoptr(PwPlan) loaded = NULL;
  g_autoptr(PwLoadWarnings) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes1 = NULL, bytes2 = NULL, in_memory = NULL;

  pw_plan_save (plan, file1, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (pw_plan_get_unsaved (plan));

  loaded = pw_plan_load (file1, framework (), &warnings, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_cmpuint (pw_load_warnings_get_n (warnings), ==, 0);
  g_assert_false (pw_plan_get_unsaved (loaded));
  g_assert_false (pw_plan_can_undo (loaded));
  g_assert_true (pw_plan_equal (plan, loaded));

  pw_plan_save (loaded, file2, NULL, &error);
  g_assert_no_error (error);
  bytes1 = read_bytes (path1);
  bytes2 = read_bytes (path2);
  assert_bytes_equal (bytes1, bytes2);
  in_memory = pw_plan_to_xml (loaded);
  assert_bytes_equal (bytes1, in_memory);

  remove_tree (dir);
}

static void
test_round_trip_rich (void)
{
  g_autoptr(PwPlan) plan = build_rich_plan ();

  g_assert_true (pw_plan_get_unsaved (plan));
  round_trip (plan);
}

static void
test_round_trip_empty (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(GBytes) bytes = NULL;
  const char *text;

  round_trip (plan);
  bytes = pw_plan_to_xml (plan);
  text = g_bytes_get_data (bytes, NULL);
  g_assert_true (g_str_has_prefix (text, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<plan xmlns=\"urn:io.github.pathways:plan\" version=\"1\">\n"
                                         "  <metadata>\n"));
  /* Empty fields and lists are left out. */
  g_assert_null (strstr (text, "<title"));
  g_assert_null (strstr (text, "<cards"));
  g_assert_null (strstr (text, "<target-groups"));
}

static void
test_round_trip_after_undo (void)
{
  g_autoptr(PwPlan) plan = build_rich_plan ();
  PwCard *card = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "Temporary", -1, 5, 5);

  g_assert_nonnull (card);
  g_assert_true (pw_plan_undo (plan));
  round_trip (plan);
}

/* Found by the fuzzer: %Y does not pad early years to four digits. */
static void
test_early_year (void)
{
  static const char xml[] =
    "<plan xmlns=\"urn:io.github.pathways:plan\" version=\"1\">\n"
    "  <metadata><created>0077-03-02T09:15:00Z</created></metadata>\n</plan>\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, sizeof xml - 1);
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(PwPlan) again = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;

  plan = pw_plan_load_from_bytes (bytes, NULL, NULL, &error);
  g_assert_no_error (error);
  saved = pw_plan_to_xml (plan);
  g_assert_nonnull (strstr (g_bytes_get_data (saved, NULL), "<created>0077-03-02T09:15:00Z</created>"));
  again = pw_plan_load_from_bytes (saved, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (pw_plan_equal (plan, again));
}

/* A file re-saved by an editor in another encoding, with its declaration
 * saying so, is still the same plan. */
static void
test_declared_encodings (void)
{
  static const char latin1[] =
    "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
    "<plan xmlns=\"urn:io.github.pathways:plan\" version=\"1\"><metadata>"
    "<title>Caf\xe9 Cymraeg</title></metadata></plan>\n";
  g_autofree char *path = sample_path ("welcome-hub.xml");
  g_autoptr(GBytes) utf8 = read_bytes (path);
  g_autoptr(GBytes) bytes = g_bytes_new_static (latin1, sizeof latin1 - 1);
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(PwPlan) original = NULL;
  g_autoptr(PwPlan) converted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *utf16 = NULL;
  g_autoptr(GBytes) utf16_bytes = NULL;
  gsize utf16_len = 0;
  char *decl;

  plan = pw_plan_load_from_bytes (bytes, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pw_plan_get_title (plan), ==, "Café Cymraeg");

  text = g_strndup (g_bytes_get_data (utf8, NULL), g_bytes_get_size (utf8));
  decl = strstr (text, "UTF-8");
  memcpy (decl, "UTF16", 5);  /* same length: encoding="UTF16" */
  utf16 = g_convert (text, -1, "UTF-16", "UTF-8", NULL, &utf16_len, &error);  /* with a BOM */
  g_assert_no_error (error);
  utf16_bytes = g_bytes_new_take (g_steal_pointer (&utf16), utf16_len);
  converted = pw_plan_load_from_bytes (utf16_bytes, NULL, NULL, &error);
  g_assert_no_error (error);
  original = pw_plan_load_from_bytes (utf8, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (pw_plan_equal (original, converted));
}

/* Control characters cannot be written in XML 1.0: they become U+FFFD so
 * the file still loads. */
static void
test_control_characters (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PwPlan) loaded = NULL;
  g_autoptr(GError) error = NULL;

  pw_plan_set_text (plan, PW_PLAN_FIELD_TITLE, "bell\aand\x01" "escape\x1b");
  bytes = pw_plan_to_xml (plan);
  loaded = pw_plan_load_from_bytes (bytes, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pw_plan_get_title (loaded), ==, "bell\xef\xbf\xbd" "and\xef\xbf\xbd" "escape\xef\xbf\xbd");
}

static void
test_number_format (void)
{
  const struct { double value; const char *text; } cases[] = {
    { 0, "0" }, { 120, "120" }, { -40.5, "-40.5" }, { 12.25, "12.25" },
    { 0.1 + 0.2, "0.30000000000000004" }, { 0.1, "0.1" }, { 1e6, "1000000" },
    { 1e20, "1e+20" }, { 1080.125, "1080.125" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = pw_plan_xml_format_double (cases[i].value);
      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_cmpfloat (g_ascii_strtod (text, NULL), ==, cases[i].value);
    }
}

/* The sample plans are written exactly as the writer writes them. */
static void
test_sample_plans_canonical (void)
{
  const char *names[] = { "welcome-hub.xml", "minimal.xml" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = sample_path (names[i]);
      g_autoptr(PwPlan) plan = NULL;
      g_autoptr(PwLoadWarnings) warnings = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) file_bytes = read_bytes (path);
      g_autoptr(GBytes) written = NULL;

      plan = load_path (path, &warnings, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (pw_load_warnings_get_n (warnings), ==, 0);
      written = pw_plan_to_xml (plan);
      assert_bytes_equal (file_bytes, written);
    }
}

static void
test_sample_plan_content (void)
{
  g_autofree char *path = sample_path ("welcome-hub.xml");
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  PwCard *outcome;
  PwIndicatorRef *ref;
  PwLink *link;

  plan = load_path (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pw_plan_get_title (plan), ==, "Welcome Hub: language and work");
  g_assert_cmpstr (pw_plan_get_organisation (plan), ==,
                   "Cyngor Sir Ynys Môn / Isle of Anglesey County Council");
  g_assert_cmpuint (pw_plan_get_target_groups (plan), ==, PW_TARGET_GROUPS_ALL);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_cards (plan)), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_links (plan)), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_stakeholders (plan)), ==, 3);

  outcome = pw_plan_lookup_card (plan, "c4");
  g_assert_nonnull (outcome);
  g_assert_cmpint (pw_card_get_kind (outcome), ==, PW_CARD_KIND_OUTCOME);
  g_assert_cmpuint (pw_card_get_domains (outcome), ==, PW_CARD_DOMAIN_BIT (7) | PW_CARD_DOMAIN_BIT (9));
  g_assert_cmpfloat (pw_card_get_x (outcome), ==, 820.0);
  g_assert_cmpuint (pw_card_get_n_indicators (outcome), ==, 2);

  ref = pw_plan_lookup_indicator (plan, "i1");
  g_assert_nonnull (ref);
  g_assert_cmpstr (pw_indicator_ref_get_bank_id (ref), ==, "language-02");
  g_assert_cmpuint (pw_indicator_ref_get_domain (ref), ==, 9);
  g_assert_cmpstr (pw_indicator_ref_get_eval (ref, PW_EVAL_FIELD_SAMPLE), ==, "All participants (about 40)");
  g_assert_true (pw_indicator_ref_is_suggested (ref, PW_EVAL_FIELD_QUESTIONS_NEED));
  g_assert_false (pw_indicator_ref_is_suggested (ref, PW_EVAL_FIELD_METHODS));
  ref = pw_plan_lookup_indicator (plan, "i2");
  g_assert_true (pw_indicator_ref_is_custom (ref));

  link = pw_plan_lookup_link (plan, "l1");
  g_assert_cmpstr (pw_link_get_source_id (link), ==, "c1");
  g_assert_cmpstr (pw_link_get_target_id (link), ==, "c2");
  g_assert_cmpstr (pw_link_get_assumption (link), ==, "People will come if childcare is provided");
  g_assert_true (g_str_has_suffix (pw_plan_get_description (plan),
                                   "Second line: “quotes”, <angle brackets> & ampersands."));
}

/* Saving over a plan that cannot be replaced keeps both the old file and the
 * plan's unsaved state. */

static PwPlan *
plan_with_unsaved_changes (void)
{
  PwPlan *plan = build_rich_plan ();
  pw_plan_set_text (plan, PW_PLAN_FIELD_TITLE, "A change that is not saved");
  g_assert_true (pw_plan_get_unsaved (plan));
  return plan;
}

/* Root ignores permissions, so these run in a subprocess that gives up root
 * for the unprivileged "nobody" account. */
#define NOBODY 65534

static gboolean
run_unprivileged (void)
{
  if (g_test_subprocess ())
    {
      if (geteuid () == 0)
        {
          g_assert_cmpint (setgroups (0, NULL), ==, 0);
          g_assert_cmpint (setgid (NOBODY), ==, 0);
          g_assert_cmpint (setuid (NOBODY), ==, 0);
        }
      return TRUE;
    }
  if (geteuid () == 0 && getpwuid (NOBODY) == NULL)
    {
      g_test_skip ("Running as root and there is no “nobody” account to drop to, "
                   "so permissions cannot be tested");
      return FALSE;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  return FALSE;
}

static void
test_save_read_only_folder (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) old = g_bytes_new_static ("old plan\n", 9);

  if (!run_unprivileged ())
    return;
  dir = make_temp_dir ();
  path = g_build_filename (dir, "plan.pathways", NULL);
  file = g_file_new_for_path (path);
  g_file_set_contents (path, "old plan\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);

  plan = plan_with_unsaved_changes ();
  g_assert_false (pw_plan_save (plan, file, NULL, &error));
  g_assert_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_PERMISSION);
  g_assert_nonnull (strstr (error->message, "you are not allowed to write"));
  g_assert_true (pw_plan_get_unsaved (plan));
  after = read_bytes (path);
  assert_bytes_equal (old, after);
  remove_tree (dir);
}

static void
test_save_to_directory (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.pathways", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PwPlan) plan = plan_with_unsaved_changes ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  g_assert_false (pw_plan_save (plan, file, NULL, &error));
  g_assert_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_IS_DIRECTORY);
  g_assert_nonnull (strstr (error->message, "there is a folder with that name"));
  g_assert_true (pw_plan_get_unsaved (plan));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
  remove_tree (dir);
}

static void
test_save_under_a_file (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *regular = g_build_filename (dir, "notes.txt", NULL);
  g_autofree char *path = g_build_filename (regular, "plan.pathways", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PwPlan) plan = plan_with_unsaved_changes ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) old = g_bytes_new_static ("notes\n", 6);
  g_autoptr(GBytes) after = NULL;

  g_file_set_contents (regular, "notes\n", -1, &error);
  g_assert_no_error (error);
  g_assert_false (pw_plan_save (plan, file, NULL, &error));
  g_assert_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_assert_true (pw_plan_get_unsaved (plan));
  after = read_bytes (regular);
  assert_bytes_equal (old, after);
  remove_tree (dir);
}

/* Saving through a symbolic link writes the file it points to, and an
 * existing file keeps its permissions. */
static void
test_save_keeps_link_and_mode (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *real = g_build_filename (dir, "real.pathways", NULL);
  g_autofree char *link = g_build_filename (dir, "link.pathways", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (link);
  g_autoptr(PwPlan) plan = plan_with_unsaved_changes ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GBytes) written = NULL;
  GStatBuf st;

  g_file_set_contents (real, "old", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (real, 0600), ==, 0);
  g_assert_cmpint (symlink ("real.pathways", link), ==, 0);

  g_assert_true (pw_plan_save (plan, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (pw_plan_get_unsaved (plan));
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  expected = pw_plan_to_xml (plan);
  written = read_bytes (real);
  assert_bytes_equal (expected, written);
  g_assert_cmpint (g_stat (real, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  remove_tree (dir);
}

/* A write that fails half-way (here: the file-size limit, which binds root
 * too; a full disk behaves the same) must not replace the old file with a
 * truncated one — plain g_file_replace_contents() would. */
static void
test_save_write_fails (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.pathways", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PwPlan) plan = plan_with_unsaved_changes ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) old = NULL;
  g_autoptr(GBytes) after = NULL;
  struct rlimit saved, limited;
  void (*saved_handler) (int);
  gboolean ok;
  GDir *listing;
  guint n_entries = 0;

  {
    g_autoptr(PwPlan) small = pw_plan_new ();
    pw_plan_save (small, file, NULL, &error);
    g_assert_no_error (error);
  }
  old = read_bytes (path);

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limited = saved;
  limited.rlim_cur = g_bytes_get_size (old) + 16;
  saved_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limited), ==, 0);
  ok = pw_plan_save (plan, file, NULL, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, saved_handler);

  g_assert_false (ok);
  g_assert_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "Could not save"));
  g_assert_true (pw_plan_get_unsaved (plan));
  after = read_bytes (path);
  assert_bytes_equal (old, after);

  /* and no temporary file is left behind */
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_entries++;
  g_dir_close (listing);
  g_assert_cmpuint (n_entries, ==, 1);
  remove_tree (dir);
}

/* Hostile and broken files from tests/data/hostile/ */

typedef struct {
  const char *name;
  int         code;
  const char *fragment;
} HostileCase;

static const HostileCase hostile_cases[] = {
  { "billion-laughs.xml", PW_PLAN_FILE_ERROR_UNSAFE, "document type declaration" },
  { "quadratic-blowup.xml", PW_PLAN_FILE_ERROR_UNSAFE, "document type declaration" },
  { "xxe-passwd.xml", PW_PLAN_FILE_ERROR_UNSAFE, "Line 2: the file has a document type declaration" },
  { "xxe-parameter-entity.xml", PW_PLAN_FILE_ERROR_UNSAFE, "document type declaration" },
  { "external-dtd.xml", PW_PLAN_FILE_ERROR_UNSAFE, "document type declaration" },
  { "xinclude.xml", PW_PLAN_FILE_ERROR_INVALID, "Line 4: “<title>” should hold only text" },
  { "undefined-entity.xml", PW_PLAN_FILE_ERROR_NOT_XML, "Line 4: the file uses a named character" },
  { "invalid-utf8.xml", PW_PLAN_FILE_ERROR_NOT_XML, "Line 4: the file contains characters that are not valid text (UTF-8)" },
  { "wrong-root.xml", PW_PLAN_FILE_ERROR_NOT_A_PLAN, "not a Pathways plan (it holds “<svg>”" },
  { "wrong-namespace.xml", PW_PLAN_FILE_ERROR_NOT_A_PLAN, "its namespace is “urn:example:other-planner”" },
  { "no-namespace.xml", PW_PLAN_FILE_ERROR_NOT_A_PLAN, "it has no Pathways namespace" },
  { "future-incompatible.xml", PW_PLAN_FILE_ERROR_FUTURE_VERSION, "newer version of Pathways (file format 3)" },
  { "unreadable-version.xml", PW_PLAN_FILE_ERROR_BAD_VERSION, "Line 2: the file format version “one-point-oh”" },
  { "missing-version.xml", PW_PLAN_FILE_ERROR_BAD_VERSION, "does not say which version" },
  { "duplicate-card-id.xml", PW_PLAN_FILE_ERROR_DUPLICATE, "Line 9: the id “c1” is already used on line 7; every card needs its own id." },
  { "duplicate-indicator-id.xml", PW_PLAN_FILE_ERROR_DUPLICATE, "Line 14: the id “i1” is already used on line 9" },
  { "dangling-link.xml", PW_PLAN_FILE_ERROR_REFERENCE, "Line 12: a link points to card “c17”, which is not in this plan." },
  { "backwards-link.xml", PW_PLAN_FILE_ERROR_INVALID, "Line 11: the link “l1” goes from card “c2” (Goal) to card “c1” (Activity), but links must point forwards" },
  { "self-link.xml", PW_PLAN_FILE_ERROR_INVALID, "Line 10: Cannot link “Untitled outcome” to “Untitled outcome”. A card cannot lead to itself." },
  { "non-numeric-coordinate.xml", PW_PLAN_FILE_ERROR_INVALID, "Line 7: the position “left” (x) is not a number." },
  { "infinite-coordinate.xml", PW_PLAN_FILE_ERROR_INVALID, "Line 7: the position “INF” (y) is not a finite number." },
  { "overflow-coordinate.xml", PW_PLAN_FILE_ERROR_INVALID, "Line 7: the position “1e999” (x) is not a finite number." },
  { "nan-coordinate.xml", PW_PLAN_FILE_ERROR_INVALID, "Line 7: the position “NaN” (x) is not a finite number." },
  { "bad-domain.xml", PW_PLAN_FILE_ERROR_INVALID, "Line 7: “15” is not an integration domain; domains are numbered 1 to 14." },
  { "indicators-on-barrier.xml", PW_PLAN_FILE_ERROR_INVALID, "Line 8: the card “c1” (Barrier) has indicators, but only outcome cards can have them." },
  { "unknown-element.xml", PW_PLAN_FILE_ERROR_INVALID, "Line 9: “<colour>” does not belong here in a plan file" },
  { "unknown-card-kind.xml", PW_PLAN_FILE_ERROR_INVALID, "Line 7: the card “c1” has the kind “impact”; it must be barrier, activity, output, outcome or goal." },
  { "bad-date.xml", PW_PLAN_FILE_ERROR_INVALID, "Line 4: “last Tuesday” is not a date and time" },
  { "truncated.xml", PW_PLAN_FILE_ERROR_NOT_XML, "Line 8: the file ends too early" },
  { "empty.xml", PW_PLAN_FILE_ERROR_EMPTY, "is empty" },
  { "whitespace-only.xml", PW_PLAN_FILE_ERROR_EMPTY, "is empty" },
  { "json.xml", PW_PLAN_FILE_ERROR_NOT_XML, "Line 1: this is not a well-formed XML file" },
};

static void
assert_refused (const char *path,
                int         code,
                const char *fragment)
{
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(PwLoadWarnings) warnings = NULL;
  g_autoptr(GError) error = NULL;

  plan = load_path (path, &warnings, &error);
  g_assert_null (plan);
  g_assert_null (warnings);
  g_assert_error (error, PW_PLAN_FILE_ERROR, code);
  if (strstr (error->message, fragment) == NULL)
    g_error ("%s: message “%s” lacks “%s”", path, error->message, fragment);
}

static void
test_hostile (gconstpointer data)
{
  const HostileCase *c = data;
  g_autofree char *path = hostile_path (c->name);
  g_autoptr(GBytes) bytes = read_bytes (path);
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  assert_refused (path, c->code, c->fragment);

  /* From memory too (what the fuzzer drives). */
  plan = pw_plan_load_from_bytes (bytes, framework (), NULL, &error);
  g_assert_null (plan);
  g_assert_error (error, PW_PLAN_FILE_ERROR, c->code);
}

/* Nothing of a local file reaches the plan or the message. */
static void
test_xxe_secret (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *secret = g_build_filename (dir, "secret.txt", NULL);
  g_autofree char *path = g_build_filename (dir, "xxe.xml", NULL);
  g_autofree char *xml = NULL;
  const char *variants[] = {
    "<!DOCTYPE plan [ <!ENTITY s SYSTEM \"file://%s\"> ]>\n"
    "<plan xmlns=\"urn:io.github.pathways:plan\" version=\"1\"><metadata><title>&s;</title></metadata></plan>\n",
    "<!DOCTYPE plan SYSTEM \"file://%s\">\n"
    "<plan xmlns=\"urn:io.github.pathways:plan\" version=\"1\"><metadata><title>x</title></metadata></plan>\n",
    "<!DOCTYPE plan [ <!ENTITY %% p SYSTEM \"file://%s\"> %%p; ]>\n"
    "<plan xmlns=\"urn:io.github.pathways:plan\" version=\"1\"><metadata/></plan>\n",
  };
  g_autoptr(GError) error = NULL;

  g_file_set_contents (secret, "TOP-SECRET-7f3a9c", -1, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    {
      g_autoptr(PwPlan) plan = NULL;
      g_autoptr(GError) load_error = NULL;

      xml = (g_free (xml), g_strdup_printf (variants[i], secret));
      g_file_set_contents (path, xml, -1, &error);
      g_assert_no_error (error);
      plan = load_path (path, NULL, &load_error);
      g_assert_null (plan);
      g_assert_error (load_error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_UNSAFE);
      g_assert_null (strstr (load_error->message, "TOP-SECRET"));
      g_assert_null (strstr (load_error->message, "secret.txt"));
    }
  remove_tree (dir);
}

static void
test_deep_nesting (void)
{
  GString *xml = g_string_new ("<plan xmlns=\"urn:io.github.pathways:plan\" version=\"1\"><metadata/>\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 10000; i++)
    g_string_append (xml, "<cards>");
  for (guint i = 0; i < 10000; i++)
    g_string_append (xml, "</cards>");
  g_string_append (xml, "</plan>\n");
  bytes = g_string_free_to_bytes (xml);

  plan = pw_plan_load_from_bytes (bytes, NULL, NULL, &error);
  g_assert_null (plan);
  g_assert_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "nested far too deeply"));
}

/* A newer format nested deeply with unknown elements is pruned, not walked. */
static void
test_deep_nesting_future (void)
{
  GString *xml = g_string_new ("<plan xmlns=\"urn:io.github.pathways:plan\" version=\"2\"><metadata/>\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(PwLoadWarnings) warnings = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 200; i++)
    g_string_append (xml, "<group>");
  for (guint i = 0; i < 200; i++)
    g_string_append (xml, "</group>");
  g_string_append (xml, "</plan>\n");
  bytes = g_string_free_to_bytes (xml);

  plan = pw_plan_load_from_bytes (bytes, NULL, &warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pw_load_warnings_get_n (warnings), ==, 1);
  g_assert_nonnull (strstr (pw_load_warnings_get (warnings, 0), "“<group>” (line 2)"));
}

static void
write_big_text_file (const char *path,
                     gsize       text_size)
{
  static const char head[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                             "<plan xmlns=\"urn:io.github.pathways:plan\" version=\"1\">\n"
                             "  <metadata>\n    <title>";
  static const char tail[] = "</title>\n  </metadata>\n</plan>\n";
  g_autoptr(GError) error = NULL;
  char *data = g_malloc (sizeof head - 1 + text_size + sizeof tail - 1);
  gsize len = 0;

  memcpy (data, head, sizeof head - 1);
  len += sizeof head - 1;
  memset (data + len, 'a', text_size);
  len += text_size;
  memcpy (data + len, tail, sizeof tail - 1);
  len += sizeof tail - 1;
  g_file_set_contents (path, data, len, &error);
  g_assert_no_error (error);
  g_free (data);
}

static void
test_huge_text (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "huge.xml", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  /* 60 MB: refused from its size, before parsing. */
  write_big_text_file (path, 60 * 1024 * 1024);
  assert_refused (path, PW_PLAN_FILE_ERROR_TOO_LARGE, "is too large to be a plan");
  bytes = read_bytes (path);
  plan = pw_plan_load_from_bytes (bytes, NULL, NULL, &error);
  g_assert_null (plan);
  g_assert_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_TOO_LARGE);
  g_clear_pointer (&bytes, g_bytes_unref);
  g_clear_error (&error);

  /* 12 MB: under the file limit, so it loads whole (memory stays bounded
   * by the file-size limit). */
  write_big_text_file (path, 12 * 1024 * 1024);
  plan = load_path (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (pw_plan_get_title (plan)), ==, 12 * 1024 * 1024);
  remove_tree (dir);
}

static void
test_not_a_file (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *fifo = g_build_filename (dir, "pipe", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.xml", NULL);
  g_autofree char *under_file = NULL;

  assert_refused (dir, PW_PLAN_FILE_ERROR_IS_DIRECTORY, "is a folder, not a plan file");
  assert_refused (missing, PW_PLAN_FILE_ERROR_NOT_FOUND, "does not exist");
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  assert_refused (fifo, PW_PLAN_FILE_ERROR_NOT_REGULAR, "is not an ordinary file");
  under_file = g_build_filename (fifo, "plan.xml", NULL);
  assert_refused (under_file, PW_PLAN_FILE_ERROR_NOT_FOUND, "does not exist");
  remove_tree (dir);
}

static void
test_unreadable_file (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (!run_unprivileged ())
    return;
  dir = make_temp_dir ();
  path = g_build_filename (dir, "locked.xml", NULL);
  g_file_set_contents (path, "<plan/>", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, 0000), ==, 0);
  assert_refused (path, PW_PLAN_FILE_ERROR_PERMISSION, "You do not have permission to read");
  remove_tree (dir);
}

/* Warnings: loads that succeed but have something to say */

static void
test_future_version (void)
{
  g_autofree char *path = hostile_path ("future-version.xml");
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(PwPlan) again = NULL;
  g_autoptr(PwLoadWarnings) warnings = NULL;
  g_autoptr(PwLoadWarnings) no_warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) saved = NULL;
  const char *warning;

  plan = load_path (path, &warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pw_load_warnings_get_n (warnings), ==, 1);
  warning = pw_load_warnings_get (warnings, 0);
  g_assert_nonnull (strstr (warning, "newer version of Pathways (file format 2)"));
  g_assert_nonnull (strstr (warning, "these parts will be lost"));
  g_assert_nonnull (strstr (warning, "“<language>” (line 5)"));
  g_assert_nonnull (strstr (warning, "the attribute “colour” of “<card>” (line 10)"));
  g_assert_nonnull (strstr (warning, "“<sticker>” (line 12)"));
  g_assert_nonnull (strstr (warning, "card “c3” of the kind “impact”"));
  g_assert_nonnull (strstr (warning, "the attribute “weight” of “<link>”"));
  g_assert_nonnull (strstr (warning, "link “l2”"));
  g_assert_nonnull (strstr (warning, "“<budget>”"));

  g_assert_cmpstr (pw_plan_get_title (plan), ==, "Made with Pathways 2");
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_cards (plan)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_links (plan)), ==, 1);
  g_assert_null (pw_plan_lookup_card (plan, "c3"));

  /* Saved again it is a plain version 1 file. */
  saved = pw_plan_to_xml (plan);
  g_assert_nonnull (strstr (g_bytes_get_data (saved, NULL), "version=\"1\""));
  again = pw_plan_load_from_bytes (saved, NULL, &no_warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pw_load_warnings_get_n (no_warnings), ==, 0);
  g_assert_true (pw_plan_equal (plan, again));
}

static void
test_future_version_clean (void)
{
  static const char xml[] =
    "<plan xmlns=\"urn:io.github.pathways:plan\" version=\"2\" min-reader-version=\"1\">\n"
    "  <metadata><title>Nothing new</title></metadata>\n</plan>\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, sizeof xml - 1);
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(PwLoadWarnings) warnings = NULL;
  g_autoptr(GError) error = NULL;

  plan = pw_plan_load_from_bytes (bytes, NULL, &warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pw_load_warnings_get_n (warnings), ==, 1);
  g_assert_cmpstr (pw_load_warnings_get (warnings, 0), ==,
                   "This plan was saved by a newer version of Pathways (file format 2). "
                   "If you save it, it will be saved in format 1.");
}

static void
test_unknown_indicator (void)
{
  g_autofree char *path = hostile_path ("unknown-indicator.xml");
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(PwPlan) without = NULL;
  g_autoptr(PwLoadWarnings) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = read_bytes (path);
  g_autofree char *joined = NULL;
  PwIndicatorRef *ref;

  plan = load_path (path, &warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pw_load_warnings_get_n (warnings), ==, 1);
  g_assert_cmpstr (pw_load_warnings_get (warnings, 0), ==,
                   "The indicator “% of people in very good jobs” is not in this version of the "
                   "framework bank; it was kept as a custom indicator.");
  joined = pw_load_warnings_join (warnings);
  g_assert_cmpstr (joined, ==, pw_load_warnings_get (warnings, 0));

  ref = pw_plan_lookup_indicator (plan, "i1");
  g_assert_true (pw_indicator_ref_is_custom (ref));
  g_assert_cmpstr (pw_indicator_ref_get_text (ref), ==, "% of people in very good jobs");
  g_assert_cmpstr (pw_indicator_ref_get_eval (ref, PW_EVAL_FIELD_METHODS), ==, "Survey");
  ref = pw_plan_lookup_indicator (plan, "i2");
  g_assert_cmpstr (pw_indicator_ref_get_bank_id (ref), ==, "work-02");

  /* Without a framework, bank ids are kept as they are. */
  without = pw_plan_load_from_bytes (bytes, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pw_indicator_ref_get_bank_id (pw_plan_lookup_indicator (without, "i1")), ==, "work-99");
}

/* Line numbers past 65535 are reported exactly. */
static void
test_big_line_numbers (void)
{
  GString *xml = g_string_new ("<plan xmlns=\"urn:io.github.pathways:plan\" version=\"1\">\n<metadata/>\n<cards>\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  guint line = 3;

  for (guint i = 1; i <= 70000; i++, line++)
    g_string_append_printf (xml, "<card id=\"c%u\" kind=\"activity\" order=\"%u\" x=\"0\" y=\"0\"/>\n", i, i - 1);
  g_string_append (xml, "</cards>\n<links>\n");
  line += 3;
  g_string_append_printf (xml, "<link id=\"l1\" from=\"c1\" to=\"c99999\"/>\n</links>\n</plan>\n");
  bytes = g_string_free_to_bytes (xml);

  plan = pw_plan_load_from_bytes (bytes, NULL, NULL, &error);
  g_assert_null (plan);
  g_assert_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_REFERENCE);
  expected = g_strdup_printf ("Line %u: a link points to card “c99999”, which is not in this plan.", line);
  g_assert_cmpstr (error->message, ==, expected);
}

/* Outcomes "Outcome 1" … "Outcome @n" in one chain, its links listed from the
 * goal end backwards: each link lengthens the path a link-by-link loop check
 * walks (cubic before the plan indexed its links: 2,000 took 150 s).
 * *line is the line the next link would have. */
static GString *
backwards_chain (guint  n,
                 guint *line)
{
  GString *xml = g_string_new ("<plan xmlns=\"urn:io.github.pathways:plan\" version=\"1\">\n<metadata/>\n<cards>\n");

  for (guint i = 1; i <= n; i++)
    g_string_append_printf (xml, "<card id=\"c%u\" kind=\"outcome\" order=\"%u\" x=\"0\" y=\"0\">"
                            "<title>Outcome %u</title></card>\n", i, i - 1, i);
  g_string_append (xml, "</cards>\n<links>\n");
  for (guint i = n - 1; i >= 1; i--)
    g_string_append_printf (xml, "<link id=\"l%u\" from=\"c%u\" to=\"c%u\"/>\n", i, i, i + 1);
  *line = 2 * n + 5;
  return xml;
}

static void
test_long_chain (void)
{
  const guint n = 2000;
  guint line;
  GString *xml = backwards_chain (n, &line);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) from_first = NULL;
  g_autoptr(GPtrArray) to_last = NULL;
  PwCard *first, *last;

  g_string_append (xml, "</links>\n</plan>\n");
  bytes = g_string_free_to_bytes (xml);
  plan = pw_plan_load_from_bytes (bytes, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_cards (plan)), ==, n);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_links (plan)), ==, n - 1);

  first = pw_plan_lookup_card (plan, "c1");
  last = pw_plan_lookup_card (plan, "c2000");
  from_first = pw_plan_get_links_from (plan, first);
  to_last = pw_plan_get_links_to (plan, last);
  g_assert_cmpuint (from_first->len, ==, 1);
  g_assert_cmpstr (pw_link_get_id (g_ptr_array_index (from_first, 0)), ==, "l1");
  g_assert_cmpuint (to_last->len, ==, 1);
  g_assert_cmpstr (pw_link_get_id (g_ptr_array_index (to_last, 0)), ==, "l1999");
  g_assert_false (pw_plan_can_link (plan, last, first, &error));
  g_assert_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_LINK_LOOP);
}

/* The loops of a whole file are checked at once, yet the error is the one a
 * link-by-link check gives: the first link that closes a loop, before any
 * later link's error. */
static void
test_loop_reported_first (void)
{
  const char *tails[] = {
    "",
    "<link id=\"lx\" from=\"c5\" to=\"c5\"/>\n",
    "<link id=\"lx\" from=\"c5\" to=\"c99999\"/>\n",
    "<link id=\"l7\" from=\"c5\" to=\"c1\"/>\n",
    "<link id=\"lx\" from=\"c1000\" to=\"c1\"/>\n",
  };
  const char *expected =
    "Line %u: Cannot link “Outcome 2000” to “Outcome 1000”: “Outcome 1000” already leads to "
    "“Outcome 2000”, and links cannot go round in a loop.";

  for (guint i = 0; i < G_N_ELEMENTS (tails); i++)
    {
      guint line;
      GString *xml = backwards_chain (2000, &line);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(PwPlan) plan = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *message = NULL;

      g_string_append (xml, "<link id=\"lz\" from=\"c2000\" to=\"c1000\"/>\n");
      g_string_append (xml, tails[i]);
      g_string_append (xml, "</links>\n</plan>\n");
      bytes = g_string_free_to_bytes (xml);
      plan = pw_plan_load_from_bytes (bytes, NULL, NULL, &error);
      g_assert_null (plan);
      g_assert_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_INVALID);
      message = g_strdup_printf (expected, line);
      g_assert_cmpstr (error->message, ==, message);
    }
}

/* A failed load builds nothing and touches no other plan. */
static void
test_failed_load_leaves_open_plan (void)
{
  g_autoptr(PwPlan) open_plan = build_rich_plan ();
  g_autoptr(GBytes) before = pw_plan_to_xml (open_plan);
  g_autoptr(GBytes) after = NULL;
  g_autofree char *path = hostile_path ("dangling-link.xml");
  gboolean unsaved = pw_plan_get_unsaved (open_plan);

  assert_refused (path, PW_PLAN_FILE_ERROR_REFERENCE, "c17");
  after = pw_plan_to_xml (open_plan);
  assert_bytes_equal (before, after);
  g_assert_cmpint (pw_plan_get_unsaved (open_plan), ==, unsaved);
}

/* Command line */

static char *
run_cli (const char *path,
         int        *status,
         char      **err_text)
{
  char *out_text = NULL, *err_buf = NULL;
  size_t out_len = 0, err_len = 0;
  FILE *out = open_memstream (&out_text, &out_len);
  FILE *err = open_memstream (&err_buf, &err_len);

  *status = pw_plan_cli_check (path, out, err);
  fclose (out);
  fclose (err);
  *err_text = err_buf;
  return out_text;
}

static void
test_cli (void)
{
  g_autofree char *good = sample_path ("welcome-hub.xml");
  g_autofree char *bad = hostile_path ("dangling-link.xml");
  g_autofree char *warned = hostile_path ("unknown-indicator.xml");
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *expected = NULL;
  int status;

  out = run_cli (good, &status, &err);
  g_assert_cmpint (status, ==, 0);
  expected = g_strdup_printf ("%s: “Welcome Hub: language and work”: 6 cards, 5 links, "
                              "3 indicators, no warnings\n", good);
  g_assert_cmpstr (out, ==, expected);
  g_assert_cmpstr (err, ==, "");

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = run_cli (bad, &status, &err);
  g_assert_cmpint (status, ==, 2);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "Line 12: a link points to card “c17”, which is not in this plan."));

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = run_cli (warned, &status, &err);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "2 indicators, 1 warning\n"));
  g_assert_nonnull (strstr (out, ": warning: The indicator “% of people in very good jobs”"));
}

/* The bundled schema accepts what the writer writes. */
static void
test_schema_accepts_output (void)
{
  g_autoptr(PwPlan) plan = build_rich_plan ();
  g_autoptr(GBytes) bytes = pw_plan_to_xml (plan);
  g_autoptr(GError) error = NULL;
  xmlDoc *doc;

  g_assert_true (pw_plan_xml_ensure_schema (&error));
  g_assert_no_error (error);
  doc = pw_plan_xml_parse_safely (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  g_assert_true (pw_plan_xml_validate (doc, &error));
  g_assert_no_error (error);
  xmlFreeDoc (doc);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  pw_model_init ();

  g_test_add_func ("/plan/xml/round-trip/rich", test_round_trip_rich);
  g_test_add_func ("/plan/xml/round-trip/empty", test_round_trip_empty);
  g_test_add_func ("/plan/xml/round-trip/after-undo", test_round_trip_after_undo);
  g_test_add_func ("/plan/xml/round-trip/control-characters", test_control_characters);
  g_test_add_func ("/plan/xml/round-trip/early-year", test_early_year);
  g_test_add_func ("/plan/xml/round-trip/declared-encodings", test_declared_encodings);
  g_test_add_func ("/plan/xml/number-format", test_number_format);
  g_test_add_func ("/plan/xml/schema-accepts-output", test_schema_accepts_output);
  g_test_add_func ("/plan/xml/samples/canonical", test_sample_plans_canonical);
  g_test_add_func ("/plan/xml/samples/content", test_sample_plan_content);
  g_test_add_func ("/plan/xml/save/read-only-folder", test_save_read_only_folder);
  g_test_add_func ("/plan/xml/save/directory", test_save_to_directory);
  g_test_add_func ("/plan/xml/save/under-a-file", test_save_under_a_file);
  g_test_add_func ("/plan/xml/save/write-fails", test_save_write_fails);
  g_test_add_func ("/plan/xml/save/keeps-link-and-mode", test_save_keeps_link_and_mode);
  for (guint i = 0; i < G_N_ELEMENTS (hostile_cases); i++)
    {
      g_autofree char *name = g_strdup (hostile_cases[i].name);
      g_autofree char *test_path = NULL;

      *strrchr (name, '.') = '\0';
      test_path = g_strconcat ("/plan/xml/hostile/", name, NULL);
      g_test_add_data_func (test_path, &hostile_cases[i], test_hostile);
    }
  g_test_add_func ("/plan/xml/hostile/xxe-secret", test_xxe_secret);
  g_test_add_func ("/plan/xml/hostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/plan/xml/hostile/deep-nesting-future", test_deep_nesting_future);
  g_test_add_func ("/plan/xml/hostile/huge-text", test_huge_text);
  g_test_add_func ("/plan/xml/hostile/not-a-file", test_not_a_file);
  g_test_add_func ("/plan/xml/hostile/unreadable", test_unreadable_file);
  g_test_add_func ("/plan/xml/warnings/future-version", test_future_version);
  g_test_add_func ("/plan/xml/warnings/future-version-clean", test_future_version_clean);
  g_test_add_func ("/plan/xml/warnings/unknown-indicator", test_unknown_indicator);
  g_test_add_func ("/plan/xml/errors/big-line-numbers", test_big_line_numbers);
  g_test_add_func ("/plan/xml/hostile/long-chain", test_long_chain);
  g_test_add_func ("/plan/xml/errors/loop-reported-first", test_loop_reported_first);
  g_test_add_func ("/plan/xml/errors/open-plan-untouched", test_failed_load_leaves_open_plan);
  g_test_add_func ("/plan/xml/cli", test_cli);

  return g_test_run ();
}
