/* test-ui-canvas.c — the workshop canvas: adding, editing, linking, moving, deleting, zoom, clipboard, badges
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>

#include "pw-application.h"
#include "pw-canvas-private.h"
#include "pw-checks.h"
#include "pw-indicator-page.h"
#include "pw-lane.h"
#include "pw-plan-xml.h"
#include "pw-test-utils.h"

typedef struct {
  GtkWidget *window;
  GtkWidget *scrolled;
  PwCanvas  *canvas;
  PwPlan    *plan;
  PwChecks  *checks;
  guint      n_selection_changed;
} Fixture;

static void
on_selection_changed (PwCanvas *canvas,
                      Fixture  *f)
{
  f->n_selection_changed++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 720);
  f->scrolled = gtk_scrolled_window_new ();
  f->canvas = PW_CANVAS (pw_canvas_new ());
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (f->scrolled), GTK_WIDGET (f->canvas));
  gtk_window_set_child (GTK_WINDOW (f->window), f->scrolled);
  f->plan = pw_plan_new ();
  f->checks = pw_checks_new (NULL);
  pw_checks_set_plan (f->checks, f->plan);
  pw_canvas_set_plan (f->canvas, f->plan);
  pw_canvas_set_checks (f->canvas, f->checks);
  g_signal_connect (f->canvas, "selection-changed", G_CALLBACK (on_selection_changed), f);
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (f->window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->checks);
  g_clear_object (&f->plan);
}

/* Lets GTK lay out and draw what changed. */
static void
settle (Fixture *f)
{
  gtk_widget_queue_draw (GTK_WIDGET (f->canvas));
  gtk_test_widget_wait_for_draw (f->window);
  pw_test_spin (20);
}

static PwCardWidget *
widget_for (Fixture *f,
            PwCard  *card)
{
  PwCardWidget *w = pw_canvas_get_card_widget (f->canvas, card);

  g_assert_nonnull (w);
  return w;
}

/* A point of a card in canvas widget coordinates: (fx, fy) are fractions of
 * its width and height. */
static void
card_point (Fixture *f,
            PwCard  *card,
            double   fx,
            double   fy,
            double  *x,
            double  *y)
{
  graphene_rect_t b;

  pw_canvas_ensure_layout (f->canvas);
  pw_card_widget_get_bounds (widget_for (f, card), &b);
  pw_canvas_to_widget (f->canvas, b.origin.x + fx * b.size.width, b.origin.y + fy * b.size.height, x, y);
}

static void
mouse_drag (Fixture *f,
            double   x0,
            double   y0,
            double   x1,
            double   y1)
{
  pw_canvas_drag_begin (f->canvas, x0, y0, GDK_BUTTON_PRIMARY, 0);
  for (int i = 1; i <= 8; i++)
    pw_canvas_drag_update (f->canvas, x0 + (x1 - x0) * i / 8, y0 + (y1 - y0) * i / 8);
  pw_canvas_drag_end (f->canvas, x1, y1);
}

/* Types a title into the open in-place editor and presses Enter (commit) or
 * Escape (cancel), as the editor's key handler does. */
static void
type_title (PwCard     *card,
            Fixture    *f,
            const char *text,
            gboolean    commit)
{
  PwCardWidget *w = widget_for (f, card);
  GtkTextBuffer *buffer = pw_card_widget_get_edit_buffer (w);

  g_assert_nonnull (buffer);
  gtk_text_buffer_set_text (buffer, text, -1);
  pw_card_widget_end_edit (w, commit);
  g_assert_false (pw_card_widget_is_editing (w));
}

static guint
n_selected (Fixture *f)
{
  g_autoptr(GPtrArray) sel = pw_canvas_get_selected_cards (f->canvas);
  return sel->len;
}

static gboolean
card_has_finding (Fixture    *f,
                  PwCard     *card,
                  const char *rule)
{
  g_autoptr(GPtrArray) findings = pw_checks_get_findings_for_card (f->checks, pw_card_get_id (card));

  for (guint i = 0; i < findings->len; i++)
    if (g_str_equal (pw_finding_get_rule (g_ptr_array_index (findings, i)), rule))
      return TRUE;
  return FALSE;
}

static PwCard *
lane_card (PwPlan     *plan,
           PwCardKind  kind,
           guint       index)
{
  g_autoptr(GPtrArray) cards = pw_plan_get_lane_cards (plan, kind);

  g_assert_cmpuint (index, <, cards->len);
  return g_ptr_array_index (cards, index);
}

/* ---- Adding and editing ----------------------------------------------------- */

static void
test_add_by_action (Fixture *f, gconstpointer data)
{
  GListModel *cards = pw_plan_get_cards (f->plan);

  for (guint k = 0; k < PW_N_CARD_KINDS; k++)
    {
      g_autofree char *title = g_strdup_printf ("Card %u", k);
      PwCard *card;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.add-card", "s",
                                                 pw_card_kind_to_string (k)));
      g_assert_cmpuint (g_list_model_get_n_items (cards), ==, k + 1);
      card = lane_card (f->plan, k, 0);
      g_assert_cmpint (pw_card_get_kind (card), ==, k);
      /* The new card is selected and its title editor is open. */
      g_assert_true (pw_canvas_get_selected_card (f->canvas) == card);
      g_assert_true (pw_card_widget_is_editing (widget_for (f, card)));
      type_title (card, f, title, TRUE);
      g_assert_cmpstr (pw_card_get_title (card), ==, title);
    }
  settle (f);
  /* The lane headers count their cards. */
  g_assert_cmpuint (f->canvas->lanes[PW_CARD_KIND_GOAL]->len, ==, 1);
  /* Adding after the focused card of the same lane puts it right below. */
  pw_canvas_select_card (f->canvas, lane_card (f->plan, PW_CARD_KIND_OUTCOME, 0), FALSE);
  gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.add-card", "s", "outcome");
  type_title (lane_card (f->plan, PW_CARD_KIND_OUTCOME, 1), f, "Second outcome", TRUE);
  g_assert_cmpstr (pw_card_get_title (lane_card (f->plan, PW_CARD_KIND_OUTCOME, 1)), ==, "Second outcome");
}

static void
test_add_by_lane_button (Fixture *f, gconstpointer data)
{
  for (guint k = 0; k < PW_N_CARD_KINDS; k++)
    {
      GtkWidget *button = pw_lane_get_add_button (PW_LANE (f->canvas->lane_headers[k]));
      PwCard *card;

      g_assert_true (gtk_widget_get_sensitive (button));
      g_signal_emit_by_name (button, "clicked");
      settle (f);
      card = lane_card (f->plan, k, 0);
      g_assert_cmpint (pw_card_get_kind (card), ==, k);
      /* Escape leaves the title empty; the card shows its placeholder. */
      type_title (card, f, "ignored", FALSE);
      g_assert_cmpstr (pw_card_get_title (card), ==, "");
    }
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_cards (f->plan)), ==, PW_N_CARD_KINDS);
}

static void
test_add_by_double_click (Fixture *f, gconstpointer data)
{
  double x = (pw_canvas_lane_x (PW_CARD_KIND_OUTPUT) + PW_LANE_WIDTH / 2) * pw_canvas_get_zoom (f->canvas);

  pw_canvas_click (f->canvas, 1, x, 300, 0);
  pw_canvas_click (f->canvas, 2, x, 300, 0);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_cards (f->plan)), ==, 1);
  g_assert_cmpint (pw_card_get_kind (lane_card (f->plan, PW_CARD_KIND_OUTPUT, 0)), ==, PW_CARD_KIND_OUTPUT);
}

static void
test_edit_title (Fixture *f, gconstpointer data)
{
  PwCard *card = pw_plan_add_card (f->plan, PW_CARD_KIND_OUTCOME, "Old title", -1, 0, 0);

  pw_plan_clear_undo (f->plan);
  settle (f);
  pw_canvas_select_card (f->canvas, card, TRUE);
  /* Enter on a focused card opens the editor (same path as F2). */
  pw_canvas_activate_focus (f->canvas);
  g_assert_true (pw_card_widget_is_editing (widget_for (f, card)));
  type_title (card, f, "Women speak English with neighbours", TRUE);
  g_assert_cmpstr (pw_card_get_title (card), ==, "Women speak English with neighbours");
  g_assert_true (pw_plan_can_undo (f->plan));

  /* Escape cancels. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.edit-title", NULL));
  type_title (card, f, "Something else", FALSE);
  g_assert_cmpstr (pw_card_get_title (card), ==, "Women speak English with neighbours");

  /* One undo step brings the old title back. */
  g_assert_true (pw_plan_undo (f->plan));
  g_assert_cmpstr (pw_card_get_title (card), ==, "Old title");
  g_assert_false (pw_plan_can_undo (f->plan));
  /* The card follows the model. */
  g_assert_nonnull (strstr (pw_card_widget_get_description (widget_for (f, card)), "Old title"));
}

/* ---- Linking -------------------------------------------------------------------- */

static void
test_link_by_mouse (Fixture *f, gconstpointer data)
{
  PwCard *barrier = pw_plan_add_card (f->plan, PW_CARD_KIND_BARRIER, "Little English", -1, 0, 0);
  PwCard *barrier2 = pw_plan_add_card (f->plan, PW_CARD_KIND_BARRIER, "Isolation", -1, 0, 0);
  PwCard *activity = pw_plan_add_card (f->plan, PW_CARD_KIND_ACTIVITY, "Conversation café", -1, 0, 0);
  double x0, y0, x1, y1;

  settle (f);
  /* From the handle on the right edge to the middle of the target. */
  card_point (f, barrier, 1.0, 0.5, &x0, &y0);
  x0 -= 2;
  card_point (f, activity, 0.5, 0.5, &x1, &y1);
  pw_canvas_drag_begin (f->canvas, x0, y0, GDK_BUTTON_PRIMARY, 0);
  pw_canvas_drag_update (f->canvas, (x0 + x1) / 2, (y0 + y1) / 2);
  /* While linking, invalid targets are marked as not droppable. */
  g_assert_cmpint (pw_card_widget_get_link_state (widget_for (f, activity)), ==, PW_CARD_LINK_STATE_ALLOWED);
  g_assert_cmpint (pw_card_widget_get_link_state (widget_for (f, barrier2)), ==, PW_CARD_LINK_STATE_REFUSED);
  g_assert_cmpint (pw_card_widget_get_link_state (widget_for (f, barrier)), ==, PW_CARD_LINK_STATE_SOURCE);
  pw_canvas_drag_update (f->canvas, x1, y1);
  pw_canvas_drag_end (f->canvas, x1, y1);
  g_assert_nonnull (pw_plan_find_link (f->plan, barrier, activity));
  g_assert_cmpint (pw_card_widget_get_link_state (widget_for (f, barrier2)), ==, PW_CARD_LINK_STATE_NONE);
  /* The checks no longer call the barrier isolated. */
  g_assert_false (card_has_finding (f, barrier, PW_RULE_CHAIN_ISOLATED_CARD));
  g_assert_true (card_has_finding (f, barrier2, PW_RULE_CHAIN_ISOLATED_CARD));
  settle (f);

  /* Barrier to barrier is refused, with the model's message. */
  card_point (f, barrier, 1.0, 0.5, &x0, &y0);
  card_point (f, barrier2, 0.5, 0.5, &x1, &y1);
  mouse_drag (f, x0 - 2, y0, x1, y1);
  g_assert_null (pw_plan_find_link (f->plan, barrier, barrier2));
  g_assert_nonnull (pw_canvas_get_message (f->canvas));
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_links (f->plan)), ==, 1);
}

static void
test_link_by_keyboard (Fixture *f, gconstpointer data)
{
  PwCard *activity = pw_plan_add_card (f->plan, PW_CARD_KIND_ACTIVITY, "Conversation café", -1, 0, 0);
  PwCard *out1 = pw_plan_add_card (f->plan, PW_CARD_KIND_OUTPUT, "40 sessions", -1, 0, 0);
  PwCard *out2 = pw_plan_add_card (f->plan, PW_CARD_KIND_OUTPUT, "60 women attend", -1, 0, 0);

  settle (f);
  pw_canvas_select_card (f->canvas, activity, FALSE);
  /* L: the nearest allowed target in the next lane gets the focus. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.link", NULL));
  g_assert_true (f->canvas->link_source == activity);
  g_assert_true (pw_canvas_get_focus_card (f->canvas) == out1);
  /* Down arrow picks the second output; Enter links. */
  g_assert_true (pw_canvas_navigate (f->canvas, GTK_DIR_DOWN, FALSE));
  g_assert_true (pw_canvas_get_focus_card (f->canvas) == out2);
  pw_canvas_activate_focus (f->canvas);
  g_assert_nonnull (pw_plan_find_link (f->plan, activity, out2));
  g_assert_null (pw_plan_find_link (f->plan, activity, out1));
  g_assert_null (f->canvas->link_source);
  /* Screen readers hear where a card leads. */
  g_assert_nonnull (strstr (pw_card_widget_get_description (widget_for (f, activity)),
                            "Leads to: 60 women attend."));

  /* Escape cancels a keyboard link. */
  pw_canvas_select_card (f->canvas, activity, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.link", NULL);
  g_assert_true (pw_canvas_cancel (f->canvas));
  g_assert_null (f->canvas->link_source);
  g_assert_true (pw_canvas_get_selected_card (f->canvas) == activity);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_links (f->plan)), ==, 1);
}

/* ---- Deleting, moving --------------------------------------------------------- */

static void
test_delete_and_undo (Fixture *f, gconstpointer data)
{
  PwCard *b = pw_plan_add_card (f->plan, PW_CARD_KIND_BARRIER, "Barrier", -1, 0, 0);
  PwCard *a = pw_plan_add_card (f->plan, PW_CARD_KIND_ACTIVITY, "Activity", -1, 0, 0);
  PwCard *o = pw_plan_add_card (f->plan, PW_CARD_KIND_OUTPUT, "Output", -1, 0, 0);
  g_autofree char *id = g_strdup (pw_card_get_id (a));

  g_assert_nonnull (pw_plan_link (f->plan, b, a, NULL));
  g_assert_nonnull (pw_plan_link (f->plan, a, o, NULL));
  settle (f);
  pw_canvas_select_card (f->canvas, a, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.delete", NULL));
  g_assert_null (pw_plan_lookup_card (f->plan, id));
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_links (f->plan)), ==, 0);
  /* The checks see the barrier cut off, and its badge says so. */
  g_assert_true (card_has_finding (f, b, PW_RULE_CHAIN_ISOLATED_CARD));
  g_assert_cmpuint (pw_card_widget_get_n_findings (widget_for (f, b)), >, 0);
  /* The focus went to a neighbour or the canvas, never nowhere. */
  g_assert_null (pw_canvas_get_selected_card (f->canvas));
  settle (f);

  g_assert_true (pw_plan_undo (f->plan));
  settle (f);
  a = pw_plan_lookup_card (f->plan, id);
  g_assert_nonnull (a);
  g_assert_nonnull (pw_canvas_get_card_widget (f->canvas, a));
  g_assert_nonnull (pw_plan_find_link (f->plan, b, a));
  g_assert_nonnull (pw_plan_find_link (f->plan, a, o));
  g_assert_false (card_has_finding (f, b, PW_RULE_CHAIN_ISOLATED_CARD));

  /* Several cards: one undo step. */
  pw_canvas_select_card (f->canvas, b, FALSE);
  pw_canvas_focus_card (f->canvas, o, TRUE);
  g_assert_cmpuint (n_selected (f), ==, 2);
  gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.delete", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_cards (f->plan)), ==, 1);
  g_assert_true (pw_plan_undo (f->plan));
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_cards (f->plan)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_links (f->plan)), ==, 2);
}

static void
test_delete_link (Fixture *f, gconstpointer data)
{
  PwCard *b = pw_plan_add_card (f->plan, PW_CARD_KIND_BARRIER, "Barrier", -1, 0, 0);
  PwCard *a = pw_plan_add_card (f->plan, PW_CARD_KIND_ACTIVITY, "Activity", -1, 0, 0);
  PwLink *link = pw_plan_link (f->plan, b, a, NULL);
  double x0, y0, x1, y1;
  gboolean on_mark;

  settle (f);
  /* Click halfway along the arrow selects it. */
  card_point (f, b, 1.0, 0.5, &x0, &y0);
  card_point (f, a, 0.0, 0.5, &x1, &y1);
  g_assert_true (pw_canvas_link_at (f->canvas, (x0 + x1) / 2, (y0 + y1) / 2, &on_mark) == link);
  pw_canvas_click (f->canvas, 1, (x0 + x1) / 2, (y0 + y1) / 2, 0);
  g_assert_true (pw_canvas_get_selected_link (f->canvas) == link);
  g_assert_null (pw_canvas_get_selected_card (f->canvas));
  gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.delete", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_links (f->plan)), ==, 0);
  g_assert_null (pw_canvas_get_selected_link (f->canvas));
}

static void
test_assumption_mark (Fixture *f, gconstpointer data)
{
  PwCard *o = pw_plan_add_card (f->plan, PW_CARD_KIND_OUTPUT, "40 sessions", -1, 0, 0);
  PwCard *u = pw_plan_add_card (f->plan, PW_CARD_KIND_OUTCOME, "Women speak English", -1, 0, 0);
  PwLink *link = pw_plan_link (f->plan, o, u, NULL);
  GdkRectangle mark;
  gboolean on_mark = FALSE;

  settle (f);
  /* No assumption, no mark. */
  g_assert_false (pw_canvas_link_at (f->canvas, 0, 0, &on_mark) == link && on_mark);
  pw_plan_set_link_text (f->plan, link, PW_LINK_FIELD_ASSUMPTION, "Practice builds confidence");
  settle (f);
  g_assert_true (pw_canvas_link_mark_rect (f->canvas, link, &mark));
  g_assert_true (pw_canvas_link_at (f->canvas, mark.x + mark.width / 2.0, mark.y + mark.height / 2.0,
                                    &on_mark) == link);
  g_assert_true (on_mark);
  /* Clicking the mark selects the link and shows the assumption. */
  pw_canvas_click (f->canvas, 1, mark.x + mark.width / 2.0, mark.y + mark.height / 2.0, 0);
  g_assert_true (pw_canvas_get_selected_link (f->canvas) == link);
  g_assert_nonnull (f->canvas->popover);
  g_assert_true (gtk_widget_get_visible (f->canvas->popover));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (f->canvas->popover_label)),
                            "Assumption: Practice builds confidence"));
  gtk_popover_popdown (GTK_POPOVER (f->canvas->popover));
}

static void
test_move_by_drag (Fixture *f, gconstpointer data)
{
  PwCard *b1 = pw_plan_add_card (f->plan, PW_CARD_KIND_BARRIER, "First", -1, 0, 0);
  PwCard *b2 = pw_plan_add_card (f->plan, PW_CARD_KIND_BARRIER, "Second", -1, 0, 0);
  PwCard *a1 = pw_plan_add_card (f->plan, PW_CARD_KIND_ACTIVITY, "Activity", -1, 0, 0);
  PwCard *o1 = pw_plan_add_card (f->plan, PW_CARD_KIND_OUTPUT, "Output", -1, 0, 0);
  double x0, y0, x1, y1;

  settle (f);
  /* Within the lane: drop the second barrier above the first. */
  card_point (f, b2, 0.4, 0.5, &x0, &y0);
  card_point (f, b1, 0.4, 0.1, &x1, &y1);
  mouse_drag (f, x0, y0, x1, y1 - 10);
  g_assert_cmpint (pw_card_get_lane_order (b2), ==, 0);
  g_assert_cmpint (pw_card_get_lane_order (b1), ==, 1);
  settle (f);

  /* Escape during a drag puts the card back. */
  card_point (f, b1, 0.4, 0.5, &x0, &y0);
  pw_canvas_drag_begin (f->canvas, x0, y0, GDK_BUTTON_PRIMARY, 0);
  pw_canvas_drag_update (f->canvas, x0 + 300, y0);
  g_assert_true (f->canvas->drag_card == widget_for (f, b1));
  g_assert_true (pw_canvas_cancel (f->canvas));
  pw_canvas_drag_update (f->canvas, x0 + 320, y0);
  pw_canvas_drag_end (f->canvas, x0 + 320, y0);
  g_assert_cmpint (pw_card_get_kind (b1), ==, PW_CARD_KIND_BARRIER);
  g_assert_cmpint (pw_card_get_lane_order (b1), ==, 1);
  settle (f);

  /* Between lanes: drop the first barrier under the activity. */
  card_point (f, b1, 0.4, 0.5, &x0, &y0);
  card_point (f, a1, 0.4, 1.0, &x1, &y1);
  mouse_drag (f, x0, y0, x1, y1 + 30);
  g_assert_cmpint (pw_card_get_kind (b1), ==, PW_CARD_KIND_ACTIVITY);
  g_assert_cmpint (pw_card_get_lane_order (b1), ==, 1);
  g_assert_true (pw_canvas_get_selected_card (f->canvas) == b1);
  /* A drag is one undo step. */
  g_assert_true (pw_plan_undo (f->plan));
  g_assert_cmpint (pw_card_get_kind (b1), ==, PW_CARD_KIND_BARRIER);
  settle (f);

  /* Refused: the output links to nothing yet; link the activity to it, then
   * try to drag the activity into the output lane (activity→output would
   * become output→output). */
  g_assert_nonnull (pw_plan_link (f->plan, a1, o1, NULL));
  settle (f);
  card_point (f, a1, 0.4, 0.5, &x0, &y0);
  card_point (f, o1, 0.4, 1.0, &x1, &y1);
  mouse_drag (f, x0, y0, x1, y1 + 30);
  g_assert_cmpint (pw_card_get_kind (a1), ==, PW_CARD_KIND_ACTIVITY);
  g_assert_nonnull (pw_canvas_get_message (f->canvas));
  settle (f);
}

static void
test_move_by_keyboard (Fixture *f, gconstpointer data)
{
  PwCard *b1 = pw_plan_add_card (f->plan, PW_CARD_KIND_BARRIER, "First", -1, 0, 0);
  PwCard *b2 = pw_plan_add_card (f->plan, PW_CARD_KIND_BARRIER, "Second", -1, 0, 0);

  settle (f);
  pw_canvas_select_card (f->canvas, b2, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.move-up", NULL));
  g_assert_cmpint (pw_card_get_lane_order (b2), ==, 0);
  g_assert_cmpint (pw_card_get_lane_order (b1), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.move-right", NULL));
  g_assert_cmpint (pw_card_get_kind (b2), ==, PW_CARD_KIND_ACTIVITY);
  g_assert_true (pw_canvas_get_selected_card (f->canvas) == b2);
}

/* ---- Selection, navigation, zoom ---------------------------------------------- */

static void
test_select_and_navigate (Fixture *f, gconstpointer data)
{
  PwCard *b1 = pw_plan_add_card (f->plan, PW_CARD_KIND_BARRIER, "B1", -1, 0, 0);
  PwCard *b2 = pw_plan_add_card (f->plan, PW_CARD_KIND_BARRIER, "B2", -1, 0, 0);
  PwCard *a1 = pw_plan_add_card (f->plan, PW_CARD_KIND_ACTIVITY, "A1", -1, 0, 0);
  PwCard *g1 = pw_plan_add_card (f->plan, PW_CARD_KIND_GOAL, "G1", -1, 0, 0);
  g_autoptr(GPtrArray) sel = NULL;
  double x0, y0, x1, y1;
  guint before;

  settle (f);
  /* Arrows: down in the lane, right across lanes (skipping empty ones). */
  g_assert_true (pw_canvas_navigate (f->canvas, GTK_DIR_DOWN, FALSE));
  g_assert_true (pw_canvas_get_selected_card (f->canvas) == b1);
  g_assert_true (pw_canvas_navigate (f->canvas, GTK_DIR_DOWN, FALSE));
  g_assert_true (pw_canvas_get_selected_card (f->canvas) == b2);
  g_assert_false (pw_canvas_navigate (f->canvas, GTK_DIR_DOWN, FALSE));
  g_assert_true (pw_canvas_navigate (f->canvas, GTK_DIR_RIGHT, FALSE));
  g_assert_true (pw_canvas_get_selected_card (f->canvas) == a1);
  g_assert_true (pw_canvas_navigate (f->canvas, GTK_DIR_RIGHT, FALSE));
  g_assert_true (pw_canvas_get_selected_card (f->canvas) == g1);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (widget_for (f, g1))));

  /* Tab goes lane by lane: add button, then the cards. */
  pw_canvas_select_card (f->canvas, b2, FALSE);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->canvas), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_has_focus (pw_lane_get_add_button (PW_LANE (f->canvas->lane_headers[1]))));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->canvas), GTK_DIR_TAB_FORWARD));
  g_assert_true (pw_canvas_get_selected_card (f->canvas) == a1);

  /* Ctrl-click adds, Shift+arrow extends. */
  card_point (f, b1, 0.5, 0.5, &x0, &y0);
  pw_canvas_click (f->canvas, 1, x0, y0, GDK_CONTROL_MASK);
  sel = pw_canvas_get_selected_cards (f->canvas);
  g_assert_cmpuint (sel->len, ==, 2);
  g_assert_null (pw_canvas_get_selected_card (f->canvas));

  /* Rubber band on the background around both barriers. */
  before = f->n_selection_changed;
  card_point (f, b1, -0.05, -0.1, &x0, &y0);
  card_point (f, b2, 0.5, 0.5, &x1, &y1);
  mouse_drag (f, x0, y0, x1, y1);
  g_clear_pointer (&sel, g_ptr_array_unref);
  sel = pw_canvas_get_selected_cards (f->canvas);
  g_assert_cmpuint (sel->len, ==, 2);
  g_assert_true (g_ptr_array_index (sel, 0) == b1);
  g_assert_true (g_ptr_array_index (sel, 1) == b2);
  g_assert_cmpuint (f->n_selection_changed, >, before);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.select-all", NULL));
  g_clear_pointer (&sel, g_ptr_array_unref);
  sel = pw_canvas_get_selected_cards (f->canvas);
  g_assert_cmpuint (sel->len, ==, 4);
}

static void
test_zoom (Fixture *f, gconstpointer data)
{
  int card_width;

  for (int i = 0; i < 12; i++)
    pw_plan_add_card (f->plan, i % PW_N_CARD_KINDS, "A card with a title long enough to wrap on two lines", -1, 0, 0);
  settle (f);
  card_width = gtk_widget_get_width (GTK_WIDGET (widget_for (f, lane_card (f->plan, PW_CARD_KIND_BARRIER, 0))));
  g_assert_cmpint (card_width, >, 150);
  g_assert_cmpfloat_with_epsilon (pw_canvas_get_zoom (f->canvas), 1.0, 1e-9);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.zoom-in", NULL));
  g_assert_cmpfloat_with_epsilon (pw_canvas_get_zoom (f->canvas), 1.25, 1e-9);
  gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.zoom-out", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.zoom-out", NULL);
  g_assert_cmpfloat_with_epsilon (pw_canvas_get_zoom (f->canvas), 0.8, 1e-9);
  gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.zoom-reset", NULL);
  g_assert_cmpfloat_with_epsilon (pw_canvas_get_zoom (f->canvas), 1.0, 1e-9);
  pw_canvas_set_zoom (f->canvas, 10);
  g_assert_cmpfloat_with_epsilon (pw_canvas_get_zoom (f->canvas), PW_CANVAS_ZOOM_MAX, 1e-9);
  g_object_set (f->canvas, "zoom", 0.5, NULL);
  g_assert_cmpfloat_with_epsilon (pw_canvas_get_zoom (f->canvas), 0.5, 1e-9);
  settle (f);

  /* Ctrl+scroll zooms about the pointer: the point under it stays put. */
  {
    double cx0, cy0, cx1, cy1;

    pw_canvas_zoom_reset (f->canvas);
    settle (f);
    pw_canvas_to_content (f->canvas, 300, 200, &cx0, &cy0);
    pw_canvas_set_zoom_at (f->canvas, 2.0, 300, 200);
    settle (f);
    pw_canvas_to_content (f->canvas, 300, 200, &cx1, &cy1);
    g_assert_cmpfloat_with_epsilon (cx1, cx0, 1.0);
    g_assert_cmpfloat_with_epsilon (cy1, cy0, 1.0);
  }

  /* Fit: the whole plan in view. */
  gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.zoom-fit", NULL);
  settle (f);
  {
    double z = pw_canvas_get_zoom (f->canvas);
    int w = gtk_widget_get_width (GTK_WIDGET (f->canvas));
    int h = gtk_widget_get_height (GTK_WIDGET (f->canvas));
    GtkAdjustment *hadj = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (f->canvas));

    g_assert_cmpfloat (f->canvas->content_width * z, <=, w);
    g_assert_cmpfloat ((f->canvas->content_height - PW_CANVAS_BOTTOM) * z, <=, h);
    g_assert_cmpfloat (gtk_adjustment_get_value (hadj), ==, 0);
  }
  /* Cards are scaled, not re-laid out: the same allocation at every zoom. */
  {
    PwCard *card = lane_card (f->plan, PW_CARD_KIND_BARRIER, 0);
    g_assert_cmpfloat (pw_canvas_get_zoom (f->canvas), <, 1.0);
    g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (widget_for (f, card))), ==, card_width);
  }
}

/* ---- Clipboard ------------------------------------------------------------------- */

static gboolean
has_n_cards (gpointer data)
{
  Fixture *f = data;
  return g_list_model_get_n_items (pw_plan_get_cards (f->plan)) == 4;
}

static void
test_copy_paste (Fixture *f, gconstpointer data)
{
  PwCard *o = pw_plan_add_card (f->plan, PW_CARD_KIND_OUTCOME, "Women speak English", -1, 0, 0);
  PwCard *g = pw_plan_add_card (f->plan, PW_CARD_KIND_GOAL, "Women are part of\tlocal life", -1, 0, 0);
  PwLink *link = pw_plan_link (f->plan, o, g, NULL);
  g_autoptr(GPtrArray) both = g_ptr_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  PwCard *o2, *g2;
  PwLink *l2;

  pw_plan_set_card_domains (f->plan, o, PW_CARD_DOMAIN_BIT (9) | PW_CARD_DOMAIN_BIT (7));
  pw_plan_set_link_text (f->plan, link, PW_LINK_FIELD_ASSUMPTION, "Practice → confidence");
  g_assert_nonnull (pw_plan_attach_indicator (f->plan, o, NULL, "Confidence speaking English", 9, NULL));
  pw_plan_seal_undo (f->plan);
  settle (f);

  g_ptr_array_add (both, o);
  g_ptr_array_add (both, g);
  bytes = pw_canvas_serialize_cards (f->canvas, both);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (bytes, NULL), "pathways-cards 1\n"));

  /* Through the real clipboard: copy the selection, paste it back. */
  gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.select-all", NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.copy", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.paste", NULL));
  g_assert_true (pw_test_wait_until (has_n_cards, f, 3000));

  o2 = lane_card (f->plan, PW_CARD_KIND_OUTCOME, 1);
  g2 = lane_card (f->plan, PW_CARD_KIND_GOAL, 1);
  g_assert_cmpstr (pw_card_get_title (o2), ==, "Women speak English");
  g_assert_cmpstr (pw_card_get_title (g2), ==, "Women are part of\tlocal life");
  g_assert_cmpuint (pw_card_get_domains (o2), ==, PW_CARD_DOMAIN_BIT (9) | PW_CARD_DOMAIN_BIT (7));
  g_assert_cmpuint (pw_card_get_n_indicators (o2), ==, 1);
  l2 = pw_plan_find_link (f->plan, o2, g2);
  g_assert_nonnull (l2);
  g_assert_cmpstr (pw_link_get_assumption (l2), ==, "Practice → confidence");
  /* The pasted cards are selected. */
  g_assert_cmpuint (n_selected (f), ==, 2);
  g_assert_true (pw_canvas_is_selected (f->canvas, o2));

  /* Paste is one undo step. */
  g_assert_true (pw_plan_undo (f->plan));
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_cards (f->plan)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_links (f->plan)), ==, 1);

  /* Garbage is refused without touching the plan. */
  {
    g_autoptr(GBytes) junk = g_bytes_new_static ("hello", 5);
    g_autoptr(GError) error = NULL;
    g_assert_false (pw_canvas_paste_bytes (f->canvas, junk, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
    g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_cards (f->plan)), ==, 2);
  }
}

static gboolean
has_three_cards (gpointer data)
{
  Fixture *f = data;
  return g_list_model_get_n_items (pw_plan_get_cards (f->plan)) == 3;
}

static void
test_paste_text (Fixture *f, gconstpointer data)
{
  PwCard *b = pw_plan_add_card (f->plan, PW_CARD_KIND_BARRIER, "Little English", -1, 0, 0);

  settle (f);
  pw_canvas_select_card (f->canvas, b, FALSE);
  /* A list typed elsewhere: one card per line, in the focused card's lane. */
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (f->canvas)), "Transport costs\n\n  Childcare  \n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.paste", NULL));
  g_assert_true (pw_test_wait_until (has_three_cards, f, 3000));
  g_assert_cmpstr (pw_card_get_title (lane_card (f->plan, PW_CARD_KIND_BARRIER, 1)), ==, "Transport costs");
  g_assert_cmpstr (pw_card_get_title (lane_card (f->plan, PW_CARD_KIND_BARRIER, 2)), ==, "Childcare");
  g_assert_cmpuint (n_selected (f), ==, 2);
  g_assert_true (pw_plan_undo (f->plan));
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_cards (f->plan)), ==, 1);
}

static void
test_cut (Fixture *f, gconstpointer data)
{
  PwCard *b = pw_plan_add_card (f->plan, PW_CARD_KIND_BARRIER, "Cut me", -1, 0, 0);

  settle (f);
  pw_canvas_select_card (f->canvas, b, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "canvas.cut", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_cards (f->plan)), ==, 0);
  g_assert_true (gdk_content_formats_contain_mime_type (
    gdk_clipboard_get_formats (gtk_widget_get_clipboard (GTK_WIDGET (f->canvas))), PW_CANVAS_CARDS_MIME));
}

/* ---- Badges and accessibility ------------------------------------------------- */

static void
test_badges_and_accessible (Fixture *f, gconstpointer data)
{
  PwCard *o = pw_plan_add_card (f->plan, PW_CARD_KIND_OUTCOME, "Women speak English with neighbours", -1, 0, 0);
  PwCard *g = pw_plan_add_card (f->plan, PW_CARD_KIND_GOAL, "Women take part in local life", -1, 0, 0);
  PwCardWidget *w;
  g_autoptr(GPtrArray) findings = NULL;
  const char *label;

  pw_plan_link (f->plan, o, g, NULL);
  pw_plan_set_card_domains (f->plan, o, PW_CARD_DOMAIN_BIT (9));
  settle (f);
  w = widget_for (f, o);
  /* The outcome has no indicator: the checks say so, and the badge shows it. */
  findings = pw_checks_get_findings_for_card (f->checks, pw_card_get_id (o));
  g_assert_cmpuint (findings->len, >, 0);
  g_assert_cmpuint (pw_card_widget_get_n_findings (w), ==, findings->len);
  label = pw_card_widget_get_description (w);
  g_assert_true (g_str_has_prefix (label, "Outcome: Women speak English with neighbours."));
  g_assert_nonnull (strstr (label, "Domains: Language and communication."));
  g_assert_nonnull (strstr (label, "0 indicators."));
  g_assert_nonnull (strstr (label, "warning"));

  /* Attaching an indicator updates the count, and the badge follows the checks. */
  g_assert_nonnull (pw_plan_attach_indicator (f->plan, o, NULL, "Confidence speaking English", 9, NULL));
  settle (f);
  label = pw_card_widget_get_description (w);
  g_assert_nonnull (strstr (label, "1 indicator."));
  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = pw_checks_get_findings_for_card (f->checks, pw_card_get_id (o));
  g_assert_cmpuint (pw_card_widget_get_n_findings (w), ==, findings->len);

  /* Without checks there are no badges. */
  pw_canvas_set_checks (f->canvas, NULL);
  g_assert_cmpuint (pw_card_widget_get_n_findings (w), ==, 0);
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (w)));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
test_drop_indicator (Fixture *f, gconstpointer data)
{
  PwCard *b = pw_plan_add_card (f->plan, PW_CARD_KIND_BARRIER, "Little English", -1, 0, 0);
  PwCard *o = pw_plan_add_card (f->plan, PW_CARD_KIND_OUTCOME, "Women speak English", -1, 0, 0);
  const PwIndicator *ind = pw_framework_get_indicator (pw_framework_get_default (), 0);
  g_autofree char *drag = g_strconcat (PW_INDICATOR_DRAG_PREFIX, ind->id, NULL);
  g_autoptr(PwIndicatorRef) ref = NULL;
  double x, y;

  settle (f);
  /* From the Indicators page onto an outcome: attached, one undo step. */
  card_point (f, o, 0.5, 0.5, &x, &y);
  g_assert_true (pw_canvas_drop_indicator (f->canvas, x, y, drag));
  g_assert_cmpuint (pw_card_get_n_indicators (o), ==, 1);
  ref = g_list_model_get_item (pw_card_get_indicators (o), 0);
  g_assert_cmpstr (pw_indicator_ref_get_bank_id (ref), ==, ind->id);
  g_assert_cmpstr (pw_indicator_ref_get_text (ref), ==, ind->text);
  g_assert_true (pw_canvas_get_selected_card (f->canvas) == o);
  /* Twice: the model refuses, the canvas says why. */
  g_assert_false (pw_canvas_drop_indicator (f->canvas, x, y, drag));
  g_assert_nonnull (pw_canvas_get_message (f->canvas));
  /* Onto a barrier: refused. Not an indicator: ignored. */
  card_point (f, b, 0.5, 0.5, &x, &y);
  g_assert_false (pw_canvas_drop_indicator (f->canvas, x, y, drag));
  g_assert_false (pw_canvas_drop_indicator (f->canvas, x, y, "just some text"));
  g_assert_cmpuint (pw_card_get_n_indicators (b), ==, 0);
  g_assert_true (pw_plan_undo (f->plan));
  g_assert_cmpuint (pw_card_get_n_indicators (o), ==, 0);
}

static void
test_actions_follow_selection (Fixture *f, gconstpointer data)
{
  GActionGroup *group = pw_canvas_get_action_group (f->canvas);
  PwCard *b = pw_plan_add_card (f->plan, PW_CARD_KIND_BARRIER, "B", -1, 0, 0);

  settle (f);
  g_assert_false (g_action_group_get_action_enabled (group, "delete"));
  g_assert_true (g_action_group_get_action_enabled (group, "add-card"));
  pw_canvas_select_card (f->canvas, b, FALSE);
  g_assert_true (g_action_group_get_action_enabled (group, "delete"));
  g_assert_true (g_action_group_get_action_enabled (group, "edit-title"));
  /* The window's copy of an action runs the canvas's. */
  g_action_group_activate_action (group, "delete", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_cards (f->plan)), ==, 0);
  g_assert_false (g_action_group_get_action_enabled (group, "delete"));
  g_action_group_activate_action (group, "add-card", g_variant_new_string ("goal"));
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_cards (f->plan)), ==, 1);
}

/* ---- Screenshots ------------------------------------------------------------------- */

static void
screenshot (Fixture    *f,
            gboolean    dark,
            const char *path)
{
  g_autoptr(GError) error = NULL;

  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", dark, NULL);
  settle (f);
  pw_test_spin (100);
  g_assert_true (pw_test_save_screenshot (f->window, path, &error));
  g_assert_no_error (error);
  g_test_message ("screenshot: %s", path);
}

static void
test_screenshots (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (g_getenv ("PW_SOURCE_ROOT") ? g_getenv ("PW_SOURCE_ROOT") : "..",
                                            "data", "examples", "esol-conversation-cafe.pathways", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) plan = pw_plan_load (file, pw_framework_get_default (), NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  pw_checks_set_plan (f->checks, plan);
  pw_canvas_set_plan (f->canvas, plan);
  g_assert_cmpuint (g_hash_table_size (f->canvas->widgets), ==, g_list_model_get_n_items (pw_plan_get_cards (plan)));
  pw_canvas_select_card (f->canvas, lane_card (plan, PW_CARD_KIND_OUTCOME, 0), FALSE);
  pw_canvas_zoom_fit (f->canvas);
  screenshot (f, FALSE, "/tmp/pathways-canvas-light.png");
  screenshot (f, TRUE, "/tmp/pathways-canvas-dark.png");
  pw_canvas_zoom_reset (f->canvas);
  screenshot (f, FALSE, "/tmp/pathways-canvas-zoom1.png");

  /* Mid-gesture: drawing a link from an activity (refused targets dimmed),
   * then moving a card (the drop marker shows where it will land). */
  {
    PwCard *activity = lane_card (plan, PW_CARD_KIND_ACTIVITY, 1);
    PwCard *output = lane_card (plan, PW_CARD_KIND_OUTPUT, 0);
    double x0, y0, x1, y1;

    pw_canvas_zoom_fit (f->canvas);
    settle (f);
    card_point (f, activity, 1.0, 0.5, &x0, &y0);
    card_point (f, output, 0.5, 0.9, &x1, &y1);
    pw_canvas_drag_begin (f->canvas, x0 - 1, y0, GDK_BUTTON_PRIMARY, 0);
    pw_canvas_drag_update (f->canvas, x1, y1 + 300);
    screenshot (f, FALSE, "/tmp/pathways-canvas-linking.png");
    pw_canvas_drag_cancel (f->canvas);
    card_point (f, activity, 0.4, 0.3, &x0, &y0);
    pw_canvas_drag_begin (f->canvas, x0, y0, GDK_BUTTON_PRIMARY, 0);
    pw_canvas_drag_update (f->canvas, x1 - 20, y1 + 40);
    screenshot (f, FALSE, "/tmp/pathways-canvas-moving.png");
    pw_canvas_drag_cancel (f->canvas);
  }
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", FALSE, NULL);
  pw_checks_set_plan (f->checks, f->plan);
  pw_canvas_set_plan (f->canvas, f->plan);
}

#define ADD(path, func) \
  g_test_add ("/ui/canvas/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  pw_ui_init ();

  ADD ("add/by-action", test_add_by_action);
  ADD ("add/by-lane-button", test_add_by_lane_button);
  ADD ("add/by-double-click", test_add_by_double_click);
  ADD ("edit-title", test_edit_title);
  ADD ("link/by-mouse", test_link_by_mouse);
  ADD ("link/by-keyboard", test_link_by_keyboard);
  ADD ("link/assumption-mark", test_assumption_mark);
  ADD ("delete/cards-and-undo", test_delete_and_undo);
  ADD ("delete/link", test_delete_link);
  ADD ("move/by-drag", test_move_by_drag);
  ADD ("move/by-keyboard", test_move_by_keyboard);
  ADD ("select-and-navigate", test_select_and_navigate);
  ADD ("zoom", test_zoom);
  ADD ("clipboard/copy-paste", test_copy_paste);
  ADD ("clipboard/cut", test_cut);
  ADD ("clipboard/paste-text", test_paste_text);
  ADD ("badges-and-accessible", test_badges_and_accessible);
  ADD ("actions-follow-selection", test_actions_follow_selection);
  ADD ("drop-indicator", test_drop_indicator);
  ADD ("screenshots", test_screenshots);
  return g_test_run ();
}
