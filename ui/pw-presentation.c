/* pw-presentation.c — presentation mode: full screen, big high-contrast cards, lane-by-lane keys
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-canvas.h"
#include "pw-presentation.h"
#include "pw-window-private.h"

#define PRESENTING_CLASS "pw-presenting"

struct _PwPresentation
{
  GObject             parent_instance;

  PwWindow           *window;       /* weak: the window owns us */
  gboolean            active;

  /* What leaving restores. */
  gboolean            was_fullscreen;
  double              zoom;
  double              scroll_x;
  double              scroll_y;
  char               *view;

  GtkWidget          *bar;
  GtkLabel           *title_label;
  GtkLabel           *position_label;
  GtkEventController *window_keys;  /* Escape, while presenting */
  GtkEventController *canvas_keys;  /* lane keys, while presenting */
  GtkAdjustment      *watched[2];   /* page-size changes: fit again */
  guint               fit_idle_id;
  gulong              selection_id;
  gulong              plan_notify_id;
  PwPlan             *plan;
};

enum {
  PROP_0,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PwPresentation, pw_presentation, G_TYPE_OBJECT)

static const char *lane_actions[] = {
  "presentation.leave", "presentation.next-lane", "presentation.previous-lane",
  "presentation.first-lane", "presentation.last-lane",
};

static PwCanvas *
get_canvas (PwPresentation *self)
{
  return PW_CANVAS (pw_window_get_canvas (self->window));
}

/* ---- The bar ------------------------------------------------------------ */

static void
update_title (PwPresentation *self)
{
  const char *title = pw_plan_get_title (pw_window_get_plan (self->window));

  gtk_label_set_text (self->title_label, *title != '\0' ? title : _("Untitled plan"));
}

static void
update_position (PwPresentation *self)
{
  PwCard *card = pw_canvas_get_selected_card (get_canvas (self));
  g_autoptr(GPtrArray) lane = NULL;
  g_autofree char *text = NULL;

  if (card == NULL)
    {
      gtk_label_set_text (self->position_label, "");
      return;
    }
  lane = pw_plan_get_lane_cards (pw_window_get_plan (self->window), pw_card_get_kind (card));
  /* Translators: presentation mode, where the selected card is: lane name, place in the lane, e.g. "Outputs · 2 of 4" */
  text = g_strdup_printf (_("%s · %d of %u"), pw_card_kind_get_lane_name (pw_card_get_kind (card)),
                          pw_card_get_lane_order (card) + 1, lane->len);
  gtk_label_set_text (self->position_label, text);
}

static void
plan_notify (PwPlan         *plan,
             GParamSpec     *pspec,
             PwPresentation *self)
{
  if (g_str_equal (pspec->name, "title"))
    update_title (self);
}

static void
selection_changed (PwCanvas       *canvas,
                   PwPresentation *self)
{
  update_position (self);
}

static void
build_bar (PwPresentation *self)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/pw-presentation.ui");
  GtkWidget *content = gtk_widget_get_parent (GTK_WIDGET (self->window->banner_revealer));

  self->bar = GTK_WIDGET (gtk_builder_get_object (builder, "bar"));
  self->title_label = GTK_LABEL (gtk_builder_get_object (builder, "title_label"));
  self->position_label = GTK_LABEL (gtk_builder_get_object (builder, "position_label"));
  gtk_widget_set_visible (self->bar, FALSE);
  /* The window's content box holds the bar; it goes with the window. */
  gtk_box_prepend (GTK_BOX (content), self->bar);
}

/* ---- Fitting the plan to the screen ------------------------------------- */

static gboolean
fit_idle (gpointer data)
{
  PwPresentation *self = data;

  self->fit_idle_id = 0;
  if (self->active)
    pw_canvas_zoom_fit (get_canvas (self));
  return G_SOURCE_REMOVE;
}

static void
queue_fit (PwPresentation *self)
{
  if (self->fit_idle_id == 0)
    self->fit_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fit_idle, self, NULL);
}

/* The canvas's viewport changed size (full screen arrived, sidebar hid):
 * zooming changes the adjustments' upper bound, never their page size. */
static void
page_size_changed (GtkAdjustment  *adjustment,
                   GParamSpec     *pspec,
                   PwPresentation *self)
{
  queue_fit (self);
}

static void
watch_viewport (PwPresentation *self,
                gboolean        watch)
{
  GtkScrollable *canvas = GTK_SCROLLABLE (get_canvas (self));
  GtkAdjustment *adjustments[2] = { gtk_scrollable_get_hadjustment (canvas),
                                    gtk_scrollable_get_vadjustment (canvas) };

  for (guint i = 0; i < G_N_ELEMENTS (self->watched); i++)
    {
      if (self->watched[i] != NULL)
        g_signal_handlers_disconnect_by_func (self->watched[i], page_size_changed, self);
      g_clear_object (&self->watched[i]);
      if (watch && adjustments[i] != NULL)
        {
          self->watched[i] = g_object_ref (adjustments[i]);
          g_signal_connect (adjustments[i], "notify::page-size", G_CALLBACK (page_size_changed), self);
        }
    }
}

/* ---- Keys ----------------------------------------------------------------- */

static GtkEventController *
shortcuts_new (const guint *keys,
               const char **actions,
               guint        n)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  for (guint i = 0; i < n; i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i], 0),
                                                            gtk_named_action_new (actions[i])));
  return controller;
}

/* On the canvas, in the bubble phase: the card editor keeps Home/End and the
 * page keys while it has them, and the scrolled window never sees them. */
static void
add_keys (PwPresentation *self)
{
  static const guint lane_keys[] = { GDK_KEY_Page_Down, GDK_KEY_KP_Page_Down, GDK_KEY_Page_Up,
                                     GDK_KEY_KP_Page_Up, GDK_KEY_Home, GDK_KEY_KP_Home,
                                     GDK_KEY_End, GDK_KEY_KP_End };
  static const char *lane_names[] = { "presentation.next-lane", "presentation.next-lane",
                                      "presentation.previous-lane", "presentation.previous-lane",
                                      "presentation.first-lane", "presentation.first-lane",
                                      "presentation.last-lane", "presentation.last-lane" };
  static const guint leave_keys[] = { GDK_KEY_Escape };
  static const char *leave_names[] = { "presentation.leave" };

  self->canvas_keys = shortcuts_new (lane_keys, lane_names, G_N_ELEMENTS (lane_keys));
  gtk_widget_add_controller (GTK_WIDGET (get_canvas (self)), g_object_ref (self->canvas_keys));
  /* Escape reaches the window only when nothing closer used it (an edit, a
   * link being drawn, a multiple selection). */
  self->window_keys = shortcuts_new (leave_keys, leave_names, G_N_ELEMENTS (leave_keys));
  gtk_widget_add_controller (GTK_WIDGET (self->window), g_object_ref (self->window_keys));
}

static void
remove_keys (PwPresentation *self)
{
  if (self->canvas_keys != NULL)
    gtk_widget_remove_controller (GTK_WIDGET (get_canvas (self)), self->canvas_keys);
  if (self->window_keys != NULL)
    gtk_widget_remove_controller (GTK_WIDGET (self->window), self->window_keys);
  g_clear_object (&self->canvas_keys);
  g_clear_object (&self->window_keys);
}

static void
set_actions_enabled (PwPresentation *self,
                     gboolean        enabled)
{
  for (guint i = 0; i < G_N_ELEMENTS (lane_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self->window), lane_actions[i], enabled);
  /* The sidebar stays away until the presentation ends. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self->window), "win.toggle-sidebar", !enabled);
}

/* ---- Entering and leaving ------------------------------------------------ */

static void
remember_state (PwPresentation *self)
{
  PwCanvas *canvas = get_canvas (self);
  GtkScrollable *scrollable = GTK_SCROLLABLE (canvas);

  self->was_fullscreen = gtk_window_is_fullscreen (GTK_WINDOW (self->window));
  self->zoom = pw_canvas_get_zoom (canvas);
  self->scroll_x = gtk_adjustment_get_value (gtk_scrollable_get_hadjustment (scrollable));
  self->scroll_y = gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (scrollable));
  g_free (self->view);
  self->view = g_strdup (gtk_stack_get_visible_child_name (self->window->main_stack));
}

static void
follow_plan (PwPresentation *self,
             gboolean        follow)
{
  if (self->plan != NULL)
    g_clear_signal_handler (&self->plan_notify_id, self->plan);
  g_clear_object (&self->plan);
  if (self->selection_id != 0)
    g_clear_signal_handler (&self->selection_id, get_canvas (self));
  if (!follow)
    return;
  self->plan = g_object_ref (pw_window_get_plan (self->window));
  self->plan_notify_id = g_signal_connect (self->plan, "notify", G_CALLBACK (plan_notify), self);
  self->selection_id = g_signal_connect (get_canvas (self), "selection-changed",
                                         G_CALLBACK (selection_changed), self);
}

void
pw_presentation_enter (PwPresentation *self)
{
  PwWindow *window;

  g_return_if_fail (PW_IS_PRESENTATION (self));
  if (self->active || self->window == NULL)
    return;
  window = self->window;
  remember_state (self);
  self->active = TRUE;

  gtk_stack_set_visible_child_name (window->main_stack, "canvas");
  gtk_widget_set_visible (window->sidebar_box, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (window->header_bar), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (window), PRESENTING_CLASS);
  follow_plan (self, TRUE);
  update_title (self);
  update_position (self);
  gtk_widget_set_visible (self->bar, TRUE);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->bar), TRUE);
  set_actions_enabled (self, TRUE);
  add_keys (self);
  watch_viewport (self, TRUE);
  gtk_window_fullscreen (GTK_WINDOW (window));
  pw_canvas_zoom_fit (get_canvas (self));
  gtk_widget_grab_focus (GTK_WIDGET (get_canvas (self)));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

/* The old scroll position, once the canvas has its old size and zoom back. */
static gboolean
restore_scroll (GtkWidget     *canvas,
                GdkFrameClock *clock,
                gpointer       data)
{
  PwPresentation *self = data;
  GtkScrollable *scrollable = GTK_SCROLLABLE (canvas);

  if (!self->active)
    {
      gtk_adjustment_set_value (gtk_scrollable_get_hadjustment (scrollable), self->scroll_x);
      gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (scrollable), self->scroll_y);
    }
  return G_SOURCE_REMOVE;
}

void
pw_presentation_leave (PwPresentation *self)
{
  PwWindow *window;

  g_return_if_fail (PW_IS_PRESENTATION (self));
  if (!self->active || self->window == NULL)
    return;
  window = self->window;
  self->active = FALSE;

  g_clear_handle_id (&self->fit_idle_id, g_source_remove);
  watch_viewport (self, FALSE);
  remove_keys (self);
  set_actions_enabled (self, FALSE);
  follow_plan (self, FALSE);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->bar), FALSE);
  gtk_widget_set_visible (self->bar, FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (window), PRESENTING_CLASS);
  gtk_widget_set_visible (GTK_WIDGET (window->header_bar), TRUE);
  gtk_widget_set_visible (window->sidebar_box, window->sidebar_visible);
  if (self->view != NULL)
    gtk_stack_set_visible_child_name (window->main_stack, self->view);
  if (!self->was_fullscreen)
    gtk_window_unfullscreen (GTK_WINDOW (window));
  pw_canvas_set_zoom (get_canvas (self), self->zoom);
  gtk_widget_add_tick_callback (GTK_WIDGET (get_canvas (self)), restore_scroll, g_object_ref (self),
                               g_object_unref);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

void
pw_presentation_toggle (PwPresentation *self)
{
  g_return_if_fail (PW_IS_PRESENTATION (self));

  if (self->active)
    pw_presentation_leave (self);
  else
    pw_presentation_enter (self);
}

gboolean
pw_presentation_get_active (PwPresentation *self)
{
  g_return_val_if_fail (PW_IS_PRESENTATION (self), FALSE);
  return self->active;
}

GtkWidget *
pw_presentation_get_bar (PwPresentation *self)
{
  g_return_val_if_fail (PW_IS_PRESENTATION (self), NULL);
  return self->bar;
}

/* ---- Moving between lanes ------------------------------------------------ */

static gboolean
select_in_lane (PwPresentation *self,
                PwCardKind      kind,
                int             index)
{
  g_autoptr(GPtrArray) lane = pw_plan_get_lane_cards (pw_window_get_plan (self->window), kind);

  if (lane->len == 0)
    return FALSE;
  index = CLAMP (index, 0, (int) lane->len - 1);
  pw_canvas_select_card (get_canvas (self), g_ptr_array_index (lane, index), TRUE);
  return TRUE;
}

gboolean
pw_presentation_jump_to_edge (PwPresentation *self,
                              gboolean        last)
{
  g_return_val_if_fail (PW_IS_PRESENTATION (self), FALSE);

  for (int i = 0; i < PW_N_CARD_KINDS; i++)
    if (select_in_lane (self, last ? PW_N_CARD_KINDS - 1 - i : i, 0))
      return TRUE;
  return FALSE;
}

gboolean
pw_presentation_jump_lanes (PwPresentation *self,
                            int             step)
{
  PwCard *card;

  g_return_val_if_fail (PW_IS_PRESENTATION (self), FALSE);
  g_return_val_if_fail (step != 0, FALSE);

  card = pw_canvas_get_selected_card (get_canvas (self));
  if (card == NULL)
    return pw_presentation_jump_to_edge (self, step < 0);
  for (int k = (int) pw_card_get_kind (card) + step; k >= 0 && k < PW_N_CARD_KINDS; k += step)
    if (select_in_lane (self, k, pw_card_get_lane_order (card)))
      return TRUE;
  return FALSE;
}

/* ---- Actions --------------------------------------------------------------- */

static PwPresentation *
window_presentation (GtkWidget *widget)
{
  return PW_WINDOW (widget)->presentation;
}

static void
present_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  pw_presentation_toggle (window_presentation (widget));
}

static void
leave_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  pw_presentation_leave (window_presentation (widget));
}

static void
lane_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  PwPresentation *self = window_presentation (widget);

  if (g_str_equal (action_name, "presentation.next-lane"))
    pw_presentation_jump_lanes (self, 1);
  else if (g_str_equal (action_name, "presentation.previous-lane"))
    pw_presentation_jump_lanes (self, -1);
  else
    pw_presentation_jump_to_edge (self, g_str_equal (action_name, "presentation.last-lane"));
}

void
pw_presentation_install_actions (GtkWidgetClass *window_class)
{
  gtk_widget_class_install_action (window_class, "win.present", NULL, present_activated);
  gtk_widget_class_install_action (window_class, "presentation.leave", NULL, leave_activated);
  for (guint i = 1; i < G_N_ELEMENTS (lane_actions); i++)
    gtk_widget_class_install_action (window_class, lane_actions[i], NULL, lane_activated);
}

/* ---- Object ---------------------------------------------------------------- */

/**
 * pw_presentation_new:
 * @window: the window to present; it must have its canvas
 *
 * Returns: (transfer full): the controller, inactive
 */
PwPresentation *
pw_presentation_new (PwWindow *window)
{
  PwPresentation *self;

  g_return_val_if_fail (PW_IS_WINDOW (window), NULL);

  self = g_object_new (PW_TYPE_PRESENTATION, NULL);
  self->window = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->window);
  build_bar (self);
  set_actions_enabled (self, FALSE);
  return self;
}

static void
pw_presentation_dispose (GObject *object)
{
  PwPresentation *self = PW_PRESENTATION (object);

  g_clear_handle_id (&self->fit_idle_id, g_source_remove);
  if (self->window != NULL)
    {
      watch_viewport (self, FALSE);
      remove_keys (self);
      follow_plan (self, FALSE);
      g_object_remove_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
      self->window = NULL;
    }
  G_OBJECT_CLASS (pw_presentation_parent_class)->dispose (object);
}

static void
pw_presentation_finalize (GObject *object)
{
  PwPresentation *self = PW_PRESENTATION (object);

  g_free (self->view);
  G_OBJECT_CLASS (pw_presentation_parent_class)->finalize (object);
}

static void
pw_presentation_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_ACTIVE:
      g_value_set_boolean (value, PW_PRESENTATION (object)->active);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_presentation_class_init (PwPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pw_presentation_dispose;
  object_class->finalize = pw_presentation_finalize;
  object_class->get_property = pw_presentation_get_property;

  /**
   * PwPresentation:active:
   *
   * Whether the window is in presentation mode.
   */
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pw_presentation_init (PwPresentation *self)
{
}
