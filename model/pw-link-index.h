/* pw-link-index.h — a plan's links by their ends, for lookups that do not scan every link (model internal)
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan keeps one index beside its link list and tells it of every link
 * that enters or leaves the list, just before the list changes (so views
 * called back from GListModel::items-changed already see the new state).
 * Lookups by both ends are O(1); the links leaving or arriving at a card are
 * O(its links), in the order of the plan's link list.
 */
#pragma once

#include "pw-plan.h"

G_BEGIN_DECLS

typedef struct _PwLinkIndex PwLinkIndex;

/* @links: the plan's link list (borrowed; it outlives the index). */
PwLinkIndex *pw_link_index_new        (GListModel  *links);
void         pw_link_index_free       (PwLinkIndex *self);

/* Before @link goes into the list; @appending: it goes at the end. A plan
 * never holds two links with the same ends. */
void         pw_link_index_add        (PwLinkIndex *self,
                                       PwLink      *link,
                                       gboolean     appending);
/* Before @link leaves the list. */
void         pw_link_index_remove     (PwLinkIndex *self,
                                       PwLink      *link);

PwLink      *pw_link_index_find       (PwLinkIndex *self,
                                       PwCard      *source,
                                       PwCard      *target);
/* A new array of the links leaving (@outgoing) or arriving at @card, in list order. */
GPtrArray   *pw_link_index_dup_links  (PwLinkIndex *self,
                                       PwCard      *card,
                                       gboolean     outgoing);
/* Whether following links forwards from @from arrives at @to (also when
 * @from is @to). Iterative: no recursion however long the chain. */
gboolean     pw_link_index_reaches    (PwLinkIndex *self,
                                       PwCard      *from,
                                       PwCard      *to);

/* The position in @links of the first link that closes a loop with the
 * links before it, or -1 if the links form no loop. O((cards + links) ×
 * log links), whatever the shape. */
int          pw_link_index_first_loop (GListModel  *links);

G_END_DECLS
