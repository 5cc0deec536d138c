/* pw-link.h — an arrow between two cards, with its assumption and evidence
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pw-card.h"

G_BEGIN_DECLS

/**
 * PwLinkField:
 * @PW_LINK_FIELD_ASSUMPTION: what must hold for the source to lead to the target
 * @PW_LINK_FIELD_EVIDENCE: the evidence that it does
 *
 * The text fields of a link, as used by pw_plan_set_link_text().
 */
typedef enum {
  PW_LINK_FIELD_ASSUMPTION,
  PW_LINK_FIELD_EVIDENCE,
} PwLinkField;

#define PW_N_LINK_FIELDS 2

/* Stable names for files: "assumption", "evidence". */
const char *pw_link_field_to_string (PwLinkField field);
gboolean    pw_link_field_from_string (const char  *str,
                                       PwLinkField *out_field);

/**
 * pw_link_kinds_allowed:
 *
 * The direction rule, on kinds alone: links go forwards, towards the goal.
 * Allowed: barrier→activity, activity→output, output→outcome, outcome→outcome,
 * outcome→goal, and every stage-skipping forward pair (barrier→output,
 * activity→outcome, barrier→goal…). Refused: anything backwards, anything out
 * of a goal, and barrier→barrier, activity→activity, output→output.
 * (pw_plan_can_link() adds the rules about particular cards: no self-links,
 * no duplicates, no loops of outcomes.)
 */
gboolean pw_link_kinds_allowed     (PwCardKind source,
                                    PwCardKind target);
/* TRUE for an allowed pair that jumps over at least one lane (e.g. activity→outcome). */
gboolean pw_link_kinds_skip_stage  (PwCardKind source,
                                    PwCardKind target);

/**
 * PwLink:
 *
 * An arrow from a source card to a target card. Owned by its #PwPlan and
 * changed only through pw_plan_*() commands. The link holds a reference on
 * both cards; removing a card removes its links (pw_plan_remove_card()).
 *
 * Properties (read-only, with notify): "id" ("l1"…), "source", "target"
 * (#PwCard), "assumption", "evidence" (strings, "" when empty).
 */
#define PW_TYPE_LINK (pw_link_get_type ())
G_DECLARE_FINAL_TYPE (PwLink, pw_link, PW, LINK, GObject)

const char *pw_link_get_id         (PwLink      *self);
PwCard     *pw_link_get_source     (PwLink      *self);
PwCard     *pw_link_get_target     (PwLink      *self);
const char *pw_link_get_source_id  (PwLink      *self);
const char *pw_link_get_target_id  (PwLink      *self);
const char *pw_link_get_assumption (PwLink      *self);
const char *pw_link_get_evidence   (PwLink      *self);
const char *pw_link_get_text       (PwLink      *self,
                                    PwLinkField  field);
/* TRUE if the link jumps over a lane, e.g. activity→outcome (for the checks). */
gboolean    pw_link_skips_stage    (PwLink      *self);

G_END_DECLS
