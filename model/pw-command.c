/* pw-command.c — undoable commands on a plan, and the undo/redo history
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-plan"

#include <glib/gi18n-lib.h>

#include "pw-command.h"

typedef struct {
  void     (*apply)  (PwCommand *self, PwPlan *plan);
  void     (*revert) (PwCommand *self, PwPlan *plan);
  /* Absorbs @next (same kind) into @self; FALSE if they are not one edit. */
  gboolean (*merge)  (PwCommand *self, PwCommand *next);
  void     (*clear)  (PwCommand *self);
} PwCommandClass;

struct _PwCommand
{
  const PwCommandClass *klass;
  const char           *label;   /* untranslated, static */
};

static gpointer
command_new (gsize                 size,
             const PwCommandClass *klass,
             const char           *label)
{
  PwCommand *self = g_malloc0 (size);

  self->klass = klass;
  self->label = label;
  return self;
}

/**
 * pw_command_apply:
 * @command: a command
 * @plan: the plan it edits
 *
 * Does the command (the first time, or again on redo).
 */
void
pw_command_apply (PwCommand *command,
                  PwPlan    *plan)
{
  command->klass->apply (command, plan);
}

static void
command_revert (PwCommand *command,
                PwPlan    *plan)
{
  command->klass->revert (command, plan);
}

/**
 * pw_command_free:
 * @command: (transfer full): a command
 */
void
pw_command_free (PwCommand *command)
{
  if (command == NULL)
    return;
  if (command->klass->clear != NULL)
    command->klass->clear (command);
  g_free (command);
}

/* Commands hold references on the objects they edit, except the plan
 * itself: it owns the history, so a reference would be a cycle. */
static GObject *
hold (gpointer object)
{
  return PW_IS_PLAN (object) ? object : g_object_ref (object);
}

static void
release (GObject **object)
{
  if (*object != NULL && !PW_IS_PLAN (*object))
    g_object_unref (*object);
  *object = NULL;
}

/* ---- Set a text field ----------------------------------------------------- */

typedef struct {
  PwCommand      parent;
  GObject       *object;
  PwTextSetFunc  set;
  guint          field;
  char          *old_text;
  char          *new_text;
} SetText;

static void
set_text_apply (PwCommand *command, PwPlan *plan)
{
  SetText *self = (SetText *) command;

  self->set (self->object, self->field, self->new_text);
}

static void
set_text_revert (PwCommand *command, PwPlan *plan)
{
  SetText *self = (SetText *) command;

  self->set (self->object, self->field, self->old_text);
}

static gboolean
set_text_merge (PwCommand *command, PwCommand *next_command)
{
  SetText *self = (SetText *) command;
  SetText *next = (SetText *) next_command;

  if (self->object != next->object || self->set != next->set ||
      self->field != next->field || command->label != next_command->label)
    return FALSE;
  g_free (self->new_text);
  self->new_text = g_steal_pointer (&next->new_text);
  return TRUE;
}

static void
set_text_clear (PwCommand *command)
{
  SetText *self = (SetText *) command;

  release (&self->object);
  g_free (self->old_text);
  g_free (self->new_text);
}

static const PwCommandClass set_text_class = {
  set_text_apply, set_text_revert, set_text_merge, set_text_clear,
};

/**
 * pw_command_new_set_text:
 * @label: untranslated undo label
 * @object: the object whose field changes
 * @set: the private setter of that field
 * @field: which field, as understood by @set
 * @old_text: the current text
 * @new_text: the text to set
 *
 * Returns: (transfer full): a new command, not yet applied
 */
PwCommand *
pw_command_new_set_text (const char    *label,
                         gpointer       object,
                         PwTextSetFunc  set,
                         guint          field,
                         const char    *old_text,
                         const char    *new_text)
{
  SetText *self = command_new (sizeof (SetText), &set_text_class, label);

  self->object = hold (object);
  self->set = set;
  self->field = field;
  self->old_text = g_strdup (old_text != NULL ? old_text : "");
  self->new_text = g_strdup (new_text != NULL ? new_text : "");
  return (PwCommand *) self;
}

/* ---- Set a number or flags field ------------------------------------------ */

typedef struct {
  PwCommand      parent;
  GObject       *object;
  PwUintSetFunc  set;
  guint          field;
  guint          old_value;
  guint          new_value;
} SetUint;

static void
set_uint_apply (PwCommand *command, PwPlan *plan)
{
  SetUint *self = (SetUint *) command;

  self->set (self->object, self->field, self->new_value);
}

static void
set_uint_revert (PwCommand *command, PwPlan *plan)
{
  SetUint *self = (SetUint *) command;

  self->set (self->object, self->field, self->old_value);
}

static gboolean
set_uint_merge (PwCommand *command, PwCommand *next_command)
{
  SetUint *self = (SetUint *) command;
  SetUint *next = (SetUint *) next_command;

  if (self->object != next->object || self->set != next->set ||
      self->field != next->field || command->label != next_command->label)
    return FALSE;
  self->new_value = next->new_value;
  return TRUE;
}

static void
set_uint_clear (PwCommand *command)
{
  release (&((SetUint *) command)->object);
}

static const PwCommandClass set_uint_class = {
  set_uint_apply, set_uint_revert, set_uint_merge, set_uint_clear,
};

/**
 * pw_command_new_set_uint:
 * @label: untranslated undo label
 * @object: the object whose field changes
 * @set: the private setter of that field
 * @field: which field, as understood by @set
 * @old_value: the current value
 * @new_value: the value to set
 *
 * Returns: (transfer full): a new command, not yet applied
 */
PwCommand *
pw_command_new_set_uint (const char    *label,
                         gpointer       object,
                         PwUintSetFunc  set,
                         guint          field,
                         guint          old_value,
                         guint          new_value)
{
  SetUint *self = command_new (sizeof (SetUint), &set_uint_class, label);

  self->object = hold (object);
  self->set = set;
  self->field = field;
  self->old_value = old_value;
  self->new_value = new_value;
  return (PwCommand *) self;
}

/* ---- Set an evaluation field and its suggested flag ----------------------- */

typedef struct {
  PwCommand       parent;
  PwIndicatorRef *ref;
  PwEvalField     field;
  char           *old_text;
  char           *new_text;
  gboolean        old_suggested;
  gboolean        new_suggested;
} SetEval;

static void
set_eval (SetEval *self, const char *text, gboolean suggested)
{
  g_object_freeze_notify (G_OBJECT (self->ref));
  pw_indicator_ref_set_eval (self->ref, self->field, text);
  pw_indicator_ref_set_suggested (self->ref, self->field, suggested);
  g_object_thaw_notify (G_OBJECT (self->ref));
}

static void
set_eval_apply (PwCommand *command, PwPlan *plan)
{
  SetEval *self = (SetEval *) command;

  set_eval (self, self->new_text, self->new_suggested);
}

static void
set_eval_revert (PwCommand *command, PwPlan *plan)
{
  SetEval *self = (SetEval *) command;

  set_eval (self, self->old_text, self->old_suggested);
}

static gboolean
set_eval_merge (PwCommand *command, PwCommand *next_command)
{
  SetEval *self = (SetEval *) command;
  SetEval *next = (SetEval *) next_command;

  if (self->ref != next->ref || self->field != next->field ||
      command->label != next_command->label)
    return FALSE;
  g_free (self->new_text);
  self->new_text = g_steal_pointer (&next->new_text);
  self->new_suggested = next->new_suggested;
  return TRUE;
}

static void
set_eval_clear (PwCommand *command)
{
  SetEval *self = (SetEval *) command;

  g_clear_object (&self->ref);
  g_free (self->old_text);
  g_free (self->new_text);
}

static const PwCommandClass set_eval_class = {
  set_eval_apply, set_eval_revert, set_eval_merge, set_eval_clear,
};

/**
 * pw_command_new_set_eval:
 * @label: untranslated undo label
 * @ref: the indicator
 * @field: the Annex 1 field
 * @new_text: the text to set
 * @new_suggested: whether it is an unaccepted suggestion
 *
 * Returns: (transfer full): a new command, not yet applied
 */
PwCommand *
pw_command_new_set_eval (const char     *label,
                         PwIndicatorRef *ref,
                         PwEvalField     field,
                         const char     *new_text,
                         gboolean        new_suggested)
{
  SetEval *self = command_new (sizeof (SetEval), &set_eval_class, label);

  self->ref = g_object_ref (ref);
  self->field = field;
  self->old_text = g_strdup (pw_indicator_ref_get_eval (ref, field));
  self->new_text = g_strdup (new_text != NULL ? new_text : "");
  self->old_suggested = pw_indicator_ref_is_suggested (ref, field);
  self->new_suggested = new_suggested;
  return (PwCommand *) self;
}

/* ---- Move a card (lane, order in lane, canvas position) ------------------- */

typedef struct {
  PwCardKind kind;
  int        lane_order;
  double     x;
  double     y;
} Place;

typedef struct {
  PwCommand  parent;
  PwCard    *card;
  Place      old_place;
  Place      new_place;
} MoveCard;

static void
move_card_apply (PwCommand *command, PwPlan *plan)
{
  MoveCard *self = (MoveCard *) command;
  Place *p = &self->new_place;

  pw_plan_place_card (plan, self->card, p->kind, p->lane_order, p->x, p->y);
  /* Resolve "end of lane" (-1) to the real place, so redo is exact. */
  p->lane_order = pw_card_get_lane_order (self->card);
}

static void
move_card_revert (PwCommand *command, PwPlan *plan)
{
  MoveCard *self = (MoveCard *) command;
  Place *p = &self->old_place;

  pw_plan_place_card (plan, self->card, p->kind, p->lane_order, p->x, p->y);
}

static gboolean
move_card_merge (PwCommand *command, PwCommand *next_command)
{
  MoveCard *self = (MoveCard *) command;
  MoveCard *next = (MoveCard *) next_command;

  if (self->card != next->card)
    return FALSE;
  self->new_place = next->new_place;
  return TRUE;
}

static void
move_card_clear (PwCommand *command)
{
  g_clear_object (&((MoveCard *) command)->card);
}

static const PwCommandClass move_card_class = {
  move_card_apply, move_card_revert, move_card_merge, move_card_clear,
};

/**
 * pw_command_new_move_card:
 * @card: the card
 * @kind: its new lane
 * @lane_order: its new place in the lane, -1 for the end
 * @x: new canvas x
 * @y: new canvas y
 *
 * Returns: (transfer full): a new command, not yet applied
 */
PwCommand *
pw_command_new_move_card (PwCard     *card,
                          PwCardKind  kind,
                          int         lane_order,
                          double      x,
                          double      y)
{
  MoveCard *self = command_new (sizeof (MoveCard), &move_card_class, N_("Move card"));

  self->card = g_object_ref (card);
  self->old_place = (Place) { pw_card_get_kind (card), pw_card_get_lane_order (card),
                              pw_card_get_x (card), pw_card_get_y (card) };
  self->new_place = (Place) { kind, lane_order, x, y };
  return (PwCommand *) self;
}

/* ---- Add or remove a card (with its links) -------------------------------- */

typedef struct {
  PwCommand  parent;
  PwCard    *card;
  gboolean   adding;
  guint      position;
  GPtrArray *links;            /* removing: the card's links, by position */
  GArray    *link_positions;   /* ascending, in the link list */
} CardPresence;

static void
card_insert (CardPresence *self, PwPlan *plan)
{
  pw_plan_insert_card (plan, self->card, self->position);
  for (guint i = 0; i < self->links->len; i++)
    pw_plan_insert_link (plan, g_ptr_array_index (self->links, i),
                         g_array_index (self->link_positions, guint, i));
}

static void
card_extract (CardPresence *self, PwPlan *plan)
{
  /* Highest position first, so the lower recorded positions stay valid. */
  for (guint i = self->links->len; i > 0; i--)
    pw_plan_extract_link (plan, g_ptr_array_index (self->links, i - 1));
  pw_plan_extract_card (plan, self->card);
}

static void
card_presence_apply (PwCommand *command, PwPlan *plan)
{
  CardPresence *self = (CardPresence *) command;

  if (self->adding)
    card_insert (self, plan);
  else
    card_extract (self, plan);
}

static void
card_presence_revert (PwCommand *command, PwPlan *plan)
{
  CardPresence *self = (CardPresence *) command;

  if (self->adding)
    card_extract (self, plan);
  else
    card_insert (self, plan);
}

static gboolean
never_merge (PwCommand *command, PwCommand *next_command)
{
  return FALSE;
}

static void
card_presence_clear (PwCommand *command)
{
  CardPresence *self = (CardPresence *) command;

  g_clear_object (&self->card);
  g_clear_pointer (&self->links, g_ptr_array_unref);
  g_clear_pointer (&self->link_positions, g_array_unref);
}

static const PwCommandClass card_presence_class = {
  card_presence_apply, card_presence_revert, never_merge, card_presence_clear,
};

static CardPresence *
card_presence_new (const char *label, PwCard *card, gboolean adding, guint position)
{
  CardPresence *self = command_new (sizeof (CardPresence), &card_presence_class, label);

  self->card = g_object_ref (card);
  self->adding = adding;
  self->position = position;
  self->links = g_ptr_array_new_with_free_func (g_object_unref);
  self->link_positions = g_array_new (FALSE, FALSE, sizeof (guint));
  return self;
}

/**
 * pw_command_new_add_card:
 * @card: a new card, with its kind and lane order set
 * @position: where it goes in the plan's card list
 *
 * Returns: (transfer full): a new command, not yet applied
 */
PwCommand *
pw_command_new_add_card (PwCard *card,
                         guint   position)
{
  return (PwCommand *) card_presence_new (N_("Add card"), card, TRUE, position);
}

/**
 * pw_command_new_remove_card:
 * @plan: the plan
 * @card: a card of @plan
 *
 * Records the card's place and its links, which go with it.
 *
 * Returns: (transfer full): a new command, not yet applied
 */
PwCommand *
pw_command_new_remove_card (PwPlan *plan,
                            PwCard *card)
{
  GListModel *links = pw_plan_get_links (plan);
  guint n = g_list_model_get_n_items (links);
  guint position = 0;
  CardPresence *self;

  if (!g_list_store_find (G_LIST_STORE (pw_plan_get_cards (plan)), card, &position))
    g_return_val_if_reached (NULL);

  self = card_presence_new (N_("Remove card"), card, FALSE, position);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwLink) link = g_list_model_get_item (links, i);

      if (pw_link_get_source (link) == card || pw_link_get_target (link) == card)
        {
          g_ptr_array_add (self->links, g_object_ref (link));
          g_array_append_val (self->link_positions, i);
        }
    }
  return (PwCommand *) self;
}

/* ---- Add or remove a link, an indicator or a stakeholder ------------------ */

typedef enum { ITEM_LINK, ITEM_INDICATOR, ITEM_STAKEHOLDER } ItemKind;

typedef struct {
  PwCommand  parent;
  ItemKind   kind;
  GObject   *item;
  PwCard    *card;       /* indicators: the card they belong to */
  gboolean   adding;
  guint      position;
} ItemPresence;

static void
item_insert (ItemPresence *self, PwPlan *plan)
{
  switch (self->kind)
    {
    case ITEM_LINK:
      pw_plan_insert_link (plan, PW_LINK (self->item), self->position);
      break;
    case ITEM_INDICATOR:
      pw_plan_insert_indicator (plan, self->card, PW_INDICATOR_REF (self->item), self->position);
      break;
    case ITEM_STAKEHOLDER:
      pw_plan_insert_stakeholder (plan, PW_STAKEHOLDER (self->item), self->position);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
item_extract (ItemPresence *self, PwPlan *plan)
{
  switch (self->kind)
    {
    case ITEM_LINK:
      pw_plan_extract_link (plan, PW_LINK (self->item));
      break;
    case ITEM_INDICATOR:
      pw_plan_extract_indicator (plan, self->card, PW_INDICATOR_REF (self->item));
      break;
    case ITEM_STAKEHOLDER:
      pw_plan_extract_stakeholder (plan, PW_STAKEHOLDER (self->item));
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
item_presence_apply (PwCommand *command, PwPlan *plan)
{
  ItemPresence *self = (ItemPresence *) command;

  if (self->adding)
    item_insert (self, plan);
  else
    item_extract (self, plan);
}

static void
item_presence_revert (PwCommand *command, PwPlan *plan)
{
  ItemPresence *self = (ItemPresence *) command;

  if (self->adding)
    item_extract (self, plan);
  else
    item_insert (self, plan);
}

static void
item_presence_clear (PwCommand *command)
{
  ItemPresence *self = (ItemPresence *) command;

  g_clear_object (&self->item);
  g_clear_object (&self->card);
}

static const PwCommandClass item_presence_class = {
  item_presence_apply, item_presence_revert, never_merge, item_presence_clear,
};

static PwCommand *
item_presence_new (const char *label, ItemKind kind, gpointer item, PwCard *card,
                   gboolean adding, guint position)
{
  ItemPresence *self = command_new (sizeof (ItemPresence), &item_presence_class, label);

  self->kind = kind;
  self->item = g_object_ref (item);
  self->card = card != NULL ? g_object_ref (card) : NULL;
  self->adding = adding;
  self->position = position;
  return (PwCommand *) self;
}

/**
 * pw_command_new_link:
 * @link: the link
 * @adding: %TRUE to add it, %FALSE to remove it
 * @position: its place in the plan's link list
 *
 * Returns: (transfer full): a new command, not yet applied
 */
PwCommand *
pw_command_new_link (PwLink   *link,
                     gboolean  adding,
                     guint     position)
{
  return item_presence_new (adding ? N_("Add link") : N_("Remove link"),
                            ITEM_LINK, link, NULL, adding, position);
}

/**
 * pw_command_new_indicator:
 * @card: the outcome card
 * @ref: the indicator
 * @adding: %TRUE to attach it, %FALSE to detach it
 * @position: its place in the card's indicator list
 *
 * Returns: (transfer full): a new command, not yet applied
 */
PwCommand *
pw_command_new_indicator (PwCard         *card,
                          PwIndicatorRef *ref,
                          gboolean        adding,
                          guint           position)
{
  return item_presence_new (adding ? N_("Attach indicator") : N_("Detach indicator"),
                            ITEM_INDICATOR, ref, card, adding, position);
}

/**
 * pw_command_new_stakeholder:
 * @stakeholder: the stakeholder
 * @adding: %TRUE to add, %FALSE to remove
 * @position: its place in the plan's stakeholder list
 *
 * Returns: (transfer full): a new command, not yet applied
 */
PwCommand *
pw_command_new_stakeholder (PwStakeholder *stakeholder,
                            gboolean       adding,
                            guint          position)
{
  return item_presence_new (adding ? N_("Add stakeholder") : N_("Remove stakeholder"),
                            ITEM_STAKEHOLDER, stakeholder, NULL, adding, position);
}

/* ---- The history ---------------------------------------------------------- */

typedef struct {
  GPtrArray *commands;   /* PwCommand, applied in order, reverted in reverse */
  char      *label;      /* translated */
  guint      serial;     /* identifies the plan state after this step */
  gboolean   is_group;   /* groups never merge */
} Step;

struct _PwHistory
{
  GPtrArray *undo;           /* Step, the last one is undone first */
  GPtrArray *redo;           /* Step, the last one is redone first */
  Step      *group;          /* the open group, once it has a command */
  char      *group_label;
  guint      group_depth;
  gboolean   sealed;
  guint      next_serial;
  guint      saved_serial;   /* serial of the saved state; 0 = the empty history */
};

#define NEVER_SAVED G_MAXUINT

static void
step_free (gpointer data)
{
  Step *step = data;

  g_ptr_array_unref (step->commands);
  g_free (step->label);
  g_free (step);
}

static Step *
step_new (PwHistory *self, const char *label, gboolean is_group)
{
  Step *step = g_new0 (Step, 1);

  step->commands = g_ptr_array_new_with_free_func ((GDestroyNotify) pw_command_free);
  step->label = g_strdup (label);
  step->serial = ++self->next_serial;
  step->is_group = is_group;
  return step;
}

static Step *
top_step (GPtrArray *stack)
{
  return stack->len > 0 ? g_ptr_array_index (stack, stack->len - 1) : NULL;
}

static Step *
pop_step (GPtrArray *stack)
{
  return g_ptr_array_steal_index (stack, stack->len - 1);
}

/**
 * pw_history_new:
 *
 * Returns: (transfer full): an empty history, in the saved state
 */
PwHistory *
pw_history_new (void)
{
  PwHistory *self = g_new0 (PwHistory, 1);

  self->undo = g_ptr_array_new_with_free_func (step_free);
  self->redo = g_ptr_array_new_with_free_func (step_free);
  self->sealed = TRUE;
  return self;
}

/**
 * pw_history_free:
 * @self: (transfer full): a history
 */
void
pw_history_free (PwHistory *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->group, step_free);
  g_ptr_array_unref (self->undo);
  g_ptr_array_unref (self->redo);
  g_free (self->group_label);
  g_free (self);
}

static gboolean
try_merge (PwHistory *self, PwCommand *command)
{
  Step *top = top_step (self->undo);
  PwCommand *last;

  if (self->sealed || top == NULL || top->is_group || top->commands->len != 1)
    return FALSE;
  last = g_ptr_array_index (top->commands, 0);
  if (last->klass != command->klass || !last->klass->merge (last, command))
    return FALSE;
  /* The step now leads to a new state: it must not match a saved serial. */
  top->serial = ++self->next_serial;
  return TRUE;
}

/**
 * pw_history_push:
 * @self: a history
 * @command: (transfer full): a command that has just been applied
 *
 * Records @command: into the open group, merged into the last step (same
 * field or same card, not sealed), or as a new step. Clears the redo stack.
 */
void
pw_history_push (PwHistory *self,
                 PwCommand *command)
{
  Step *step;

  g_ptr_array_set_size (self->redo, 0);

  if (self->group_depth > 0)
    {
      if (self->group == NULL)
        self->group = step_new (self, self->group_label, TRUE);
      g_ptr_array_add (self->group->commands, command);
      return;
    }

  if (try_merge (self, command))
    {
      pw_command_free (command);
      return;
    }

  step = step_new (self, _(command->label), FALSE);
  g_ptr_array_add (step->commands, command);
  g_ptr_array_add (self->undo, step);
  self->sealed = FALSE;
}

/**
 * pw_history_begin_group:
 * @self: a history
 * @label: (nullable): the translated label of the step, for the outermost group
 */
void
pw_history_begin_group (PwHistory  *self,
                        const char *label)
{
  if (self->group_depth++ > 0)
    return;
  g_free (self->group_label);
  self->group_label = g_strdup (label != NULL ? label : "");
}

/**
 * pw_history_end_group:
 * @self: a history
 *
 * Returns: %TRUE if the outermost group closed
 */
gboolean
pw_history_end_group (PwHistory *self)
{
  g_return_val_if_fail (self->group_depth > 0, FALSE);

  if (--self->group_depth > 0)
    return FALSE;
  if (self->group != NULL)
    g_ptr_array_add (self->undo, g_steal_pointer (&self->group));
  self->sealed = TRUE;
  return TRUE;
}

/**
 * pw_history_in_group:
 * @self: a history
 *
 * Returns: whether a group is open
 */
gboolean
pw_history_in_group (PwHistory *self)
{
  return self->group_depth > 0;
}

/**
 * pw_history_seal:
 * @self: a history
 *
 * The next command starts a new step, even if it could merge.
 */
void
pw_history_seal (PwHistory *self)
{
  self->sealed = TRUE;
}

/**
 * pw_history_undo:
 * @self: a history
 * @plan: the plan to revert the last step on
 *
 * Returns: %FALSE if there was nothing to undo (or a group is open)
 */
gboolean
pw_history_undo (PwHistory *self,
                 PwPlan    *plan)
{
  Step *step;

  g_return_val_if_fail (self->group_depth == 0, FALSE);

  if (self->undo->len == 0)
    return FALSE;
  step = pop_step (self->undo);
  for (guint i = step->commands->len; i > 0; i--)
    command_revert (g_ptr_array_index (step->commands, i - 1), plan);
  g_ptr_array_add (self->redo, step);
  self->sealed = TRUE;
  return TRUE;
}

/**
 * pw_history_redo:
 * @self: a history
 * @plan: the plan to apply the next step on
 *
 * Returns: %FALSE if there was nothing to redo (or a group is open)
 */
gboolean
pw_history_redo (PwHistory *self,
                 PwPlan    *plan)
{
  Step *step;

  g_return_val_if_fail (self->group_depth == 0, FALSE);

  if (self->redo->len == 0)
    return FALSE;
  step = pop_step (self->redo);
  for (guint i = 0; i < step->commands->len; i++)
    pw_command_apply (g_ptr_array_index (step->commands, i), plan);
  g_ptr_array_add (self->undo, step);
  self->sealed = TRUE;
  return TRUE;
}

/**
 * pw_history_can_undo:
 * @self: a history
 *
 * Returns: whether there is a step to undo
 */
gboolean
pw_history_can_undo (PwHistory *self)
{
  return self->group_depth == 0 && self->undo->len > 0;
}

/**
 * pw_history_can_redo:
 * @self: a history
 *
 * Returns: whether there is a step to redo
 */
gboolean
pw_history_can_redo (PwHistory *self)
{
  return self->group_depth == 0 && self->redo->len > 0;
}

/**
 * pw_history_get_undo_label:
 * @self: a history
 *
 * Returns: (nullable): the label of the step to undo
 */
const char *
pw_history_get_undo_label (PwHistory *self)
{
  Step *step = pw_history_can_undo (self) ? top_step (self->undo) : NULL;

  return step != NULL ? step->label : NULL;
}

/**
 * pw_history_get_redo_label:
 * @self: a history
 *
 * Returns: (nullable): the label of the step to redo
 */
const char *
pw_history_get_redo_label (PwHistory *self)
{
  Step *step = pw_history_can_redo (self) ? top_step (self->redo) : NULL;

  return step != NULL ? step->label : NULL;
}

static guint
current_serial (PwHistory *self)
{
  Step *top = top_step (self->undo);

  return top != NULL ? top->serial : 0;
}

/**
 * pw_history_clear:
 * @self: a history
 *
 * Forgets every step; whether the plan is unsaved does not change.
 */
void
pw_history_clear (PwHistory *self)
{
  gboolean unsaved;

  g_return_if_fail (self->group_depth == 0);

  unsaved = pw_history_is_unsaved (self);
  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  self->saved_serial = unsaved ? NEVER_SAVED : 0;
  self->sealed = TRUE;
}

/**
 * pw_history_mark_saved:
 * @self: a history
 *
 * The current state is the saved one; seals the last step.
 */
void
pw_history_mark_saved (PwHistory *self)
{
  self->saved_serial = self->group != NULL ? NEVER_SAVED : current_serial (self);
  self->sealed = TRUE;
}

/**
 * pw_history_mark_unsaved:
 * @self: a history
 *
 * No state, present or reachable by undo and redo, is the saved one.
 */
void
pw_history_mark_unsaved (PwHistory *self)
{
  self->saved_serial = NEVER_SAVED;
}

/**
 * pw_history_is_unsaved:
 * @self: a history
 *
 * Steps have serials that are never reused, so undoing back to the saved
 * step, or redoing up to it, finds its serial again; a new edit after undo
 * drops the redo steps, and with them any way back to a saved state there.
 *
 * Returns: whether the state differs from the saved one
 */
gboolean
pw_history_is_unsaved (PwHistory *self)
{
  if (self->group != NULL)
    return TRUE;
  return current_serial (self) != self->saved_serial;
}
