/* test-canvas-render.c — the theory of change drawn headless: layout, PNG/SVG/PDF export, printing, CLI
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF checks read the files back with poppler's pdftotext and pdfinfo.
 * Set PW_CANVAS_KEEP=1 to keep the files written (the folder is printed):
 * the IOM examples are exported there for a look.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "pw-autocleanups.h"
#include "pw-canvas-render-private.h"
#include "pw-plan-xml.h"

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

static void
link_cards (PwPlan *plan,
            PwCard *a,
            PwCard *b)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (pw_plan_link (plan, a, b, &error));
  g_assert_no_error (error);
}

/* A plan with every lane, a long title, domains, indicators and assumptions. */
static PwPlan *
build_plan (void)
{
  PwPlan *plan = pw_plan_new ();
  g_autoptr(GError) error = NULL;
  PwCard *barrier, *cafe, *support, *sessions, *practice, *outcome, *goal;
  PwLink *link;

  pw_plan_set_text (plan, PW_PLAN_FIELD_TITLE, "ESOL women: friendship and language café");
  pw_plan_set_text (plan, PW_PLAN_FIELD_ORGANISATION, "Anytown Borough Council");
  pw_plan_set_text (plan, PW_PLAN_FIELD_AREA, "North ward");
  barrier = pw_plan_add_card (plan, PW_CARD_KIND_BARRIER,
                              "Isolated women migrants with limited English are struggling to keep up "
                              "attendance at ESOL classes", -1, 0, 0);
  cafe = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "Conversation café", -1, 0, 0);
  support = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "Support for volunteers", -1, 0, 0);
  sessions = pw_plan_add_card (plan, PW_CARD_KIND_OUTPUT, "Weekly sessions held", -1, 0, 0);
  practice = pw_plan_add_card (plan, PW_CARD_KIND_OUTPUT, "Supported informal language practice", -1, 0, 0);
  outcome = pw_plan_add_card (plan, PW_CARD_KIND_OUTCOME, "Women speak English with neighbours", -1, 0, 0);
  goal = pw_plan_add_card (plan, PW_CARD_KIND_GOAL, "More confidence using English every day", -1, 0, 0);
  pw_plan_set_card_domains (plan, outcome, PW_CARD_DOMAIN_BIT (7) | PW_CARD_DOMAIN_BIT (9));
  pw_plan_set_card_domains (plan, cafe, PW_CARD_DOMAIN_BIT (9));
  link_cards (plan, barrier, cafe);
  link_cards (plan, cafe, sessions);
  link_cards (plan, support, practice);
  link_cards (plan, cafe, practice);
  link_cards (plan, sessions, outcome);
  link_cards (plan, practice, outcome);
  link_cards (plan, outcome, goal);
  link = pw_plan_find_link (plan, cafe, sessions);
  pw_plan_set_link_text (plan, link, PW_LINK_FIELD_ASSUMPTION, "Women can come at set times");
  pw_plan_attach_indicator (plan, outcome, "bridges-05",
                            "% confident to ask their neighbours of all backgrounds for help", 7, &error);
  g_assert_no_error (error);
  return plan;
}

/* @n_per_lane cards in every lane, each linked to the one beside it. */
static PwPlan *
build_big_plan (guint n_per_lane)
{
  PwPlan *plan = pw_plan_new ();
  PwCard *previous[PW_N_CARD_KINDS] = { NULL };

  pw_plan_set_text (plan, PW_PLAN_FIELD_TITLE, "Big plan");
  for (guint i = 0; i < n_per_lane; i++)
    for (guint kind = 0; kind < PW_N_CARD_KINDS; kind++)
      {
        g_autofree char *title = g_strdup_printf ("Card %u of lane %u%s", i + 1, kind + 1,
                                                  i % 3 == 0 ? " with a longer title that wraps over lines" : "");
        PwCard *card = pw_plan_add_card (plan, kind, title, -1, 0, 0);

        if (kind > 0 && kind < PW_CARD_KIND_GOAL)
          link_cards (plan, previous[kind - 1], card);
        previous[kind] = card;
      }
  return plan;
}

static PwCanvasLayout *
layout_for (PwPlan *plan)
{
  PwCanvasLayout *layout = pw_canvas_layout_new (plan, fw ());
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 5, 1, 9, 0, 0);

  pw_canvas_layout_set_date (layout, date);
  return layout;
}

/* Runs a command line; returns its standard output, or NULL to skip when the tool is missing. */
static char *
run_tool (const char *tool,
          ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_find_program_in_path (tool);
  char *out = NULL;
  int status = 0;
  const char *arg;
  va_list args;

  if (path == NULL)
    return NULL;
  g_ptr_array_add (argv, path);
  va_start (args, tool);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  return out;
}

/* The value of a "Name:   value" line of pdfinfo, without the padding. */
static char *
info_field (const char *info,
            const char *name)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], name) && lines[i][strlen (name)] == ':')
      return g_strstrip (g_strdup (lines[i] + strlen (name) + 1));
  return g_strdup ("");
}

/* Runs of white space become one space, so wrapped titles read as one line. */
static char *
squeeze (const char *text)
{
  g_autoptr(GString) joined = g_string_new (text);
  g_auto(GStrv) words = NULL;

  /* A line broken after a hyphen ("anti-" / "discrimination") is one word. */
  g_string_replace (joined, "-\n", "-", 0);
  words = g_strsplit_set (joined->str, " \n\t\f\r", -1);
  GString *s = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (s, "%s%s", s->len ? " " : "", words[i]);
  return g_string_free (s, FALSE);
}

static void
assert_all_titles_in (PwPlan     *plan,
                      const char *text)
{
  g_autofree char *flat = squeeze (text);
  GListModel *cards = pw_plan_get_cards (plan);

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(PwCard) card = g_list_model_get_item (cards, i);

      if (strstr (flat, pw_card_get_title (card)) == NULL)
        g_error ("“%s” is not in the text: %s", pw_card_get_title (card), flat);
    }
}

/* ---- Layout ------------------------------------------------------------- */

static void
test_layout (void)
{
  g_autoptr(PwPlan) plan = build_plan ();
  g_autoptr(PwCanvasLayout) layout = layout_for (plan);
  double width = pw_canvas_layout_get_width (layout);
  double height = pw_canvas_layout_get_height (layout);
  double last_x = -1;

  g_assert_cmpfloat (PW_CANVAS_TITLE_PT, >=, 11.0);
  g_assert_cmpfloat (PW_CANVAS_SMALLEST_PT, >=, 10.0);
  g_assert_cmpfloat (width, >, 1000);
  g_assert_cmpfloat (height, >, 300);
  g_assert_false (pw_canvas_layout_get_card_bounds (layout, "c99", NULL, NULL, NULL, NULL));

  /* Lanes left to right; cards inside the drawing; a lane's cards in order, apart. */
  for (guint kind = 0; kind < PW_N_CARD_KINDS; kind++)
    {
      g_autoptr(GPtrArray) lane = pw_plan_get_lane_cards (plan, kind);
      double bottom = 0;

      for (guint i = 0; i < lane->len; i++)
        {
          double x, y, w, h;

          g_assert_true (pw_canvas_layout_get_card_bounds (layout, pw_card_get_id (lane->pdata[i]),
                                                           &x, &y, &w, &h));
          g_assert_cmpfloat (x, >, last_x);
          g_assert_cmpfloat (x + w, <=, width);
          g_assert_cmpfloat (y + h, <=, height);
          g_assert_cmpfloat (y, >=, bottom + (i > 0 ? CR_CARD_GAP - 0.01 : 0));
          bottom = y + h;
          if (i == lane->len - 1)
            last_x = x;
        }
    }
}

/* Cards grow to fit their text: a long title makes a taller card, never a cut one. */
static void
test_layout_cards_grow (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(PwCanvasLayout) layout = NULL;
  g_autoptr(GString) long_title = g_string_new (NULL);
  PwCard *short_card, *long_card, *word_card;
  double short_h, long_h, word_h, word_w;

  for (guint i = 0; i < 40; i++)
    g_string_append (long_title, "neighbours ");
  short_card = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "Café", -1, 0, 0);
  long_card = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, long_title->str, -1, 0, 0);
  word_card = pw_plan_add_card (plan, PW_CARD_KIND_OUTPUT,
                                "Antidisestablishmentarianismantidisestablishmentarianism", -1, 0, 0);
  layout = layout_for (plan);
  g_assert_true (pw_canvas_layout_get_card_bounds (layout, pw_card_get_id (short_card), NULL, NULL, NULL, &short_h));
  g_assert_true (pw_canvas_layout_get_card_bounds (layout, pw_card_get_id (long_card), NULL, NULL, NULL, &long_h));
  g_assert_true (pw_canvas_layout_get_card_bounds (layout, pw_card_get_id (word_card), NULL, NULL, &word_w, &word_h));
  /* 40 words of about 10 characters at 14 pt on a 214 pt card: 20+ lines. */
  g_assert_cmpfloat (long_h, >, short_h + 18 * PW_CANVAS_TITLE_PT);
  /* A word longer than the card is broken, not cut: two lines. */
  g_assert_cmpfloat (word_w, ==, CR_CARD_W);
  g_assert_cmpfloat (word_h, >, short_h + PW_CANVAS_TITLE_PT);
}

/* ---- Export ------------------------------------------------------------- */

static void
test_export_png (void)
{
  g_autoptr(PwPlan) plan = build_plan ();
  g_autoptr(PwCanvasLayout) layout = layout_for (plan);
  g_autofree char *path = out_path ("canvas.png");
  g_autoptr(GError) error = NULL;
  cairo_surface_t *png;
  double ratio;
  double x, y, w, h;
  guint32 pixel;

  g_assert_true (pw_canvas_export (plan, fw (), path, &error));
  g_assert_no_error (error);
  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, (int) ceil (2 * pw_canvas_layout_get_width (layout)));
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, (int) ceil (2 * pw_canvas_layout_get_height (layout)));
  ratio = (double) cairo_image_surface_get_width (png) / cairo_image_surface_get_height (png);
  g_assert_cmpfloat_with_epsilon (ratio, pw_canvas_layout_get_width (layout) / pw_canvas_layout_get_height (layout),
                                  0.01);

  /* The outcome card's header strip is outcome green. */
  g_assert_true (pw_canvas_layout_get_card_bounds (layout, "c6", &x, &y, &w, &h));
  cairo_surface_flush (png);
  pixel = *(guint32 *) (cairo_image_surface_get_data (png)
                        + (int) (2 * (y + 4)) * cairo_image_surface_get_stride (png)
                        + (int) (2 * (x + w / 2)) * 4);
  g_assert_cmphex (pixel & 0xffffff, ==, 0x1e8a5a);
  cairo_surface_destroy (png);
}

static void
test_export_pdf (void)
{
  g_autoptr(PwPlan) plan = build_plan ();
  g_autoptr(PwCanvasLayout) layout = layout_for (plan);
  g_autofree char *path = out_path ("canvas.pdf");
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autofree char *size = NULL;
  char *field;
  g_autoptr(GError) error = NULL;

  g_assert_true (pw_canvas_layout_export (layout, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  text = run_tool ("pdftotext", "-raw", "-enc", "UTF-8", path, "-", NULL);
  info = run_tool ("pdfinfo", path, NULL);
  if (text == NULL || info == NULL)
    {
      g_test_skip ("poppler-utils (pdftotext, pdfinfo) are not installed");
      return;
    }
  assert_all_titles_in (plan, text);
  g_assert_nonnull (strstr (text, "ESOL women: friendship and language café"));
  g_assert_nonnull (strstr (text, "Anytown Borough Council · North ward"));
  g_assert_nonnull (strstr (text, "1 May 2026"));
  g_assert_nonnull (strstr (text, "Intermediate outcomes"));
  g_assert_nonnull (strstr (text, "1 indicator"));
  g_assert_nonnull (strstr (text, "Social bridges"));
  size = g_strdup_printf ("%g x %g pts", pw_canvas_layout_get_width (layout),
                          pw_canvas_layout_get_height (layout));
  field = info_field (info, "Page size");
  g_assert_cmpstr (field, ==, size);
  g_free (field);
  field = info_field (info, "Pages");
  g_assert_cmpstr (field, ==, "1");
  g_free (field);
  field = info_field (info, "Title");
  g_assert_cmpstr (field, ==, "ESOL women: friendship and language café");
  g_free (field);
}

static void
collect_svg (xmlNode    *node,
             GPtrArray  *titles,
             GString    *texts)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;
      if (g_str_equal ((const char *) node->name, "g"))
        {
          g_autofree xmlChar *class_name = xmlGetProp (node, BAD_CAST "class");

          if (class_name != NULL && g_str_equal ((const char *) class_name, "pw-card"))
            {
              g_autofree xmlChar *title = xmlNodeGetContent (node->children);
              g_ptr_array_add (titles, g_strdup ((const char *) title));
            }
        }
      if (g_str_equal ((const char *) node->name, "text"))
        {
          g_autofree xmlChar *content = xmlNodeGetContent (node);
          g_string_append_printf (texts, "%s\n", (const char *) content);
        }
      collect_svg (node->children, titles, texts);
    }
}

static void
test_export_svg (void)
{
  g_autoptr(PwPlan) plan = build_plan ();
  g_autofree char *path = out_path ("canvas.svg");
  g_autoptr(GError) error = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) texts = g_string_new (NULL);
  GListModel *cards = pw_plan_get_cards (plan);

  g_assert_true (pw_canvas_export (plan, fw (), path, &error));
  g_assert_no_error (error);
  doc = xmlReadFile (path, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  g_assert_cmpstr ((const char *) xmlDocGetRootElement (doc)->name, ==, "svg");
  collect_svg (xmlDocGetRootElement (doc), titles, texts);

  /* Each card: a group titled with its title, whose text lines read as the title. */
  g_assert_cmpuint (titles->len, ==, g_list_model_get_n_items (cards));
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(PwCard) card = g_list_model_get_item (cards, i);

      g_assert_true (g_ptr_array_find_with_equal_func (titles, pw_card_get_title (card), g_str_equal, NULL));
    }
  assert_all_titles_in (plan, texts->str);
}

/* Empty lanes, an outcome leading to another outcome, a link jumping a lane,
 * and an untitled plan all draw (kept for a look with PW_CANVAS_KEEP=1). */
static void
test_export_shapes (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(PwPlan) empty = pw_plan_new ();
  g_autofree char *path = out_path ("shapes.png");
  g_autofree char *empty_path = out_path ("empty.png");
  g_autoptr(GError) error = NULL;
  PwCard *activity, *first, *second, *third;
  cairo_surface_t *png;

  activity = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "Mentoring", -1, 0, 0);
  first = pw_plan_add_card (plan, PW_CARD_KIND_OUTCOME, "Mentees know where to get advice", -1, 0, 0);
  second = pw_plan_add_card (plan, PW_CARD_KIND_OUTCOME, "Mentees use services with confidence", -1, 0, 0);
  third = pw_plan_add_card (plan, PW_CARD_KIND_OUTCOME, "", -1, 0, 0);
  link_cards (plan, activity, first);
  link_cards (plan, first, second);
  link_cards (plan, first, third);
  pw_plan_set_link_text (plan, pw_plan_find_link (plan, first, second), PW_LINK_FIELD_ASSUMPTION, "Advice helps");
  g_assert_true (pw_canvas_export (plan, fw (), path, &error));
  g_assert_no_error (error);
  g_assert_true (pw_canvas_export (empty, fw (), empty_path, &error));
  g_assert_no_error (error);

  png = cairo_image_surface_create_from_png (empty_path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_height (png), >, 300);
  cairo_surface_destroy (png);
}

static void
test_export_errors (void)
{
  g_autoptr(PwPlan) plan = build_plan ();
  g_autofree char *jpeg = out_path ("canvas.jpg");
  g_autofree char *no_dir = out_path ("no-such-folder/canvas.png");
  g_autofree char *locked_dir = out_path ("locked");
  g_autofree char *locked = g_build_filename (locked_dir, "canvas.pdf", NULL);
  g_autoptr(GError) error = NULL;
  PwCanvasFormat format;

  g_assert_true (pw_canvas_format_from_path ("A.SVG", &format, NULL));
  g_assert_cmpint (format, ==, PW_CANVAS_FORMAT_SVG);

  g_assert_false (pw_canvas_export (plan, fw (), jpeg, &error));
  g_assert_error (error, PW_CANVAS_RENDER_ERROR, PW_CANVAS_RENDER_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, ".png, .svg or .pdf"));
  g_assert_false (g_file_test (jpeg, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (pw_canvas_export (plan, fw (), no_dir, &error));
  g_assert_error (error, PW_CANVAS_RENDER_ERROR, PW_CANVAS_RENDER_ERROR_WRITE);
  g_assert_true (g_str_has_prefix (error->message, "“"));
  g_clear_error (&error);

  /* A folder we may not write in (root may write anywhere: then skip that part). */
  g_assert_cmpint (g_mkdir (locked_dir, 0555), ==, 0);
  if (access (locked_dir, W_OK) != 0)
    {
      g_assert_false (pw_canvas_export (plan, fw (), locked, &error));
      g_assert_error (error, PW_CANVAS_RENDER_ERROR, PW_CANVAS_RENDER_ERROR_WRITE);
      g_assert_false (g_file_test (locked, G_FILE_TEST_EXISTS));
    }
  g_chmod (locked_dir, 0755);
}

/* ---- Printing ----------------------------------------------------------- */

#define A4_W 841.889764
#define A4_H 595.275591
#define A3_W 1190.551181
#define A3_H 841.889764

static guint
expected_tiles (double length,
                double area)
{
  if (length <= area + 0.01)
    return 1;
  return (guint) ceil ((length - PW_CANVAS_PRINT_OVERLAP - 0.01) / (area - PW_CANVAS_PRINT_OVERLAP));
}

static void
test_print_fit (void)
{
  g_autoptr(PwPlan) plan = build_plan ();
  g_autoptr(PwCanvasLayout) layout = layout_for (plan);
  double w = pw_canvas_layout_get_width (layout), h = pw_canvas_layout_get_height (layout);
  PwCanvasPrintFlags flags = PW_CANVAS_PRINT_TEXT_TOO_SMALL;
  guint rows, cols;

  /* The small plan fits an A4 page with titles above 8 pt. */
  g_assert_cmpuint (pw_canvas_print_paginate (layout, A4_W, A4_H, PW_CANVAS_PRINT_FIT_ONE_PAGE, 8, &flags), ==, 1);
  g_assert_cmpint (flags, ==, PW_CANVAS_PRINT_FLAGS_NONE);
  g_assert_cmpfloat (pw_canvas_print_get_scale (layout) * w, <=, A4_W + 0.01);
  g_assert_cmpfloat (pw_canvas_print_get_scale (layout) * h, <=, A4_H + 0.01);
  g_assert_cmpfloat (pw_canvas_print_get_scale (layout), >=, 8 / PW_CANVAS_TITLE_PT);
  pw_canvas_print_get_grid (layout, &rows, &cols);
  g_assert_cmpuint (rows * cols, ==, 1);

  /* Never scaled up: a huge page keeps print scale. */
  g_assert_cmpuint (pw_canvas_print_paginate (layout, 10 * w, 10 * h, PW_CANVAS_PRINT_FIT_ONE_PAGE, 8, NULL), ==, 1);
  g_assert_cmpfloat (pw_canvas_print_get_scale (layout), ==, 1.0);
}

static void
test_print_fit_too_small (void)
{
  g_autoptr(PwPlan) plan = build_big_plan (30);
  g_autoptr(PwCanvasLayout) layout = layout_for (plan);
  PwCanvasPrintFlags flags = PW_CANVAS_PRINT_FLAGS_NONE;
  guint n;

  /* 150 cards on one A4 page: titles would be tiny, so the plan is tiled at 9 pt. */
  n = pw_canvas_print_paginate (layout, A4_W, A4_H, PW_CANVAS_PRINT_FIT_ONE_PAGE, 9, &flags);
  g_assert_cmpint (flags, ==, PW_CANVAS_PRINT_TEXT_TOO_SMALL);
  g_assert_cmpuint (n, >, 1);
  g_assert_cmpfloat_with_epsilon (pw_canvas_print_get_scale (layout) * PW_CANVAS_TITLE_PT, 9, 1e-9);

  /* With no minimum it always fits one page. */
  n = pw_canvas_print_paginate (layout, A4_W, A4_H, PW_CANVAS_PRINT_FIT_ONE_PAGE, 0, &flags);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (flags, ==, PW_CANVAS_PRINT_FLAGS_NONE);
}

static void
test_print_tiled (void)
{
  g_autoptr(PwPlan) plan = build_big_plan (30);
  g_autoptr(PwCanvasLayout) layout = layout_for (plan);
  double w = pw_canvas_layout_get_width (layout), h = pw_canvas_layout_get_height (layout);
  double area_w = A4_W - 2 * TILE_SIDE, area_h = A4_H - TILE_HEADER_H - TILE_FOOTER_H;
  guint rows, cols, n;

  n = pw_canvas_print_paginate (layout, A4_W, A4_H, PW_CANVAS_PRINT_TILED, 0, NULL);
  pw_canvas_print_get_grid (layout, &rows, &cols);
  g_assert_cmpfloat (pw_canvas_print_get_scale (layout), ==, 1.0);
  g_assert_cmpuint (cols, ==, expected_tiles (w, area_w));
  g_assert_cmpuint (rows, ==, expected_tiles (h, area_h));
  g_assert_cmpuint (n, ==, rows * cols);
  /* 1470 pt wide on 814 pt tiles: 2 columns; 30 cards a lane: many rows. */
  g_assert_cmpuint (cols, ==, 2);
  g_assert_cmpuint (rows, >=, 4);
  /* The tiles cover the drawing, with no empty tile. */
  g_assert_cmpfloat (cols * (area_w - PW_CANVAS_PRINT_OVERLAP) + PW_CANVAS_PRINT_OVERLAP, >=, w);
  g_assert_cmpfloat ((cols - 1) * (area_w - PW_CANVAS_PRINT_OVERLAP), <, w);
  g_assert_cmpfloat (rows * (area_h - PW_CANVAS_PRINT_OVERLAP) + PW_CANVAS_PRINT_OVERLAP, >=, h);
  g_assert_cmpfloat ((rows - 1) * (area_h - PW_CANVAS_PRINT_OVERLAP), <, h);

  /* A minimum text size above print scale enlarges the poster. */
  n = pw_canvas_print_paginate (layout, A4_W, A4_H, PW_CANVAS_PRINT_TILED, 2 * PW_CANVAS_TITLE_PT, NULL);
  g_assert_cmpfloat (pw_canvas_print_get_scale (layout), ==, 2.0);
  g_assert_cmpuint (n, ==, expected_tiles (2 * w, area_w) * expected_tiles (2 * h, area_h));

  /* The small plan fits one tile. */
  {
    g_autoptr(PwPlan) small = build_plan ();
    g_autoptr(PwCanvasLayout) small_layout = layout_for (small);
    g_assert_cmpuint (pw_canvas_print_paginate (small_layout, A3_W, A3_H, PW_CANVAS_PRINT_TILED, 0, NULL), ==,
                      expected_tiles (pw_canvas_layout_get_width (small_layout), A3_W - 2 * TILE_SIDE)
                      * expected_tiles (pw_canvas_layout_get_height (small_layout), A3_H - TILE_HEADER_H - TILE_FOOTER_H));
  }
}

/* The tiles as a PDF: one page each, labelled, titled and dated. */
static void
test_print_tiled_pdf (void)
{
  g_autoptr(PwPlan) plan = build_big_plan (12);
  g_autoptr(PwCanvasLayout) layout = layout_for (plan);
  g_autofree char *path = out_path ("canvas-tiled.pdf");
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL, *first = NULL, *last = NULL, *pages = NULL, *last_label = NULL, *last_page = NULL;
  PwCanvasPrintFlags flags;
  guint rows, cols;
  char *field;

  g_assert_true (pw_canvas_layout_export_paper (layout, path, A4_W, A4_H, PW_CANVAS_PRINT_TILED, 0, &flags, &error));
  g_assert_no_error (error);
  pw_canvas_print_get_grid (layout, &rows, &cols);
  g_assert_cmpuint (rows * cols, >, 1);
  info = run_tool ("pdfinfo", path, NULL);
  if (info == NULL)
    {
      g_test_skip ("poppler-utils (pdftotext, pdfinfo) are not installed");
      return;
    }
  pages = g_strdup_printf ("%u", rows * cols);
  field = info_field (info, "Pages");
  g_assert_cmpstr (field, ==, pages);
  g_free (field);
  field = info_field (info, "Page size");
  g_assert_cmpstr (field, ==, "841.89 x 595.276 pts (A4)");
  g_free (field);
  last_page = g_strdup_printf ("%u", rows * cols);
  first = run_tool ("pdftotext", "-f", "1", "-l", "1", "-enc", "UTF-8", path, "-", NULL);
  last = run_tool ("pdftotext", "-f", last_page, "-l", last_page, "-enc", "UTF-8", path, "-", NULL);
  last_label = g_strdup_printf ("Page %u,%u", rows, cols);
  g_assert_nonnull (strstr (first, "Page 1,1"));
  g_assert_nonnull (strstr (first, "Big plan — 1 May 2026"));
  g_assert_nonnull (strstr (last, last_label));
  g_assert_nonnull (strstr (last, "Big plan — 1 May 2026"));
}

/* ---- Command line and the worked examples ------------------------------- */

static char *
example_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "examples", name, NULL);
}

static int
run_cli (const char *plan_path,
         const char *output,
         char      **messages)
{
  size_t size = 0;
  FILE *err = open_memstream (messages, &size);
  int status = pw_canvas_render_cli (plan_path, output, err);

  fclose (err);
  return status;
}

static void
test_cli (void)
{
  g_autofree char *example = example_path ("esol-conversation-cafe.pathways");
  g_autofree char *png = out_path ("cli.png");
  g_autofree char *gif = out_path ("cli.gif");
  g_autofree char *missing = out_path ("missing.pathways");
  g_autofree char *m1 = NULL, *m2 = NULL, *m3 = NULL;

  g_assert_cmpint (run_cli (example, png, &m1), ==, PW_CANVAS_CLI_OK);
  g_assert_cmpstr (m1, ==, "");
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpint (run_cli (example, gif, &m2), ==, PW_CANVAS_CLI_USAGE);
  g_assert_nonnull (strstr (m2, ".png, .svg or .pdf"));
  g_assert_false (g_file_test (gif, G_FILE_TEST_EXISTS));

  g_assert_cmpint (run_cli (missing, png, &m3), ==, PW_CANVAS_CLI_FAILED);
  g_assert_true (g_str_has_prefix (m3, missing));
}

/* Every worked example exports, and the PDF holds every card title. */
static void
test_examples (void)
{
  static const char * const names[] = {
    "esol-conversation-cafe", "friendship-club", "racial-harassment-social-mixing",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *file_name = g_strconcat (names[i], ".pathways", NULL);
      g_autofree char *source = example_path (file_name);
      g_autoptr(GFile) file = g_file_new_for_path (source);
      g_autoptr(GError) error = NULL;
      g_autoptr(PwPlan) plan = pw_plan_load (file, fw (), NULL, &error);
      g_autoptr(PwCanvasLayout) layout = NULL;
      g_autofree char *png_name = g_strconcat (names[i], ".png", NULL);
      g_autofree char *pdf_name = g_strconcat (names[i], ".pdf", NULL);
      g_autofree char *a3_name = g_strconcat (names[i], "-a3.pdf", NULL);
      g_autofree char *png = out_path (png_name), *pdf = out_path (pdf_name), *a3 = out_path (a3_name);
      g_autofree char *text = NULL;
      PwCanvasPrintFlags flags;

      g_assert_no_error (error);
      layout = layout_for (plan);
      g_assert_true (pw_canvas_layout_export (layout, png, &error));
      g_assert_true (pw_canvas_layout_export (layout, pdf, &error));
      g_assert_true (pw_canvas_layout_export_paper (layout, a3, A3_W, A3_H, PW_CANVAS_PRINT_FIT_ONE_PAGE, 11,
                                                    &flags, &error));
      g_assert_no_error (error);
      /* The worked examples fit one A3 page with card titles of 11 pt. */
      g_assert_cmpint (flags, ==, PW_CANVAS_PRINT_FLAGS_NONE);
      text = run_tool ("pdftotext", "-raw", "-enc", "UTF-8", pdf, "-", NULL);
      if (text != NULL)
        assert_all_titles_in (plan, text);
    }
}

/* ---- Main --------------------------------------------------------------- */

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  out_dir = g_dir_make_tmp ("pw-canvas-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/canvas-render/layout", test_layout);
  g_test_add_func ("/canvas-render/layout/cards-grow", test_layout_cards_grow);
  g_test_add_func ("/canvas-render/export/png", test_export_png);
  g_test_add_func ("/canvas-render/export/pdf", test_export_pdf);
  g_test_add_func ("/canvas-render/export/svg", test_export_svg);
  g_test_add_func ("/canvas-render/export/shapes", test_export_shapes);
  g_test_add_func ("/canvas-render/export/errors", test_export_errors);
  g_test_add_func ("/canvas-render/print/fit", test_print_fit);
  g_test_add_func ("/canvas-render/print/fit-too-small", test_print_fit_too_small);
  g_test_add_func ("/canvas-render/print/tiled", test_print_tiled);
  g_test_add_func ("/canvas-render/print/tiled-pdf", test_print_tiled_pdf);
  g_test_add_func ("/canvas-render/cli", test_cli);
  g_test_add_func ("/canvas-render/examples", test_examples);
  status = g_test_run ();

  if (g_getenv ("PW_CANVAS_KEEP") != NULL)
    g_printerr ("# files kept in %s\n", out_dir);
  else
    remove_tree (out_dir);
  g_free (out_dir);
  return status;
}
