/* pw-link.c — an arrow between two cards, with its assumption and evidence
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-plan"

#include <glib/gi18n-lib.h>

#include "pw-plan-private.h"

static const char * const field_names[PW_N_LINK_FIELDS] = { "assumption", "evidence" };

/**
 * pw_link_field_to_string:
 * @field: a link text field
 *
 * Returns: the stable name used in files: "assumption" or "evidence"
 */
const char *
pw_link_field_to_string (PwLinkField field)
{
  g_return_val_if_fail ((guint) field < PW_N_LINK_FIELDS, NULL);
  return field_names[field];
}

/**
 * pw_link_field_from_string:
 * @str: a name from pw_link_field_to_string()
 * @out_field: (out): the field
 *
 * Returns: %FALSE if @str names no field
 */
gboolean
pw_link_field_from_string (const char  *str,
                           PwLinkField *out_field)
{
  g_return_val_if_fail (out_field != NULL, FALSE);

  for (guint i = 0; str != NULL && i < PW_N_LINK_FIELDS; i++)
    if (g_str_equal (str, field_names[i]))
      {
        *out_field = (PwLinkField) i;
        return TRUE;
      }
  return FALSE;
}

/**
 * pw_link_kinds_allowed:
 * @source: the kind of the card the arrow starts from
 * @target: the kind of the card it points to
 *
 * Links go forwards, towards the goal, possibly skipping lanes; within a lane
 * only outcome→outcome is allowed, and nothing leads on from a goal.
 *
 * Returns: whether a link from a @source card to a @target card may exist
 */
gboolean
pw_link_kinds_allowed (PwCardKind source,
                       PwCardKind target)
{
  g_return_val_if_fail ((guint) source < PW_N_CARD_KINDS, FALSE);
  g_return_val_if_fail ((guint) target < PW_N_CARD_KINDS, FALSE);

  if (source == PW_CARD_KIND_GOAL)
    return FALSE;
  if (source == PW_CARD_KIND_OUTCOME && target == PW_CARD_KIND_OUTCOME)
    return TRUE;
  return target > source;
}

/**
 * pw_link_kinds_skip_stage:
 * @source: the kind of the source card
 * @target: the kind of the target card
 *
 * Returns: %TRUE for an allowed pair that jumps over at least one lane
 */
gboolean
pw_link_kinds_skip_stage (PwCardKind source,
                          PwCardKind target)
{
  return pw_link_kinds_allowed (source, target) && (int) target - (int) source > 1;
}

struct _PwLink
{
  GObject  parent_instance;

  char    *id;
  PwCard  *source;
  PwCard  *target;
  char    *text[PW_N_LINK_FIELDS];
};

G_DEFINE_FINAL_TYPE (PwLink, pw_link, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SOURCE,
  PROP_TARGET,
  PROP_ASSUMPTION,   /* the text fields, in PwLinkField order */
  PROP_EVIDENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pw_link_dispose (GObject *object)
{
  PwLink *self = PW_LINK (object);

  g_clear_object (&self->source);
  g_clear_object (&self->target);

  G_OBJECT_CLASS (pw_link_parent_class)->dispose (object);
}

static void
pw_link_finalize (GObject *object)
{
  PwLink *self = PW_LINK (object);

  g_free (self->id);
  for (guint i = 0; i < PW_N_LINK_FIELDS; i++)
    g_free (self->text[i]);

  G_OBJECT_CLASS (pw_link_parent_class)->finalize (object);
}

static void
pw_link_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  PwLink *self = PW_LINK (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_SOURCE:
      g_value_set_object (value, self->source);
      break;
    case PROP_TARGET:
      g_value_set_object (value, self->target);
      break;
    case PROP_ASSUMPTION:
    case PROP_EVIDENCE:
      g_value_set_string (value, self->text[prop_id - PROP_ASSUMPTION]);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_link_class_init (PwLinkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = pw_link_dispose;
  object_class->finalize = pw_link_finalize;
  object_class->get_property = pw_link_get_property;

  /** PwLink:id: unique in the plan ("l1"…). */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  /** PwLink:source: the card the arrow starts from. */
  properties[PROP_SOURCE] = g_param_spec_object ("source", NULL, NULL, PW_TYPE_CARD, flags);
  /** PwLink:target: the card the arrow points to. */
  properties[PROP_TARGET] = g_param_spec_object ("target", NULL, NULL, PW_TYPE_CARD, flags);
  /** PwLink:assumption: what must hold for the source to lead to the target. */
  properties[PROP_ASSUMPTION] = g_param_spec_string ("assumption", NULL, NULL, "", flags);
  /** PwLink:evidence: the evidence that it does. */
  properties[PROP_EVIDENCE] = g_param_spec_string ("evidence", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pw_link_init (PwLink *self)
{
  for (guint i = 0; i < PW_N_LINK_FIELDS; i++)
    self->text[i] = g_strdup ("");
}

/**
 * pw_link_new: (skip)
 * @id: its id in the plan
 * @source: the card it starts from
 * @target: the card it points to
 *
 * For the model only; the UI links with pw_plan_link(). No rule is checked here.
 *
 * Returns: (transfer full): a new link
 */
PwLink *
pw_link_new (const char *id,
             PwCard     *source,
             PwCard     *target)
{
  PwLink *self;

  g_return_val_if_fail (id != NULL && *id != '\0', NULL);
  g_return_val_if_fail (PW_IS_CARD (source), NULL);
  g_return_val_if_fail (PW_IS_CARD (target), NULL);

  self = g_object_new (PW_TYPE_LINK, NULL);
  self->id = g_strdup (id);
  self->source = g_object_ref (source);
  self->target = g_object_ref (target);
  return self;
}

/**
 * pw_link_get_id:
 * @self: a link
 *
 * Returns: its id, unique in the plan ("l1"…)
 */
const char *
pw_link_get_id (PwLink *self)
{
  g_return_val_if_fail (PW_IS_LINK (self), NULL);
  return self->id;
}

/**
 * pw_link_get_source:
 * @self: a link
 *
 * Returns: (transfer none): the card the arrow starts from
 */
PwCard *
pw_link_get_source (PwLink *self)
{
  g_return_val_if_fail (PW_IS_LINK (self), NULL);
  return self->source;
}

/**
 * pw_link_get_target:
 * @self: a link
 *
 * Returns: (transfer none): the card the arrow points to
 */
PwCard *
pw_link_get_target (PwLink *self)
{
  g_return_val_if_fail (PW_IS_LINK (self), NULL);
  return self->target;
}

/**
 * pw_link_get_source_id:
 * @self: a link
 *
 * Returns: the id of the source card
 */
const char *
pw_link_get_source_id (PwLink *self)
{
  g_return_val_if_fail (PW_IS_LINK (self), NULL);
  return pw_card_get_id (self->source);
}

/**
 * pw_link_get_target_id:
 * @self: a link
 *
 * Returns: the id of the target card
 */
const char *
pw_link_get_target_id (PwLink *self)
{
  g_return_val_if_fail (PW_IS_LINK (self), NULL);
  return pw_card_get_id (self->target);
}

/**
 * pw_link_get_text:
 * @self: a link
 * @field: which text
 *
 * Returns: the text, "" when empty, never %NULL
 */
const char *
pw_link_get_text (PwLink      *self,
                  PwLinkField  field)
{
  g_return_val_if_fail (PW_IS_LINK (self), NULL);
  g_return_val_if_fail ((guint) field < PW_N_LINK_FIELDS, NULL);
  return self->text[field];
}

/**
 * pw_link_get_assumption:
 * @self: a link
 *
 * Returns: the assumption behind the link, "" when empty
 */
const char *
pw_link_get_assumption (PwLink *self)
{
  return pw_link_get_text (self, PW_LINK_FIELD_ASSUMPTION);
}

/**
 * pw_link_get_evidence:
 * @self: a link
 *
 * Returns: the evidence for the link, "" when empty
 */
const char *
pw_link_get_evidence (PwLink *self)
{
  return pw_link_get_text (self, PW_LINK_FIELD_EVIDENCE);
}

/**
 * pw_link_skips_stage:
 * @self: a link
 *
 * Links that jump over a lane (activity→outcome) are allowed; the checks may
 * still ask for the missing step.
 *
 * Returns: %TRUE if the link jumps over at least one lane
 */
gboolean
pw_link_skips_stage (PwLink *self)
{
  g_return_val_if_fail (PW_IS_LINK (self), FALSE);
  return pw_link_kinds_skip_stage (pw_card_get_kind (self->source),
                                   pw_card_get_kind (self->target));
}

/* ---- Private setters (pw-plan-private.h) ------------------------------- */

void
pw_link_set_text (PwLink      *self,
                  PwLinkField  field,
                  const char  *text)
{
  g_return_if_fail (PW_IS_LINK (self));
  g_return_if_fail ((guint) field < PW_N_LINK_FIELDS);

  if (text == NULL)
    text = "";
  if (g_str_equal (self->text[field], text))
    return;
  g_free (self->text[field]);
  self->text[field] = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSUMPTION + field]);
}
