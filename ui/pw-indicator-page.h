/* pw-indicator-page.h — the sidebar's Indicators page: search, browse and attach bank indicators
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pw-framework.h"
#include "pw-plan.h"

G_BEGIN_DECLS

/**
 * PW_INDICATOR_DRAG_PREFIX:
 *
 * A result row is a #GtkDragSource whose content is a string (G_TYPE_STRING,
 * so also text/plain;charset=utf-8) "pathways-indicator:<bank id>", e.g.
 * "pathways-indicator:bridges-03". A drop target (the canvas's outcome cards)
 * accepts G_TYPE_STRING, checks the prefix with
 * pw_indicator_page_parse_drag_string() and calls pw_plan_attach_indicator().
 */
#define PW_INDICATOR_DRAG_PREFIX "pathways-indicator:"

/**
 * PwIndicatorPage:
 *
 * The Indicators page of the sidebar. With a query it searches the bank
 * through the keyword index and the indicator texts (pw_framework_search()),
 * narrowed by category, domain and data availability; with an empty query it
 * browses the framework by category → domain → indicator (with the domain's
 * good practice as guidance) or by the keyword index A–Z. When an outcome card
 * is selected it suggests indicators for it and attaches the chosen ones;
 * without one it offers to create an outcome from an indicator. All edits go
 * through pw_plan_*() commands, so they are undoable.
 *
 * Properties: "framework" (#PwFramework, construct-only), "plan" (#PwPlan or
 * %NULL), "selected-card" (#PwCard or %NULL; any kind, only outcomes take
 * indicators).
 *
 * Signals: "outcome-created" (#PwCard): an outcome card was created from an
 * indicator; the window may select it on the canvas.
 */
#define PW_TYPE_INDICATOR_PAGE (pw_indicator_page_get_type ())
G_DECLARE_FINAL_TYPE (PwIndicatorPage, pw_indicator_page, PW, INDICATOR_PAGE, GtkWidget)

GtkWidget         *pw_indicator_page_new               (PwFramework       *framework);

void               pw_indicator_page_set_plan          (PwIndicatorPage   *self,
                                                        PwPlan            *plan);
PwPlan            *pw_indicator_page_get_plan          (PwIndicatorPage   *self);
/* From the canvas selection; NULL when nothing (or several) is selected. */
void               pw_indicator_page_set_selected_card (PwIndicatorPage   *self,
                                                        PwCard            *card);
PwCard            *pw_indicator_page_get_selected_card (PwIndicatorPage   *self);
/* Ctrl+F: focuses the search entry and selects its text. */
void               pw_indicator_page_focus_search      (PwIndicatorPage   *self);

/* Attaches @indicator to the selected outcome card or, with no outcome
 * selected, creates an outcome titled from it and attaches it (one undo
 * step). Errors (e.g. already attached) are shown on the page and returned.
 * Returns: (transfer none) (nullable): the new reference, owned by the plan */
PwIndicatorRef    *pw_indicator_page_attach            (PwIndicatorPage   *self,
                                                        const PwIndicator *indicator,
                                                        GError           **error);
/* The custom-indicator form's action: own text in @domain (1–14). */
PwIndicatorRef    *pw_indicator_page_add_custom        (PwIndicatorPage   *self,
                                                        const char        *text,
                                                        guint              domain,
                                                        GError           **error);

/* For tests and the window: drive the search as the officer would. The
 * query runs after the entry's short search delay (or at once with
 * pw_indicator_page_search_now()). */
void               pw_indicator_page_set_query         (PwIndicatorPage   *self,
                                                        const char        *query);
void               pw_indicator_page_set_filter        (PwIndicatorPage   *self,
                                                        const PwSearchFilter *filter);
void               pw_indicator_page_search_now        (PwIndicatorPage   *self);
/* The search results shown, as a #GListModel of #PwIndicatorItem
 * (indicator items only, best first, the first 10 until "Show more"; empty
 * while browsing), and the suggestions for the selected outcome.
 * (transfer none) */
GListModel        *pw_indicator_page_get_results       (PwIndicatorPage   *self);
/* All matches of the query; the list shows them 10 at a time ("Show more"). */
guint              pw_indicator_page_get_n_matches     (PwIndicatorPage   *self);
GListModel        *pw_indicator_page_get_suggestions   (PwIndicatorPage   *self);

/* "pathways-indicator:<id>" → the bank indicator, or NULL. */
const PwIndicator *pw_indicator_page_parse_drag_string (PwFramework       *framework,
                                                        const char        *str);

G_END_DECLS
