/* pw-evaluation-view-outcome.c — one outcome's block of the Evaluation view (Annex 1 column)
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The block follows its card: the title on notify, the indicators on the
 * card's items-changed (only the indicators added or removed are built or
 * dropped), so editing never rebuilds the fields being typed into.
 */
#define G_LOG_DOMAIN "pathways-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-evaluation.h"
#include "pw-evaluation-view-private.h"
#include "pw-widget-util.h"

struct _PwEvalOutcome
{
  GtkWidget          parent_instance;

  PwEvaluationView  *view;               /* not owned: the view holds the block */
  PwPlan            *plan;
  PwFramework       *framework;
  PwCard            *card;
  GPtrArray         *indicator_blocks;   /* borrowed children of indicators_box, in order */
  gboolean           expanded;
  gboolean           built;              /* the indicator blocks exist (built when first shown) */

  GtkWidget         *number_label;
  GtkWidget         *title_label;
  GtkWidget         *summary_label;
  GtkWidget         *toggle;
  GtkWidget         *body;
  GtkWidget         *integration_field;
  GtkWidget         *indicators_heading;
  GtkWidget         *prompt;
  GtkWidget         *indicators_box;
};

G_DEFINE_FINAL_TYPE (PwEvalOutcome, pw_eval_outcome, GTK_TYPE_WIDGET)

static const char * const category_classes[PW_N_CATEGORIES] = {
  "pw-eval-cat-markers", "pw-eval-cat-connections", "pw-eval-cat-facilitators", "pw-eval-cat-foundation",
};

/* ---- Small builders ------------------------------------------------------ */

/* The left column's labels wrap at this width, so the fields get the rest. */
#define HEADING_CHARS 26

static GtkWidget *
heading_label_new (const char *text,
                   const char *css_class)
{
  GtkWidget *label = pw_wrapped_label_new (text, css_class);

  gtk_label_set_width_chars (GTK_LABEL (label), HEADING_CHARS);
  gtk_label_set_max_width_chars (GTK_LABEL (label), HEADING_CHARS);
  return label;
}

/* The left column: the template's row title, its question, and help. */
static GtkWidget *
row_heading_new (const char *title,
                 const char *question,
                 const char *help)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_widget_add_css_class (box, "pw-eval-row-heading");
  gtk_box_append (GTK_BOX (box), heading_label_new (title, "pw-eval-row-title"));
  if (question != NULL)
    gtk_box_append (GTK_BOX (box), heading_label_new (question, "pw-eval-row-question"));
  if (help != NULL)
    gtk_box_append (GTK_BOX (box), heading_label_new (help, "pw-eval-row-help"));
  return box;
}

static GtkWidget *
rows_grid_new (void)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_row_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 24);
  gtk_widget_add_css_class (grid, "pw-eval-rows");
  return grid;
}

static void
grid_add_row (GtkGrid   *grid,
              int        row,
              GtkWidget *heading,
              GtkWidget *fields)
{
  gtk_widget_set_hexpand (heading, FALSE);
  gtk_widget_set_valign (heading, GTK_ALIGN_START);
  gtk_widget_set_hexpand (fields, TRUE);
  gtk_grid_attach (grid, heading, 0, row, 1, 1);
  gtk_grid_attach (grid, fields, 1, row, 1, 1);
}

/* ---- An indicator's rows ------------------------------------------------- */

typedef struct {
  PwAnnexRow   row;
  PwEvalField  first;
  guint        n_fields;
} RowFields;

/* The Annex 1 rows that hold evaluation fields, and which fields they hold. */
static const RowFields indicator_rows[] = {
  { PW_ANNEX_ROW_DATA_SOURCE,    PW_EVAL_FIELD_DATA_SOURCE,    3 },
  { PW_ANNEX_ROW_METHODS,        PW_EVAL_FIELD_METHODS,        1 },
  { PW_ANNEX_ROW_SAMPLE,         PW_EVAL_FIELD_SAMPLE,         1 },
  { PW_ANNEX_ROW_RESPONSIBILITY, PW_EVAL_FIELD_RESPONSIBILITY, 1 },
  { PW_ANNEX_ROW_PROCESS,        PW_EVAL_FIELD_PROCESS,        1 },
  { PW_ANNEX_ROW_TIMELINE,       PW_EVAL_FIELD_TIMELINE,       3 },
};

static const char *
field_sublabel (PwEvalField field,
                guint       n_fields)
{
  /* A row with one field needs no second label; in the two rows with three,
   * each field says which part of the template's question it answers. */
  if (n_fields == 1)
    return NULL;
  switch (field)
    {
    case PW_EVAL_FIELD_TIMELINE:
      return C_("annex timeline", "By when");
    case PW_EVAL_FIELD_BASELINE:
      return C_("annex timeline", "Baseline: when, before the intervention starts");
    case PW_EVAL_FIELD_FOLLOW_UP:
      return C_("annex timeline", "Repeat measure: when, at least once after");
    default:
      return pw_eval_field_get_label (field);
    }
}

static GtkWidget *
indicator_row_fields_new (PwEvalOutcome    *self,
                          PwIndicatorRef   *ref,
                          const RowFields  *rf)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  const char *question = pw_annex_row_get_question (rf->row);

  for (guint i = 0; i < rf->n_fields; i++)
    {
      PwEvalField field = rf->first + i;

      gtk_box_append (GTK_BOX (box),
                      pw_eval_field_new (self->plan, ref, field,
                                         field_sublabel (field, rf->n_fields), question));
    }
  return box;
}

static GtkWidget *
indicator_header_new (PwEvalOutcome  *self,
                      GtkWidget      *block,
                      PwIndicatorRef *ref)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *number = pw_wrapped_label_new (NULL, "pw-eval-caption");
  GtkWidget *text = pw_wrapped_label_new (NULL, "pw-eval-indicator-text");
  g_autofree char *detail = NULL;
  int category;

  detail = pw_evaluation_dup_indicator_detail (ref, self->framework, &category);
  if (category >= 0 && category < PW_N_CATEGORIES)
    gtk_widget_add_css_class (block, category_classes[category]);
  g_object_bind_property (ref, "text", text, "label", G_BINDING_SYNC_CREATE);
  gtk_label_set_selectable (GTK_LABEL (text), FALSE);
  g_object_set_data (G_OBJECT (block), "pw-number-label", number);

  gtk_widget_add_css_class (header, "pw-eval-indicator-header");
  gtk_box_append (GTK_BOX (header), number);
  gtk_box_append (GTK_BOX (header), text);
  gtk_box_append (GTK_BOX (header), pw_wrapped_label_new (detail, "pw-eval-indicator-detail"));
  return header;
}

static GtkWidget *
indicator_block_new (PwEvalOutcome  *self,
                     PwIndicatorRef *ref)
{
  GtkWidget *block = gtk_box_new (GTK_ORIENTATION_VERTICAL, 14);
  GtkWidget *grid = rows_grid_new ();

  gtk_widget_add_css_class (block, "pw-eval-indicator");
  g_object_set_data_full (G_OBJECT (block), "pw-indicator", g_object_ref (ref), g_object_unref);
  gtk_box_append (GTK_BOX (block), indicator_header_new (self, block, ref));

  for (guint i = 0; i < G_N_ELEMENTS (indicator_rows); i++)
    {
      const RowFields *rf = &indicator_rows[i];
      const char *help = NULL;

      if (rf->row == PW_ANNEX_ROW_TIMELINE)
        help = _("Take a baseline before the intervention starts, then repeat the measure at "
                 "least once to see the change (framework, section 5.4).");
      grid_add_row (GTK_GRID (grid), i,
                    row_heading_new (pw_annex_row_get_title (rf->row),
                                     pw_annex_row_get_question (rf->row), help),
                    indicator_row_fields_new (self, ref, rf));
    }
  gtk_box_append (GTK_BOX (block), grid);
  return block;
}

/* ---- Following the card -------------------------------------------------- */

static void
renumber_indicators (PwEvalOutcome *self)
{
  guint n = pw_card_get_n_indicators (self->card);
  g_autofree char *heading = NULL;

  for (guint i = 0; i < self->indicator_blocks->len; i++)
    {
      GtkWidget *label = g_object_get_data (g_ptr_array_index (self->indicator_blocks, i),
                                            "pw-number-label");
      g_autofree char *text = g_strdup_printf (_("Indicator %u of %u"), i + 1, n);

      gtk_label_set_text (GTK_LABEL (label), text);
    }
  /* TRANSLATORS: the Annex 1 "Indicators" row heading with how many there are */
  heading = n > 0 ? g_strdup_printf (_("%s (%u)"), pw_annex_row_get_title (PW_ANNEX_ROW_INDICATORS), n)
                  : g_strdup (pw_annex_row_get_title (PW_ANNEX_ROW_INDICATORS));
  gtk_label_set_text (GTK_LABEL (self->indicators_heading), heading);
  gtk_widget_set_visible (self->prompt, n == 0);
  gtk_widget_set_visible (self->indicators_box, n > 0);
}

static void
indicators_changed (GListModel    *list,
                    guint          position,
                    guint          removed,
                    guint          added,
                    PwEvalOutcome *self)
{
  GtkWidget *prev;

  if (!self->built)
    {
      /* Nothing built yet: only the counts and the suggestion change. */
      renumber_indicators (self);
      pw_eval_integration_field_refresh (self->integration_field);
      return;
    }
  for (guint i = 0; i < removed; i++)
    {
      gtk_box_remove (GTK_BOX (self->indicators_box),
                      g_ptr_array_index (self->indicator_blocks, position));
      g_ptr_array_remove_index (self->indicator_blocks, position);
    }
  prev = position > 0 ? g_ptr_array_index (self->indicator_blocks, position - 1) : NULL;
  for (guint i = 0; i < added; i++)
    {
      g_autoptr(PwIndicatorRef) ref = g_list_model_get_item (list, position + i);
      GtkWidget *block = indicator_block_new (self, ref);

      gtk_box_insert_child_after (GTK_BOX (self->indicators_box), block, prev);
      g_ptr_array_insert (self->indicator_blocks, position + i, block);
      prev = block;
    }
  renumber_indicators (self);
  pw_eval_integration_field_refresh (self->integration_field);
}

static void
update_title (PwEvalOutcome *self)
{
  g_autofree char *title = pw_card_dup_display_title (self->card);

  gtk_label_set_text (GTK_LABEL (self->title_label), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
}

static void
pick_clicked (PwEvalOutcome *self)
{
  pw_evaluation_view_pick_indicators (self->view, self->card);
}

/* ---- Building ------------------------------------------------------------ */

static GtkWidget *
prompt_new (PwEvalOutcome *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 14);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Choose an Indicator…"));

  gtk_widget_add_css_class (box, "pw-eval-prompt");
  gtk_image_set_pixel_size (GTK_IMAGE (icon), 32);
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (box), icon);

  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), pw_wrapped_label_new (_("No indicator measures this outcome yet"),
                                              "pw-eval-prompt-title"));
  gtk_box_append (GTK_BOX (texts),
                  pw_wrapped_label_new (_("Attach at least one indicator from the framework’s bank (the "
                               "Indicators page of the sidebar); its evaluation fields appear here."),
                             NULL));
  gtk_box_append (GTK_BOX (box), texts);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_tooltip_text (button, _("Select this outcome and open the Indicators page"));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (pick_clicked), self);
  gtk_box_append (GTK_BOX (box), button);
  return box;
}

static void
toggle_clicked (PwEvalOutcome *self)
{
  pw_eval_outcome_set_expanded (self, !self->expanded);
}

static GtkWidget *
header_new (PwEvalOutcome *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 16);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_widget_add_css_class (header, "pw-eval-outcome-header");
  self->number_label = pw_wrapped_label_new (NULL, "pw-eval-caption");
  self->title_label = pw_wrapped_label_new (NULL, "pw-eval-outcome-title");
  self->summary_label = pw_wrapped_label_new (NULL, "pw-eval-summary");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), self->number_label);
  gtk_box_append (GTK_BOX (texts), self->title_label);
  gtk_box_append (GTK_BOX (texts), self->summary_label);
  gtk_box_append (GTK_BOX (header), texts);

  self->toggle = gtk_button_new ();
  gtk_widget_set_valign (self->toggle, GTK_ALIGN_START);
  gtk_widget_add_css_class (self->toggle, "pw-eval-toggle");
  g_signal_connect_swapped (self->toggle, "clicked", G_CALLBACK (toggle_clicked), self);
  gtk_box_append (GTK_BOX (header), self->toggle);
  return header;
}

static void
build (PwEvalOutcome *self)
{
  GtkWidget *grid = rows_grid_new ();
  GListModel *indicators = pw_card_get_indicators (self->card);

  gtk_widget_set_parent (header_new (self), GTK_WIDGET (self));
  self->body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 16);
  gtk_widget_set_parent (self->body, GTK_WIDGET (self));

  self->integration_field = pw_eval_integration_field_new (self->plan, self->framework, self->card);
  grid_add_row (GTK_GRID (grid), 0,
                row_heading_new (pw_annex_row_get_title (PW_ANNEX_ROW_INTEGRATION_OUTCOME),
                                 _("Which domains of the framework does this outcome contribute to?"),
                                 NULL),
                self->integration_field);
  gtk_box_append (GTK_BOX (self->body), grid);

  self->indicators_heading = pw_wrapped_label_new (NULL, "pw-eval-section");
  gtk_box_append (GTK_BOX (self->body), self->indicators_heading);
  self->prompt = prompt_new (self);
  gtk_box_append (GTK_BOX (self->body), self->prompt);
  self->indicators_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 20);
  gtk_box_append (GTK_BOX (self->body), self->indicators_box);

  update_title (self);
  g_signal_connect_object (self->card, "notify::title", G_CALLBACK (update_title), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (indicators, "items-changed", G_CALLBACK (indicators_changed), self, 0);
  indicators_changed (indicators, 0, 0, g_list_model_get_n_items (indicators), self);
}

/* Builds the indicator blocks the first time the body is shown: a large
 * plan opens with most outcomes folded, and folded ones cost nothing. */
static void
ensure_built (PwEvalOutcome *self)
{
  GListModel *indicators = pw_card_get_indicators (self->card);

  if (self->built)
    return;
  self->built = TRUE;
  indicators_changed (indicators, 0, 0, g_list_model_get_n_items (indicators), self);
}

static void
sync_expanded (PwEvalOutcome *self)
{
  gtk_widget_set_visible (self->body, self->expanded);
  gtk_button_set_label (GTK_BUTTON (self->toggle), self->expanded ? _("Fold") : _("Show Fields"));
  gtk_widget_set_tooltip_text (self->toggle, self->expanded ? _("Fold this outcome’s fields away")
                                                            : _("Show this outcome’s fields"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->expanded ? _("Fold the outcome") : _("Show the outcome’s fields"),
                                  -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->toggle), GTK_ACCESSIBLE_STATE_EXPANDED,
                               self->expanded, -1);
}

void
pw_eval_outcome_set_expanded (PwEvalOutcome *self,
                              gboolean       expanded)
{
  g_return_if_fail (PW_IS_EVAL_OUTCOME (self));

  self->expanded = !!expanded;
  if (self->expanded)
    ensure_built (self);
  sync_expanded (self);
}

gboolean
pw_eval_outcome_get_expanded (PwEvalOutcome *self)
{
  g_return_val_if_fail (PW_IS_EVAL_OUTCOME (self), FALSE);
  return self->expanded;
}

/* "4 of 30 fields written · 12 suggestions to check" */
void
pw_eval_outcome_update_summary (PwEvalOutcome *self)
{
  GListModel *indicators = pw_card_get_indicators (self->card);
  guint n = g_list_model_get_n_items (indicators);
  guint written = 0, suggested = 0;
  g_autofree char *fields = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (PW_IS_EVAL_OUTCOME (self));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwIndicatorRef) ref = g_list_model_get_item (indicators, i);

      for (PwEvalField field = 0; field < PW_N_EVAL_FIELDS; field++)
        if (pw_indicator_ref_is_suggested (ref, field))
          suggested++;
        else if (*pw_indicator_ref_get_eval (ref, field) != '\0')
          written++;
    }
  fields = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u field written", "%u of %u fields written",
                                         n * PW_N_EVAL_FIELDS), written, n * PW_N_EVAL_FIELDS);
  if (suggested > 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u suggestion to check",
                                         "%s · %u suggestions to check", suggested), fields, suggested);
  else
    text = g_steal_pointer (&fields);
  if (n == 0)
    {
      g_free (text);
      text = g_strdup (_("No indicator yet"));
    }
  if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (self->summary_label)), text) != 0)
    gtk_label_set_text (GTK_LABEL (self->summary_label), text);
}

GtkWidget *
pw_eval_outcome_new (PwEvaluationView *view,
                     PwPlan           *plan,
                     PwFramework      *framework,
                     PwCard           *card,
                     gboolean          expanded)
{
  PwEvalOutcome *self;

  g_return_val_if_fail (PW_IS_EVALUATION_VIEW (view), NULL);
  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);
  g_return_val_if_fail (PW_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (PW_IS_CARD (card), NULL);

  self = g_object_new (PW_TYPE_EVAL_OUTCOME, NULL);
  self->view = view;
  self->plan = g_object_ref (plan);
  self->framework = g_object_ref (framework);
  self->card = g_object_ref (card);
  build (self);
  pw_eval_outcome_set_expanded (self, expanded);
  pw_eval_outcome_update_summary (self);
  return GTK_WIDGET (self);
}

PwCard *
pw_eval_outcome_get_card (PwEvalOutcome *self)
{
  g_return_val_if_fail (PW_IS_EVAL_OUTCOME (self), NULL);
  return self->card;
}

void
pw_eval_outcome_set_number (PwEvalOutcome *self,
                            guint          number,
                            guint          n_outcomes)
{
  g_autofree char *text = NULL;

  g_return_if_fail (PW_IS_EVAL_OUTCOME (self));

  /* TRANSLATORS: above an outcome's title in the Evaluation view */
  text = g_strdup_printf (_("Outcome %u of %u · Your Theory of Change outcome"), number, n_outcomes);
  if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (self->number_label)), text) != 0)
    gtk_label_set_text (GTK_LABEL (self->number_label), text);
}

static GtkWidget *
find_field (GtkWidget *root,
            gpointer   target,
            int        field_id)
{
  if (pw_eval_field_matches (root, target, field_id))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_field (child, target, field_id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
pw_eval_outcome_find_editor (PwEvalOutcome *self,
                             gpointer       target,
                             int            field_id)
{
  GtkWidget *field;

  g_return_val_if_fail (PW_IS_EVAL_OUTCOME (self), NULL);

  field = find_field (GTK_WIDGET (self), target, field_id);
  return field != NULL ? pw_eval_field_get_editor (field) : NULL;
}

GtkWidget *
pw_eval_outcome_get_first_editor (PwEvalOutcome *self)
{
  g_return_val_if_fail (PW_IS_EVAL_OUTCOME (self), NULL);
  return pw_eval_field_get_editor (self->integration_field);
}

/* ---- GObject ------------------------------------------------------------- */

static void
pw_eval_outcome_dispose (GObject *object)
{
  PwEvalOutcome *self = PW_EVAL_OUTCOME (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->indicator_blocks, g_ptr_array_unref);
  g_clear_object (&self->card);
  g_clear_object (&self->framework);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (pw_eval_outcome_parent_class)->dispose (object);
}

static void
pw_eval_outcome_class_init (PwEvalOutcomeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_eval_outcome_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pw-eval-outcome");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pw_eval_outcome_init (PwEvalOutcome *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 16);
  self->indicator_blocks = g_ptr_array_new ();
}
