/* pw-indicator-ref.c — an indicator attached to an outcome card, with its evaluation plan
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-plan"

#include <glib/gi18n-lib.h>

#include "pw-plan-private.h"

G_DEFINE_ENUM_TYPE (PwEvalField, pw_eval_field,
  G_DEFINE_ENUM_VALUE (PW_EVAL_FIELD_DATA_SOURCE, "data-source"),
  G_DEFINE_ENUM_VALUE (PW_EVAL_FIELD_QUESTIONS_HAVE, "questions-have"),
  G_DEFINE_ENUM_VALUE (PW_EVAL_FIELD_QUESTIONS_NEED, "questions-need"),
  G_DEFINE_ENUM_VALUE (PW_EVAL_FIELD_METHODS, "methods"),
  G_DEFINE_ENUM_VALUE (PW_EVAL_FIELD_SAMPLE, "sample"),
  G_DEFINE_ENUM_VALUE (PW_EVAL_FIELD_RESPONSIBILITY, "responsibility"),
  G_DEFINE_ENUM_VALUE (PW_EVAL_FIELD_PROCESS, "process"),
  G_DEFINE_ENUM_VALUE (PW_EVAL_FIELD_TIMELINE, "timeline"),
  G_DEFINE_ENUM_VALUE (PW_EVAL_FIELD_BASELINE, "baseline"),
  G_DEFINE_ENUM_VALUE (PW_EVAL_FIELD_FOLLOW_UP, "follow-up"))

static const char * const eval_names[PW_N_EVAL_FIELDS] = {
  "data-source", "questions-have", "questions-need", "methods", "sample",
  "responsibility", "process", "timeline", "baseline", "follow-up",
};

static const char * const eval_labels[PW_N_EVAL_FIELDS] = {
  N_("Data source and frequency of data collection"),
  N_("What information do you already have?"),
  N_("What additional information will you need?"),
  N_("Data collection methods/related activities"),
  N_("Sample (how many individuals)"),
  N_("Responsibility (who collects)"),
  N_("Data collection and analysis process"),
  N_("Timeline (by when)"),
  N_("Baseline (when, before the intervention)"),
  N_("Follow-up (when the measure is repeated)"),
};

/**
 * pw_eval_field_to_string:
 * @field: an evaluation field
 *
 * Returns: the stable name used in files and as property name, e.g. "data-source"
 */
const char *
pw_eval_field_to_string (PwEvalField field)
{
  g_return_val_if_fail ((guint) field < PW_N_EVAL_FIELDS, NULL);
  return eval_names[field];
}

/**
 * pw_eval_field_from_string:
 * @str: a name from pw_eval_field_to_string()
 * @out_field: (out): the field
 *
 * Returns: %FALSE if @str names no field
 */
gboolean
pw_eval_field_from_string (const char  *str,
                           PwEvalField *out_field)
{
  g_return_val_if_fail (out_field != NULL, FALSE);

  for (guint i = 0; str != NULL && i < PW_N_EVAL_FIELDS; i++)
    if (g_str_equal (str, eval_names[i]))
      {
        *out_field = (PwEvalField) i;
        return TRUE;
      }
  return FALSE;
}

/**
 * pw_eval_field_get_label:
 * @field: an evaluation field
 *
 * Returns: the translated label of the Annex 1 row
 */
const char *
pw_eval_field_get_label (PwEvalField field)
{
  g_return_val_if_fail ((guint) field < PW_N_EVAL_FIELDS, NULL);
  return _(eval_labels[field]);
}

struct _PwIndicatorRef
{
  GObject  parent_instance;

  char    *id;
  char    *bank_id;
  char    *text;
  guint    domain;
  char    *eval[PW_N_EVAL_FIELDS];
  guint    suggested;
  PwCard  *card;   /* unowned: the card owns us while we are attached */
};

G_DEFINE_FINAL_TYPE (PwIndicatorRef, pw_indicator_ref, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_BANK_ID,
  PROP_TEXT,
  PROP_DOMAIN,
  PROP_SUGGESTED,
  PROP_EVAL_FIRST,   /* one per PwEvalField, in order */
  N_PROPS = PROP_EVAL_FIRST + PW_N_EVAL_FIELDS
};

static GParamSpec *properties[N_PROPS];

static void
pw_indicator_ref_finalize (GObject *object)
{
  PwIndicatorRef *self = PW_INDICATOR_REF (object);

  g_free (self->id);
  g_free (self->bank_id);
  g_free (self->text);
  for (guint i = 0; i < PW_N_EVAL_FIELDS; i++)
    g_free (self->eval[i]);

  G_OBJECT_CLASS (pw_indicator_ref_parent_class)->finalize (object);
}

static void
pw_indicator_ref_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PwIndicatorRef *self = PW_INDICATOR_REF (object);

  if (prop_id >= PROP_EVAL_FIRST && prop_id < N_PROPS)
    {
      g_value_set_string (value, self->eval[prop_id - PROP_EVAL_FIRST]);
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_BANK_ID:
      g_value_set_string (value, self->bank_id);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_DOMAIN:
      g_value_set_uint (value, self->domain);
      break;
    case PROP_SUGGESTED:
      g_value_set_uint (value, self->suggested);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_indicator_ref_class_init (PwIndicatorRefClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pw_indicator_ref_finalize;
  object_class->get_property = pw_indicator_ref_get_property;

  /** PwIndicatorRef:id: unique in the plan ("i1"…). */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  /** PwIndicatorRef:bank-id: the bank occurrence, %NULL for a custom indicator. */
  properties[PROP_BANK_ID] = g_param_spec_string ("bank-id", NULL, NULL, NULL, flags);
  /** PwIndicatorRef:text: the bank text as attached, or the custom text. */
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", flags);
  /** PwIndicatorRef:domain: the framework domain, 1–14. */
  properties[PROP_DOMAIN] = g_param_spec_uint ("domain", NULL, NULL, 1, 14, 1, flags);
  /** PwIndicatorRef:suggested: bit `1 << field` set while that field holds an unaccepted suggestion. */
  properties[PROP_SUGGESTED] =
    g_param_spec_uint ("suggested", NULL, NULL, 0, (1u << PW_N_EVAL_FIELDS) - 1, 0, flags);
  for (guint i = 0; i < PW_N_EVAL_FIELDS; i++)
    properties[PROP_EVAL_FIRST + i] = g_param_spec_string (eval_names[i], NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pw_indicator_ref_init (PwIndicatorRef *self)
{
  self->text = g_strdup ("");
  self->domain = 1;
  for (guint i = 0; i < PW_N_EVAL_FIELDS; i++)
    self->eval[i] = g_strdup ("");
}

/**
 * pw_indicator_ref_new: (skip)
 * @id: its id in the plan
 * @bank_id: (nullable): the bank occurrence, or %NULL for a custom indicator
 * @text: the indicator text
 * @domain: its framework domain, 1–14
 *
 * For the model only; the UI attaches with pw_plan_attach_indicator().
 *
 * Returns: (transfer full): a new indicator reference, attached to no card
 */
PwIndicatorRef *
pw_indicator_ref_new (const char *id,
                      const char *bank_id,
                      const char *text,
                      guint       domain)
{
  PwIndicatorRef *self;

  g_return_val_if_fail (id != NULL && *id != '\0', NULL);
  g_return_val_if_fail (domain >= 1 && domain <= 14, NULL);

  self = g_object_new (PW_TYPE_INDICATOR_REF, NULL);
  self->id = g_strdup (id);
  self->bank_id = (bank_id != NULL && *bank_id != '\0') ? g_strdup (bank_id) : NULL;
  g_free (self->text);
  self->text = g_strdup (text != NULL ? text : "");
  self->domain = domain;
  return self;
}

/**
 * pw_indicator_ref_get_id:
 * @self: an indicator reference
 *
 * Returns: its id, unique in the plan ("i1"…)
 */
const char *
pw_indicator_ref_get_id (PwIndicatorRef *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_REF (self), NULL);
  return self->id;
}

/**
 * pw_indicator_ref_get_bank_id:
 * @self: an indicator reference
 *
 * Returns: (nullable): the bank occurrence id ("bridges-03"), %NULL if custom
 */
const char *
pw_indicator_ref_get_bank_id (PwIndicatorRef *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_REF (self), NULL);
  return self->bank_id;
}

/**
 * pw_indicator_ref_is_custom:
 * @self: an indicator reference
 *
 * Returns: %TRUE if the officer wrote it (no bank id)
 */
gboolean
pw_indicator_ref_is_custom (PwIndicatorRef *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_REF (self), FALSE);
  return self->bank_id == NULL;
}

/**
 * pw_indicator_ref_get_text:
 * @self: an indicator reference
 *
 * Returns: the bank text copied at attach time, or the custom text
 */
const char *
pw_indicator_ref_get_text (PwIndicatorRef *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_REF (self), NULL);
  return self->text;
}

/**
 * pw_indicator_ref_get_domain:
 * @self: an indicator reference
 *
 * Returns: its framework domain, 1–14
 */
guint
pw_indicator_ref_get_domain (PwIndicatorRef *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_REF (self), 0);
  return self->domain;
}

/**
 * pw_indicator_ref_get_eval:
 * @self: an indicator reference
 * @field: an Annex 1 field
 *
 * Returns: the field's text, "" when empty, never %NULL
 */
const char *
pw_indicator_ref_get_eval (PwIndicatorRef *self,
                           PwEvalField     field)
{
  g_return_val_if_fail (PW_IS_INDICATOR_REF (self), NULL);
  g_return_val_if_fail ((guint) field < PW_N_EVAL_FIELDS, NULL);
  return self->eval[field];
}

/**
 * pw_indicator_ref_is_suggested:
 * @self: an indicator reference
 * @field: an Annex 1 field
 *
 * Returns: %TRUE while @field holds a prefilled suggestion not yet accepted
 */
gboolean
pw_indicator_ref_is_suggested (PwIndicatorRef *self,
                               PwEvalField     field)
{
  g_return_val_if_fail (PW_IS_INDICATOR_REF (self), FALSE);
  g_return_val_if_fail ((guint) field < PW_N_EVAL_FIELDS, FALSE);
  return (self->suggested & (1u << field)) != 0;
}

/**
 * pw_indicator_ref_get_suggested:
 * @self: an indicator reference
 *
 * Returns: the suggested flags, bit `1 << field` per #PwEvalField
 */
guint
pw_indicator_ref_get_suggested (PwIndicatorRef *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_REF (self), 0);
  return self->suggested;
}

/**
 * pw_indicator_ref_has_eval:
 * @self: an indicator reference
 *
 * Returns: %TRUE if at least one evaluation field is filled in (suggestions count)
 */
gboolean
pw_indicator_ref_has_eval (PwIndicatorRef *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_REF (self), FALSE);

  for (guint i = 0; i < PW_N_EVAL_FIELDS; i++)
    if (*self->eval[i] != '\0')
      return TRUE;
  return FALSE;
}

/**
 * pw_indicator_ref_get_card:
 * @self: an indicator reference
 *
 * Returns: (transfer none) (nullable): the outcome card it is attached to
 */
PwCard *
pw_indicator_ref_get_card (PwIndicatorRef *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_REF (self), NULL);
  return self->card;
}

/* ---- Private setters (pw-plan-private.h) ------------------------------- */

void
pw_indicator_ref_set_text (PwIndicatorRef *self,
                           const char     *text)
{
  g_return_if_fail (PW_IS_INDICATOR_REF (self));

  if (text == NULL)
    text = "";
  if (g_str_equal (self->text, text))
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

void
pw_indicator_ref_set_eval (PwIndicatorRef *self,
                           PwEvalField     field,
                           const char     *text)
{
  g_return_if_fail (PW_IS_INDICATOR_REF (self));
  g_return_if_fail ((guint) field < PW_N_EVAL_FIELDS);

  if (text == NULL)
    text = "";
  if (g_str_equal (self->eval[field], text))
    return;
  g_free (self->eval[field]);
  self->eval[field] = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVAL_FIRST + field]);
}

void
pw_indicator_ref_set_suggested (PwIndicatorRef *self,
                                PwEvalField     field,
                                gboolean        suggested)
{
  guint flags;

  g_return_if_fail (PW_IS_INDICATOR_REF (self));
  g_return_if_fail ((guint) field < PW_N_EVAL_FIELDS);

  flags = suggested ? (self->suggested | (1u << field)) : (self->suggested & ~(1u << field));
  if (flags == self->suggested)
    return;
  self->suggested = flags;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUGGESTED]);
}

void
pw_indicator_ref_set_card (PwIndicatorRef *self,
                           PwCard         *card)
{
  g_return_if_fail (PW_IS_INDICATOR_REF (self));
  self->card = card;
}
