/* pw-examples.c — the IOM guide's worked examples: a menu, and unsaved copies to open
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-examples.h"
#include "pw-model.h"
#include "pw-plan-xml.h"

#define EXAMPLES_PATH RESOURCE_PREFIX "/examples/"

typedef struct {
  const char *name;
  const char *title;
} Example;

/* The order of the IOM guide: Exercise 2, then the Friendship Club, then the
 * Part A Annex 1 case study. */
static const Example examples[] = {
  { "esol-conversation-cafe", N_("ESOL conversation café for isolated women") },
  { "friendship-club", N_("Friendship club") },
  { "racial-harassment-social-mixing", N_("Racial harassment and social mixing") },
};

static const char *const names[] = {
  "esol-conversation-cafe", "friendship-club", "racial-harassment-social-mixing", NULL,
};

G_STATIC_ASSERT (G_N_ELEMENTS (names) == G_N_ELEMENTS (examples) + 1);

static const Example *
lookup (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    if (g_strcmp0 (examples[i].name, name) == 0)
      return &examples[i];
  return NULL;
}

/**
 * pw_examples_get_names:
 *
 * Returns: (array zero-terminated=1) (transfer none): the example names
 */
const char *const *
pw_examples_get_names (void)
{
  return names;
}

/**
 * pw_examples_get_title:
 * @name: an example name
 *
 * Returns: (nullable): the translated title shown in the menu
 */
const char *
pw_examples_get_title (const char *name)
{
  const Example *example = lookup (name);

  return example != NULL ? _(example->title) : NULL;
}

/**
 * pw_examples_menu_new:
 *
 * Returns: (transfer full): a menu with one item per example
 */
GMenuModel *
pw_examples_menu_new (void)
{
  GMenu *menu = g_menu_new ();

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(examples[i].title), NULL);

      g_menu_item_set_action_and_target (item, PW_EXAMPLES_ACTION, "s", examples[i].name);
      g_menu_append_item (menu, item);
    }
  return G_MENU_MODEL (menu);
}

/**
 * pw_examples_load:
 * @name: an example name, e.g. "friendship-club"
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): a new unsaved plan, not tied to a file
 */
PwPlan *
pw_examples_load (const char  *name,
                  GError     **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PwPlan) plan = NULL;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  pw_model_init ();
  if (lookup (name) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("There is no example called “%s”."), name);
      return NULL;
    }
  path = g_strconcat (EXAMPLES_PATH, name, ".pathways", NULL);
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  plan = pw_plan_load_from_bytes (bytes, pw_framework_get_default (), NULL, error);
  if (plan == NULL)
    return NULL;
  pw_plan_mark_unsaved (plan);
  return g_steal_pointer (&plan);
}
