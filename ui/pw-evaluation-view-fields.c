/* pw-evaluation-view-fields.c — the Evaluation view's field editors: empty marks, suggestions, Accept
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text itself goes through pw_text_field_attach() (ui/pw-window-fields.h):
 * each keystroke is a model command, leaving the field seals the undo step,
 * and undo/redo write back without moving the cursor. This file adds the
 * Annex 1 states around it: "To complete" while empty, "Suggestion" with an
 * Accept button while a prefilled text waits for the officer.
 */
#define G_LOG_DOMAIN "pathways-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-evaluation.h"
#include "pw-evaluation-view-private.h"
#include "pw-window-fields.h"

typedef struct {
  GtkWidget      *box;          /* not owned: the struct lives on it */
  GtkWidget      *editor;
  GtkWidget      *placeholder;  /* text views only */
  GtkWidget      *bar;          /* the suggestion bar */
  GtkWidget      *bar_text;     /* integration outcome: the suggested text */
  PwPlan         *plan;
  PwFramework    *framework;    /* integration outcome only */
  GObject        *target;       /* PwIndicatorRef or PwCard */
  int             field;
  char           *suggestion;   /* integration outcome only */
} EvalField;

/* Short names for accessible names ("Sample for ‘…’"); the template's
 * questions go into the accessible descriptions. */
static const char * const short_names[PW_N_EVAL_FIELDS] = {
  N_("Data source and frequency"),
  N_("Information you already have"),
  N_("Additional information you need"),
  N_("Data collection methods"),
  N_("Sample"),
  N_("Responsibility"),
  N_("Data collection and analysis process"),
  N_("Timeline"),
  N_("Baseline"),
  N_("Repeat measure"),
};

#define A11Y_INDICATOR_CHARS 40

static void
eval_field_free (gpointer data)
{
  EvalField *f = data;

  g_clear_object (&f->plan);
  g_clear_object (&f->framework);
  g_clear_object (&f->target);
  g_free (f->suggestion);
  g_free (f);
}

static EvalField *
eval_field_get (GtkWidget *box)
{
  return g_object_get_data (G_OBJECT (box), "pw-eval-field-data");
}

gboolean
pw_eval_field_is_long (PwEvalField field)
{
  switch (field)
    {
    case PW_EVAL_FIELD_SAMPLE:
    case PW_EVAL_FIELD_RESPONSIBILITY:
    case PW_EVAL_FIELD_BASELINE:
      return FALSE;
    default:
      return TRUE;
    }
}

char *
pw_eval_field_dup_a11y_name (PwEvalField  field,
                             const char  *indicator_text)
{
  g_autofree char *start = NULL;

  g_return_val_if_fail ((guint) field < PW_N_EVAL_FIELDS, NULL);

  if (indicator_text == NULL || *indicator_text == '\0')
    return g_strdup (_(short_names[field]));
  if (g_utf8_strlen (indicator_text, -1) > A11Y_INDICATOR_CHARS)
    {
      g_autofree char *cut = g_utf8_substring (indicator_text, 0, A11Y_INDICATOR_CHARS - 1);
      start = g_strconcat (g_strchomp (cut), "…", NULL);
    }
  else
    start = g_strdup (indicator_text);
  /* TRANSLATORS: accessible name of an evaluation field: field, then the
   * start of the indicator's text, e.g. "Sample for ‘% confident to ask…’" */
  return g_strdup_printf (_("%s for ‘%s’"), _(short_names[field]), start);
}

/* ---- Shared parts ------------------------------------------------------ */

static void
set_class (GtkWidget  *widget,
           const char *css_class,
           gboolean    on)
{
  if (on)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

static GtkWidget *
editor_new (gboolean long_text)
{
  GtkWidget *editor;

  if (!long_text)
    {
      editor = gtk_entry_new ();
      gtk_entry_set_placeholder_text (GTK_ENTRY (editor), _("To complete"));
      gtk_widget_add_css_class (editor, "pw-eval-entry");
      return editor;
    }

  editor = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (editor), GTK_WRAP_WORD_CHAR);
  /* Tab moves on to the next field, as in a form. */
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (editor), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (editor), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (editor), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (editor), 10);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (editor), 10);
  gtk_widget_add_css_class (editor, "pw-eval-text");
  return editor;
}

/* Text views have no placeholder in GTK 4.8: a label laid over them. */
static GtkWidget *
wrap_with_placeholder (EvalField *f)
{
  GtkWidget *overlay = gtk_overlay_new ();

  gtk_overlay_set_child (GTK_OVERLAY (overlay), f->editor);
  f->placeholder = gtk_label_new (_("To complete"));
  gtk_widget_set_can_target (f->placeholder, FALSE);
  gtk_widget_set_halign (f->placeholder, GTK_ALIGN_START);
  gtk_widget_set_valign (f->placeholder, GTK_ALIGN_START);
  gtk_widget_add_css_class (f->placeholder, "pw-eval-placeholder");
  /* The editor itself announces the placeholder. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (f->placeholder),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (f->editor),
                                  GTK_ACCESSIBLE_PROPERTY_PLACEHOLDER, _("To complete"), -1);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), f->placeholder);
  return overlay;
}

static EvalField *
eval_field_build (GObject    *target,
                  int         field,
                  gboolean    long_text,
                  const char *sublabel)
{
  EvalField *f = g_new0 (EvalField, 1);

  f->target = g_object_ref (target);
  f->field = field;
  f->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_add_css_class (f->box, "pw-eval-field");
  g_object_set_data_full (G_OBJECT (f->box), "pw-eval-field-data", f, eval_field_free);

  if (sublabel != NULL)
    {
      GtkWidget *label = gtk_label_new (sublabel);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "pw-eval-sublabel");
      gtk_box_append (GTK_BOX (f->box), label);
    }

  f->editor = editor_new (long_text);
  g_object_set_data (G_OBJECT (f->editor), "pw-eval-target", target);
  g_object_set_data (G_OBJECT (f->editor), "pw-eval-field", GINT_TO_POINTER (field + 1));
  gtk_widget_set_hexpand (f->editor, TRUE);
  gtk_box_append (GTK_BOX (f->box), long_text ? wrap_with_placeholder (f) : f->editor);
  return f;
}

static GtkWidget *
suggestion_bar_new (EvalField   *f,
                    const char  *button_label,
                    const char  *button_a11y,
                    GCallback    clicked)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *tag = gtk_label_new (_("Suggestion"));
  GtkWidget *button = gtk_button_new_with_mnemonic (button_label);

  gtk_widget_add_css_class (bar, "pw-eval-suggestion-bar");
  gtk_widget_add_css_class (tag, "pw-eval-tag");
  gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (bar), tag);

  f->bar_text = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (f->bar_text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (f->bar_text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (f->bar_text), 0);
  gtk_widget_set_hexpand (f->bar_text, TRUE);
  gtk_widget_add_css_class (f->bar_text, "pw-eval-suggestion-text");
  gtk_box_append (GTK_BOX (bar), f->bar_text);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pw-eval-accept");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, button_a11y, -1);
  g_signal_connect_swapped (button, "clicked", clicked, f->box);
  gtk_box_append (GTK_BOX (bar), button);

  gtk_widget_set_visible (bar, FALSE);
  gtk_box_append (GTK_BOX (f->box), bar);
  return bar;
}

/* ---- Indicator fields ---------------------------------------------------- */

static void
eval_field_sync (EvalField *f)
{
  PwIndicatorRef *ref = PW_INDICATOR_REF (f->target);
  const char *text = pw_indicator_ref_get_eval (ref, f->field);
  gboolean empty = *text == '\0';
  gboolean suggested = !empty && pw_indicator_ref_is_suggested (ref, f->field);

  set_class (f->box, "pw-eval-empty", empty);
  set_class (f->box, "pw-eval-suggested", suggested);
  if (f->placeholder != NULL)
    gtk_widget_set_visible (f->placeholder, empty);
  gtk_widget_set_visible (f->bar, suggested);
}

static void
eval_field_notify (GObject    *object,
                   GParamSpec *pspec,
                   GtkWidget  *box)
{
  eval_field_sync (eval_field_get (box));
}

static void
accept_clicked (GtkWidget *box)
{
  EvalField *f = eval_field_get (box);

  if (pw_indicator_ref_get_card (PW_INDICATOR_REF (f->target)) == NULL)
    return;
  pw_plan_accept_suggestion (f->plan, PW_INDICATOR_REF (f->target), f->field);
  /* Accepting is a step of its own, not part of the typing around it. */
  pw_plan_seal_undo (f->plan);
  gtk_widget_grab_focus (f->editor);
}

static void
eval_setter (PwPlan     *plan,
             GObject    *object,
             int         field,
             const char *text)
{
  if (pw_indicator_ref_get_card (PW_INDICATOR_REF (object)) != NULL)
    pw_plan_set_eval_field (plan, PW_INDICATOR_REF (object), (PwEvalField) field, text);
}

GtkWidget *
pw_eval_field_new (PwPlan         *plan,
                   PwIndicatorRef *ref,
                   PwEvalField     field,
                   const char     *sublabel,
                   const char     *question)
{
  EvalField *f;
  g_autofree char *a11y = NULL;
  g_autofree char *accept_a11y = NULL;
  g_autofree char *signal = NULL;

  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);
  g_return_val_if_fail (PW_IS_INDICATOR_REF (ref), NULL);

  f = eval_field_build (G_OBJECT (ref), field, pw_eval_field_is_long (field), sublabel);
  f->plan = g_object_ref (plan);

  a11y = pw_eval_field_dup_a11y_name (field, pw_indicator_ref_get_text (ref));
  gtk_accessible_update_property (GTK_ACCESSIBLE (f->editor),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, a11y,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  question != NULL ? question : pw_eval_field_get_label (field),
                                  -1);
  if (GTK_IS_TEXT_VIEW (f->editor))
    gtk_accessible_update_property (GTK_ACCESSIBLE (f->editor),
                                    GTK_ACCESSIBLE_PROPERTY_MULTI_LINE, TRUE, -1);

  /* TRANSLATORS: accessible name of the Accept button under a suggested field */
  accept_a11y = g_strdup_printf (_("Accept the suggestion: %s"), a11y);
  f->bar = suggestion_bar_new (f, _("_Accept"), accept_a11y, G_CALLBACK (accept_clicked));
  gtk_label_set_text (GTK_LABEL (f->bar_text),
                      _("Prefilled from the framework’s data: check it, then accept or edit it."));
  gtk_widget_set_tooltip_text (gtk_widget_get_last_child (f->bar),
                               _("Keep this text as your own (editing it does too)"));

  pw_text_field_attach (f->editor, pw_eval_field_to_string (field), eval_setter, field);
  pw_text_field_set_target (f->editor, plan, G_OBJECT (ref));

  signal = g_strconcat ("notify::", pw_eval_field_to_string (field), NULL);
  g_signal_connect_object (ref, signal, G_CALLBACK (eval_field_notify), f->box, 0);
  g_signal_connect_object (ref, "notify::suggested", G_CALLBACK (eval_field_notify), f->box, 0);
  eval_field_sync (f);
  return f->box;
}

/* ---- The card's integration outcome ------------------------------------ */

static void
integration_sync (EvalField *f)
{
  PwCard *card = PW_CARD (f->target);
  gboolean empty = *pw_card_get_integration_outcome (card) == '\0';
  gboolean offer = empty && f->suggestion != NULL;

  set_class (f->box, "pw-eval-empty", empty);
  gtk_widget_set_visible (f->placeholder, empty);
  gtk_widget_set_visible (f->bar, offer);
  if (offer)
    gtk_label_set_text (GTK_LABEL (f->bar_text), f->suggestion);
}

static void
integration_notify (GObject    *object,
                    GParamSpec *pspec,
                    GtkWidget  *box)
{
  integration_sync (eval_field_get (box));
}

static void
use_suggestion_clicked (GtkWidget *box)
{
  EvalField *f = eval_field_get (box);

  if (f->suggestion == NULL)
    return;
  pw_plan_set_card_text (f->plan, PW_CARD (f->target), PW_CARD_FIELD_INTEGRATION_OUTCOME,
                         f->suggestion);
  pw_plan_seal_undo (f->plan);
  gtk_widget_grab_focus (f->editor);
}

void
pw_eval_integration_field_refresh (GtkWidget *field)
{
  EvalField *f = eval_field_get (field);

  g_return_if_fail (f != NULL && PW_IS_CARD (f->target));

  g_free (f->suggestion);
  f->suggestion = pw_evaluation_suggest_integration_outcome (PW_CARD (f->target), f->framework);
  integration_sync (f);
}

GtkWidget *
pw_eval_integration_field_new (PwPlan      *plan,
                               PwFramework *framework,
                               PwCard      *card)
{
  EvalField *f;

  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);
  g_return_val_if_fail (PW_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (PW_IS_CARD (card), NULL);

  f = eval_field_build (G_OBJECT (card), PW_CARD_FIELD_INTEGRATION_OUTCOME, TRUE, NULL);
  f->plan = g_object_ref (plan);
  f->framework = g_object_ref (framework);
  gtk_accessible_update_property (GTK_ACCESSIBLE (f->editor),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Theory of Change for Integration outcome"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("The framework domains this outcome contributes to"),
                                  GTK_ACCESSIBLE_PROPERTY_MULTI_LINE, TRUE,
                                  -1);
  f->bar = suggestion_bar_new (f, _("_Use this"),
                               _("Use the suggested integration outcome"),
                               G_CALLBACK (use_suggestion_clicked));
  gtk_widget_set_tooltip_text (gtk_widget_get_last_child (f->bar),
                               _("Write the domains of this outcome’s indicators here"));

  pw_text_field_attach (f->editor, "integration-outcome", pw_text_setter_card,
                        PW_CARD_FIELD_INTEGRATION_OUTCOME);
  pw_text_field_set_target (f->editor, plan, G_OBJECT (card));
  g_signal_connect_object (card, "notify::integration-outcome",
                           G_CALLBACK (integration_notify), f->box, 0);
  pw_eval_integration_field_refresh (f->box);
  return f->box;
}

/* ---- Lookups ----------------------------------------------------------- */

GtkWidget *
pw_eval_field_get_editor (GtkWidget *field)
{
  EvalField *f = eval_field_get (field);

  g_return_val_if_fail (f != NULL, NULL);
  return f->editor;
}

gboolean
pw_eval_field_matches (GtkWidget *field,
                       gpointer   target,
                       int        field_id)
{
  EvalField *f = eval_field_get (field);

  return f != NULL && (gpointer) f->target == target && f->field == field_id;
}
