/* pw-report.c — exporting the Annex 1 evaluation plan: paper sizes, formats, writing files
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pw-file-util.h"
#include "pw-report-pdf.h"
#include "pw-report.h"

G_DEFINE_QUARK (pw-report-error-quark, pw_report_error)

void
pw_paper_get_size (PwPaper  paper,
                   double  *width,
                   double  *height)
{
  /* ISO 216 in points (mm × 72 / 25.4), landscape. */
  double w = paper == PW_PAPER_A3 ? 420.0 : 297.0;
  double h = paper == PW_PAPER_A3 ? 297.0 : 210.0;

  if (width != NULL)
    *width = w * 72.0 / 25.4;
  if (height != NULL)
    *height = h * 72.0 / 25.4;
}

gboolean
pw_paper_from_string (const char *str,
                      PwPaper    *out_paper)
{
  g_return_val_if_fail (out_paper != NULL, FALSE);

  if (str != NULL && g_ascii_strcasecmp (str, "a4") == 0)
    *out_paper = PW_PAPER_A4;
  else if (str != NULL && g_ascii_strcasecmp (str, "a3") == 0)
    *out_paper = PW_PAPER_A3;
  else
    return FALSE;
  return TRUE;
}

const char *
pw_report_get_framework_line (void)
{
  return _("Indicators of Integration framework 2019, Home Office — Open Government Licence v3.0");
}

/* The framework's attribution sentence is data, but its wording is the
 * licence's own, so it is listed here for translators and translated when a
 * catalogue has it (the Welsh OGL wording exists). */
static const char *const known_attributions[] = {
  N_("Contains public sector information licensed under the Open Government Licence v3.0. © Crown copyright 2019."),
};

const char *
pw_report_get_attribution (PwFramework *framework)
{
  const char *attribution = pw_framework_get_attribution (framework);

  for (guint i = 0; i < G_N_ELEMENTS (known_attributions); i++)
    if (g_strcmp0 (attribution, known_attributions[i]) == 0)
      return _(known_attributions[i]);
  return attribution;
}

const char *
pw_report_get_document_title (void)
{
  return _("Evaluation planning — Part B, Annex 1");
}

char *
pw_report_dup_empty_mark (void)
{
  g_auto(GStrv) words = g_strsplit (_("— to complete"), " ", -1);

  return g_strjoinv ("\u00a0", words);
}

char *
pw_report_join_meta (const char * const *parts,
                     guint               n_parts)
{
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; i < n_parts; i++)
    if (parts[i] != NULL && *parts[i] != '\0')
      {
        if (line->len > 0)
          g_string_append (line, " · ");
        g_string_append (line, parts[i]);
      }
  return g_string_free (g_steal_pointer (&line), FALSE);
}

gboolean
pw_report_format_from_path (const char     *path,
                            PwReportFormat *out_format,
                            GError        **error)
{
  static const struct { const char *suffix; PwReportFormat format; } formats[] = {
    { ".pdf", PW_REPORT_FORMAT_PDF },
    { ".csv", PW_REPORT_FORMAT_CSV },
    { ".fodt", PW_REPORT_FORMAT_FODT },
  };
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (out_format != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_has_suffix (lower, formats[i].suffix))
      {
        *out_format = formats[i].format;
        return TRUE;
      }

  g_set_error (error, PW_REPORT_ERROR, PW_REPORT_ERROR_FORMAT,
               /* TRANSLATORS: %s is the file name the officer gave */
               _("Cannot tell which format to write for “%s”: the name must end in .pdf, .csv or .fodt."),
               path);
  return FALSE;
}

static void
set_write_error (GError     **error,
                 const char  *path,
                 GError      *cause)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, PW_REPORT_ERROR, PW_REPORT_ERROR_WRITE,
               /* TRANSLATORS: first %s is the file name, second the system's reason */
               _("Could not write “%s”: %s"), name, cause->message);
}

gboolean
pw_report_write_file (const char  *path,
                      GBytes      *bytes,
                      GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  file = g_file_new_for_path (path);
  data = g_bytes_get_data (bytes, &size);
  if (!pw_file_write_atomic (file, data, size, &local_error))
    {
      set_write_error (error, path, local_error);
      return FALSE;
    }
  return TRUE;
}

gboolean
pw_report_export_csv (PwEvaluation  *evaluation,
                      const char    *path,
                      GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (evaluation != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  bytes = pw_report_csv_to_bytes (evaluation);
  return pw_report_write_file (path, bytes, error);
}

gboolean
pw_report_export_fodt (PwEvaluation  *evaluation,
                       PwFramework   *framework,
                       const char    *path,
                       PwPaper        paper,
                       GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (evaluation != NULL, FALSE);
  g_return_val_if_fail (PW_IS_FRAMEWORK (framework), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  bytes = pw_report_fodt_to_bytes (evaluation, framework, paper);
  return pw_report_write_file (path, bytes, error);
}

gboolean
pw_report_export_evaluation (PwPlan       *plan,
                             PwFramework  *framework,
                             const char   *path,
                             PwPaper       paper,
                             GError      **error)
{
  g_autoptr(PwEvaluation) evaluation = NULL;
  PwReportFormat format;

  g_return_val_if_fail (PW_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (PW_IS_FRAMEWORK (framework), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!pw_report_format_from_path (path, &format, error))
    return FALSE;

  switch (format)
    {
    case PW_REPORT_FORMAT_PDF:
      return pw_report_export_pdf (plan, framework, path, paper, error);
    case PW_REPORT_FORMAT_CSV:
      evaluation = pw_evaluation_new (plan, framework);
      return pw_report_export_csv (evaluation, path, error);
    case PW_REPORT_FORMAT_FODT:
    default:
      evaluation = pw_evaluation_new (plan, framework);
      return pw_report_export_fodt (evaluation, framework, path, paper, error);
    }
}
