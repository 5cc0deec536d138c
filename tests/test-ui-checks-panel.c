/* test-ui-checks-panel.c — the Checks page: coverage chart, findings list, jumping to the card
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>

#include "pw-application.h"
#include "pw-canvas.h"
#include "pw-checks-panel.h"
#include "pw-coverage-chart.h"
#include "pw-window.h"
#include "pw-window-private.h"
#include "pw-test-utils.h"

static PwApplication *app;

static PwCard *
add (PwPlan *plan, PwCardKind kind, const char *title)
{
  return pw_plan_add_card (plan, kind, title, -1, 0, 0);
}

static void
link_cards (PwPlan *plan, PwCard *a, PwCard *b)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (pw_plan_link (plan, a, b, &error));
  g_assert_no_error (error);
}

/* An ESOL chain whose outcome has no indicator yet. */
static PwCard *
build_chain (PwPlan *plan)
{
  PwCard *barrier = add (plan, PW_CARD_KIND_BARRIER, "Women have few chances to practise English");
  PwCard *activity = add (plan, PW_CARD_KIND_ACTIVITY, "Weekly conversation café");
  PwCard *output = add (plan, PW_CARD_KIND_OUTPUT, "40 sessions held");
  PwCard *outcome = add (plan, PW_CARD_KIND_OUTCOME, "Women speak English with neighbours");
  PwCard *goal = add (plan, PW_CARD_KIND_GOAL, "Women take part in local life");

  link_cards (plan, barrier, activity);
  link_cards (plan, activity, output);
  link_cards (plan, output, outcome);
  link_cards (plan, outcome, goal);
  return outcome;
}

static guint
find_rule (GListModel *findings, const char *rule)
{
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PwFinding) f = g_list_model_get_item (findings, i);
      if (g_str_equal (pw_finding_get_rule (f), rule))
        return i;
    }
  return G_MAXUINT;
}

static void
on_activated (PwChecksPanel *panel, PwFinding *finding, gpointer data)
{
  g_set_object ((PwFinding **) data, finding);
}

static void
test_panel_lists_findings (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(PwChecks) checks = pw_checks_new (NULL);
  g_autoptr(PwFinding) activated = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *panel = pw_checks_panel_new ();
  GtkListView *view;
  GListModel *shown;
  PwCard *outcome;
  guint pos;

  gtk_window_set_child (GTK_WINDOW (window), panel);
  gtk_window_present (GTK_WINDOW (window));
  outcome = build_chain (plan);
  pw_checks_set_plan (checks, plan);
  pw_checks_panel_set_checks (PW_CHECKS_PANEL (panel), checks);

  /* The list view shows the checks' own list of findings. */
  view = GTK_LIST_VIEW (gtk_widget_get_template_child (panel, PW_TYPE_CHECKS_PANEL, "findings_view"));
  shown = G_LIST_MODEL (gtk_list_view_get_model (view));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==,
                    g_list_model_get_n_items (pw_checks_get_findings (checks)));
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
  pos = find_rule (shown, PW_RULE_MEASURE_NO_INDICATOR);
  g_assert_cmpuint (pos, !=, G_MAXUINT);

  /* Counts, as shown above the list. */
  {
    g_autofree char *expected = g_strdup_printf ("Problems: %u · Warnings: %u · Advice: %u",
                                                 pw_checks_get_n_findings (checks, PW_SEVERITY_PROBLEM),
                                                 pw_checks_get_n_findings (checks, PW_SEVERITY_WARNING),
                                                 pw_checks_get_n_findings (checks, PW_SEVERITY_ADVICE));
    g_assert_cmpstr (pw_checks_panel_get_counts_text (PW_CHECKS_PANEL (panel)), ==, expected);
  }

  /* Activating a finding hands it out, for the window to jump to its card. */
  g_signal_connect (panel, "finding-activated", G_CALLBACK (on_activated), &activated);
  g_signal_emit_by_name (view, "activate", pos);
  g_assert_nonnull (activated);
  g_assert_cmpstr (pw_finding_get_rule (activated), ==, PW_RULE_MEASURE_NO_INDICATOR);
  g_assert_cmpstr (pw_finding_get_card_ids (activated)[0], ==, pw_card_get_id (outcome));

  /* Attaching an indicator answers the finding; the list follows. */
  {
    const PwIndicator *ind = pw_framework_lookup_indicator (pw_framework_get_default (), "bridges-01");
    g_assert_nonnull (pw_plan_attach_indicator (plan, outcome, ind->id, ind->text, ind->domain, NULL));
  }
  g_assert_cmpuint (find_rule (shown, PW_RULE_MEASURE_NO_INDICATOR), ==, G_MAXUINT);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_chart_summary (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(PwChecks) checks = pw_checks_new (NULL);
  GtkWidget *chart = pw_coverage_chart_new ();
  const PwIndicator *ind = pw_framework_lookup_indicator (pw_framework_get_default (), "bridges-01");
  PwCard *outcome;
  const char *summary;

  g_object_ref_sink (chart);
  outcome = build_chain (plan);
  pw_checks_set_plan (checks, plan);
  pw_coverage_chart_set_checks (PW_COVERAGE_CHART (chart), checks);
  summary = pw_coverage_chart_get_summary (PW_COVERAGE_CHART (chart));
  g_assert_nonnull (strstr (summary, "Social Connections: 0 of 3 domains measured."));

  /* A tag on a card: worked in, not measured. */
  pw_plan_set_card_domains (plan, outcome, PW_CARD_DOMAIN_BIT (9));
  summary = pw_coverage_chart_get_summary (PW_COVERAGE_CHART (chart));
  g_assert_nonnull (strstr (summary, "Worked in by cards only: Language and communication (1 card)."));

  /* An indicator in Social bridges: measured. */
  pw_plan_attach_indicator (plan, outcome, ind->id, ind->text, ind->domain, NULL);
  summary = pw_coverage_chart_get_summary (PW_COVERAGE_CHART (chart));
  g_assert_nonnull (strstr (summary, "Social Connections: 1 of 3 domains measured. Measured: Social bridges (1 indicator)."));
  g_assert_true (gtk_widget_get_request_mode (chart) == GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH);
  {
    int min, nat;
    gtk_widget_measure (chart, GTK_ORIENTATION_VERTICAL, 360, &min, &nat, NULL, NULL);
    /* Modest: four rows of chips and a legend, well under a projector screen. */
    g_assert_cmpint (nat, >, 100);
    g_assert_cmpint (nat, <, 420);
  }
  g_object_unref (chart);
}

static void
test_window_jumps_to_card (void)
{
  PwWindow *window = pw_window_new (app);
  PwPlan *plan = pw_window_get_plan (window);
  PwCanvas *canvas = PW_CANVAS (pw_window_get_canvas (window));
  GListModel *findings;
  PwCard *outcome;
  guint pos;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  gtk_window_present (GTK_WINDOW (window));
  outcome = build_chain (plan);
  pw_window_show_sidebar_page (window, "checks");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->sidebar_stack), ==, "checks");

  findings = pw_checks_get_findings (pw_window_get_checks (window));
  pos = find_rule (findings, PW_RULE_MEASURE_NO_INDICATOR);
  g_assert_cmpuint (pos, !=, G_MAXUINT);
  pw_canvas_select_card (canvas, NULL, FALSE);
  pw_checks_panel_activate_finding (PW_CHECKS_PANEL (window->checks_panel), pos);
  g_assert_true (pw_canvas_get_selected_card (canvas) == outcome);

  /* A problem marks the Checks page in the sidebar's switcher. */
  {
    GtkWidget *page = gtk_stack_get_child_by_name (window->sidebar_stack, "checks");
    g_assert_true (gtk_stack_page_get_needs_attention (gtk_stack_get_page (window->sidebar_stack, page)));
  }

  if (g_getenv ("PW_SCREENSHOT_DIR") != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_build_filename (g_getenv ("PW_SCREENSHOT_DIR"), "checks-panel.png", NULL);

      g_assert_true (pw_test_save_screenshot (GTK_WIDGET (window), path, &error));
      g_assert_no_error (error);
    }

  /* The plan is unsaved: closing without asking keeps the test quiet. */
  window->close_confirmed = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  pw_ui_init ();
  app = pw_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add_func ("/ui/checks-panel/lists-findings", test_panel_lists_findings);
  g_test_add_func ("/ui/checks-panel/chart-summary", test_chart_summary);
  g_test_add_func ("/ui/checks-panel/window-jumps-to-card", test_window_jumps_to_card);
  status = g_test_run ();
  g_object_unref (app);
  return status;
}
