/* pw-coverage-chart.c — the plan's domain coverage across the framework's four categories, drawn small
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-ui"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "pw-cairo-util.h"
#include "pw-coverage-chart.h"

#define PAD_X        9.0
#define PAD_Y        4.0
#define CHIP_GAP     6.0
#define LINE_GAP     5.0
#define SECTION_GAP  9.0
#define HEADER_GAP   3.0
#define CHIP_SCALE   0.92

struct _PwCoverageChart
{
  GtkWidget  parent_instance;

  PwChecks  *checks;
  gulong     changed_id;
  char      *summary;
};

G_DEFINE_FINAL_TYPE (PwCoverageChart, pw_coverage_chart, GTK_TYPE_WIDGET)

/* The category colours of the whole app (resources/style.css, shared with the
 * Indicators page), with the same values as a fallback. White bold text
 * reads on the fills; on a dark background, outlines use a lighter tint. */
static const char *colour_names[PW_N_CATEGORIES] = {
  "pw_cat_markers_color", "pw_cat_connections_color", "pw_cat_facilitators_color", "pw_cat_foundation_color",
};
static const char *colour_fallbacks[PW_N_CATEGORIES] = { "#b34700", "#1b7340", "#6b3fa0", "#005a9e" };

typedef enum { CHIP_MEASURED, CHIP_WORKED, CHIP_NONE } ChipState;

typedef struct {
  cairo_t  *cr;        /* NULL: measure only */
  double    width;
  double    y;
  gboolean  dark;
  GdkRGBA   fg;
  GdkRGBA   fill[PW_N_CATEGORIES];
  GdkRGBA   line[PW_N_CATEGORIES];  /* outlines, headings and numbers */
} Pen;


static PangoLayout *
text_layout (PwCoverageChart *self, const char *text, gboolean bold, double scale)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoAttrList *attrs = pango_attr_list_new ();

  if (bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  if (scale != 1.0)
    pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  return layout;
}

static void
layout_size (PangoLayout *layout, double *w, double *h)
{
  int pw, ph;

  pango_layout_get_pixel_size (layout, &pw, &ph);
  *w = pw;
  *h = ph;
}

static void
set_colour (cairo_t *cr, const GdkRGBA *c, double alpha)
{
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, alpha);
}

static void
load_colours (PwCoverageChart *self, Pen *pen)
{
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (style, &pen->fg);
  pen->dark = (0.299 * pen->fg.red + 0.587 * pen->fg.green + 0.114 * pen->fg.blue) > 0.5;
  for (guint c = 0; c < PW_N_CATEGORIES; c++)
    {
      GdkRGBA *fill = &pen->fill[c], *line = &pen->line[c];

      if (!gtk_style_context_lookup_color (style, colour_names[c], fill))
        gdk_rgba_parse (fill, colour_fallbacks[c]);
      *line = *fill;
      if (pen->dark)
        {
          line->red = fill->red + (1 - fill->red) * 0.5;
          line->green = fill->green + (1 - fill->green) * 0.5;
          line->blue = fill->blue + (1 - fill->blue) * 0.5;
        }
    }
}

static double
chip_height (PwCoverageChart *self)
{
  g_autoptr(PangoLayout) layout = text_layout (self, "Ag", FALSE, CHIP_SCALE);
  double w, h;

  layout_size (layout, &w, &h);
  return h + 2 * PAD_Y;
}

/* Draws (when pen->cr) one chip at x, pen->y; returns its width. */
static double
draw_chip (PwCoverageChart *self, Pen *pen, double x, const char *name, guint count,
           ChipState state, PwCategory category)
{
  g_autoptr(PangoLayout) label = text_layout (self, name, state == CHIP_MEASURED, CHIP_SCALE);
  g_autofree char *number = count > 0 ? g_strdup_printf ("%u", count) : NULL;
  g_autoptr(PangoLayout) num = number ? text_layout (self, number, TRUE, 0.8) : NULL;
  double h = chip_height (self), tw, th, nw = 0, nh = 0, bubble = 0, w;
  const GdkRGBA *colour = &pen->fill[category];
  const GdkRGBA *line = &pen->line[category];
  cairo_t *cr = pen->cr;

  layout_size (label, &tw, &th);
  if (num != NULL)
    {
      layout_size (num, &nw, &nh);
      bubble = MAX (nw + 10, h - 8);
    }
  w = PAD_X + tw + (bubble > 0 ? 6 + bubble : 0) + PAD_X - (bubble > 0 ? 4 : 0);
  if (cr == NULL)
    return w;

  pw_cairo_rounded_rect (cr, x + 1, pen->y + 1, w - 2, h - 2, (h - 2) / 2);
  if (state == CHIP_MEASURED)
    {
      set_colour (cr, colour, 1.0);
      cairo_fill (cr);
    }
  else
    {
      static const double dash[] = { 4.0, 3.0 };

      if (state == CHIP_WORKED)
        set_colour (cr, line, 1.0);
      else
        cairo_set_source_rgba (cr, pen->fg.red, pen->fg.green, pen->fg.blue, 0.35);
      cairo_set_line_width (cr, 2.0);
      cairo_set_dash (cr, dash, state == CHIP_NONE ? 2 : 0, 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  if (state == CHIP_MEASURED)
    cairo_set_source_rgb (cr, 1, 1, 1);
  else
    cairo_set_source_rgba (cr, pen->fg.red, pen->fg.green, pen->fg.blue, state == CHIP_NONE ? 0.6 : 1.0);
  cairo_move_to (cr, x + PAD_X, pen->y + (h - th) / 2);
  pango_cairo_show_layout (cr, label);

  if (num != NULL)
    {
      double bx = x + w - PAD_X + 4 - bubble, by = pen->y + (h - (h - 8)) / 2;

      pw_cairo_rounded_rect (cr, bx, by, bubble, h - 8, (h - 8) / 2);
      if (state == CHIP_MEASURED)
        cairo_set_source_rgb (cr, 1, 1, 1);
      else
        set_colour (cr, line, 1.0);
      cairo_fill (cr);
      if (state == CHIP_MEASURED)
        set_colour (cr, colour, 1.0);
      else
        cairo_set_source_rgb (cr, pen->dark ? 0.1 : 1, pen->dark ? 0.1 : 1, pen->dark ? 0.1 : 1);
      cairo_move_to (cr, bx + (bubble - nw) / 2, by + (h - 8 - nh) / 2);
      pango_cairo_show_layout (cr, num);
    }
  return w;
}

static void
draw_header (PwCoverageChart *self, Pen *pen, const PwCategoryInfo *info,
             const PwCategoryCoverage *cov)
{
  g_autoptr(PangoLayout) name = text_layout (self, info->name, TRUE, 1.0);
  /* Translators: in the coverage chart, e.g. "1 of 3 measured" (domains of a category) */
  g_autofree char *status = g_strdup_printf (_("%u of %u measured"),
                                             cov ? cov->n_measured_domains : 0, info->n_domains);
  g_autoptr(PangoLayout) count = text_layout (self, status, FALSE, 0.9);
  double nw, nh, cw, ch;

  layout_size (name, &nw, &nh);
  layout_size (count, &cw, &ch);
  if (pen->cr != NULL)
    {
      set_colour (pen->cr, &pen->line[info->id], 1.0);
      cairo_move_to (pen->cr, 0, pen->y);
      pango_cairo_show_layout (pen->cr, name);
      cairo_set_source_rgba (pen->cr, pen->fg.red, pen->fg.green, pen->fg.blue, 0.75);
      cairo_move_to (pen->cr, MAX (nw + 8, pen->width - cw), pen->y + (nh - ch) / 2);
      pango_cairo_show_layout (pen->cr, count);
    }
  pen->y += nh + HEADER_GAP;
}

static void
draw_category (PwCoverageChart *self, Pen *pen, PwFramework *fw, PwCategory category,
               const PwCoverage *coverage)
{
  const PwCategoryInfo *info = pw_framework_get_category (fw, category);
  double x = 0, h = chip_height (self);

  draw_header (self, pen, info, coverage ? &coverage->categories[category] : NULL);
  for (guint i = 0; i < info->n_domains; i++)
    {
      guint n = info->first_domain + i;
      const PwDomainCoverage *d = coverage ? &coverage->domains[n - 1] : NULL;
      ChipState state = d && d->n_indicators > 0 ? CHIP_MEASURED : d && d->n_cards > 0 ? CHIP_WORKED : CHIP_NONE;
      guint count = state == CHIP_MEASURED ? d->n_indicators : state == CHIP_WORKED ? d->n_cards : 0;
      const char *name = pw_framework_get_domain (fw, n)->name;
      Pen probe = *pen;
      double w;

      probe.cr = NULL;
      w = draw_chip (self, &probe, 0, name, count, state, category);
      if (x > 0 && x + w > pen->width)
        {
          x = 0;
          pen->y += h + LINE_GAP;
        }
      draw_chip (self, pen, x, name, count, state, category);
      x += w + CHIP_GAP;
    }
  pen->y += h + SECTION_GAP;
}

/* One legend entry: a small swatch drawn like a chip, then its meaning. */
static void
draw_legend_item (PwCoverageChart *self, Pen *pen, double *x, ChipState state, const char *text)
{
  g_autoptr(PangoLayout) label = text_layout (self, text, FALSE, 0.85);
  const GdkRGBA *colour = &pen->fill[PW_CATEGORY_SOCIAL_CONNECTIONS];
  double tw, th, box = 14, w;
  cairo_t *cr = pen->cr;

  layout_size (label, &tw, &th);
  w = box + 6 + tw;
  if (*x > 0 && *x + w > pen->width)
    {
      *x = 0;
      pen->y += th + 2;
    }
  if (cr != NULL)
    {
      pw_cairo_rounded_rect (cr, *x + 1, pen->y + (th - box) / 2 + 1, box - 2, box - 2, 4);
      if (state == CHIP_MEASURED)
        {
          set_colour (cr, colour, 1.0);
          cairo_fill (cr);
        }
      else
        {
          static const double dash[] = { 3.0, 2.0 };

          if (state == CHIP_WORKED)
            set_colour (cr, &pen->line[PW_CATEGORY_SOCIAL_CONNECTIONS], 1.0);
          else
            cairo_set_source_rgba (cr, pen->fg.red, pen->fg.green, pen->fg.blue, 0.35);
          cairo_set_line_width (cr, 2.0);
          cairo_set_dash (cr, dash, state == CHIP_NONE ? 2 : 0, 0);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }
      cairo_set_source_rgba (cr, pen->fg.red, pen->fg.green, pen->fg.blue, 0.8);
      cairo_move_to (cr, *x + box + 6, pen->y);
      pango_cairo_show_layout (cr, label);
    }
  *x += w + 14;
}

static double
draw_chart (PwCoverageChart *self, cairo_t *cr, double width)
{
  PwFramework *fw = self->checks ? pw_checks_get_framework (self->checks) : pw_framework_get_default ();
  const PwCoverage *coverage = self->checks ? pw_checks_get_coverage (self->checks) : NULL;
  Pen pen = { cr, width, 0, FALSE, { 0, 0, 0, 1 } };
  double x = 0;

  load_colours (self, &pen);
  for (PwCategory c = 0; c < PW_N_CATEGORIES; c++)
    draw_category (self, &pen, fw, c, coverage);

  draw_legend_item (self, &pen, &x, CHIP_MEASURED, _("measured (number of indicators)"));
  draw_legend_item (self, &pen, &x, CHIP_WORKED, _("worked in by cards only (number of cards)"));
  draw_legend_item (self, &pen, &x, CHIP_NONE, _("not in the plan"));
  {
    g_autoptr(PangoLayout) probe = text_layout (self, "Ag", FALSE, 0.85);
    double w, h;

    layout_size (probe, &w, &h);
    return pen.y + h;
  }
}

static void
pw_coverage_chart_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  draw_chart (PW_COVERAGE_CHART (widget), cr, width);
  cairo_destroy (cr);
}

static void
pw_coverage_chart_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 220;
      *natural = 360;
    }
  else
    {
      *minimum = *natural = (int) ceil (draw_chart (PW_COVERAGE_CHART (widget), NULL,
                                                    for_size > 0 ? for_size : 360));
    }
}

static GtkSizeRequestMode
pw_coverage_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* The words for screen readers */

static void
append_category_summary (GString *s, PwFramework *fw, const PwCoverage *cov, PwCategory c)
{
  const PwCategoryInfo *info = pw_framework_get_category (fw, c);
  g_autoptr(GString) measured = g_string_new (NULL);
  g_autoptr(GString) worked = g_string_new (NULL);

  for (guint i = 0; i < info->n_domains; i++)
    {
      const PwDomainCoverage *d = &cov->domains[info->first_domain + i - 1];
      const char *name = pw_framework_get_domain (fw, info->first_domain + i)->name;

      if (d->n_indicators > 0)
        g_string_append_printf (measured, ngettext ("%s%s (%u indicator)", "%s%s (%u indicators)",
                                                    d->n_indicators),
                                measured->len ? ", " : "", name, d->n_indicators);
      else if (d->n_cards > 0)
        g_string_append_printf (worked, ngettext ("%s%s (%u card)", "%s%s (%u cards)", d->n_cards),
                                worked->len ? ", " : "", name, d->n_cards);
    }
  g_string_append_printf (s, _("%s: %u of %u domains measured."), info->name,
                          cov->categories[c].n_measured_domains, info->n_domains);
  if (measured->len > 0)
    g_string_append_printf (s, _(" Measured: %s."), measured->str);
  if (worked->len > 0)
    g_string_append_printf (s, _(" Worked in by cards only: %s."), worked->str);
  g_string_append_c (s, '\n');
}

static void
update_summary (PwCoverageChart *self)
{
  const PwCoverage *cov = self->checks ? pw_checks_get_coverage (self->checks) : NULL;
  GString *s = g_string_new (NULL);

  if (cov == NULL)
    g_string_append (s, _("No plan to check."));
  else
    for (PwCategory c = 0; c < PW_N_CATEGORIES; c++)
      append_category_summary (s, pw_checks_get_framework (self->checks), cov, c);
  g_free (self->summary);
  self->summary = g_string_free (s, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->summary, -1);
}

static void
checks_changed (PwChecks        *checks,
                PwCoverageChart *self)
{
  update_summary (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
pw_coverage_chart_set_checks (PwCoverageChart *self,
                              PwChecks        *checks)
{
  g_return_if_fail (PW_IS_COVERAGE_CHART (self));
  g_return_if_fail (checks == NULL || PW_IS_CHECKS (checks));

  if (self->checks == checks)
    return;
  if (self->checks != NULL)
    g_clear_signal_handler (&self->changed_id, self->checks);
  g_set_object (&self->checks, checks);
  if (checks != NULL)
    self->changed_id = g_signal_connect (checks, "changed", G_CALLBACK (checks_changed), self);
  checks_changed (checks, self);
}

const char *
pw_coverage_chart_get_summary (PwCoverageChart *self)
{
  g_return_val_if_fail (PW_IS_COVERAGE_CHART (self), NULL);
  return self->summary;
}

static void
pw_coverage_chart_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (pw_coverage_chart_parent_class)->css_changed (widget, change);
  /* Font size or theme (light/dark) changed: sizes and colours follow. */
  gtk_widget_queue_resize (widget);
}

static void
pw_coverage_chart_dispose (GObject *object)
{
  PwCoverageChart *self = PW_COVERAGE_CHART (object);

  if (self->checks != NULL)
    g_clear_signal_handler (&self->changed_id, self->checks);
  g_clear_object (&self->checks);
  G_OBJECT_CLASS (pw_coverage_chart_parent_class)->dispose (object);
}

static void
pw_coverage_chart_finalize (GObject *object)
{
  g_free (PW_COVERAGE_CHART (object)->summary);
  G_OBJECT_CLASS (pw_coverage_chart_parent_class)->finalize (object);
}

static void
pw_coverage_chart_class_init (PwCoverageChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_coverage_chart_dispose;
  object_class->finalize = pw_coverage_chart_finalize;
  widget_class->snapshot = pw_coverage_chart_snapshot;
  widget_class->measure = pw_coverage_chart_measure;
  widget_class->get_request_mode = pw_coverage_chart_get_request_mode;
  widget_class->css_changed = pw_coverage_chart_css_changed;
  gtk_widget_class_set_css_name (widget_class, "pwcoveragechart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
pw_coverage_chart_init (PwCoverageChart *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Coverage of the framework’s domains"), -1);
  update_summary (self);
}

GtkWidget *
pw_coverage_chart_new (void)
{
  return g_object_new (PW_TYPE_COVERAGE_CHART, NULL);
}
