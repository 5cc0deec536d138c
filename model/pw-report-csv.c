/* pw-report-csv.c — the Annex 1 evaluation plan as CSV: one row per outcome × indicator
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-report"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pw-report.h"

/* RFC 4180: quote a field holding a comma, quote or line break; double its quotes. */
static void
append_field (GString    *out,
              const char *text,
              gboolean    first)
{
  if (!first)
    g_string_append_c (out, ',');
  if (text == NULL)
    return;
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
end_record (GString *out)
{
  g_string_append (out, "\r\n");
}

static void
append_header (GString *out)
{
  append_field (out, _("Outcome number"), TRUE);
  append_field (out, pw_annex_row_get_title (PW_ANNEX_ROW_OUTCOME), FALSE);
  append_field (out, pw_annex_row_get_title (PW_ANNEX_ROW_INTEGRATION_OUTCOME), FALSE);
  append_field (out, _("Indicator"), FALSE);
  append_field (out, _("Domain and data availability"), FALSE);
  append_field (out, _("Framework indicator id"), FALSE);
  for (guint f = 0; f < PW_N_EVAL_FIELDS; f++)
    append_field (out, pw_eval_field_get_label (f), FALSE);
  append_field (out, _("Suggestions not yet accepted"), FALSE);
  end_record (out);
}

/* The item of @row that holds @field of indicator @number, or NULL. */
static const PwEvalItem *
find_item (PwEvaluation *ev,
           guint         outcome,
           PwAnnexRow    row,
           guint         number,
           int           field)
{
  guint n = pw_evaluation_get_n_items (ev, outcome, row);

  for (guint i = 0; i < n; i++)
    {
      const PwEvalItem *item = pw_evaluation_get_item (ev, outcome, row, i);

      if (item->indicator == number && item->field == field)
        return item;
    }
  return NULL;
}

static PwAnnexRow
row_of_field (PwEvalField field)
{
  switch (field)
    {
    case PW_EVAL_FIELD_DATA_SOURCE:
    case PW_EVAL_FIELD_QUESTIONS_HAVE:
    case PW_EVAL_FIELD_QUESTIONS_NEED:
      return PW_ANNEX_ROW_DATA_SOURCE;
    case PW_EVAL_FIELD_METHODS:
      return PW_ANNEX_ROW_METHODS;
    case PW_EVAL_FIELD_SAMPLE:
      return PW_ANNEX_ROW_SAMPLE;
    case PW_EVAL_FIELD_RESPONSIBILITY:
      return PW_ANNEX_ROW_RESPONSIBILITY;
    case PW_EVAL_FIELD_PROCESS:
      return PW_ANNEX_ROW_PROCESS;
    case PW_EVAL_FIELD_TIMELINE:
    case PW_EVAL_FIELD_BASELINE:
    case PW_EVAL_FIELD_FOLLOW_UP:
    default:
      return PW_ANNEX_ROW_TIMELINE;
    }
}

static const char *
bank_id_of (PwEvaluation *ev,
            guint         outcome,
            guint         number)
{
  PwCard *card = pw_evaluation_get_card (ev, outcome);
  g_autoptr(PwIndicatorRef) ref = NULL;
  const char *id;

  if (card == NULL || number == 0)
    return NULL;
  ref = g_list_model_get_item (pw_card_get_indicators (card), number - 1);
  if (ref == NULL)
    return NULL;
  /* The card keeps the ref alive; the string stays valid. */
  id = pw_indicator_ref_get_bank_id (ref);
  return id;
}

static void
append_record (GString      *out,
               PwEvaluation *ev,
               guint         outcome,
               guint         number)
{
  const PwEvalItem *integration = pw_evaluation_get_item (ev, outcome, PW_ANNEX_ROW_INTEGRATION_OUTCOME, 0);
  const PwEvalItem *indicator = number > 0 ? find_item (ev, outcome, PW_ANNEX_ROW_INDICATORS, number, -1) : NULL;
  g_autoptr(GPtrArray) suggested = g_ptr_array_new ();
  g_autofree char *outcome_number = g_strdup_printf ("%u", outcome + 1);
  g_autofree char *suggested_text = NULL;

  if (integration->suggested)
    g_ptr_array_add (suggested, (gpointer) pw_annex_row_get_title (PW_ANNEX_ROW_INTEGRATION_OUTCOME));

  append_field (out, outcome_number, TRUE);
  append_field (out, pw_evaluation_get_item (ev, outcome, PW_ANNEX_ROW_OUTCOME, 0)->text, FALSE);
  append_field (out, integration->text, FALSE);
  append_field (out, indicator != NULL ? indicator->text : NULL, FALSE);
  append_field (out, indicator != NULL ? indicator->detail : NULL, FALSE);
  append_field (out, bank_id_of (ev, outcome, number), FALSE);
  for (guint f = 0; f < PW_N_EVAL_FIELDS; f++)
    {
      const PwEvalItem *item = number > 0 ? find_item (ev, outcome, row_of_field (f), number, (int) f) : NULL;

      append_field (out, item != NULL ? item->text : NULL, FALSE);
      if (item != NULL && item->suggested)
        g_ptr_array_add (suggested, (gpointer) pw_eval_field_get_label (f));
    }
  g_ptr_array_add (suggested, NULL);
  /* TRANSLATORS: separates field names in the CSV's "Suggestions not yet accepted" column */
  suggested_text = g_strjoinv (_("; "), (char **) suggested->pdata);
  append_field (out, suggested_text, FALSE);
  end_record (out);
}

/**
 * pw_report_csv_to_bytes:
 * @evaluation: the table
 *
 * Returns: (transfer full): the CSV, UTF-8 with a byte-order mark
 */
GBytes *
pw_report_csv_to_bytes (PwEvaluation *evaluation)
{
  g_autoptr(GString) out = g_string_new ("\xEF\xBB\xBF");

  g_return_val_if_fail (evaluation != NULL, NULL);

  append_header (out);
  for (guint o = 0; o < pw_evaluation_get_n_outcomes (evaluation); o++)
    {
      guint n = pw_evaluation_get_n_indicators (evaluation, o);

      if (n == 0)
        append_record (out, evaluation, o, 0);
      for (guint i = 1; i <= n; i++)
        append_record (out, evaluation, o, i);
    }
  return g_string_free_to_bytes (g_steal_pointer (&out));
}
