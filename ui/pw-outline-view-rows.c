/* pw-outline-view-rows.c — the outline's rows: kind, title (renamed in place), a short line
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-outline-view-private.h"

static const char *row_classes[] = {
  "barrier", "activity", "output", "outcome", "goal", "indicator", "group",
};

typedef struct {
  GtkWidget     *kind_label;
  GtkWidget     *title_stack;
  GtkWidget     *title_label;
  GtkWidget     *title_entry;
  GtkWidget     *meta_label;
  GtkWidget     *box;
  PwOutlineNode *node;
  GtkTreeListRow *row;
  gulong         node_handler;
  gulong         row_handler;
} Row;

static Row *
row_of (GtkWidget *expander)
{
  return g_object_get_data (G_OBJECT (expander), "pw-row");
}

/* ---- Renaming in place ----------------------------------------------------------- */

gboolean
pw_outline_view_can_rename (PwOutlineNode *node)
{
  if (node == NULL)
    return FALSE;
  if (pw_outline_node_get_node_type (node) == PW_OUTLINE_NODE_CARD)
    return TRUE;
  /* Bank indicators keep the framework's wording. */
  return pw_outline_node_get_node_type (node) == PW_OUTLINE_NODE_INDICATOR
         && pw_indicator_ref_is_custom (pw_outline_node_get_indicator (node));
}

static const char *
raw_text (PwOutlineNode *node)
{
  if (pw_outline_node_get_node_type (node) == PW_OUTLINE_NODE_INDICATOR)
    return pw_indicator_ref_get_text (pw_outline_node_get_indicator (node));
  return pw_card_get_title (pw_outline_node_get_card (node));
}

static void
commit_text (PwOutlineView *self,
             PwOutlineNode *node,
             const char    *text)
{
  if (self->plan == NULL || g_strcmp0 (raw_text (node), text) == 0)
    return;
  if (pw_outline_node_get_node_type (node) == PW_OUTLINE_NODE_INDICATOR)
    pw_plan_set_indicator_text (self->plan, pw_outline_node_get_indicator (node), text);
  else
    pw_plan_set_card_text (self->plan, pw_outline_node_get_card (node), PW_CARD_FIELD_TITLE, text);
  /* A rename is one step of its own. */
  pw_plan_seal_undo (self->plan);
}

void
pw_outline_view_stop_rename (PwOutlineView *self,
                             gboolean       commit)
{
  GtkWidget *expander = self->editing;
  Row *row;
  g_autofree char *text = NULL;
  g_autoptr(PwOutlineNode) node = NULL;

  if (expander == NULL)
    return;
  row = row_of (expander);
  self->editing = NULL;
  text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row->title_entry)));
  node = row->node != NULL ? g_object_ref (row->node) : NULL;
  gtk_stack_set_visible_child (GTK_STACK (row->title_stack), row->title_label);
  if (gtk_widget_get_parent (expander) != NULL)
    gtk_widget_grab_focus (gtk_widget_get_parent (expander));
  if (commit && node != NULL)
    commit_text (self, node, text);
}

gboolean
pw_outline_view_start_rename (PwOutlineView *self,
                              PwOutlineNode *node)
{
  GtkWidget *expander = g_hash_table_lookup (self->bound, node);
  Row *row;

  if (expander == NULL || !pw_outline_view_can_rename (node))
    return FALSE;
  pw_outline_view_stop_rename (self, TRUE);
  row = row_of (expander);
  gtk_editable_set_text (GTK_EDITABLE (row->title_entry), raw_text (node));
  gtk_stack_set_visible_child (GTK_STACK (row->title_stack), row->title_entry);
  self->editing = expander;
  gtk_widget_grab_focus (row->title_entry);
  gtk_editable_select_region (GTK_EDITABLE (row->title_entry), 0, -1);
  return TRUE;
}

static void
entry_activated (GtkEntry      *entry,
                 PwOutlineView *self)
{
  pw_outline_view_stop_rename (self, TRUE);
}

static gboolean
entry_key_pressed (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   PwOutlineView         *self)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;
  pw_outline_view_stop_rename (self, FALSE);
  return TRUE;
}

static void
entry_focus_left (GtkEventControllerFocus *controller,
                  PwOutlineView           *self)
{
  GtkWidget *entry = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  /* Clicking elsewhere keeps the new name, as on the canvas. */
  if (self->editing != NULL && row_of (self->editing)->title_entry == entry)
    pw_outline_view_stop_rename (self, TRUE);
}

/* ---- Rows ---------------------------------------------------------------------------- */

static GtkWidget *
row_label_new (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
row_free (gpointer data)
{
  g_free (data);
}

static GtkWidget *
title_entry_new (PwOutlineView *self)
{
  GtkWidget *entry = gtk_entry_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_add_css_class (entry, "pw-outline-entry");
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("New name"), -1);
  g_signal_connect (entry, "activate", G_CALLBACK (entry_activated), self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (entry_key_pressed), self);
  g_signal_connect (focus, "leave", G_CALLBACK (entry_focus_left), self);
  gtk_widget_add_controller (entry, keys);
  gtk_widget_add_controller (entry, focus);
  return entry;
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           PwOutlineView            *self)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  Row *row = g_new0 (Row, 1);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  row->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  row->kind_label = row_label_new ("pw-outline-kind");
  gtk_widget_set_valign (row->kind_label, GTK_ALIGN_START);
  row->title_label = row_label_new ("pw-outline-label");
  gtk_label_set_wrap (GTK_LABEL (row->title_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (row->title_label), PANGO_WRAP_WORD_CHAR);
  row->title_entry = title_entry_new (self);
  row->title_stack = gtk_stack_new ();
  gtk_stack_set_hhomogeneous (GTK_STACK (row->title_stack), FALSE);
  gtk_stack_set_vhomogeneous (GTK_STACK (row->title_stack), FALSE);
  gtk_stack_add_child (GTK_STACK (row->title_stack), row->title_label);
  gtk_stack_add_child (GTK_STACK (row->title_stack), row->title_entry);
  row->meta_label = row_label_new ("pw-outline-meta");
  gtk_label_set_ellipsize (GTK_LABEL (row->meta_label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), row->title_stack);
  gtk_box_append (GTK_BOX (texts), row->meta_label);
  gtk_box_append (GTK_BOX (row->box), row->kind_label);
  gtk_box_append (GTK_BOX (row->box), texts);
  gtk_widget_add_css_class (row->box, "pw-outline-row");
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), row->box);
  g_object_set_data_full (G_OBJECT (expander), "pw-row", row, row_free);
  gtk_list_item_set_child (item, expander);
}

static const char *
kind_text (PwOutlineNode *node)
{
  switch (pw_outline_node_get_node_type (node))
    {
    case PW_OUTLINE_NODE_CARD:
      return pw_card_kind_get_display_name (pw_outline_node_get_kind (node));
    case PW_OUTLINE_NODE_INDICATOR:
      return _("Indicator");
    case PW_OUTLINE_NODE_GROUP:
    default:
      return _("Not linked");
    }
}

static guint
class_index (PwOutlineNode *node)
{
  switch (pw_outline_node_get_node_type (node))
    {
    case PW_OUTLINE_NODE_CARD:
      return pw_outline_node_get_kind (node);
    case PW_OUTLINE_NODE_INDICATOR:
      return 5;
    case PW_OUTLINE_NODE_GROUP:
    default:
      return 6;
    }
}

static void
update_row (Row       *row,
            GtkWidget *expander)
{
  const char *meta = pw_outline_node_get_meta (row->node);

  gtk_label_set_text (GTK_LABEL (row->title_label), pw_outline_node_get_label (row->node));
  gtk_label_set_text (GTK_LABEL (row->meta_label), meta);
  gtk_widget_set_tooltip_text (row->meta_label, meta);
  gtk_widget_set_visible (row->meta_label, meta != NULL && *meta != '\0');
  gtk_accessible_update_property (GTK_ACCESSIBLE (expander), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  pw_outline_node_get_accessible_label (row->node), -1);
  /* The list row around it is what takes the focus and is announced. */
  if (gtk_widget_get_parent (expander) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (expander)), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    pw_outline_node_get_accessible_label (row->node), -1);
}

static void
node_notified (PwOutlineNode *node,
               GParamSpec    *pspec,
               GtkWidget     *expander)
{
  update_row (row_of (expander), expander);
}

static void
row_expanded_changed (GtkTreeListRow *list_row,
                      GParamSpec     *pspec,
                      PwOutlineView  *self)
{
  PwOutlineNode *node = gtk_tree_list_row_get_item (list_row);

  if (node == NULL)
    return;
  if (gtk_tree_list_row_get_expanded (list_row))
    g_hash_table_remove (self->collapsed, pw_outline_node_get_key (node));
  else
    g_hash_table_add (self->collapsed, g_strdup (pw_outline_node_get_key (node)));
  g_object_unref (node);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          PwOutlineView            *self)
{
  GtkWidget *expander = gtk_list_item_get_child (item);
  GtkTreeListRow *list_row = gtk_list_item_get_item (item);
  Row *row = row_of (expander);

  row->row = g_object_ref (list_row);
  row->node = gtk_tree_list_row_get_item (list_row);
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), list_row);
  /* The arrow lines up with the title, not the middle of title and meta. */
  for (GtkWidget *c = gtk_widget_get_first_child (expander); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (c != row->box)
      gtk_widget_set_valign (c, GTK_ALIGN_START);
  gtk_label_set_text (GTK_LABEL (row->kind_label), kind_text (row->node));
  for (guint i = 0; i < G_N_ELEMENTS (row_classes); i++)
    gtk_widget_remove_css_class (row->box, row_classes[i]);
  gtk_widget_add_css_class (row->box, row_classes[class_index (row->node)]);
  gtk_stack_set_visible_child (GTK_STACK (row->title_stack), row->title_label);
  update_row (row, expander);
  row->node_handler = g_signal_connect (row->node, "notify", G_CALLBACK (node_notified), expander);
  row->row_handler = g_signal_connect (list_row, "notify::expanded", G_CALLBACK (row_expanded_changed), self);
  g_hash_table_insert (self->bound, row->node, expander);

  if (self->pending_rename != NULL && g_str_equal (self->pending_rename, pw_outline_node_get_key (row->node)))
    {
      g_clear_pointer (&self->pending_rename, g_free);
      pw_outline_view_start_rename (self, row->node);
    }
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            PwOutlineView            *self)
{
  GtkWidget *expander = gtk_list_item_get_child (item);
  Row *row = row_of (expander);

  if (self->editing == expander)
    {
      /* The row goes away (scrolled off, or its card removed): keep the text
       * only if the card is still there. */
      self->editing = NULL;
      gtk_stack_set_visible_child (GTK_STACK (row->title_stack), row->title_label);
    }
  if (row->node != NULL)
    {
      if (g_hash_table_lookup (self->bound, row->node) == expander)
        g_hash_table_remove (self->bound, row->node);
      g_clear_signal_handler (&row->node_handler, row->node);
      g_clear_object (&row->node);
    }
  if (row->row != NULL)
    {
      g_clear_signal_handler (&row->row_handler, row->row);
      g_clear_object (&row->row);
    }
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), NULL);
}

GtkListItemFactory *
pw_outline_view_row_factory_new (PwOutlineView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  return factory;
}
