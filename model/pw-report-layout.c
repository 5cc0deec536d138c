/* pw-report-layout.c — measuring the Annex 1 cells and cutting the table into pages
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-report"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "pw-report-private.h"

#define GREY_TEXT   "#5f6670"
#define SUGGESTED   "#7a5a00"

/* ---- Cells ------------------------------------------------------------- */

PangoLayout *
pw_report_new_layout (PwReport   *self,
                      const char *markup,
                      double      width,
                      double      size)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (PW_REPORT_FONT);
  PangoAttrList *attrs;

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_layout_set_font_description (layout, font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_markup (layout, markup, -1);

  /* Set after the markup, which replaces the attribute list: no hyphens at forced breaks. */
  attrs = pango_layout_get_attributes (layout);
  attrs = attrs != NULL ? pango_attr_list_copy (attrs) : pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  return layout;
}

PangoLayout *
pw_report_new_line_layout (PwReport   *self,
                           const char *markup,
                           double      width,
                           double      size,
                           int         lines)
{
  PangoLayout *layout = pw_report_new_layout (self, markup, width, size);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -lines);
  return layout;
}

char *
pw_report_dup_title_markup (PwReport *self)
{
  PwEvaluation *ev = self->evaluation;
  const char *title = pw_evaluation_is_blank (ev) ? pw_report_get_document_title ()
                      : *pw_evaluation_get_title (ev) != '\0' ? pw_evaluation_get_title (ev)
                      : _("Untitled plan");

  return g_markup_printf_escaped ("<b>%s</b>", title);
}

static void
block_free (gpointer data)
{
  PwBlock *block = data;

  g_clear_object (&block->layout);
  g_free (block);
}

static PwCell *
cell_new (void)
{
  PwCell *cell = g_new0 (PwCell, 1);

  cell->blocks = g_ptr_array_new_with_free_func (block_free);
  cell->breaks = g_array_new (FALSE, FALSE, sizeof (double));
  return cell;
}

static void
cell_free (gpointer data)
{
  PwCell *cell = data;

  if (cell == NULL)
    return;
  g_ptr_array_unref (cell->blocks);
  g_array_unref (cell->breaks);
  g_free (cell);
}

/* Appends a paragraph below the others; its line bottoms become break points. */
static void
cell_add_block (PwCell      *cell,
                PangoLayout *layout,
                PwBlockKind  kind,
                double       gap)
{
  PwBlock *block = g_new0 (PwBlock, 1);
  PangoLayoutIter *iter;
  int height;

  block->layout = layout;
  block->kind = kind;
  block->y = cell->blocks->len > 0 ? cell->height + gap : 0;
  pango_layout_get_size (layout, NULL, &height);
  block->height = (double) height / PANGO_SCALE;

  iter = pango_layout_get_iter (layout);
  do
    {
      int y1;
      double bottom;

      pango_layout_iter_get_line_yrange (iter, NULL, &y1);
      bottom = block->y + (double) y1 / PANGO_SCALE;
      g_array_append_val (cell->breaks, bottom);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  cell->height = block->y + block->height;
  g_ptr_array_add (cell->blocks, block);
}

static char *
item_markup (const PwEvalItem *item,
             gboolean          number,
             gboolean          bold)
{
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autofree char *escaped = NULL;

  if (number)
    g_string_append_printf (markup, "<b>%u.</b> ", item->indicator);
  if (item->suggested && *item->text != '\0')
    {
      /* TRANSLATORS: marks a prefilled suggestion the officer has not accepted yet */
      escaped = g_markup_printf_escaped ("<span foreground='" SUGGESTED "' weight='bold'>%s</span> ",
                                         C_("annex", "Suggested:"));
      g_string_append (markup, escaped);
      g_clear_pointer (&escaped, g_free);
    }
  if (item->label != NULL)
    {
      escaped = g_markup_printf_escaped ("<b>%s</b> ", item->label);
      g_string_append (markup, escaped);
      g_clear_pointer (&escaped, g_free);
    }
  if (*item->text == '\0')
    {
      g_autofree char *mark = pw_report_dup_empty_mark ();

      escaped = g_markup_printf_escaped ("<span foreground='" GREY_TEXT "' style='italic'>%s</span>", mark);
    }
  else
    escaped = g_markup_printf_escaped (bold ? "<b>%s</b>" : "%s", item->text);
  g_string_append (markup, escaped);
  g_clear_pointer (&escaped, g_free);

  if (item->detail != NULL)
    {
      escaped = g_markup_printf_escaped ("\n<span size='smaller' foreground='" GREY_TEXT "'>%s</span>",
                                         item->detail);
      g_string_append (markup, escaped);
    }
  return g_string_free (g_steal_pointer (&markup), FALSE);
}

static PwCell *
build_cell (PwReport   *self,
            guint       outcome,
            PwAnnexRow  row,
            double      width)
{
  PwEvaluation *evaluation = self->evaluation;
  PwCell *cell = cell_new ();
  guint n = pw_evaluation_get_n_items (evaluation, outcome, row);
  gboolean numbered = pw_evaluation_get_n_indicators (evaluation, outcome) > 1;
  guint last = 0;

  if (pw_evaluation_is_blank (evaluation))
    return cell;

  if (pw_evaluation_cell_is_empty (evaluation, outcome, row))
    {
      g_autofree char *mark = pw_report_dup_empty_mark ();
      g_autofree char *markup = g_markup_printf_escaped ("<span foreground='" GREY_TEXT "' style='italic'>%s</span>",
                                                         mark);

      cell_add_block (cell, pw_report_new_layout (self, markup, width, 9.5), PW_BLOCK_EMPTY, 0);
      return cell;
    }

  for (guint i = 0; i < n; i++)
    {
      const PwEvalItem *item = pw_evaluation_get_item (evaluation, outcome, row, i);
      gboolean first_of_indicator = item->indicator != last;
      g_autofree char *markup = item_markup (item, numbered && first_of_indicator,
                                             row == PW_ANNEX_ROW_OUTCOME);
      PwBlockKind kind = *item->text == '\0' ? PW_BLOCK_EMPTY
                         : item->suggested ? PW_BLOCK_SUGGESTED : PW_BLOCK_TEXT;

      cell_add_block (cell, pw_report_new_layout (self, markup, width, 9.5), kind,
                      first_of_indicator ? 2 * PW_REPORT_ITEM_GAP : PW_REPORT_ITEM_GAP);
      last = item->indicator;
    }
  return cell;
}

static PwCell *
build_label (PwReport   *self,
             PwAnnexRow  row,
             gboolean    continued,
             double      width)
{
  PwCell *cell = cell_new ();
  const char *question = pw_annex_row_get_question (row);
  g_autofree char *markup = NULL;

  if (continued)
    markup = g_markup_printf_escaped ("<b>%s</b>\n<span size='smaller' style='italic' foreground='" GREY_TEXT "'>%s</span>",
                                      pw_annex_row_get_title (row), _("(continued)"));
  else if (question != NULL)
    markup = g_markup_printf_escaped ("<b>%s</b>\n<span size='smaller' foreground='" GREY_TEXT "'>(%s)</span>",
                                      pw_annex_row_get_title (row), question);
  else
    markup = g_markup_printf_escaped ("<b>%s</b>", pw_annex_row_get_title (row));

  cell_add_block (cell, pw_report_new_layout (self, markup, width, 9.5), PW_BLOCK_TEXT, 0);
  return cell;
}

PwCell *
pw_report_get_cell (PwReport   *self,
                    guint       outcome,
                    PwAnnexRow  row)
{
  return g_ptr_array_index (self->cells, outcome * PW_N_ANNEX_ROWS + row);
}

/* ---- Geometry ---------------------------------------------------------- */

static double
text_height (PwReport   *self,
             const char *markup,
             double      size)
{
  g_autoptr(PangoLayout) layout = pw_report_new_layout (self, markup, -1, size);
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static void
compute_geometry (PwReport *self,
                  double    width,
                  double    height)
{
  PwGeometry *g = &self->geometry;
  guint n_outcomes = pw_evaluation_get_n_outcomes (self->evaluation);
  double content;
  guint used;

  g->page_width = width;
  g->page_height = height;
  g->margin = MIN (self->margin, MIN (width, height) / 8);
  content = width - 2 * g->margin;

  /* The title (two lines at most) over organisation and area; the rule below. */
  {
    g_autofree char *title = pw_report_dup_title_markup (self);
    g_autoptr(PangoLayout) layout = pw_report_new_line_layout (self, title, content * 0.64, 14, 2);
    int title_height;

    pango_layout_get_size (layout, NULL, &title_height);
    g->header_height = (double) title_height / PANGO_SCALE + 1 + text_height (self, "Ag", 10) + 10;
  }
  /* "Outcome N" over one line of its title, on a category strip. */
  g->heading_height = text_height (self, "<b>Ag</b>", 10) + text_height (self, "Ag", 9)
                      + 2 * PW_REPORT_PAD + 4;
  g->footer_height = 2 * text_height (self, "Ag", 7.5) + 8;

  g->label_width = MIN (CLAMP (content * 0.19, 120.0, 170.0), content * 0.4);
  g->columns_per_page = (guint) MAX (1.0, floor ((content - g->label_width) / PW_REPORT_MIN_COLUMN));
  used = MAX (1u, MIN (g->columns_per_page, n_outcomes));
  g->column_width = (content - g->label_width) / used;

  g->body_top = g->margin + g->header_height + g->heading_height;
  /* On a page too small for header and footer, keep a body anyway (the
   * footer is then drawn over): laying out must always end. */
  g->body_bottom = MAX (height - g->margin - g->footer_height, g->body_top + 36);
}

static void
build_cells (PwReport *self)
{
  PwGeometry *g = &self->geometry;
  guint n_outcomes = pw_evaluation_get_n_outcomes (self->evaluation);
  double text_width = g->column_width - 2 * PW_REPORT_PAD;

  for (guint o = 0; o < n_outcomes; o++)
    for (guint r = 0; r < PW_N_ANNEX_ROWS; r++)
      g_ptr_array_add (self->cells, build_cell (self, o, r, text_width));

  for (guint r = 0; r < PW_N_ANNEX_ROWS; r++)
    {
      self->labels[r] = build_label (self, r, FALSE, g->label_width - 2 * PW_REPORT_PAD);
      self->continued_labels[r] = build_label (self, r, TRUE, g->label_width - 2 * PW_REPORT_PAD);
    }
}

/* ---- Pagination -------------------------------------------------------- */

typedef struct {
  PwReport  *report;
  guint      group;
  guint      first;      /* first outcome of the group */
  guint      n_columns;
  PwPage    *page;
  double     y;
} Paginator;

static void
page_free (gpointer data)
{
  PwPage *page = data;

  g_ptr_array_unref (page->fragments);
  g_free (page);
}

static void
fragment_free (gpointer data)
{
  PwFragment *fragment = data;

  g_free (fragment->start);
  g_free (fragment->end);
  g_free (fragment);
}

static void
paginator_new_page (Paginator *p)
{
  PwPage *page = g_new0 (PwPage, 1);

  page->group = p->group;
  page->continued = p->page != NULL && p->page->group == p->group;
  page->fragments = g_ptr_array_new_with_free_func (fragment_free);
  g_ptr_array_add (p->report->pages, page);
  p->page = page;
  p->y = p->report->geometry.body_top;
}

/* The largest break point of @cell not below @limit, past @from. */
static double
cell_break_before (PwCell *cell,
                   double  from,
                   double  limit)
{
  double best = from;
  double next = cell->height;

  for (guint i = 0; i < cell->breaks->len; i++)
    {
      double b = g_array_index (cell->breaks, double, i);

      if (b > from + 0.01 && b < next)
        next = b;
      if (b > limit + 0.01)
        break;
      if (b > from)
        best = b;
    }
  /* Not even one line fits (a page smaller than a line): take one line
   * anyway, so that pagination always moves on. */
  if (best <= from + 0.01)
    best = next;
  return best;
}

static double
blank_row_height (PwReport *self)
{
  PwGeometry *g = &self->geometry;
  double body = g->body_bottom - g->body_top;
  guint per_page = MAX (1u, (guint) floor (body / PW_REPORT_BLANK_MIN_ROW));
  guint n_pages = (PW_N_ANNEX_ROWS + per_page - 1) / per_page;
  guint rows = (PW_N_ANNEX_ROWS + n_pages - 1) / n_pages;

  return MIN (PW_REPORT_BLANK_MAX_ROW, floor (body / rows));
}

static void
add_fragment (Paginator  *p,
              PwAnnexRow  row,
              double      height,
              gboolean    continued,
              double     *start,
              double     *end)
{
  PwFragment *fragment = g_new0 (PwFragment, 1);

  fragment->row = row;
  fragment->y = p->y;
  fragment->height = height;
  fragment->continued = continued;
  fragment->start = g_memdup2 (start, sizeof (double) * MAX (1u, p->n_columns));
  fragment->end = g_memdup2 (end, sizeof (double) * MAX (1u, p->n_columns));
  g_ptr_array_add (p->page->fragments, fragment);
  p->y += height;
}

static void
paginate_row (Paginator  *p,
              PwAnnexRow  row)
{
  PwReport *self = p->report;
  PwGeometry *g = &self->geometry;
  gboolean blank = pw_evaluation_is_blank (self->evaluation);
  double min_height = blank ? blank_row_height (self) : 0;
  double body = g->body_bottom - g->body_top;
  g_autofree double *start = g_new0 (double, MAX (1u, p->n_columns));
  g_autofree double *end = g_new0 (double, MAX (1u, p->n_columns));
  gboolean continued = FALSE;
  gboolean done;

  for (;;)
    {
      PwCell *label = continued ? self->continued_labels[row] : self->labels[row];
      double avail = g->body_bottom - p->y;
      double need = label->height;
      double height;

      for (guint c = 0; c < p->n_columns; c++)
        need = MAX (need, pw_report_get_cell (self, p->first + c, row)->height - start[c]);
      height = MAX (need + 2 * PW_REPORT_PAD, min_height);

      if (height <= avail + 0.01)
        {
          for (guint c = 0; c < p->n_columns; c++)
            end[c] = pw_report_get_cell (self, p->first + c, row)->height;
          add_fragment (p, row, height, continued, start, end);
          return;
        }

      /* Move the row to a fresh page when it is short, the page already has
       * rows, or too little room is left to be worth splitting. */
      if (p->y > g->body_top + 0.01 &&
          (blank || height <= body * 0.5 || avail < label->height + 2 * PW_REPORT_PAD + 36))
        {
          paginator_new_page (p);
          continue;
        }

      done = TRUE;
      for (guint c = 0; c < p->n_columns; c++)
        {
          PwCell *cell = pw_report_get_cell (self, p->first + c, row);

          end[c] = cell_break_before (cell, start[c], start[c] + avail - 2 * PW_REPORT_PAD);
          done = done && end[c] >= cell->height;
        }
      add_fragment (p, row, avail, continued, start, end);
      /* All content placed, only the label or the minimum height did not
       * fit (a page too small for them): move on rather than loop. */
      if (done)
        return;
      memcpy (start, end, sizeof (double) * p->n_columns);
      continued = TRUE;
      paginator_new_page (p);
    }
}

static void
paginate (PwReport *self)
{
  guint n_outcomes = pw_evaluation_get_n_outcomes (self->evaluation);
  guint per_page = self->geometry.columns_per_page;
  guint n_groups = MAX (1u, (n_outcomes + per_page - 1) / per_page);
  Paginator p = { .report = self };

  for (guint group = 0; group < n_groups; group++)
    {
      p.group = group;
      p.first = group * per_page;
      p.n_columns = MIN (per_page, n_outcomes - MIN (n_outcomes, p.first));
      paginator_new_page (&p);
      if (p.n_columns == 0)
        break;   /* no outcomes: one page that says so */
      for (guint r = 0; r < PW_N_ANNEX_ROWS; r++)
        paginate_row (&p, r);
    }
}

void
pw_report_layout_clear (PwReport *self)
{
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  for (guint r = 0; r < PW_N_ANNEX_ROWS; r++)
    {
      g_clear_pointer (&self->labels[r], cell_free);
      g_clear_pointer (&self->continued_labels[r], cell_free);
    }
}

void
pw_report_layout_run (PwReport *self,
                      double    width,
                      double    height)
{
  pw_report_layout_clear (self);
  self->cells = g_ptr_array_new_with_free_func (cell_free);
  self->pages = g_ptr_array_new_with_free_func (page_free);

  compute_geometry (self, width, height);
  build_cells (self);
  paginate (self);
}
