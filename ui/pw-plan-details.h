/* pw-plan-details.h — the sidebar's Plan page: title, organisation, target groups, stakeholders
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pw-plan.h"

G_BEGIN_DECLS

/**
 * PwPlanDetails:
 *
 * The plan's metadata (title, organisation, area, authors, description), its
 * target groups and its stakeholders (name, kind, role; add and remove), all
 * edited through pw_plan_*() commands and following undo.
 */
#define PW_TYPE_PLAN_DETAILS (pw_plan_details_get_type ())
G_DECLARE_FINAL_TYPE (PwPlanDetails, pw_plan_details, PW, PLAN_DETAILS, GtkWidget)

GtkWidget *pw_plan_details_new      (void);
void       pw_plan_details_set_plan (PwPlanDetails *self,
                                     PwPlan        *plan);
/* Adds an empty stakeholder and focuses its name, as the Add button does. */
PwStakeholder *pw_plan_details_add_stakeholder (PwPlanDetails *self);

G_END_DECLS
