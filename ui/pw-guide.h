/* pw-guide.h — "Plan backwards": a guided mode that builds the theory of change from the goal
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pw-framework.h"
#include "pw-plan.h"

G_BEGIN_DECLS

/**
 * PwGuideStep:
 * @PW_GUIDE_STEP_GOAL: what long-term change do you want?
 * @PW_GUIDE_STEP_OUTCOMES: what short-term behaviour changes will produce it?
 * @PW_GUIDE_STEP_OUTPUTS: what will you produce that can be counted?
 * @PW_GUIDE_STEP_ACTIVITIES: what will you do, with which resources?
 * @PW_GUIDE_STEP_BARRIERS: what stands in the way today, and the evidence
 * @PW_GUIDE_STEP_LINKS: why does this lead to that? (assumptions on links)
 * @PW_GUIDE_STEP_PEOPLE: the stakeholders on every side
 * @PW_GUIDE_STEP_SUMMARY: what the plan has, and what is still missing
 *
 * The steps of the IOM guide's Exercise 2, "planning backwards from change".
 */
typedef enum {
  PW_GUIDE_STEP_GOAL,
  PW_GUIDE_STEP_OUTCOMES,
  PW_GUIDE_STEP_OUTPUTS,
  PW_GUIDE_STEP_ACTIVITIES,
  PW_GUIDE_STEP_BARRIERS,
  PW_GUIDE_STEP_LINKS,
  PW_GUIDE_STEP_PEOPLE,
  PW_GUIDE_STEP_SUMMARY,
} PwGuideStep;

#define PW_GUIDE_N_STEPS 8

/**
 * PwGuide:
 *
 * "Plan backwards": one question at a time, in the plain words of the IOM
 * guide — the goal, then the intermediate outcomes (each with a way to find
 * an indicator), the outputs, the activities and their resources, the
 * barriers and their evidence, the assumptions on each link, and the
 * stakeholders. Every answer becomes cards, links and fields through the
 * pw_plan_*() commands (one undo step per answer), and each new card is
 * linked to the card of the next stage that the officer picks.
 *
 * It is not modal: put it in a sidebar page or a panel. Close leaves at any
 * time; the guide remembers the step per plan (while the plan lives), and a
 * plan it has not seen starts at the first step the plan still lacks.
 *
 * Keyboard: Enter in an answer adds it, Tab moves on, Alt+B / Alt+N go back
 * and on.
 *
 * Properties: "framework" (#PwFramework, construct-only), "plan" (#PwPlan,
 * nullable), "step" (#PwGuideStep).
 *
 * Signals:
 * - "find-indicator" (#PwCard *outcome): the officer asked for an indicator
 *   for this outcome; the window shows the Indicators page with the outcome
 *   selected.
 * - "done" (void): the officer closed the guide or finished it; the window
 *   hides it. The step is kept for next time.
 */
#define PW_TYPE_GUIDE (pw_guide_get_type ())
G_DECLARE_FINAL_TYPE (PwGuide, pw_guide, PW, GUIDE, GtkWidget)

GtkWidget   *pw_guide_new      (PwFramework *framework);

void         pw_guide_set_plan (PwGuide     *self,
                                PwPlan      *plan);
PwPlan      *pw_guide_get_plan (PwGuide     *self);

PwGuideStep  pw_guide_get_step (PwGuide     *self);
void         pw_guide_set_step (PwGuide     *self,
                                PwGuideStep  step);

/* The step a plan the guide has not seen would start at: the first lane,
 * from the goal backwards, with no card; then links without an assumption;
 * then stakeholders; else the summary. */
PwGuideStep  pw_guide_step_for_plan (PwPlan *plan);

G_END_DECLS
