/* pw-cli.c — the headless command line: everything here runs without a display
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "pw-model.h"
#include "pw-framework.h"
#include "pw-framework-cli.h"
#include "pw-checks-cli.h"
#include "pw-report-cli.h"
#include "pw-plan-diff.h"
#include "pw-canvas-render.h"
#include "pw-cli.h"

typedef struct {
  gboolean  version;
  gboolean  list_indicators;
  gboolean  list_keywords;
  char     *search;
  char     *check;
  gboolean  json;
  char     *export_evaluation;
  char     *export_blank;
  int       outcomes;
  char     *output;
  char     *paper;
  char     *export_canvas;
  gboolean  diff;
} PwCliOptions;

static void
pw_cli_options_clear (PwCliOptions *opts)
{
  g_free (opts->search);
  g_free (opts->check);
  g_free (opts->export_evaluation);
  g_free (opts->export_blank);
  g_free (opts->output);
  g_free (opts->paper);
  g_free (opts->export_canvas);
}

gboolean
pw_cli_have_display (void)
{
  const char *backend = g_getenv ("GDK_BACKEND");

  if (backend != NULL && g_str_has_prefix (backend, "broadway"))
    return TRUE;
  return g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL;
}

/* The framework for the framework options; a corrupt bundle is reported, not a crash. */
static PwFramework *
pw_cli_framework (void)
{
  g_autoptr(GError) error = NULL;
  PwFramework *framework = pw_framework_new_from_resource (&error);

  if (framework == NULL)
    g_printerr (_("pathways: the framework data is damaged: %s\n"), error->message);
  return framework;
}

static gboolean
pw_cli_parse_paper (const char *name,
                    PwPaper    *paper)
{
  if (name == NULL || g_ascii_strcasecmp (name, "a4") == 0)
    *paper = PW_PAPER_A4;
  else if (g_ascii_strcasecmp (name, "a3") == 0)
    *paper = PW_PAPER_A3;
  else
    {
      g_printerr (_("pathways: unknown paper size “%s”; use A4 or A3.\n"), name);
      return FALSE;
    }
  return TRUE;
}

static int
pw_cli_run_framework (PwCliOptions *opts)
{
  g_autoptr(PwFramework) framework = pw_cli_framework ();

  if (framework == NULL)
    return 2;
  if (opts->list_indicators)
    return pw_framework_cli_list_indicators (framework, stdout);
  if (opts->list_keywords)
    return pw_framework_cli_list_keywords (framework, stdout);
  return pw_framework_cli_search (framework, opts->search, stdout);
}

static int
pw_cli_run_exports (PwCliOptions *opts)
{
  PwPaper paper;

  if (opts->export_canvas != NULL)
    {
      if (opts->output == NULL)
        {
          g_printerr (_("pathways: --export-canvas needs --output OUT.png, OUT.svg or OUT.pdf.\n"));
          return 2;
        }
      return pw_canvas_render_cli (opts->export_canvas, opts->output, stderr);
    }

  if (!pw_cli_parse_paper (opts->paper, &paper))
    return 2;

  if (opts->export_evaluation != NULL)
    {
      if (opts->output == NULL)
        {
          g_printerr (_("pathways: --export-evaluation needs --output OUT.pdf, OUT.csv or OUT.fodt.\n"));
          return 2;
        }
      return pw_report_cli_export_evaluation_paper (opts->export_evaluation, opts->output, paper, stderr);
    }

  return pw_report_cli_export_blank_paper (opts->export_blank,
                                           opts->outcomes > 0 ? opts->outcomes : 3,
                                           paper, stderr);
}

/* Returns the exit status, or -1 when no headless option was given.
 * @files are the arguments left after the options. */
static int
pw_cli_run (PwCliOptions *opts,
            char        **files)
{
  if (opts->version)
    {
      g_print ("pathways %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (opts->list_indicators || opts->list_keywords || opts->search != NULL)
    return pw_cli_run_framework (opts);
  if (opts->check != NULL)
    return pw_checks_cli_report (opts->check, opts->json, stdout, stderr);
  if (opts->export_evaluation != NULL || opts->export_blank != NULL || opts->export_canvas != NULL)
    return pw_cli_run_exports (opts);
  if (opts->diff)
    {
      if (g_strv_length (files) != 3)
        {
          g_printerr (_("pathways: --diff needs two plan files: pathways --diff OLD NEW\n"));
          return 2;
        }
      return pw_plan_diff_cli (files[1], files[2], stdout, stderr);
    }
  if (opts->json || opts->output != NULL || opts->outcomes != 0 || opts->paper != NULL)
    {
      g_printerr (_("pathways: --json, --output, --outcomes and --paper go with --check or an export option.\n"));
      return 2;
    }
  return -1;
}

gboolean
pw_cli_handle (char ***args,
               int    *status)
{
  PwCliOptions opts = { 0 };
  const GOptionEntry entries[] = {
    { "version", 'v', 0, G_OPTION_ARG_NONE, &opts.version,
      N_("Print the version and exit"), NULL },
    { "list-indicators", 0, 0, G_OPTION_ARG_NONE, &opts.list_indicators,
      N_("List the framework’s outcome indicators as tab-separated lines: id, domain number, domain, category, data marks, text"), NULL },
    { "list-keywords", 0, 0, G_OPTION_ARG_NONE, &opts.list_keywords,
      N_("List the keyword index: keyword, then its domain numbers"), NULL },
    { "search", 0, 0, G_OPTION_ARG_STRING, &opts.search,
      N_("Search the indicator bank as the picker does, and print the ranked results with the reason"), N_("QUERY") },
    { "check", 0, 0, G_OPTION_ARG_FILENAME, &opts.check,
      N_("Check a plan file and print the findings and the coverage summary (exit 0: no problem, 1: problems, 2: cannot read)"), N_("FILE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &opts.json,
      N_("With --check, print the report as JSON"), NULL },
    { "export-evaluation", 0, 0, G_OPTION_ARG_FILENAME, &opts.export_evaluation,
      N_("Export the plan’s evaluation plan (Part B Annex 1) to the --output file: .pdf, .csv or .fodt"), N_("FILE") },
    { "export-blank-template", 0, 0, G_OPTION_ARG_FILENAME, &opts.export_blank,
      N_("Export a blank evaluation-planning template as PDF, to fill in by hand"), N_("OUT.pdf") },
    { "outcomes", 0, 0, G_OPTION_ARG_INT, &opts.outcomes,
      N_("With --export-blank-template, the number of outcome columns (default 3)"), N_("N") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opts.output,
      N_("The file an export writes; its extension chooses the format"), N_("OUT") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &opts.paper,
      N_("Paper size for PDF exports: A4 (default) or A3, landscape"), N_("SIZE") },
    { "export-canvas", 0, 0, G_OPTION_ARG_FILENAME, &opts.export_canvas,
      N_("Export the plan’s theory-of-change canvas to the --output file: .png, .svg or .pdf"), N_("FILE") },
    { "diff", 0, 0, G_OPTION_ARG_NONE, &opts.diff,
      N_("Compare two versions of a plan (pathways --diff OLD NEW) and say in plain words what changed (exit 0: same, 1: different, 2: cannot read)"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  int result;

  context = g_option_context_new (_("[FILE…] — plan and evaluate integration work"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Opens the plans given as FILEs in windows. The options below work without a display."));

  if (!g_option_context_parse_strv (context, args, &error))
    {
      g_printerr ("pathways: %s\n", error->message);
      g_printerr (_("Run “pathways --help” to see the options.\n"));
      pw_cli_options_clear (&opts);
      *status = 2;
      return TRUE;
    }

  pw_model_init ();
  result = pw_cli_run (&opts, *args);
  pw_cli_options_clear (&opts);
  if (result < 0)
    return FALSE;

  *status = result;
  return TRUE;
}
