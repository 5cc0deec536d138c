/* pw-canvas.c — the workshop canvas: the object, plan observation, public API, zoom, messages
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-canvas"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pw-canvas-private.h"
#include "pw-lane.h"

enum {
  PROP_0,
  PROP_PLAN,
  PROP_ZOOM,
  N_PROPS,
  /* GtkScrollable */
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

enum { SIGNAL_SELECTION_CHANGED, N_SIGNALS };

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE_WITH_CODE (PwCanvas, pw_canvas, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

/* ---- Observing the plan ----------------------------------------------- */

static void card_edit_done (PwCardWidget *w, gboolean commit, const char *text, PwCanvas *self);

static void
add_card_widget (PwCanvas *self,
                 PwCard   *card)
{
  GtkWidget *w = pw_card_widget_new (card);

  g_signal_connect (w, "edit-done", G_CALLBACK (card_edit_done), self);
  /* Cards go before the lane headers, which must stay on top for picking. */
  gtk_widget_insert_before (w, GTK_WIDGET (self), self->lane_headers[0]);
  g_hash_table_insert (self->widgets, card, w);
}

static gboolean
remove_card_widget (PwCanvas *self,
                    PwCard   *card)
{
  PwCardWidget *w = pw_canvas_get_card_widget (self, card);
  gboolean was_selected = g_hash_table_remove (self->selected, card);

  if (self->link_source == card)
    pw_canvas_link_mode_end (self);
  if (self->link_hover == card)
    self->link_hover = NULL;
  if (self->scroll_target == card)
    self->scroll_target = NULL;
  if (self->cursor == card)
    self->cursor = NULL;
  if (self->drop_card == card)
    self->drop_card = NULL;
  if (self->pending_card == card)
    {
      self->pending_card = NULL;
      self->pending_mode = PW_DRAG_NONE;
    }
  if (w != NULL && w == self->drag_card)
    {
      self->drag_card = NULL;
      self->drag_mode = PW_DRAG_NONE;
    }
  if (w != NULL)
    {
      g_signal_handlers_disconnect_by_data (w, self);
      g_hash_table_remove (self->widgets, card);
      gtk_widget_unparent (GTK_WIDGET (w));
    }
  return was_selected;
}

static void
cards_changed (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               PwCanvas   *self)
{
  gboolean selection_changed = FALSE;

  for (guint i = 0; i < removed; i++)
    selection_changed |= remove_card_widget (self, g_ptr_array_index (self->cards, position + i));
  g_ptr_array_remove_range (self->cards, position, removed);
  for (guint i = 0; i < added; i++)
    {
      PwCard *card = g_list_model_get_item (model, position + i);

      add_card_widget (self, card);
      g_ptr_array_insert (self->cards, position + i, card); /* takes the ref */
    }
  pw_canvas_queue_layout (self);
  if (selection_changed)
    pw_canvas_selection_changed (self);
}

static void
links_changed (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               PwCanvas   *self)
{
  if (self->selected_link != NULL &&
      pw_plan_lookup_link (self->plan, pw_link_get_id (self->selected_link)) != self->selected_link)
    {
      g_clear_object (&self->selected_link);
      pw_canvas_selection_changed (self);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
plan_changed (PwPlan   *plan,
              PwCanvas *self)
{
  /* Lanes and orders may have changed (moves, undo); links may have new text. */
  pw_canvas_queue_layout (self);
  pw_canvas_update_link_descriptions (self);
  if (self->link_source != NULL)
    pw_canvas_update_link_targets (self);
}

static void
card_edit_done (PwCardWidget *w,
                gboolean      commit,
                const char   *text,
                PwCanvas     *self)
{
  PwCard *card = pw_card_widget_get_card (w);

  if (commit && self->plan != NULL && g_strcmp0 (text, pw_card_get_title (card)) != 0)
    pw_plan_set_card_text (self->plan, card, PW_CARD_FIELD_TITLE, text);
  if (self->plan != NULL)
    pw_plan_seal_undo (self->plan);
  pw_canvas_update_actions (self);
}

static void
clear_plan (PwCanvas *self)
{
  if (self->plan == NULL)
    return;
  pw_canvas_link_mode_end (self);
  g_clear_signal_handler (&self->cards_changed_id, pw_plan_get_cards (self->plan));
  g_clear_signal_handler (&self->links_changed_id, pw_plan_get_links (self->plan));
  g_clear_signal_handler (&self->plan_changed_id, self->plan);
  for (guint i = 0; i < self->cards->len; i++)
    remove_card_widget (self, g_ptr_array_index (self->cards, i));
  g_ptr_array_set_size (self->cards, 0);
  g_hash_table_remove_all (self->selected);
  g_clear_object (&self->selected_link);
  self->drag_mode = PW_DRAG_NONE;
  pw_canvas_clear_link_nodes (self);
  g_clear_object (&self->plan);
}

/* ---- Public API ----------------------------------------------------------- */

/**
 * pw_canvas_new:
 *
 * Returns: (transfer floating): a new, empty canvas; show a plan with
 *   pw_canvas_set_plan().
 */
GtkWidget *
pw_canvas_new (void)
{
  return g_object_new (PW_TYPE_CANVAS, NULL);
}

void
pw_canvas_set_plan (PwCanvas *self,
                    PwPlan   *plan)
{
  GListModel *cards;

  g_return_if_fail (PW_IS_CANVAS (self));
  g_return_if_fail (plan == NULL || PW_IS_PLAN (plan));

  if (self->plan == plan)
    return;
  clear_plan (self);
  if (plan != NULL)
    {
      self->plan = g_object_ref (plan);
      cards = pw_plan_get_cards (plan);
      self->cards_changed_id = g_signal_connect (cards, "items-changed", G_CALLBACK (cards_changed), self);
      self->links_changed_id = g_signal_connect (pw_plan_get_links (plan), "items-changed",
                                                 G_CALLBACK (links_changed), self);
      self->plan_changed_id = g_signal_connect (plan, "changed", G_CALLBACK (plan_changed), self);
      cards_changed (cards, 0, 0, g_list_model_get_n_items (cards), self);
      pw_canvas_update_badges (self);
      pw_canvas_update_link_descriptions (self);
    }
  gtk_adjustment_set_value (self->hadjustment, 0);
  gtk_adjustment_set_value (self->vadjustment, 0);
  pw_canvas_queue_layout (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  pw_canvas_selection_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

PwPlan *
pw_canvas_get_plan (PwCanvas *self)
{
  g_return_val_if_fail (PW_IS_CANVAS (self), NULL);
  return self->plan;
}

void
pw_canvas_scroll_to_card (PwCanvas *self,
                          PwCard   *card)
{
  self->scroll_target = card;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

double
pw_canvas_get_zoom (PwCanvas *self)
{
  g_return_val_if_fail (PW_IS_CANVAS (self), 1.0);
  return self->zoom;
}

/* Zooms keeping the content under widget point (@wx, @wy) in place. */
void
pw_canvas_set_zoom_at (PwCanvas *self,
                       double    zoom,
                       double    wx,
                       double    wy)
{
  zoom = CLAMP (zoom, PW_CANVAS_ZOOM_MIN, PW_CANVAS_ZOOM_MAX);
  self->fit_pending = FALSE;
  if (fabs (zoom - self->zoom) < 1e-6)
    return;
  pw_canvas_to_content (self, wx, wy, &self->zoom_anchor_cx, &self->zoom_anchor_cy);
  self->zoom_anchor_wx = wx;
  self->zoom_anchor_wy = wy;
  self->zoom_anchor_pending = TRUE;
  self->zoom = zoom;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

void
pw_canvas_set_zoom (PwCanvas *self,
                    double    zoom)
{
  g_return_if_fail (PW_IS_CANVAS (self));
  pw_canvas_set_zoom_at (self, zoom, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                         gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

void
pw_canvas_zoom_in (PwCanvas *self)
{
  pw_canvas_set_zoom (self, self->zoom * 1.25);
}

void
pw_canvas_zoom_out (PwCanvas *self)
{
  pw_canvas_set_zoom (self, self->zoom / 1.25);
}

void
pw_canvas_zoom_reset (PwCanvas *self)
{
  pw_canvas_set_zoom (self, 1.0);
}

void
pw_canvas_zoom_fit (PwCanvas *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  g_return_if_fail (PW_IS_CANVAS (self));
  if (width <= 1 || height <= 1)
    {
      /* Not allocated yet: fit at the first allocation. */
      self->fit_pending = TRUE;
      gtk_widget_queue_allocate (GTK_WIDGET (self));
      return;
    }
  pw_canvas_ensure_layout (self);
  pw_canvas_set_zoom_at (self, pw_canvas_fit_zoom (self, width, height), 0, 0);
  self->zoom_anchor_cx = self->zoom_anchor_cy = 0;
  self->zoom_anchor_wx = self->zoom_anchor_wy = 0;
  self->zoom_anchor_pending = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

GActionGroup *
pw_canvas_get_action_group (PwCanvas *self)
{
  g_return_val_if_fail (PW_IS_CANVAS (self), NULL);
  return G_ACTION_GROUP (self->action_group);
}

/* ---- Messages -------------------------------------------------------------- */

static gboolean
toast_timeout (gpointer data)
{
  PwCanvas *self = data;

  self->toast_timeout_id = 0;
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->toast), FALSE);
  return G_SOURCE_REMOVE;
}

static void
toast_close_clicked (GtkButton *button,
                     PwCanvas  *self)
{
  g_clear_handle_id (&self->toast_timeout_id, g_source_remove);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->toast), FALSE);
}

/* Shows a short message (a refused move or link) at the bottom of the view. */
void
pw_canvas_show_message (PwCanvas   *self,
                        const char *message)
{
  gtk_label_set_text (GTK_LABEL (self->toast_label), message);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->toast), TRUE);
  g_clear_handle_id (&self->toast_timeout_id, g_source_remove);
  self->toast_timeout_id = g_timeout_add_seconds (8, toast_timeout, self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* The message shown, or NULL. */
const char *
pw_canvas_get_message (PwCanvas *self)
{
  if (!gtk_revealer_get_reveal_child (GTK_REVEALER (self->toast)))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (self->toast_label));
}

static GtkWidget *
build_toast (PwCanvas *self)
{
  GtkWidget *revealer = gtk_revealer_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *close = gtk_button_new_from_icon_name ("window-close-symbolic");

  gtk_revealer_set_transition_type (GTK_REVEALER (revealer), GTK_REVEALER_TRANSITION_TYPE_CROSSFADE);
  gtk_widget_add_css_class (box, "pw-canvas-toast");
  self->toast_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->toast_label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->toast_label), 60);
  gtk_label_set_xalign (GTK_LABEL (self->toast_label), 0);
  gtk_widget_set_hexpand (self->toast_label, TRUE);
  gtk_box_append (GTK_BOX (box), self->toast_label);
  gtk_widget_add_css_class (close, "flat");
  gtk_widget_add_css_class (close, "circular");
  gtk_widget_set_valign (close, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (close, _("Close the message"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (close), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Close the message"), -1);
  g_signal_connect (close, "clicked", G_CALLBACK (toast_close_clicked), self);
  gtk_box_append (GTK_BOX (box), close);
  gtk_revealer_set_child (GTK_REVEALER (revealer), box);
  return revealer;
}

/* ---- GObject, GtkScrollable ------------------------------------------- */

static void
adjustment_value_changed (GtkAdjustment *adj,
                          PwCanvas      *self)
{
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (PwCanvas       *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adj)
{
  if (adj != NULL && *slot == adj)
    return;
  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_data (*slot, self);
      g_clear_object (slot);
    }
  if (adj == NULL)
    adj = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  *slot = g_object_ref_sink (adj);
  g_signal_connect (adj, "value-changed", G_CALLBACK (adjustment_value_changed), self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
pw_canvas_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PwCanvas *self = PW_CANVAS (object);

  switch (prop_id)
    {
    case PROP_PLAN: g_value_set_object (value, self->plan); break;
    case PROP_ZOOM: g_value_set_double (value, self->zoom); break;
    case PROP_HADJUSTMENT: g_value_set_object (value, self->hadjustment); break;
    case PROP_VADJUSTMENT: g_value_set_object (value, self->vadjustment); break;
    case PROP_HSCROLL_POLICY: g_value_set_enum (value, self->hscroll_policy); break;
    case PROP_VSCROLL_POLICY: g_value_set_enum (value, self->vscroll_policy); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_canvas_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PwCanvas *self = PW_CANVAS (object);

  switch (prop_id)
    {
    case PROP_PLAN: pw_canvas_set_plan (self, g_value_get_object (value)); break;
    case PROP_ZOOM: pw_canvas_set_zoom (self, g_value_get_double (value)); break;
    case PROP_HADJUSTMENT: set_adjustment (self, &self->hadjustment, g_value_get_object (value)); break;
    case PROP_VADJUSTMENT: set_adjustment (self, &self->vadjustment, g_value_get_object (value)); break;
    case PROP_HSCROLL_POLICY: self->hscroll_policy = g_value_get_enum (value); break;
    case PROP_VSCROLL_POLICY: self->vscroll_policy = g_value_get_enum (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_canvas_dispose (GObject *object)
{
  PwCanvas *self = PW_CANVAS (object);

  clear_plan (self);
  pw_canvas_set_checks (self, NULL);
  g_clear_handle_id (&self->toast_timeout_id, g_source_remove);
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_pointer (&self->toast, gtk_widget_unparent);
  for (guint k = 0; k < PW_N_CARD_KINDS; k++)
    g_clear_pointer (&self->lane_headers[k], gtk_widget_unparent);
  if (self->hadjustment)
    g_signal_handlers_disconnect_by_data (self->hadjustment, self);
  if (self->vadjustment)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  g_clear_object (&self->action_group);

  G_OBJECT_CLASS (pw_canvas_parent_class)->dispose (object);
}

static void
pw_canvas_finalize (GObject *object)
{
  PwCanvas *self = PW_CANVAS (object);

  g_clear_pointer (&self->widgets, g_hash_table_unref);
  g_clear_pointer (&self->selected, g_hash_table_unref);
  g_clear_pointer (&self->cards, g_ptr_array_unref);
  for (guint k = 0; k < PW_N_CARD_KINDS; k++)
    g_clear_pointer (&self->lanes[k], g_ptr_array_unref);
  G_OBJECT_CLASS (pw_canvas_parent_class)->finalize (object);
}

static void
pw_canvas_class_init (PwCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = pw_canvas_get_property;
  object_class->set_property = pw_canvas_set_property;
  object_class->dispose = pw_canvas_dispose;
  object_class->finalize = pw_canvas_finalize;
  widget_class->measure = pw_canvas_measure;
  widget_class->size_allocate = pw_canvas_size_allocate;
  widget_class->snapshot = pw_canvas_snapshot;
  widget_class->focus = pw_canvas_focus;

  /**
   * PwCanvas:plan: (nullable)
   *
   * The plan shown and edited.
   */
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, PW_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * PwCanvas:zoom:
   *
   * The scale of the canvas: 1 shows cards at their natural size.
   */
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, PW_CANVAS_ZOOM_MIN, PW_CANVAS_ZOOM_MAX, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  /**
   * PwCanvas::selection-changed:
   *
   * The selected cards, the focused card or the selected link changed.
   */
  signals[SIGNAL_SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  pw_canvas_class_install_actions (widget_class);
  gtk_widget_class_set_css_name (widget_class, "pwcanvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pw_canvas_init (PwCanvas *self)
{
  self->zoom = 1.0;
  self->drop_kind = -1;
  self->widgets = g_hash_table_new (NULL, NULL);
  self->selected = g_hash_table_new (NULL, NULL);
  self->cards = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint k = 0; k < PW_N_CARD_KINDS; k++)
    self->lanes[k] = g_ptr_array_new ();
  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);

  for (guint k = 0; k < PW_N_CARD_KINDS; k++)
    {
      self->lane_headers[k] = pw_lane_new (k);
      gtk_widget_set_parent (self->lane_headers[k], GTK_WIDGET (self));
    }
  self->toast = build_toast (self);
  gtk_widget_set_parent (self->toast, GTK_WIDGET (self));

  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (pw_canvas_query_tooltip), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Theory of change canvas"), -1);

  pw_canvas_install_input (self);
  pw_canvas_install_drop (self);
  pw_canvas_init_actions (self);
  self->layout_dirty = TRUE;
}

/* Emitted for every selection or focus change. */
void
pw_canvas_selection_changed (PwCanvas *self)
{
  pw_canvas_update_actions (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SIGNAL_SELECTION_CHANGED], 0);
}
