/* pw-checks-panel.h — the sidebar's Checks page: domain coverage and the findings of the checks
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pw-checks.h"

G_BEGIN_DECLS

/**
 * PwChecksPanel:
 *
 * The coverage chart (#PwCoverageChart) over the list of findings, each with
 * an icon for its severity, its message and, in small text, the guidance it
 * comes from. Activating a finding (click, Enter) emits
 * #PwChecksPanel::finding-activated; the window selects the finding's card on
 * the canvas.
 *
 * Signals:
 * - "finding-activated" (#PwFinding): the officer wants to go to the finding.
 */
#define PW_TYPE_CHECKS_PANEL (pw_checks_panel_get_type ())
G_DECLARE_FINAL_TYPE (PwChecksPanel, pw_checks_panel, PW, CHECKS_PANEL, GtkWidget)

GtkWidget  *pw_checks_panel_new              (void);
void        pw_checks_panel_set_checks       (PwChecksPanel *self,
                                              PwChecks      *checks);
/* Does what a click on the finding at @position does. */
void        pw_checks_panel_activate_finding (PwChecksPanel *self,
                                              guint          position);
/* "Problems: 2 · Warnings: 1 · Advice: 3", as shown. */
const char *pw_checks_panel_get_counts_text  (PwChecksPanel *self);

G_END_DECLS
