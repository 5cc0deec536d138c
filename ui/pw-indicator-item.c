/* pw-indicator-item.c — one entry of the Indicators page's list: an indicator, heading or browse node
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-picker"

#include "config.h"

#include "pw-indicator-item.h"

struct _PwIndicatorItem
{
  GObject               parent_instance;

  PwIndicatorItemKind   kind;
  char                 *title;
  GListModel           *children;
  const PwIndicator    *indicator;
  PwSearchResult        match;
  gboolean              has_match;
  PwCategory            category;
  guint                 domain;
  const PwGoodPractice *practice;
  const PwKeyword      *keyword;
};

G_DEFINE_FINAL_TYPE (PwIndicatorItem, pw_indicator_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pw_indicator_item_finalize (GObject *object)
{
  PwIndicatorItem *self = PW_INDICATOR_ITEM (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_object (&self->children);

  G_OBJECT_CLASS (pw_indicator_item_parent_class)->finalize (object);
}

static void
pw_indicator_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PwIndicatorItem *self = PW_INDICATOR_ITEM (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_indicator_item_class_init (PwIndicatorItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pw_indicator_item_finalize;
  object_class->get_property = pw_indicator_item_get_property;

  /**
   * PwIndicatorItem:title:
   *
   * A heading's text (with its count); the name of a browse node.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pw_indicator_item_init (PwIndicatorItem *self)
{
}

static PwIndicatorItem *
item_new (PwIndicatorItemKind kind)
{
  PwIndicatorItem *self = g_object_new (PW_TYPE_INDICATOR_ITEM, NULL);

  self->kind = kind;
  return self;
}

PwIndicatorItem *
pw_indicator_item_new_heading (const char *title,
                               GListModel *children)
{
  PwIndicatorItem *self;

  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (children == NULL || G_IS_LIST_MODEL (children), NULL);

  self = item_new (PW_INDICATOR_ITEM_HEADING);
  self->title = g_strdup (title);
  if (children != NULL)
    self->children = g_object_ref (children);
  return self;
}

PwIndicatorItem *
pw_indicator_item_new_indicator (const PwIndicator    *indicator,
                                 const PwSearchResult *match)
{
  PwIndicatorItem *self;

  g_return_val_if_fail (indicator != NULL, NULL);

  self = item_new (PW_INDICATOR_ITEM_INDICATOR);
  self->indicator = indicator;
  self->domain = indicator->domain;
  if (match != NULL)
    {
      self->match = *match;
      self->has_match = TRUE;
    }
  return self;
}

PwIndicatorItem *
pw_indicator_item_new_category (PwCategory category)
{
  PwIndicatorItem *self = item_new (PW_INDICATOR_ITEM_CATEGORY);

  self->category = category;
  return self;
}

PwIndicatorItem *
pw_indicator_item_new_domain (guint domain)
{
  PwIndicatorItem *self;

  g_return_val_if_fail (domain >= 1 && domain <= PW_N_DOMAINS, NULL);

  self = item_new (PW_INDICATOR_ITEM_DOMAIN);
  self->domain = domain;
  return self;
}

PwIndicatorItem *
pw_indicator_item_new_guidance (guint domain)
{
  PwIndicatorItem *self;

  g_return_val_if_fail (domain >= 1 && domain <= PW_N_DOMAINS, NULL);

  self = item_new (PW_INDICATOR_ITEM_GUIDANCE);
  self->domain = domain;
  return self;
}

PwIndicatorItem *
pw_indicator_item_new_practice (const PwGoodPractice *practice)
{
  PwIndicatorItem *self;

  g_return_val_if_fail (practice != NULL, NULL);

  self = item_new (PW_INDICATOR_ITEM_PRACTICE);
  self->practice = practice;
  self->domain = practice->domain;
  return self;
}

PwIndicatorItem *
pw_indicator_item_new_letter (const char *letter)
{
  PwIndicatorItem *self;

  g_return_val_if_fail (letter != NULL, NULL);

  self = item_new (PW_INDICATOR_ITEM_LETTER);
  self->title = g_strdup (letter);
  return self;
}

PwIndicatorItem *
pw_indicator_item_new_keyword (const PwKeyword *keyword)
{
  PwIndicatorItem *self;

  g_return_val_if_fail (keyword != NULL, NULL);

  self = item_new (PW_INDICATOR_ITEM_KEYWORD);
  self->keyword = keyword;
  self->title = g_strdup (keyword->keyword);
  return self;
}

PwIndicatorItem *
pw_indicator_item_new_more (const char *title)
{
  PwIndicatorItem *self;

  g_return_val_if_fail (title != NULL, NULL);

  self = item_new (PW_INDICATOR_ITEM_MORE);
  self->title = g_strdup (title);
  return self;
}

gboolean
pw_indicator_item_same_result (PwIndicatorItem      *self,
                               const PwSearchResult *result)
{
  g_return_val_if_fail (PW_IS_INDICATOR_ITEM (self), FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  return self->has_match && self->indicator == result->indicator &&
         self->match.kind == result->kind && self->match.keyword == result->keyword;
}

PwIndicatorItemKind
pw_indicator_item_get_kind (PwIndicatorItem *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_ITEM (self), PW_INDICATOR_ITEM_HEADING);

  return self->kind;
}

const char *
pw_indicator_item_get_title (PwIndicatorItem *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_ITEM (self), NULL);

  return self->title != NULL ? self->title : "";
}

void
pw_indicator_item_set_title (PwIndicatorItem *self,
                             const char      *title)
{
  g_return_if_fail (PW_IS_INDICATOR_ITEM (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * pw_indicator_item_get_children:
 *
 * Returns: (transfer none) (nullable): a heading's children
 */
GListModel *
pw_indicator_item_get_children (PwIndicatorItem *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_ITEM (self), NULL);

  return self->children;
}

const PwIndicator *
pw_indicator_item_get_indicator (PwIndicatorItem *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_ITEM (self), NULL);

  return self->indicator;
}

const PwSearchResult *
pw_indicator_item_get_match (PwIndicatorItem *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_ITEM (self), NULL);

  return self->has_match ? &self->match : NULL;
}

PwCategory
pw_indicator_item_get_category (PwIndicatorItem *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_ITEM (self), PW_N_CATEGORIES);

  return self->category;
}

guint
pw_indicator_item_get_domain (PwIndicatorItem *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_ITEM (self), 0);

  return self->domain;
}

const PwGoodPractice *
pw_indicator_item_get_practice (PwIndicatorItem *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_ITEM (self), NULL);

  return self->practice;
}

const PwKeyword *
pw_indicator_item_get_keyword (PwIndicatorItem *self)
{
  g_return_val_if_fail (PW_IS_INDICATOR_ITEM (self), NULL);

  return self->keyword;
}
