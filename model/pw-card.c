/* pw-card.c — one card of the theory of change: a barrier, activity, output, outcome or goal
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-plan"

#include <glib/gi18n-lib.h>

#include "pw-plan-private.h"

G_DEFINE_ENUM_TYPE (PwCardKind, pw_card_kind,
  G_DEFINE_ENUM_VALUE (PW_CARD_KIND_BARRIER, "barrier"),
  G_DEFINE_ENUM_VALUE (PW_CARD_KIND_ACTIVITY, "activity"),
  G_DEFINE_ENUM_VALUE (PW_CARD_KIND_OUTPUT, "output"),
  G_DEFINE_ENUM_VALUE (PW_CARD_KIND_OUTCOME, "outcome"),
  G_DEFINE_ENUM_VALUE (PW_CARD_KIND_GOAL, "goal"))

static const char * const kind_names[PW_N_CARD_KINDS] = {
  "barrier", "activity", "output", "outcome", "goal",
};

static const char * const kind_display_names[PW_N_CARD_KINDS] = {
  N_("Barrier"), N_("Activity"), N_("Output"), N_("Outcome"), N_("Goal"),
};

static const char * const kind_lane_names[PW_N_CARD_KINDS] = {
  N_("Barriers"), N_("Activities"), N_("Outputs"), N_("Intermediate outcomes"), N_("Goal"),
};

static const char * const kind_untitled[PW_N_CARD_KINDS] = {
  N_("Untitled barrier"), N_("Untitled activity"), N_("Untitled output"),
  N_("Untitled outcome"), N_("Untitled goal"),
};

static const char * const field_names[PW_N_CARD_FIELDS] = {
  "title", "description", "evidence", "integration-outcome",
};

/**
 * pw_card_kind_to_string:
 * @kind: a card kind
 *
 * Returns: the stable, untranslated name used in files, e.g. "outcome"
 */
const char *
pw_card_kind_to_string (PwCardKind kind)
{
  g_return_val_if_fail ((guint) kind < PW_N_CARD_KINDS, NULL);
  return kind_names[kind];
}

/**
 * pw_card_kind_from_string:
 * @str: a name from pw_card_kind_to_string()
 * @out_kind: (out): the kind
 *
 * Returns: %FALSE if @str names no kind (then @out_kind is untouched)
 */
gboolean
pw_card_kind_from_string (const char *str,
                          PwCardKind *out_kind)
{
  g_return_val_if_fail (out_kind != NULL, FALSE);

  for (guint i = 0; str != NULL && i < PW_N_CARD_KINDS; i++)
    if (g_str_equal (str, kind_names[i]))
      {
        *out_kind = (PwCardKind) i;
        return TRUE;
      }
  return FALSE;
}

/**
 * pw_card_kind_get_display_name:
 * @kind: a card kind
 *
 * Returns: the translated singular name, e.g. "Outcome"
 */
const char *
pw_card_kind_get_display_name (PwCardKind kind)
{
  g_return_val_if_fail ((guint) kind < PW_N_CARD_KINDS, NULL);
  return _(kind_display_names[kind]);
}

/**
 * pw_card_kind_get_lane_name:
 * @kind: a card kind
 *
 * Returns: the translated lane heading, e.g. "Intermediate outcomes"
 */
const char *
pw_card_kind_get_lane_name (PwCardKind kind)
{
  g_return_val_if_fail ((guint) kind < PW_N_CARD_KINDS, NULL);
  return _(kind_lane_names[kind]);
}

/**
 * pw_card_field_to_string:
 * @field: a card text field
 *
 * Returns: the stable name used in files, e.g. "integration-outcome"
 */
const char *
pw_card_field_to_string (PwCardField field)
{
  g_return_val_if_fail ((guint) field < PW_N_CARD_FIELDS, NULL);
  return field_names[field];
}

/**
 * pw_card_field_from_string:
 * @str: a name from pw_card_field_to_string()
 * @out_field: (out): the field
 *
 * Returns: %FALSE if @str names no field
 */
gboolean
pw_card_field_from_string (const char  *str,
                           PwCardField *out_field)
{
  g_return_val_if_fail (out_field != NULL, FALSE);

  for (guint i = 0; str != NULL && i < PW_N_CARD_FIELDS; i++)
    if (g_str_equal (str, field_names[i]))
      {
        *out_field = (PwCardField) i;
        return TRUE;
      }
  return FALSE;
}

struct _PwCard
{
  GObject     parent_instance;

  char       *id;
  PwCardKind  kind;
  char       *text[PW_N_CARD_FIELDS];
  guint16     domains;
  int         lane_order;
  double      x;
  double      y;
  GListStore *indicators;
};

G_DEFINE_FINAL_TYPE (PwCard, pw_card, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_TITLE,                 /* the text fields, in PwCardField order */
  PROP_DESCRIPTION,
  PROP_EVIDENCE,
  PROP_INTEGRATION_OUTCOME,
  PROP_DOMAINS,
  PROP_LANE_ORDER,
  PROP_X,
  PROP_Y,
  PROP_INDICATORS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pw_card_dispose (GObject *object)
{
  PwCard *self = PW_CARD (object);

  /* Detached refs may outlive the card (on the undo stack): drop their back pointer. */
  if (self->indicators != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->indicators));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PwIndicatorRef) ref = g_list_model_get_item (G_LIST_MODEL (self->indicators), i);

          pw_indicator_ref_set_card (ref, NULL);
        }
    }
  g_clear_object (&self->indicators);

  G_OBJECT_CLASS (pw_card_parent_class)->dispose (object);
}

static void
pw_card_finalize (GObject *object)
{
  PwCard *self = PW_CARD (object);

  g_free (self->id);
  for (guint i = 0; i < PW_N_CARD_FIELDS; i++)
    g_free (self->text[i]);

  G_OBJECT_CLASS (pw_card_parent_class)->finalize (object);
}

static void
pw_card_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  PwCard *self = PW_CARD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_TITLE:
    case PROP_DESCRIPTION:
    case PROP_EVIDENCE:
    case PROP_INTEGRATION_OUTCOME:
      g_value_set_string (value, self->text[prop_id - PROP_TITLE]);
      break;
    case PROP_DOMAINS:
      g_value_set_uint (value, self->domains);
      break;
    case PROP_LANE_ORDER:
      g_value_set_int (value, self->lane_order);
      break;
    case PROP_X:
      g_value_set_double (value, self->x);
      break;
    case PROP_Y:
      g_value_set_double (value, self->y);
      break;
    case PROP_INDICATORS:
      g_value_set_object (value, self->indicators);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, "",
                              G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
pw_card_class_init (PwCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = pw_card_dispose;
  object_class->finalize = pw_card_finalize;
  object_class->get_property = pw_card_get_property;

  /** PwCard:id: unique in the plan ("c1"…), stable across save and load. */
  properties[PROP_ID] = string_property ("id");
  /** PwCard:kind: the lane the card sits in. */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, PW_TYPE_CARD_KIND, PW_CARD_KIND_BARRIER, flags);
  properties[PROP_TITLE] = string_property ("title");
  properties[PROP_DESCRIPTION] = string_property ("description");
  properties[PROP_EVIDENCE] = string_property ("evidence");
  /** PwCard:integration-outcome: Annex 1 "Theory of Change for Integration outcome". */
  properties[PROP_INTEGRATION_OUTCOME] = string_property ("integration-outcome");
  /** PwCard:domains: framework domains, bit n-1 for domain n. */
  properties[PROP_DOMAINS] =
    g_param_spec_uint ("domains", NULL, NULL, 0, PW_CARD_ALL_DOMAINS, 0, flags);
  /** PwCard:lane-order: position within the lane, 0..n-1. */
  properties[PROP_LANE_ORDER] =
    g_param_spec_int ("lane-order", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_X] =
    g_param_spec_double ("x", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0, flags);
  properties[PROP_Y] =
    g_param_spec_double ("y", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0, flags);
  /** PwCard:indicators: a #GListModel of #PwIndicatorRef (outcomes only). */
  properties[PROP_INDICATORS] =
    g_param_spec_object ("indicators", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pw_card_init (PwCard *self)
{
  for (guint i = 0; i < PW_N_CARD_FIELDS; i++)
    self->text[i] = g_strdup ("");
  self->indicators = g_list_store_new (PW_TYPE_INDICATOR_REF);
}

/**
 * pw_card_new: (skip)
 * @id: the card's id in its plan
 * @kind: its lane
 *
 * For the model only (see pw-plan-private.h); the UI adds cards with pw_plan_add_card().
 *
 * Returns: (transfer full): a new, empty card
 */
PwCard *
pw_card_new (const char *id,
             PwCardKind  kind)
{
  PwCard *self;

  g_return_val_if_fail (id != NULL && *id != '\0', NULL);
  g_return_val_if_fail ((guint) kind < PW_N_CARD_KINDS, NULL);

  self = g_object_new (PW_TYPE_CARD, NULL);
  self->id = g_strdup (id);
  self->kind = kind;
  return self;
}

/**
 * pw_card_get_id:
 * @self: a card
 *
 * Returns: the id, unique in the plan ("c1"…)
 */
const char *
pw_card_get_id (PwCard *self)
{
  g_return_val_if_fail (PW_IS_CARD (self), NULL);
  return self->id;
}

/**
 * pw_card_get_kind:
 * @self: a card
 *
 * Returns: the card's kind, which is its lane
 */
PwCardKind
pw_card_get_kind (PwCard *self)
{
  g_return_val_if_fail (PW_IS_CARD (self), PW_CARD_KIND_BARRIER);
  return self->kind;
}

/**
 * pw_card_get_text:
 * @self: a card
 * @field: which text
 *
 * Returns: the text, "" when empty, never %NULL
 */
const char *
pw_card_get_text (PwCard      *self,
                  PwCardField  field)
{
  g_return_val_if_fail (PW_IS_CARD (self), NULL);
  g_return_val_if_fail ((guint) field < PW_N_CARD_FIELDS, NULL);
  return self->text[field];
}

/**
 * pw_card_get_title:
 * @self: a card
 *
 * Returns: the title, "" when empty
 */
const char *
pw_card_get_title (PwCard *self)
{
  return pw_card_get_text (self, PW_CARD_FIELD_TITLE);
}

/**
 * pw_card_get_description:
 * @self: a card
 *
 * Returns: the description, "" when empty
 */
const char *
pw_card_get_description (PwCard *self)
{
  return pw_card_get_text (self, PW_CARD_FIELD_DESCRIPTION);
}

/**
 * pw_card_get_evidence:
 * @self: a card
 *
 * Returns: the evidence, "" when empty
 */
const char *
pw_card_get_evidence (PwCard *self)
{
  return pw_card_get_text (self, PW_CARD_FIELD_EVIDENCE);
}

/**
 * pw_card_get_integration_outcome:
 * @self: a card
 *
 * Returns: the Annex 1 "Theory of Change for Integration outcome", "" when empty
 */
const char *
pw_card_get_integration_outcome (PwCard *self)
{
  return pw_card_get_text (self, PW_CARD_FIELD_INTEGRATION_OUTCOME);
}

/**
 * pw_card_get_domains:
 * @self: a card
 *
 * Returns: the framework domains the card is tagged with: bit n-1 for domain n
 */
guint16
pw_card_get_domains (PwCard *self)
{
  g_return_val_if_fail (PW_IS_CARD (self), 0);
  return self->domains;
}

/**
 * pw_card_has_domain:
 * @self: a card
 * @domain: a domain number, 1–14
 *
 * Returns: whether the card is tagged with @domain
 */
gboolean
pw_card_has_domain (PwCard *self,
                    guint   domain)
{
  g_return_val_if_fail (PW_IS_CARD (self), FALSE);
  g_return_val_if_fail (domain >= 1 && domain <= 14, FALSE);
  return (self->domains & PW_CARD_DOMAIN_BIT (domain)) != 0;
}

/**
 * pw_card_get_lane_order:
 * @self: a card
 *
 * Returns: the position within its lane, 0 first
 */
int
pw_card_get_lane_order (PwCard *self)
{
  g_return_val_if_fail (PW_IS_CARD (self), 0);
  return self->lane_order;
}

/**
 * pw_card_get_x:
 * @self: a card
 *
 * Returns: the canvas x position
 */
double
pw_card_get_x (PwCard *self)
{
  g_return_val_if_fail (PW_IS_CARD (self), 0.0);
  return self->x;
}

/**
 * pw_card_get_y:
 * @self: a card
 *
 * Returns: the canvas y position
 */
double
pw_card_get_y (PwCard *self)
{
  g_return_val_if_fail (PW_IS_CARD (self), 0.0);
  return self->y;
}

/**
 * pw_card_get_indicators:
 * @self: a card
 *
 * Returns: (transfer none): a #GListModel of #PwIndicatorRef, in attach order
 */
GListModel *
pw_card_get_indicators (PwCard *self)
{
  g_return_val_if_fail (PW_IS_CARD (self), NULL);
  return G_LIST_MODEL (self->indicators);
}

/**
 * pw_card_get_n_indicators:
 * @self: a card
 *
 * Returns: how many indicators are attached
 */
guint
pw_card_get_n_indicators (PwCard *self)
{
  g_return_val_if_fail (PW_IS_CARD (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->indicators));
}

/**
 * pw_card_dup_display_title:
 * @self: a card
 *
 * The title to show in messages and lists: the card's title, or
 * "Untitled outcome" (translated) when it has none.
 *
 * Returns: (transfer full): a newly allocated string
 */
char *
pw_card_dup_display_title (PwCard *self)
{
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (PW_IS_CARD (self), NULL);

  stripped = g_strstrip (g_strdup (self->text[PW_CARD_FIELD_TITLE]));
  if (*stripped == '\0')
    return g_strdup (_(kind_untitled[self->kind]));
  return g_steal_pointer (&stripped);
}

/* ---- Private setters (pw-plan-private.h) ------------------------------- */

void
pw_card_set_kind (PwCard     *self,
                  PwCardKind  kind)
{
  g_return_if_fail (PW_IS_CARD (self));
  g_return_if_fail ((guint) kind < PW_N_CARD_KINDS);

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

void
pw_card_set_text (PwCard      *self,
                  PwCardField  field,
                  const char  *text)
{
  g_return_if_fail (PW_IS_CARD (self));
  g_return_if_fail ((guint) field < PW_N_CARD_FIELDS);

  if (text == NULL)
    text = "";
  if (g_str_equal (self->text[field], text))
    return;
  g_free (self->text[field]);
  self->text[field] = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE + field]);
}

void
pw_card_set_domains (PwCard  *self,
                     guint16  domains)
{
  g_return_if_fail (PW_IS_CARD (self));

  domains &= PW_CARD_ALL_DOMAINS;
  if (self->domains == domains)
    return;
  self->domains = domains;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOMAINS]);
}

void
pw_card_set_lane_order (PwCard *self,
                        int     lane_order)
{
  g_return_if_fail (PW_IS_CARD (self));

  lane_order = MAX (lane_order, 0);
  if (self->lane_order == lane_order)
    return;
  self->lane_order = lane_order;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANE_ORDER]);
}

void
pw_card_set_position (PwCard *self,
                      double  x,
                      double  y)
{
  g_return_if_fail (PW_IS_CARD (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->x != x)
    {
      self->x = x;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_X]);
    }
  if (self->y != y)
    {
      self->y = y;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_Y]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

void
pw_card_insert_indicator (PwCard         *self,
                          PwIndicatorRef *ref,
                          int             position)
{
  guint n;

  g_return_if_fail (PW_IS_CARD (self));
  g_return_if_fail (PW_IS_INDICATOR_REF (ref));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->indicators));
  if (position < 0 || (guint) position > n)
    position = n;
  pw_indicator_ref_set_card (ref, self);
  g_list_store_insert (self->indicators, position, ref);
}

guint
pw_card_remove_indicator (PwCard         *self,
                          PwIndicatorRef *ref)
{
  guint position;

  g_return_val_if_fail (PW_IS_CARD (self), 0);
  g_return_val_if_fail (PW_IS_INDICATOR_REF (ref), 0);

  if (!g_list_store_find (self->indicators, ref, &position))
    g_return_val_if_reached (0);
  pw_indicator_ref_set_card (ref, NULL);
  g_list_store_remove (self->indicators, position);
  return position;
}

PwIndicatorRef *
pw_card_find_bank_indicator (PwCard     *self,
                             const char *bank_id)
{
  guint n;

  g_return_val_if_fail (PW_IS_CARD (self), NULL);

  if (bank_id == NULL)
    return NULL;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->indicators));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwIndicatorRef) ref = g_list_model_get_item (G_LIST_MODEL (self->indicators), i);

      if (g_strcmp0 (pw_indicator_ref_get_bank_id (ref), bank_id) == 0)
        return ref;   /* still owned by the store */
    }
  return NULL;
}
