/* pw-plan-xml.h — the plan file format: safe loading and byte-stable saving
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pw-framework.h"
#include "pw-plan.h"

G_BEGIN_DECLS

/**
 * PW_PLAN_FILE_ERROR:
 *
 * Errors of loading and saving plan files. Every message is translated and
 * written for the officer who opened the file; messages about the content
 * start with "Line N:".
 */
#define PW_PLAN_FILE_ERROR (pw_plan_file_error_quark ())

typedef enum {
  PW_PLAN_FILE_ERROR_NOT_FOUND,      /* no such file, or its folder is missing */
  PW_PLAN_FILE_ERROR_PERMISSION,     /* not allowed to read, or to write in the folder */
  PW_PLAN_FILE_ERROR_IS_DIRECTORY,   /* the path is a folder */
  PW_PLAN_FILE_ERROR_NOT_REGULAR,    /* a device, pipe or socket */
  PW_PLAN_FILE_ERROR_TOO_LARGE,      /* over PW_PLAN_FILE_MAX_SIZE, or a huge text */
  PW_PLAN_FILE_ERROR_EMPTY,          /* zero bytes, or only white space */
  PW_PLAN_FILE_ERROR_NO_SPACE,       /* save: the disk is full */
  PW_PLAN_FILE_ERROR_IO,             /* any other reading or writing failure */
  PW_PLAN_FILE_ERROR_NOT_XML,        /* not well-formed XML (truncated, bad UTF-8…) */
  PW_PLAN_FILE_ERROR_UNSAFE,         /* a DOCTYPE, entity or external reference */
  PW_PLAN_FILE_ERROR_NOT_A_PLAN,     /* XML, but not a Pathways plan */
  PW_PLAN_FILE_ERROR_BAD_VERSION,    /* the version cannot be understood */
  PW_PLAN_FILE_ERROR_FUTURE_VERSION, /* made by a newer Pathways that this one cannot read */
  PW_PLAN_FILE_ERROR_INVALID,        /* a value or element that the format does not allow */
  PW_PLAN_FILE_ERROR_DUPLICATE,      /* two objects share one id */
  PW_PLAN_FILE_ERROR_REFERENCE,      /* a link points to a card that is not in the plan */
} PwPlanFileError;

GQuark pw_plan_file_error_quark (void);

/* The version this build writes, and the newest it reads without loss. */
#define PW_PLAN_FORMAT_VERSION 1
#define PW_PLAN_NAMESPACE "urn:io.github.pathways:plan"
/* Larger files are refused before they are parsed. */
#define PW_PLAN_FILE_MAX_SIZE (32 * 1024 * 1024)

/**
 * PwLoadWarnings:
 *
 * Things the officer should know about a plan that did load: content of a
 * newer format that will be lost on save, bank indicators no longer in the
 * framework. Each warning is a translated sentence.
 */
typedef struct _PwLoadWarnings PwLoadWarnings;

#define PW_TYPE_LOAD_WARNINGS (pw_load_warnings_get_type ())
GType           pw_load_warnings_get_type (void);
PwLoadWarnings *pw_load_warnings_copy     (const PwLoadWarnings *warnings);
void            pw_load_warnings_free     (PwLoadWarnings       *warnings);
guint           pw_load_warnings_get_n    (const PwLoadWarnings *warnings);
const char     *pw_load_warnings_get      (const PwLoadWarnings *warnings,
                                           guint                 index);
/* All warnings joined by newlines; "" when there are none. */
char           *pw_load_warnings_join     (const PwLoadWarnings *warnings);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PwLoadWarnings, pw_load_warnings_free)

/* Serialises @plan (UTF-8 XML, indented, stable order). Never fails. */
GBytes *pw_plan_to_xml          (PwPlan        *plan);

/* Writes @plan atomically to @file (the old file stays intact on failure)
 * and marks it saved. On failure the plan stays unsaved. */
gboolean pw_plan_save           (PwPlan        *plan,
                                 GFile         *file,
                                 GCancellable  *cancellable,
                                 GError       **error);

/* Builds a new plan from @file. @framework (nullable) resolves bank
 * indicators; without it bank ids are kept as saved. @warnings (nullable)
 * receives a list (maybe empty) when the plan loads. The new plan is clean
 * (nothing to undo, not modified). */
PwPlan  *pw_plan_load           (GFile           *file,
                                 PwFramework     *framework,
                                 PwLoadWarnings **warnings,
                                 GError         **error);

PwPlan  *pw_plan_load_from_bytes (GBytes          *bytes,
                                  PwFramework     *framework,
                                  PwLoadWarnings **warnings,
                                  GError         **error);

G_END_DECLS
