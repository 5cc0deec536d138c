/* pw-outline-node.c — one row of the outline, and the tree of rows kept in step with the plan
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-framework.h"
#include "pw-outline-node.h"

struct _PwOutlineNode
{
  GObject            parent_instance;

  PwOutlineNodeType  type;
  char              *key;
  PwCard            *card;
  PwIndicatorRef    *ref;
  PwLink            *link;
  PwCardKind         kind;
  gboolean           has_children;
  char              *label;
  char              *meta;
  char              *accessible_label;
  /* NULL until the tree asks for the children */
  GListStore        *children;
};

enum {
  PROP_0,
  PROP_LABEL,
  PROP_META,
  PROP_ACCESSIBLE_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PwOutlineNode, pw_outline_node, G_TYPE_OBJECT)

/* ---- Texts ---------------------------------------------------------------------- */

static char *
card_meta (PwOutlineNode *self)
{
  g_autoptr(GString) meta = g_string_new (NULL);
  guint n;

  switch (pw_card_get_kind (self->card))
    {
    case PW_CARD_KIND_OUTCOME:
      n = pw_card_get_n_indicators (self->card);
      if (n == 0)
        g_string_append (meta, _("No indicator yet"));
      break;
    case PW_CARD_KIND_BARRIER:
      if (*pw_card_get_evidence (self->card) != '\0')
        /* Translators: in the outline, after a barrier */
        g_string_append_printf (meta, _("Evidence: %s"), pw_card_get_evidence (self->card));
      else
        g_string_append (meta, _("No evidence yet"));
      break;
    case PW_CARD_KIND_ACTIVITY:
    case PW_CARD_KIND_OUTPUT:
    case PW_CARD_KIND_GOAL:
    default:
      break;
    }
  if (self->link != NULL && *pw_link_get_assumption (self->link) != '\0')
    {
      if (meta->len > 0)
        g_string_append (meta, " · ");
      /* Translators: in the outline, the assumption on the link to the parent row */
      g_string_append_printf (meta, _("Why: %s"), pw_link_get_assumption (self->link));
    }
  return g_string_free (g_steal_pointer (&meta), FALSE);
}

static char *
card_accessible_label (PwOutlineNode *self,
                       const char    *title)
{
  PwCardKind kind = pw_card_get_kind (self->card);
  guint n = pw_card_get_n_indicators (self->card);

  if (kind == PW_CARD_KIND_OUTCOME)
    /* Translators: screen-reader name of an outline row, e.g. "Outcome: Women feel safe, 2 indicators" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %s, %u indicator", "%s: %s, %u indicators", n),
                            pw_card_kind_get_display_name (kind), title, n);
  /* Translators: screen-reader name of an outline row, e.g. "Barrier: Few places to practise English" */
  return g_strdup_printf (_("%s: %s"), pw_card_kind_get_display_name (kind), title);
}

static void
compute_texts (PwOutlineNode  *self,
               char          **label,
               char          **meta,
               char          **a11y)
{
  const PwDomain *domain;

  switch (self->type)
    {
    case PW_OUTLINE_NODE_CARD:
      *label = pw_card_dup_display_title (self->card);
      *meta = card_meta (self);
      *a11y = card_accessible_label (self, *label);
      break;
    case PW_OUTLINE_NODE_INDICATOR:
      domain = pw_framework_get_domain (pw_framework_get_default (), pw_indicator_ref_get_domain (self->ref));
      *label = g_strdup (pw_indicator_ref_get_text (self->ref));
      *meta = pw_indicator_ref_is_custom (self->ref)
        ? g_strdup_printf (_("%s · own indicator"), domain != NULL ? domain->name : "")
        : g_strdup (domain != NULL ? domain->name : "");
      /* Translators: screen-reader name of an indicator row: text, then domain */
      *a11y = g_strdup_printf (_("Indicator: %s, %s"), *label, *meta);
      break;
    case PW_OUTLINE_NODE_GROUP:
    default:
      /* Translators: an outline group, e.g. "Intermediate outcomes not linked yet" */
      *label = g_strdup_printf (_("%s not linked yet"), pw_card_kind_get_lane_name (self->kind));
      *meta = g_strdup (_("Link each one, on the canvas, to the card it leads to"));
      *a11y = g_strdup (*label);
      break;
    }
}

static void
set_text (PwOutlineNode  *self,
          char          **field,
          char           *value,
          guint           prop)
{
  if (g_strcmp0 (*field, value) == 0)
    {
      g_free (value);
      return;
    }
  g_free (*field);
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
update_texts (PwOutlineNode *self)
{
  char *label, *meta, *a11y;

  compute_texts (self, &label, &meta, &a11y);
  set_text (self, &self->label, label, PROP_LABEL);
  set_text (self, &self->meta, meta, PROP_META);
  set_text (self, &self->accessible_label, a11y, PROP_ACCESSIBLE_LABEL);
}

/* ---- Construction --------------------------------------------------------------- */

static PwOutlineNode *
node_new (PwOutlineNodeType  type,
          char              *key)
{
  PwOutlineNode *self = g_object_new (PW_TYPE_OUTLINE_NODE, NULL);

  self->type = type;
  self->key = key;
  return self;
}

static void
watch (PwOutlineNode *self,
       gpointer       object)
{
  g_signal_connect_object (object, "notify", G_CALLBACK (update_texts), self, G_CONNECT_SWAPPED);
}

static void
indicators_changed (PwOutlineNode *self)
{
  update_texts (self);
}

/* ---- The shape of the tree ------------------------------------------------------ */

/* What the plan says the tree should hold, read once per update: the links
 * arriving at each card (sorted nearest the goal first) and the cards the
 * goals reach. Plans change one command at a time, so the whole tree is
 * compared with cheap descriptions and only changed rows are built. */
typedef struct {
  PwPlan     *plan;
  GHashTable *incoming;   /* PwCard → GPtrArray of PwLink */
  GHashTable *outgoing;   /* PwCard → non-NULL if it leads anywhere */
  GHashTable *reached;    /* PwCard set: reached from a goal */
} Index;

typedef struct {
  PwOutlineNodeType  type;
  char              *key;
  PwCard            *card;
  PwLink            *link;
  PwIndicatorRef    *ref;
  PwCardKind         kind;
  gboolean           has_children;
} Spec;

static Index *current_index;

static void
spec_free (gpointer data)
{
  Spec *spec = data;

  g_free (spec->key);
  g_free (spec);
}

/* Nearest the goal first: an outcome leading to this outcome, then outputs… */
static int
compare_incoming (gconstpointer a,
                  gconstpointer b)
{
  PwCard *sa = pw_link_get_source (*(PwLink **) a);
  PwCard *sb = pw_link_get_source (*(PwLink **) b);

  if (pw_card_get_kind (sa) != pw_card_get_kind (sb))
    return (int) pw_card_get_kind (sb) - (int) pw_card_get_kind (sa);
  return pw_card_get_lane_order (sa) - pw_card_get_lane_order (sb);
}

static void
index_reach (Index *index)
{
  g_autoptr(GPtrArray) queue = pw_plan_get_lane_cards (index->plan, PW_CARD_KIND_GOAL);

  for (guint i = 0; i < queue->len; i++)
    g_hash_table_add (index->reached, g_ptr_array_index (queue, i));
  for (guint i = 0; i < queue->len; i++)
    {
      GPtrArray *in = g_hash_table_lookup (index->incoming, g_ptr_array_index (queue, i));

      for (guint j = 0; in != NULL && j < in->len; j++)
        {
          PwCard *source = pw_link_get_source (g_ptr_array_index (in, j));

          if (g_hash_table_add (index->reached, source))
            g_ptr_array_add (queue, source);
        }
    }
}

static Index *
index_new (PwPlan *plan)
{
  Index *index = g_new0 (Index, 1);
  GListModel *links = pw_plan_get_links (plan);
  guint n = g_list_model_get_n_items (links);
  GHashTableIter iter;
  gpointer value;

  index->plan = plan;
  index->incoming = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  index->outgoing = g_hash_table_new (NULL, NULL);
  index->reached = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwLink) link = g_list_model_get_item (links, i);
      PwCard *target = pw_link_get_target (link);
      GPtrArray *in = g_hash_table_lookup (index->incoming, target);

      if (in == NULL)
        g_hash_table_insert (index->incoming, target, in = g_ptr_array_new_with_free_func (g_object_unref));
      g_ptr_array_add (in, g_object_ref (link));
      g_hash_table_add (index->outgoing, pw_link_get_source (link));
    }
  g_hash_table_iter_init (&iter, index->incoming);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_sort (value, compare_incoming);
  index_reach (index);
  return index;
}

static void
index_free (Index *index)
{
  g_hash_table_unref (index->incoming);
  g_hash_table_unref (index->outgoing);
  g_hash_table_unref (index->reached);
  g_free (index);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Index, index_free)

static gboolean
card_has_children (Index  *index,
                   PwCard *card)
{
  return pw_card_get_n_indicators (card) > 0 || g_hash_table_contains (index->incoming, card);
}

static Spec *
card_spec (Index      *index,
           PwCard     *card,
           PwLink     *link,
           const char *parent_key)
{
  Spec *spec = g_new0 (Spec, 1);

  spec->type = PW_OUTLINE_NODE_CARD;
  spec->key = parent_key == NULL ? g_strdup (pw_card_get_id (card))
    : link == NULL ? g_strdup_printf ("%s/%s", parent_key, pw_card_get_id (card))
    : g_strdup_printf ("%s/%s@%s", parent_key, pw_card_get_id (card), pw_link_get_id (link));
  spec->card = card;
  spec->link = link;
  spec->kind = pw_card_get_kind (card);
  spec->has_children = card_has_children (index, card);
  return spec;
}

static void
add_card_children (const Spec *parent,
                   Index      *index,
                   GPtrArray  *out)
{
  GListModel *indicators = pw_card_get_indicators (parent->card);
  GPtrArray *in = g_hash_table_lookup (index->incoming, parent->card);

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PwIndicatorRef) ref = g_list_model_get_item (indicators, i);
      Spec *spec = g_new0 (Spec, 1);

      spec->type = PW_OUTLINE_NODE_INDICATOR;
      spec->key = g_strdup_printf ("%s/%s", parent->key, pw_indicator_ref_get_id (ref));
      spec->ref = ref;
      spec->card = parent->card;
      spec->kind = PW_CARD_KIND_OUTCOME;
      g_ptr_array_add (out, spec);
    }
  for (guint i = 0; in != NULL && i < in->len; i++)
    {
      PwLink *link = g_ptr_array_index (in, i);
      g_ptr_array_add (out, card_spec (index, pw_link_get_source (link), link, parent->key));
    }
}

/* Cards of @kind that no goal reaches and that lead nowhere: the tops of
 * the loose chains (what leads to them hangs below them). */
static GPtrArray *
unlinked_tops (Index      *index,
               PwCardKind  kind)
{
  g_autoptr(GPtrArray) lane = pw_plan_get_lane_cards (index->plan, kind);
  GPtrArray *tops = g_ptr_array_new ();

  for (guint i = 0; i < lane->len; i++)
    {
      PwCard *card = g_ptr_array_index (lane, i);

      if (!g_hash_table_contains (index->reached, card) && !g_hash_table_contains (index->outgoing, card))
        g_ptr_array_add (tops, card);
    }
  return tops;
}

static GPtrArray *
compute_children (const Spec *parent,
                  Index      *index)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (spec_free);

  if (parent->type == PW_OUTLINE_NODE_CARD)
    add_card_children (parent, index, out);
  else if (parent->type == PW_OUTLINE_NODE_GROUP)
    {
      g_autoptr(GPtrArray) tops = unlinked_tops (index, parent->kind);

      for (guint i = 0; i < tops->len; i++)
        g_ptr_array_add (out, card_spec (index, g_ptr_array_index (tops, i), NULL, parent->key));
    }
  return out;
}

static GPtrArray *
compute_roots (Index *index)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (spec_free);
  g_autoptr(GPtrArray) goals = NULL;

  if (index == NULL)
    return out;
  goals = pw_plan_get_lane_cards (index->plan, PW_CARD_KIND_GOAL);
  for (guint i = 0; i < goals->len; i++)
    g_ptr_array_add (out, card_spec (index, g_ptr_array_index (goals, i), NULL, NULL));
  for (int kind = PW_CARD_KIND_OUTCOME; kind >= PW_CARD_KIND_BARRIER; kind--)
    {
      g_autoptr(GPtrArray) tops = unlinked_tops (index, kind);

      if (tops->len > 0)
        {
          Spec *spec = g_new0 (Spec, 1);

          spec->type = PW_OUTLINE_NODE_GROUP;
          spec->key = g_strdup_printf ("unlinked-%s", pw_card_kind_to_string (kind));
          spec->kind = kind;
          spec->has_children = TRUE;
          g_ptr_array_add (out, spec);
        }
    }
  return out;
}

static PwOutlineNode *
node_from_spec (const Spec *spec)
{
  PwOutlineNode *self = node_new (spec->type, g_strdup (spec->key));

  self->kind = spec->kind;
  self->has_children = spec->has_children;
  self->card = spec->card != NULL ? g_object_ref (spec->card) : NULL;
  self->link = spec->link != NULL ? g_object_ref (spec->link) : NULL;
  self->ref = spec->ref != NULL ? g_object_ref (spec->ref) : NULL;
  if (spec->type == PW_OUTLINE_NODE_CARD)
    {
      watch (self, self->card);
      g_signal_connect_object (pw_card_get_indicators (self->card), "items-changed",
                               G_CALLBACK (indicators_changed), self, G_CONNECT_SWAPPED);
    }
  if (self->link != NULL)
    watch (self, self->link);
  if (self->ref != NULL)
    watch (self, self->ref);
  update_texts (self);
  return self;
}

/* The node's own description, to compute its children from. */
static Spec
spec_of (PwOutlineNode *node)
{
  Spec spec = { node->type, node->key, node->card, node->link, node->ref, node->kind, node->has_children };
  return spec;
}

/* ---- Keeping the tree in step --------------------------------------------------- */

static gboolean
same_row (PwOutlineNode *node,
          const Spec    *spec)
{
  /* A row that gains or loses its children is replaced, so the tree asks
   * again whether it can expand. */
  return g_str_equal (node->key, spec->key) && node->has_children == spec->has_children;
}

static void sync_store (GListStore *store, GPtrArray *wanted, Index *index);

static void
sync_kept (PwOutlineNode *node,
           Index         *index)
{
  Spec spec;
  g_autoptr(GPtrArray) wanted = NULL;

  if (node->children == NULL)
    return;
  spec = spec_of (node);
  wanted = compute_children (&spec, index);
  sync_store (node->children, wanted, index);
}

static guint
common_prefix (GListModel *model,
               GPtrArray  *wanted)
{
  guint n_old = g_list_model_get_n_items (model);
  guint prefix = 0;

  while (prefix < n_old && prefix < wanted->len)
    {
      g_autoptr(PwOutlineNode) old = g_list_model_get_item (model, prefix);
      if (!same_row (old, g_ptr_array_index (wanted, prefix)))
        break;
      prefix++;
    }
  return prefix;
}

static guint
common_suffix (GListModel *model,
               GPtrArray  *wanted,
               guint       prefix)
{
  guint n_old = g_list_model_get_n_items (model);
  guint suffix = 0;

  while (suffix < n_old - prefix && suffix < wanted->len - prefix)
    {
      g_autoptr(PwOutlineNode) old = g_list_model_get_item (model, n_old - 1 - suffix);
      if (!same_row (old, g_ptr_array_index (wanted, wanted->len - 1 - suffix)))
        break;
      suffix++;
    }
  return suffix;
}

static void
sync_store (GListStore *store,
            GPtrArray  *wanted,
            Index      *index)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n_old = g_list_model_get_n_items (model);
  guint prefix = common_prefix (model, wanted);
  guint suffix = common_suffix (model, wanted, prefix);
  guint n_new = wanted->len - prefix - suffix;

  if (prefix + suffix < MAX (n_old, wanted->len))
    {
      g_autoptr(GPtrArray) nodes = g_ptr_array_new_full (n_new, g_object_unref);

      for (guint i = 0; i < n_new; i++)
        g_ptr_array_add (nodes, node_from_spec (g_ptr_array_index (wanted, prefix + i)));
      g_list_store_splice (store, prefix, n_old - prefix - suffix, nodes->pdata, n_new);
    }
  /* Rows that stayed keep their children in step too. */
  for (guint i = 0; i < wanted->len; i++)
    {
      g_autoptr(PwOutlineNode) node = NULL;

      if (i == prefix)
        i += n_new;
      if (i >= wanted->len)
        break;
      node = g_list_model_get_item (model, i);
      sync_kept (node, index);
    }
}

/**
 * pw_outline_sync:
 * @root: the top-level store
 * @plan: (nullable): the plan
 */
void
pw_outline_sync (GListStore *root,
                 PwPlan     *plan)
{
  g_autoptr(Index) index = plan != NULL ? index_new (plan) : NULL;
  g_autoptr(GPtrArray) wanted = compute_roots (index);
  Index *outer = current_index;

  /* Children the tree asks for during the update use the same index. */
  current_index = index;
  sync_store (root, wanted, index);
  current_index = outer;
}

/**
 * pw_outline_node_get_children:
 * @self: a node
 * @plan: the plan
 *
 * Returns: (transfer full) (nullable): the child nodes, or %NULL for a leaf
 */
GListModel *
pw_outline_node_get_children (PwOutlineNode *self,
                              PwPlan        *plan)
{
  g_return_val_if_fail (PW_IS_OUTLINE_NODE (self), NULL);

  if (!self->has_children || plan == NULL)
    return NULL;
  if (self->children == NULL)
    {
      g_autoptr(Index) own = current_index == NULL || current_index->plan != plan ? index_new (plan) : NULL;
      Spec spec = spec_of (self);
      g_autoptr(GPtrArray) wanted = compute_children (&spec, own != NULL ? own : current_index);
      g_autoptr(GPtrArray) nodes = g_ptr_array_new_full (wanted->len, g_object_unref);

      for (guint i = 0; i < wanted->len; i++)
        g_ptr_array_add (nodes, node_from_spec (g_ptr_array_index (wanted, i)));
      self->children = g_list_store_new (PW_TYPE_OUTLINE_NODE);
      g_list_store_splice (self->children, 0, 0, nodes->pdata, nodes->len);
    }
  return g_object_ref (G_LIST_MODEL (self->children));
}

/* ---- Finding a card -------------------------------------------------------------- */

static gboolean
search (const Spec *spec,
        Index      *index,
        PwCard     *card,
        GHashTable *visited,
        GPtrArray  *path)
{
  g_autoptr(GPtrArray) children = NULL;

  g_ptr_array_add (path, g_strdup (spec->key));
  if (spec->type == PW_OUTLINE_NODE_CARD && spec->card == card)
    return TRUE;
  /* A card met twice hides the same subtree: look once. */
  if (spec->type == PW_OUTLINE_NODE_CARD && !g_hash_table_add (visited, spec->card))
    {
      g_ptr_array_remove_index (path, path->len - 1);
      return FALSE;
    }
  children = compute_children (spec, index);
  for (guint i = 0; i < children->len; i++)
    if (search (g_ptr_array_index (children, i), index, card, visited, path))
      return TRUE;
  g_ptr_array_remove_index (path, path->len - 1);
  return FALSE;
}

/**
 * pw_outline_find_path:
 * @plan: the plan
 * @card: a card of the plan
 *
 * Returns: (transfer full) (nullable): an array of keys, top first
 */
GPtrArray *
pw_outline_find_path (PwPlan *plan,
                      PwCard *card)
{
  g_autoptr(Index) index = index_new (plan);
  g_autoptr(GPtrArray) roots = compute_roots (index);
  g_autoptr(GHashTable) visited = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) path = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < roots->len; i++)
    if (search (g_ptr_array_index (roots, i), index, card, visited, path))
      return g_steal_pointer (&path);
  return NULL;
}

/* ---- Getters and the object ------------------------------------------------------ */

PwOutlineNodeType pw_outline_node_get_node_type (PwOutlineNode *self) { return self->type; }
const char *pw_outline_node_get_key (PwOutlineNode *self) { return self->key; }
PwCard *pw_outline_node_get_card (PwOutlineNode *self) { return self->card; }
PwIndicatorRef *pw_outline_node_get_indicator (PwOutlineNode *self) { return self->ref; }
PwLink *pw_outline_node_get_link (PwOutlineNode *self) { return self->link; }
PwCardKind pw_outline_node_get_kind (PwOutlineNode *self) { return self->kind; }
const char *pw_outline_node_get_label (PwOutlineNode *self) { return self->label; }
const char *pw_outline_node_get_meta (PwOutlineNode *self) { return self->meta; }
const char *pw_outline_node_get_accessible_label (PwOutlineNode *self) { return self->accessible_label; }
gboolean pw_outline_node_has_children (PwOutlineNode *self) { return self->has_children; }

static void
pw_outline_node_finalize (GObject *object)
{
  PwOutlineNode *self = PW_OUTLINE_NODE (object);

  g_clear_object (&self->children);
  g_clear_object (&self->card);
  g_clear_object (&self->ref);
  g_clear_object (&self->link);
  g_free (self->key);
  g_free (self->label);
  g_free (self->meta);
  g_free (self->accessible_label);
  G_OBJECT_CLASS (pw_outline_node_parent_class)->finalize (object);
}

static void
pw_outline_node_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PwOutlineNode *self = PW_OUTLINE_NODE (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_META:
      g_value_set_string (value, self->meta);
      break;
    case PROP_ACCESSIBLE_LABEL:
      g_value_set_string (value, self->accessible_label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_outline_node_class_init (PwOutlineNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pw_outline_node_finalize;
  object_class->get_property = pw_outline_node_get_property;

  /** PwOutlineNode:label: the title or the indicator text */
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, flags);
  /** PwOutlineNode:meta: the short line under the label */
  properties[PROP_META] = g_param_spec_string ("meta", NULL, NULL, NULL, flags);
  /** PwOutlineNode:accessible-label: what a screen reader says */
  properties[PROP_ACCESSIBLE_LABEL] = g_param_spec_string ("accessible-label", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pw_outline_node_init (PwOutlineNode *self)
{
}
