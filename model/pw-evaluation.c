/* pw-evaluation.c — the Part B Annex 1 evaluation-planning table, derived from a plan
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-evaluation"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pw-evaluation.h"

/* The row labels of the IOM guide's template (seed 004, "Annex 1:
 * Evaluation planning"), split into title and question so the PDF can set
 * them in two weights; pw_annex_row_dup_label() joins them again. */
static const char * const row_titles[PW_N_ANNEX_ROWS] = {
  N_("Your Theory of Change Outcome"),
  N_("Theory of Change for Integration Outcome"),
  N_("Indicators"),
  N_("Data source and frequency of data collection, questions"),
  N_("Data collection methods/related activities"),
  N_("Sample"),
  N_("Responsibility"),
  N_("Data collection and analysis process"),
  N_("Timeline"),
};

static const char * const row_questions[PW_N_ANNEX_ROWS] = {
  NULL,
  NULL,
  NULL,
  N_("What information do you already have? What additional information will you need?"),
  N_("What methods will you use to gather additional information?"),
  N_("How many individuals you will collect data from?"),
  N_("Who will collect this data?"),
  N_("Which activities of your programme will help to achieve a particular outcome"),
  N_("When this needs to be done by?"),
};

/**
 * pw_annex_row_get_title:
 * @row: a row of the table
 *
 * Returns: the translated title of the row, e.g. "Sample"
 */
const char *
pw_annex_row_get_title (PwAnnexRow row)
{
  g_return_val_if_fail ((guint) row < PW_N_ANNEX_ROWS, NULL);
  return _(row_titles[row]);
}

/**
 * pw_annex_row_get_question:
 * @row: a row of the table
 *
 * Returns: (nullable): the translated question of the template, or %NULL
 */
const char *
pw_annex_row_get_question (PwAnnexRow row)
{
  g_return_val_if_fail ((guint) row < PW_N_ANNEX_ROWS, NULL);
  return row_questions[row] != NULL ? _(row_questions[row]) : NULL;
}

/**
 * pw_annex_row_dup_label:
 * @row: a row of the table
 *
 * Returns: (transfer full): the template's full label, translated
 */
char *
pw_annex_row_dup_label (PwAnnexRow row)
{
  const char *question;

  g_return_val_if_fail ((guint) row < PW_N_ANNEX_ROWS, NULL);

  question = pw_annex_row_get_question (row);
  if (question == NULL)
    return g_strdup (pw_annex_row_get_title (row));
  /* TRANSLATORS: an Annex 1 row label: title, then the template's question in brackets */
  return g_strdup_printf (_("%s (%s)"), pw_annex_row_get_title (row), question);
}

/* ---- The table --------------------------------------------------------- */

typedef struct {
  PwCard  *card;                     /* owned; NULL when blank */
  char    *title;
  guint    n_indicators;
  GArray  *cells[PW_N_ANNEX_ROWS];   /* of PwEvalItem */
} Column;

struct _PwEvaluation
{
  gatomicrefcount  ref_count;
  gboolean         blank;
  char            *title;
  char            *organisation;
  char            *area;
  GPtrArray       *columns;          /* of Column* */
  GStringChunk    *strings;          /* every string an item points to */
};

G_DEFINE_BOXED_TYPE (PwEvaluation, pw_evaluation, pw_evaluation_ref, pw_evaluation_unref)

static void
column_free (gpointer data)
{
  Column *column = data;

  g_clear_object (&column->card);
  g_free (column->title);
  for (guint r = 0; r < PW_N_ANNEX_ROWS; r++)
    g_array_unref (column->cells[r]);
  g_free (column);
}

static Column *
column_new (void)
{
  Column *column = g_new0 (Column, 1);

  for (guint r = 0; r < PW_N_ANNEX_ROWS; r++)
    column->cells[r] = g_array_new (FALSE, TRUE, sizeof (PwEvalItem));
  return column;
}

static PwEvaluation *
evaluation_alloc (void)
{
  PwEvaluation *self = g_new0 (PwEvaluation, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->columns = g_ptr_array_new_with_free_func (column_free);
  self->strings = g_string_chunk_new (4096);
  return self;
}

static const char *
intern (PwEvaluation *self,
        const char   *text)
{
  return text != NULL ? g_string_chunk_insert_const (self->strings, text) : NULL;
}

static void
add_item (PwEvaluation *self,
          Column       *column,
          PwAnnexRow    row,
          guint         indicator,
          const char   *label,
          const char   *text,
          const char   *detail,
          int           category,
          int           field,
          gboolean      suggested)
{
  PwEvalItem item = {
    .indicator = indicator,
    .label = intern (self, label),
    .text = intern (self, text != NULL ? text : ""),
    .detail = intern (self, detail),
    .category = category,
    .field = field,
    .suggested = suggested,
  };

  g_array_append_val (column->cells[row], item);
}

static void
add_eval_item (PwEvaluation   *self,
               Column         *column,
               PwAnnexRow      row,
               guint           number,
               PwIndicatorRef *ref,
               PwEvalField     field,
               const char     *label)
{
  add_item (self, column, row, number, label,
            pw_indicator_ref_get_eval (ref, field), NULL, -1, (int) field,
            pw_indicator_ref_is_suggested (ref, field));
}

/**
 * pw_evaluation_dup_indicator_detail:
 * @ref: an indicator of a plan
 * @framework: the framework
 * @out_category: (out): the category of @ref's domain, -1 when unknown
 *
 * Returns: (transfer full): the domain name with " · own indicator" or with
 *   the bank indicator's data marks, translated
 */
char *
pw_evaluation_dup_indicator_detail (PwIndicatorRef *ref,
                                    PwFramework    *framework,
                                    int            *out_category)
{
  const PwDomain *domain;
  const char *domain_name;
  const PwIndicator *bank = NULL;
  g_autofree char *marks = NULL;

  g_return_val_if_fail (PW_IS_INDICATOR_REF (ref), NULL);
  g_return_val_if_fail (PW_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (out_category != NULL, NULL);

  domain = pw_framework_get_domain (framework, pw_indicator_ref_get_domain (ref));
  domain_name = domain != NULL ? domain->name : "";
  *out_category = domain != NULL ? (int) domain->category : -1;
  if (!pw_indicator_ref_is_custom (ref))
    bank = pw_framework_lookup_indicator (framework, pw_indicator_ref_get_bank_id (ref));
  if (bank == NULL)
    /* TRANSLATORS: under an indicator the officer wrote: its domain */
    return g_strdup_printf (_("%s · own indicator"), domain_name);

  marks = pw_indicator_get_marks_text (bank);
  /* TRANSLATORS: under a bank indicator: its domain and data marks, e.g. "Social bridges · ▲ ■" */
  return g_strdup_printf (_("%s · %s"), domain_name, marks);
}

static void
add_indicator_items (PwEvaluation   *self,
                     Column         *column,
                     PwFramework    *framework,
                     PwIndicatorRef *ref,
                     guint           number)
{
  g_autofree char *detail = NULL;
  int category;

  detail = pw_evaluation_dup_indicator_detail (ref, framework, &category);
  add_item (self, column, PW_ANNEX_ROW_INDICATORS, number, NULL,
            pw_indicator_ref_get_text (ref), detail, category, -1, FALSE);

  add_eval_item (self, column, PW_ANNEX_ROW_DATA_SOURCE, number, ref, PW_EVAL_FIELD_DATA_SOURCE, NULL);
  add_eval_item (self, column, PW_ANNEX_ROW_DATA_SOURCE, number, ref, PW_EVAL_FIELD_QUESTIONS_HAVE,
                 pw_eval_field_get_label (PW_EVAL_FIELD_QUESTIONS_HAVE));
  add_eval_item (self, column, PW_ANNEX_ROW_DATA_SOURCE, number, ref, PW_EVAL_FIELD_QUESTIONS_NEED,
                 pw_eval_field_get_label (PW_EVAL_FIELD_QUESTIONS_NEED));
  add_eval_item (self, column, PW_ANNEX_ROW_METHODS, number, ref, PW_EVAL_FIELD_METHODS, NULL);
  add_eval_item (self, column, PW_ANNEX_ROW_SAMPLE, number, ref, PW_EVAL_FIELD_SAMPLE, NULL);
  add_eval_item (self, column, PW_ANNEX_ROW_RESPONSIBILITY, number, ref, PW_EVAL_FIELD_RESPONSIBILITY, NULL);
  add_eval_item (self, column, PW_ANNEX_ROW_PROCESS, number, ref, PW_EVAL_FIELD_PROCESS, NULL);
  add_eval_item (self, column, PW_ANNEX_ROW_TIMELINE, number, ref, PW_EVAL_FIELD_TIMELINE, NULL);
  add_eval_item (self, column, PW_ANNEX_ROW_TIMELINE, number, ref, PW_EVAL_FIELD_BASELINE,
                 C_("annex timeline", "Baseline"));
  add_eval_item (self, column, PW_ANNEX_ROW_TIMELINE, number, ref, PW_EVAL_FIELD_FOLLOW_UP,
                 C_("annex timeline", "Repeat measure"));
}

static void
add_outcome_items (PwEvaluation *self,
                   Column       *column,
                   PwFramework  *framework)
{
  PwCard *card = column->card;
  const char *integration = pw_card_get_integration_outcome (card);
  const char *description = pw_card_get_description (card);

  add_item (self, column, PW_ANNEX_ROW_OUTCOME, 0, NULL, pw_card_get_title (card),
            *description != '\0' ? description : NULL, -1, -1, FALSE);

  if (*integration != '\0')
    add_item (self, column, PW_ANNEX_ROW_INTEGRATION_OUTCOME, 0, NULL, integration, NULL, -1, -1, FALSE);
  else
    {
      g_autofree char *suggestion = pw_evaluation_suggest_integration_outcome (card, framework);

      add_item (self, column, PW_ANNEX_ROW_INTEGRATION_OUTCOME, 0, NULL, suggestion, NULL, -1, -1,
                suggestion != NULL);
    }
}

static Column *
build_column (PwEvaluation *self,
              PwCard       *card,
              PwFramework  *framework)
{
  Column *column = column_new ();
  GListModel *indicators = pw_card_get_indicators (card);

  column->card = g_object_ref (card);
  column->title = pw_card_dup_display_title (card);
  column->n_indicators = g_list_model_get_n_items (indicators);

  add_outcome_items (self, column, framework);
  for (guint i = 0; i < column->n_indicators; i++)
    {
      g_autoptr(PwIndicatorRef) ref = g_list_model_get_item (indicators, i);

      add_indicator_items (self, column, framework, ref, i + 1);
    }

  /* Without indicators, each remaining row is one empty cell to complete. */
  for (guint r = PW_ANNEX_ROW_INDICATORS; r < PW_N_ANNEX_ROWS; r++)
    if (column->cells[r]->len == 0)
      add_item (self, column, r, 0, NULL, "", NULL, -1, -1, FALSE);
  return column;
}

/**
 * pw_evaluation_new:
 * @plan: a plan
 * @framework: the framework (domains, marks, comparators)
 *
 * Returns: (transfer full): the Annex 1 table of @plan as it is now
 */
PwEvaluation *
pw_evaluation_new (PwPlan      *plan,
                   PwFramework *framework)
{
  PwEvaluation *self;
  g_autoptr(GPtrArray) outcomes = NULL;

  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);
  g_return_val_if_fail (PW_IS_FRAMEWORK (framework), NULL);

  self = evaluation_alloc ();
  self->title = g_strdup (pw_plan_get_title (plan));
  self->organisation = g_strdup (pw_plan_get_organisation (plan));
  self->area = g_strdup (pw_plan_get_area (plan));

  outcomes = pw_plan_get_lane_cards (plan, PW_CARD_KIND_OUTCOME);
  for (guint i = 0; i < outcomes->len; i++)
    g_ptr_array_add (self->columns, build_column (self, g_ptr_array_index (outcomes, i), framework));
  return self;
}

/**
 * pw_evaluation_new_blank:
 * @n_outcomes: number of outcome columns (1 or more)
 *
 * Returns: (transfer full): an empty table, for the printed template
 */
PwEvaluation *
pw_evaluation_new_blank (guint n_outcomes)
{
  PwEvaluation *self;

  g_return_val_if_fail (n_outcomes > 0, NULL);

  self = evaluation_alloc ();
  self->blank = TRUE;
  self->title = g_strdup ("");
  self->organisation = g_strdup ("");
  self->area = g_strdup ("");
  for (guint i = 0; i < n_outcomes; i++)
    {
      Column *column = column_new ();

      column->title = g_strdup ("");
      for (guint r = 0; r < PW_N_ANNEX_ROWS; r++)
        add_item (self, column, r, 0, NULL, "", NULL, -1, -1, FALSE);
      g_ptr_array_add (self->columns, column);
    }
  return self;
}

PwEvaluation *
pw_evaluation_ref (PwEvaluation *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
pw_evaluation_unref (PwEvaluation *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_ptr_array_unref (self->columns);
  g_string_chunk_free (self->strings);
  g_free (self->title);
  g_free (self->organisation);
  g_free (self->area);
  g_free (self);
}

gboolean
pw_evaluation_is_blank (PwEvaluation *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->blank;
}

const char *
pw_evaluation_get_title (PwEvaluation *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

const char *
pw_evaluation_get_organisation (PwEvaluation *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->organisation;
}

const char *
pw_evaluation_get_area (PwEvaluation *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->area;
}

guint
pw_evaluation_get_n_outcomes (PwEvaluation *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->columns->len;
}

static Column *
get_column (PwEvaluation *self,
            guint         outcome)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (outcome < self->columns->len, NULL);
  return g_ptr_array_index (self->columns, outcome);
}

PwCard *
pw_evaluation_get_card (PwEvaluation *self,
                        guint         outcome)
{
  Column *column = get_column (self, outcome);

  return column != NULL ? column->card : NULL;
}

guint
pw_evaluation_get_n_indicators (PwEvaluation *self,
                                guint         outcome)
{
  Column *column = get_column (self, outcome);

  return column != NULL ? column->n_indicators : 0;
}

const char *
pw_evaluation_get_outcome_title (PwEvaluation *self,
                                 guint         outcome)
{
  Column *column = get_column (self, outcome);

  return column != NULL ? column->title : NULL;
}

guint
pw_evaluation_get_n_items (PwEvaluation *self,
                           guint         outcome,
                           PwAnnexRow    row)
{
  Column *column = get_column (self, outcome);

  g_return_val_if_fail ((guint) row < PW_N_ANNEX_ROWS, 0);
  return column != NULL ? column->cells[row]->len : 0;
}

const PwEvalItem *
pw_evaluation_get_item (PwEvaluation *self,
                        guint         outcome,
                        PwAnnexRow    row,
                        guint         index)
{
  Column *column = get_column (self, outcome);

  g_return_val_if_fail ((guint) row < PW_N_ANNEX_ROWS, NULL);
  g_return_val_if_fail (column != NULL && index < column->cells[row]->len, NULL);
  return &g_array_index (column->cells[row], PwEvalItem, index);
}

gboolean
pw_evaluation_cell_is_empty (PwEvaluation *self,
                             guint         outcome,
                             PwAnnexRow    row)
{
  guint n = pw_evaluation_get_n_items (self, outcome, row);

  for (guint i = 0; i < n; i++)
    if (*pw_evaluation_get_item (self, outcome, row, i)->text != '\0')
      return FALSE;
  return TRUE;
}

char *
pw_evaluation_dup_cell_text (PwEvaluation *self,
                             guint         outcome,
                             PwAnnexRow    row)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = pw_evaluation_get_n_items (self, outcome, row);
  gboolean numbered = pw_evaluation_get_n_indicators (self, outcome) > 1;
  guint last_number = 0;

  for (guint i = 0; i < n; i++)
    {
      const PwEvalItem *item = pw_evaluation_get_item (self, outcome, row, i);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (numbered && item->indicator != last_number)
        g_string_append_printf (text, "%u. ", item->indicator);
      last_number = item->indicator;
      if (item->label != NULL)
        g_string_append_printf (text, "%s: ", item->label);
      g_string_append (text, item->text);
      if (item->detail != NULL)
        g_string_append_printf (text, "\n%s", item->detail);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* ---- Suggestions ------------------------------------------------------- */

char *
pw_evaluation_suggest_integration_outcome (PwCard      *card,
                                           PwFramework *framework)
{
  GListModel *indicators;
  guint16 domains = 0;
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (PW_IS_CARD (card), NULL);
  g_return_val_if_fail (PW_IS_FRAMEWORK (framework), NULL);

  indicators = pw_card_get_indicators (card);
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PwIndicatorRef) ref = g_list_model_get_item (indicators, i);
      guint domain = pw_indicator_ref_get_domain (ref);

      if (domain >= 1 && domain <= PW_N_DOMAINS)
        domains |= PW_CARD_DOMAIN_BIT (domain);
    }

  for (guint d = 1; d <= PW_N_DOMAINS; d++)
    if (domains & PW_CARD_DOMAIN_BIT (d))
      {
        const PwDomain *domain = pw_framework_get_domain (framework, d);

        if (text->len > 0)
          /* TRANSLATORS: separates domain names in a suggested integration outcome */
          g_string_append (text, _("; "));
        g_string_append (text, domain->name);
      }
  if (text->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* "Survey response to: How well…" → "How well…": the MHCLG note prefixes its questions. */
static const char *
comparator_question (const PwComparator *comparator)
{
  static const char prefix[] = "Survey response to:";
  const char *question = comparator->question;

  if (question == NULL || strchr (question, '?') == NULL)
    return NULL;
  if (g_str_has_prefix (question, prefix))
    question += strlen (prefix);
  while (g_ascii_isspace (*question))
    question++;
  return question;
}

static void
append_comparator (GString            *text,
                   const PwComparator *comparator)
{
  const char *question = comparator_question (comparator);

  /* TRANSLATORS: a comparable national or London measure: the publication — the measure */
  g_string_append_printf (text, _("%s — %s"), comparator->set_name, comparator->measure);
  g_string_append_c (text, '\n');
  /* TRANSLATORS: where the comparable figures come from, as the publication says it */
  g_string_append_printf (text, _("Data: %s"), comparator->data_source);
  if (comparator->disaggregation != NULL)
    {
      g_string_append_c (text, '\n');
      /* TRANSLATORS: the levels (national, local authority…) at which the figures exist */
      g_string_append_printf (text, _("Comparison available for: %s"), comparator->disaggregation);
    }
  if (question != NULL)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("To compare, ask participants the same question: “%s”"), question);
      if (comparator->response_scale != NULL)
        g_string_append_printf (text, _(" — answers: %s"), comparator->response_scale);
    }
  else if (comparator->question_note != NULL)
    {
      g_string_append_c (text, '\n');
      g_string_append (text, comparator->question_note);
    }
}

static const char *
mark_advice (PwMarks mark)
{
  switch (mark)
    {
    case PW_MARK_OFFICIAL:
      return _("■ Official statistics (published administrative data) exist: use them for a local "
               "comparison; check the area they cover and their publication delay.");
    case PW_MARK_SURVEY:
      return _("▲ National survey data exist: ask the survey’s own question so that you can compare.");
    case PW_MARK_OTHER:
      return _("★ Other data sources or tested survey questions exist for this indicator.");
    case PW_MARK_NONE:
    default:
      return _("□ No public data located: plan your own collection (e.g. a short participant survey "
               "at baseline and follow-up).");
    }
}

static char *
suggest_data_source (PwIndicatorRef *ref,
                     PwFramework    *framework)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const PwIndicator *bank = NULL;

  if (!pw_indicator_ref_is_custom (ref))
    bank = pw_framework_lookup_indicator (framework, pw_indicator_ref_get_bank_id (ref));

  /* The framework's own data marks first, then each comparable measure,
   * then the frequency: paragraphs apart, for reading on paper. */
  if (bank == NULL)
    g_string_append (text, _("Your own indicator: plan your own collection (e.g. a short participant "
                             "survey at baseline and follow-up)."));
  else
    {
      g_autoptr(GPtrArray) comparators = pw_framework_get_indicator_comparators (framework, bank->id);

      for (guint m = 0; m < G_N_ELEMENTS (bank->mark_order) && bank->mark_order[m] != 0; m++)
        {
          if (m > 0)
            g_string_append_c (text, '\n');
          g_string_append (text, mark_advice (bank->mark_order[m]));
        }
      for (guint i = 0; i < comparators->len; i++)
        {
          g_string_append (text, "\n\n");
          append_comparator (text, g_ptr_array_index (comparators, i));
        }
    }
  g_string_append (text, "\n\n");
  g_string_append (text, _("Frequency: a baseline before the intervention starts, then at least one "
                           "repeat (framework 2019, section 5.4)."));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
pw_evaluation_suggest_field (PwIndicatorRef *ref,
                             PwFramework    *framework,
                             PwEvalField     field)
{
  g_return_val_if_fail (PW_IS_INDICATOR_REF (ref), NULL);
  g_return_val_if_fail (PW_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail ((guint) field < PW_N_EVAL_FIELDS, NULL);

  switch (field)
    {
    case PW_EVAL_FIELD_DATA_SOURCE:
      return suggest_data_source (ref, framework);
    case PW_EVAL_FIELD_TIMELINE:
      return g_strdup (_("Take baseline data before the intervention starts and repeat the measure at "
                         "least once, to see progress over time (framework 2019, section 5.4). "
                         "Add the dates agreed with partners."));
    case PW_EVAL_FIELD_BASELINE:
      return g_strdup (_("Before the intervention starts"));
    case PW_EVAL_FIELD_FOLLOW_UP:
      return g_strdup (_("At least once after the intervention has started (e.g. at its end), with "
                         "the same questions, in the same context"));
    case PW_EVAL_FIELD_QUESTIONS_HAVE:
    case PW_EVAL_FIELD_QUESTIONS_NEED:
    case PW_EVAL_FIELD_METHODS:
    case PW_EVAL_FIELD_SAMPLE:
    case PW_EVAL_FIELD_RESPONSIBILITY:
    case PW_EVAL_FIELD_PROCESS:
    default:
      return NULL;
    }
}

typedef struct {
  PwIndicatorRef *ref;   /* owned */
  PwEvalField     field;
  char           *text;
} Suggestion;

static void
suggestion_free (gpointer data)
{
  Suggestion *suggestion = data;

  g_object_unref (suggestion->ref);
  g_free (suggestion->text);
  g_free (suggestion);
}

static void
collect_suggestions (GPtrArray      *found,
                     PwIndicatorRef *ref,
                     PwFramework    *framework)
{
  for (guint f = 0; f < PW_N_EVAL_FIELDS; f++)
    {
      Suggestion *suggestion;
      char *text;

      if (*pw_indicator_ref_get_eval (ref, f) != '\0')
        continue;
      text = pw_evaluation_suggest_field (ref, framework, f);
      if (text == NULL)
        continue;
      suggestion = g_new0 (Suggestion, 1);
      suggestion->ref = g_object_ref (ref);
      suggestion->field = f;
      suggestion->text = text;
      g_ptr_array_add (found, suggestion);
    }
}

guint
pw_evaluation_prefill (PwPlan      *plan,
                       PwFramework *framework)
{
  g_autoptr(GPtrArray) outcomes = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (suggestion_free);

  g_return_val_if_fail (PW_IS_PLAN (plan), 0);
  g_return_val_if_fail (PW_IS_FRAMEWORK (framework), 0);

  /* Collect first, so that nothing to suggest records no undo step at all. */
  outcomes = pw_plan_get_lane_cards (plan, PW_CARD_KIND_OUTCOME);
  for (guint c = 0; c < outcomes->len; c++)
    {
      GListModel *indicators = pw_card_get_indicators (g_ptr_array_index (outcomes, c));

      for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
        {
          g_autoptr(PwIndicatorRef) ref = g_list_model_get_item (indicators, i);

          collect_suggestions (found, ref, framework);
        }
    }
  if (found->len == 0)
    return 0;

  pw_plan_begin_group (plan, _("Suggest evaluation plan"));
  for (guint i = 0; i < found->len; i++)
    {
      Suggestion *suggestion = g_ptr_array_index (found, i);

      pw_plan_suggest_eval_field (plan, suggestion->ref, suggestion->field, suggestion->text);
    }
  pw_plan_end_group (plan);
  return found->len;
}
