/* pw-guide.c — "Plan backwards": the guide's frame, wording, steps and navigation
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-guide-private.h"

enum {
  PROP_0,
  PROP_FRAMEWORK,
  PROP_PLAN,
  PROP_STEP,
  N_PROPS
};

enum {
  SIGNAL_FIND_INDICATOR,
  SIGNAL_DONE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PwGuide, pw_guide, GTK_TYPE_WIDGET)
G_DEFINE_QUARK (pw-guide-step, pw_guide_step)

/* The wording follows the IOM guide's Exercise 2, "Planning backwards from
 * change", and its theory-of-change diagram. */

const PwGuideStepText pw_guide_step_texts[PW_GUIDE_N_STEPS] = {
  [PW_GUIDE_STEP_GOAL] = {
    N_("Goal"),
    N_("What long-term change do you want?"),
    N_("Start at the end. The goal is the long-term difference your work will make: the change that results from the outcomes."),
    N_("The _goal"), N_("The long-term change, in one sentence"),
    NULL, NULL, NULL, NULL,
    N_("Add the goal"), N_("Your goal"), N_("Add a goal"),
  },
  [PW_GUIDE_STEP_OUTCOMES] = {
    N_("Outcomes"),
    N_("What short-term changes in behaviour will produce it?"),
    N_("Intermediate outcomes: what people will do differently, soon, that leads to the goal. Add each one, then find an indicator in the framework’s bank to measure it."),
    N_("An _outcome"), N_("What people will do differently"),
    NULL, NULL,
    N_("It leads _to the goal"),
    N_("There is no goal yet, so this outcome will not be linked. Go back a step to add the goal."),
    N_("Add the outcome"), N_("Your outcomes"), N_("Add an outcome"),
  },
  [PW_GUIDE_STEP_OUTPUTS] = {
    N_("Outputs"),
    N_("What will you produce that can be counted?"),
    N_("Outputs: the products or services your activities produce — usually things you can count, such as sessions held, people reached or volunteers trained."),
    N_("An _output"), N_("Something you can count"),
    NULL, NULL,
    N_("It leads _to the outcome"),
    N_("There is no outcome yet, so this output will not be linked. Go back a step to add one."),
    N_("Add the output"), N_("Your outputs"), N_("Add an output"),
  },
  [PW_GUIDE_STEP_ACTIVITIES] = {
    N_("Activities"),
    N_("What will you do, and with which resources?"),
    N_("Activities and inputs: what you do as part of the programme, and what it takes — funds, staff, equipment, curriculum, materials."),
    N_("An _activity"), N_("What you will do"),
    N_("The _resources it needs (optional)"), N_("Staff, volunteers, rooms, funds…"),
    N_("It _produces the output"),
    N_("There is no output yet, so this activity will not be linked. Go back a step to add one."),
    N_("Add the activity"), N_("Your activities"), N_("Add an activity"),
  },
  [PW_GUIDE_STEP_BARRIERS] = {
    N_("Barriers"),
    N_("What stands in the way today, and what is the evidence?"),
    N_("Barriers: the current situation your activities will act upon. Say what shows that it is a problem — figures, consultation, reports."),
    N_("A _barrier"), N_("What stands in the way"),
    N_("The _evidence of the problem"), N_("What shows it: figures, consultation, reports"),
    N_("The activity that _acts on it"),
    N_("There is no activity yet, so this barrier will not be linked. Go back a step to add one."),
    N_("Add the barrier"), N_("Your barriers"), N_("Add a barrier"),
  },
  [PW_GUIDE_STEP_LINKS] = {
    N_("Links"),
    N_("Why does this lead to that?"),
    N_("Every arrow rests on assumptions. For each one, say why the first should lead to the second, and what evidence you have that it does."),
  },
  [PW_GUIDE_STEP_PEOPLE] = {
    N_("People"),
    N_("Who has a stake, on every side?"),
    N_("Integration is multi-directional and a shared responsibility: name the newcomers, the receiving communities and the institutions involved."),
  },
  [PW_GUIDE_STEP_SUMMARY] = {
    N_("Check"),
    N_("Your plan, worked backwards"),
    N_("What the plan has, and what it still needs. Go back to any step, or finish and carry on with the canvas."),
  },
};

/* Helpers shared with pw-guide-pages.c */

PwCardKind
pw_guide_step_kind (PwGuideStep step)
{
  switch (step)
    {
    case PW_GUIDE_STEP_GOAL: return PW_CARD_KIND_GOAL;
    case PW_GUIDE_STEP_OUTCOMES: return PW_CARD_KIND_OUTCOME;
    case PW_GUIDE_STEP_OUTPUTS: return PW_CARD_KIND_OUTPUT;
    case PW_GUIDE_STEP_ACTIVITIES: return PW_CARD_KIND_ACTIVITY;
    case PW_GUIDE_STEP_BARRIERS: return PW_CARD_KIND_BARRIER;
    case PW_GUIDE_STEP_LINKS:
    case PW_GUIDE_STEP_PEOPLE:
    case PW_GUIDE_STEP_SUMMARY:
    default:
      return PW_N_CARD_KINDS;
    }
}

static gboolean
is_card_step (PwGuideStep step)
{
  return pw_guide_step_kind (step) < PW_N_CARD_KINDS;
}

void
pw_guide_clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_LIST_BOX (box))
        gtk_list_box_remove (GTK_LIST_BOX (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}

GtkWidget *
pw_guide_remove_button_new (const char *title,
                            GCallback   callback,
                            gpointer    object,
                            PwGuide    *self)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("list-remove-symbolic");
  /* Translators: accessible name of the button that removes an answer */
  g_autofree char *a11y = g_strdup_printf (_("Remove “%s”"), title);

  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "pw-guide-remove");
  gtk_widget_set_tooltip_text (button, a11y);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
  g_object_set_data_full (G_OBJECT (button), "pw-object", g_object_ref (object), g_object_unref);
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

/* Where the plan stands */

static gboolean
lane_is_empty (PwPlan     *plan,
               PwCardKind  kind)
{
  g_autoptr(GPtrArray) cards = pw_plan_get_lane_cards (plan, kind);

  return cards->len == 0;
}

static gboolean
links_lack_assumptions (PwPlan *plan)
{
  GListModel *links = pw_plan_get_links (plan);
  guint n = g_list_model_get_n_items (links);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwLink) link = g_list_model_get_item (links, i);

      if (*pw_link_get_assumption (link) == '\0')
        return TRUE;
    }
  return FALSE;
}

/**
 * pw_guide_step_for_plan:
 * @plan: a plan
 *
 * Returns: the first step the plan still lacks, from the goal backwards
 */
PwGuideStep
pw_guide_step_for_plan (PwPlan *plan)
{
  g_return_val_if_fail (PW_IS_PLAN (plan), PW_GUIDE_STEP_GOAL);

  for (PwGuideStep step = PW_GUIDE_STEP_GOAL; step <= PW_GUIDE_STEP_BARRIERS; step++)
    if (lane_is_empty (plan, pw_guide_step_kind (step)))
      return step;
  if (links_lack_assumptions (plan))
    return PW_GUIDE_STEP_LINKS;
  if (g_list_model_get_n_items (pw_plan_get_stakeholders (plan)) == 0)
    return PW_GUIDE_STEP_PEOPLE;
  return PW_GUIDE_STEP_SUMMARY;
}

static gboolean
step_has_answers (PwGuide     *self,
                  PwGuideStep  step)
{
  if (is_card_step (step))
    return !lane_is_empty (self->plan, pw_guide_step_kind (step));
  if (step == PW_GUIDE_STEP_LINKS)
    return g_list_model_get_n_items (pw_plan_get_links (self->plan)) > 0 && !links_lack_assumptions (self->plan);
  if (step == PW_GUIDE_STEP_PEOPLE)
    return g_list_model_get_n_items (pw_plan_get_stakeholders (self->plan)) > 0;
  return FALSE;
}


static void
answer_activated (PwGuide *self)
{
  pw_guide_add_answer (self);
}

static void
answer_text_changed (PwGuide *self)
{
  g_autofree char *clean = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->answer_entry))));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guide.add", *clean != '\0' && self->plan != NULL);
}

void
pw_guide_emit_find_indicator (PwGuide *self,
                              PwCard  *card)
{
  g_signal_emit (self, signals[SIGNAL_FIND_INDICATOR], 0, card);
}

/* Steps */

static void
refresh_progress (PwGuide *self)
{
  for (PwGuideStep step = 0; step < PW_GUIDE_N_STEPS; step++)
    {
      GtkWidget *button = self->progress_buttons[step];

      if (step == self->step)
        gtk_widget_add_css_class (button, "current");
      else
        gtk_widget_remove_css_class (button, "current");
      if (self->plan != NULL && step_has_answers (self, step))
        gtk_widget_add_css_class (button, "done");
      else
        gtk_widget_remove_css_class (button, "done");
    }
}

static void
refresh_page (PwGuide *self)
{
  self->stale = FALSE;
  refresh_progress (self);
  if (self->plan == NULL)
    return;
  if (is_card_step (self->step))
    pw_guide_refresh_card_step (self);
  else if (self->step == PW_GUIDE_STEP_LINKS)
    pw_guide_refresh_links (self);
  else if (self->step == PW_GUIDE_STEP_PEOPLE)
    pw_guide_refresh_people (self);
  else
    pw_guide_refresh_summary (self);
}


static const char *
page_name (PwGuideStep step)
{
  if (is_card_step (step))
    return "cards";
  if (step == PW_GUIDE_STEP_LINKS)
    return "links";
  if (step == PW_GUIDE_STEP_PEOPLE)
    return "people";
  return "summary";
}

static void
show_step (PwGuide *self)
{
  const PwGuideStepText *text = &pw_guide_step_texts[self->step];
  /* Translators: above the question, e.g. "Step 2 of 8 · Outcomes" */
  g_autofree char *step = g_strdup_printf (_("Step %u of %u · %s"), self->step + 1, PW_GUIDE_N_STEPS, _(text->name));

  gtk_label_set_text (self->step_label, step);
  gtk_label_set_text (self->question_label, _(text->question));
  gtk_label_set_text (self->hint_label, _(text->hint));
  if (is_card_step (self->step))
    pw_guide_show_card_step (self);
  gtk_stack_set_visible_child_name (self->body_stack, page_name (self->step));
  gtk_button_set_label (self->next_button, self->step == PW_GUIDE_STEP_SUMMARY ? _("_Finish") : _("_Next"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->next_button),
                               self->step == PW_GUIDE_STEP_SUMMARY ? _("Close the guide and carry on with the canvas")
                                                                   : _("The next question (Alt+N)"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guide.back", self->step > PW_GUIDE_STEP_GOAL);
  answer_text_changed (self);
  refresh_page (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
focus_step (PwGuide *self)
{
  if (is_card_step (self->step))
    gtk_widget_grab_focus (GTK_WIDGET (self->answer_entry));
  else if (self->step == PW_GUIDE_STEP_LINKS)
    pw_guide_focus_links (self);
  else if (self->step == PW_GUIDE_STEP_PEOPLE)
    pw_guide_focus_people (self);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->next_button));
}

/**
 * pw_guide_set_step:
 * @self: a guide
 * @step: the step to show
 *
 * Shows @step and remembers it for the plan.
 */
void
pw_guide_set_step (PwGuide     *self,
                   PwGuideStep  step)
{
  g_return_if_fail (PW_IS_GUIDE (self));
  g_return_if_fail (step < PW_GUIDE_N_STEPS);

  if (self->plan != NULL)
    g_object_set_qdata (G_OBJECT (self->plan), pw_guide_step_quark (), GUINT_TO_POINTER (step + 1));
  if (self->step == step)
    return;
  self->step = step;
  show_step (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
}

PwGuideStep
pw_guide_get_step (PwGuide *self)
{
  g_return_val_if_fail (PW_IS_GUIDE (self), PW_GUIDE_STEP_GOAL);
  return self->step;
}

/* Actions */

static void
action_add (GtkWidget  *widget,
            const char *name,
            GVariant   *param)
{
  pw_guide_add_answer (PW_GUIDE (widget));
}

static void
go_to (PwGuide     *self,
       PwGuideStep  step)
{
  if (self->plan != NULL)
    pw_plan_seal_undo (self->plan);
  pw_guide_set_step (self, step);
  focus_step (self);
}

static void
action_next (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  PwGuide *self = PW_GUIDE (widget);

  if (self->step == PW_GUIDE_STEP_SUMMARY)
    {
      if (self->plan != NULL)
        pw_plan_seal_undo (self->plan);
      g_signal_emit (self, signals[SIGNAL_DONE], 0);
      return;
    }
  go_to (self, self->step + 1);
}

static void
action_back (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  PwGuide *self = PW_GUIDE (widget);

  if (self->step > PW_GUIDE_STEP_GOAL)
    go_to (self, self->step - 1);
}

static void
action_goto (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  guint step = g_variant_get_uint32 (param);

  if (step < PW_GUIDE_N_STEPS)
    go_to (PW_GUIDE (widget), step);
}

static void
action_close (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  PwGuide *self = PW_GUIDE (widget);

  if (self->plan != NULL)
    pw_plan_seal_undo (self->plan);
  g_signal_emit (self, signals[SIGNAL_DONE], 0);
}

/* The plan */

static void
plan_changed (PwPlan  *plan,
              PwGuide *self)
{
  /* Hidden in the sidebar while the officer works on the canvas: catch up
   * when shown, not at every keystroke. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  refresh_page (self);
}

static void
pw_guide_map (GtkWidget *widget)
{
  PwGuide *self = PW_GUIDE (widget);

  GTK_WIDGET_CLASS (pw_guide_parent_class)->map (widget);
  if (self->stale)
    {
      self->stale = FALSE;
      refresh_page (self);
    }
}

/**
 * pw_guide_set_plan:
 * @self: a guide
 * @plan: (nullable): the plan to build
 *
 * Shows the step remembered for @plan, or the first step it still lacks.
 */
void
pw_guide_set_plan (PwGuide *self,
                   PwPlan  *plan)
{
  guint remembered;

  g_return_if_fail (PW_IS_GUIDE (self));
  g_return_if_fail (plan == NULL || PW_IS_PLAN (plan));

  if (self->plan == plan)
    return;
  if (self->plan != NULL)
    g_clear_signal_handler (&self->plan_changed_id, self->plan);
  g_set_object (&self->plan, plan);
  memset (self->last_added, 0, sizeof self->last_added);
  g_clear_pointer (&self->targets, g_ptr_array_unref);
  pw_guide_clear_box (GTK_WIDGET (self->links_list));
  if (plan != NULL)
    {
      self->plan_changed_id = g_signal_connect (plan, "changed", G_CALLBACK (plan_changed), self);
      remembered = GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (plan), pw_guide_step_quark ()));
      self->step = remembered > 0 ? remembered - 1 : pw_guide_step_for_plan (plan);
    }
  gtk_widget_set_sensitive (self->main_box, plan != NULL);
  show_step (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
}

PwPlan *
pw_guide_get_plan (PwGuide *self)
{
  g_return_val_if_fail (PW_IS_GUIDE (self), NULL);
  return self->plan;
}

/* The object */

static void
build_progress (PwGuide *self)
{
  for (PwGuideStep step = 0; step < PW_GUIDE_N_STEPS; step++)
    {
      GtkWidget *button = gtk_button_new ();
      /* Translators: the step buttons at the top of the guide, e.g. "Step 3: Outputs" */
      g_autofree char *name = g_strdup_printf (_("Step %u: %s"), step + 1, _(pw_guide_step_texts[step].name));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "guide.goto");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", step);
      gtk_widget_set_tooltip_text (button, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_widget_add_css_class (button, "pw-guide-dot");
      gtk_widget_add_css_class (button, step <= PW_GUIDE_STEP_BARRIERS
                                        ? pw_card_kind_to_string (pw_guide_step_kind (step)) : "other");
      self->progress_buttons[step] = button;
      gtk_box_append (self->progress_box, button);
    }
}

static void
pw_guide_constructed (GObject *object)
{
  PwGuide *self = PW_GUIDE (object);
  G_OBJECT_CLASS (pw_guide_parent_class)->constructed (object);

  pw_guide_setup_targets (self);
  build_progress (self);
  pw_guide_build_people_page (self);
  gtk_widget_set_sensitive (self->main_box, FALSE);
  show_step (self);
}

static void
pw_guide_dispose (GObject *object)
{
  PwGuide *self = PW_GUIDE (object);

  if (self->plan != NULL)
    g_clear_signal_handler (&self->plan_changed_id, self->plan);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->targets, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_GUIDE);
  G_OBJECT_CLASS (pw_guide_parent_class)->dispose (object);
}

static void
pw_guide_finalize (GObject *object)
{
  PwGuide *self = PW_GUIDE (object);

  g_clear_object (&self->framework);
  G_OBJECT_CLASS (pw_guide_parent_class)->finalize (object);
}

static void
pw_guide_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  PwGuide *self = PW_GUIDE (object);

  switch (prop_id)
    {
    case PROP_FRAMEWORK:
      g_value_set_object (value, self->framework);
      break;
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_STEP:
      g_value_set_uint (value, self->step);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_guide_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  PwGuide *self = PW_GUIDE (object);

  switch (prop_id)
    {
    case PROP_FRAMEWORK:
      self->framework = g_value_dup_object (value);
      break;
    case PROP_PLAN:
      pw_guide_set_plan (self, g_value_get_object (value));
      break;
    case PROP_STEP:
      pw_guide_set_step (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_properties_and_signals (GObjectClass *object_class)
{
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  /** PwGuide:framework: the framework (construct-only) */
  properties[PROP_FRAMEWORK] = g_param_spec_object ("framework", NULL, NULL, PW_TYPE_FRAMEWORK,
                                                    G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /** PwGuide:plan: the plan the answers go into */
  properties[PROP_PLAN] = g_param_spec_object ("plan", NULL, NULL, PW_TYPE_PLAN, flags);
  /** PwGuide:step: the step shown, a #PwGuideStep */
  properties[PROP_STEP] = g_param_spec_uint ("step", NULL, NULL, 0, PW_GUIDE_N_STEPS - 1, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /** PwGuide::find-indicator: the officer wants an indicator for this outcome */
  signals[SIGNAL_FIND_INDICATOR] = g_signal_new ("find-indicator", G_TYPE_FROM_CLASS (object_class),
                                                 G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                 G_TYPE_NONE, 1, PW_TYPE_CARD);
  /** PwGuide::done: the officer closed or finished the guide */
  signals[SIGNAL_DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (object_class),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pw_guide_class_init (PwGuideClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pw_guide_constructed;
  object_class->dispose = pw_guide_dispose;
  object_class->finalize = pw_guide_finalize;
  object_class->get_property = pw_guide_get_property;
  object_class->set_property = pw_guide_set_property;
  widget_class->map = pw_guide_map;
  install_properties_and_signals (object_class);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pw-guide.ui");
  gtk_widget_class_bind_template_child (widget_class, PwGuide, main_box);
  gtk_widget_class_bind_template_child (widget_class, PwGuide, progress_box);
  gtk_widget_class_bind_template_child (widget_class, PwGuide, step_label);
  gtk_widget_class_bind_template_child (widget_class, PwGuide, question_label);
  gtk_widget_class_bind_template_child (widget_class, PwGuide, hint_label);
  gtk_widget_class_bind_template_child (widget_class, PwGuide, scroller);
  gtk_widget_class_bind_template_child (widget_class, PwGuide, body_stack);
  gtk_widget_class_bind_template_child (widget_class, PwGuide, answer_label);
  gtk_widget_class_bind_template_child (widget_class, PwGuide, answer_entry);
  gtk_widget_class_bind_template_child (widget_class, PwGuide, detail_label);
  gtk_widget_class_bind_template_child (widget_class, PwGuide, detail_entry);
  gtk_widget_class_bind_template_child (widget_class, PwGuide, target_label);
  gtk_widget_class_bind_template_child (widget_class, PwGuide, target_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PwGuide, target_missing);
  gtk_widget_class_bind_template_child (widget_class, PwGuide, add_button);
  gtk_widget_class_bind_template_child (widget_class, PwGuide, answers_heading);
  gtk_widget_class_bind_template_child (widget_class, PwGuide, answers_list);
  gtk_widget_class_bind_template_child (widget_class, PwGuide, links_empty);
  gtk_widget_class_bind_template_child (widget_class, PwGuide, links_list);
  gtk_widget_class_bind_template_child (widget_class, PwGuide, people_box);
  gtk_widget_class_bind_template_child (widget_class, PwGuide, summary_box);
  gtk_widget_class_bind_template_child (widget_class, PwGuide, back_button);
  gtk_widget_class_bind_template_child (widget_class, PwGuide, next_button);
  gtk_widget_class_bind_template_callback (widget_class, answer_activated);
  gtk_widget_class_bind_template_callback (widget_class, answer_text_changed);

  gtk_widget_class_install_action (widget_class, "guide.add", NULL, action_add);
  gtk_widget_class_install_action (widget_class, "guide.next", NULL, action_next);
  gtk_widget_class_install_action (widget_class, "guide.back", NULL, action_back);
  gtk_widget_class_install_action (widget_class, "guide.goto", "u", action_goto);
  gtk_widget_class_install_action (widget_class, "guide.close", NULL, action_close);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pwguide");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pw_guide_init (PwGuide *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * pw_guide_new:
 * @framework: the framework
 *
 * Returns: (transfer floating): a new guide, with no plan yet
 */
GtkWidget *
pw_guide_new (PwFramework *framework)
{
  g_return_val_if_fail (PW_IS_FRAMEWORK (framework), NULL);
  return g_object_new (PW_TYPE_GUIDE, "framework", framework, NULL);
}
