/* pw-indicator-details.h — an indicator's comparators: national and London measures to compare with
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pw-framework.h"

G_BEGIN_DECLS

/**
 * PwIndicatorDetails:
 *
 * What an officer can ask to compare an indicator with national figures:
 * for each MHCLG national indicator or London measure it maps to, the
 * measure, the standard survey question and response scale, the data
 * source, the level of disaggregation and why the two match.
 */
#define PW_TYPE_INDICATOR_DETAILS (pw_indicator_details_get_type ())
G_DECLARE_FINAL_TYPE (PwIndicatorDetails, pw_indicator_details, PW, INDICATOR_DETAILS, GtkWidget)

GtkWidget *pw_indicator_details_new               (PwFramework        *framework,
                                                   const PwIndicator  *indicator);
guint      pw_indicator_details_get_n_comparators (PwIndicatorDetails *self);

G_END_DECLS
