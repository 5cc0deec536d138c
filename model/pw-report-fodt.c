/* pw-report-fodt.c — the Annex 1 evaluation plan as flat OpenDocument Text (LibreOffice Writer)
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-report"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "pw-autocleanups.h"
#include "pw-report.h"

#define W(x) BAD_CAST (x)

static const struct { const char *prefix; const char *uri; } namespaces[] = {
  { "office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0" },
  { "style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0" },
  { "text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0" },
  { "table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0" },
  { "fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" },
  { "svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" },
  { "meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0" },
  { "dc", "http://purl.org/dc/elements/1.1/" },
};

typedef struct {
  xmlTextWriter *w;
  PwEvaluation  *ev;
  PwFramework   *framework;
  double         page_width;    /* cm */
  double         page_height;
  double         label_width;
  double         column_width;
  guint          per_table;
} Fodt;

static void
start (Fodt       *f,
       const char *name)
{
  xmlTextWriterStartElement (f->w, W (name));
}

static void
end (Fodt *f)
{
  xmlTextWriterEndElement (f->w);
}

static void
attr (Fodt       *f,
      const char *name,
      const char *value)
{
  xmlTextWriterWriteAttribute (f->w, W (name), W (value));
}

static void
attr_cm (Fodt       *f,
         const char *name,
         double      cm)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *value = g_strconcat (g_ascii_formatd (buf, sizeof buf, "%.3f", cm), "cm", NULL);

  attr (f, name, value);
}

/* Text with its line breaks as text:line-break (a text:p keeps no raw newlines). */
static void
write_text (Fodt       *f,
            const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        {
          start (f, "text:line-break");
          end (f);
        }
      xmlTextWriterWriteString (f->w, W (lines[i]));
    }
}

static void
write_span (Fodt       *f,
            const char *style,
            const char *text)
{
  start (f, "text:span");
  attr (f, "text:style-name", style);
  write_text (f, text);
  end (f);
}

static void
write_paragraph (Fodt       *f,
                 const char *style,
                 const char *text)
{
  start (f, "text:p");
  attr (f, "text:style-name", style);
  write_text (f, text);
  end (f);
}

/* ---- Styles ------------------------------------------------------------ */

static void
write_style (Fodt       *f,
             const char *name,
             const char *family,
             const char *props_element,
             const char * const *props)
{
  start (f, "style:style");
  attr (f, "style:name", name);
  attr (f, "style:family", family);
  if (g_str_equal (family, "paragraph"))
    attr (f, "style:parent-style-name", "Standard");
  start (f, props_element);
  for (guint i = 0; props[i] != NULL; i += 2)
    attr (f, props[i], props[i + 1]);
  end (f);
  end (f);
}

static void
write_common_styles (Fodt *f)
{
  start (f, "office:font-face-decls");
  start (f, "style:font-face");
  attr (f, "style:name", "Cantarell");
  attr (f, "svg:font-family", "Cantarell");
  end (f);
  end (f);

  start (f, "office:styles");
  start (f, "style:default-style");
  attr (f, "style:family", "paragraph");
  start (f, "style:text-properties");
  attr (f, "style:font-name", "Cantarell");
  attr (f, "fo:font-size", "9.5pt");
  attr (f, "fo:language", "en");
  attr (f, "fo:country", "GB");
  end (f);
  end (f);
  start (f, "style:style");
  attr (f, "style:name", "Standard");
  attr (f, "style:family", "paragraph");
  attr (f, "style:class", "text");
  end (f);
  write_style (f, "Title", "paragraph", "style:text-properties",
               (const char *[]) { "fo:font-size", "16pt", "fo:font-weight", "bold", NULL });
  write_style (f, "Footer", "paragraph", "style:text-properties",
               (const char *[]) { "fo:font-size", "7.5pt", "fo:color", "#4d545c", NULL });
  end (f);
}

static void
write_cell_style (Fodt       *f,
                  const char *name,
                  const char *background)
{
  start (f, "style:style");
  attr (f, "style:name", name);
  attr (f, "style:family", "table-cell");
  start (f, "style:table-cell-properties");
  attr (f, "fo:background-color", background);
  attr (f, "fo:padding", "0.15cm");
  attr (f, "fo:border", "0.5pt solid #9ea8b2");
  end (f);
  end (f);
}

static void
write_page_layout (Fodt *f)
{
  start (f, "style:page-layout");
  attr (f, "style:name", "AnnexPage");
  start (f, "style:page-layout-properties");
  attr_cm (f, "fo:page-width", f->page_width);
  attr_cm (f, "fo:page-height", f->page_height);
  attr (f, "style:print-orientation", "landscape");
  attr (f, "fo:margin-top", "1cm");
  attr (f, "fo:margin-bottom", "1cm");
  attr (f, "fo:margin-left", "1cm");
  attr (f, "fo:margin-right", "1cm");
  end (f);
  start (f, "style:footer-style");
  start (f, "style:header-footer-properties");
  attr (f, "fo:min-height", "0.5cm");
  attr (f, "fo:margin-top", "0.2cm");
  end (f);
  end (f);
  end (f);
}

static void
write_automatic_styles (Fodt *f)
{
  gboolean blank = pw_evaluation_is_blank (f->ev);

  start (f, "office:automatic-styles");
  write_page_layout (f);
  write_style (f, "Annex", "table", "style:table-properties",
               (const char *[]) { "table:align", "margins", "style:may-break-between-rows", "true", NULL });
  start (f, "style:style");
  attr (f, "style:name", "Annex.Label");
  attr (f, "style:family", "table-column");
  start (f, "style:table-column-properties");
  attr_cm (f, "style:column-width", f->label_width);
  end (f);
  end (f);
  start (f, "style:style");
  attr (f, "style:name", "Annex.Outcome");
  attr (f, "style:family", "table-column");
  start (f, "style:table-column-properties");
  attr_cm (f, "style:column-width", f->column_width);
  end (f);
  end (f);
  write_style (f, "Annex.Row", "table-row", "style:table-row-properties",
               (const char *[]) { "style:min-row-height", blank ? "3cm" : "0.8cm",
                                  "fo:keep-together", "auto", NULL });
  write_cell_style (f, "Annex.Head", "#e8ecf0");
  write_cell_style (f, "Annex.RowLabel", "#f3f5f7");
  write_cell_style (f, "Annex.Cell", "#ffffff");
  write_cell_style (f, "Annex.Empty", "#f6f6f6");
  write_style (f, "Item", "paragraph", "style:paragraph-properties",
               (const char *[]) { "fo:margin-top", "0.08cm", NULL });
  write_style (f, "ItemStart", "paragraph", "style:paragraph-properties",
               (const char *[]) { "fo:margin-top", "0.2cm", NULL });
  write_style (f, "PageBreak", "paragraph", "style:paragraph-properties",
               (const char *[]) { "fo:break-before", "page", NULL });
  write_style (f, "Strong", "text", "style:text-properties",
               (const char *[]) { "fo:font-weight", "bold", NULL });
  write_style (f, "Muted", "text", "style:text-properties",
               (const char *[]) { "fo:color", "#5f6670", "fo:font-style", "italic", NULL });
  write_style (f, "Small", "text", "style:text-properties",
               (const char *[]) { "fo:color", "#5f6670", "fo:font-size", "8pt", NULL });
  write_style (f, "Suggested", "text", "style:text-properties",
               (const char *[]) { "fo:color", "#7a5a00", "fo:font-weight", "bold", NULL });
  end (f);
}

/* "Page N of M" with live fields, from one translatable pattern. */
static void
write_footer (Fodt *f)
{
  /* TRANSLATORS: document footer; each %s becomes a page-number field, keep both */
  g_auto(GStrv) parts = g_strsplit (C_("fodt footer", "Page %s of %s"), "%s", 3);

  start (f, "office:master-styles");
  start (f, "style:master-page");
  attr (f, "style:name", "Standard");
  attr (f, "style:page-layout-name", "AnnexPage");
  start (f, "style:footer");
  start (f, "text:p");
  attr (f, "text:style-name", "Footer");
  xmlTextWriterWriteString (f->w, W (pw_report_get_framework_line ()));
  xmlTextWriterWriteString (f->w, W (" — "));
  for (guint i = 0; parts[i] != NULL; i++)
    {
      xmlTextWriterWriteString (f->w, W (parts[i]));
      if (i == 0 && parts[1] != NULL)
        {
          start (f, "text:page-number");
          attr (f, "text:select-page", "current");
          xmlTextWriterWriteString (f->w, W ("1"));
          end (f);
        }
      else if (i == 1 && parts[2] != NULL)
        {
          start (f, "text:page-count");
          xmlTextWriterWriteString (f->w, W ("1"));
          end (f);
        }
    }
  end (f);
  end (f);
  end (f);
  end (f);
}

/* ---- The table --------------------------------------------------------- */

static void
start_cell (Fodt       *f,
            const char *style)
{
  start (f, "table:table-cell");
  attr (f, "table:style-name", style);
  attr (f, "office:value-type", "string");
}

static void
write_item (Fodt             *f,
            const PwEvalItem *item,
            gboolean          number,
            gboolean          bold)
{
  start (f, "text:p");
  /* A little space between paragraphs, more where the next indicator starts. */
  attr (f, "text:style-name", number && item->indicator > 1 ? "ItemStart" : "Item");
  if (number)
    {
      g_autofree char *n = g_strdup_printf ("%u. ", item->indicator);

      write_span (f, "Strong", n);
    }
  if (item->suggested && *item->text != '\0')
    {
      write_span (f, "Suggested", C_("annex", "Suggested:"));
      xmlTextWriterWriteString (f->w, W (" "));
    }
  if (item->label != NULL)
    {
      write_span (f, "Strong", item->label);
      xmlTextWriterWriteString (f->w, W (" "));
    }
  if (*item->text == '\0')
    {
      g_autofree char *mark = pw_report_dup_empty_mark ();

      write_span (f, "Muted", mark);
    }
  else if (bold)
    write_span (f, "Strong", item->text);
  else
    write_text (f, item->text);
  end (f);
  if (item->detail != NULL)
    {
      start (f, "text:p");
      attr (f, "text:style-name", "Standard");
      write_span (f, "Small", item->detail);
      end (f);
    }
}

static void
write_cell (Fodt       *f,
            guint       outcome,
            PwAnnexRow  row)
{
  gboolean numbered = pw_evaluation_get_n_indicators (f->ev, outcome) > 1;
  guint n = pw_evaluation_get_n_items (f->ev, outcome, row);
  guint last = 0;

  if (pw_evaluation_is_blank (f->ev))
    {
      start_cell (f, "Annex.Cell");
      write_paragraph (f, "Standard", "");
      end (f);
      return;
    }
  if (pw_evaluation_cell_is_empty (f->ev, outcome, row))
    {
      g_autofree char *mark = pw_report_dup_empty_mark ();

      start_cell (f, "Annex.Empty");
      start (f, "text:p");
      attr (f, "text:style-name", "Standard");
      write_span (f, "Muted", mark);
      end (f);
      end (f);
      return;
    }

  start_cell (f, "Annex.Cell");
  for (guint i = 0; i < n; i++)
    {
      const PwEvalItem *item = pw_evaluation_get_item (f->ev, outcome, row, i);

      write_item (f, item, numbered && item->indicator != last, row == PW_ANNEX_ROW_OUTCOME);
      last = item->indicator;
    }
  end (f);
}

static void
write_row_label (Fodt       *f,
                 PwAnnexRow  row)
{
  const char *question = pw_annex_row_get_question (row);

  start_cell (f, "Annex.RowLabel");
  start (f, "text:p");
  attr (f, "text:style-name", "Standard");
  write_span (f, "Strong", pw_annex_row_get_title (row));
  end (f);
  if (question != NULL)
    {
      g_autofree char *bracketed = g_strdup_printf ("(%s)", question);

      start (f, "text:p");
      attr (f, "text:style-name", "Standard");
      write_span (f, "Small", bracketed);
      end (f);
    }
  end (f);
}

static void
write_heading_row (Fodt  *f,
                   guint  first,
                   guint  n)
{
  start (f, "table:table-header-rows");
  start (f, "table:table-row");
  start_cell (f, "Annex.Head");
  start (f, "text:p");
  attr (f, "text:style-name", "Standard");
  write_span (f, "Strong", _("Outcomes"));
  end (f);
  end (f);
  for (guint c = 0; c < n; c++)
    {
      g_autofree char *name = g_strdup_printf (_("Outcome %u"), first + c + 1);

      start_cell (f, "Annex.Head");
      start (f, "text:p");
      attr (f, "text:style-name", "Standard");
      write_span (f, "Strong", name);
      end (f);
      end (f);
    }
  end (f);
  end (f);
}

static void
write_table (Fodt  *f,
             guint  table,
             guint  first,
             guint  n)
{
  g_autofree char *name = g_strdup_printf ("Annex1_%u", table + 1);
  g_autofree char *repeat = g_strdup_printf ("%u", n);

  start (f, "table:table");
  attr (f, "table:name", name);
  attr (f, "table:style-name", "Annex");
  start (f, "table:table-column");
  attr (f, "table:style-name", "Annex.Label");
  end (f);
  start (f, "table:table-column");
  attr (f, "table:style-name", "Annex.Outcome");
  attr (f, "table:number-columns-repeated", repeat);
  end (f);

  write_heading_row (f, first, n);
  for (guint r = 0; r < PW_N_ANNEX_ROWS; r++)
    {
      start (f, "table:table-row");
      attr (f, "table:style-name", "Annex.Row");
      write_row_label (f, r);
      for (guint c = 0; c < n; c++)
        write_cell (f, first + c, r);
      end (f);
    }
  end (f);
}

static char *
dup_meta_line (PwEvaluation *ev)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, C_("report date", "%-d %B %Y"));
  const char *parts[] = { pw_evaluation_get_organisation (ev), pw_evaluation_get_area (ev), date };

  return pw_report_join_meta (parts, G_N_ELEMENTS (parts));
}

static void
write_body (Fodt *f)
{
  guint n_outcomes = pw_evaluation_get_n_outcomes (f->ev);
  guint n_tables = (n_outcomes + f->per_table - 1) / f->per_table;
  gboolean blank = pw_evaluation_is_blank (f->ev);
  const char *title = pw_evaluation_get_title (f->ev);

  start (f, "office:body");
  start (f, "office:text");
  write_paragraph (f, "Title", blank || *title == '\0' ? pw_report_get_document_title () : title);
  if (blank)
    write_paragraph (f, "Standard", _("Plan: ………………………………………    Organisation: ………………………………………    Date: ……………………"));
  else
    {
      g_autofree char *meta = dup_meta_line (f->ev);

      write_paragraph (f, "Standard", pw_report_get_document_title ());
      write_paragraph (f, "Standard", meta);
    }

  if (n_outcomes == 0)
    write_paragraph (f, "Standard",
                     _("This plan has no intermediate outcomes yet. Add outcome cards to the theory of change, "
                       "attach indicators to them, and their evaluation plan appears here."));
  for (guint t = 0; t < n_tables; t++)
    {
      guint first = t * f->per_table;

      if (t > 0)
        write_paragraph (f, "PageBreak", "");
      write_table (f, t, first, MIN (f->per_table, n_outcomes - first));
    }
  write_paragraph (f, "Footer", pw_report_get_attribution (f->framework));
  end (f);
  end (f);
}

static void
write_meta (Fodt *f)
{
  const char *title = pw_evaluation_get_title (f->ev);

  start (f, "office:meta");
  start (f, "dc:title");
  xmlTextWriterWriteString (f->w, W (*title != '\0' ? title : pw_report_get_document_title ()));
  end (f);
  start (f, "meta:generator");
  xmlTextWriterWriteString (f->w, W ("Pathways/" PACKAGE_VERSION));
  end (f);
  end (f);
}

/* Same rule as the PDF: the label column takes 19 %, outcome columns at least 6 cm. */
static void
compute_columns (Fodt    *f,
                 PwPaper  paper)
{
  double content, w, h;
  guint n_outcomes = pw_evaluation_get_n_outcomes (f->ev);

  pw_paper_get_size (paper, &w, &h);
  f->page_width = w / 72.0 * 2.54;
  f->page_height = h / 72.0 * 2.54;
  content = f->page_width - 2.0;
  f->label_width = CLAMP (content * 0.19, 4.2, 6.0);
  f->per_table = (guint) MAX (1.0, floor ((content - f->label_width) / 6.0));
  f->column_width = (content - f->label_width) / MAX (1u, MIN (f->per_table, n_outcomes));
}

/**
 * pw_report_fodt_to_bytes:
 * @evaluation: the table
 * @framework: the framework (attribution)
 * @paper: the page size
 *
 * Returns: (transfer full): a flat OpenDocument Text document
 */
GBytes *
pw_report_fodt_to_bytes (PwEvaluation *evaluation,
                         PwFramework  *framework,
                         PwPaper       paper)
{
  g_autoptr(xmlBuffer) buffer = xmlBufferCreate ();
  Fodt f = { .ev = evaluation, .framework = framework };

  g_return_val_if_fail (evaluation != NULL, NULL);
  g_return_val_if_fail (PW_IS_FRAMEWORK (framework), NULL);

  compute_columns (&f, paper);
  f.w = xmlNewTextWriterMemory (buffer, 0);
  xmlTextWriterStartDocument (f.w, NULL, "UTF-8", NULL);
  start (&f, "office:document");
  for (guint i = 0; i < G_N_ELEMENTS (namespaces); i++)
    {
      g_autofree char *name = g_strconcat ("xmlns:", namespaces[i].prefix, NULL);

      attr (&f, name, namespaces[i].uri);
    }
  attr (&f, "office:version", "1.3");
  attr (&f, "office:mimetype", "application/vnd.oasis.opendocument.text");

  write_meta (&f);
  write_common_styles (&f);
  write_automatic_styles (&f);
  write_footer (&f);
  write_body (&f);

  end (&f);
  xmlTextWriterEndDocument (f.w);
  xmlFreeTextWriter (f.w);   /* flushes into the buffer */
  return g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
}
