/* pw-plan-diff.h — what changed between two versions of a plan, in plain words
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdio.h>

#include <gio/gio.h>

#include "pw-framework.h"
#include "pw-plan.h"

G_BEGIN_DECLS

/**
 * PwPlanChangeSection:
 * @PW_PLAN_CHANGE_SECTION_PLAN: plan details (title, organisation, area,
 *   authors, description, target groups)
 * @PW_PLAN_CHANGE_SECTION_CARDS: cards added, removed, retitled, edited,
 *   moved to another lane, reordered within their lane, domains
 * @PW_PLAN_CHANGE_SECTION_LINKS: links added or removed, assumptions, evidence
 * @PW_PLAN_CHANGE_SECTION_INDICATORS: indicators attached, detached, moved
 *   to another outcome, reworded, or given another domain
 * @PW_PLAN_CHANGE_SECTION_EVALUATION: the Part B Annex 1 fields of each
 *   indicator, and each outcome's "Theory of Change for Integration outcome"
 * @PW_PLAN_CHANGE_SECTION_STAKEHOLDERS: stakeholders added, removed, edited
 *
 * The groups of the --diff report, in the order they are printed.
 */
typedef enum {
  PW_PLAN_CHANGE_SECTION_PLAN,
  PW_PLAN_CHANGE_SECTION_CARDS,
  PW_PLAN_CHANGE_SECTION_LINKS,
  PW_PLAN_CHANGE_SECTION_INDICATORS,
  PW_PLAN_CHANGE_SECTION_EVALUATION,
  PW_PLAN_CHANGE_SECTION_STAKEHOLDERS,
} PwPlanChangeSection;

#define PW_N_PLAN_CHANGE_SECTIONS 6

/* Translated heading: "Plan details", "Cards", "Links", "Indicators",
 * "Evaluation plan", "Stakeholders". */
const char *pw_plan_change_section_get_name (PwPlanChangeSection section);

/**
 * PwPlanChangeKind:
 * @PW_PLAN_CHANGE_ADDED: an object (card, link, indicator, stakeholder) is new
 * @PW_PLAN_CHANGE_REMOVED: an object is gone
 * @PW_PLAN_CHANGE_CHANGED: anything else: a text, a lane, an order, a domain,
 *   a target group, an evaluation field (also one filled in or cleared)
 */
typedef enum {
  PW_PLAN_CHANGE_ADDED,
  PW_PLAN_CHANGE_REMOVED,
  PW_PLAN_CHANGE_CHANGED,
} PwPlanChangeKind;

/**
 * PwPlanChange:
 * @section: where the change belongs in the report
 * @kind: added, removed or changed
 * @object_id: the id of the card ("c3"), link ("l2"), indicator ("i4") or
 *   stakeholder ("s1") it is about; %NULL for plan details
 * @sentence: one translated sentence for the officer, e.g.
 *   "Moved the card ‘Café’ from Outputs to Activities."
 *
 * One difference between two versions of a plan. Read-only.
 */
typedef struct {
  PwPlanChangeSection  section;
  PwPlanChangeKind     kind;
  char                *object_id;
  char                *sentence;
} PwPlanChange;

#define PW_TYPE_PLAN_CHANGE (pw_plan_change_get_type ())
GType         pw_plan_change_get_type (void);
PwPlanChange *pw_plan_change_copy     (const PwPlanChange *change);
void          pw_plan_change_free     (PwPlanChange       *change);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PwPlanChange, pw_plan_change_free)

/**
 * pw_plan_diff:
 * @old: the earlier version
 * @new: the later version
 *
 * Compares two plans and describes, in plain words, what turns @old into @new.
 *
 * Objects are matched by their stable ids (cards "c1"…, links "l1"…,
 * indicators "i1"…, stakeholders "s1"…), which survive saving, loading and
 * undo. Two plans built separately, or a plan whose ids were renumbered by
 * another tool, are NOT matched by content: every object then shows as
 * removed and added again. A link whose id stays but whose ends change is
 * also reported as removed and added.
 *
 * Not reported: canvas positions (x, y) — a card dragged within its lane
 * counts only if its order in the lane changed; the order of indicators on an
 * outcome; the created and modified dates; bank indicator ids on their own
 * (an indicator whose text stays the same).
 *
 * Lane order: only cards that are in the same lane in both versions are
 * compared, and only the fewest cards that explain the new order are
 * "Reordered" (adding a card at the top of a lane reorders nothing).
 *
 * Sentences name cards by title (shortened past about 60 characters with
 * "…") and quote changed texts (shortened past about 100 characters).
 * Domain names come from the bundled framework.
 *
 * Returns: (transfer container) (element-type PwPlanChange): the changes,
 *   grouped by section in #PwPlanChangeSection order and, within a section,
 *   in the order of the objects in @new (removed objects first, in the order
 *   of @old); empty when the plans do not differ in anything reported. The
 *   array frees its elements.
 */
GPtrArray *pw_plan_diff (PwPlan *old,
                         PwPlan *new);

/* Like pw_plan_diff(), naming domains from @framework (%NULL: the bundled one). */
GPtrArray *pw_plan_diff_with_framework (PwPlan      *old,
                                        PwPlan      *new,
                                        PwFramework *framework);

/* Exit statuses of pw_plan_diff_cli(), like diff(1). */
#define PW_PLAN_DIFF_CLI_SAME        0
#define PW_PLAN_DIFF_CLI_DIFFERENT   1
#define PW_PLAN_DIFF_CLI_CANNOT_LOAD 2

/**
 * pw_plan_diff_cli:
 * @old_path: the earlier plan file
 * @new_path: the later plan file
 * @out: where the report goes
 * @err: where load errors and warnings go
 *
 * `pathways --diff OLD NEW`: loads both files and prints the changes grouped
 * under the translated section headings, one "  • sentence" a line, then a
 * one-line total ("5 differences: 2 added, 1 removed, 2 changed."), or just
 * "No differences.". No display needed.
 *
 * Returns: %PW_PLAN_DIFF_CLI_SAME, %PW_PLAN_DIFF_CLI_DIFFERENT, or
 *   %PW_PLAN_DIFF_CLI_CANNOT_LOAD when a file cannot be read (the loader's
 *   message is printed to @err as "PATH: message")
 */
int pw_plan_diff_cli (const char *old_path,
                      const char *new_path,
                      FILE       *out,
                      FILE       *err);

/* Prints @changes as pw_plan_diff_cli() does (sections, bullets, total). */
void pw_plan_diff_print (GPtrArray *changes,
                         FILE      *out);

G_END_DECLS
