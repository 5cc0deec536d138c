/* pw-plan-private.h — building plans without recording commands (the loader) and model internals
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only for the model library: the XML loader (pw-plan-xml.c) and the plan's
 * own commands. Nothing here records an undo step or emits PwPlan::changed;
 * the setters do emit GObject::notify.
 */
#pragma once

#include "pw-plan.h"

G_BEGIN_DECLS

/* ---- Objects ---------------------------------------------------------- */

PwCard         *pw_card_new                 (const char     *id,
                                             PwCardKind      kind);
void            pw_card_set_kind            (PwCard         *self,
                                             PwCardKind      kind);
void            pw_card_set_text            (PwCard         *self,
                                             PwCardField     field,
                                             const char     *text);
void            pw_card_set_domains         (PwCard         *self,
                                             guint16         domains);
void            pw_card_set_lane_order      (PwCard         *self,
                                             int             lane_order);
void            pw_card_set_position        (PwCard         *self,
                                             double          x,
                                             double          y);
/* position -1 or past the end appends; sets the ref's card. */
void            pw_card_insert_indicator    (PwCard         *self,
                                             PwIndicatorRef *ref,
                                             int             position);
/* Returns the position it had; clears the ref's card. */
guint           pw_card_remove_indicator    (PwCard         *self,
                                             PwIndicatorRef *ref);
PwIndicatorRef *pw_card_find_bank_indicator (PwCard         *self,
                                             const char     *bank_id);

/* bank_id NULL for a custom indicator; domain 1–14. */
PwIndicatorRef *pw_indicator_ref_new        (const char     *id,
                                             const char     *bank_id,
                                             const char     *text,
                                             guint           domain);
void            pw_indicator_ref_set_text   (PwIndicatorRef *self,
                                             const char     *text);
void            pw_indicator_ref_set_eval   (PwIndicatorRef *self,
                                             PwEvalField     field,
                                             const char     *text);
void            pw_indicator_ref_set_suggested (PwIndicatorRef *self,
                                             PwEvalField     field,
                                             gboolean        suggested);
void            pw_indicator_ref_set_card   (PwIndicatorRef *self,
                                             PwCard         *card);

PwLink         *pw_link_new                 (const char     *id,
                                             PwCard         *source,
                                             PwCard         *target);
void            pw_link_set_text            (PwLink         *self,
                                             PwLinkField     field,
                                             const char     *text);

PwStakeholder  *pw_stakeholder_new          (const char     *id,
                                             const char     *name,
                                             PwStakeholderKind kind,
                                             const char     *role);
void            pw_stakeholder_set_text     (PwStakeholder  *self,
                                             PwStakeholderField field,
                                             const char     *text);
void            pw_stakeholder_set_kind     (PwStakeholder  *self,
                                             PwStakeholderKind kind);

/* ---- Loading a plan ----------------------------------------------------
 *
 * Start from pw_plan_new(), then:
 *   pw_plan_load_text(), pw_plan_load_target_groups(), pw_plan_load_dates();
 *   for each card: pw_card_new() + setters (lane order as in the file) +
 *     pw_card_insert_indicator() for its indicators, then pw_plan_load_card();
 *   for each link: pw_plan_lookup_card() for both ends, pw_link_new(),
 *     pw_link_set_text(), then pw_plan_load_link();
 *   for each stakeholder: pw_stakeholder_new(), pw_plan_load_stakeholder();
 *   finally pw_plan_load_finish().
 * The load functions take their own reference and fail with
 * PW_PLAN_ERROR_DUPLICATE_ID, PW_PLAN_ERROR_INVALID (indicators on a card
 * that is not an outcome, link ends not in this plan) or the pw_plan_link()
 * errors (direction, duplicate, loop). On failure, drop the whole plan.
 * New ids made after loading never collide with loaded ones.
 */
void            pw_plan_load_text           (PwPlan         *self,
                                             PwPlanField     field,
                                             const char     *text);
void            pw_plan_load_target_groups  (PwPlan         *self,
                                             PwTargetGroups  groups);
/* Either may be NULL (keep the value from pw_plan_new()). Truncated to seconds. */
void            pw_plan_load_dates          (PwPlan         *self,
                                             GDateTime      *created,
                                             GDateTime      *modified);
gboolean        pw_plan_load_card           (PwPlan         *self,
                                             PwCard         *card,
                                             GError        **error);
gboolean        pw_plan_load_link           (PwPlan         *self,
                                             PwLink         *link,
                                             GError        **error);
gboolean        pw_plan_load_stakeholder    (PwPlan         *self,
                                             PwStakeholder  *stakeholder,
                                             GError        **error);
/* Many links at once: after pw_plan_load_defer_loops(), pw_plan_load_link()
 * leaves out the loop rule, and pw_plan_load_check_loops() checks all the
 * loaded links in one pass (a long chain would otherwise be walked once per
 * link). It returns the link a link-by-link load would have refused first,
 * with the same error as pw_plan_link(), or NULL if there is no loop; call it
 * also when loading stops early, since that refusal would have come first. */
void            pw_plan_load_defer_loops    (PwPlan         *self);
PwLink         *pw_plan_load_check_loops    (PwPlan         *self,
                                             GError        **error);
/* Renumbers each lane 0..n-1 keeping the loaded order (ties: file order),
 * clears the undo history and marks the plan saved. */
void            pw_plan_load_finish         (PwPlan         *self);

/* ---- Model internals: primitives the commands (pw-command.c) apply ----- */

/* Inserts at @position of the card list, into the lane of its kind at its
 * lane order (shifting the others). */
void            pw_plan_insert_card         (PwPlan         *self,
                                             PwCard         *card,
                                             guint           position);
/* Returns the position it had in the card list; closes the gap in its lane
 * but leaves the card's own kind and lane order as they were. */
guint           pw_plan_extract_card        (PwPlan         *self,
                                             PwCard         *card);
void            pw_plan_place_card          (PwPlan         *self,
                                             PwCard         *card,
                                             PwCardKind      kind,
                                             int             lane_order,
                                             double          x,
                                             double          y);
void            pw_plan_insert_link         (PwPlan         *self,
                                             PwLink         *link,
                                             guint           position);
guint           pw_plan_extract_link        (PwPlan         *self,
                                             PwLink         *link);
void            pw_plan_insert_indicator    (PwPlan         *self,
                                             PwCard         *card,
                                             PwIndicatorRef *ref,
                                             guint           position);
guint           pw_plan_extract_indicator   (PwPlan         *self,
                                             PwCard         *card,
                                             PwIndicatorRef *ref);
void            pw_plan_insert_stakeholder  (PwPlan         *self,
                                             PwStakeholder  *stakeholder,
                                             guint           position);
guint           pw_plan_extract_stakeholder (PwPlan         *self,
                                             PwStakeholder  *stakeholder);

/* Whether following links forwards from @from arrives at @to. */
gboolean        pw_plan_reaches             (PwPlan         *self,
                                             PwCard         *from,
                                             PwCard         *to);
/* pw-plan-edit.c: the rules of pw_plan_can_link(), the loop rule only if
 * @check_loops; pw_plan_refuse_loop() sets its loop error and returns FALSE. */
gboolean        pw_plan_check_link          (PwPlan         *self,
                                             PwCard         *source,
                                             PwCard         *target,
                                             gboolean        check_loops,
                                             GError        **error);
gboolean        pw_plan_refuse_loop         (PwCard         *source,
                                             PwCard         *target,
                                             GError        **error);

G_END_DECLS
