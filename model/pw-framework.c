/* pw-framework.c — the Indicators of Integration framework 2019: object and lookups
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-framework"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pw-framework-private.h"
#include "pw-model.h"

#define RESOURCE_DIR "/io/github/pathways/Planner/framework/"

G_DEFINE_QUARK (pw-framework-error-quark, pw_framework_error)

G_DEFINE_FINAL_TYPE (PwFramework, pw_framework, G_TYPE_OBJECT)

static void
pw_framework_finalize (GObject *object)
{
  PwFramework *self = PW_FRAMEWORK (object);

  g_clear_pointer (&self->index, pw_search_index_free);
  for (guint d = 0; d < PW_N_DOMAINS; d++)
    {
      g_clear_pointer (&self->domain_indicators[d], g_ptr_array_unref);
      g_clear_pointer (&self->domain_good_practice[d][0], g_ptr_array_unref);
      g_clear_pointer (&self->domain_good_practice[d][1], g_ptr_array_unref);
    }
  g_clear_pointer (&self->indicator_by_id, g_hash_table_unref);
  g_clear_pointer (&self->shared, g_hash_table_unref);
  g_clear_pointer (&self->principles, g_free);
  g_clear_pointer (&self->indicators, g_free);
  g_clear_pointer (&self->good_practice, g_free);
  g_clear_pointer (&self->keywords, g_free);
  g_clear_pointer (&self->comparators, g_free);
  g_clear_pointer (&self->maps, g_free);
  g_clear_pointer (&self->strings, g_string_chunk_free);

  G_OBJECT_CLASS (pw_framework_parent_class)->finalize (object);
}

static void
pw_framework_class_init (PwFrameworkClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pw_framework_finalize;
}

static void
pw_framework_init (PwFramework *self)
{
  /* Roughly the size of the bundled text, so one or two blocks hold it all. */
  self->strings = g_string_chunk_new (128 * 1024);
}

static GBytes *
read_resource (const char  *name,
               gpointer     user_data,
               GError     **error)
{
  g_autofree char *path = g_strconcat (RESOURCE_DIR, name, NULL);
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes;

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (bytes == NULL)
    g_set_error (error, PW_FRAMEWORK_ERROR, PW_FRAMEWORK_ERROR_IO,
                 _("%s: cannot read the bundled data: %s"), name, local_error->message);
  return bytes;
}

static GBytes *
read_directory_file (const char  *name,
                     gpointer     user_data,
                     GError     **error)
{
  g_autoptr(GFile) file = g_file_get_child (G_FILE (user_data), name);
  g_autoptr(GError) local_error = NULL;
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
    {
      g_set_error (error, PW_FRAMEWORK_ERROR, PW_FRAMEWORK_ERROR_IO,
                   _("%s: cannot read the file: %s"), name, local_error->message);
      return NULL;
    }
  return g_bytes_new_take (contents, length);
}

static PwFramework *
load (PwFrameworkReadFunc   read_file,
      gpointer              user_data,
      GError              **error)
{
  g_autoptr(PwFramework) self = g_object_new (PW_TYPE_FRAMEWORK, NULL);

  if (!pw_framework_load (self, read_file, user_data, error))
    return NULL;
  self->index = pw_search_index_new (self);
  return g_steal_pointer (&self);
}

/**
 * pw_framework_new_from_resource:
 * @error: return location for a #PW_FRAMEWORK_ERROR
 *
 * Loads the framework data bundled with the application and checks it.
 *
 * Returns: (transfer full): the framework, or %NULL with @error set
 */
PwFramework *
pw_framework_new_from_resource (GError **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  pw_model_init ();
  return load (read_resource, NULL, error);
}

/**
 * pw_framework_new_from_directory:
 * @dir: a directory holding the five JSON files
 * @error: return location for a #PW_FRAMEWORK_ERROR
 *
 * Returns: (transfer full): the framework, or %NULL with @error set
 */
PwFramework *
pw_framework_new_from_directory (GFile   *dir,
                                 GError **error)
{
  g_return_val_if_fail (G_IS_FILE (dir), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load (read_directory_file, dir, error);
}

/**
 * pw_framework_get_default:
 *
 * Returns: (transfer none): the process-wide framework, loaded on first use
 */
PwFramework *
pw_framework_get_default (void)
{
  static PwFramework *framework = NULL;

  if (g_once_init_enter (&framework))
    {
      g_autoptr(GError) error = NULL;
      PwFramework *loaded = pw_framework_new_from_resource (&error);

      if (loaded == NULL)
        g_error ("%s", error->message);
      g_once_init_leave (&framework, loaded);
    }
  return framework;
}

const PwCategoryInfo *
pw_framework_get_category (PwFramework *self,
                           PwCategory   category)
{
  g_return_val_if_fail (PW_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail ((guint) category < PW_N_CATEGORIES, NULL);

  return &self->categories[category];
}

const PwDomain *
pw_framework_get_domain (PwFramework *self,
                         guint        number)
{
  g_return_val_if_fail (PW_IS_FRAMEWORK (self), NULL);

  if (number < 1 || number > PW_N_DOMAINS)
    return NULL;
  return &self->domains[number - 1];
}

const PwDomain *
pw_framework_get_domain_by_slug (PwFramework *self,
                                 const char  *slug)
{
  g_return_val_if_fail (PW_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (slug != NULL, NULL);

  for (guint d = 0; d < PW_N_DOMAINS; d++)
    if (g_str_equal (self->domains[d].slug, slug))
      return &self->domains[d];
  return NULL;
}

PwCategory
pw_framework_get_domain_category (PwFramework *self,
                                  guint        number)
{
  g_return_val_if_fail (PW_IS_FRAMEWORK (self), PW_N_CATEGORIES);
  g_return_val_if_fail (number >= 1 && number <= PW_N_DOMAINS, PW_N_CATEGORIES);

  return self->domains[number - 1].category;
}

guint
pw_framework_get_n_indicators (PwFramework *self)
{
  g_return_val_if_fail (PW_IS_FRAMEWORK (self), 0);

  return self->n_indicators;
}

const PwIndicator *
pw_framework_get_indicator (PwFramework *self,
                            guint        index)
{
  g_return_val_if_fail (PW_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (index < self->n_indicators, NULL);

  return &self->indicators[index];
}

const PwIndicator *
pw_framework_lookup_indicator (PwFramework *self,
                               const char  *id)
{
  g_return_val_if_fail (PW_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->indicator_by_id, id);
}

/**
 * pw_framework_get_domain_indicators:
 * @n_out: (out): the number of indicators
 *
 * Returns: (transfer none): the domain's indicators in document order, or
 *   %NULL for a domain number out of range
 */
const PwIndicator **
pw_framework_get_domain_indicators (PwFramework *self,
                                    guint        domain,
                                    guint       *n_out)
{
  g_return_val_if_fail (PW_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (n_out != NULL, NULL);

  *n_out = 0;
  g_return_val_if_fail (domain >= 1 && domain <= PW_N_DOMAINS, NULL);

  *n_out = self->domain_indicators[domain - 1]->len;
  return (const PwIndicator **) self->domain_indicators[domain - 1]->pdata;
}

/**
 * pw_framework_get_also_in:
 *
 * Returns: (transfer container): the other occurrences of a shared
 *   indicator, in document order; empty when it is not shared
 */
GPtrArray *
pw_framework_get_also_in (PwFramework       *self,
                          const PwIndicator *indicator)
{
  GPtrArray *others;
  GPtrArray *group;

  g_return_val_if_fail (PW_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (indicator != NULL, NULL);

  others = g_ptr_array_new ();
  if (indicator->shared == NULL)
    return others;

  group = g_hash_table_lookup (self->shared, indicator->shared);
  for (guint i = 0; group != NULL && i < group->len; i++)
    {
      const PwIndicator *other = g_ptr_array_index (group, i);

      if (other != indicator)
        g_ptr_array_add (others, (gpointer) other);
    }
  return others;
}

/**
 * pw_framework_get_good_practice:
 * @n_out: (out): the number of items
 *
 * Returns: (transfer none): the domain's local or national good practice,
 *   in document order
 */
const PwGoodPractice **
pw_framework_get_good_practice (PwFramework         *self,
                                guint                domain,
                                PwGoodPracticeScope  scope,
                                guint               *n_out)
{
  GPtrArray *items;

  g_return_val_if_fail (PW_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (n_out != NULL, NULL);

  *n_out = 0;
  g_return_val_if_fail (domain >= 1 && domain <= PW_N_DOMAINS, NULL);
  g_return_val_if_fail (scope == PW_GOOD_PRACTICE_LOCAL || scope == PW_GOOD_PRACTICE_NATIONAL, NULL);

  items = self->domain_good_practice[domain - 1][scope];
  *n_out = items->len;
  return (const PwGoodPractice **) items->pdata;
}

guint
pw_framework_get_n_keywords (PwFramework *self)
{
  g_return_val_if_fail (PW_IS_FRAMEWORK (self), 0);

  return self->n_keywords;
}

const PwKeyword *
pw_framework_get_keyword (PwFramework *self,
                          guint        index)
{
  g_return_val_if_fail (PW_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (index < self->n_keywords, NULL);

  return &self->keywords[index];
}

/**
 * pw_framework_lookup_keyword:
 * @keyword: a headword, in any case, accents or punctuation
 *
 * Returns: (transfer container): the index entries whose headword folds
 *   equal to @keyword, in the guide's order; empty when there is none
 */
GPtrArray *
pw_framework_lookup_keyword (PwFramework *self,
                             const char  *keyword)
{
  g_autofree char *folded = NULL;
  GPtrArray *found;

  g_return_val_if_fail (PW_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (keyword != NULL, NULL);

  folded = pw_fold_text (keyword);
  found = g_ptr_array_new ();
  for (guint i = 0; i < self->n_keywords; i++)
    if (g_str_equal (pw_search_index_get_folded_keyword (self->index, i), folded))
      g_ptr_array_add (found, &self->keywords[i]);
  return found;
}

guint
pw_framework_get_n_comparators (PwFramework *self)
{
  g_return_val_if_fail (PW_IS_FRAMEWORK (self), 0);

  return self->n_comparators;
}

const PwComparator *
pw_framework_get_comparator (PwFramework *self,
                             guint        index)
{
  g_return_val_if_fail (PW_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (index < self->n_comparators, NULL);

  return &self->comparators[index];
}

/**
 * pw_framework_get_indicator_comparators:
 *
 * Returns: (transfer container): the comparators mapped to the indicator,
 *   in file order; empty when there is none
 */
GPtrArray *
pw_framework_get_indicator_comparators (PwFramework *self,
                                        const char  *indicator_id)
{
  GPtrArray *found;

  g_return_val_if_fail (PW_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (indicator_id != NULL, NULL);

  found = g_ptr_array_new ();
  for (guint i = 0; i < self->n_comparators; i++)
    {
      const PwComparator *comparator = &self->comparators[i];

      for (guint m = 0; m < comparator->n_maps; m++)
        if (g_str_equal (comparator->maps[m].indicator, indicator_id))
          {
            g_ptr_array_add (found, (gpointer) comparator);
            break;
          }
    }
  return found;
}

guint
pw_framework_get_n_principles (PwFramework *self)
{
  g_return_val_if_fail (PW_IS_FRAMEWORK (self), 0);

  return self->n_principles;
}

const PwPrinciple *
pw_framework_get_principle (PwFramework *self,
                            guint        index)
{
  g_return_val_if_fail (PW_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (index < self->n_principles, NULL);

  return &self->principles[index];
}

const PwMarkInfo *
pw_framework_get_mark_info (PwFramework *self,
                            PwMarks      mark)
{
  g_return_val_if_fail (PW_IS_FRAMEWORK (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (self->marks); i++)
    if (self->marks[i].mark == mark)
      return &self->marks[i];
  g_return_val_if_reached (NULL);
}

const char *
pw_framework_get_attribution (PwFramework *self)
{
  g_return_val_if_fail (PW_IS_FRAMEWORK (self), NULL);

  return self->attribution;
}

const char *
pw_framework_get_document (PwFramework *self)
{
  g_return_val_if_fail (PW_IS_FRAMEWORK (self), NULL);

  return self->document;
}

const char *
pw_framework_get_licence (PwFramework *self)
{
  g_return_val_if_fail (PW_IS_FRAMEWORK (self), NULL);

  return self->licence;
}

/**
 * pw_indicator_get_marks_text:
 *
 * Returns: (transfer full): the indicator's symbols in the order the
 *   document printed them, separated by spaces, e.g. "▲ ■"
 */
char *
pw_indicator_get_marks_text (const PwIndicator *indicator)
{
  GString *text;

  g_return_val_if_fail (indicator != NULL, NULL);

  text = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (indicator->mark_order) && indicator->mark_order[i] != 0; i++)
    {
      guint bit = g_bit_nth_lsf (indicator->mark_order[i], -1);

      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, pw_mark_specs[bit].symbol);
    }
  return g_string_free (text, FALSE);
}
