/* pw-canvas-input.c — pointer input: click, drag to move, drag to link, rubber band, pan, zoom
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-canvas"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pw-canvas-private.h"
#include "pw-lane.h"

/* A press becomes a drag after this many pixels. */
#define DRAG_THRESHOLD 5.0
/* Dragging this close to an edge scrolls the view. */
#define AUTOSCROLL_EDGE 36.0

/* Presses on lane headers (their add buttons) and on a title editor belong to them. */
static gboolean
press_is_ours (PwCanvas *self,
               double    x,
               double    y)
{
  GtkWidget *hit = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);

  if (hit == NULL || hit == GTK_WIDGET (self))
    return TRUE;
  if (gtk_widget_get_ancestor (hit, PW_TYPE_LANE) != NULL ||
      gtk_widget_get_ancestor (hit, GTK_TYPE_TEXT_VIEW) != NULL ||
      gtk_widget_get_ancestor (hit, GTK_TYPE_REVEALER) != NULL)
    return FALSE;
  return TRUE;
}

/* ---- Linking --------------------------------------------------------------- */

void
pw_canvas_link_mode_begin (PwCanvas *self,
                           PwCard   *source,
                           gboolean  keyboard)
{
  if (self->plan == NULL || source == NULL)
    return;
  self->link_source = source;
  self->keyboard_link = keyboard;
  self->link_hover = NULL;
  pw_canvas_update_link_targets (self);
  if (keyboard)
    pw_canvas_show_message (self, _("Choose the card to link to with the arrow keys or Tab, "
                                    "then press Enter. Escape cancels."));
}

void
pw_canvas_link_mode_end (PwCanvas *self)
{
  if (self->link_source == NULL)
    return;
  self->link_source = NULL;
  self->link_hover = NULL;
  self->keyboard_link = FALSE;
  pw_canvas_update_link_targets (self);
}

/* Links the link source to @target; a refusal is shown as a message. */
gboolean
pw_canvas_link_commit (PwCanvas *self,
                       PwCard   *target)
{
  g_autoptr(GError) error = NULL;
  PwCard *source = self->link_source;
  PwLink *link = NULL;

  if (source == NULL || target == NULL)
    {
      pw_canvas_link_mode_end (self);
      return FALSE;
    }
  link = pw_plan_link (self->plan, source, target, &error);
  pw_canvas_link_mode_end (self);
  if (link == NULL)
    {
      pw_canvas_show_message (self, error ? error->message : _("These cards cannot be linked."));
      return FALSE;
    }
  pw_plan_seal_undo (self->plan);
  pw_canvas_focus_card (self, target, FALSE);
  return TRUE;
}

/* ---- Drags ------------------------------------------------------------------ */

void
pw_canvas_drag_begin (PwCanvas        *self,
                      double           x,
                      double           y,
                      guint            button,
                      GdkModifierType  state)
{
  gboolean on_handle = FALSE;

  self->drag_mode = PW_DRAG_NONE;
  self->drag_start_x = self->drag_x = x;
  self->drag_start_y = self->drag_y = y;
  self->pending_mode = PW_DRAG_NONE;
  self->pending_card = NULL;
  if (self->plan == NULL || !press_is_ours (self, x, y))
    return;
  if (button == GDK_BUTTON_MIDDLE || (button == GDK_BUTTON_PRIMARY && self->space_held))
    {
      self->pending_mode = PW_DRAG_PAN;
      self->pan_h0 = gtk_adjustment_get_value (self->hadjustment);
      self->pan_v0 = gtk_adjustment_get_value (self->vadjustment);
      return;
    }
  if (button != GDK_BUTTON_PRIMARY)
    return;
  self->pending_card = pw_canvas_card_at (self, x, y, &on_handle);
  if (self->pending_card != NULL)
    self->pending_mode = on_handle ? PW_DRAG_LINK : PW_DRAG_MOVE_CARD;
  else
    self->pending_mode = PW_DRAG_RUBBER_BAND;
  if (self->pending_mode == PW_DRAG_RUBBER_BAND && !(state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)))
    pw_canvas_selection_clear (self);
}

static void
start_move (PwCanvas *self)
{
  PwCardWidget *w = pw_canvas_get_card_widget (self, self->pending_card);
  graphene_rect_t b;
  double cx, cy;

  pw_card_widget_get_bounds (w, &b);
  pw_canvas_to_content (self, self->drag_start_x, self->drag_start_y, &cx, &cy);
  self->drag_card = w;
  self->drag_grab_dx = cx - b.origin.x;
  self->drag_grab_dy = cy - b.origin.y;
  gtk_widget_add_css_class (GTK_WIDGET (w), "dragging");
}

static void
update_drop (PwCanvas *self)
{
  double cx, cy;

  pw_canvas_to_content (self, self->drag_x, self->drag_y, &cx, &cy);
  self->drop_kind = pw_canvas_lane_at (self, cx);
  self->drop_order = pw_canvas_order_at (self, self->drop_kind, cy - self->drag_grab_dy
                                         + PW_CARD_GAP, pw_card_widget_get_card (self->drag_card));
}

static void
update_rubber_band (PwCanvas *self)
{
  graphene_rect_t band, b;
  double x0, y0, x1, y1;
  GHashTableIter iter;
  gpointer key, value;

  pw_canvas_to_content (self, MIN (self->drag_start_x, self->drag_x),
                        MIN (self->drag_start_y, self->drag_y), &x0, &y0);
  pw_canvas_to_content (self, MAX (self->drag_start_x, self->drag_x),
                        MAX (self->drag_start_y, self->drag_y), &x1, &y1);
  graphene_rect_init (&band, x0, y0, x1 - x0, y1 - y0);
  g_hash_table_iter_init (&iter, self->widgets);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      pw_card_widget_get_bounds (value, &b);
      if (graphene_rect_intersection (&band, &b, NULL))
        pw_canvas_selection_set (self, key, TRUE);
    }
}

/* Near an edge, scroll so the drag can reach cards outside the view. */
static void
autoscroll (PwCanvas *self)
{
  int w = gtk_widget_get_width (GTK_WIDGET (self));
  int h = gtk_widget_get_height (GTK_WIDGET (self));
  double dx = 0, dy = 0;

  if (self->drag_x < AUTOSCROLL_EDGE) dx = -12;
  else if (self->drag_x > w - AUTOSCROLL_EDGE) dx = 12;
  if (self->drag_y < AUTOSCROLL_EDGE) dy = -12;
  else if (self->drag_y > h - AUTOSCROLL_EDGE) dy = 12;
  if (dx != 0)
    gtk_adjustment_set_value (self->hadjustment, gtk_adjustment_get_value (self->hadjustment) + dx);
  if (dy != 0)
    gtk_adjustment_set_value (self->vadjustment, gtk_adjustment_get_value (self->vadjustment) + dy);
}

void
pw_canvas_drag_update (PwCanvas *self,
                       double    x,
                       double    y)
{
  self->drag_x = x;
  self->drag_y = y;
  if (self->drag_mode == PW_DRAG_NONE)
    {
      if (self->pending_mode == PW_DRAG_NONE ||
          hypot (x - self->drag_start_x, y - self->drag_start_y) < DRAG_THRESHOLD)
        return;
      self->drag_mode = self->pending_mode;
      if (self->drag_mode == PW_DRAG_MOVE_CARD)
        start_move (self);
      else if (self->drag_mode == PW_DRAG_LINK)
        pw_canvas_link_mode_begin (self, self->pending_card, FALSE);
    }

  switch (self->drag_mode)
    {
    case PW_DRAG_MOVE_CARD:
      autoscroll (self);
      update_drop (self);
      gtk_widget_queue_allocate (GTK_WIDGET (self));
      break;
    case PW_DRAG_LINK:
      autoscroll (self);
      self->link_hover = pw_canvas_card_at (self, x, y, NULL);
      break;
    case PW_DRAG_RUBBER_BAND:
      update_rubber_band (self);
      break;
    case PW_DRAG_PAN:
      gtk_adjustment_set_value (self->hadjustment, self->pan_h0 - (x - self->drag_start_x));
      gtk_adjustment_set_value (self->vadjustment, self->pan_v0 - (y - self->drag_start_y));
      break;
    case PW_DRAG_NONE:
    default:
      break;
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
end_move (PwCanvas *self)
{
  PwCardWidget *w = g_steal_pointer (&self->drag_card);
  PwCard *card = pw_card_widget_get_card (w);

  gtk_widget_remove_css_class (GTK_WIDGET (w), "dragging");
  if (self->drop_kind >= 0)
    pw_canvas_move_card (self, card, self->drop_kind, self->drop_order);
  self->drop_kind = -1;
  pw_plan_seal_undo (self->plan);
  pw_canvas_focus_card (self, card, FALSE);
}

void
pw_canvas_drag_end (PwCanvas *self,
                    double    x,
                    double    y)
{
  PwDragMode mode;

  pw_canvas_drag_update (self, x, y);
  mode = self->drag_mode;
  self->drag_mode = PW_DRAG_NONE;
  self->pending_mode = PW_DRAG_NONE;
  switch (mode)
    {
    case PW_DRAG_MOVE_CARD:
      end_move (self);
      break;
    case PW_DRAG_LINK:
      {
        PwCard *target = pw_canvas_card_at (self, x, y, NULL);
        if (target != NULL && target != self->link_source)
          pw_canvas_link_commit (self, target);
        else
          pw_canvas_link_mode_end (self);
      }
      break;
    case PW_DRAG_RUBBER_BAND:
      pw_canvas_selection_changed (self);
      break;
    case PW_DRAG_PAN:
    case PW_DRAG_NONE:
    default:
      break;
    }
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- Clicks ------------------------------------------------------------------ */

static void
click_card (PwCanvas        *self,
            PwCard          *card,
            int              n_press,
            GdkModifierType  state)
{
  if (self->keyboard_link)
    {
      pw_canvas_link_commit (self, card);
      return;
    }
  if (n_press >= 2)
    {
      pw_canvas_focus_card (self, card, FALSE);
      pw_card_widget_begin_edit (pw_canvas_get_card_widget (self, card));
      return;
    }
  if (state & GDK_CONTROL_MASK)
    {
      gboolean sel = !pw_canvas_is_selected (self, card);
      pw_canvas_selection_set (self, card, sel);
      self->cursor = card;
      gtk_widget_grab_focus (GTK_WIDGET (pw_canvas_get_card_widget (self, card)));
      pw_canvas_selection_changed (self);
    }
  else
    pw_canvas_focus_card (self, card, (state & GDK_SHIFT_MASK) != 0);
}

static void
click_background (PwCanvas *self,
                  int       n_press,
                  double    x,
                  double    y)
{
  gboolean on_mark;
  PwLink *link = pw_canvas_link_at (self, x, y, &on_mark);
  double cx, cy;

  if (n_press == 1 && link != NULL)
    {
      pw_canvas_select_link (self, link);
      gtk_widget_grab_focus (GTK_WIDGET (self));
      if (on_mark)
        pw_canvas_show_assumption (self, link);
      return;
    }
  if (n_press >= 2)
    {
      /* Double-click in a lane: a new card there, at that height. */
      PwCardKind kind;

      pw_canvas_to_content (self, x, y, &cx, &cy);
      kind = pw_canvas_lane_at (self, cx);
      pw_canvas_add_card (self, kind, pw_canvas_order_at (self, kind, cy, NULL), TRUE);
      return;
    }
  pw_canvas_selection_clear (self);
  pw_canvas_selection_changed (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

void
pw_canvas_click (PwCanvas        *self,
                 int              n_press,
                 double           x,
                 double           y,
                 GdkModifierType  state)
{
  PwCard *card;

  if (self->plan == NULL || !press_is_ours (self, x, y))
    return;
  card = pw_canvas_card_at (self, x, y, NULL);
  if (card != NULL)
    click_card (self, card, n_press, state);
  else if (!self->keyboard_link)
    click_background (self, n_press, x, y);
}

/* ---- Controllers ---------------------------------------------------------- */

static GdkModifierType
current_state (GtkEventController *controller)
{
  return gtk_event_controller_get_current_event_state (controller);
}

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               PwCanvas       *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  pw_canvas_drag_begin (self, x, y, button, current_state (GTK_EVENT_CONTROLLER (gesture)));
  if (self->pending_mode == PW_DRAG_NONE)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                PwCanvas       *self)
{
  pw_canvas_drag_update (self, self->drag_start_x + dx, self->drag_start_y + dy);
  if (self->drag_mode != PW_DRAG_NONE)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_drag_end (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             PwCanvas       *self)
{
  pw_canvas_drag_end (self, self->drag_start_x + dx, self->drag_start_y + dy);
}

/* Escape or a cancelled gesture: the dragged card goes back, nothing changes. */
void
pw_canvas_drag_cancel (PwCanvas *self)
{
  if (self->drag_card != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->drag_card), "dragging");
  self->drag_card = NULL;
  self->drop_kind = -1;
  if (self->drag_mode == PW_DRAG_LINK)
    pw_canvas_link_mode_end (self);
  self->drag_mode = PW_DRAG_NONE;
  self->pending_mode = PW_DRAG_NONE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_cancel (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                PwCanvas         *self)
{
  pw_canvas_drag_cancel (self);
}

static void
on_pressed (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            PwCanvas        *self)
{
  pw_canvas_click (self, n_press, x, y, current_state (GTK_EVENT_CONTROLLER (gesture)));
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           PwCanvas                 *self)
{
  if (!(current_state (GTK_EVENT_CONTROLLER (controller)) & GDK_CONTROL_MASK))
    return FALSE; /* the scrolled window pans */
  pw_canvas_set_zoom_at (self, self->zoom * pow (1.15, -dy), self->pointer_x, self->pointer_y);
  return TRUE;
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           PwCanvas                 *self)
{
  self->pointer_x = x;
  self->pointer_y = y;
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                PwCanvas              *self)
{
  if (keyval == GDK_KEY_space && !(state & GDK_CONTROL_MASK))
    self->space_held = TRUE;
  return FALSE;
}

static void
on_key_released (GtkEventControllerKey *controller,
                 guint                  keyval,
                 guint                  keycode,
                 GdkModifierType        state,
                 PwCanvas              *self)
{
  if (keyval == GDK_KEY_space)
    self->space_held = FALSE;
}

void
pw_canvas_install_input (PwCanvas *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), 0);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end), self);
  g_signal_connect (drag, "cancel", G_CALLBACK (on_drag_cancel), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  g_signal_connect (keys, "key-released", G_CALLBACK (on_key_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}
