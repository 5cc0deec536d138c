/* pw-plan-edit.c — the editing commands of a plan, and the rules they enforce
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every public edit builds a command (pw-command.c) and runs it through
 * pw_plan_run_command(), so it can be undone. Edits that change nothing
 * record nothing.
 */
#define G_LOG_DOMAIN "pathways-plan"

#include <glib/gi18n-lib.h>

#include "pw-command.h"

static const char * const plan_field_labels[PW_N_PLAN_FIELDS] = {
  N_("Edit plan title"), N_("Edit organisation"), N_("Edit area"),
  N_("Edit authors"), N_("Edit plan description"),
};

static const char * const card_field_labels[PW_N_CARD_FIELDS] = {
  N_("Edit title"), N_("Edit description"), N_("Edit evidence"),
  N_("Edit integration outcome"),
};

static const char * const link_field_labels[PW_N_LINK_FIELDS] = {
  N_("Edit assumption"), N_("Edit link evidence"),
};

static const char * const eval_field_labels[PW_N_EVAL_FIELDS] = {
  N_("Edit data source"), N_("Edit information you have"), N_("Edit information you need"),
  N_("Edit collection methods"), N_("Edit sample"), N_("Edit responsibility"),
  N_("Edit analysis process"), N_("Edit timeline"), N_("Edit baseline"), N_("Edit follow-up"),
};

static const char * const stakeholder_field_labels[2] = {
  N_("Edit stakeholder name"), N_("Edit stakeholder role"),
};

static const char label_domains[] = N_("Edit domains");
static const char label_target_groups[] = N_("Edit target groups");
static const char label_indicator_text[] = N_("Edit indicator text");
static const char label_stakeholder_kind[] = N_("Change stakeholder type");
static const char label_suggest[] = N_("Fill in suggestion");
static const char label_accept[] = N_("Accept suggestion");

/* Why a link from one kind to another is refused; NULL where it is allowed. */
static const char * const refusals[PW_N_CARD_KINDS][PW_N_CARD_KINDS] = {
  [PW_CARD_KIND_BARRIER] = {
    [PW_CARD_KIND_BARRIER] = N_("A barrier cannot lead to another barrier: links go from barriers towards the goal."),
  },
  [PW_CARD_KIND_ACTIVITY] = {
    [PW_CARD_KIND_BARRIER] = N_("An activity cannot lead to a barrier: links go from barriers towards the goal."),
    [PW_CARD_KIND_ACTIVITY] = N_("An activity cannot lead to another activity: links go from barriers towards the goal."),
  },
  [PW_CARD_KIND_OUTPUT] = {
    [PW_CARD_KIND_BARRIER] = N_("An output cannot lead to a barrier: links go from barriers towards the goal."),
    [PW_CARD_KIND_ACTIVITY] = N_("An output cannot lead to an activity: links go from barriers towards the goal."),
    [PW_CARD_KIND_OUTPUT] = N_("An output cannot lead to another output: links go from barriers towards the goal."),
  },
  [PW_CARD_KIND_OUTCOME] = {
    [PW_CARD_KIND_BARRIER] = N_("An outcome cannot lead to a barrier: links go from barriers towards the goal."),
    [PW_CARD_KIND_ACTIVITY] = N_("An outcome cannot lead to an activity: links go from barriers towards the goal."),
    [PW_CARD_KIND_OUTPUT] = N_("An outcome cannot lead to an output: links go from barriers towards the goal."),
  },
  [PW_CARD_KIND_GOAL] = {
    [PW_CARD_KIND_BARRIER] = N_("A goal cannot lead to a barrier: links go from barriers towards the goal."),
    [PW_CARD_KIND_ACTIVITY] = N_("A goal cannot lead to an activity: links go from barriers towards the goal."),
    [PW_CARD_KIND_OUTPUT] = N_("A goal cannot lead to an output: links go from barriers towards the goal."),
    [PW_CARD_KIND_OUTCOME] = N_("A goal cannot lead to an outcome: links go from barriers towards the goal."),
    [PW_CARD_KIND_GOAL] = N_("A goal cannot lead to another goal: links go from barriers towards the goal."),
  },
};

static gboolean
plan_has_card (PwPlan *self, PwCard *card)
{
  return PW_IS_CARD (card) && pw_plan_lookup_card (self, pw_card_get_id (card)) == card;
}

static gboolean
plan_has_link (PwPlan *self, PwLink *link)
{
  return PW_IS_LINK (link) && pw_plan_lookup_link (self, pw_link_get_id (link)) == link;
}

static gboolean
plan_has_indicator (PwPlan *self, PwIndicatorRef *ref)
{
  return PW_IS_INDICATOR_REF (ref) &&
         pw_plan_lookup_indicator (self, pw_indicator_ref_get_id (ref)) == ref;
}

static gboolean
plan_has_stakeholder (PwPlan *self, PwStakeholder *stakeholder)
{
  return PW_IS_STAKEHOLDER (stakeholder) &&
         pw_plan_lookup_stakeholder (self, pw_stakeholder_get_id (stakeholder)) == stakeholder;
}

/* ---- The link rules --------------------------------------------------------- */

static gboolean
refuse_link (GError **error, PwPlanError code, PwCard *source, PwCard *target, const char *why)
{
  g_autofree char *from = pw_card_dup_display_title (source);
  g_autofree char *to = pw_card_dup_display_title (target);

  /* Translators: “source card” to “target card”, then the reason. */
  g_set_error (error, PW_PLAN_ERROR, code, _("Cannot link “%s” to “%s”. %s"), from, to, why);
  return FALSE;
}

/**
 * pw_plan_can_link:
 * @self: a plan
 * @source: a card of @self
 * @target: a card of @self
 * @error: return location for a #PW_PLAN_ERROR, naming the cards
 *
 * Whether pw_plan_link() would accept the link: the kinds must allow it
 * (pw_link_kinds_allowed()), and it must not be a self-link, a duplicate, or
 * close a loop of outcomes.
 *
 * Returns: %TRUE if the link can be made
 */
gboolean
pw_plan_can_link (PwPlan  *self,
                  PwCard  *source,
                  PwCard  *target,
                  GError **error)
{
  g_return_val_if_fail (PW_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PW_IS_CARD (source) && PW_IS_CARD (target), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return pw_plan_check_link (self, source, target, TRUE, error);
}

gboolean
pw_plan_check_link (PwPlan    *self,
                    PwCard    *source,
                    PwCard    *target,
                    gboolean   check_loops,
                    GError   **error)
{
  PwCardKind from, to;

  if (!plan_has_card (self, source) || !plan_has_card (self, target))
    return refuse_link (error, PW_PLAN_ERROR_INVALID, source, target,
                        _("One of the cards is not in this plan."));
  if (source == target)
    return refuse_link (error, PW_PLAN_ERROR_LINK_SELF, source, target,
                        _("A card cannot lead to itself."));

  from = pw_card_get_kind (source);
  to = pw_card_get_kind (target);
  if (!pw_link_kinds_allowed (from, to))
    return refuse_link (error, from == PW_CARD_KIND_GOAL ? PW_PLAN_ERROR_LINK_FROM_GOAL
                                                         : PW_PLAN_ERROR_LINK_BACKWARDS,
                        source, target, _(refusals[from][to]));
  if (pw_plan_find_link (self, source, target) != NULL)
    return refuse_link (error, PW_PLAN_ERROR_LINK_DUPLICATE, source, target,
                        _("They are already linked."));
  if (check_loops && pw_plan_reaches (self, target, source))
    return pw_plan_refuse_loop (source, target, error);
  return TRUE;
}

gboolean
pw_plan_refuse_loop (PwCard  *source,
                     PwCard  *target,
                     GError **error)
{
  g_autofree char *from_title = pw_card_dup_display_title (source);
  g_autofree char *to_title = pw_card_dup_display_title (target);

  g_set_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_LINK_LOOP,
               _("Cannot link “%s” to “%s”: “%s” already leads to “%s”, and links cannot go round in a loop."),
               from_title, to_title, to_title, from_title);
  return FALSE;
}

/* ---- Generic field edits ---------------------------------------------------- */

static void
run_set_text (PwPlan        *self,
              const char    *label,
              gpointer       object,
              PwTextSetFunc  set,
              guint          field,
              const char    *old_text,
              const char    *new_text)
{
  if (new_text == NULL)
    new_text = "";
  if (g_str_equal (old_text, new_text))
    return;
  pw_plan_run_command (self, pw_command_new_set_text (label, object, set, field, old_text, new_text));
}

static void
run_set_uint (PwPlan        *self,
              const char    *label,
              gpointer       object,
              PwUintSetFunc  set,
              guint          field,
              guint          old_value,
              guint          new_value)
{
  if (old_value == new_value)
    return;
  pw_plan_run_command (self, pw_command_new_set_uint (label, object, set, field, old_value, new_value));
}

/* Setters with the command signature. */
static void
set_plan_text (gpointer object, guint field, const char *text)
{
  pw_plan_load_text (object, field, text);
}

static void
set_plan_groups (gpointer object, guint field, guint value)
{
  pw_plan_load_target_groups (object, value);
}

static void
set_card_text (gpointer object, guint field, const char *text)
{
  pw_card_set_text (object, field, text);
}

static void
set_card_domains (gpointer object, guint field, guint value)
{
  pw_card_set_domains (object, (guint16) value);
}

static void
set_link_text (gpointer object, guint field, const char *text)
{
  pw_link_set_text (object, field, text);
}

static void
set_ref_text (gpointer object, guint field, const char *text)
{
  pw_indicator_ref_set_text (object, text);
}

static void
set_stakeholder_text (gpointer object, guint field, const char *text)
{
  pw_stakeholder_set_text (object, field, text);
}

static void
set_stakeholder_kind (gpointer object, guint field, guint value)
{
  pw_stakeholder_set_kind (object, value);
}

/* ---- Metadata --------------------------------------------------------------- */

/**
 * pw_plan_set_text:
 * @self: a plan
 * @field: a metadata field
 * @text: (nullable): the new text
 *
 * Edits the plan's title, organisation, area, authors or description.
 * Consecutive edits of one field merge into one undo step until sealed.
 */
void
pw_plan_set_text (PwPlan      *self,
                  PwPlanField  field,
                  const char  *text)
{
  g_return_if_fail (PW_IS_PLAN (self));
  g_return_if_fail ((guint) field < PW_N_PLAN_FIELDS);

  run_set_text (self, plan_field_labels[field], self, set_plan_text, field,
                pw_plan_get_text (self, field), text);
}

/**
 * pw_plan_set_target_groups:
 * @self: a plan
 * @groups: who the plan is for
 */
void
pw_plan_set_target_groups (PwPlan         *self,
                           PwTargetGroups  groups)
{
  g_return_if_fail (PW_IS_PLAN (self));

  run_set_uint (self, label_target_groups, self, set_plan_groups, 0,
                pw_plan_get_target_groups (self), groups & PW_TARGET_GROUPS_ALL);
}

/* ---- Cards ------------------------------------------------------------------ */

/**
 * pw_plan_add_card:
 * @self: a plan
 * @kind: its lane
 * @title: (nullable): the text on the card
 * @lane_order: its place in the lane; -1 (or past the end) appends
 * @x: canvas x
 * @y: canvas y
 *
 * Returns: (transfer none): the new card, with a new id
 */
PwCard *
pw_plan_add_card (PwPlan     *self,
                  PwCardKind  kind,
                  const char *title,
                  int         lane_order,
                  double      x,
                  double      y)
{
  g_autofree char *id = NULL;
  g_autoptr(PwCard) card = NULL;

  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  g_return_val_if_fail ((guint) kind < PW_N_CARD_KINDS, NULL);

  id = pw_plan_make_id (self, 'c');
  card = pw_card_new (id, kind);
  pw_card_set_text (card, PW_CARD_FIELD_TITLE, title);
  pw_card_set_lane_order (card, lane_order < 0 ? G_MAXINT : lane_order);
  pw_card_set_position (card, x, y);
  pw_plan_run_command (self, pw_command_new_add_card (card, G_MAXUINT));
  return card;   /* the plan holds it now */
}

/**
 * pw_plan_remove_card:
 * @self: a plan
 * @card: a card of @self
 *
 * Removes the card and its links, as one undo step; undo brings back the
 * same objects, with the same ids, at the same places.
 */
void
pw_plan_remove_card (PwPlan *self,
                     PwCard *card)
{
  g_return_if_fail (PW_IS_PLAN (self));
  g_return_if_fail (plan_has_card (self, card));

  pw_plan_run_command (self, pw_command_new_remove_card (self, card));
}

/**
 * pw_plan_set_card_text:
 * @self: a plan
 * @card: a card of @self
 * @field: which text
 * @text: (nullable): the new text
 *
 * Consecutive edits of one field of one card merge until sealed.
 */
void
pw_plan_set_card_text (PwPlan      *self,
                       PwCard      *card,
                       PwCardField  field,
                       const char  *text)
{
  g_return_if_fail (PW_IS_PLAN (self));
  g_return_if_fail (plan_has_card (self, card));
  g_return_if_fail ((guint) field < PW_N_CARD_FIELDS);

  run_set_text (self, card_field_labels[field], card, set_card_text, field,
                pw_card_get_text (card, field), text);
}

/**
 * pw_plan_set_card_domains:
 * @self: a plan
 * @card: a card of @self
 * @domains: the framework domains, bit n-1 for domain n (PW_CARD_DOMAIN_BIT())
 *
 * Consecutive changes of one card's domains merge until sealed.
 */
void
pw_plan_set_card_domains (PwPlan  *self,
                          PwCard  *card,
                          guint16  domains)
{
  g_return_if_fail (PW_IS_PLAN (self));
  g_return_if_fail (plan_has_card (self, card));

  run_set_uint (self, label_domains, card, set_card_domains, 0,
                pw_card_get_domains (card), domains & PW_CARD_ALL_DOMAINS);
}

static gboolean
check_links_for_kind (PwPlan *self, PwCard *card, PwCardKind kind, GError **error)
{
  g_autoptr(GPtrArray) out = pw_plan_get_links_from (self, card);
  g_autoptr(GPtrArray) in = pw_plan_get_links_to (self, card);
  PwCard *other = NULL;

  for (guint i = 0; other == NULL && i < out->len; i++)
    {
      PwCard *target = pw_link_get_target (g_ptr_array_index (out, i));

      if (!pw_link_kinds_allowed (kind, pw_card_get_kind (target)))
        other = target;
    }
  for (guint i = 0; other == NULL && i < in->len; i++)
    {
      PwCard *source = pw_link_get_source (g_ptr_array_index (in, i));

      if (!pw_link_kinds_allowed (pw_card_get_kind (source), kind))
        other = source;
    }
  if (other != NULL)
    {
      g_autofree char *title = pw_card_dup_display_title (card);
      g_autofree char *other_title = pw_card_dup_display_title (other);

      g_set_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_MOVE_BREAKS_LINK,
                   _("Cannot move “%s” to “%s”: its link with “%s” would no longer go towards the goal. Remove the link first."),
                   title, pw_card_kind_get_lane_name (kind), other_title);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_lane_change (PwPlan *self, PwCard *card, PwCardKind kind, GError **error)
{
  if (kind == pw_card_get_kind (card))
    return TRUE;
  if (pw_card_get_n_indicators (card) > 0)
    {
      g_autofree char *title = pw_card_dup_display_title (card);

      g_set_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_MOVE_HAS_INDICATORS,
                   _("Cannot move “%s” out of “%s”: it has indicators. Detach them first."),
                   title, pw_card_kind_get_lane_name (PW_CARD_KIND_OUTCOME));
      return FALSE;
    }
  return check_links_for_kind (self, card, kind, error);
}

/* The lane order a move would really give (-1 and too large: the end). */
static int
resolve_lane_order (PwPlan *self, PwCard *card, PwCardKind kind, int lane_order)
{
  g_autoptr(GPtrArray) lane = pw_plan_get_lane_cards (self, kind);
  int n = (int) lane->len - (pw_card_get_kind (card) == kind ? 1 : 0);

  return (lane_order < 0 || lane_order > n) ? n : lane_order;
}

/**
 * pw_plan_move_card:
 * @self: a plan
 * @card: a card of @self
 * @kind: its lane after the move (a new kind if it changes)
 * @lane_order: its place in that lane; -1 (or past the end) for the end
 * @x: canvas x
 * @y: canvas y
 * @error: return location for a #PW_PLAN_ERROR
 *
 * Moves a card within its lane, to another lane, or on the canvas. Lanes
 * stay numbered 0..n-1. Consecutive moves of one card merge (a drag) until
 * sealed.
 *
 * Returns: %FALSE if the lane change is refused (a link would go backwards,
 *   or an outcome with indicators would leave its lane)
 */
gboolean
pw_plan_move_card (PwPlan      *self,
                   PwCard      *card,
                   PwCardKind   kind,
                   int          lane_order,
                   double       x,
                   double       y,
                   GError     **error)
{
  g_return_val_if_fail (PW_IS_PLAN (self), FALSE);
  g_return_val_if_fail (plan_has_card (self, card), FALSE);
  g_return_val_if_fail ((guint) kind < PW_N_CARD_KINDS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_lane_change (self, card, kind, error))
    return FALSE;
  lane_order = resolve_lane_order (self, card, kind, lane_order);
  if (kind == pw_card_get_kind (card) && lane_order == pw_card_get_lane_order (card) &&
      x == pw_card_get_x (card) && y == pw_card_get_y (card))
    return TRUE;
  pw_plan_run_command (self, pw_command_new_move_card (card, kind, lane_order, x, y));
  return TRUE;
}

/**
 * pw_plan_set_card_position:
 * @self: a plan
 * @card: a card of @self
 * @x: canvas x
 * @y: canvas y
 *
 * Moves a card on the canvas only (same lane, same order); merges like
 * pw_plan_move_card().
 */
void
pw_plan_set_card_position (PwPlan *self,
                           PwCard *card,
                           double  x,
                           double  y)
{
  g_return_if_fail (PW_IS_PLAN (self));
  g_return_if_fail (plan_has_card (self, card));

  pw_plan_move_card (self, card, pw_card_get_kind (card), pw_card_get_lane_order (card),
                     x, y, NULL);
}

/* ---- Links ------------------------------------------------------------------ */

/**
 * pw_plan_link:
 * @self: a plan
 * @source: the card the arrow starts from
 * @target: the card it points to
 * @error: return location for a #PW_PLAN_ERROR, naming the cards
 *
 * See pw_plan_can_link() for the rules.
 *
 * Returns: (transfer none) (nullable): the new link, or %NULL if refused
 */
PwLink *
pw_plan_link (PwPlan  *self,
              PwCard  *source,
              PwCard  *target,
              GError **error)
{
  g_autofree char *id = NULL;
  g_autoptr(PwLink) link = NULL;

  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!pw_plan_can_link (self, source, target, error))
    return NULL;
  id = pw_plan_make_id (self, 'l');
  link = pw_link_new (id, source, target);
  pw_plan_run_command (self, pw_command_new_link (link, TRUE, G_MAXUINT));
  return link;   /* the plan holds it now */
}

/**
 * pw_plan_unlink:
 * @self: a plan
 * @link: a link
 *
 * Removes @link. A link no longer in the plan (say, removed with its card
 * earlier in the same group) is ignored.
 */
void
pw_plan_unlink (PwPlan *self,
                PwLink *link)
{
  guint position;

  g_return_if_fail (PW_IS_PLAN (self));
  g_return_if_fail (PW_IS_LINK (link));

  if (!plan_has_link (self, link) ||
      !g_list_store_find (G_LIST_STORE (pw_plan_get_links (self)), link, &position))
    return;
  pw_plan_run_command (self, pw_command_new_link (link, FALSE, position));
}

/**
 * pw_plan_set_link_text:
 * @self: a plan
 * @link: a link of @self
 * @field: assumption or evidence
 * @text: (nullable): the new text
 */
void
pw_plan_set_link_text (PwPlan      *self,
                       PwLink      *link,
                       PwLinkField  field,
                       const char  *text)
{
  g_return_if_fail (PW_IS_PLAN (self));
  g_return_if_fail (plan_has_link (self, link));
  g_return_if_fail ((guint) field < PW_N_LINK_FIELDS);

  run_set_text (self, link_field_labels[field], link, set_link_text, field,
                pw_link_get_text (link, field), text);
}

/* ---- Indicators and their evaluation plan ----------------------------------- */

static gboolean
check_attach (PwCard *card, const char *bank_id, GError **error)
{
  g_autofree char *title = pw_card_dup_display_title (card);

  if (pw_card_get_kind (card) != PW_CARD_KIND_OUTCOME)
    {
      g_set_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_NOT_OUTCOME,
                   _("Cannot attach an indicator to “%s”: indicators belong on intermediate outcomes."),
                   title);
      return FALSE;
    }
  if (pw_card_find_bank_indicator (card, bank_id) != NULL)
    {
      g_set_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_INDICATOR_DUPLICATE,
                   _("“%s” already has this indicator."), title);
      return FALSE;
    }
  return TRUE;
}

/**
 * pw_plan_attach_indicator:
 * @self: a plan
 * @card: an outcome card of @self
 * @bank_id: (nullable): the bank occurrence ("bridges-03"), or %NULL for a
 *   custom indicator
 * @text: the indicator text (copied from the bank, or the officer's own)
 * @domain: its framework domain, 1–14
 * @error: return location for a #PW_PLAN_ERROR
 *
 * Appends an indicator to the card's list.
 *
 * Returns: (transfer none) (nullable): the new indicator, or %NULL if
 *   @card is not an outcome or already has @bank_id
 */
PwIndicatorRef *
pw_plan_attach_indicator (PwPlan      *self,
                          PwCard      *card,
                          const char  *bank_id,
                          const char  *text,
                          guint        domain,
                          GError     **error)
{
  g_autofree char *id = NULL;
  g_autoptr(PwIndicatorRef) ref = NULL;

  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  g_return_val_if_fail (plan_has_card (self, card), NULL);
  g_return_val_if_fail (domain >= 1 && domain <= 14, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_attach (card, bank_id, error))
    return NULL;
  id = pw_plan_make_id (self, 'i');
  ref = pw_indicator_ref_new (id, bank_id, text, domain);
  pw_plan_run_command (self, pw_command_new_indicator (card, ref, TRUE,
                                                       pw_card_get_n_indicators (card)));
  return ref;   /* the card holds it now */
}

/**
 * pw_plan_detach_indicator:
 * @self: a plan
 * @ref: an indicator attached to a card of @self
 *
 * Undo puts it back at the same place, with its evaluation fields.
 */
void
pw_plan_detach_indicator (PwPlan         *self,
                          PwIndicatorRef *ref)
{
  PwCard *card;
  guint position;

  g_return_if_fail (PW_IS_PLAN (self));
  g_return_if_fail (plan_has_indicator (self, ref));

  card = pw_indicator_ref_get_card (ref);
  if (!g_list_store_find (G_LIST_STORE (pw_card_get_indicators (card)), ref, &position))
    g_return_if_reached ();
  pw_plan_run_command (self, pw_command_new_indicator (card, ref, FALSE, position));
}

/**
 * pw_plan_set_indicator_text:
 * @self: a plan
 * @ref: a custom indicator of @self
 * @text: (nullable): its new text
 *
 * Bank indicators keep the bank's text; only custom ones can be edited.
 */
void
pw_plan_set_indicator_text (PwPlan         *self,
                            PwIndicatorRef *ref,
                            const char     *text)
{
  g_return_if_fail (PW_IS_PLAN (self));
  g_return_if_fail (plan_has_indicator (self, ref));
  g_return_if_fail (pw_indicator_ref_is_custom (ref));

  run_set_text (self, label_indicator_text, ref, set_ref_text, 0,
                pw_indicator_ref_get_text (ref), text);
}

static void
run_set_eval (PwPlan         *self,
              const char     *label,
              PwIndicatorRef *ref,
              PwEvalField     field,
              const char     *text,
              gboolean        suggested)
{
  if (text == NULL)
    text = "";
  if (g_str_equal (pw_indicator_ref_get_eval (ref, field), text) &&
      pw_indicator_ref_is_suggested (ref, field) == suggested)
    return;
  pw_plan_run_command (self, pw_command_new_set_eval (label, ref, field, text, suggested));
}

/**
 * pw_plan_set_eval_field:
 * @self: a plan
 * @ref: an indicator of @self
 * @field: an Annex 1 field
 * @text: (nullable): the officer's text
 *
 * Clears the field's suggested flag. Typing in one field merges until sealed.
 */
void
pw_plan_set_eval_field (PwPlan         *self,
                        PwIndicatorRef *ref,
                        PwEvalField     field,
                        const char     *text)
{
  g_return_if_fail (PW_IS_PLAN (self));
  g_return_if_fail (plan_has_indicator (self, ref));
  g_return_if_fail ((guint) field < PW_N_EVAL_FIELDS);

  run_set_eval (self, eval_field_labels[field], ref, field, text, FALSE);
}

/**
 * pw_plan_suggest_eval_field:
 * @self: a plan
 * @ref: an indicator of @self
 * @field: an Annex 1 field
 * @text: (nullable): the suggested text
 *
 * Prefills a field with a suggestion (e.g. the data source from the bank's
 * marks) and flags it as not yet accepted. Undoable, like any edit; use a
 * group to prefill several fields as one step.
 */
void
pw_plan_suggest_eval_field (PwPlan         *self,
                            PwIndicatorRef *ref,
                            PwEvalField     field,
                            const char     *text)
{
  g_return_if_fail (PW_IS_PLAN (self));
  g_return_if_fail (plan_has_indicator (self, ref));
  g_return_if_fail ((guint) field < PW_N_EVAL_FIELDS);

  run_set_eval (self, label_suggest, ref, field, text, TRUE);
}

/**
 * pw_plan_accept_suggestion:
 * @self: a plan
 * @ref: an indicator of @self
 * @field: an Annex 1 field
 *
 * Keeps the suggested text as the officer's own: clears the flag. Does
 * nothing if the field holds no suggestion.
 */
void
pw_plan_accept_suggestion (PwPlan         *self,
                           PwIndicatorRef *ref,
                           PwEvalField     field)
{
  g_return_if_fail (PW_IS_PLAN (self));
  g_return_if_fail (plan_has_indicator (self, ref));
  g_return_if_fail ((guint) field < PW_N_EVAL_FIELDS);

  run_set_eval (self, label_accept, ref, field, pw_indicator_ref_get_eval (ref, field), FALSE);
}

/* ---- Stakeholders ----------------------------------------------------------- */

/**
 * pw_plan_add_stakeholder:
 * @self: a plan
 * @name: (nullable): who they are
 * @kind: their side of integration
 * @role: (nullable): their part in the plan
 *
 * Returns: (transfer none): the new stakeholder, appended
 */
PwStakeholder *
pw_plan_add_stakeholder (PwPlan            *self,
                         const char        *name,
                         PwStakeholderKind  kind,
                         const char        *role)
{
  g_autofree char *id = NULL;
  g_autoptr(PwStakeholder) stakeholder = NULL;

  g_return_val_if_fail (PW_IS_PLAN (self), NULL);
  g_return_val_if_fail ((guint) kind < PW_N_STAKEHOLDER_KINDS, NULL);

  id = pw_plan_make_id (self, 's');
  stakeholder = pw_stakeholder_new (id, name, kind, role);
  pw_plan_run_command (self, pw_command_new_stakeholder (stakeholder, TRUE, G_MAXUINT));
  return stakeholder;   /* the plan holds it now */
}

/**
 * pw_plan_remove_stakeholder:
 * @self: a plan
 * @stakeholder: a stakeholder of @self
 */
void
pw_plan_remove_stakeholder (PwPlan        *self,
                            PwStakeholder *stakeholder)
{
  guint position;

  g_return_if_fail (PW_IS_PLAN (self));
  g_return_if_fail (plan_has_stakeholder (self, stakeholder));

  if (!g_list_store_find (G_LIST_STORE (pw_plan_get_stakeholders (self)), stakeholder, &position))
    g_return_if_reached ();
  pw_plan_run_command (self, pw_command_new_stakeholder (stakeholder, FALSE, position));
}

/**
 * pw_plan_set_stakeholder_text:
 * @self: a plan
 * @stakeholder: a stakeholder of @self
 * @field: name or role
 * @text: (nullable): the new text
 */
void
pw_plan_set_stakeholder_text (PwPlan             *self,
                              PwStakeholder      *stakeholder,
                              PwStakeholderField  field,
                              const char         *text)
{
  g_return_if_fail (PW_IS_PLAN (self));
  g_return_if_fail (plan_has_stakeholder (self, stakeholder));
  g_return_if_fail (field == PW_STAKEHOLDER_FIELD_NAME || field == PW_STAKEHOLDER_FIELD_ROLE);

  run_set_text (self, stakeholder_field_labels[field], stakeholder, set_stakeholder_text, field,
                pw_stakeholder_get_text (stakeholder, field), text);
}

/**
 * pw_plan_set_stakeholder_kind:
 * @self: a plan
 * @stakeholder: a stakeholder of @self
 * @kind: their side of integration
 */
void
pw_plan_set_stakeholder_kind (PwPlan            *self,
                              PwStakeholder     *stakeholder,
                              PwStakeholderKind  kind)
{
  g_return_if_fail (PW_IS_PLAN (self));
  g_return_if_fail (plan_has_stakeholder (self, stakeholder));
  g_return_if_fail ((guint) kind < PW_N_STAKEHOLDER_KINDS);

  run_set_uint (self, label_stakeholder_kind, stakeholder, set_stakeholder_kind, 0,
                pw_stakeholder_get_kind (stakeholder), kind);
}
