/* pw-outline-view.c — the plan as an outline: goal → outcomes → outputs → activities → barriers
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-outline-view-private.h"

enum {
  PROP_0,
  PROP_PLAN,
  N_PROPS
};

enum {
  SIGNAL_CARD_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PwOutlineView, pw_outline_view, GTK_TYPE_WIDGET)

/* ---- Rows and positions -------------------------------------------------------------- */

static PwOutlineNode *
node_at (PwOutlineView *self,
         guint          position)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), position);
  PwOutlineNode *node;

  if (row == NULL)
    return NULL;
  node = gtk_tree_list_row_get_item (row);
  /* The tree holds the node; hand back a borrowed pointer. */
  g_object_unref (node);
  return node;
}

static PwOutlineNode *
selected_node (PwOutlineView *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);

  return position == GTK_INVALID_LIST_POSITION ? NULL : node_at (self, position);
}

static guint
find_key (PwOutlineView *self,
          const char    *key)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));

  for (guint i = 0; i < n; i++)
    if (g_str_equal (pw_outline_node_get_key (node_at (self, i)), key))
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static void
select_quietly (PwOutlineView *self,
                guint          position)
{
  self->quiet++;
  gtk_single_selection_set_selected (self->selection, position);
  self->quiet--;
}

/* Also remembered when the row is not on screen yet (so not watched). */
static void
set_expanded (PwOutlineView  *self,
              GtkTreeListRow *row,
              gboolean        expanded)
{
  g_autoptr(PwOutlineNode) node = gtk_tree_list_row_get_item (row);

  if (expanded)
    g_hash_table_remove (self->collapsed, pw_outline_node_get_key (node));
  else
    g_hash_table_add (self->collapsed, g_strdup (pw_outline_node_get_key (node)));
  gtk_tree_list_row_set_expanded (row, expanded);
}

/* Selects, scrolls to and focuses a row (when it is on screen). */
void
pw_outline_view_focus_position (PwOutlineView *self,
                                guint          position)
{
  GtkWidget *expander;

  select_quietly (self, position);
  if (position == GTK_INVALID_LIST_POSITION)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  expander = g_hash_table_lookup (self->bound, node_at (self, position));
  if (expander != NULL && gtk_widget_get_parent (expander) != NULL)
    gtk_widget_grab_focus (gtk_widget_get_parent (expander));
}

/* ---- Actions --------------------------------------------------------------------------- */

static const char *
add_child_label (PwOutlineNode *node)
{
  if (node == NULL || pw_outline_node_get_node_type (node) != PW_OUTLINE_NODE_CARD)
    return _("_Add…");
  switch (pw_outline_node_get_kind (node))
    {
    case PW_CARD_KIND_GOAL:
      return _("_Add an outcome that leads to this goal");
    case PW_CARD_KIND_OUTCOME:
      return _("_Add an output that leads to this outcome");
    case PW_CARD_KIND_OUTPUT:
      return _("_Add an activity that produces this output");
    case PW_CARD_KIND_ACTIVITY:
      return _("_Add a barrier this activity acts on");
    case PW_CARD_KIND_BARRIER:
    default:
      return _("_Add…");
    }
}

static void
update_actions (PwOutlineView *self)
{
  PwOutlineNode *node = selected_node (self);
  PwOutlineNodeType type = node != NULL ? pw_outline_node_get_node_type (node) : PW_OUTLINE_NODE_GROUP;
  gboolean has_plan = self->plan != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "outline.add-goal", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "outline.add-child",
                                 has_plan && type == PW_OUTLINE_NODE_CARD
                                 && pw_outline_node_get_kind (node) > PW_CARD_KIND_BARRIER);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "outline.rename", has_plan && pw_outline_view_can_rename (node));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "outline.delete", has_plan && node != NULL && type != PW_OUTLINE_NODE_GROUP);
  gtk_label_set_text_with_mnemonic (self->add_label, add_child_label (node));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_text (self->add_label), -1);
}

static void
rename_later (PwOutlineView *self,
              const char    *key)
{
  guint position = find_key (self, key);

  if (position == GTK_INVALID_LIST_POSITION)
    return;
  g_free (self->pending_rename);
  self->pending_rename = g_strdup (key);
  pw_outline_view_focus_position (self, position);
  /* The row is on screen already: rename now; otherwise when it is bound. */
  if (pw_outline_view_start_rename (self, node_at (self, position)))
    g_clear_pointer (&self->pending_rename, g_free);
}

static void
action_rename (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  PwOutlineView *self = PW_OUTLINE_VIEW (widget);
  PwOutlineNode *node = selected_node (self);

  if (node != NULL)
    rename_later (self, pw_outline_node_get_key (node));
}

static const char *
add_group_label (PwCardKind kind)
{
  switch (kind)
    {
    case PW_CARD_KIND_OUTCOME: return _("Add an outcome");
    case PW_CARD_KIND_OUTPUT: return _("Add an output");
    case PW_CARD_KIND_ACTIVITY: return _("Add an activity");
    case PW_CARD_KIND_BARRIER: return _("Add a barrier");
    case PW_CARD_KIND_GOAL:
    default: return _("Add a goal");
    }
}

static PwCard *
add_card (PwOutlineView *self,
          PwCardKind     kind)
{
  g_autoptr(GPtrArray) lane = pw_plan_get_lane_cards (self->plan, kind);

  /* Positions like the example files; the canvas lays cards out by lane. */
  return pw_plan_add_card (self->plan, kind, "", -1, 40 + 300 * kind, 60 + 220 * lane->len);
}

static void
action_add_child (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  PwOutlineView *self = PW_OUTLINE_VIEW (widget);
  PwOutlineNode *node = selected_node (self);
  g_autofree char *parent_key = NULL;
  g_autofree char *key = NULL;
  g_autoptr(GError) error = NULL;
  PwCard *parent, *card;
  PwLink *link;

  if (self->plan == NULL || node == NULL || pw_outline_node_get_node_type (node) != PW_OUTLINE_NODE_CARD
      || pw_outline_node_get_kind (node) == PW_CARD_KIND_BARRIER)
    return;
  pw_outline_view_stop_rename (self, TRUE);
  parent = pw_outline_node_get_card (node);
  parent_key = g_strdup (pw_outline_node_get_key (node));
  pw_plan_begin_group (self->plan, add_group_label (pw_card_get_kind (parent) - 1));
  card = add_card (self, pw_card_get_kind (parent) - 1);
  link = pw_plan_link (self->plan, card, parent, &error);
  pw_plan_end_group (self->plan);
  if (link == NULL)
    {
      g_warning ("Could not link the new card: %s", error->message);
      return;
    }
  /* The parent may have been replaced (it gained its first child): open it. */
  {
    guint position = find_key (self, parent_key);
    g_autoptr(GtkTreeListRow) row = position != GTK_INVALID_LIST_POSITION
      ? g_list_model_get_item (G_LIST_MODEL (self->tree), position) : NULL;

    if (row != NULL)
      set_expanded (self, row, TRUE);
  }
  key = g_strdup_printf ("%s/%s@%s", parent_key, pw_card_get_id (card), pw_link_get_id (link));
  rename_later (self, key);
}

static void
action_add_goal (GtkWidget  *widget,
                 const char *name,
                 GVariant   *param)
{
  PwOutlineView *self = PW_OUTLINE_VIEW (widget);
  PwCard *card;

  if (self->plan == NULL)
    return;
  pw_outline_view_stop_rename (self, TRUE);
  card = add_card (self, PW_CARD_KIND_GOAL);
  rename_later (self, pw_card_get_id (card));
}

static void
action_delete (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  PwOutlineView *self = PW_OUTLINE_VIEW (widget);
  PwOutlineNode *node = selected_node (self);
  guint position = gtk_single_selection_get_selected (self->selection);
  guint n;

  if (self->plan == NULL || node == NULL)
    return;
  pw_outline_view_stop_rename (self, FALSE);
  if (pw_outline_node_get_node_type (node) == PW_OUTLINE_NODE_CARD)
    pw_plan_remove_card (self->plan, pw_outline_node_get_card (node));
  else if (pw_outline_node_get_node_type (node) == PW_OUTLINE_NODE_INDICATOR)
    pw_plan_detach_indicator (self->plan, pw_outline_node_get_indicator (node));
  else
    return;
  /* Keep the keyboard where it was: the row that took its place. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));
  if (n > 0)
    pw_outline_view_focus_position (self, MIN (position, n - 1));
}

static GtkTreeListRow *
selected_row (PwOutlineView *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
action_expand (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  GtkTreeListRow *row = selected_row (PW_OUTLINE_VIEW (widget));

  if (row != NULL)
    set_expanded (PW_OUTLINE_VIEW (widget), row, TRUE);
}

static void
action_collapse (GtkWidget  *widget,
                 const char *name,
                 GVariant   *param)
{
  PwOutlineView *self = PW_OUTLINE_VIEW (widget);
  GtkTreeListRow *row = selected_row (self);
  g_autoptr(GtkTreeListRow) parent = NULL;

  if (row == NULL)
    return;
  if (gtk_tree_list_row_is_expandable (row) && gtk_tree_list_row_get_expanded (row))
    {
      set_expanded (self, row, FALSE);
      return;
    }
  /* Already closed: go up to the parent, as in a file tree. */
  parent = gtk_tree_list_row_get_parent (row);
  if (parent != NULL)
    pw_outline_view_focus_position (self, gtk_tree_list_row_get_position (parent));
}

static void
row_activated (PwOutlineView *self,
               guint          position)
{
  /* Enter (or a double click) renames, like F2. */
  if (pw_outline_view_can_rename (node_at (self, position)))
    rename_later (self, pw_outline_node_get_key (node_at (self, position)));
}

/* ---- Selection --------------------------------------------------------------------------- */

static void
selection_changed (GtkSingleSelection *selection,
                   GParamSpec         *pspec,
                   PwOutlineView      *self)
{
  PwOutlineNode *node = selected_node (self);

  update_actions (self);
  if (self->quiet > 0 || node == NULL || pw_outline_node_get_card (node) == NULL)
    return;
  g_signal_emit (self, signals[SIGNAL_CARD_ACTIVATED], 0, pw_outline_node_get_card (node));
}

/**
 * pw_outline_view_get_selected_card:
 * @self: an outline view
 *
 * Returns: (transfer none) (nullable): the card of the selected row
 */
PwCard *
pw_outline_view_get_selected_card (PwOutlineView *self)
{
  PwOutlineNode *node;

  g_return_val_if_fail (PW_IS_OUTLINE_VIEW (self), NULL);
  node = selected_node (self);
  return node != NULL ? pw_outline_node_get_card (node) : NULL;
}

static void
expand_key (PwOutlineView *self,
            const char    *key)
{
  guint position = find_key (self, key);
  g_autoptr(GtkTreeListRow) row = NULL;

  if (position == GTK_INVALID_LIST_POSITION)
    return;
  row = g_list_model_get_item (G_LIST_MODEL (self->tree), position);
  set_expanded (self, row, TRUE);
}

/**
 * pw_outline_view_select_card:
 * @self: an outline view
 * @card: (nullable): a card of the plan
 *
 * Returns: whether the outline shows @card (and now selects it)
 */
gboolean
pw_outline_view_select_card (PwOutlineView *self,
                             PwCard        *card)
{
  g_autoptr(GPtrArray) path = NULL;
  guint position;

  g_return_val_if_fail (PW_IS_OUTLINE_VIEW (self), FALSE);

  if (card == NULL || self->plan == NULL)
    {
      select_quietly (self, GTK_INVALID_LIST_POSITION);
      return card == NULL;
    }
  if (pw_outline_view_get_selected_card (self) == card)
    return TRUE;
  path = pw_outline_find_path (self->plan, card);
  if (path == NULL)
    return FALSE;
  for (guint i = 0; i + 1 < path->len; i++)
    expand_key (self, g_ptr_array_index (path, i));
  position = find_key (self, g_ptr_array_index (path, path->len - 1));
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  select_quietly (self, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  return TRUE;
}

/* ---- The plan ------------------------------------------------------------------------------ */

/* New rows open expanded; close again those the officer had closed. */
static void
restore_collapsed (PwOutlineView *self)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), i);
      PwOutlineNode *node = node_at (self, i);

      if (gtk_tree_list_row_get_expanded (row)
          && g_hash_table_contains (self->collapsed, pw_outline_node_get_key (node)))
        gtk_tree_list_row_set_expanded (row, FALSE);
    }
}

static gboolean
restore_collapsed_idle (gpointer data)
{
  PwOutlineView *self = data;

  self->restore_id = 0;
  restore_collapsed (self);
  return G_SOURCE_REMOVE;
}

/* Rows re-created when their parent opens again open expanded: close
 * those the officer had closed, once the tree has settled. */
static void
tree_items_changed (GListModel    *model,
                    guint          position,
                    guint          removed,
                    guint          added,
                    PwOutlineView *self)
{
  if (added > 0 && self->restore_id == 0 && g_hash_table_size (self->collapsed) > 0)
    self->restore_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, restore_collapsed_idle, self, NULL);
}

static void
sync_with_plan (PwOutlineView *self)
{
  PwOutlineNode *node = selected_node (self);
  g_autofree char *selected_key = node != NULL ? g_strdup (pw_outline_node_get_key (node)) : NULL;

  self->quiet++;
  pw_outline_sync (self->root, self->plan);
  restore_collapsed (self);
  node = selected_node (self);
  if (selected_key != NULL && (node == NULL || !g_str_equal (pw_outline_node_get_key (node), selected_key)))
    {
      guint position = find_key (self, selected_key);

      if (position != GTK_INVALID_LIST_POSITION)
        gtk_single_selection_set_selected (self->selection, position);
    }
  self->quiet--;
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->root)) > 0 ? "list" : "empty");
  update_actions (self);
}

static void
plan_changed (PwPlan        *plan,
              PwOutlineView *self)
{
  sync_with_plan (self);
}

/**
 * pw_outline_view_set_plan:
 * @self: an outline view
 * @plan: (nullable): the plan to show
 */
void
pw_outline_view_set_plan (PwOutlineView *self,
                          PwPlan        *plan)
{
  g_return_if_fail (PW_IS_OUTLINE_VIEW (self));
  g_return_if_fail (plan == NULL || PW_IS_PLAN (plan));

  if (self->plan == plan)
    return;
  pw_outline_view_stop_rename (self, TRUE);
  if (self->plan != NULL)
    g_clear_signal_handler (&self->plan_changed_id, self->plan);
  /* Another plan: none of the old rows stay. */
  g_list_store_remove_all (self->root);
  g_hash_table_remove_all (self->collapsed);
  g_set_object (&self->plan, plan);
  if (plan != NULL)
    self->plan_changed_id = g_signal_connect (plan, "changed", G_CALLBACK (plan_changed), self);
  sync_with_plan (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

PwPlan *
pw_outline_view_get_plan (PwOutlineView *self)
{
  g_return_val_if_fail (PW_IS_OUTLINE_VIEW (self), NULL);
  return self->plan;
}

GListModel *
pw_outline_view_get_rows (PwOutlineView *self)
{
  g_return_val_if_fail (PW_IS_OUTLINE_VIEW (self), NULL);
  return G_LIST_MODEL (self->tree);
}

/* ---- The object ------------------------------------------------------------------------------ */

static GListModel *
create_children (gpointer item,
                 gpointer data)
{
  PwOutlineView *self = data;

  return pw_outline_node_get_children (item, self->plan);
}

static void
pw_outline_view_dispose (GObject *object)
{
  PwOutlineView *self = PW_OUTLINE_VIEW (object);

  if (self->plan != NULL)
    g_clear_signal_handler (&self->plan_changed_id, self->plan);
  self->editing = NULL;
  g_clear_handle_id (&self->restore_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_OUTLINE_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->root);
  g_clear_object (&self->plan);
  G_OBJECT_CLASS (pw_outline_view_parent_class)->dispose (object);
}

static void
pw_outline_view_finalize (GObject *object)
{
  PwOutlineView *self = PW_OUTLINE_VIEW (object);

  g_hash_table_unref (self->bound);
  g_hash_table_unref (self->collapsed);
  g_free (self->pending_rename);
  G_OBJECT_CLASS (pw_outline_view_parent_class)->finalize (object);
}

static void
pw_outline_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PwOutlineView *self = PW_OUTLINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_outline_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PwOutlineView *self = PW_OUTLINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      pw_outline_view_set_plan (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "outline.rename", NULL, action_rename);
  gtk_widget_class_install_action (widget_class, "outline.add-child", NULL, action_add_child);
  gtk_widget_class_install_action (widget_class, "outline.add-goal", NULL, action_add_goal);
  gtk_widget_class_install_action (widget_class, "outline.delete", NULL, action_delete);
  gtk_widget_class_install_action (widget_class, "outline.expand", NULL, action_expand);
  gtk_widget_class_install_action (widget_class, "outline.collapse", NULL, action_collapse);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "outline.rename", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, 0, "outline.add-child", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Insert, 0, "outline.add-child", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "outline.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "outline.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "outline.expand", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "outline.expand", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "outline.expand", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "outline.collapse", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "outline.collapse", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "outline.collapse", NULL);
}

static void
pw_outline_view_class_init (PwOutlineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_outline_view_dispose;
  object_class->finalize = pw_outline_view_finalize;
  object_class->get_property = pw_outline_view_get_property;
  object_class->set_property = pw_outline_view_set_property;

  /** PwOutlineView:plan: the plan shown */
  properties[PROP_PLAN] = g_param_spec_object ("plan", NULL, NULL, PW_TYPE_PLAN,
                                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /** PwOutlineView::card-activated: the officer selected a row of this card */
  signals[SIGNAL_CARD_ACTIVATED] = g_signal_new ("card-activated", G_TYPE_FROM_CLASS (klass),
                                                 G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                 G_TYPE_NONE, 1, PW_TYPE_CARD);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pw-outline-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PwOutlineView, main_box);
  gtk_widget_class_bind_template_child (widget_class, PwOutlineView, stack);
  gtk_widget_class_bind_template_child (widget_class, PwOutlineView, list_view);
  gtk_widget_class_bind_template_child (widget_class, PwOutlineView, add_goal_button);
  gtk_widget_class_bind_template_child (widget_class, PwOutlineView, add_button);
  gtk_widget_class_bind_template_child (widget_class, PwOutlineView, add_label);
  gtk_widget_class_bind_template_child (widget_class, PwOutlineView, rename_button);
  gtk_widget_class_bind_template_child (widget_class, PwOutlineView, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, row_activated);
  install_actions (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pwoutline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pw_outline_view_init (PwOutlineView *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->bound = g_hash_table_new (NULL, NULL);
  self->collapsed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->root = g_list_store_new (PW_TYPE_OUTLINE_NODE);
  self->tree = gtk_tree_list_model_new (G_LIST_MODEL (g_object_ref (self->root)), FALSE, TRUE,
                                        create_children, self, NULL);
  g_signal_connect (self->tree, "items-changed", G_CALLBACK (tree_items_changed), self);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->tree)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect (self->selection, "notify::selected", G_CALLBACK (selection_changed), self);
  factory = pw_outline_view_row_factory_new (self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  sync_with_plan (self);
}

/**
 * pw_outline_view_new:
 *
 * Returns: (transfer floating): a new outline view with no plan
 */
GtkWidget *
pw_outline_view_new (void)
{
  return g_object_new (PW_TYPE_OUTLINE_VIEW, NULL);
}
