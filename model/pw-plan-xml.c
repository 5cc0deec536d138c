/* pw-plan-xml.c — loading and saving plan files: files, errors, warnings
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading: the file is checked (type, permission, size) before a byte is
 * parsed, then parsed with every unsafe XML feature refused
 * (pw-plan-xml-parse.c), read into a new plan with plain-language errors
 * (pw-plan-xml-version.c, pw-plan-xml-read.c), and finally validated against
 * the bundled RELAX NG schema. Saving writes the whole file to memory
 * (pw-plan-xml-write.c) and replaces the file atomically, also when a write
 * fails half-way (pw_file_write_atomic()).
 */
#define G_LOG_DOMAIN "pathways-plan-xml"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pw-autocleanups.h"
#include "pw-file-util.h"
#include "pw-plan-xml-private.h"

#define READ_CHUNK (256 * 1024)

G_DEFINE_QUARK (pw-plan-file-error-quark, pw_plan_file_error)

/* Warnings */

struct _PwLoadWarnings
{
  GPtrArray *strings;
};

G_DEFINE_BOXED_TYPE (PwLoadWarnings, pw_load_warnings, pw_load_warnings_copy, pw_load_warnings_free)

PwLoadWarnings *
pw_load_warnings_new_take (GPtrArray *strings)
{
  PwLoadWarnings *warnings = g_new0 (PwLoadWarnings, 1);

  warnings->strings = strings ? strings : g_ptr_array_new_with_free_func (g_free);
  return warnings;
}

PwLoadWarnings *
pw_load_warnings_copy (const PwLoadWarnings *warnings)
{
  GPtrArray *strings;

  g_return_val_if_fail (warnings != NULL, NULL);

  strings = g_ptr_array_new_full (warnings->strings->len, g_free);
  for (guint i = 0; i < warnings->strings->len; i++)
    g_ptr_array_add (strings, g_strdup (g_ptr_array_index (warnings->strings, i)));
  return pw_load_warnings_new_take (strings);
}

void
pw_load_warnings_free (PwLoadWarnings *warnings)
{
  if (warnings == NULL)
    return;
  g_ptr_array_unref (warnings->strings);
  g_free (warnings);
}

guint
pw_load_warnings_get_n (const PwLoadWarnings *warnings)
{
  g_return_val_if_fail (warnings != NULL, 0);
  return warnings->strings->len;
}

const char *
pw_load_warnings_get (const PwLoadWarnings *warnings,
                      guint                 index)
{
  g_return_val_if_fail (warnings != NULL, NULL);
  g_return_val_if_fail (index < warnings->strings->len, NULL);
  return g_ptr_array_index (warnings->strings, index);
}

char *
pw_load_warnings_join (const PwLoadWarnings *warnings)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (warnings != NULL, NULL);

  for (guint i = 0; i < warnings->strings->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, g_ptr_array_index (warnings->strings, i));
    }
  return g_string_free (out, FALSE);
}

int
pw_plan_xml_node_line (xmlNode *node)
{
  long line;

  /* see on_start_element() in pw-plan-xml-parse.c */
  if (node->type == XML_ELEMENT_NODE && node->line == 65535 && node->_private != NULL)
    return GPOINTER_TO_INT (node->_private);
  line = xmlGetLineNo (node);
  return line > 0 && line < G_MAXINT ? (int) line : 1;
}

/* Saving */

GBytes *
pw_plan_to_xml (PwPlan *plan)
{
  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);
  return pw_plan_xml_write (plan);
}

static void
set_save_error (GFile   *file,
                GError  *gio_error,
                GError **error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *folder = parent ? g_file_get_parse_name (parent) : g_strdup ("/");

  if (g_error_matches (gio_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_error_copy (gio_error));
  else if (g_error_matches (gio_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) ||
           g_error_matches (gio_error, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_PERMISSION,
                 _("Could not save “%s”: you are not allowed to write to it or to the folder “%s”. "
                   "Save the plan somewhere else."), name, folder);
  else if (g_error_matches (gio_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_IS_DIRECTORY,
                 _("Could not save “%s”: there is a folder with that name. Choose another name."),
                 name);
  else if (g_error_matches (gio_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) ||
           g_error_matches (gio_error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY))
    g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_NOT_FOUND,
                 _("Could not save “%s”: the folder “%s” does not exist."), name, folder);
  else if (g_error_matches (gio_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_NO_SPACE,
                 _("Could not save “%s”: the disk is full. Free some space, or save the plan "
                   "somewhere else."), name);
  else
    g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_IO,
                 _("Could not save “%s”: %s"), name, gio_error->message);
}

gboolean
pw_plan_save (PwPlan        *plan,
              GFile         *file,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (PW_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = pw_plan_xml_write (plan);
  data = g_bytes_get_data (bytes, &size);
  /* Written to a temporary file, synced and renamed over the old one: a
   * failure at any point leaves the old file as it was. */
  if (!pw_file_write_atomic_full (file, data, size, PW_FILE_WRITE_NONE, cancellable, &local))
    {
      set_save_error (file, local, error);
      return FALSE;
    }
  pw_plan_mark_saved (plan);
  return TRUE;
}

/* Loading */

static gboolean
set_open_error (GFile   *file,
                GError  *gio_error,
                GError **error)
{
  g_autofree char *name = g_file_get_parse_name (file);

  if (g_error_matches (gio_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) ||
      g_error_matches (gio_error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY))
    g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_NOT_FOUND,
                 _("The file “%s” does not exist. It may have been moved, renamed or deleted."),
                 name);
  else if (g_error_matches (gio_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_PERMISSION,
                 _("You do not have permission to read “%s”."), name);
  else if (g_error_matches (gio_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_IS_DIRECTORY,
                 _("“%s” is a folder, not a plan file."), name);
  else if (g_error_matches (gio_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_error_copy (gio_error));
  else
    g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_IO,
                 _("Could not read “%s”: %s"), name, gio_error->message);
  return FALSE;
}

/* Everything that can be said about the file before reading it. */
static gboolean
check_file (GFile   *file,
            GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *name = NULL;
  goffset size;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_ACCESS_CAN_READ,
                            G_FILE_QUERY_INFO_NONE, NULL, &local);
  if (info == NULL)
    return set_open_error (file, local, error);

  name = g_file_get_parse_name (file);
  size = g_file_info_get_size (info);
  switch (g_file_info_get_file_type (info))
    {
    case G_FILE_TYPE_DIRECTORY:
      return g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_IS_DIRECTORY,
                          _("“%s” is a folder, not a plan file."), name), FALSE;
    case G_FILE_TYPE_SPECIAL:
      return g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_NOT_REGULAR,
                          _("“%s” is not an ordinary file (it may be a device or a pipe), so it "
                            "cannot be a plan."), name), FALSE;
    default:
      break;
    }
  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_ACCESS_CAN_READ) &&
      !g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_ACCESS_CAN_READ))
    return g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_PERMISSION,
                        _("You do not have permission to read “%s”."), name), FALSE;
  if (size == 0)
    return g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_EMPTY,
                        _("The file “%s” is empty. It may not have been saved completely."),
                        name), FALSE;
  if (size > PW_PLAN_FILE_MAX_SIZE)
    {
      g_autofree char *size_text = g_format_size (size);
      g_autofree char *limit_text = g_format_size (PW_PLAN_FILE_MAX_SIZE);
      return g_set_error (error, PW_PLAN_FILE_ERROR, PW_PLAN_FILE_ERROR_TOO_LARGE,
                          _("The file “%s” is too large to be a plan (%s; the limit is %s)."),
                          name, size_text, limit_text), FALSE;
    }
  return TRUE;
}

/* Reads at most one byte past the limit, even if the file grew since it was
 * checked (or is endless). */
static GBytes *
read_capped (GFile   *file,
             GError **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autoptr(GError) local = NULL;

  stream = g_file_read (file, NULL, &local);
  if (stream == NULL)
    return set_open_error (file, local, error), NULL;

  while (data->len <= PW_PLAN_FILE_MAX_SIZE)
    {
      guint old_len = data->len;
      gsize want = MIN (READ_CHUNK, (gsize) PW_PLAN_FILE_MAX_SIZE + 1 - old_len);
      gssize got;

      g_byte_array_set_size (data, old_len + want);
      got = g_input_stream_read (G_INPUT_STREAM (stream), data->data + old_len, want, NULL, &local);
      if (got < 0)
        return set_open_error (file, local, error), NULL;
      g_byte_array_set_size (data, old_len + got);
      if (got == 0)
        break;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

PwPlan *
pw_plan_load (GFile            *file,
              PwFramework      *framework,
              PwLoadWarnings  **warnings,
              GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (framework == NULL || PW_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (warnings != NULL)
    *warnings = NULL;
  if (!check_file (file, error) || (bytes = read_capped (file, error)) == NULL)
    return NULL;
  return pw_plan_load_from_bytes (bytes, framework, warnings, error);
}

PwPlan *
pw_plan_load_from_bytes (GBytes           *bytes,
                         PwFramework      *framework,
                         PwLoadWarnings  **warnings,
                         GError          **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  gsize size;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (framework == NULL || PW_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (warnings != NULL)
    *warnings = NULL;
  data = g_bytes_get_data (bytes, &size);
  if ((doc = pw_plan_xml_parse_safely (data, size, error)) == NULL ||
      (plan = pw_plan_xml_read_document (doc, framework, found, error)) == NULL ||
      !pw_plan_xml_validate (doc, error))
    return NULL;

  if (warnings != NULL)
    *warnings = pw_load_warnings_new_take (g_steal_pointer (&found));
  return g_steal_pointer (&plan);
}
