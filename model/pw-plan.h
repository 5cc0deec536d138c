/* pw-plan.h — a theory-of-change plan and its evaluation plan, with undo and redo
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pw-card.h"
#include "pw-indicator-ref.h"
#include "pw-link.h"
#include "pw-stakeholder.h"

G_BEGIN_DECLS

#define PW_PLAN_ERROR (pw_plan_error_quark ())

/**
 * PwPlanError:
 * @PW_PLAN_ERROR_LINK_SELF: a card cannot lead to itself
 * @PW_PLAN_ERROR_LINK_FROM_GOAL: nothing leads on from a goal
 * @PW_PLAN_ERROR_LINK_BACKWARDS: the link would point away from the goal
 *   (also same-lane links other than outcome→outcome)
 * @PW_PLAN_ERROR_LINK_DUPLICATE: the two cards are already linked this way
 * @PW_PLAN_ERROR_LINK_LOOP: outcome→outcome links would go round in a loop
 * @PW_PLAN_ERROR_MOVE_BREAKS_LINK: moving the card to another lane would make
 *   one of its links invalid
 * @PW_PLAN_ERROR_MOVE_HAS_INDICATORS: an outcome with indicators cannot leave
 *   the outcome lane
 * @PW_PLAN_ERROR_NOT_OUTCOME: indicators attach to outcome cards only
 * @PW_PLAN_ERROR_INDICATOR_DUPLICATE: the bank indicator is already on the card
 * @PW_PLAN_ERROR_DUPLICATE_ID: (loading) two objects share one id
 * @PW_PLAN_ERROR_INVALID: (loading) an object does not fit the plan
 *
 * Messages are translated and written for the officer; they name the cards.
 */
typedef enum {
  PW_PLAN_ERROR_LINK_SELF,
  PW_PLAN_ERROR_LINK_FROM_GOAL,
  PW_PLAN_ERROR_LINK_BACKWARDS,
  PW_PLAN_ERROR_LINK_DUPLICATE,
  PW_PLAN_ERROR_LINK_LOOP,
  PW_PLAN_ERROR_MOVE_BREAKS_LINK,
  PW_PLAN_ERROR_MOVE_HAS_INDICATORS,
  PW_PLAN_ERROR_NOT_OUTCOME,
  PW_PLAN_ERROR_INDICATOR_DUPLICATE,
  PW_PLAN_ERROR_DUPLICATE_ID,
  PW_PLAN_ERROR_INVALID,
} PwPlanError;

GQuark pw_plan_error_quark (void);

/**
 * PwTargetGroups:
 * @PW_TARGET_GROUP_NEWCOMERS: the plan works with newcomers
 * @PW_TARGET_GROUP_RECEIVING_COMMUNITIES: … with receiving communities
 * @PW_TARGET_GROUP_INSTITUTIONS: … with institutions
 *
 * Who the plan is for; integration is multi-directional, so usually several.
 */
typedef enum {
  PW_TARGET_GROUP_NEWCOMERS             = 1 << 0,
  PW_TARGET_GROUP_RECEIVING_COMMUNITIES = 1 << 1,
  PW_TARGET_GROUP_INSTITUTIONS          = 1 << 2,
} PwTargetGroups;

#define PW_TARGET_GROUPS_ALL 0x7

#define PW_TYPE_TARGET_GROUPS (pw_target_groups_get_type ())
GType pw_target_groups_get_type (void);

/* One flag at a time. Stable names for files: "newcomers",
 * "receiving-communities", "institutions". */
const char *pw_target_group_to_string (PwTargetGroups group);
gboolean    pw_target_group_from_string (const char     *str,
                                         PwTargetGroups *out_group);
/* Translated: "Newcomers", "Receiving communities", "Institutions". */
const char *pw_target_group_get_display_name (PwTargetGroups group);

/**
 * PwPlanField:
 *
 * The text metadata of a plan, as used by pw_plan_set_text().
 */
typedef enum {
  PW_PLAN_FIELD_TITLE,
  PW_PLAN_FIELD_ORGANISATION,
  PW_PLAN_FIELD_AREA,
  PW_PLAN_FIELD_AUTHORS,
  PW_PLAN_FIELD_DESCRIPTION,
} PwPlanField;

#define PW_N_PLAN_FIELDS 5

/* Stable names for files: "title", "organisation", "area", "authors", "description". */
const char *pw_plan_field_to_string (PwPlanField field);
gboolean    pw_plan_field_from_string (const char  *str,
                                       PwPlanField *out_field);

/**
 * PwPlan:
 *
 * A theory-of-change plan: cards in five lanes, links between them,
 * stakeholders, metadata, and per outcome the indicators with their
 * evaluation plan.
 *
 * Every edit is a command on the plan's undo stack: the objects it owns are
 * read-only from outside, and change only through the pw_plan_*() functions
 * below. Views observe the plan:
 *
 * - #GListModel::items-changed on pw_plan_get_cards(), pw_plan_get_links(),
 *   pw_plan_get_stakeholders() and each outcome's pw_card_get_indicators();
 * - #GObject::notify on the properties of the plan, cards, links, indicators
 *   and stakeholders;
 * - #PwPlan::changed once after every command, undo and redo (after a whole
 *   group, see pw_plan_begin_group()) — the moment to re-run the checks.
 *
 * Properties (all read-only, with notify): "title", "organisation", "area",
 * "authors", "description" (strings, "" when empty), "created", "modified"
 * (#GDateTime, UTC, whole seconds), "target-groups" (#PwTargetGroups),
 * "can-undo", "can-redo" (boolean), "undo-label", "redo-label" (translated
 * string or %NULL), "unsaved" (boolean: differs from the state last passed to
 * pw_plan_mark_saved(), also correct after undoing back to it or redoing past it).
 *
 * Undo steps:
 *
 * - Merging: consecutive edits of the same field of the same object (text,
 *   domains, kind, evaluation field…) merge into one step, so typing is one
 *   undo step; consecutive moves of the same card merge, so a drag is one
 *   step. Merging stops at pw_plan_seal_undo(), which the UI calls on focus-out
 *   and at the end of a drag; undo, redo, pw_plan_mark_saved() and groups seal
 *   too.
 * - Groups: commands between pw_plan_begin_group() and pw_plan_end_group() are
 *   one step (paste, delete several, guided mode). Groups nest; the outermost
 *   label is the one shown.
 * - A command that changes nothing (same text, same place) records no step.
 * - A new command clears the redo stack.
 */
#define PW_TYPE_PLAN (pw_plan_get_type ())
G_DECLARE_FINAL_TYPE (PwPlan, pw_plan, PW, PLAN, GObject)

PwPlan         *pw_plan_new                  (void);

/* Metadata */
const char     *pw_plan_get_text             (PwPlan        *self,
                                              PwPlanField    field);
const char     *pw_plan_get_title            (PwPlan        *self);
const char     *pw_plan_get_organisation     (PwPlan        *self);
const char     *pw_plan_get_area             (PwPlan        *self);
const char     *pw_plan_get_authors          (PwPlan        *self);
const char     *pw_plan_get_description      (PwPlan        *self);
GDateTime      *pw_plan_get_created          (PwPlan        *self);
GDateTime      *pw_plan_get_modified         (PwPlan        *self);
PwTargetGroups  pw_plan_get_target_groups    (PwPlan        *self);

/* Contents. The list models and the objects in them belong to the plan.
 * pw_plan_get_cards(): creation order (a card removed and restored by undo
 * gets its old place back). pw_plan_get_lane_cards(), pw_plan_get_links_from()
 * and pw_plan_get_links_to() return a new array (free it; the objects in it
 * are borrowed), lane cards sorted by lane order. Lookups return NULL for an
 * unknown id, and for objects that have been removed (even if undo could
 * bring them back). pw_plan_can_link() tells whether pw_plan_link() would
 * succeed, with the same error — use it to highlight drop targets. */
GListModel     *pw_plan_get_cards            (PwPlan        *self);
GListModel     *pw_plan_get_links            (PwPlan        *self);
GListModel     *pw_plan_get_stakeholders     (PwPlan        *self);
PwCard         *pw_plan_lookup_card          (PwPlan        *self,
                                              const char    *id);
PwLink         *pw_plan_lookup_link          (PwPlan        *self,
                                              const char    *id);
PwStakeholder  *pw_plan_lookup_stakeholder   (PwPlan        *self,
                                              const char    *id);
PwIndicatorRef *pw_plan_lookup_indicator     (PwPlan        *self,
                                              const char    *id);
PwLink         *pw_plan_find_link            (PwPlan        *self,
                                              PwCard        *source,
                                              PwCard        *target);
GPtrArray      *pw_plan_get_lane_cards       (PwPlan        *self,
                                              PwCardKind     kind);
GPtrArray      *pw_plan_get_links_from       (PwPlan        *self,
                                              PwCard        *card);
GPtrArray      *pw_plan_get_links_to         (PwPlan        *self,
                                              PwCard        *card);
gboolean        pw_plan_can_link             (PwPlan        *self,
                                              PwCard        *source,
                                              PwCard        *target,
                                              GError       **error);

/* Commands: each one is an undoable step (see above). Objects returned are
 * owned by the plan. Text arguments may be NULL, meaning "".
 *
 * pw_plan_add_card(): lane_order is the position within the lane of @kind
 *   (-1 or past the end: append); later cards shift down.
 * pw_plan_remove_card(): removes the card's links too; undo restores the card
 *   and its links with the same ids, at the same places.
 * pw_plan_move_card(): change lane (kind), place in lane (-1: end) and canvas
 *   position in one step. A lane change is refused (FALSE, @error set) if one
 *   of the card's links would break the direction rule, or if an outcome with
 *   indicators would leave the outcome lane. Lane orders stay 0..n-1.
 *   pw_plan_set_card_position() moves on the canvas only; both merge.
 * pw_plan_link(): see pw_link_kinds_allowed() and pw_plan_can_link().
 * pw_plan_unlink(): a link already gone (removed with its card earlier in the
 *   same group) is ignored, so "delete selection" may list both.
 * pw_plan_attach_indicator(): to an outcome card, appended. @bank_id is the
 *   bank occurrence ("bridges-03") whose @text is copied, or NULL for a
 *   custom indicator; @domain is 1–14. The same bank id twice on one card is
 *   refused. pw_plan_detach_indicator(): undo puts it back at the same
 *   position with its evaluation fields.
 * pw_plan_set_eval_field(): the officer's edit; clears the suggested flag.
 * pw_plan_suggest_eval_field(): a prefilled suggestion (sets the flag).
 * pw_plan_accept_suggestion(): keeps the text, clears the flag.
 * pw_plan_set_indicator_text(): custom indicators only. */
void            pw_plan_set_text             (PwPlan        *self,
                                              PwPlanField    field,
                                              const char    *text);
void            pw_plan_set_target_groups    (PwPlan        *self,
                                              PwTargetGroups groups);

PwCard         *pw_plan_add_card             (PwPlan        *self,
                                              PwCardKind     kind,
                                              const char    *title,
                                              int            lane_order,
                                              double         x,
                                              double         y);
void            pw_plan_remove_card          (PwPlan        *self,
                                              PwCard        *card);
void            pw_plan_set_card_text        (PwPlan        *self,
                                              PwCard        *card,
                                              PwCardField    field,
                                              const char    *text);
void            pw_plan_set_card_domains     (PwPlan        *self,
                                              PwCard        *card,
                                              guint16        domains);
gboolean        pw_plan_move_card            (PwPlan        *self,
                                              PwCard        *card,
                                              PwCardKind     kind,
                                              int            lane_order,
                                              double         x,
                                              double         y,
                                              GError       **error);
void            pw_plan_set_card_position    (PwPlan        *self,
                                              PwCard        *card,
                                              double         x,
                                              double         y);

PwLink         *pw_plan_link                 (PwPlan        *self,
                                              PwCard        *source,
                                              PwCard        *target,
                                              GError       **error);
void            pw_plan_unlink               (PwPlan        *self,
                                              PwLink        *link);
void            pw_plan_set_link_text        (PwPlan        *self,
                                              PwLink        *link,
                                              PwLinkField    field,
                                              const char    *text);

PwIndicatorRef *pw_plan_attach_indicator     (PwPlan        *self,
                                              PwCard        *card,
                                              const char    *bank_id,
                                              const char    *text,
                                              guint          domain,
                                              GError       **error);
void            pw_plan_detach_indicator     (PwPlan        *self,
                                              PwIndicatorRef *ref);
void            pw_plan_set_indicator_text   (PwPlan        *self,
                                              PwIndicatorRef *ref,
                                              const char    *text);
void            pw_plan_set_eval_field       (PwPlan        *self,
                                              PwIndicatorRef *ref,
                                              PwEvalField    field,
                                              const char    *text);
void            pw_plan_suggest_eval_field   (PwPlan        *self,
                                              PwIndicatorRef *ref,
                                              PwEvalField    field,
                                              const char    *text);
void            pw_plan_accept_suggestion    (PwPlan        *self,
                                              PwIndicatorRef *ref,
                                              PwEvalField    field);

PwStakeholder  *pw_plan_add_stakeholder      (PwPlan        *self,
                                              const char    *name,
                                              PwStakeholderKind kind,
                                              const char    *role);
void            pw_plan_remove_stakeholder   (PwPlan        *self,
                                              PwStakeholder *stakeholder);
void            pw_plan_set_stakeholder_text (PwPlan        *self,
                                              PwStakeholder *stakeholder,
                                              PwStakeholderField field,
                                              const char    *text);
void            pw_plan_set_stakeholder_kind (PwPlan        *self,
                                              PwStakeholder *stakeholder,
                                              PwStakeholderKind kind);

/* Undo and redo. The group label is shown as is (translate it): e.g.
 * pw_plan_begin_group (plan, translated "Paste"). Undo and redo return FALSE if there
 * was nothing to do, and are refused inside a group. pw_plan_clear_undo()
 * forgets all steps (e.g. after building a plan from a template). */
void            pw_plan_begin_group          (PwPlan        *self,
                                              const char    *label);
void            pw_plan_end_group            (PwPlan        *self);
void            pw_plan_seal_undo            (PwPlan        *self);
gboolean        pw_plan_can_undo             (PwPlan        *self);
gboolean        pw_plan_can_redo             (PwPlan        *self);
const char     *pw_plan_get_undo_label       (PwPlan        *self);
const char     *pw_plan_get_redo_label       (PwPlan        *self);
gboolean        pw_plan_undo                 (PwPlan        *self);
gboolean        pw_plan_redo                 (PwPlan        *self);
void            pw_plan_clear_undo           (PwPlan        *self);

/* Saved state: mark_saved after a successful save (it also seals). */
void            pw_plan_mark_saved           (PwPlan        *self);
void            pw_plan_mark_unsaved         (PwPlan        *self);
gboolean        pw_plan_get_unsaved          (PwPlan        *self);

/* Deep comparison for round-trip tests: metadata, dates, target groups, cards
 * (in list order, all fields, indicators with their evaluation fields and
 * suggested flags), links and stakeholders (in list order). Positions are
 * compared to 0.01; write them with g_ascii_dtostr(). Undo history is ignored. */
gboolean        pw_plan_equal                (PwPlan        *a,
                                              PwPlan        *b);

G_END_DECLS
