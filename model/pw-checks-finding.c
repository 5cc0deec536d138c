/* pw-checks-finding.c — PwFinding, one result of the plan checks, and PwSeverity
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-checks"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pw-checks-private.h"

struct _PwFinding
{
  GObject      parent_instance;

  PwCheckRule  rank;
  guint        generation;
  char        *message;
  char        *search_term;
  char        *key;
  char       **card_ids;
  char       **link_ids;
  char       **indicator_ids;
};

G_DEFINE_FINAL_TYPE (PwFinding, pw_finding, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RULE,
  PROP_SEVERITY,
  PROP_MESSAGE,
  PROP_SOURCE,
  PROP_SEARCH_TERM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *severity_names[PW_N_SEVERITIES] = { "problem", "warning", "advice" };
static const char *severity_display[PW_N_SEVERITIES] = {
  N_("Problem"), N_("Warning"), N_("Advice"),
};

GType
pw_severity_get_type (void)
{
  static gsize type_id = 0;
  static const GEnumValue values[] = {
    { PW_SEVERITY_PROBLEM, "PW_SEVERITY_PROBLEM", "problem" },
    { PW_SEVERITY_WARNING, "PW_SEVERITY_WARNING", "warning" },
    { PW_SEVERITY_ADVICE, "PW_SEVERITY_ADVICE", "advice" },
    { 0, NULL, NULL },
  };

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id, g_enum_register_static (g_intern_static_string ("PwSeverity"), values));
  return type_id;
}

const char *
pw_severity_to_string (PwSeverity severity)
{
  g_return_val_if_fail ((guint) severity < PW_N_SEVERITIES, NULL);
  return severity_names[severity];
}

const char *
pw_severity_get_display_name (PwSeverity severity)
{
  g_return_val_if_fail ((guint) severity < PW_N_SEVERITIES, NULL);
  return _(severity_display[severity]);
}

static void
pw_finding_finalize (GObject *object)
{
  PwFinding *self = PW_FINDING (object);

  g_free (self->message);
  g_free (self->search_term);
  g_free (self->key);
  g_strfreev (self->card_ids);
  g_strfreev (self->link_ids);
  g_strfreev (self->indicator_ids);

  G_OBJECT_CLASS (pw_finding_parent_class)->finalize (object);
}

static void
pw_finding_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PwFinding *self = PW_FINDING (object);

  switch (prop_id)
    {
    case PROP_RULE:
      g_value_set_string (value, pw_finding_get_rule (self));
      break;
    case PROP_SEVERITY:
      g_value_set_enum (value, pw_finding_get_severity (self));
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, pw_finding_get_source (self));
      break;
    case PROP_SEARCH_TERM:
      g_value_set_string (value, self->search_term);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_finding_class_init (PwFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pw_finding_finalize;
  object_class->get_property = pw_finding_get_property;

  properties[PROP_RULE] = g_param_spec_string ("rule", NULL, NULL, NULL, flags);
  properties[PROP_SEVERITY] = g_param_spec_enum ("severity", NULL, NULL, PW_TYPE_SEVERITY,
                                                 PW_SEVERITY_PROBLEM, flags);
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, flags);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, flags);
  properties[PROP_SEARCH_TERM] = g_param_spec_string ("search-term", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pw_finding_init (PwFinding *self)
{
}

static char **
dup_ids (const char **ids, guint n)
{
  char **copy = g_new (char *, n + 1);

  for (guint i = 0; i < n; i++)
    copy[i] = g_strdup (ids[i]);
  copy[n] = NULL;
  return copy;
}

static void
append_ids (GString *key, const char **ids, guint n, char tag)
{
  for (guint i = 0; i < n; i++)
    {
      g_string_append_c (key, '|');
      g_string_append_c (key, tag);
      g_string_append (key, ids[i]);
    }
}

void
pw_finding_key_append (GString      *key,
                       PwCheckRule   rule,
                       const char  **ids,
                       guint         n_cards,
                       guint         n_links,
                       guint         n_indicators)
{
  g_string_append (key, pw_check_rules[rule].id);
  append_ids (key, ids, n_cards, 'c');
  append_ids (key, ids + n_cards, n_links, 'l');
  append_ids (key, ids + n_cards + n_links, n_indicators, 'i');
}

PwFinding *
pw_finding_new (PwCheckRule   rule,
                char         *message,
                const char   *search_term,
                const char  **ids,
                guint         n_cards,
                guint         n_links,
                guint         n_indicators)
{
  PwFinding *self = g_object_new (PW_TYPE_FINDING, NULL);
  GString *key = g_string_new (NULL);

  self->rank = rule;
  self->message = message;
  self->search_term = g_strdup (search_term);
  self->card_ids = dup_ids (ids, n_cards);
  self->link_ids = dup_ids (ids + n_cards, n_links);
  self->indicator_ids = dup_ids (ids + n_cards + n_links, n_indicators);
  pw_finding_key_append (key, rule, ids, n_cards, n_links, n_indicators);
  self->key = g_string_free (key, FALSE);
  return self;
}

const char *
pw_finding_get_rule (PwFinding *self)
{
  g_return_val_if_fail (PW_IS_FINDING (self), NULL);
  return pw_check_rules[self->rank].id;
}

PwSeverity
pw_finding_get_severity (PwFinding *self)
{
  g_return_val_if_fail (PW_IS_FINDING (self), PW_SEVERITY_PROBLEM);
  return pw_check_rules[self->rank].severity;
}

const char *
pw_finding_get_message (PwFinding *self)
{
  g_return_val_if_fail (PW_IS_FINDING (self), NULL);
  return self->message;
}

const char *
pw_finding_get_source (PwFinding *self)
{
  g_return_val_if_fail (PW_IS_FINDING (self), NULL);
  return _(pw_check_rules[self->rank].source);
}

const char *
pw_finding_get_search_term (PwFinding *self)
{
  g_return_val_if_fail (PW_IS_FINDING (self), NULL);
  return self->search_term;
}

const char * const *
pw_finding_get_card_ids (PwFinding *self)
{
  g_return_val_if_fail (PW_IS_FINDING (self), NULL);
  return (const char * const *) self->card_ids;
}

const char * const *
pw_finding_get_link_ids (PwFinding *self)
{
  g_return_val_if_fail (PW_IS_FINDING (self), NULL);
  return (const char * const *) self->link_ids;
}

const char * const *
pw_finding_get_indicator_ids (PwFinding *self)
{
  g_return_val_if_fail (PW_IS_FINDING (self), NULL);
  return (const char * const *) self->indicator_ids;
}

gboolean
pw_finding_concerns_card (PwFinding  *self,
                          const char *card_id)
{
  g_return_val_if_fail (PW_IS_FINDING (self), FALSE);
  g_return_val_if_fail (card_id != NULL, FALSE);
  return g_strv_contains ((const char * const *) self->card_ids, card_id);
}

const char *
pw_finding_get_key (PwFinding *self)
{
  g_return_val_if_fail (PW_IS_FINDING (self), NULL);
  return self->key;
}

PwCheckRule
pw_finding_get_rank (PwFinding *self)
{
  return self->rank;
}

gboolean
pw_finding_claim (PwFinding *self,
                  guint      generation)
{
  if (self->generation == generation)
    return FALSE;
  self->generation = generation;
  return TRUE;
}

void
pw_finding_update (PwFinding  *self,
                   char       *message,
                   const char *search_term)
{
  if (g_strcmp0 (self->message, message) != 0)
    {
      g_free (self->message);
      self->message = message;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MESSAGE]);
    }
  else
    g_free (message);
  if (g_strcmp0 (self->search_term, search_term) != 0)
    {
      g_free (self->search_term);
      self->search_term = g_strdup (search_term);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TERM]);
    }
}
