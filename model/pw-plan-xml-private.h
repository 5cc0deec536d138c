/* pw-plan-xml-private.h — internals shared by the plan file modules
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "pw-plan-xml.h"

G_BEGIN_DECLS

/* pw-plan-xml-parse.c: well-formedness with every unsafe feature refused,
 * then schema validation with the bundled, cached RELAX NG schema. */
xmlDoc   *pw_plan_xml_parse_safely   (const char  *data,
                                      gsize        length,
                                      GError     **error);
gboolean  pw_plan_xml_validate       (xmlDoc      *doc,
                                      GError     **error);
/* The parsed schema, built once; NULL (with @error) if the bundled copy is broken. */
gboolean  pw_plan_xml_ensure_schema  (GError     **error);

/* pw-plan-xml-version.c: is @root a plan in a version this one reads? For a
 * newer format, drops what version 1 does not know and adds a warning. */
gboolean  pw_plan_xml_check_root     (xmlNode     *root,
                                      GPtrArray   *warnings,
                                      GError     **error);

/* pw-plan-xml-read.c: checks the root and version, drops what a newer
 * format added (with a warning), builds a new plan. */
PwPlan   *pw_plan_xml_read_document  (xmlDoc      *doc,
                                      PwFramework *framework,
                                      GPtrArray   *warnings,
                                      GError     **error);

/* An element of the plan namespace called @name (any name if NULL). */
gboolean  pw_plan_xml_is_element     (xmlNode     *node,
                                      const char  *name);

/* pw-plan-xml-write.c */
GBytes   *pw_plan_xml_write          (PwPlan      *plan);
/* Shortest text that reads back as exactly @value, without locale. */
char     *pw_plan_xml_format_double  (double       value);

/* pw-plan-xml.c */
PwLoadWarnings *pw_load_warnings_new_take (GPtrArray *strings);
/* The line of @node, right past 65535 lines too. */
int       pw_plan_xml_node_line      (xmlNode     *node);

G_END_DECLS
