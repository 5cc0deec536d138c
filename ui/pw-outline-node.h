/* pw-outline-node.h — one row of the outline: a card, an indicator, or a "not linked yet" group
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pw-plan.h"

G_BEGIN_DECLS

typedef enum {
  PW_OUTLINE_NODE_CARD,
  PW_OUTLINE_NODE_INDICATOR,
  PW_OUTLINE_NODE_GROUP,
} PwOutlineNodeType;

/**
 * PwOutlineNode:
 *
 * An item of the outline's tree. A card node is reached from its parent
 * (the card it leads to) through a link, so the same card may appear under
 * several parents; its key is the path of ids from the root ("c8/c7@l8"),
 * unique in the tree and stable while the plan keeps those cards and links.
 *
 * Children are computed from the plan when first asked for
 * (pw_outline_node_get_children()) and then kept in step by
 * pw_outline_sync(): unchanged rows stay, so their expansion does too.
 *
 * Properties (read-only, with notify): "label" (the title or indicator
 * text), "meta" (a short line: indicators, evidence, why the link holds),
 * "accessible-label" ("Outcome: title, 2 indicators").
 */
#define PW_TYPE_OUTLINE_NODE (pw_outline_node_get_type ())
G_DECLARE_FINAL_TYPE (PwOutlineNode, pw_outline_node, PW, OUTLINE_NODE, GObject)

PwOutlineNodeType  pw_outline_node_get_node_type       (PwOutlineNode *self);
const char        *pw_outline_node_get_key             (PwOutlineNode *self);
/* The card (card nodes), the outcome (indicator nodes), or NULL (groups). */
PwCard            *pw_outline_node_get_card            (PwOutlineNode *self);
PwIndicatorRef    *pw_outline_node_get_indicator       (PwOutlineNode *self);
/* The link from this card to its parent card, or NULL at the top. */
PwLink            *pw_outline_node_get_link            (PwOutlineNode *self);
/* Card and group nodes: the lane. */
PwCardKind         pw_outline_node_get_kind            (PwOutlineNode *self);
const char        *pw_outline_node_get_label           (PwOutlineNode *self);
const char        *pw_outline_node_get_meta            (PwOutlineNode *self);
const char        *pw_outline_node_get_accessible_label (PwOutlineNode *self);
gboolean           pw_outline_node_has_children        (PwOutlineNode *self);

/* (transfer full) (nullable): the children, or NULL for a leaf. */
GListModel        *pw_outline_node_get_children        (PwOutlineNode *self,
                                                        PwPlan        *plan);

/* Brings @root (a GListStore of nodes) and every child list already asked
 * for in line with @plan (NULL empties it), splicing only what changed. */
void               pw_outline_sync                     (GListStore    *root,
                                                        PwPlan        *plan);

/* The keys from the top of the outline down to the first row that shows
 * @card, or NULL if the plan does not show it. (transfer full) */
GPtrArray         *pw_outline_find_path                (PwPlan        *plan,
                                                        PwCard        *card);

G_END_DECLS
