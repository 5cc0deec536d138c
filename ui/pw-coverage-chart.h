/* pw-coverage-chart.h — the plan's domain coverage across the framework's four categories, drawn small
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pw-checks.h"

G_BEGIN_DECLS

/**
 * PwCoverageChart:
 *
 * One row per category of the framework (Markers and Means, Social
 * Connections, Facilitators, Foundation) with its domains as chips: filled in
 * the category's colour when an indicator measures the domain (the number is
 * the indicators), outlined when cards are only tagged with it (the number is
 * the cards), faint when the plan does not touch it; each row says how many of
 * its domains are measured. A legend follows. The same facts are its
 * accessible description, for screen readers.
 */
#define PW_TYPE_COVERAGE_CHART (pw_coverage_chart_get_type ())
G_DECLARE_FINAL_TYPE (PwCoverageChart, pw_coverage_chart, PW, COVERAGE_CHART, GtkWidget)

GtkWidget  *pw_coverage_chart_new         (void);
/* Follows @checks (nullable) and redraws on its "changed". */
void        pw_coverage_chart_set_checks  (PwCoverageChart *self,
                                           PwChecks        *checks);
/* The text read to screen readers (also handy in tests). */
const char *pw_coverage_chart_get_summary (PwCoverageChart *self);

G_END_DECLS
