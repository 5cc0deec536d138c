/* pw-stakeholder.c — a person, group or organisation with a stake in the plan
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-plan"

#include <glib/gi18n-lib.h>

#include "pw-plan-private.h"

G_DEFINE_ENUM_TYPE (PwStakeholderKind, pw_stakeholder_kind,
  G_DEFINE_ENUM_VALUE (PW_STAKEHOLDER_KIND_NEWCOMER, "newcomer"),
  G_DEFINE_ENUM_VALUE (PW_STAKEHOLDER_KIND_RECEIVING_COMMUNITY, "receiving-community"),
  G_DEFINE_ENUM_VALUE (PW_STAKEHOLDER_KIND_INSTITUTION, "institution"),
  G_DEFINE_ENUM_VALUE (PW_STAKEHOLDER_KIND_OTHER, "other"))

static const char * const kind_names[PW_N_STAKEHOLDER_KINDS] = {
  "newcomer", "receiving-community", "institution", "other",
};

static const char * const kind_display_names[PW_N_STAKEHOLDER_KINDS] = {
  N_("Newcomers"), N_("Receiving community"), N_("Institution"), N_("Other"),
};

/**
 * pw_stakeholder_kind_to_string:
 * @kind: a stakeholder kind
 *
 * Returns: the stable name used in files, e.g. "receiving-community"
 */
const char *
pw_stakeholder_kind_to_string (PwStakeholderKind kind)
{
  g_return_val_if_fail ((guint) kind < PW_N_STAKEHOLDER_KINDS, NULL);
  return kind_names[kind];
}

/**
 * pw_stakeholder_kind_from_string:
 * @str: a name from pw_stakeholder_kind_to_string()
 * @out_kind: (out): the kind
 *
 * Returns: %FALSE if @str names no kind
 */
gboolean
pw_stakeholder_kind_from_string (const char        *str,
                                 PwStakeholderKind *out_kind)
{
  g_return_val_if_fail (out_kind != NULL, FALSE);

  for (guint i = 0; str != NULL && i < PW_N_STAKEHOLDER_KINDS; i++)
    if (g_str_equal (str, kind_names[i]))
      {
        *out_kind = (PwStakeholderKind) i;
        return TRUE;
      }
  return FALSE;
}

/**
 * pw_stakeholder_kind_get_display_name:
 * @kind: a stakeholder kind
 *
 * Returns: the translated name, e.g. "Receiving community"
 */
const char *
pw_stakeholder_kind_get_display_name (PwStakeholderKind kind)
{
  g_return_val_if_fail ((guint) kind < PW_N_STAKEHOLDER_KINDS, NULL);
  return _(kind_display_names[kind]);
}

struct _PwStakeholder
{
  GObject            parent_instance;

  char              *id;
  char              *name;
  PwStakeholderKind  kind;
  char              *role;
};

G_DEFINE_FINAL_TYPE (PwStakeholder, pw_stakeholder, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pw_stakeholder_finalize (GObject *object)
{
  PwStakeholder *self = PW_STAKEHOLDER (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->role);

  G_OBJECT_CLASS (pw_stakeholder_parent_class)->finalize (object);
}

static void
pw_stakeholder_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PwStakeholder *self = PW_STAKEHOLDER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_stakeholder_class_init (PwStakeholderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pw_stakeholder_finalize;
  object_class->get_property = pw_stakeholder_get_property;

  /** PwStakeholder:id: unique in the plan ("s1"…). */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  /** PwStakeholder:name: who they are. */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  /** PwStakeholder:kind: newcomers, receiving community, institution or other. */
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, PW_TYPE_STAKEHOLDER_KIND,
                                             PW_STAKEHOLDER_KIND_OTHER, flags);
  /** PwStakeholder:role: their part in the plan. */
  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pw_stakeholder_init (PwStakeholder *self)
{
  self->name = g_strdup ("");
  self->role = g_strdup ("");
  self->kind = PW_STAKEHOLDER_KIND_OTHER;
}

/**
 * pw_stakeholder_new: (skip)
 * @id: its id in the plan
 * @name: (nullable): who they are
 * @kind: their side of integration
 * @role: (nullable): their part in the plan
 *
 * For the model only; the UI adds with pw_plan_add_stakeholder().
 *
 * Returns: (transfer full): a new stakeholder
 */
PwStakeholder *
pw_stakeholder_new (const char        *id,
                    const char        *name,
                    PwStakeholderKind  kind,
                    const char        *role)
{
  PwStakeholder *self;

  g_return_val_if_fail (id != NULL && *id != '\0', NULL);
  g_return_val_if_fail ((guint) kind < PW_N_STAKEHOLDER_KINDS, NULL);

  self = g_object_new (PW_TYPE_STAKEHOLDER, NULL);
  self->id = g_strdup (id);
  pw_stakeholder_set_text (self, PW_STAKEHOLDER_FIELD_NAME, name);
  pw_stakeholder_set_text (self, PW_STAKEHOLDER_FIELD_ROLE, role);
  self->kind = kind;
  return self;
}

/**
 * pw_stakeholder_get_id:
 * @self: a stakeholder
 *
 * Returns: the id, unique in the plan ("s1"…)
 */
const char *
pw_stakeholder_get_id (PwStakeholder *self)
{
  g_return_val_if_fail (PW_IS_STAKEHOLDER (self), NULL);
  return self->id;
}

/**
 * pw_stakeholder_get_name:
 * @self: a stakeholder
 *
 * Returns: the name, "" when empty
 */
const char *
pw_stakeholder_get_name (PwStakeholder *self)
{
  g_return_val_if_fail (PW_IS_STAKEHOLDER (self), NULL);
  return self->name;
}

/**
 * pw_stakeholder_get_kind:
 * @self: a stakeholder
 *
 * Returns: their side of integration
 */
PwStakeholderKind
pw_stakeholder_get_kind (PwStakeholder *self)
{
  g_return_val_if_fail (PW_IS_STAKEHOLDER (self), PW_STAKEHOLDER_KIND_OTHER);
  return self->kind;
}

/**
 * pw_stakeholder_get_role:
 * @self: a stakeholder
 *
 * Returns: the role, "" when empty
 */
const char *
pw_stakeholder_get_role (PwStakeholder *self)
{
  g_return_val_if_fail (PW_IS_STAKEHOLDER (self), NULL);
  return self->role;
}

/**
 * pw_stakeholder_get_text:
 * @self: a stakeholder
 * @field: name or role
 *
 * Returns: the text, "" when empty, never %NULL
 */
const char *
pw_stakeholder_get_text (PwStakeholder      *self,
                         PwStakeholderField  field)
{
  g_return_val_if_fail (PW_IS_STAKEHOLDER (self), NULL);
  g_return_val_if_fail (field == PW_STAKEHOLDER_FIELD_NAME || field == PW_STAKEHOLDER_FIELD_ROLE, NULL);
  return field == PW_STAKEHOLDER_FIELD_NAME ? self->name : self->role;
}

/* ---- Private setters (pw-plan-private.h) ------------------------------- */

void
pw_stakeholder_set_text (PwStakeholder      *self,
                         PwStakeholderField  field,
                         const char         *text)
{
  char **slot;

  g_return_if_fail (PW_IS_STAKEHOLDER (self));
  g_return_if_fail (field == PW_STAKEHOLDER_FIELD_NAME || field == PW_STAKEHOLDER_FIELD_ROLE);

  slot = field == PW_STAKEHOLDER_FIELD_NAME ? &self->name : &self->role;
  if (text == NULL)
    text = "";
  if (g_str_equal (*slot, text))
    return;
  g_free (*slot);
  *slot = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self),
                            properties[field == PW_STAKEHOLDER_FIELD_NAME ? PROP_NAME : PROP_ROLE]);
}

void
pw_stakeholder_set_kind (PwStakeholder     *self,
                         PwStakeholderKind  kind)
{
  g_return_if_fail (PW_IS_STAKEHOLDER (self));
  g_return_if_fail ((guint) kind < PW_N_STAKEHOLDER_KINDS);

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}
