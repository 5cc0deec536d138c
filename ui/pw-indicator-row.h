/* pw-indicator-row.h — a row of the Indicators page: an indicator with its chips, marks and actions
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pw-framework.h"
#include "pw-indicator-item.h"

G_BEGIN_DECLS

/**
 * PwIndicatorRow:
 *
 * Shows one #PwIndicatorItem. For an indicator: its text, domain and
 * category chips in the category colour, its data-availability marks (their
 * meaning on hover), where else the framework repeats it, why it matched,
 * and the actions: Attach (or New outcome when no outcome is selected) and
 * Compare with national data. The row is a #GtkDragSource of
 * "pathways-indicator:<id>" (see PW_INDICATOR_DRAG_PREFIX).
 *
 * Signals: "attach" — the officer pressed the row's Attach button.
 */
#define PW_TYPE_INDICATOR_ROW (pw_indicator_row_get_type ())
G_DECLARE_FINAL_TYPE (PwIndicatorRow, pw_indicator_row, PW, INDICATOR_ROW, GtkWidget)

GtkWidget       *pw_indicator_row_new             (PwFramework     *framework);
void             pw_indicator_row_set_item        (PwIndicatorRow  *self,
                                                   PwIndicatorItem *item);
PwIndicatorItem *pw_indicator_row_get_item        (PwIndicatorRow  *self);
void             pw_indicator_row_set_list_row    (PwIndicatorRow  *self,
                                                   GtkTreeListRow  *list_row,
                                                   gboolean         indent);
void             pw_indicator_row_set_attached    (PwIndicatorRow  *self,
                                                   gboolean         attached);
/* FALSE: no outcome is selected, so the button offers a new outcome. */
void             pw_indicator_row_set_has_outcome (PwIndicatorRow  *self,
                                                   gboolean         has_outcome);

/* "Social bridges, Stability" for a domain bit mask (bit n-1 = domain n). */
char            *pw_indicator_format_domains      (PwFramework     *framework,
                                                   guint16          domains);

G_END_DECLS
