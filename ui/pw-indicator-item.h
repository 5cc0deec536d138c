/* pw-indicator-item.h — one entry of the Indicators page's list: an indicator, heading or browse node
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pw-framework.h"

G_BEGIN_DECLS

/**
 * PwIndicatorItemKind:
 * @PW_INDICATOR_ITEM_HEADING: a section heading ("Suggested for this outcome");
 *   its children are given at creation
 * @PW_INDICATOR_ITEM_INDICATOR: a bank indicator, with why it matched when it
 *   comes from a search
 * @PW_INDICATOR_ITEM_CATEGORY: browse: one of the four categories
 * @PW_INDICATOR_ITEM_DOMAIN: browse: a domain (under a category or a keyword)
 * @PW_INDICATOR_ITEM_GUIDANCE: browse: the domain's good practice, collapsed
 * @PW_INDICATOR_ITEM_PRACTICE: one local or national good-practice item
 * @PW_INDICATOR_ITEM_LETTER: A–Z: the letter that starts the keywords below
 * @PW_INDICATOR_ITEM_KEYWORD: A–Z: a headword of the keyword index
 * @PW_INDICATOR_ITEM_MORE: after the results shown, "Show more"; its title
 *   says how many are left
 */
typedef enum {
  PW_INDICATOR_ITEM_HEADING,
  PW_INDICATOR_ITEM_INDICATOR,
  PW_INDICATOR_ITEM_CATEGORY,
  PW_INDICATOR_ITEM_DOMAIN,
  PW_INDICATOR_ITEM_GUIDANCE,
  PW_INDICATOR_ITEM_PRACTICE,
  PW_INDICATOR_ITEM_LETTER,
  PW_INDICATOR_ITEM_KEYWORD,
  PW_INDICATOR_ITEM_MORE,
} PwIndicatorItemKind;

/**
 * PwIndicatorItem:
 *
 * An immutable entry, except for a heading's "title" (notified), which
 * shows a count. Records are borrowed from the #PwFramework.
 */
#define PW_TYPE_INDICATOR_ITEM (pw_indicator_item_get_type ())
G_DECLARE_FINAL_TYPE (PwIndicatorItem, pw_indicator_item, PW, INDICATOR_ITEM, GObject)

PwIndicatorItem      *pw_indicator_item_new_heading   (const char           *title,
                                                       GListModel           *children);
PwIndicatorItem      *pw_indicator_item_new_indicator (const PwIndicator    *indicator,
                                                       const PwSearchResult *match);
PwIndicatorItem      *pw_indicator_item_new_category  (PwCategory            category);
PwIndicatorItem      *pw_indicator_item_new_domain    (guint                 domain);
PwIndicatorItem      *pw_indicator_item_new_guidance  (guint                 domain);
PwIndicatorItem      *pw_indicator_item_new_practice  (const PwGoodPractice *practice);
PwIndicatorItem      *pw_indicator_item_new_letter    (const char           *letter);
PwIndicatorItem      *pw_indicator_item_new_keyword   (const PwKeyword      *keyword);
PwIndicatorItem      *pw_indicator_item_new_more      (const char           *title);
/* TRUE if both show the same indicator for the same reason (a row needs no rebinding) */
gboolean              pw_indicator_item_same_result   (PwIndicatorItem      *self,
                                                       const PwSearchResult *result);

PwIndicatorItemKind   pw_indicator_item_get_kind      (PwIndicatorItem      *self);
const char           *pw_indicator_item_get_title     (PwIndicatorItem      *self);
void                  pw_indicator_item_set_title     (PwIndicatorItem      *self,
                                                       const char           *title);
GListModel           *pw_indicator_item_get_children  (PwIndicatorItem      *self);
const PwIndicator    *pw_indicator_item_get_indicator (PwIndicatorItem      *self);
/* NULL unless the item came from a search or suggestion */
const PwSearchResult *pw_indicator_item_get_match     (PwIndicatorItem      *self);
PwCategory            pw_indicator_item_get_category  (PwIndicatorItem      *self);
guint                 pw_indicator_item_get_domain    (PwIndicatorItem      *self);
const PwGoodPractice *pw_indicator_item_get_practice  (PwIndicatorItem      *self);
const PwKeyword      *pw_indicator_item_get_keyword   (PwIndicatorItem      *self);

G_END_DECLS
