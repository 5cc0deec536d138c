/* pw-outline-view-private.h — the outline's state, shared with its row factory
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pw-outline-node.h"
#include "pw-outline-view.h"

G_BEGIN_DECLS

struct _PwOutlineView
{
  GtkWidget           parent_instance;

  PwPlan             *plan;
  gulong              plan_changed_id;
  GListStore         *root;
  GtkTreeListModel   *tree;
  GtkSingleSelection *selection;
  /* node → the GtkTreeExpander showing it (borrowed; rows come and go) */
  GHashTable         *bound;
  /* keys of the rows the officer collapsed (new rows open expanded) */
  GHashTable         *collapsed;
  guint               restore_id;
  /* the expander whose title is being edited, or NULL */
  GtkWidget          *editing;
  /* > 0 while the view itself changes the selection */
  guint               quiet;
  /* rename this row as soon as it is shown (after "add") */
  char               *pending_rename;

  GtkWidget          *main_box;
  GtkStack           *stack;
  GtkListView        *list_view;
  GtkButton          *add_goal_button;
  GtkButton          *add_button;
  GtkLabel           *add_label;
  GtkButton          *rename_button;
  GtkButton          *delete_button;
};

/* pw-outline-view-rows.c: the row factory and renaming in place */
GtkListItemFactory *pw_outline_view_row_factory_new (PwOutlineView *self);
gboolean            pw_outline_view_start_rename    (PwOutlineView *self,
                                                     PwOutlineNode *node);
void                pw_outline_view_stop_rename     (PwOutlineView *self,
                                                     gboolean       commit);
gboolean            pw_outline_view_can_rename      (PwOutlineNode *node);
/* pw-outline-view.c */
void                pw_outline_view_focus_position  (PwOutlineView *self,
                                                     guint          position);

G_END_DECLS
