/* pw-card.h — one card of the theory of change: a barrier, activity, output, outcome or goal
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * PwCardKind:
 * @PW_CARD_KIND_BARRIER: the problem, with its evidence
 * @PW_CARD_KIND_ACTIVITY: inputs and activities
 * @PW_CARD_KIND_OUTPUT: countable outputs
 * @PW_CARD_KIND_OUTCOME: intermediate outcomes, measured by indicators
 * @PW_CARD_KIND_GOAL: the long-term change
 *
 * The five lanes, in theory-of-change order: values increase towards the goal,
 * so `a < b` means "a comes before b".
 */
typedef enum {
  PW_CARD_KIND_BARRIER,
  PW_CARD_KIND_ACTIVITY,
  PW_CARD_KIND_OUTPUT,
  PW_CARD_KIND_OUTCOME,
  PW_CARD_KIND_GOAL,
} PwCardKind;

#define PW_N_CARD_KINDS 5

#define PW_TYPE_CARD_KIND (pw_card_kind_get_type ())
GType pw_card_kind_get_type (void);

/* Stable names for files: "barrier", "activity", "output", "outcome", "goal". */
const char *pw_card_kind_to_string (PwCardKind kind);
gboolean    pw_card_kind_from_string (const char *str,
                                      PwCardKind *out_kind);
/* Translated singular name: "Barrier", "Activity", "Output", "Outcome", "Goal". */
const char *pw_card_kind_get_display_name (PwCardKind kind);
/* Translated lane heading: "Barriers", "Activities", "Outputs",
 * "Intermediate outcomes", "Goal". */
const char *pw_card_kind_get_lane_name (PwCardKind kind);

/**
 * PwCardField:
 * @PW_CARD_FIELD_TITLE: the text on the card
 * @PW_CARD_FIELD_DESCRIPTION: a longer description
 * @PW_CARD_FIELD_EVIDENCE: the evidence behind it (for barriers: the evidence of the problem)
 * @PW_CARD_FIELD_INTEGRATION_OUTCOME: outcomes only: Annex 1 row
 *   "Theory of Change for Integration outcome"
 *
 * The text fields of a card, as used by pw_plan_set_card_text().
 */
typedef enum {
  PW_CARD_FIELD_TITLE,
  PW_CARD_FIELD_DESCRIPTION,
  PW_CARD_FIELD_EVIDENCE,
  PW_CARD_FIELD_INTEGRATION_OUTCOME,
} PwCardField;

#define PW_N_CARD_FIELDS 4

/* Stable names for files: "title", "description", "evidence", "integration-outcome". */
const char *pw_card_field_to_string (PwCardField field);
gboolean    pw_card_field_from_string (const char *str,
                                       PwCardField *out_field);

/* Domain n (1–14 of the framework) is bit n-1 of a card's domains mask. */
#define PW_CARD_DOMAIN_BIT(n)   ((guint16) (1u << ((n) - 1)))
#define PW_CARD_ALL_DOMAINS     ((guint16) 0x3fff)

/**
 * PwCard:
 *
 * A card on the theory-of-change canvas. Cards are owned by their #PwPlan and
 * are changed only through pw_plan_*() commands, so every change can be undone;
 * all properties are read-only here and emit #GObject::notify when the plan
 * changes them.
 *
 * Text getters never return %NULL: an empty field is "".
 *
 * Properties: "id" (string, "c1", "c2"…, unique in the plan, stable across
 * save and load), "kind" (#PwCardKind), "title", "description", "evidence",
 * "integration-outcome" (strings), "domains" (guint, a 14-bit mask, see
 * PW_CARD_DOMAIN_BIT()), "lane-order" (int, 0..n-1 within its lane), "x", "y"
 * (double, canvas position), "indicators" (#GListModel of #PwIndicatorRef,
 * outcomes only; empty for the other kinds).
 */
#define PW_TYPE_CARD (pw_card_get_type ())
G_DECLARE_FINAL_TYPE (PwCard, pw_card, PW, CARD, GObject)

const char *pw_card_get_id                  (PwCard      *self);
PwCardKind  pw_card_get_kind                (PwCard      *self);
const char *pw_card_get_title               (PwCard      *self);
const char *pw_card_get_description         (PwCard      *self);
const char *pw_card_get_evidence            (PwCard      *self);
const char *pw_card_get_integration_outcome (PwCard      *self);
const char *pw_card_get_text                (PwCard      *self,
                                             PwCardField  field);
guint16     pw_card_get_domains             (PwCard      *self);
gboolean    pw_card_has_domain              (PwCard      *self,
                                             guint        domain);
int         pw_card_get_lane_order          (PwCard      *self);
double      pw_card_get_x                   (PwCard      *self);
double      pw_card_get_y                   (PwCard      *self);
GListModel *pw_card_get_indicators          (PwCard      *self);
guint       pw_card_get_n_indicators        (PwCard      *self);
char       *pw_card_dup_display_title       (PwCard      *self);

G_END_DECLS
