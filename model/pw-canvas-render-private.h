/* pw-canvas-render-private.h — the canvas layout's insides, shared by pw-canvas-render*.c
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "pw-cairo-util.h"
#include "pw-canvas-render.h"

G_BEGIN_DECLS

#define PW_CANVAS_FONT "Cantarell, DejaVu Sans"

/* Geometry at print scale, in points. */
#define CR_MARGIN        28.0   /* around the drawing */
#define CR_LANE_W       232.0
#define CR_LANE_GAP      52.0   /* between lanes, where the arrows run */
#define CR_LANE_PAD      12.0   /* lane edge to card */
#define CR_CARD_W       (CR_LANE_W - 2 * CR_LANE_PAD)
#define CR_CARD_GAP      18.0   /* between stacked cards */
#define CR_CARD_PAD      11.0   /* inside the card body */
#define CR_CARD_RADIUS    8.0
#define CR_STRIP_H       25.0   /* the coloured header strip */
#define CR_CHIP_H        21.0
#define CR_CHIP_GAP       5.0
#define CR_HEADER_H      40.0   /* lane headings */
#define CR_EMPTY_H       90.0   /* the placeholder of an empty lane */
#define CR_ARROW_LEN     10.0
#define CR_MARK_R         8.5   /* the "A" on links with an assumption */
#define CR_SLOT_H        16.0   /* between arrows meeting one card edge */

/* A printed tile's frame: a header line (title, date, page), a footer line
 * (how to assemble), and room at the sides for the crop marks. The drawing
 * fills the rest. */
#define TILE_HEADER_H    24.0
#define TILE_FOOTER_H    22.0
#define TILE_SIDE        14.0

typedef struct {
  double x, y, w, h;
} CrRect;

typedef struct {
  PangoLayout *text;
  PwCategory   category;
  double       x, y, w;          /* relative to the card's top-left */
} CrChip;

typedef struct {
  char        *id;
  PwCardKind   kind;
  PangoLayout *kind_label;       /* in the strip, left */
  PangoLayout *badge;            /* in the strip, right: "3 indicators" (outcomes) or NULL */
  PangoLayout *title;
  GArray      *chips;            /* CrChip */
  CrRect       box;
  guint        n_out, n_in;      /* anchors on the right and left edges */
} CrCard;

typedef struct {
  guint    source, target;       /* indices into cards */
  gboolean assumption;
  gboolean same_lane;            /* outcome → outcome: both ends on the right edge */
  double   x0, y0, x1, y1;       /* anchor points; x1 is where the arrow tip touches */
  guint    out_slot, in_slot;
} CrLink;

struct _PwCanvasLayout
{
  GObject        parent_instance;

  PwPlan        *plan;
  PwFramework   *framework;
  GDateTime     *date;
  PangoContext  *context;

  PangoLayout   *title;
  PangoLayout   *subtitle;       /* organisation · area; may be NULL */
  PangoLayout   *date_text;
  double         title_block_h;

  PangoLayout   *lane_names[PW_N_CARD_KINDS];
  PangoLayout   *lane_empty[PW_N_CARD_KINDS];
  CrRect         lanes[PW_N_CARD_KINDS];

  GPtrArray     *cards;          /* CrCard */
  GArray        *links;          /* CrLink */
  GPtrArray     *legend;         /* PangoLayout, see pw-canvas-render-draw.c */
  double         legend_y;

  double         width, height;

  /* The last pagination (pw-canvas-render-print.c). */
  gboolean           paginated;
  PwCanvasPrintMode  mode;
  double             page_w, page_h;
  double             scale;
  guint              rows, cols;
  PangoLayout       *page_header;
};

/* pw-canvas-render.c */
PangoLayout *pw_canvas_text_new     (PwCanvasLayout *self,
                                     const char     *text,
                                     double          size,
                                     PangoWeight     weight,
                                     double          width);
void         pw_canvas_text_size    (PangoLayout    *layout,
                                     double         *width,
                                     double         *height);
void         pw_canvas_kind_color   (PwCardKind      kind,
                                     double         *rgb);
void         pw_canvas_category_color (PwCategory    category,
                                       double       *rgb);

/* pw-canvas-render-draw.c */
void         pw_canvas_layout_legend (PwCanvasLayout *self);

G_END_DECLS
