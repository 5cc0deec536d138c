/* pw-canvas-render-export.c — writing the canvas as PNG, SVG or PDF, and the --export-canvas command
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-canvas-render"

#include "config.h"

#include <math.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "pw-autocleanups.h"
#include "pw-canvas-render-private.h"
#include "pw-file-util.h"
#include "pw-plan-cli.h"

/* Larger PNGs are drawn at a smaller scale (cairo's limit is 32767). */
#define PNG_MAX_PIXELS 16000.0
#define PNG_SCALE       2.0
#define PAPER_MARGIN   (10.0 * 72.0 / 25.4)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_surface_t, cairo_surface_destroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_t, cairo_destroy)

gboolean
pw_canvas_format_from_path (const char      *path,
                            PwCanvasFormat  *out_format,
                            GError         **error)
{
  static const struct { const char *ext; PwCanvasFormat format; } formats[] = {
    { ".png", PW_CANVAS_FORMAT_PNG }, { ".svg", PW_CANVAS_FORMAT_SVG }, { ".pdf", PW_CANVAS_FORMAT_PDF },
  };
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_has_suffix (lower, formats[i].ext))
      {
        if (out_format != NULL)
          *out_format = formats[i].format;
        return TRUE;
      }
  g_set_error (error, PW_CANVAS_RENDER_ERROR, PW_CANVAS_RENDER_ERROR_FORMAT,
               _("“%s” does not end in .png, .svg or .pdf, so the format of the picture is not known."),
               path);
  return FALSE;
}

/* ---- Writing -------------------------------------------------------------- */

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_cairo (cairo_status_t   status,
             GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, PW_CANVAS_RENDER_ERROR, PW_CANVAS_RENDER_ERROR_RENDER,
               _("The picture could not be drawn: %s."), cairo_status_to_string (status));
  return FALSE;
}

static gboolean
write_file (const char  *path,
            GByteArray  *bytes,
            GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) local = NULL;

  if (pw_file_write_atomic (file, bytes->data, bytes->len, &local))
    return TRUE;
  g_set_error (error, PW_CANVAS_RENDER_ERROR, PW_CANVAS_RENDER_ERROR_WRITE,
               _("“%s” could not be written: %s"), path, local->message);
  return FALSE;
}

static gboolean
render_png (PwCanvasLayout *self,
            GByteArray     *out,
            GError        **error)
{
  double scale = MIN (PNG_SCALE, PNG_MAX_PIXELS / MAX (self->width, self->height));
  int w = (int) ceil (self->width * scale);
  int h = (int) ceil (self->height * scale);
  g_autoptr(cairo_surface_t) surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
  g_autoptr(cairo_t) cr = cairo_create (surface);

  cairo_scale (cr, scale, scale);
  pw_canvas_render (self, cr);
  cairo_surface_flush (surface);
  if (!check_cairo (cairo_status (cr), error))
    return FALSE;
  return check_cairo (cairo_surface_write_to_png_stream (surface, append_bytes, out), error);
}

static gboolean
render_vector (PwCanvasLayout *self,
               PwCanvasFormat  format,
               GByteArray     *out,
               GError        **error)
{
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autoptr(cairo_t) cr = NULL;
  cairo_status_t status;

  if (format == PW_CANVAS_FORMAT_SVG)
    {
      surface = cairo_svg_surface_create_for_stream (append_bytes, out, self->width, self->height);
      cairo_svg_surface_restrict_to_version (surface, CAIRO_SVG_VERSION_1_1);
    }
  else
    {
      const char *title = pw_plan_get_title (self->plan);

      surface = cairo_pdf_surface_create_for_stream (append_bytes, out, self->width, self->height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                      *title ? title : _("Untitled plan"));
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Pathways");
    }
  cr = cairo_create (surface);
  pw_canvas_render (self, cr);
  status = cairo_status (cr);
  g_clear_pointer (&cr, cairo_destroy);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  return check_cairo (status, error);
}

/* ---- SVG text layer ------------------------------------------------------ */

/* cairo writes SVG text as glyph outlines. So that the titles can be found,
 * read aloud and copied, each card gets a group with its title as <title>
 * and its lines as invisible <text> exactly over the drawn ones. */
static void
add_text_lines (xmlNode     *group,
                PangoLayout *layout,
                double       x,
                double       y,
                double       size)
{
  const char *text = pango_layout_get_text (layout);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  g_autofree char *font_size = g_strdup_printf ("%g", size);

  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      g_autofree char *chunk = g_strndup (text + line->start_index, line->length);
      char bx[G_ASCII_DTOSTR_BUF_SIZE], by[G_ASCII_DTOSTR_BUF_SIZE];
      xmlNode *node;

      g_strstrip (chunk);
      if (*chunk == '\0')
        continue;
      g_ascii_formatd (bx, sizeof bx, "%.2f", x);
      g_ascii_formatd (by, sizeof by, "%.2f", y + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE);
      node = xmlNewTextChild (group, group->ns, BAD_CAST "text", BAD_CAST chunk);
      xmlNewProp (node, BAD_CAST "x", BAD_CAST bx);
      xmlNewProp (node, BAD_CAST "y", BAD_CAST by);
      xmlNewProp (node, BAD_CAST "font-family", BAD_CAST PW_CANVAS_FONT);
      xmlNewProp (node, BAD_CAST "font-size", BAD_CAST font_size);
      xmlNewProp (node, BAD_CAST "fill-opacity", BAD_CAST "0");
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
add_text_group (xmlNode     *root,
                const char  *class_name,
                PangoLayout *layout,
                double       x,
                double       y,
                double       size)
{
  xmlNode *group = xmlNewChild (root, root->ns, BAD_CAST "g", NULL);

  xmlNewProp (group, BAD_CAST "class", BAD_CAST class_name);
  xmlNewTextChild (group, root->ns, BAD_CAST "title", BAD_CAST pango_layout_get_text (layout));
  add_text_lines (group, layout, x, y, size);
}

static gboolean
add_svg_text_layer (PwCanvasLayout *self,
                    GByteArray     *svg,
                    GError        **error)
{
  g_autoptr(xmlDoc) doc = xmlReadMemory ((const char *) svg->data, (int) svg->len, NULL, "UTF-8",
                                         XML_PARSE_NONET | XML_PARSE_NOBLANKS);
  xmlChar *text = NULL;
  int len = 0;
  xmlNode *root;

  if (doc == NULL || (root = xmlDocGetRootElement (doc)) == NULL)
    return check_cairo (CAIRO_STATUS_WRITE_ERROR, error);

  add_text_group (root, "pw-plan-title", self->title, CR_MARGIN, CR_MARGIN, 28);
  for (guint kind = 0; kind < PW_N_CARD_KINDS; kind++)
    add_text_group (root, "pw-lane", self->lane_names[kind], self->lanes[kind].x + CR_LANE_PAD,
                    self->lanes[kind].y, 17);
  for (guint i = 0; i < self->cards->len; i++)
    {
      CrCard *card = g_ptr_array_index (self->cards, i);

      add_text_group (root, "pw-card", card->title, card->box.x + CR_CARD_PAD,
                      card->box.y + CR_STRIP_H + CR_CARD_PAD, PW_CANVAS_TITLE_PT);
    }
  xmlDocDumpFormatMemoryEnc (doc, &text, &len, "UTF-8", 0);
  g_byte_array_set_size (svg, 0);
  g_byte_array_append (svg, text, len);
  xmlFree (text);
  return TRUE;
}

/* ---- Public API ---------------------------------------------------------- */

gboolean
pw_canvas_layout_export (PwCanvasLayout *self,
                         const char     *path,
                         GError        **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  PwCanvasFormat format;
  gboolean ok;

  g_return_val_if_fail (PW_IS_CANVAS_LAYOUT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pw_canvas_format_from_path (path, &format, error))
    return FALSE;
  if (format == PW_CANVAS_FORMAT_PNG)
    ok = render_png (self, bytes, error);
  else
    ok = render_vector (self, format, bytes, error)
         && (format != PW_CANVAS_FORMAT_SVG || add_svg_text_layer (self, bytes, error));
  return ok && write_file (path, bytes, error);
}

gboolean
pw_canvas_export (PwPlan      *plan,
                  PwFramework *framework,
                  const char  *path,
                  GError     **error)
{
  g_autoptr(PwCanvasLayout) layout = NULL;

  g_return_val_if_fail (PW_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (PW_IS_FRAMEWORK (framework), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* Refuse an unknown format before laying anything out. */
  if (!pw_canvas_format_from_path (path, NULL, error))
    return FALSE;
  layout = pw_canvas_layout_new (plan, framework);
  return pw_canvas_layout_export (layout, path, error);
}

gboolean
pw_canvas_layout_export_paper (PwCanvasLayout     *self,
                               const char         *path,
                               double              paper_width,
                               double              paper_height,
                               PwCanvasPrintMode   mode,
                               double              min_text_pt,
                               PwCanvasPrintFlags *flags,
                               GError            **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autoptr(cairo_t) cr = NULL;
  double w = paper_width - 2 * PAPER_MARGIN, h = paper_height - 2 * PAPER_MARGIN;
  cairo_status_t status;
  guint n_pages;

  g_return_val_if_fail (PW_IS_CANVAS_LAYOUT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (w > 0 && h > 0, FALSE);

  n_pages = pw_canvas_print_paginate (self, w, h, mode, min_text_pt, flags);
  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, paper_width, paper_height);
  cr = cairo_create (surface);
  for (guint page = 0; page < n_pages; page++)
    {
      cairo_save (cr);
      cairo_translate (cr, PAPER_MARGIN, PAPER_MARGIN);
      pw_canvas_print_draw_page (self, cr, w, h, mode, page);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  g_clear_pointer (&cr, cairo_destroy);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  return check_cairo (status, error) && write_file (path, bytes, error);
}

/* ---- Command line -------------------------------------------------------- */

int
pw_canvas_render_cli (const char *plan_path,
                      const char *out_path,
                      FILE       *err)
{
  g_autoptr(PwFramework) framework = NULL;
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(PwLoadWarnings) warnings = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (plan_path != NULL, PW_CANVAS_CLI_USAGE);
  g_return_val_if_fail (out_path != NULL, PW_CANVAS_CLI_USAGE);
  g_return_val_if_fail (err != NULL, PW_CANVAS_CLI_USAGE);

  if (!pw_canvas_format_from_path (out_path, NULL, &error))
    {
      fprintf (err, "pathways: %s\n", error->message);
      return PW_CANVAS_CLI_USAGE;
    }
  framework = pw_plan_cli_load_framework (err);
  if (framework == NULL)
    return PW_CANVAS_CLI_FAILED;
  plan = pw_plan_cli_load (plan_path, &warnings, err);
  if (plan == NULL)
    return PW_CANVAS_CLI_FAILED;
  pw_plan_cli_print_warnings (plan_path, warnings, err);

  if (!pw_canvas_export (plan, framework, out_path, &error))
    {
      fprintf (err, "pathways: %s\n", error->message);
      return PW_CANVAS_CLI_FAILED;
    }
  return PW_CANVAS_CLI_OK;
}
