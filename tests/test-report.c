/* test-report.c — the Annex 1 evaluation plan: table, suggestions, PDF/CSV/FODT export, blank template, CLI
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF checks read the files back with poppler's pdftotext and pdfinfo and
 * the FODT with xmllint; a test is skipped when its tool is missing. Set
 * PW_REPORT_KEEP=1 to keep the files written (the path is printed).
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pw-autocleanups.h"
#include "pw-evaluation.h"
#include "pw-plan-xml.h"
#include "pw-report-cli.h"
#include "pw-report-pdf.h"
#include "pw-report-private.h"

/* ---- Helpers ------------------------------------------------------------ */

static char *out_dir;

static char *
out_path (const char *name)
{
  return g_build_filename (out_dir, name, NULL);
}

static PwFramework *
fw (void)
{
  return pw_framework_get_default ();
}

static PwCard *
add_outcome (PwPlan     *plan,
             const char *title)
{
  return pw_plan_add_card (plan, PW_CARD_KIND_OUTCOME, title, -1, 0, 0);
}

static PwIndicatorRef *
attach (PwPlan     *plan,
        PwCard     *card,
        const char *bank_id)
{
  g_autoptr(GError) error = NULL;
  const PwIndicator *indicator = pw_framework_lookup_indicator (fw (), bank_id);
  PwIndicatorRef *ref;

  g_assert_nonnull (indicator);
  ref = pw_plan_attach_indicator (plan, card, bank_id, indicator->text, indicator->domain, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ref);
  return ref;
}

static const char tricky[] = "Ask \"how often do you chat?\", weekly;\nthen monthly, at the café";

/* Five outcomes: several indicators (▲ and □), ■ and a custom one, none at
 * all, one with the officer's own texts, and one ■▲. */
static PwPlan *
demo_plan (void)
{
  PwPlan *plan = pw_plan_new ();
  PwCard *o1, *o2, *o4, *o5;
  PwIndicatorRef *ref;
  g_autoptr(GError) error = NULL;

  pw_plan_set_text (plan, PW_PLAN_FIELD_TITLE, "Language café: evaluation plan");
  pw_plan_set_text (plan, PW_PLAN_FIELD_ORGANISATION, "Anytown Borough Council");
  pw_plan_set_text (plan, PW_PLAN_FIELD_AREA, "Anytown");

  o1 = add_outcome (plan, "Participants hold conversations regularly with local English speakers");
  attach (plan, o1, "language-06");
  attach (plan, o1, "bridges-04");
  attach (plan, o1, "health-03");
  o2 = add_outcome (plan, "Fewer hate incidents go unreported");
  attach (plan, o2, "safety-06");
  g_assert_nonnull (pw_plan_attach_indicator (plan, o2, NULL, "Number of people who know where to report", 12, &error));
  g_assert_no_error (error);
  add_outcome (plan, "Volunteers feel confident supporting newcomers");
  o4 = add_outcome (plan, "Neighbours of all backgrounds help each other");
  pw_plan_set_card_text (plan, o4, PW_CARD_FIELD_INTEGRATION_OUTCOME, "Social bridges, as the officers agreed");
  ref = attach (plan, o4, "bridges-05");
  pw_plan_set_eval_field (plan, ref, PW_EVAL_FIELD_DATA_SOURCE, tricky);
  pw_plan_set_eval_field (plan, ref, PW_EVAL_FIELD_SAMPLE, "All 40 café participants and 20 volunteers");
  pw_plan_set_eval_field (plan, ref, PW_EVAL_FIELD_RESPONSIBILITY, "Café coordinator");
  o5 = add_outcome (plan, "More participants in part-time or full-time work");
  attach (plan, o5, "work-05");
  return plan;
}

static gboolean
have_tool (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  if (path == NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s is not installed", name);

      g_test_skip (message);
      return FALSE;
    }
  return TRUE;
}

/* Runs @argv; returns its standard output, asserting it exits 0. */
static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err_text = NULL;
  char *out_text = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out_text, &err_text, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_printerr ("%s: %s\n", argv[0], err_text);
  g_assert_no_error (error);
  return out_text;
}

static guint
pdf_n_pages (const char *path)
{
  g_autofree char *info = run ((const char *[]) { "pdfinfo", path, NULL });
  const char *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + 7 + strspn (pages + 7, " "), NULL, 10);
}

static char *
pdf_text (const char *path)
{
  return run ((const char *[]) { "pdftotext", "-raw", "-enc", "UTF-8", path, "-", NULL });
}

/* Whitespace removed: line breaks fall anywhere in a wrapped text. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
assert_has_text (const char *squeezed_haystack,
                 const char *needle)
{
  g_autofree char *squeezed = squeeze (needle);

  if (strstr (squeezed_haystack, squeezed) == NULL)
    g_error ("not found in the output: “%s”", needle);
}

/* Every outcome title, indicator text and (with @labels) row label appears in @text. */
static void
assert_evaluation_in_text (PwEvaluation *ev,
                           const char   *text,
                           gboolean      labels)
{
  g_autofree char *haystack = squeeze (text);

  for (guint r = 0; labels && r < PW_N_ANNEX_ROWS; r++)
    {
      g_autofree char *label = pw_annex_row_dup_label (r);

      assert_has_text (haystack, label);
    }
  for (guint o = 0; o < pw_evaluation_get_n_outcomes (ev); o++)
    {
      PwCard *card = pw_evaluation_get_card (ev, o);
      GListModel *indicators = pw_card_get_indicators (card);

      assert_has_text (haystack, pw_card_get_title (card));
      for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
        {
          g_autoptr(PwIndicatorRef) ref = g_list_model_get_item (indicators, i);

          assert_has_text (haystack, pw_indicator_ref_get_text (ref));
        }
    }
}

/* ---- Labels and the table ---------------------------------------------- */

static void
test_row_labels (void)
{
  static const char * const expected[PW_N_ANNEX_ROWS] = {
    "Your Theory of Change Outcome",
    "Theory of Change for Integration Outcome",
    "Indicators",
    "Data source and frequency of data collection, questions (What information do you already have? "
    "What additional information will you need?)",
    "Data collection methods/related activities (What methods will you use to gather additional information?)",
    "Sample (How many individuals you will collect data from?)",
    "Responsibility (Who will collect this data?)",
    "Data collection and analysis process (Which activities of your programme will help to achieve a "
    "particular outcome)",
    "Timeline (When this needs to be done by?)",
  };

  for (guint r = 0; r < PW_N_ANNEX_ROWS; r++)
    {
      g_autofree char *label = pw_annex_row_dup_label (r);

      g_assert_cmpstr (label, ==, expected[r]);
    }
  g_assert_null (pw_annex_row_get_question (PW_ANNEX_ROW_INDICATORS));
}

static void
test_table (void)
{
  g_autoptr(PwPlan) plan = demo_plan ();
  g_autoptr(PwEvaluation) ev = NULL;
  g_autofree char *indicators = NULL;
  g_autofree char *data = NULL;
  const PwEvalItem *item;

  /* Lane order, not creation order: move the last outcome to the front. */
  {
    g_autoptr(GPtrArray) lane = pw_plan_get_lane_cards (plan, PW_CARD_KIND_OUTCOME);
    g_autoptr(GError) error = NULL;

    g_assert_true (pw_plan_move_card (plan, g_ptr_array_index (lane, 4), PW_CARD_KIND_OUTCOME, 0, 0, 0, &error));
    g_assert_no_error (error);
  }
  ev = pw_evaluation_new (plan, fw ());

  g_assert_cmpuint (pw_evaluation_get_n_outcomes (ev), ==, 5);
  g_assert_cmpstr (pw_evaluation_get_title (ev), ==, "Language café: evaluation plan");
  g_assert_cmpstr (pw_evaluation_get_outcome_title (ev, 0), ==, "More participants in part-time or full-time work");
  g_assert_cmpstr (pw_evaluation_get_outcome_title (ev, 1), ==,
                   "Participants hold conversations regularly with local English speakers");

  /* Three indicators, combined per row and numbered. */
  g_assert_cmpuint (pw_evaluation_get_n_indicators (ev, 1), ==, 3);
  g_assert_cmpuint (pw_evaluation_get_n_items (ev, 1, PW_ANNEX_ROW_INDICATORS), ==, 3);
  g_assert_cmpuint (pw_evaluation_get_n_items (ev, 1, PW_ANNEX_ROW_DATA_SOURCE), ==, 9);
  g_assert_cmpuint (pw_evaluation_get_n_items (ev, 1, PW_ANNEX_ROW_TIMELINE), ==, 9);
  indicators = pw_evaluation_dup_cell_text (ev, 1, PW_ANNEX_ROW_INDICATORS);
  g_assert_true (g_str_has_prefix (indicators, "1. % people who do not have English as a first language"));
  g_assert_nonnull (strstr (indicators, "\nLanguage and communication · ▲\n2. % local people"));
  g_assert_nonnull (strstr (indicators, "\n3. % registered with a dentist\nHealth and social care · □"));
  item = pw_evaluation_get_item (ev, 1, PW_ANNEX_ROW_INDICATORS, 1);
  g_assert_cmpuint (item->indicator, ==, 2);
  g_assert_cmpint (item->category, ==, PW_CATEGORY_SOCIAL_CONNECTIONS);

  /* Nothing written yet: the cells are empty, the integration outcome is a
   * suggestion from the domains (in domain order), not stored in the card. */
  g_assert_true (pw_evaluation_cell_is_empty (ev, 1, PW_ANNEX_ROW_METHODS));
  item = pw_evaluation_get_item (ev, 1, PW_ANNEX_ROW_INTEGRATION_OUTCOME, 0);
  g_assert_cmpstr (item->text, ==, "Health and social care; Social bridges; Language and communication");
  g_assert_true (item->suggested);
  g_assert_cmpstr (pw_card_get_integration_outcome (pw_evaluation_get_card (ev, 1)), ==, "");

  /* The officer's own integration outcome and fields. */
  item = pw_evaluation_get_item (ev, 4, PW_ANNEX_ROW_INTEGRATION_OUTCOME, 0);
  g_assert_cmpstr (item->text, ==, "Social bridges, as the officers agreed");
  g_assert_false (item->suggested);
  data = pw_evaluation_dup_cell_text (ev, 4, PW_ANNEX_ROW_DATA_SOURCE);
  g_assert_cmpstr (data, ==, "Ask \"how often do you chat?\", weekly;\nthen monthly, at the café\n"
                             "What information do you already have?: \n"
                             "What additional information will you need?: ");
  g_assert_false (pw_evaluation_cell_is_empty (ev, 4, PW_ANNEX_ROW_SAMPLE));

  /* No indicators: one empty item per row, nothing suggested. */
  g_assert_cmpuint (pw_evaluation_get_n_items (ev, 3, PW_ANNEX_ROW_TIMELINE), ==, 1);
  g_assert_true (pw_evaluation_cell_is_empty (ev, 3, PW_ANNEX_ROW_INTEGRATION_OUTCOME));
  g_assert_false (pw_evaluation_get_item (ev, 3, PW_ANNEX_ROW_INTEGRATION_OUTCOME, 0)->suggested);
}

/* ---- Suggestions -------------------------------------------------------- */

static PwIndicatorRef *
first_ref (PwCard *card)
{
  g_autoptr(PwIndicatorRef) ref = g_list_model_get_item (pw_card_get_indicators (card), 0);

  return ref;   /* the card keeps it alive */
}

static void
test_suggest_texts (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwCard *card = add_outcome (plan, "Outcome");
  PwIndicatorRef *mixing = attach (plan, card, "bridges-04");
  PwIndicatorRef *dentist = attach (plan, card, "health-03");
  PwIndicatorRef *hate = attach (plan, card, "safety-06");
  g_autofree char *mixing_text = pw_evaluation_suggest_field (mixing, fw (), PW_EVAL_FIELD_DATA_SOURCE);
  g_autofree char *dentist_text = pw_evaluation_suggest_field (dentist, fw (), PW_EVAL_FIELD_DATA_SOURCE);
  g_autofree char *hate_text = pw_evaluation_suggest_field (hate, fw (), PW_EVAL_FIELD_DATA_SOURCE);
  g_autofree char *timeline = pw_evaluation_suggest_field (mixing, fw (), PW_EVAL_FIELD_TIMELINE);
  g_autofree char *baseline = pw_evaluation_suggest_field (mixing, fw (), PW_EVAL_FIELD_BASELINE);
  g_autofree char *sample = pw_evaluation_suggest_field (mixing, fw (), PW_EVAL_FIELD_SAMPLE);

  /* ▲ with the MHCLG and London comparators: the survey and its question. */
  g_assert_nonnull (strstr (mixing_text, "Community Life Survey"));
  g_assert_nonnull (strstr (mixing_text, "ask participants the same question: “What proportion of your friends"));
  g_assert_nonnull (strstr (mixing_text, "Survey of Londoners 18-19"));
  g_assert_nonnull (strstr (mixing_text, "▲ National survey"));
  /* □: plan your own collection. */
  g_assert_true (g_str_has_prefix (dentist_text, "□ No public data located: plan your own collection"));
  /* ■: official statistics and local comparison. */
  g_assert_nonnull (strstr (hate_text, "Police recorded hate crime"));
  g_assert_nonnull (strstr (hate_text, "■ Official statistics"));
  g_assert_nonnull (strstr (hate_text, "local comparison"));
  /* Every data source names the frequency (baseline, then repeat: 5.4). */
  g_assert_nonnull (strstr (dentist_text, "section 5.4"));
  g_assert_nonnull (strstr (timeline, "before the intervention starts"));
  g_assert_cmpstr (baseline, ==, "Before the intervention starts");
  /* The officer's questions are left to the officer. */
  g_assert_null (sample);
}

static guint
count_suggested (PwPlan *plan)
{
  g_autoptr(GPtrArray) lane = pw_plan_get_lane_cards (plan, PW_CARD_KIND_OUTCOME);
  guint n = 0;

  for (guint c = 0; c < lane->len; c++)
    {
      GListModel *indicators = pw_card_get_indicators (g_ptr_array_index (lane, c));

      for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
        {
          g_autoptr(PwIndicatorRef) ref = g_list_model_get_item (indicators, i);

          for (guint f = 0; f < PW_N_EVAL_FIELDS; f++)
            n += pw_indicator_ref_is_suggested (ref, f);
        }
    }
  return n;
}

static void
test_prefill (void)
{
  g_autoptr(PwPlan) plan = demo_plan ();
  g_autoptr(GPtrArray) lane = pw_plan_get_lane_cards (plan, PW_CARD_KIND_OUTCOME);
  PwIndicatorRef *written = first_ref (g_ptr_array_index (lane, 3));
  PwIndicatorRef *dentist;
  guint filled;

  {
    g_autoptr(PwIndicatorRef) ref = g_list_model_get_item (pw_card_get_indicators (g_ptr_array_index (lane, 0)), 2);
    dentist = ref;
  }
  pw_plan_seal_undo (plan);

  /* 7 indicators × 4 suggested fields, less the one data source already written. */
  filled = pw_evaluation_prefill (plan, fw ());
  g_assert_cmpuint (filled, ==, 7 * 4 - 1);
  g_assert_cmpuint (count_suggested (plan), ==, filled);
  g_assert_cmpstr (pw_indicator_ref_get_eval (written, PW_EVAL_FIELD_DATA_SOURCE), ==, tricky);
  g_assert_false (pw_indicator_ref_is_suggested (written, PW_EVAL_FIELD_DATA_SOURCE));
  g_assert_cmpstr (pw_indicator_ref_get_eval (written, PW_EVAL_FIELD_SAMPLE), ==,
                   "All 40 café participants and 20 volunteers");
  g_assert_true (pw_indicator_ref_is_suggested (written, PW_EVAL_FIELD_TIMELINE));
  g_assert_true (g_str_has_prefix (pw_indicator_ref_get_eval (dentist, PW_EVAL_FIELD_DATA_SOURCE), "□ No public data"));
  g_assert_cmpstr (pw_indicator_ref_get_eval (dentist, PW_EVAL_FIELD_METHODS), ==, "");
  g_assert_cmpstr (pw_plan_get_undo_label (plan), ==, "Suggest evaluation plan");

  /* Shown as suggestions in the table. */
  {
    g_autoptr(PwEvaluation) ev = pw_evaluation_new (plan, fw ());
    const PwEvalItem *item = pw_evaluation_get_item (ev, 0, PW_ANNEX_ROW_TIMELINE, 1);

    g_assert_cmpint (item->field, ==, PW_EVAL_FIELD_BASELINE);
    g_assert_true (item->suggested);
    g_assert_cmpstr (item->text, ==, "Before the intervention starts");
  }

  /* Nothing empty is left: a second run changes nothing and records nothing. */
  g_assert_cmpuint (pw_evaluation_prefill (plan, fw ()), ==, 0);
  g_assert_cmpstr (pw_plan_get_undo_label (plan), ==, "Suggest evaluation plan");

  /* One undo step takes every suggestion back, and nothing else. */
  g_assert_true (pw_plan_undo (plan));
  g_assert_cmpuint (count_suggested (plan), ==, 0);
  g_assert_cmpstr (pw_indicator_ref_get_eval (dentist, PW_EVAL_FIELD_DATA_SOURCE), ==, "");
  g_assert_cmpstr (pw_indicator_ref_get_eval (written, PW_EVAL_FIELD_DATA_SOURCE), ==, tricky);
  g_assert_cmpstr (pw_indicator_ref_get_eval (written, PW_EVAL_FIELD_RESPONSIBILITY), ==, "Café coordinator");
  g_assert_true (pw_plan_redo (plan));
  g_assert_cmpuint (count_suggested (plan), ==, filled);

  /* Editing a suggestion makes it the officer's; accepting keeps the text. */
  pw_plan_set_eval_field (plan, dentist, PW_EVAL_FIELD_BASELINE, "March 2026");
  g_assert_false (pw_indicator_ref_is_suggested (dentist, PW_EVAL_FIELD_BASELINE));
  pw_plan_accept_suggestion (plan, dentist, PW_EVAL_FIELD_TIMELINE);
  g_assert_false (pw_indicator_ref_is_suggested (dentist, PW_EVAL_FIELD_TIMELINE));
  g_assert_cmpstr (pw_indicator_ref_get_eval (dentist, PW_EVAL_FIELD_TIMELINE), !=, "");
}

static void
test_prefill_nothing (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();

  add_outcome (plan, "No indicators yet");
  pw_plan_clear_undo (plan);
  g_assert_cmpuint (pw_evaluation_prefill (plan, fw ()), ==, 0);
  g_assert_false (pw_plan_can_undo (plan));
}

/* ---- PDF ---------------------------------------------------------------- */

static void assert_pagination_sound (PwReport *report);

static void
test_pdf_demo (void)
{
  g_autoptr(PwPlan) plan = demo_plan ();
  g_autoptr(PwEvaluation) ev = NULL;
  g_autoptr(PwReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a4 = out_path ("demo-a4.pdf");
  g_autofree char *a3 = out_path ("demo-a3.pdf");
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;

  if (!have_tool ("pdftotext") || !have_tool ("pdfinfo"))
    return;

  /* Short texts: on A3, 5 outcomes on one page; on A4, 3 outcomes a page,
   * so two groups of one or two pages each (the 9 rows and the indicators
   * need a little more than an A4 page). */
  g_assert_true (pw_report_export_pdf (plan, fw (), a4, PW_PAPER_A4, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_n_pages (a4), >=, 2);
  g_assert_cmpuint (pdf_n_pages (a4), <=, 4);
  g_assert_true (pw_report_export_pdf (plan, fw (), a3, PW_PAPER_A3, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_n_pages (a3), ==, 1);

  /* With the (long) suggestions: the report's count is the file's. */
  pw_evaluation_prefill (plan, fw ());
  ev = pw_evaluation_new (plan, fw ());
  report = pw_report_new (ev, fw ());
  g_assert_true (pw_report_write_pdf (report, a4, PW_PAPER_A4, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pw_report_get_columns_per_page (report), ==, 3);
  g_assert_cmpuint (pw_report_get_n_pages (report), >, 2);
  g_assert_cmpuint (pdf_n_pages (a4), ==, pw_report_get_n_pages (report));
  assert_pagination_sound (report);

  text = pdf_text (a4);
  assert_evaluation_in_text (ev, text, TRUE);
  squeezed = squeeze (text);
  assert_has_text (squeezed, "Language café: evaluation plan");
  assert_has_text (squeezed, "Anytown Borough Council · Anytown");
  assert_has_text (squeezed, "Evaluation planning — Part B, Annex 1");
  assert_has_text (squeezed, "Indicators of Integration framework 2019, Home Office — Open Government Licence v3.0");
  assert_has_text (squeezed, pw_framework_get_attribution (fw ()));
  assert_has_text (squeezed, "Page 1 of");
  assert_has_text (squeezed, "— to complete");
  assert_has_text (squeezed, "Suggested:");
  assert_has_text (squeezed, "(continued)");
  assert_has_text (squeezed, tricky);

  /* A3: 5 outcomes a page. */
  g_assert_true (pw_report_write_pdf (report, a3, PW_PAPER_A3, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pw_report_get_columns_per_page (report), ==, 5);
  g_assert_cmpuint (pdf_n_pages (a3), ==, pw_report_get_n_pages (report));
}

static void
test_pdf_no_outcomes (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = out_path ("empty.pdf");
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;

  if (!have_tool ("pdftotext") || !have_tool ("pdfinfo"))
    return;
  g_assert_true (pw_report_export_pdf (plan, fw (), path, PW_PAPER_A4, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_n_pages (path), ==, 1);
  text = pdf_text (path);
  squeezed = squeeze (text);
  assert_has_text (squeezed, "This plan has no intermediate outcomes yet.");
}

/* Any page size terminates, down to one smaller than a row label. */
static void
test_pdf_small_pages (void)
{
  g_autoptr(PwPlan) plan = demo_plan ();
  g_autoptr(PwEvaluation) ev = NULL;
  g_autoptr(PwReport) report = NULL;
  g_autoptr(PwEvaluation) blank = pw_evaluation_new_blank (2);
  g_autoptr(PwReport) blank_report = pw_report_new (blank, fw ());
  static const double sizes[][2] = { { 841.89, 595.28 }, { 400, 300 }, { 200, 150 }, { 120, 100 } };

  pw_evaluation_prefill (plan, fw ());
  ev = pw_evaluation_new (plan, fw ());
  report = pw_report_new (ev, fw ());
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      guint n = pw_report_paginate (report, sizes[i][0], sizes[i][1]);

      g_assert_cmpuint (n, >=, 2);
      g_assert_cmpuint (n, <, 5000);
      g_assert_cmpuint (pw_report_get_columns_per_page (report), >=, 1);
      g_assert_cmpuint (pw_report_paginate (blank_report, sizes[i][0], sizes[i][1]), >=, 1);
    }
  /* Inside a printer's margins (GtkPrintContext of A4 landscape). */
  pw_report_set_margin (report, 0);
  g_assert_cmpuint (pw_report_paginate (report, 783.6, 559.3), >=, 2);
  g_assert_cmpuint (pw_report_get_columns_per_page (report), ==, 3);
  assert_pagination_sound (report);
}

static void
test_pdf_write_error (void)
{
  g_autoptr(PwPlan) plan = demo_plan ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = out_path ("no-such-folder/plan.pdf");

  g_assert_false (pw_report_export_pdf (plan, fw (), path, PW_PAPER_A4, &error));
  g_assert_error (error, PW_REPORT_ERROR, PW_REPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "plan.pdf"));
}

/* ---- Stress: 40 outcomes of very long text ----------------------------- */

static guint token_counter;

/* @n distinct words "q1a", "q1b"…: each can be found exactly once. */
static char *
tokens (guint n)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (text, (i % 23 == 0) ? '\n' : ' ');
      g_string_append_printf (text, "q%ux", token_counter++);
    }
  return g_string_free (text, FALSE);
}

static PwPlan *
stress_plan (GHashTable *once,
             GHashTable *at_least_once)
{
  PwPlan *plan = pw_plan_new ();

  pw_plan_set_text (plan, PW_PLAN_FIELD_TITLE, "Stress plan");
  for (guint o = 0; o < 40; o++)
    {
      g_autofree char *title = tokens (10 + o % 7);
      g_autofree char *description = tokens (40);
      PwCard *card = add_outcome (plan, title);
      g_auto(GStrv) title_words = g_strsplit_set (title, " \n", -1);
      g_auto(GStrv) description_words = g_strsplit_set (description, " \n", -1);

      pw_plan_set_card_text (plan, card, PW_CARD_FIELD_DESCRIPTION, description);
      for (guint w = 0; title_words[w] != NULL; w++)
        g_hash_table_add (at_least_once, g_strdup (title_words[w]));
      for (guint w = 0; description_words[w] != NULL; w++)
        g_hash_table_add (once, g_strdup (description_words[w]));

      for (guint i = 0; i < 1 + o % 3; i++)
        {
          g_autoptr(GError) error = NULL;
          g_autofree char *text = tokens (25);
          PwIndicatorRef *ref = pw_plan_attach_indicator (plan, card, NULL, text, 1 + (o + i) % 14, &error);
          g_auto(GStrv) words = g_strsplit_set (text, " \n", -1);

          g_assert_no_error (error);
          for (guint w = 0; words[w] != NULL; w++)
            g_hash_table_add (once, g_strdup (words[w]));
          for (guint f = 0; f < PW_N_EVAL_FIELDS; f++)
            {
              /* Mostly long, sometimes enormous (a cell taller than a page). */
              g_autofree char *value = tokens ((o == 7 && f == 0) ? 1500 : 30 + (o * 7 + f * 13) % 120);
              g_auto(GStrv) value_words = g_strsplit_set (value, " \n", -1);

              pw_plan_set_eval_field (plan, ref, f, value);
              for (guint w = 0; value_words[w] != NULL; w++)
                g_hash_table_add (once, g_strdup (value_words[w]));
            }
        }
    }
  return plan;
}

/* Each row's fragments cover its cells' content exactly, in order, inside
 * the page's body, without two fragments on a page overlapping. */
static void
assert_pagination_sound (PwReport *report)
{
  PwGeometry *g = &report->geometry;
  guint n_outcomes = pw_evaluation_get_n_outcomes (report->evaluation);
  g_autofree double *covered = g_new0 (double, n_outcomes * PW_N_ANNEX_ROWS);

  for (guint p = 0; p < report->pages->len; p++)
    {
      PwPage *page = g_ptr_array_index (report->pages, p);
      guint first = page->group * g->columns_per_page;
      double bottom = g->body_top;

      for (guint i = 0; i < page->fragments->len; i++)
        {
          PwFragment *fragment = g_ptr_array_index (page->fragments, i);

          g_assert_cmpfloat (fragment->y, >=, bottom - 0.01);
          bottom = fragment->y + fragment->height;
          g_assert_cmpfloat (bottom, <=, g->body_bottom + 0.01);
          for (guint c = 0; c < g->columns_per_page && first + c < n_outcomes; c++)
            {
              double *done = &covered[(first + c) * PW_N_ANNEX_ROWS + fragment->row];

              g_assert_cmpfloat (fabs (fragment->start[c] - *done), <, 0.01);
              g_assert_cmpfloat (fragment->end[c] - fragment->start[c], <=, fragment->height - 2 * PW_REPORT_PAD + 0.01);
              *done = fragment->end[c];
            }
        }
    }
  for (guint o = 0; o < n_outcomes; o++)
    for (guint r = 0; r < PW_N_ANNEX_ROWS; r++)
      g_assert_cmpfloat (fabs (covered[o * PW_N_ANNEX_ROWS + r] - pw_report_get_cell (report, o, r)->height), <, 0.01);
}

typedef struct {
  double x0, y0, x1, y1;
  char  *word;
} Word;

static void
word_clear (gpointer data)
{
  g_free (((Word *) data)->word);
}

/* Words of `pdftotext -bbox` per page: no two overlap (boxes shrunk by a
 * quarter of their height, as font boxes of adjacent lines touch), and all
 * lie on the page. */
static void
assert_no_overlap (const char *path,
                   double      width,
                   double      height)
{
  g_autofree char *html = run ((const char *[]) { "pdftotext", "-bbox", "-enc", "UTF-8", path, "-", NULL });
  g_auto(GStrv) pages = g_strsplit (html, "<page ", -1);
  g_autoptr(GRegex) regex = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" "
                                         "yMax=\"([0-9.]+)\">([^<]*)</word>", 0, 0, NULL);

  for (guint p = 1; pages[p] != NULL; p++)
    {
      g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (Word));
      g_autoptr(GMatchInfo) match = NULL;

      g_array_set_clear_func (words, word_clear);
      for (g_regex_match (regex, pages[p], 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
        {
          Word w;
          char *v[4];

          for (guint k = 0; k < 4; k++)
            v[k] = g_match_info_fetch (match, k + 1);
          w.x0 = g_ascii_strtod (v[0], NULL);
          w.y0 = g_ascii_strtod (v[1], NULL);
          w.x1 = g_ascii_strtod (v[2], NULL);
          w.y1 = g_ascii_strtod (v[3], NULL);
          w.word = g_match_info_fetch (match, 5);
          for (guint k = 0; k < 4; k++)
            g_free (v[k]);
          g_assert_cmpfloat (w.x0, >=, 0);
          g_assert_cmpfloat (w.x1, <=, width);
          g_assert_cmpfloat (w.y0, >=, 0);
          g_assert_cmpfloat (w.y1, <=, height);
          g_array_append_val (words, w);
        }
      g_assert_cmpuint (words->len, >, 0);

      for (guint i = 0; i < words->len; i++)
        for (guint j = i + 1; j < words->len; j++)
          {
            Word *a = &g_array_index (words, Word, i), *b = &g_array_index (words, Word, j);
            double ia = (a->y1 - a->y0) / 4, ib = (b->y1 - b->y0) / 4;
            double dx = MIN (a->x1, b->x1) - MAX (a->x0, b->x0);
            double dy = MIN (a->y1 - ia, b->y1 - ib) - MAX (a->y0 + ia, b->y0 + ib);

            if (dx > 0.5 && dy > 0.5)
              g_error ("page %u: “%s” overlaps “%s”", p, a->word, b->word);
          }
    }
}

static void
test_pdf_stress (void)
{
  g_autoptr(GHashTable) once = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) at_least_once = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(PwEvaluation) ev = NULL;
  g_autoptr(PwReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = out_path ("stress-a4.pdf");
  g_autofree char *text = NULL;
  g_auto(GStrv) words = NULL;
  GHashTableIter iter;
  gpointer key;
  guint n_pages;

  if (!have_tool ("pdftotext") || !have_tool ("pdfinfo"))
    return;

  plan = stress_plan (once, at_least_once);
  ev = pw_evaluation_new (plan, fw ());
  report = pw_report_new (ev, fw ());
  g_assert_true (pw_report_write_pdf (report, path, PW_PAPER_A4, &error));
  g_assert_no_error (error);

  /* 14 groups of 3 outcomes, each on several pages; the file agrees. */
  n_pages = pw_report_get_n_pages (report);
  g_test_message ("stress: 40 outcomes, %u words, %u pages", g_hash_table_size (once), n_pages);
  g_assert_cmpuint (n_pages, >, 14 * 2);
  g_assert_cmpuint (pdf_n_pages (path), ==, n_pages);
  assert_pagination_sound (report);
  assert_no_overlap (path, 841.89, 595.28);

  /* Every word is found, and exactly once: no line lost or drawn twice. */
  text = pdf_text (path);
  words = g_strsplit_set (text, " \n\f", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (g_hash_table_contains (once, words[i]))
      {
        if (g_hash_table_contains (seen, words[i]))
          g_error ("“%s” appears twice", words[i]);
        g_hash_table_add (seen, words[i]);
      }
    else if (g_hash_table_contains (at_least_once, words[i]))
      g_hash_table_add (seen, words[i]);

  g_hash_table_iter_init (&iter, once);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (seen, key))
      g_error ("“%s” is missing from the PDF", (char *) key);
  g_hash_table_iter_init (&iter, at_least_once);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_assert_true (g_hash_table_contains (seen, key));
}

/* ---- Blank template ----------------------------------------------------- */

static void
test_blank (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *a4 = out_path ("blank-a4.pdf");
  g_autofree char *a3 = out_path ("blank-a3.pdf");
  g_autofree char *fodt = out_path ("blank.fodt");
  g_autofree char *csv = out_path ("blank.csv");
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  g_autoptr(PwEvaluation) ev = pw_evaluation_new_blank (3);
  g_autoptr(PwReport) report = pw_report_new (ev, fw ());
  double width, height;

  /* Rows 25–35 mm tall: two A4 pages, one A3 page. */
  pw_paper_get_size (PW_PAPER_A4, &width, &height);
  g_assert_cmpuint (pw_report_paginate (report, width, height), ==, 2);
  for (guint p = 0; p < report->pages->len; p++)
    {
      PwPage *page = g_ptr_array_index (report->pages, p);

      for (guint i = 0; i < page->fragments->len; i++)
        {
          PwFragment *fragment = g_ptr_array_index (page->fragments, i);

          g_assert_cmpfloat (fragment->height, >=, 25 * PW_REPORT_MM);
          g_assert_cmpfloat (fragment->height, <=, 35 * PW_REPORT_MM);
          g_assert_false (fragment->continued);
        }
    }
  pw_paper_get_size (PW_PAPER_A3, &width, &height);
  g_assert_cmpuint (pw_report_paginate (report, width, height), ==, 1);

  g_assert_true (pw_report_export_blank (fw (), a4, 0, PW_PAPER_A4, &error));
  g_assert_no_error (error);
  g_assert_true (pw_report_export_blank (fw (), a3, 5, PW_PAPER_A3, &error));
  g_assert_no_error (error);
  g_assert_true (pw_report_export_blank (fw (), fodt, 3, PW_PAPER_A4, &error));
  g_assert_no_error (error);
  g_assert_false (pw_report_export_blank (fw (), csv, 3, PW_PAPER_A4, &error));
  g_assert_error (error, PW_REPORT_ERROR, PW_REPORT_ERROR_FORMAT);

  if (!have_tool ("pdftotext") || !have_tool ("pdfinfo"))
    return;
  g_assert_cmpuint (pdf_n_pages (a4), ==, 2);
  g_assert_cmpuint (pdf_n_pages (a3), ==, 1);
  text = pdf_text (a3);
  squeezed = squeeze (text);
  assert_has_text (squeezed, "Evaluation planning — Part B, Annex 1");
  assert_has_text (squeezed, "Indicators of Integration framework 2019, Home Office — Open Government Licence v3.0");
  assert_has_text (squeezed, "Outcome 5");
  for (guint r = 0; r < PW_N_ANNEX_ROWS; r++)
    {
      g_autofree char *label = pw_annex_row_dup_label (r);

      assert_has_text (squeezed, label);
    }
  g_assert_null (strstr (squeezed, "tocomplete"));
}

/* ---- CSV ---------------------------------------------------------------- */

/* A strict RFC 4180 reader: records of fields, CRLF between records. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *record = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          for (p++; !(*p == '"' && p[1] != '"'); p++)
            {
              g_assert_true (*p != '\0');
              if (*p == '"')
                p++;
              g_string_append_c (field, *p);
            }
          p++;
        }
      else
        while (*p != '\0' && *p != ',' && *p != '\r')
          {
            g_assert_true (*p != '"' && *p != '\n');
            g_string_append_c (field, *p++);
          }

      g_ptr_array_add (record, g_strdup (field->str));
      g_string_truncate (field, 0);
      if (*p == ',')
        p++;
      else
        {
          g_assert_true (p[0] == '\r' && p[1] == '\n');
          p += 2;
          g_ptr_array_add (records, record);
          record = g_ptr_array_new_with_free_func (g_free);
        }
    }
  g_ptr_array_unref (record);
  g_string_free (field, TRUE);
  return records;
}

static const char *
csv_field (GPtrArray *records,
           guint      row,
           guint      column)
{
  GPtrArray *record = g_ptr_array_index (records, row);

  return g_ptr_array_index (record, column);
}

static void
test_csv (void)
{
  g_autoptr(PwPlan) plan = demo_plan ();
  g_autoptr(PwEvaluation) ev = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = out_path ("demo.csv");
  g_autofree char *contents = NULL;
  const char *data;
  gsize size;

  pw_evaluation_prefill (plan, fw ());
  ev = pw_evaluation_new (plan, fw ());
  bytes = pw_report_csv_to_bytes (ev);
  data = g_bytes_get_data (bytes, &size);
  g_assert_true (g_str_has_prefix (data, "\xEF\xBB\xBF"));
  g_assert_true (g_utf8_validate (data, size, NULL));
  contents = g_strndup (data + 3, size - 3);
  records = parse_csv (contents);

  /* Header + one row per outcome × indicator (the outcome without one: a row). */
  g_assert_cmpuint (records->len, ==, 1 + 3 + 2 + 1 + 1 + 1);
  for (guint r = 0; r < records->len; r++)
    g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (records, r))->len, ==, 6 + PW_N_EVAL_FIELDS + 1);
  g_assert_cmpstr (csv_field (records, 0, 1), ==, "Your Theory of Change Outcome");
  g_assert_cmpstr (csv_field (records, 0, 6), ==, "Data source and frequency of data collection");
  g_assert_cmpstr (csv_field (records, 0, 15), ==, "Follow-up (when the measure is repeated)");

  g_assert_cmpstr (csv_field (records, 2, 0), ==, "1");
  g_assert_cmpstr (csv_field (records, 2, 3), ==, pw_framework_lookup_indicator (fw (), "bridges-04")->text);
  g_assert_cmpstr (csv_field (records, 2, 5), ==, "bridges-04");
  g_assert_cmpstr (csv_field (records, 2, 2), ==, "Health and social care; Social bridges; Language and communication");
  g_assert_nonnull (strstr (csv_field (records, 2, 6), "Community Life Survey"));
  g_assert_nonnull (strstr (csv_field (records, 2, 16), "Theory of Change for Integration Outcome"));
  g_assert_cmpstr (csv_field (records, 5, 5), ==, "");   /* custom indicator */
  g_assert_cmpstr (csv_field (records, 6, 1), ==, "Volunteers feel confident supporting newcomers");
  g_assert_cmpstr (csv_field (records, 6, 3), ==, "");
  /* Quotes, commas and a line break survive. */
  g_assert_cmpstr (csv_field (records, 7, 6), ==, tricky);
  g_assert_cmpstr (csv_field (records, 7, 2), ==, "Social bridges, as the officers agreed");

  g_assert_true (pw_report_export_csv (ev, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

/* ---- FODT --------------------------------------------------------------- */

static void
collect_text (xmlNode *node,
              GString *out)
{
  for (xmlNode *child = node; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE)
        g_string_append (out, (const char *) child->content);
      else if (child->type == XML_ELEMENT_NODE && xmlStrEqual (child->name, BAD_CAST "line-break"))
        g_string_append_c (out, '\n');
      collect_text (child->children, out);
    }
}

static guint
count_elements (xmlNode    *node,
                const char *name)
{
  guint n = 0;

  for (xmlNode *child = node; child != NULL; child = child->next)
    {
      if (child->type == XML_ELEMENT_NODE && xmlStrEqual (child->name, BAD_CAST name))
        n++;
      n += count_elements (child->children, name);
    }
  return n;
}

static void
test_fodt (void)
{
  g_autoptr(PwPlan) plan = demo_plan ();
  g_autoptr(PwEvaluation) ev = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = out_path ("demo.fodt");
  g_autofree char *lint = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  xmlNode *root;

  pw_evaluation_prefill (plan, fw ());
  ev = pw_evaluation_new (plan, fw ());
  g_assert_true (pw_report_export_fodt (ev, fw (), path, PW_PAPER_A4, &error));
  g_assert_no_error (error);

  if (have_tool ("xmllint"))
    lint = run ((const char *[]) { "xmllint", "--noout", path, NULL });

  doc = xmlReadFile (path, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  root = xmlDocGetRootElement (doc);
  g_assert_cmpstr ((const char *) root->name, ==, "document");
  g_assert_cmpstr ((const char *) root->ns->href, ==, "urn:oasis:names:tc:opendocument:xmlns:office:1.0");
  {
    xmlChar *mimetype = xmlGetProp (root, BAD_CAST "mimetype");

    g_assert_cmpstr ((const char *) mimetype, ==, "application/vnd.oasis.opendocument.text");
    xmlFree (mimetype);
  }

  /* Two tables of 3 + 2 outcomes, header rows repeated by Writer, landscape. */
  g_assert_cmpuint (count_elements (root, "table"), ==, 2);
  g_assert_cmpuint (count_elements (root, "table-header-rows"), ==, 2);
  g_assert_cmpuint (count_elements (root, "table-row"), ==, 2 * (1 + PW_N_ANNEX_ROWS));
  g_assert_cmpuint (count_elements (root, "page-number"), ==, 1);

  collect_text (root->children, text);
  assert_evaluation_in_text (ev, text->str, TRUE);
  {
    g_autofree char *squeezed = squeeze (text->str);

    assert_has_text (squeezed, tricky);
    assert_has_text (squeezed, "Suggested:");
    assert_has_text (squeezed, "Outcome 5");
  }

  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_nonnull (strstr (contents, "style:print-orientation=\"landscape\""));
    g_assert_nonnull (strstr (contents, "fo:page-width=\"29.700cm\""));
  }
}

/* ---- Example plans ------------------------------------------------------ */

static void
test_examples (void)
{
  const char *root = g_getenv ("PW_SOURCE_ROOT");
  g_autofree char *dir_path = g_build_filename (root != NULL ? root : ".", "data", "examples", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  /* The examples ship with the project: their absence is a failure, not a skip. */
  g_assert_nonnull (dir);
  if (!have_tool ("pdftotext") || !have_tool ("pdfinfo"))
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree char *pdf = NULL;
      g_autofree char *fodt = NULL;
      g_autofree char *csv = NULL;
      g_autofree char *text = NULL;
      g_autofree char *csv_text = NULL;
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(PwPlan) plan = NULL;
      g_autoptr(PwEvaluation) ev = NULL;
      g_autoptr(PwReport) report = NULL;
      g_autoptr(xmlDoc) doc = NULL;
      g_autoptr(GString) fodt_text = g_string_new (NULL);

      if (!g_str_has_suffix (name, ".pathways"))
        continue;
      pdf = g_strconcat (out_dir, G_DIR_SEPARATOR_S, name, ".pdf", NULL);
      fodt = g_strconcat (out_dir, G_DIR_SEPARATOR_S, name, ".fodt", NULL);
      csv = g_strconcat (out_dir, G_DIR_SEPARATOR_S, name, ".csv", NULL);
      plan = pw_plan_load (file, fw (), NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (pw_evaluation_prefill (plan, fw ()), >, 0);

      ev = pw_evaluation_new (plan, fw ());
      g_assert_cmpuint (pw_evaluation_get_n_outcomes (ev), >, 0);
      report = pw_report_new (ev, fw ());
      g_assert_true (pw_report_write_pdf (report, pdf, PW_PAPER_A4, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (pdf_n_pages (pdf), ==, pw_report_get_n_pages (report));
      g_assert_cmpuint (pw_report_get_n_pages (report), >=,
                        (pw_evaluation_get_n_outcomes (ev) + 2) / 3);
      text = pdf_text (pdf);
      assert_evaluation_in_text (ev, text, TRUE);
      assert_pagination_sound (report);

      g_assert_true (pw_report_export_csv (ev, csv, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (csv, &csv_text, NULL, NULL));
      assert_evaluation_in_text (ev, csv_text, FALSE);

      g_assert_true (pw_report_export_fodt (ev, fw (), fodt, PW_PAPER_A4, &error));
      g_assert_no_error (error);
      doc = xmlReadFile (fodt, NULL, XML_PARSE_NONET);
      g_assert_nonnull (doc);
      collect_text (xmlDocGetRootElement (doc), fodt_text);
      assert_evaluation_in_text (ev, fodt_text->str, TRUE);
      n++;
    }
  g_test_message ("%u example plans exported", n);
  g_assert_cmpuint (n, >, 0);
}

/* ---- Command line ------------------------------------------------------- */

static int
cli_export (const char *plan_path,
            const char *out,
            char      **messages)
{
  size_t size = 0;
  FILE *err = open_memstream (messages, &size);
  int status = pw_report_cli_export_evaluation (plan_path, out, err);

  fclose (err);
  return status;
}

static void
test_cli (void)
{
  g_autoptr(PwPlan) plan = demo_plan ();
  g_autoptr(GError) error = NULL;
  g_autofree char *plan_path = out_path ("demo.pathways");
  g_autoptr(GFile) file = g_file_new_for_path (plan_path);
  const char *outs[] = { "cli.pdf", "cli.CSV", "cli.fodt" };

  g_assert_true (pw_plan_save (plan, file, NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (outs); i++)
    {
      g_autofree char *out = out_path (outs[i]);
      g_autofree char *messages = NULL;

      g_assert_cmpint (cli_export (plan_path, out, &messages), ==, PW_REPORT_CLI_OK);
      g_assert_cmpstr (messages, ==, "");
      g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
    }

  {
    g_autofree char *out = out_path ("cli.docx");
    g_autofree char *messages = NULL;

    g_assert_cmpint (cli_export (plan_path, out, &messages), ==, PW_REPORT_CLI_USAGE);
    g_assert_nonnull (strstr (messages, "must end in .pdf, .csv or .fodt"));
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  }
  {
    g_autofree char *missing = out_path ("missing.pathways");
    g_autofree char *out = out_path ("missing.pdf");
    g_autofree char *messages = NULL;

    g_assert_cmpint (cli_export (missing, out, &messages), ==, PW_REPORT_CLI_FAILED);
    g_assert_nonnull (strstr (messages, "missing.pathways"));
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  }
  {
    g_autofree char *out = out_path ("cli-blank.pdf");
    g_autofree char *messages = NULL;
    size_t size = 0;
    FILE *err = open_memstream (&messages, &size);

    g_assert_cmpint (pw_report_cli_export_blank (out, 0, err), ==, PW_REPORT_CLI_OK);
    g_assert_cmpint (pw_report_cli_export_blank (out, -1, err), ==, PW_REPORT_CLI_USAGE);
    g_assert_cmpint (pw_report_cli_export_blank (out, 4, err), ==, PW_REPORT_CLI_OK);
    fclose (err);
    g_assert_nonnull (strstr (messages, "1 to 50 outcome columns"));
    g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
  }
}

/* ---- Translation at render time --------------------------------------- */

/* Labels go through gettext when the page is drawn: a catalogue for "cy"
 * (pseudo-translations made here, the real cy.po comes later) changes them. */
static void
test_translated (void)
{
  static const char po[] =
    "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
    "msgid \"Sample\"\nmsgstr \"CY-Sampl\"\n\n"
    "msgid \"Evaluation planning — Part B, Annex 1\"\nmsgstr \"CY-Cynllunio gwerthuso\"\n";
  g_autofree char *locale_dir = out_path ("locale");
  g_autofree char *messages_dir = g_build_filename (locale_dir, "cy", "LC_MESSAGES", NULL);
  g_autofree char *po_path = out_path ("cy.po");
  g_autofree char *mo_path = g_build_filename (messages_dir, GETTEXT_PACKAGE ".mo", NULL);
  g_autofree char *pdf = out_path ("blank-cy.pdf");
  g_autofree char *compiled = NULL;

  if (!have_tool ("msgfmt") || !have_tool ("pdftotext"))
    return;
  if (!g_test_subprocess ())
    {
      g_assert_cmpint (g_mkdir_with_parents (messages_dir, 0700), ==, 0);
      g_assert_true (g_file_set_contents (po_path, po, -1, NULL));
      compiled = run ((const char *[]) { "msgfmt", "-o", mo_path, po_path, NULL });
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  /* In the subprocess: Welsh, from our catalogue. */
  g_setenv ("LANGUAGE", "cy", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_assert_cmpstr (pw_annex_row_get_title (PW_ANNEX_ROW_SAMPLE), ==, "CY-Sampl");
  {
    g_autofree char *label = pw_annex_row_dup_label (PW_ANNEX_ROW_SAMPLE);
    g_autoptr(GError) error = NULL;
    g_autofree char *text = NULL;
    g_autofree char *squeezed = NULL;

    g_assert_cmpstr (label, ==, "CY-Sampl (How many individuals you will collect data from?)");
    g_assert_true (pw_report_export_blank (fw (), pdf, 3, PW_PAPER_A4, &error));
    g_assert_no_error (error);
    text = pdf_text (pdf);
    squeezed = squeeze (text);
    assert_has_text (squeezed, "CY-Sampl");
    assert_has_text (squeezed, "CY-Cynllunio gwerthuso");
  }
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

static void
remove_out_dir (void)
{
  if (g_getenv ("PW_REPORT_KEEP") != NULL)
    g_printerr ("# report files kept in %s\n", out_dir);
  else
    remove_tree (out_dir);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  /* A subprocess (see test_translated) works in its parent's folder. */
  if (g_test_subprocess () && g_getenv ("PW_REPORT_OUT_DIR") != NULL)
    out_dir = g_strdup (g_getenv ("PW_REPORT_OUT_DIR"));
  else
    out_dir = g_dir_make_tmp ("pw-report-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("PW_REPORT_OUT_DIR", out_dir, TRUE);

  g_test_add_func ("/report/row-labels", test_row_labels);
  g_test_add_func ("/report/table", test_table);
  g_test_add_func ("/report/suggest/texts", test_suggest_texts);
  g_test_add_func ("/report/suggest/prefill", test_prefill);
  g_test_add_func ("/report/suggest/nothing-to-do", test_prefill_nothing);
  g_test_add_func ("/report/pdf/demo", test_pdf_demo);
  g_test_add_func ("/report/pdf/no-outcomes", test_pdf_no_outcomes);
  g_test_add_func ("/report/pdf/small-pages", test_pdf_small_pages);
  g_test_add_func ("/report/pdf/write-error", test_pdf_write_error);
  g_test_add_func ("/report/pdf/stress", test_pdf_stress);
  g_test_add_func ("/report/blank", test_blank);
  g_test_add_func ("/report/csv", test_csv);
  g_test_add_func ("/report/fodt", test_fodt);
  g_test_add_func ("/report/examples", test_examples);
  g_test_add_func ("/report/cli", test_cli);
  g_test_add_func ("/report/translated", test_translated);

  status = g_test_run ();
  if (!g_test_subprocess ())
    remove_out_dir ();
  g_free (out_dir);
  return status;
}
