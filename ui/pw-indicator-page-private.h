/* pw-indicator-page-private.h — internals shared by the Indicators page and its list building
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pw-indicator-item.h"
#include "pw-indicator-page.h"

G_BEGIN_DECLS

typedef enum {
  PW_PICKER_MODE_SEARCH,
  PW_PICKER_MODE_BROWSE,
  PW_PICKER_MODE_KEYWORDS,
} PwPickerMode;

struct _PwIndicatorPage
{
  GtkWidget           parent_instance;

  PwFramework        *framework;
  PwPlan             *plan;
  PwCard             *card;
  GListModel         *card_indicators;   /* the selected outcome's, watched */

  PwPickerMode        mode;
  guint               refresh_idle;      /* source id: a refresh after the entry changed */
  gboolean            browse_built;      /* the root holds the browse nodes for mode and filter */
  GPtrArray          *sorted_keywords;   /* PwKeyword*, A–Z */
  char               *query;             /* the query of the current results */
  PwSearchFilter      filter;
  GHashTable         *attached;          /* bank id → itself: on the selected outcome */
  GHashTable         *rows;              /* bound PwIndicatorRow set */

  GListStore         *root;              /* PwIndicatorItem: headings or browse nodes */
  GListStore         *results;           /* PwIndicatorItem: search results shown */
  GListStore         *more;              /* the "Show more" item, or nothing */
  GArray             *matches;           /* PwSearchResult: all of the current query's */
  guint               limit;             /* how many of them are shown */
  GListStore         *suggestions;       /* PwIndicatorItem: for the selected outcome */
  PwIndicatorItem    *results_heading;
  PwIndicatorItem    *suggestions_heading;
  GtkTreeListModel   *tree;
  GtkSingleSelection *selection;

  GtkLabel           *target_label;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *category_dropdown;
  GtkDropDown        *domain_dropdown;
  GtkDropDown        *marks_dropdown;
  GtkWidget          *mode_box;
  GtkToggleButton    *browse_toggle;
  GtkToggleButton    *keywords_toggle;
  GtkRevealer        *message_revealer;
  GtkWidget          *message_box;
  GtkLabel           *message_label;
  GtkListView        *list_view;
  GtkExpander        *custom_expander;
  GtkEntry           *custom_entry;
  GtkDropDown        *custom_domain_dropdown;
};

/* pw-indicator-page-lists.c */
void     pw_indicator_page_lists_init        (PwIndicatorPage *self);
void     pw_indicator_page_lists_dispose     (PwIndicatorPage *self);
void     pw_indicator_page_setup_dropdowns   (PwIndicatorPage *self);
/* Rebuilds what the list shows for the entry text, mode and filters. */
void     pw_indicator_page_refresh           (PwIndicatorPage *self);
void     pw_indicator_page_update_suggestions (PwIndicatorPage *self);
/* Re-applies attached marks and the Attach/New outcome label to bound rows. */
void     pw_indicator_page_update_rows       (PwIndicatorPage *self);
gboolean pw_indicator_page_has_outcome       (PwIndicatorPage *self);
void     pw_indicator_page_toggle_position   (PwIndicatorPage *self,
                                              guint            position);
void     pw_indicator_page_show_more         (PwIndicatorPage *self);

G_END_DECLS
