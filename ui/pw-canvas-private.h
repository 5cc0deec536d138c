/* pw-canvas-private.h — PwCanvas internals shared by its source files and tests
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pw-canvas.h"
#include "pw-card-widget.h"

G_BEGIN_DECLS

/* Geometry in canvas units (pixels at zoom 1). */
#define PW_CANVAS_MARGIN      24.0
#define PW_LANE_WIDTH        276.0
#define PW_CARD_WIDTH        228.0
#define PW_LANE_HEADER_HEIGHT 64.0
#define PW_CARD_GAP           18.0
#define PW_CANVAS_BOTTOM     120.0
/* Cards farther than this (in widget pixels) from the viewport are not drawn. */
#define PW_CANVAS_CULL_MARGIN 160.0

typedef enum {
  PW_DRAG_NONE,
  PW_DRAG_MOVE_CARD,   /* a card follows the pointer; drop decides lane and order */
  PW_DRAG_LINK,        /* from a card's handle to a target card */
  PW_DRAG_RUBBER_BAND, /* on the background: select the cards inside */
  PW_DRAG_PAN,         /* middle button, or Space held: scroll the view */
} PwDragMode;

struct _PwCanvas
{
  GtkWidget       parent_instance;

  PwPlan         *plan;
  PwChecks       *checks;
  gulong          cards_changed_id;
  gulong          links_changed_id;
  gulong          plan_changed_id;
  gulong          checks_changed_id;

  /* Card widgets: PwCard* → PwCardWidget* (the widget holds a ref on the card),
   * and the plan's card list mirrored (refs), to know what items-changed removed. */
  GHashTable     *widgets;
  GPtrArray      *cards;
  /* Layout: per lane, the card widgets in lane order; rebuilt when dirty. */
  GPtrArray      *lanes[PW_N_CARD_KINDS];
  GtkWidget      *lane_headers[PW_N_CARD_KINDS];
  gboolean        layout_dirty;
  double          content_width;   /* canvas units */
  double          content_height;

  GtkAdjustment  *hadjustment;
  GtkAdjustment  *vadjustment;
  guint           hscroll_policy : 1;
  guint           vscroll_policy : 1;
  double          zoom;
  gboolean        zoom_anchor_pending;
  double          zoom_anchor_cx;  /* content point kept under ... */
  double          zoom_anchor_cy;
  double          zoom_anchor_wx;  /* ... this widget point */
  double          zoom_anchor_wy;
  gboolean        fit_pending;
  PwCard         *scroll_target;   /* scroll into view at the next allocation */
  double          pointer_x;       /* last pointer position, widget coordinates */
  double          pointer_y;

  /* Selection: a set of PwCard*, or one link. */
  GHashTable     *selected;
  PwLink         *selected_link;
  PwCard         *cursor;          /* the card keyboard navigation starts from */

  /* Pointer gestures. What a press would drag is decided at the press
   * (pending_*) and starts once the pointer has moved past a threshold. */
  PwDragMode      pending_mode;
  PwCard         *pending_card;
  PwDragMode      drag_mode;
  PwCardWidget   *drag_card;
  double          drag_start_x;    /* widget coordinates */
  double          drag_start_y;
  double          drag_x;          /* current pointer, widget coordinates */
  double          drag_y;
  double          drag_grab_dx;    /* pointer offset inside the card, canvas units */
  double          drag_grab_dy;
  double          pan_h0;
  double          pan_v0;
  int             drop_kind;       /* -1: none */
  int             drop_order;
  PwCard         *link_source;     /* mouse or keyboard linking */
  gboolean        keyboard_link;
  PwCard         *link_hover;      /* card under the pointer while linking */
  gboolean        space_held;

  /* Messages: a toast at the bottom of the view. */
  GtkWidget      *toast;
  GtkWidget      *toast_label;
  guint           toast_timeout_id;

  /* Assumption popover (one, reused). */
  GtkWidget      *popover;
  GtkWidget      *popover_label;

  GSimpleActionGroup *action_group;

  /* The outcome card an indicator is being dragged over. */
  PwCard         *drop_card;

  /* Render nodes of the links, reused while unchanged (pw-canvas-links.c). */
  GHashTable     *link_nodes;
  guint           link_generation;

  /* Frame statistics for the benchmark (frame clock "after-paint"). */
  gint64          last_frame_time;
};

/* pw-canvas-layout.c */
void          pw_canvas_measure             (GtkWidget      *widget,
                                             GtkOrientation  orientation,
                                             int             for_size,
                                             int            *minimum,
                                             int            *natural,
                                             int            *minimum_baseline,
                                             int            *natural_baseline);
void          pw_canvas_size_allocate       (GtkWidget  *widget,
                                             int         width,
                                             int         height,
                                             int         baseline);
void          pw_canvas_snapshot            (GtkWidget   *widget,
                                             GtkSnapshot *snapshot);
double        pw_canvas_fit_zoom            (PwCanvas   *self,
                                             int         width,
                                             int         height);

/* pw-canvas.c */
PwCardWidget *pw_canvas_get_card_widget     (PwCanvas   *self,
                                             PwCard     *card);
void          pw_canvas_queue_layout        (PwCanvas   *self);
void          pw_canvas_ensure_layout       (PwCanvas   *self);
void          pw_canvas_to_content          (PwCanvas   *self,
                                             double      wx,
                                             double      wy,
                                             double     *cx,
                                             double     *cy);
void          pw_canvas_to_widget           (PwCanvas   *self,
                                             double      cx,
                                             double      cy,
                                             double     *wx,
                                             double     *wy);
double        pw_canvas_lane_x              (PwCardKind  kind);
int           pw_canvas_lane_at             (PwCanvas   *self,
                                             double      cx);
int           pw_canvas_order_at            (PwCanvas   *self,
                                             PwCardKind  kind,
                                             double      cy,
                                             PwCard     *ignore);
PwCard       *pw_canvas_card_at             (PwCanvas   *self,
                                             double      wx,
                                             double      wy,
                                             gboolean   *on_handle);
gboolean      pw_canvas_on_handle           (PwCanvas   *self,
                                             double      wx,
                                             double      wy);
void          pw_canvas_scroll_to_card      (PwCanvas   *self,
                                             PwCard     *card);
void          pw_canvas_set_zoom_at         (PwCanvas   *self,
                                             double      zoom,
                                             double      wx,
                                             double      wy);
void          pw_canvas_show_message        (PwCanvas   *self,
                                             const char *message);
const char   *pw_canvas_get_message         (PwCanvas   *self);

/* pw-canvas-selection.c */
void          pw_canvas_selection_clear     (PwCanvas   *self);
void          pw_canvas_selection_set       (PwCanvas   *self,
                                             PwCard     *card,
                                             gboolean    selected);
gboolean      pw_canvas_is_selected         (PwCanvas   *self,
                                             PwCard     *card);
void          pw_canvas_selection_changed   (PwCanvas   *self);
void          pw_canvas_focus_card          (PwCanvas   *self,
                                             PwCard     *card,
                                             gboolean    extend);
PwCard       *pw_canvas_get_focus_card      (PwCanvas   *self);
gboolean      pw_canvas_navigate            (PwCanvas   *self,
                                             GtkDirectionType dir,
                                             gboolean    extend);
gboolean      pw_canvas_focus               (GtkWidget  *widget,
                                             GtkDirectionType dir);

/* pw-canvas-badges.c */
void          pw_canvas_update_badges       (PwCanvas   *self);
void          pw_canvas_update_link_descriptions (PwCanvas *self);

/* pw-canvas-links.c */
void          pw_canvas_snapshot_links      (PwCanvas    *self,
                                             GtkSnapshot *snapshot);
void          pw_canvas_snapshot_pending_link (PwCanvas  *self,
                                             GtkSnapshot *snapshot);
void          pw_canvas_clear_link_nodes    (PwCanvas   *self);
PwLink       *pw_canvas_link_at             (PwCanvas   *self,
                                             double      wx,
                                             double      wy,
                                             gboolean   *on_mark);
gboolean      pw_canvas_link_mark_rect      (PwCanvas   *self,
                                             PwLink     *link,
                                             GdkRectangle *rect);
void          pw_canvas_show_assumption     (PwCanvas   *self,
                                             PwLink     *link);
gboolean      pw_canvas_query_tooltip       (GtkWidget  *widget,
                                             int         x,
                                             int         y,
                                             gboolean    keyboard,
                                             GtkTooltip *tooltip,
                                             gpointer    data);
void          pw_canvas_update_link_targets (PwCanvas   *self);

/* pw-canvas-input.c: pointer and keyboard. The *_for_test entry points run
 * exactly what the gestures run, in widget coordinates. */
void          pw_canvas_install_input       (PwCanvas   *self);
void          pw_canvas_drag_begin          (PwCanvas   *self,
                                             double      x,
                                             double      y,
                                             guint       button,
                                             GdkModifierType state);
void          pw_canvas_drag_update         (PwCanvas   *self,
                                             double      x,
                                             double      y);
void          pw_canvas_drag_end            (PwCanvas   *self,
                                             double      x,
                                             double      y);
void          pw_canvas_drag_cancel         (PwCanvas   *self);
void          pw_canvas_click               (PwCanvas   *self,
                                             int         n_press,
                                             double      x,
                                             double      y,
                                             GdkModifierType state);
void          pw_canvas_link_mode_begin     (PwCanvas   *self,
                                             PwCard     *source,
                                             gboolean    keyboard);
void          pw_canvas_link_mode_end       (PwCanvas   *self);
gboolean      pw_canvas_link_commit         (PwCanvas   *self,
                                             PwCard     *target);

/* pw-canvas-drop.c: indicators dragged from the Indicators page */
void          pw_canvas_install_drop        (PwCanvas   *self);
gboolean      pw_canvas_drop_indicator      (PwCanvas   *self,
                                             double      x,
                                             double      y,
                                             const char *str);

/* pw-canvas-actions.c */
void          pw_canvas_class_install_actions (GtkWidgetClass *widget_class);
void          pw_canvas_init_actions          (PwCanvas       *self);
void          pw_canvas_update_actions        (PwCanvas       *self);
PwCard       *pw_canvas_add_card              (PwCanvas       *self,
                                               PwCardKind      kind,
                                               int             lane_order,
                                               gboolean        edit);
void          pw_canvas_delete_selection      (PwCanvas       *self);
void          pw_canvas_activate_focus        (PwCanvas       *self);
gboolean      pw_canvas_cancel                (PwCanvas       *self);
gboolean      pw_canvas_move_card             (PwCanvas       *self,
                                               PwCard         *card,
                                               PwCardKind      kind,
                                               int             lane_order);

/* pw-canvas-clipboard.c */
GBytes       *pw_canvas_serialize_cards     (PwCanvas   *self,
                                             GPtrArray  *cards);
gboolean      pw_canvas_paste_bytes         (PwCanvas   *self,
                                             GBytes     *bytes,
                                             GError    **error);
void          pw_canvas_copy                (PwCanvas   *self);
void          pw_canvas_paste               (PwCanvas   *self);

#define PW_CANVAS_CARDS_MIME "text/x-pathways-cards"

G_END_DECLS
