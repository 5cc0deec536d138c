/* pw-report-private.h — the page layout shared by pw-report-layout.c and pw-report-pdf.c
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "pw-cairo-util.h"
#include "pw-report-pdf.h"

G_BEGIN_DECLS

/* Sizes in points. */
#define PW_REPORT_MM               (72.0 / 25.4)
#define PW_REPORT_PAD              6.0                    /* inside a cell */
#define PW_REPORT_ITEM_GAP         5.0                    /* between paragraphs of a cell */
#define PW_REPORT_MIN_COLUMN       (60.0 * PW_REPORT_MM)  /* narrowest legible outcome column */
#define PW_REPORT_BLANK_MIN_ROW    (25.0 * PW_REPORT_MM)  /* blank template: room to write */
#define PW_REPORT_BLANK_MAX_ROW    (35.0 * PW_REPORT_MM)
#define PW_REPORT_FONT             "Cantarell, DejaVu Sans"

typedef enum {
  PW_BLOCK_TEXT,
  PW_BLOCK_EMPTY,       /* "— to complete", on a light hatch */
  PW_BLOCK_SUGGESTED,   /* a prefilled suggestion, on a light tint */
} PwBlockKind;

/* One paragraph of a cell: a wrapped layout at a vertical offset. */
typedef struct {
  PangoLayout *layout;
  PwBlockKind  kind;
  double       y;
  double       height;
} PwBlock;

/* A cell's content, laid out at the column's text width. Fragments of a
 * split cell start and end at @breaks (bottoms of lines), so no line is cut. */
typedef struct {
  GPtrArray   *blocks;   /* of PwBlock* */
  GArray      *breaks;   /* double, ascending; last = height */
  double       height;
} PwCell;

/* A row's share of one page: the cells' content from @start[c] to @end[c]. */
typedef struct {
  PwAnnexRow   row;
  double       y;
  double       height;
  gboolean     continued;   /* began on an earlier page */
  double      *start;       /* per column of the page's group */
  double      *end;
} PwFragment;

typedef struct {
  guint        group;       /* which outcome columns: group × columns_per_page … */
  gboolean     continued;   /* not the group's first page */
  GPtrArray   *fragments;   /* of PwFragment* */
} PwPage;

typedef struct {
  double       page_width;
  double       page_height;
  double       margin;
  double       header_height;   /* page header (title lines) */
  double       heading_height;  /* the outcome heading row, per group */
  double       footer_height;
  double       label_width;     /* the row-label column */
  double       column_width;
  guint        columns_per_page;
  double       body_top;
  double       body_bottom;
} PwGeometry;

struct _PwReport
{
  GObject        parent_instance;

  PwEvaluation  *evaluation;
  PwFramework   *framework;
  PangoContext  *context;
  GDateTime     *date;
  double         margin;

  PwGeometry     geometry;
  GPtrArray     *cells;         /* PwCell*, [outcome * PW_N_ANNEX_ROWS + row] */
  PwCell        *labels[PW_N_ANNEX_ROWS];
  PwCell        *continued_labels[PW_N_ANNEX_ROWS];
  GPtrArray     *pages;         /* of PwPage* */
};

/* pw-report-layout.c */
void          pw_report_layout_clear     (PwReport     *self);
void          pw_report_layout_run       (PwReport     *self,
                                          double        width,
                                          double        height);
PangoLayout  *pw_report_new_layout       (PwReport     *self,
                                          const char   *markup,
                                          double        width,
                                          double        size);
/* A layout of at most @lines lines, ellipsized after them. */
PangoLayout  *pw_report_new_line_layout  (PwReport     *self,
                                          const char   *markup,
                                          double        width,
                                          double        size,
                                          int           lines);
/* The page header's title: the plan's, or the document's for a blank. */
char         *pw_report_dup_title_markup (PwReport     *self);
PwCell       *pw_report_get_cell         (PwReport     *self,
                                          guint         outcome,
                                          PwAnnexRow    row);

/* pw-report-draw.c-like helpers in pw-report-pdf.c */
void          pw_report_category_rgb     (int           category,
                                          double        rgb[3]);

G_END_DECLS
