/* pw-evaluation-view.c — the Evaluation view: the plan's Part B Annex 1, edited in place
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One PwEvalOutcome block per outcome card, in lane order. After each
 * PwPlan::changed the blocks are reconciled with the lane: new cards get a
 * block, removed ones lose theirs, moved ones are reordered; nothing else is
 * rebuilt, so the field being typed into keeps its cursor and the scroll
 * position stays where it was.
 */
#define G_LOG_DOMAIN "pathways-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-evaluation.h"
#include "pw-evaluation-view-private.h"

struct _PwEvaluationView
{
  GtkWidget          parent_instance;

  PwPlan            *plan;
  PwFramework       *framework;
  gulong             changed_id;
  GHashTable        *blocks;          /* PwCard* → PwEvalOutcome* (borrowed) */
  gboolean           fold_new_blocks; /* while showing a large plan for the first time */

  GtkWidget         *toolbar;
  GtkRevealer       *status_revealer;
  GtkLabel          *status_label;
  GtkStack          *stack;
  GtkScrolledWindow *scroller;
  GtkBox            *outcomes_box;
};

G_DEFINE_FINAL_TYPE (PwEvaluationView, pw_evaluation_view, GTK_TYPE_WIDGET)

enum {
  SIGNAL_PICK_INDICATORS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- Reconciling the blocks with the outcome lane ----------------------- */

static void
remove_block (PwEvaluationView *self,
              GtkWidget        *block)
{
  g_hash_table_remove (self->blocks, pw_eval_outcome_get_card (PW_EVAL_OUTCOME (block)));
  gtk_box_remove (self->outcomes_box, block);
}

static void
remove_all_blocks (PwEvaluationView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->outcomes_box))) != NULL)
    remove_block (self, child);
}

static GtkWidget *
ensure_block (PwEvaluationView *self,
              PwCard           *card,
              GtkWidget        *prev)
{
  GtkWidget *block = g_hash_table_lookup (self->blocks, card);

  if (block == NULL)
    {
      /* In a large plan only the first outcome opens unfolded. */
      gboolean expanded = !self->fold_new_blocks || prev == NULL;

      block = pw_eval_outcome_new (self, self->plan, self->framework, card, expanded);
      g_hash_table_insert (self->blocks, card, block);
      gtk_box_insert_child_after (self->outcomes_box, block, prev);
    }
  else if (gtk_widget_get_prev_sibling (block) != prev)
    gtk_box_reorder_child_after (self->outcomes_box, block, prev);
  return block;
}

static void
sync_outcomes (PwEvaluationView *self)
{
  g_autoptr(GPtrArray) cards = NULL;
  GtkWidget *prev = NULL;
  GtkWidget *stale;

  if (self->plan == NULL)
    {
      remove_all_blocks (self);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  cards = pw_plan_get_lane_cards (self->plan, PW_CARD_KIND_OUTCOME);
  for (guint i = 0; i < cards->len; i++)
    {
      prev = ensure_block (self, g_ptr_array_index (cards, i), prev);
      pw_eval_outcome_set_number (PW_EVAL_OUTCOME (prev), i + 1, cards->len);
      pw_eval_outcome_update_summary (PW_EVAL_OUTCOME (prev));
    }
  /* Every block still shown sits after the last one placed: its card left the lane. */
  while ((stale = prev != NULL ? gtk_widget_get_next_sibling (prev)
                               : gtk_widget_get_first_child (GTK_WIDGET (self->outcomes_box))) != NULL)
    remove_block (self, stale);

  gtk_stack_set_visible_child_name (self->stack, cards->len > 0 ? "plan" : "empty");
}

/* ---- Actions ------------------------------------------------------------- */

static void
show_status (PwEvaluationView *self,
             const char       *text)
{
  gtk_label_set_text (self->status_label, text);
  gtk_revealer_set_reveal_child (self->status_revealer, TRUE);
}

static void
status_dismiss_clicked (PwEvaluationView *self)
{
  gtk_revealer_set_reveal_child (self->status_revealer, FALSE);
}

static void
prefill_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PwEvaluationView *self = PW_EVALUATION_VIEW (widget);
  g_autofree char *text = NULL;
  guint n;

  if (self->plan == NULL || self->framework == NULL)
    return;

  n = pw_evaluation_prefill (self->plan, self->framework);
  if (n == 0)
    text = g_strdup (_("Nothing to suggest: every field Pathways knows about already has text."));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Pathways suggested %u field, marked “Suggestion”. Check it "
                                         "with your partners, then accept or edit it. Undo removes it.",
                                         "Pathways suggested %u fields, marked “Suggestion”. Check each "
                                         "with your partners, then accept or edit it. Undo removes them all.",
                                         n), n);
  show_status (self, text);
}

static void
update_actions (PwEvaluationView *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "evaluation.prefill",
                                 self->plan != NULL && self->framework != NULL);
}

void
pw_evaluation_view_pick_indicators (PwEvaluationView *self,
                                    PwCard           *card)
{
  g_return_if_fail (PW_IS_EVALUATION_VIEW (self));
  g_return_if_fail (PW_IS_CARD (card));

  g_signal_emit (self, signals[SIGNAL_PICK_INDICATORS], 0, card);
}

/* ---- Public API ---------------------------------------------------------- */

GtkWidget *
pw_evaluation_view_new (void)
{
  return g_object_new (PW_TYPE_EVALUATION_VIEW, NULL);
}

/* Beyond this many indicators (ten fields each) a plan opens with its
 * outcomes folded but the first: some 1,200 fields take GTK seconds to lay
 * out, and an officer works on one outcome at a time anyway. */
#define PW_EVALUATION_VIEW_UNFOLDED_INDICATORS 12

static guint
count_indicators (PwPlan *plan)
{
  g_autoptr(GPtrArray) cards = pw_plan_get_lane_cards (plan, PW_CARD_KIND_OUTCOME);
  guint n = 0;

  for (guint i = 0; i < cards->len; i++)
    n += pw_card_get_n_indicators (g_ptr_array_index (cards, i));
  return n;
}

static void
plan_changed (PwPlan           *plan,
              PwEvaluationView *self)
{
  sync_outcomes (self);
}

void
pw_evaluation_view_set_plan (PwEvaluationView *self,
                             PwPlan           *plan,
                             PwFramework      *framework)
{
  g_return_if_fail (PW_IS_EVALUATION_VIEW (self));
  g_return_if_fail (plan == NULL || PW_IS_PLAN (plan));
  g_return_if_fail (plan == NULL || PW_IS_FRAMEWORK (framework));

  if (self->plan == plan && self->framework == framework)
    return;

  if (self->plan != NULL)
    g_clear_signal_handler (&self->changed_id, self->plan);
  remove_all_blocks (self);
  g_set_object (&self->plan, plan);
  g_set_object (&self->framework, framework);
  if (plan != NULL)
    self->changed_id = g_signal_connect (plan, "changed", G_CALLBACK (plan_changed), self);

  gtk_revealer_set_reveal_child (self->status_revealer, FALSE);
  self->fold_new_blocks = plan != NULL && count_indicators (plan) > PW_EVALUATION_VIEW_UNFOLDED_INDICATORS;
  sync_outcomes (self);
  self->fold_new_blocks = FALSE;
  update_actions (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

PwPlan *
pw_evaluation_view_get_plan (PwEvaluationView *self)
{
  g_return_val_if_fail (PW_IS_EVALUATION_VIEW (self), NULL);
  return self->plan;
}

guint
pw_evaluation_view_get_n_outcomes (PwEvaluationView *self)
{
  g_return_val_if_fail (PW_IS_EVALUATION_VIEW (self), 0);
  return g_hash_table_size (self->blocks);
}

GtkWidget *
pw_evaluation_view_get_editor (PwEvaluationView *self,
                               gpointer          target,
                               int               field_id)
{
  PwCard *card;
  GtkWidget *block;

  g_return_val_if_fail (PW_IS_EVALUATION_VIEW (self), NULL);
  g_return_val_if_fail (PW_IS_CARD (target) || PW_IS_INDICATOR_REF (target), NULL);

  card = PW_IS_CARD (target) ? target : pw_indicator_ref_get_card (target);
  block = card != NULL ? g_hash_table_lookup (self->blocks, card) : NULL;
  return block != NULL ? pw_eval_outcome_find_editor (PW_EVAL_OUTCOME (block), target, field_id) : NULL;
}

void
pw_evaluation_view_show_card (PwEvaluationView *self,
                              PwCard           *card)
{
  GtkWidget *block;

  g_return_if_fail (PW_IS_EVALUATION_VIEW (self));
  g_return_if_fail (PW_IS_CARD (card));

  block = g_hash_table_lookup (self->blocks, card);
  if (block != NULL)
    {
      pw_eval_outcome_set_expanded (PW_EVAL_OUTCOME (block), TRUE);
      gtk_widget_grab_focus (pw_eval_outcome_get_first_editor (PW_EVAL_OUTCOME (block)));
    }
}

/* ---- GObject ------------------------------------------------------------- */

static void
pw_evaluation_view_dispose (GObject *object)
{
  PwEvaluationView *self = PW_EVALUATION_VIEW (object);

  if (self->plan != NULL)
    g_clear_signal_handler (&self->changed_id, self->plan);
  if (self->blocks != NULL)
    g_hash_table_remove_all (self->blocks);
  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_EVALUATION_VIEW);
  g_clear_pointer (&self->blocks, g_hash_table_unref);
  g_clear_object (&self->plan);
  g_clear_object (&self->framework);

  G_OBJECT_CLASS (pw_evaluation_view_parent_class)->dispose (object);
}

static void
pw_evaluation_view_class_init (PwEvaluationViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_evaluation_view_dispose;

  /**
   * PwEvaluationView::pick-indicators:
   * @self: the view
   * @card: the outcome card that has no indicator
   *
   * The officer asked to attach an indicator to @card.
   */
  signals[SIGNAL_PICK_INDICATORS] =
    g_signal_new ("pick-indicators", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, PW_TYPE_CARD);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/pw-evaluation-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PwEvaluationView, toolbar);
  gtk_widget_class_bind_template_child (widget_class, PwEvaluationView, status_revealer);
  gtk_widget_class_bind_template_child (widget_class, PwEvaluationView, status_label);
  gtk_widget_class_bind_template_child (widget_class, PwEvaluationView, stack);
  gtk_widget_class_bind_template_child (widget_class, PwEvaluationView, scroller);
  gtk_widget_class_bind_template_child (widget_class, PwEvaluationView, outcomes_box);
  gtk_widget_class_bind_template_callback (widget_class, status_dismiss_clicked);

  gtk_widget_class_install_action (widget_class, "evaluation.prefill", NULL, prefill_activated);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pw-evaluation-view");
}

static void
pw_evaluation_view_init (PwEvaluationView *self)
{
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));
  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  self->blocks = g_hash_table_new (NULL, NULL);
  update_actions (self);
}
