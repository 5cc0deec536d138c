/* pw-plan.c — a theory-of-change plan: contents, lookups, history, loading, comparison
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editing commands (pw_plan_add_card() …) live in pw-plan-edit.c; the
 * undo stack in pw-command.c.
 */
#define G_LOG_DOMAIN "pathways-plan"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "pw-command.h"
#include "pw-link-index.h"

G_DEFINE_QUARK (pw-plan-error-quark, pw_plan_error)

G_DEFINE_FLAGS_TYPE (PwTargetGroups, pw_target_groups,
  G_DEFINE_ENUM_VALUE (PW_TARGET_GROUP_NEWCOMERS, "newcomers"),
  G_DEFINE_ENUM_VALUE (PW_TARGET_GROUP_RECEIVING_COMMUNITIES, "receiving-communities"),
  G_DEFINE_ENUM_VALUE (PW_TARGET_GROUP_INSTITUTIONS, "institutions"))

static const struct {
  PwTargetGroups  group;
  const char     *name;
  const char     *display_name;
} target_groups[] = {
  { PW_TARGET_GROUP_NEWCOMERS, "newcomers", N_("Newcomers") },
  { PW_TARGET_GROUP_RECEIVING_COMMUNITIES, "receiving-communities", N_("Receiving communities") },
  { PW_TARGET_GROUP_INSTITUTIONS, "institutions", N_("Institutions") },
};

static const char * const field_names[PW_N_PLAN_FIELDS] = {
  "title", "organisation", "area", "authors", "description",
};

/**
 * pw_target_group_to_string:
 * @group: one target group flag
 *
 * Returns: (nullable): its stable name for files, e.g. "receiving-communities"
 */
const char *
pw_target_group_to_string (PwTargetGroups group)
{
  for (guint i = 0; i < G_N_ELEMENTS (target_groups); i++)
    if (target_groups[i].group == group)
      return target_groups[i].name;
  g_return_val_if_reached (NULL);
}

/**
 * pw_target_group_from_string:
 * @str: a name from pw_target_group_to_string()
 * @out_group: (out): the flag
 *
 * Returns: %FALSE if @str names no target group
 */
gboolean
pw_target_group_from_string (const char     *str,
                             PwTargetGroups *out_group)
{
  g_return_val_if_fail (out_group != NULL, FALSE);

  for (guint i = 0; str != NULL && i < G_N_ELEMENTS (target_groups); i++)
    if (g_str_equal (str, target_groups[i].name))
      {
        *out_group = target_groups[i].group;
        return TRUE;
      }
  return FALSE;
}

/**
 * pw_target_group_get_display_name:
 * @group: one target group flag
 *
 * Returns: (nullable): its translated name, e.g. "Receiving communities"
 */
const char *
pw_target_group_get_display_name (PwTargetGroups group)
{
  for (guint i = 0; i < G_N_ELEMENTS (target_groups); i++)
    if (target_groups[i].group == group)
      return _(target_groups[i].display_name);
  g_return_val_if_reached (NULL);
}

/**
 * pw_plan_field_to_string:
 * @field: a metadata field
 *
 * Returns: its stable name for files, e.g. "organisation"
 */
const char *
pw_plan_field_to_string (PwPlanField field)
{
  g_return_val_if_fail ((guint) field < PW_N_PLAN_FIELDS, NULL);
  return field_names[field];
}

/**
 * pw_plan_field_from_string:
 * @str: a name from pw_plan_field_to_string()
 * @out_field: (out): the field
 *
 * Returns: %FALSE if @str names no field
 */
gboolean
pw_plan_field_from_string (const char  *str,
                           PwPlanField *out_field)
{
  g_return_val_if_fail (out_field != NULL, FALSE);

  for (guint i = 0; str != NULL && i < PW_N_PLAN_FIELDS; i++)
    if (g_str_equal (str, field_names[i]))
      {
        *out_field = (PwPlanField) i;
        return TRUE;
      }
  return FALSE;
}

/* Id prefixes, in the order of PwPlan.ids and PwPlan.last_id. */
enum { IDS_CARD, IDS_LINK, IDS_INDICATOR, IDS_STAKEHOLDER, N_ID_KINDS };
static const char id_prefixes[N_ID_KINDS] = { 'c', 'l', 'i', 's' };

struct _PwPlan
{
  GObject         parent_instance;

  char           *text[PW_N_PLAN_FIELDS];
  GDateTime      *created;
  GDateTime      *modified;
  PwTargetGroups  target_groups;

  GListStore     *cards;
  GListStore     *links;
  GListStore     *stakeholders;
  GHashTable     *ids[N_ID_KINDS];      /* id → object in the plan (borrowed) */
  PwLinkIndex    *link_index;           /* the links by their ends */
  gboolean        defer_loops;          /* loading: loops checked once, at the end */
  guint           last_id[N_ID_KINDS];  /* highest number given or loaded */

  PwHistory      *history;
  gboolean        group_dirty;

  /* Last notified values, so notify fires only on change. */
  gboolean        can_undo;
  gboolean        can_redo;
  gboolean        unsaved;
  char           *undo_label;
  char           *redo_label;
};

G_DEFINE_FINAL_TYPE (PwPlan, pw_plan, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,          /* the text fields, in PwPlanField order */
  PROP_ORGANISATION,
  PROP_AREA,
  PROP_AUTHORS,
  PROP_DESCRIPTION,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_TARGET_GROUPS,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_UNSAVED,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
pw_plan_dispose (GObject *object)
{
  PwPlan *self = PW_PLAN (object);

  /* Commands hold references on cards and links: drop them first. */
  g_clear_pointer (&self->history, pw_history_free);
  for (guint i = 0; i < N_ID_KINDS; i++)
    g_clear_pointer (&self->ids[i], g_hash_table_unref);
  g_clear_pointer (&self->link_index, pw_link_index_free);
  g_clear_object (&self->links);
  g_clear_object (&self->cards);
  g_clear_object (&self->stakeholders);

  G_OBJECT_CLASS (pw_plan_parent_class)->dispose (object);
}

static void
pw_plan_finalize (GObject *object)
{
  PwPlan *self = PW_PLAN (object);

  for (guint i = 0; i < PW_N_PLAN_FIELDS; i++)
    g_free (self->text[i]);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->modified, g_date_time_unref);
  g_free (self->undo_label);
  g_free (self->redo_label);

  G_OBJECT_CLASS (pw_plan_parent_class)->finalize (object);
}

static void
pw_plan_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  PwPlan *self = PW_PLAN (object);

  switch (prop_id)
    {
    case PROP_TITLE:
    case PROP_ORGANISATION:
    case PROP_AREA:
    case PROP_AUTHORS:
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->text[prop_id - PROP_TITLE]);
      break;
    case PROP_CREATED:
      g_value_set_boxed (value, self->created);
      break;
    case PROP_MODIFIED:
      g_value_set_boxed (value, self->modified);
      break;
    case PROP_TARGET_GROUPS:
      g_value_set_flags (value, self->target_groups);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, pw_plan_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, pw_plan_can_redo (self));
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, pw_plan_get_undo_label (self));
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, pw_plan_get_redo_label (self));
      break;
    case PROP_UNSAVED:
      g_value_set_boolean (value, pw_plan_get_unsaved (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_properties (GObjectClass *object_class)
{
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  for (guint i = 0; i < PW_N_PLAN_FIELDS; i++)
    properties[PROP_TITLE + i] = g_param_spec_string (field_names[i], NULL, NULL, "", flags);
  /** PwPlan:created: when the plan was started (UTC, whole seconds). */
  properties[PROP_CREATED] = g_param_spec_boxed ("created", NULL, NULL, G_TYPE_DATE_TIME, flags);
  /** PwPlan:modified: when it last changed (every command, undo and redo). */
  properties[PROP_MODIFIED] = g_param_spec_boxed ("modified", NULL, NULL, G_TYPE_DATE_TIME, flags);
  /** PwPlan:target-groups: who the plan is for. */
  properties[PROP_TARGET_GROUPS] =
    g_param_spec_flags ("target-groups", NULL, NULL, PW_TYPE_TARGET_GROUPS, 0, flags);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, flags);
  /** PwPlan:undo-label: translated name of the step Undo would revert, or %NULL. */
  properties[PROP_UNDO_LABEL] = g_param_spec_string ("undo-label", NULL, NULL, NULL, flags);
  /** PwPlan:redo-label: translated name of the step Redo would apply, or %NULL. */
  properties[PROP_REDO_LABEL] = g_param_spec_string ("redo-label", NULL, NULL, NULL, flags);
  /** PwPlan:unsaved: whether the plan differs from its last saved state. */
  properties[PROP_UNSAVED] = g_param_spec_boolean ("unsaved", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pw_plan_class_init (PwPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pw_plan_dispose;
  object_class->finalize = pw_plan_finalize;
  object_class->get_property = pw_plan_get_property;

  install_properties (object_class);

  /**
   * PwPlan::changed:
   * @plan: the plan
   *
   * Emitted once after every command, undo and redo (once after a whole
   * group): the moment to re-run the checks and refresh summaries.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static GDateTime *
to_whole_seconds (GDateTime *dt)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (dt);

  return g_date_time_new_utc (g_date_time_get_year (utc), g_date_time_get_month (utc),
                              g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                              g_date_time_get_minute (utc), g_date_time_get_second (utc));
}

static GDateTime *
now_whole_seconds (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return to_whole_seconds (now);
}

static void
pw_plan_init (PwPlan *self)
{
  for (guint i = 0; i < PW_N_PLAN_FIELDS; i++)
    self->text[i] = g_strdup ("");
  self->created = now_whole_seconds ();
  self->modified = g_date_time_ref (self->created);
  self->cards = g_list_store_new (PW_TYPE_CARD);
  self->links = g_list_store_new (PW_TYPE_LINK);
  self->link_index = pw_link_index_new (G_LIST_MODEL (self->links));
  self->stakeholders = g_list_store_new (PW_TYPE_STAKEHOLDER);
  for (guint i = 0; i < N_ID_KINDS; i++)
    self->ids[i] = g_hash_table_new (g_str_hash, g_str_equal);
  self->history = pw_history_new ();
}

/**
 * pw_plan_new:
 *
 * Returns: (transfer full): an empty plan, created now, in the saved state
 */
PwPlan *
pw_plan_new (void)
{
  return g_object_new (PW_TYPE_PLAN, NULL);
}

/* ---- Metadata --------------------------------------------------------------- */

/**
 * pw_plan_get_text:
 * @self: a plan
 * @field: a metadata field
 *
 * Returns: the text, "" when empty, never %NULL
 */
const char *
pw_plan_get_text (PwPlan      *self,
                  PwPlanField  field)
{
  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  g_return_val_if_fail ((guint) field < PW_N_PLAN_FIELDS, NULL);
  return self->text[field];
}

/**
 * pw_plan_get_title:
 * @self: a plan
 *
 * Returns: the title, "" when empty
 */
const char *
pw_plan_get_title (PwPlan *self)
{
  return pw_plan_get_text (self, PW_PLAN_FIELD_TITLE);
}

/**
 * pw_plan_get_organisation:
 * @self: a plan
 *
 * Returns: the organisation, "" when empty
 */
const char *
pw_plan_get_organisation (PwPlan *self)
{
  return pw_plan_get_text (self, PW_PLAN_FIELD_ORGANISATION);
}

/**
 * pw_plan_get_area:
 * @self: a plan
 *
 * Returns: the area, "" when empty
 */
const char *
pw_plan_get_area (PwPlan *self)
{
  return pw_plan_get_text (self, PW_PLAN_FIELD_AREA);
}

/**
 * pw_plan_get_authors:
 * @self: a plan
 *
 * Returns: the authors, "" when empty
 */
const char *
pw_plan_get_authors (PwPlan *self)
{
  return pw_plan_get_text (self, PW_PLAN_FIELD_AUTHORS);
}

/**
 * pw_plan_get_description:
 * @self: a plan
 *
 * Returns: the description, "" when empty
 */
const char *
pw_plan_get_description (PwPlan *self)
{
  return pw_plan_get_text (self, PW_PLAN_FIELD_DESCRIPTION);
}

/**
 * pw_plan_get_created:
 * @self: a plan
 *
 * Returns: (transfer none): when the plan was started
 */
GDateTime *
pw_plan_get_created (PwPlan *self)
{
  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  return self->created;
}

/**
 * pw_plan_get_modified:
 * @self: a plan
 *
 * Returns: (transfer none): when the plan last changed
 */
GDateTime *
pw_plan_get_modified (PwPlan *self)
{
  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  return self->modified;
}

/**
 * pw_plan_get_target_groups:
 * @self: a plan
 *
 * Returns: who the plan is for
 */
PwTargetGroups
pw_plan_get_target_groups (PwPlan *self)
{
  g_return_val_if_fail (PW_IS_PLAN (self), 0);
  return self->target_groups;
}

/* ---- Contents --------------------------------------------------------------- */

/**
 * pw_plan_get_cards:
 * @self: a plan
 *
 * Returns: (transfer none): a #GListModel of #PwCard, in creation order
 */
GListModel *
pw_plan_get_cards (PwPlan *self)
{
  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  return G_LIST_MODEL (self->cards);
}

/**
 * pw_plan_get_links:
 * @self: a plan
 *
 * Returns: (transfer none): a #GListModel of #PwLink, in creation order
 */
GListModel *
pw_plan_get_links (PwPlan *self)
{
  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  return G_LIST_MODEL (self->links);
}

/**
 * pw_plan_get_stakeholders:
 * @self: a plan
 *
 * Returns: (transfer none): a #GListModel of #PwStakeholder, in creation order
 */
GListModel *
pw_plan_get_stakeholders (PwPlan *self)
{
  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  return G_LIST_MODEL (self->stakeholders);
}

/**
 * pw_plan_lookup_card:
 * @self: a plan
 * @id: a card id
 *
 * Returns: (transfer none) (nullable): the card, if it is in the plan
 */
PwCard *
pw_plan_lookup_card (PwPlan     *self,
                     const char *id)
{
  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->ids[IDS_CARD], id) : NULL;
}

/**
 * pw_plan_lookup_link:
 * @self: a plan
 * @id: a link id
 *
 * Returns: (transfer none) (nullable): the link, if it is in the plan
 */
PwLink *
pw_plan_lookup_link (PwPlan     *self,
                     const char *id)
{
  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->ids[IDS_LINK], id) : NULL;
}

/**
 * pw_plan_lookup_stakeholder:
 * @self: a plan
 * @id: a stakeholder id
 *
 * Returns: (transfer none) (nullable): the stakeholder, if it is in the plan
 */
PwStakeholder *
pw_plan_lookup_stakeholder (PwPlan     *self,
                            const char *id)
{
  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->ids[IDS_STAKEHOLDER], id) : NULL;
}

/**
 * pw_plan_lookup_indicator:
 * @self: a plan
 * @id: an indicator reference id ("i3")
 *
 * Returns: (transfer none) (nullable): the indicator, if attached to a card
 *   of the plan; pw_indicator_ref_get_card() gives the card
 */
PwIndicatorRef *
pw_plan_lookup_indicator (PwPlan     *self,
                          const char *id)
{
  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->ids[IDS_INDICATOR], id) : NULL;
}

/**
 * pw_plan_find_link:
 * @self: a plan
 * @source: a card
 * @target: a card
 *
 * Returns: (transfer none) (nullable): the link from @source to @target
 */
PwLink *
pw_plan_find_link (PwPlan *self,
                   PwCard *source,
                   PwCard *target)
{
  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  return pw_link_index_find (self->link_index, source, target);
}

/**
 * pw_plan_get_links_from:
 * @self: a plan
 * @card: a card
 *
 * Returns: (transfer container) (element-type PwLink): the links leaving @card
 */
GPtrArray *
pw_plan_get_links_from (PwPlan *self,
                        PwCard *card)
{
  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  g_return_val_if_fail (PW_IS_CARD (card), NULL);
  return pw_link_index_dup_links (self->link_index, card, TRUE);
}

/**
 * pw_plan_get_links_to:
 * @self: a plan
 * @card: a card
 *
 * Returns: (transfer container) (element-type PwLink): the links arriving at @card
 */
GPtrArray *
pw_plan_get_links_to (PwPlan *self,
                      PwCard *card)
{
  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  g_return_val_if_fail (PW_IS_CARD (card), NULL);
  return pw_link_index_dup_links (self->link_index, card, FALSE);
}

static int
compare_lane_order (gconstpointer a,
                    gconstpointer b)
{
  PwCard *card_a = *(PwCard **) a;
  PwCard *card_b = *(PwCard **) b;

  return pw_card_get_lane_order (card_a) - pw_card_get_lane_order (card_b);
}

/**
 * pw_plan_get_lane_cards:
 * @self: a plan
 * @kind: a lane
 *
 * Returns: (transfer container) (element-type PwCard): the lane's cards,
 *   sorted by lane order
 */
GPtrArray *
pw_plan_get_lane_cards (PwPlan     *self,
                        PwCardKind  kind)
{
  GPtrArray *lane;
  guint n;

  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  g_return_val_if_fail ((guint) kind < PW_N_CARD_KINDS, NULL);

  lane = g_ptr_array_new ();
  n = g_list_model_get_n_items (G_LIST_MODEL (self->cards));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwCard) card = g_list_model_get_item (G_LIST_MODEL (self->cards), i);

      if (pw_card_get_kind (card) == kind)
        g_ptr_array_add (lane, card);
    }
  /* Stable: ties (only while loading) keep creation order. */
  g_ptr_array_sort (lane, compare_lane_order);
  return lane;
}

/* ---- History ---------------------------------------------------------------- */

static void
sync_flag (PwPlan *self, gboolean *cached, gboolean value, guint prop)
{
  if (*cached == value)
    return;
  *cached = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
sync_label (PwPlan *self, char **cached, const char *value, guint prop)
{
  if (g_strcmp0 (*cached, value) == 0)
    return;
  g_free (*cached);
  *cached = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

/* Notifies the history properties that changed since the last call. */
static void
sync_history (PwPlan *self)
{
  g_object_freeze_notify (G_OBJECT (self));
  sync_flag (self, &self->can_undo, pw_plan_can_undo (self), PROP_CAN_UNDO);
  sync_flag (self, &self->can_redo, pw_plan_can_redo (self), PROP_CAN_REDO);
  sync_flag (self, &self->unsaved, pw_plan_get_unsaved (self), PROP_UNSAVED);
  sync_label (self, &self->undo_label, pw_plan_get_undo_label (self), PROP_UNDO_LABEL);
  sync_label (self, &self->redo_label, pw_plan_get_redo_label (self), PROP_REDO_LABEL);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
touch_modified (PwPlan *self)
{
  g_autoptr(GDateTime) now = now_whole_seconds ();

  if (g_date_time_equal (now, self->modified))
    return;
  g_date_time_unref (self->modified);
  self->modified = g_steal_pointer (&now);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* After every command, undo and redo. */
static void
plan_changed (PwPlan *self)
{
  touch_modified (self);
  sync_history (self);
  if (pw_history_in_group (self->history))
    {
      self->group_dirty = TRUE;
      return;
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * pw_plan_run_command: (skip)
 * @self: a plan
 * @command: (transfer full): a new command
 *
 * Model internal: applies, records, notifies. See pw-command.h.
 */
void
pw_plan_run_command (PwPlan    *self,
                     PwCommand *command)
{
  pw_command_apply (command, self);
  pw_history_push (self->history, command);
  plan_changed (self);
}

/**
 * pw_plan_make_id: (skip)
 * @self: a plan
 * @prefix: 'c', 'l', 'i' or 's'
 *
 * Returns: (transfer full): an id never given or loaded in this plan
 */
char *
pw_plan_make_id (PwPlan *self,
                 char    prefix)
{
  for (guint kind = 0; kind < N_ID_KINDS; kind++)
    if (id_prefixes[kind] == prefix)
      return g_strdup_printf ("%c%u", prefix, ++self->last_id[kind]);
  g_return_val_if_reached (NULL);
}

/**
 * pw_plan_begin_group:
 * @self: a plan
 * @label: the translated undo label of the whole group, e.g. _("Paste")
 *
 * Until the matching pw_plan_end_group(), commands make up one undo step,
 * and #PwPlan::changed waits for the end. Groups nest.
 */
void
pw_plan_begin_group (PwPlan     *self,
                     const char *label)
{
  g_return_if_fail (PW_IS_PLAN (self));

  pw_history_begin_group (self->history, label);
  sync_history (self);
}

/**
 * pw_plan_end_group:
 * @self: a plan
 *
 * Closes the group opened by pw_plan_begin_group(); the outermost one emits
 * #PwPlan::changed if anything changed. An empty group records no step.
 */
void
pw_plan_end_group (PwPlan *self)
{
  g_return_if_fail (PW_IS_PLAN (self));
  g_return_if_fail (pw_history_in_group (self->history));

  if (!pw_history_end_group (self->history))
    return;
  sync_history (self);
  if (self->group_dirty)
    {
      self->group_dirty = FALSE;
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

/**
 * pw_plan_seal_undo:
 * @self: a plan
 *
 * Ends the current run of merging edits: the next edit starts a new undo
 * step. Call on focus-out of a text field and at the end of a drag.
 */
void
pw_plan_seal_undo (PwPlan *self)
{
  g_return_if_fail (PW_IS_PLAN (self));
  pw_history_seal (self->history);
}

/**
 * pw_plan_can_undo:
 * @self: a plan
 *
 * Returns: whether there is a step to undo (never inside a group)
 */
gboolean
pw_plan_can_undo (PwPlan *self)
{
  g_return_val_if_fail (PW_IS_PLAN (self), FALSE);
  return pw_history_can_undo (self->history);
}

/**
 * pw_plan_can_redo:
 * @self: a plan
 *
 * Returns: whether there is a step to redo (never inside a group)
 */
gboolean
pw_plan_can_redo (PwPlan *self)
{
  g_return_val_if_fail (PW_IS_PLAN (self), FALSE);
  return pw_history_can_redo (self->history);
}

/**
 * pw_plan_get_undo_label:
 * @self: a plan
 *
 * Returns: (nullable): the translated name of the step to undo, e.g. "Add card"
 */
const char *
pw_plan_get_undo_label (PwPlan *self)
{
  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  return pw_history_get_undo_label (self->history);
}

/**
 * pw_plan_get_redo_label:
 * @self: a plan
 *
 * Returns: (nullable): the translated name of the step to redo
 */
const char *
pw_plan_get_redo_label (PwPlan *self)
{
  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  return pw_history_get_redo_label (self->history);
}

/**
 * pw_plan_undo:
 * @self: a plan
 *
 * Reverts the last step (seals it first).
 *
 * Returns: %FALSE if there was nothing to undo
 */
gboolean
pw_plan_undo (PwPlan *self)
{
  g_return_val_if_fail (PW_IS_PLAN (self), FALSE);
  g_return_val_if_fail (!pw_history_in_group (self->history), FALSE);

  if (!pw_history_undo (self->history, self))
    return FALSE;
  plan_changed (self);
  return TRUE;
}

/**
 * pw_plan_redo:
 * @self: a plan
 *
 * Applies again the last undone step.
 *
 * Returns: %FALSE if there was nothing to redo
 */
gboolean
pw_plan_redo (PwPlan *self)
{
  g_return_val_if_fail (PW_IS_PLAN (self), FALSE);
  g_return_val_if_fail (!pw_history_in_group (self->history), FALSE);

  if (!pw_history_redo (self->history, self))
    return FALSE;
  plan_changed (self);
  return TRUE;
}

/**
 * pw_plan_clear_undo:
 * @self: a plan
 *
 * Forgets every undo and redo step; "unsaved" keeps its value.
 */
void
pw_plan_clear_undo (PwPlan *self)
{
  g_return_if_fail (PW_IS_PLAN (self));
  g_return_if_fail (!pw_history_in_group (self->history));

  pw_history_clear (self->history);
  sync_history (self);
}

/**
 * pw_plan_mark_saved:
 * @self: a plan
 *
 * Records the current state as the saved one (call after a successful save)
 * and seals the last undo step.
 */
void
pw_plan_mark_saved (PwPlan *self)
{
  g_return_if_fail (PW_IS_PLAN (self));

  pw_history_mark_saved (self->history);
  sync_history (self);
}

/**
 * pw_plan_mark_unsaved:
 * @self: a plan
 *
 * Forgets the saved state: the plan counts as unsaved until the next
 * pw_plan_mark_saved(), whatever is undone or redone. For plans that have no
 * file of their own yet, such as a copy of an example or a recovered plan.
 */
void
pw_plan_mark_unsaved (PwPlan *self)
{
  g_return_if_fail (PW_IS_PLAN (self));

  pw_history_mark_unsaved (self->history);
  sync_history (self);
}

/**
 * pw_plan_get_unsaved:
 * @self: a plan
 *
 * Returns: whether the plan differs from its last saved state
 */
gboolean
pw_plan_get_unsaved (PwPlan *self)
{
  g_return_val_if_fail (PW_IS_PLAN (self), FALSE);
  return pw_history_is_unsaved (self->history);
}

/* ---- Primitives the commands apply (pw-plan-private.h) ---------------------- */

static void
register_id (PwPlan *self, guint kind, const char *id, gpointer object)
{
  g_hash_table_insert (self->ids[kind], (gpointer) id, object);
}

static void
register_card (PwPlan *self, PwCard *card, gboolean add)
{
  GListModel *refs = pw_card_get_indicators (card);
  guint n = g_list_model_get_n_items (refs);

  if (add)
    register_id (self, IDS_CARD, pw_card_get_id (card), card);
  else
    g_hash_table_remove (self->ids[IDS_CARD], pw_card_get_id (card));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwIndicatorRef) ref = g_list_model_get_item (refs, i);

      if (add)
        register_id (self, IDS_INDICATOR, pw_indicator_ref_get_id (ref), ref);
      else
        g_hash_table_remove (self->ids[IDS_INDICATOR], pw_indicator_ref_get_id (ref));
    }
}

static guint
lane_count (PwPlan *self, PwCardKind kind, PwCard *except)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->cards));
  guint count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwCard) card = g_list_model_get_item (G_LIST_MODEL (self->cards), i);

      if (card != except && pw_card_get_kind (card) == kind)
        count++;
    }
  return count;
}

/* Adds @delta to the lane order of the cards of @kind from order @from on. */
static void
lane_shift (PwPlan *self, PwCardKind kind, int from, int delta, PwCard *except)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->cards));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwCard) card = g_list_model_get_item (G_LIST_MODEL (self->cards), i);
      int order = pw_card_get_lane_order (card);

      if (card != except && pw_card_get_kind (card) == kind && order >= from)
        pw_card_set_lane_order (card, order + delta);
    }
}

static int
clamp_lane_order (int order, guint n)
{
  return (order < 0 || (guint) order > n) ? (int) n : order;
}

/**
 * pw_plan_insert_card: (skip)
 * @self: a plan
 * @card: a card not in the plan, with its kind and wished lane order set
 * @position: its place in the card list
 *
 * Model internal (commands).
 */
void
pw_plan_insert_card (PwPlan *self,
                     PwCard *card,
                     guint   position)
{
  PwCardKind kind = pw_card_get_kind (card);
  int order = clamp_lane_order (pw_card_get_lane_order (card), lane_count (self, kind, NULL));

  lane_shift (self, kind, order, +1, NULL);
  pw_card_set_lane_order (card, order);
  register_card (self, card, TRUE);
  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->cards)));
  g_list_store_insert (self->cards, position, card);
}

/**
 * pw_plan_extract_card: (skip)
 * @self: a plan
 * @card: a card of the plan, without links
 *
 * Model internal (commands). The card keeps its kind and lane order.
 *
 * Returns: the position it had in the card list
 */
guint
pw_plan_extract_card (PwPlan *self,
                      PwCard *card)
{
  guint position;

  if (!g_list_store_find (self->cards, card, &position))
    g_return_val_if_reached (0);
  g_object_ref (card);
  g_list_store_remove (self->cards, position);
  register_card (self, card, FALSE);
  lane_shift (self, pw_card_get_kind (card), pw_card_get_lane_order (card) + 1, -1, NULL);
  g_object_unref (card);
  return position;
}

/**
 * pw_plan_place_card: (skip)
 * @self: a plan
 * @card: a card of the plan
 * @kind: its lane
 * @lane_order: its place in the lane, -1 (or too large) for the end
 * @x: canvas x
 * @y: canvas y
 *
 * Model internal (commands): moves without checking links.
 */
void
pw_plan_place_card (PwPlan     *self,
                    PwCard     *card,
                    PwCardKind  kind,
                    int         lane_order,
                    double      x,
                    double      y)
{
  lane_shift (self, pw_card_get_kind (card), pw_card_get_lane_order (card) + 1, -1, card);
  lane_order = clamp_lane_order (lane_order, lane_count (self, kind, card));
  lane_shift (self, kind, lane_order, +1, card);

  g_object_freeze_notify (G_OBJECT (card));
  pw_card_set_kind (card, kind);
  pw_card_set_lane_order (card, lane_order);
  pw_card_set_position (card, x, y);
  g_object_thaw_notify (G_OBJECT (card));
}

/**
 * pw_plan_insert_link: (skip)
 * @self: a plan
 * @link: a link between cards of the plan
 * @position: its place in the link list
 *
 * Model internal (commands): no rule is checked.
 */
void
pw_plan_insert_link (PwPlan *self,
                     PwLink *link,
                     guint   position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->links));

  register_id (self, IDS_LINK, pw_link_get_id (link), link);
  position = MIN (position, n);
  /* the index first: views called back by the list see it up to date */
  pw_link_index_add (self->link_index, link, position == n);
  g_list_store_insert (self->links, position, link);
}

/**
 * pw_plan_reaches: (skip)
 * @self: a plan
 * @from: a card
 * @to: a card
 *
 * Model internal (link rules).
 *
 * Returns: whether following links forwards from @from arrives at @to
 */
gboolean
pw_plan_reaches (PwPlan *self,
                 PwCard *from,
                 PwCard *to)
{
  return pw_link_index_reaches (self->link_index, from, to);
}

/**
 * pw_plan_extract_link: (skip)
 * @self: a plan
 * @link: a link of the plan
 *
 * Returns: the position it had in the link list
 */
guint
pw_plan_extract_link (PwPlan *self,
                      PwLink *link)
{
  guint position;

  if (!g_list_store_find (self->links, link, &position))
    g_return_val_if_reached (0);
  g_hash_table_remove (self->ids[IDS_LINK], pw_link_get_id (link));
  pw_link_index_remove (self->link_index, link);
  g_list_store_remove (self->links, position);
  return position;
}

/**
 * pw_plan_insert_indicator: (skip)
 * @self: a plan
 * @card: an outcome card of the plan
 * @ref: an indicator attached to no card
 * @position: its place in the card's list
 */
void
pw_plan_insert_indicator (PwPlan         *self,
                          PwCard         *card,
                          PwIndicatorRef *ref,
                          guint           position)
{
  register_id (self, IDS_INDICATOR, pw_indicator_ref_get_id (ref), ref);
  pw_card_insert_indicator (card, ref, (int) MIN (position, (guint) G_MAXINT));
}

/**
 * pw_plan_extract_indicator: (skip)
 * @self: a plan
 * @card: the card @ref is attached to
 * @ref: an indicator
 *
 * Returns: the position it had in the card's list
 */
guint
pw_plan_extract_indicator (PwPlan         *self,
                           PwCard         *card,
                           PwIndicatorRef *ref)
{
  g_hash_table_remove (self->ids[IDS_INDICATOR], pw_indicator_ref_get_id (ref));
  return pw_card_remove_indicator (card, ref);
}

/**
 * pw_plan_insert_stakeholder: (skip)
 * @self: a plan
 * @stakeholder: a stakeholder not in the plan
 * @position: its place in the list
 */
void
pw_plan_insert_stakeholder (PwPlan        *self,
                            PwStakeholder *stakeholder,
                            guint          position)
{
  register_id (self, IDS_STAKEHOLDER, pw_stakeholder_get_id (stakeholder), stakeholder);
  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->stakeholders)));
  g_list_store_insert (self->stakeholders, position, stakeholder);
}

/**
 * pw_plan_extract_stakeholder: (skip)
 * @self: a plan
 * @stakeholder: a stakeholder of the plan
 *
 * Returns: the position it had in the list
 */
guint
pw_plan_extract_stakeholder (PwPlan        *self,
                             PwStakeholder *stakeholder)
{
  guint position;

  if (!g_list_store_find (self->stakeholders, stakeholder, &position))
    g_return_val_if_reached (0);
  g_hash_table_remove (self->ids[IDS_STAKEHOLDER], pw_stakeholder_get_id (stakeholder));
  g_list_store_remove (self->stakeholders, position);
  return position;
}

/* ---- Loading (pw-plan-private.h) -------------------------------------------- */

/**
 * pw_plan_load_text: (skip)
 * @self: a plan
 * @field: a metadata field
 * @text: (nullable): its text
 *
 * Sets a metadata field without recording a command (also the commands' setter).
 */
void
pw_plan_load_text (PwPlan      *self,
                   PwPlanField  field,
                   const char  *text)
{
  g_return_if_fail (PW_IS_PLAN (self));
  g_return_if_fail ((guint) field < PW_N_PLAN_FIELDS);

  if (text == NULL)
    text = "";
  if (g_str_equal (self->text[field], text))
    return;
  g_free (self->text[field]);
  self->text[field] = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE + field]);
}

/**
 * pw_plan_load_target_groups: (skip)
 * @self: a plan
 * @groups: who the plan is for
 *
 * Sets the target groups without recording a command (also the commands' setter).
 */
void
pw_plan_load_target_groups (PwPlan         *self,
                            PwTargetGroups  groups)
{
  g_return_if_fail (PW_IS_PLAN (self));

  groups &= PW_TARGET_GROUPS_ALL;
  if (self->target_groups == groups)
    return;
  self->target_groups = groups;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_GROUPS]);
}

static void
replace_date (PwPlan *self, GDateTime **slot, GDateTime *value, guint prop)
{
  if (value == NULL)
    return;
  g_date_time_unref (*slot);
  *slot = to_whole_seconds (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

/**
 * pw_plan_load_dates: (skip)
 * @self: a plan
 * @created: (nullable): when the plan was started
 * @modified: (nullable): when it last changed
 */
void
pw_plan_load_dates (PwPlan    *self,
                    GDateTime *created,
                    GDateTime *modified)
{
  g_return_if_fail (PW_IS_PLAN (self));

  replace_date (self, &self->created, created, PROP_CREATED);
  replace_date (self, &self->modified, modified, PROP_MODIFIED);
}

/* Keeps new ids clear of a loaded "c12". */
static void
note_loaded_id (PwPlan *self, guint kind, const char *id)
{
  guint64 number;

  if (id[0] != id_prefixes[kind] || !g_ascii_isdigit (id[1]))
    return;
  if (g_ascii_string_to_unsigned (id + 1, 10, 0, G_MAXUINT - 1, &number, NULL))
    self->last_id[kind] = MAX (self->last_id[kind], (guint) number);
}

static gboolean
check_new_id (PwPlan *self, guint kind, const char *id, GError **error)
{
  if (!g_hash_table_contains (self->ids[kind], id))
    return TRUE;
  g_set_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_DUPLICATE_ID,
               _("The plan uses the id “%s” twice."), id);
  return FALSE;
}

static gboolean
check_loaded_indicators (PwPlan *self, PwCard *card, GError **error)
{
  GListModel *refs = pw_card_get_indicators (card);
  guint n = g_list_model_get_n_items (refs);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  if (n > 0 && pw_card_get_kind (card) != PW_CARD_KIND_OUTCOME)
    {
      g_autofree char *title = pw_card_dup_display_title (card);

      g_set_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_INVALID,
                   _("“%s” has indicators, but only intermediate outcomes can have them."), title);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwIndicatorRef) ref = g_list_model_get_item (refs, i);
      const char *id = pw_indicator_ref_get_id (ref);

      if (!check_new_id (self, IDS_INDICATOR, id, error))
        return FALSE;
      if (!g_hash_table_add (seen, (gpointer) id))
        {
          g_set_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_DUPLICATE_ID,
                       _("The plan uses the id “%s” twice."), id);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * pw_plan_load_card: (skip)
 * @self: a plan being loaded
 * @card: a card with its fields and indicators set
 * @error: return location for a #PW_PLAN_ERROR
 *
 * Appends @card as it is (lane order is tidied by pw_plan_load_finish()).
 *
 * Returns: %FALSE on a duplicate id or indicators on a card that is not an outcome
 */
gboolean
pw_plan_load_card (PwPlan  *self,
                   PwCard  *card,
                   GError **error)
{
  GListModel *refs;

  g_return_val_if_fail (PW_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PW_IS_CARD (card), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_new_id (self, IDS_CARD, pw_card_get_id (card), error) ||
      !check_loaded_indicators (self, card, error))
    return FALSE;

  register_card (self, card, TRUE);
  note_loaded_id (self, IDS_CARD, pw_card_get_id (card));
  refs = pw_card_get_indicators (card);
  for (guint i = 0; i < g_list_model_get_n_items (refs); i++)
    {
      g_autoptr(PwIndicatorRef) ref = g_list_model_get_item (refs, i);

      note_loaded_id (self, IDS_INDICATOR, pw_indicator_ref_get_id (ref));
    }
  g_list_store_append (self->cards, card);
  return TRUE;
}

/**
 * pw_plan_load_link: (skip)
 * @self: a plan being loaded
 * @link: a link between two cards already loaded
 * @error: return location for a #PW_PLAN_ERROR
 *
 * Returns: %FALSE on a duplicate id, an end not in the plan, or a link
 *   pw_plan_link() would refuse
 */
gboolean
pw_plan_load_link (PwPlan  *self,
                   PwLink  *link,
                   GError **error)
{
  PwCard *source;
  PwCard *target;

  g_return_val_if_fail (PW_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PW_IS_LINK (link), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_new_id (self, IDS_LINK, pw_link_get_id (link), error))
    return FALSE;
  source = pw_link_get_source (link);
  target = pw_link_get_target (link);
  if (pw_plan_lookup_card (self, pw_card_get_id (source)) != source ||
      pw_plan_lookup_card (self, pw_card_get_id (target)) != target)
    {
      g_set_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_INVALID,
                   _("The link “%s” joins cards that are not in the plan."), pw_link_get_id (link));
      return FALSE;
    }
  if (!pw_plan_check_link (self, source, target, !self->defer_loops, error))
    return FALSE;

  pw_plan_insert_link (self, link, G_MAXUINT);
  note_loaded_id (self, IDS_LINK, pw_link_get_id (link));
  return TRUE;
}

/**
 * pw_plan_load_defer_loops: (skip)
 * @self: a plan being loaded
 *
 * Leaves the loop rule out of pw_plan_load_link() until
 * pw_plan_load_check_loops().
 */
void
pw_plan_load_defer_loops (PwPlan *self)
{
  g_return_if_fail (PW_IS_PLAN (self));
  self->defer_loops = TRUE;
}

/**
 * pw_plan_load_check_loops: (skip)
 * @self: a plan being loaded
 * @error: return location for a #PW_PLAN_ERROR
 *
 * Checks the loop rule for all the links loaded since
 * pw_plan_load_defer_loops(), and applies it to later links again.
 *
 * Returns: (transfer none) (nullable): the first loaded link that closed a
 *   loop, which pw_plan_load_link() would have refused, or %NULL
 */
PwLink *
pw_plan_load_check_loops (PwPlan  *self,
                          GError **error)
{
  g_autoptr(PwLink) link = NULL;
  int position;

  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self->defer_loops = FALSE;
  position = pw_link_index_first_loop (G_LIST_MODEL (self->links));
  if (position < 0)
    return NULL;
  link = g_list_model_get_item (G_LIST_MODEL (self->links), (guint) position);
  pw_plan_refuse_loop (pw_link_get_source (link), pw_link_get_target (link), error);
  return link;   /* still owned by the list */
}

/**
 * pw_plan_load_stakeholder: (skip)
 * @self: a plan being loaded
 * @stakeholder: a stakeholder
 * @error: return location for a #PW_PLAN_ERROR
 *
 * Returns: %FALSE on a duplicate id
 */
gboolean
pw_plan_load_stakeholder (PwPlan         *self,
                          PwStakeholder  *stakeholder,
                          GError        **error)
{
  g_return_val_if_fail (PW_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PW_IS_STAKEHOLDER (stakeholder), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_new_id (self, IDS_STAKEHOLDER, pw_stakeholder_get_id (stakeholder), error))
    return FALSE;
  pw_plan_insert_stakeholder (self, stakeholder, G_MAXUINT);
  note_loaded_id (self, IDS_STAKEHOLDER, pw_stakeholder_get_id (stakeholder));
  return TRUE;
}

/**
 * pw_plan_load_finish: (skip)
 * @self: a plan being loaded
 *
 * Renumbers every lane 0..n-1 in loaded order, forgets the history and
 * marks the plan saved.
 */
void
pw_plan_load_finish (PwPlan *self)
{
  g_return_if_fail (PW_IS_PLAN (self));
  g_warn_if_fail (!self->defer_loops);   /* pw_plan_load_check_loops() not called */

  for (guint kind = 0; kind < PW_N_CARD_KINDS; kind++)
    {
      g_autoptr(GPtrArray) lane = pw_plan_get_lane_cards (self, kind);

      for (guint i = 0; i < lane->len; i++)
        pw_card_set_lane_order (g_ptr_array_index (lane, i), (int) i);
    }
  pw_history_clear (self->history);
  pw_history_mark_saved (self->history);
  sync_history (self);
}
