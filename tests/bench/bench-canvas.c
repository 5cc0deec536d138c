/* bench-canvas.c — the canvas with a 1,000-card plan: first frame, drag, zoom and scroll frame times, memory
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run under Xvfb: xvfb-run -a -s "-screen 0 1280x1024x24" env GDK_BACKEND=x11 GSK_RENDERER=cairo
 * GTK_A11Y=none ./bench-canvas [n_cards]. Frame time is the work of one frame, from the frame
 * clock's "before-paint" to its "after-paint" (event handling of the frame, layout, snapshot and
 * rendering); the interval between frames is capped by the clock at about 60 Hz. Exits 77 without
 * a display.
 */
#include <gtk/gtk.h>
#include <math.h>
#include <stdio.h>
#include <time.h>

#include "pw-application.h"
#include "pw-canvas-private.h"

#define N_FRAMES 120

typedef enum { PHASE_FIRST, PHASE_DRAG, PHASE_ZOOM, PHASE_SCROLL, PHASE_DONE } Phase;

typedef struct {
  PwCanvas *canvas;
  Phase     phase;
  int       frame;
  gint64    t_before;
  gint64    cpu_before;
  gint64    t_start;
  gint64    cpu_start;
  double    first_frame_ms;
  double    first_frame_cpu_ms;
  GArray   *times[PHASE_DONE];
  GArray   *cpu[PHASE_DONE];
  double    x0, y0;
} Bench;

static const char *words[] = {
  "women", "neighbours", "confidence", "English", "conversation", "volunteers", "café", "local",
  "services", "housing", "health", "work", "friendship", "club", "sessions", "practice",
};

static PwPlan *
build_plan (guint n_cards)
{
  PwPlan *plan = pw_plan_new ();
  GPtrArray *lanes[PW_N_CARD_KINDS];

  for (guint k = 0; k < PW_N_CARD_KINDS; k++)
    lanes[k] = g_ptr_array_new ();
  for (guint i = 0; i < n_cards; i++)
    {
      PwCardKind kind = i % PW_N_CARD_KINDS;
      GString *title = g_string_new (NULL);
      PwCard *card;

      g_string_append_printf (title, "%s %u:", pw_card_kind_get_display_name (kind), i);
      for (guint w = 0; w < 3 + i % 9; w++)
        g_string_append_printf (title, " %s", words[(i * 7 + w * 3) % G_N_ELEMENTS (words)]);
      card = pw_plan_add_card (plan, kind, title->str, -1, 0, 0);
      pw_plan_set_card_domains (plan, card, PW_CARD_DOMAIN_BIT (1 + i % 14) | PW_CARD_DOMAIN_BIT (1 + (i / 3) % 14));
      g_ptr_array_add (lanes[kind], card);
      g_string_free (title, TRUE);
    }
  /* Every card but the goals leads to a card at about the same height in the
   * next lane, as in a tidy plan. */
  for (guint k = 0; k + 1 < PW_N_CARD_KINDS; k++)
    for (guint i = 0; i < lanes[k]->len && lanes[k + 1]->len > 0; i++)
      {
        int j = CLAMP ((int) i + (int) (i % 3) - 1, 0, (int) lanes[k + 1]->len - 1);
        PwLink *link = pw_plan_link (plan, g_ptr_array_index (lanes[k], i),
                                     g_ptr_array_index (lanes[k + 1], j), NULL);
        if (link != NULL && i % 4 == 0)
          pw_plan_set_link_text (plan, link, PW_LINK_FIELD_ASSUMPTION, "People come back when it is friendly");
      }
  for (guint k = 0; k < PW_N_CARD_KINDS; k++)
    g_ptr_array_unref (lanes[k]);
  pw_plan_clear_undo (plan);
  return plan;
}

static long
rss_kb (const char *field)
{
  g_autofree char *status = NULL;
  const char *p;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) || (p = strstr (status, field)) == NULL)
    return -1;
  return strtol (p + strlen (field) + 1, NULL, 10);
}

static int
compare_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static void
report (const char *what,
        GArray     *times)
{
  double median, worst;

  g_array_sort (times, compare_double);
  median = g_array_index (times, double, times->len / 2);
  worst = g_array_index (times, double, times->len - 1);
  printf ("%-24s median %6.2f ms   p90 %6.2f ms   worst %6.2f ms   (%u frames)\n", what, median,
          g_array_index (times, double, (times->len * 9) / 10), worst, times->len);
}

static void
start_drag (Bench *b)
{
  PwCardWidget *w = g_ptr_array_index (b->canvas->lanes[PW_CARD_KIND_ACTIVITY], 2);
  graphene_rect_t r;

  pw_card_widget_get_bounds (w, &r);
  pw_canvas_to_widget (b->canvas, r.origin.x + r.size.width / 3, r.origin.y + r.size.height / 2, &b->x0, &b->y0);
  pw_canvas_drag_begin (b->canvas, b->x0, b->y0, GDK_BUTTON_PRIMARY, 0);
}

/* Runs in the frame clock's update phase: one step of the current scenario. */
static gboolean
tick (GtkWidget     *widget,
      GdkFrameClock *clock,
      gpointer       data)
{
  Bench *b = data;
  double t = (double) b->frame / N_FRAMES;

  switch (b->phase)
    {
    case PHASE_DRAG:
      if (b->frame == 0)
        start_drag (b);
      pw_canvas_drag_update (b->canvas, b->x0 + 500 * t, b->y0 + 200 * sin (t * G_PI * 2));
      break;
    case PHASE_ZOOM:
      pw_canvas_set_zoom (b->canvas, 1.0 + 0.6 * sin (t * G_PI * 4));
      break;
    case PHASE_SCROLL:
      {
        GtkAdjustment *v = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (b->canvas));
        gtk_adjustment_set_value (v, gtk_adjustment_get_value (v) + 90);
      }
      break;
    case PHASE_FIRST:
    case PHASE_DONE:
    default:
      break;
    }
  return G_SOURCE_CONTINUE;
}

static gint64
cpu_time_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static void
before_paint (GdkFrameClock *clock,
              Bench         *b)
{
  b->t_before = g_get_monotonic_time ();
  b->cpu_before = cpu_time_us ();
}

static void
after_paint (GdkFrameClock *clock,
             Bench         *b)
{
  double ms = (g_get_monotonic_time () - b->t_before) / 1000.0;
  double cpu_ms = (cpu_time_us () - b->cpu_before) / 1000.0;

  if (b->phase == PHASE_FIRST)
    {
      b->first_frame_ms = (g_get_monotonic_time () - b->t_start) / 1000.0;
      b->first_frame_cpu_ms = (cpu_time_us () - b->cpu_start) / 1000.0;
      b->phase = PHASE_DRAG;
      b->frame = 0;
      return;
    }
  if (b->phase == PHASE_DONE)
    return;
  g_array_append_val (b->times[b->phase], ms);
  g_array_append_val (b->cpu[b->phase], cpu_ms);
  if (++b->frame >= N_FRAMES)
    {
      if (b->phase == PHASE_DRAG)
        {
          /* Drop it back where it came from, so nothing changes. */
          pw_canvas_drag_update (b->canvas, b->x0, b->y0);
          pw_canvas_drag_end (b->canvas, b->x0, b->y0);
        }
      if (b->phase == PHASE_ZOOM)
        pw_canvas_set_zoom (b->canvas, 1.0);
      b->phase++;
      b->frame = 0;
    }
}

int
main (int argc, char *argv[])
{
  guint n_cards = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 1000;
  g_autoptr(PwPlan) plan = NULL;
  GtkWidget *window, *scrolled;
  GdkFrameClock *clock;
  Bench b = { 0 };
  gint64 t0;
  long rss_before;

  if (!gtk_init_check ())
    {
      printf ("# no display: skipped\n");
      return 77;
    }
  pw_ui_init ();
  for (guint i = 0; i < PHASE_DONE; i++)
    {
      b.times[i] = g_array_new (FALSE, FALSE, sizeof (double));
      b.cpu[i] = g_array_new (FALSE, FALSE, sizeof (double));
    }

  t0 = g_get_monotonic_time ();
  plan = build_plan (n_cards);
  printf ("plan: %u cards, %u links, built in %.1f ms\n", n_cards,
          g_list_model_get_n_items (pw_plan_get_links (plan)), (g_get_monotonic_time () - t0) / 1000.0);
  rss_before = rss_kb ("VmRSS:");

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  scrolled = gtk_scrolled_window_new ();
  b.canvas = PW_CANVAS (pw_canvas_new ());
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (b.canvas));
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  gtk_widget_realize (window);
  clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint), &b);
  g_signal_connect_after (clock, "after-paint", G_CALLBACK (after_paint), &b);

  b.t_start = g_get_monotonic_time ();
  b.cpu_start = cpu_time_us ();
  pw_canvas_set_plan (b.canvas, plan);
  printf ("set_plan (card widgets):  %.1f ms wall, %.1f ms CPU\n", (g_get_monotonic_time () - b.t_start) / 1000.0,
          (cpu_time_us () - b.cpu_start) / 1000.0);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_add_tick_callback (GTK_WIDGET (b.canvas), tick, &b, NULL);
  while (b.phase != PHASE_DONE)
    g_main_context_iteration (NULL, TRUE);

  printf ("first frame:              %.1f ms wall, %.1f ms CPU (from set_plan to the end of the first paint)\n",
          b.first_frame_ms, b.first_frame_cpu_ms);
  report ("drag a card (wall):", b.times[PHASE_DRAG]);
  report ("drag a card (CPU):", b.cpu[PHASE_DRAG]);
  report ("zoom 0.4-1.6 (wall):", b.times[PHASE_ZOOM]);
  report ("zoom 0.4-1.6 (CPU):", b.cpu[PHASE_ZOOM]);
  report ("scroll (wall):", b.times[PHASE_SCROLL]);
  report ("scroll (CPU):", b.cpu[PHASE_SCROLL]);
  printf ("memory: RSS %ld MB (plan only %ld MB), peak %ld MB\n", rss_kb ("VmRSS:") / 1024,
          rss_before / 1024, rss_kb ("VmHWM:") / 1024);
  gtk_window_destroy (GTK_WINDOW (window));
  for (guint i = 0; i < PHASE_DONE; i++)
    {
      g_array_unref (b.times[i]);
      g_array_unref (b.cpu[i]);
    }
  return 0;
}
