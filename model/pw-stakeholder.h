/* pw-stakeholder.h — a person, group or organisation with a stake in the plan
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * PwStakeholderKind:
 * @PW_STAKEHOLDER_KIND_NEWCOMER: newcomers (refugees, migrants…)
 * @PW_STAKEHOLDER_KIND_RECEIVING_COMMUNITY: the receiving community
 * @PW_STAKEHOLDER_KIND_INSTITUTION: institutions and services
 * @PW_STAKEHOLDER_KIND_OTHER: anyone else
 *
 * Integration is multi-directional: a good plan names all three sides.
 */
typedef enum {
  PW_STAKEHOLDER_KIND_NEWCOMER,
  PW_STAKEHOLDER_KIND_RECEIVING_COMMUNITY,
  PW_STAKEHOLDER_KIND_INSTITUTION,
  PW_STAKEHOLDER_KIND_OTHER,
} PwStakeholderKind;

#define PW_N_STAKEHOLDER_KINDS 4

#define PW_TYPE_STAKEHOLDER_KIND (pw_stakeholder_kind_get_type ())
GType pw_stakeholder_kind_get_type (void);

/* Stable names for files: "newcomer", "receiving-community", "institution", "other". */
const char *pw_stakeholder_kind_to_string (PwStakeholderKind kind);
gboolean    pw_stakeholder_kind_from_string (const char        *str,
                                             PwStakeholderKind *out_kind);
/* Translated: "Newcomers", "Receiving community", "Institution", "Other". */
const char *pw_stakeholder_kind_get_display_name (PwStakeholderKind kind);

/**
 * PwStakeholderField:
 * @PW_STAKEHOLDER_FIELD_NAME: who they are
 * @PW_STAKEHOLDER_FIELD_ROLE: their part in the plan
 *
 * The text fields of a stakeholder, as used by pw_plan_set_stakeholder_text().
 */
typedef enum {
  PW_STAKEHOLDER_FIELD_NAME,
  PW_STAKEHOLDER_FIELD_ROLE,
} PwStakeholderField;

/**
 * PwStakeholder:
 *
 * Owned by its #PwPlan, changed only through pw_plan_*() commands.
 * Properties (read-only, with notify): "id" ("s1"…), "name", "kind"
 * (#PwStakeholderKind), "role". Text getters return "" when empty.
 */
#define PW_TYPE_STAKEHOLDER (pw_stakeholder_get_type ())
G_DECLARE_FINAL_TYPE (PwStakeholder, pw_stakeholder, PW, STAKEHOLDER, GObject)

const char        *pw_stakeholder_get_id   (PwStakeholder      *self);
const char        *pw_stakeholder_get_name (PwStakeholder      *self);
PwStakeholderKind  pw_stakeholder_get_kind (PwStakeholder      *self);
const char        *pw_stakeholder_get_role (PwStakeholder      *self);
const char        *pw_stakeholder_get_text (PwStakeholder      *self,
                                            PwStakeholderField  field);

G_END_DECLS
