/* pw-window-fields.h — text widgets that edit a model field through undoable commands
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pw-plan.h"

G_BEGIN_DECLS

/**
 * PwTextSetter:
 * @plan: the plan to run the command on
 * @object: the object shown (a card, link, stakeholder, or the plan itself)
 * @field: the field number given to pw_text_field_attach()
 * @text: the new text
 *
 * Runs the pw_plan_*() command that stores @text.
 */
typedef void (*PwTextSetter) (PwPlan     *plan,
                              GObject    *object,
                              int         field,
                              const char *text);

/* Makes @widget (a #GtkEditable such as #GtkEntry, or a #GtkTextView) the
 * editor of the string property @property of whatever object it is pointed at
 * with pw_text_field_set_target(). Typing runs @setter (the model merges the
 * keystrokes into one undo step); leaving the widget seals the undo step; the
 * widget follows the model (undo, redo, edits elsewhere) without resetting the
 * cursor while the text is the same. */
void pw_text_field_attach     (GtkWidget    *widget,
                               const char   *property,
                               PwTextSetter  setter,
                               int           field);
/* Points the editor at @object of @plan (both nullable: the widget empties
 * and becomes insensitive). */
void pw_text_field_set_target (GtkWidget    *widget,
                               PwPlan       *plan,
                               GObject      *object);

/* Ready-made setters (field = PwCardField, PwLinkField, PwPlanField, PwStakeholderField). */
void pw_text_setter_card        (PwPlan *plan, GObject *object, int field, const char *text);
void pw_text_setter_link        (PwPlan *plan, GObject *object, int field, const char *text);
void pw_text_setter_plan        (PwPlan *plan, GObject *object, int field, const char *text);
void pw_text_setter_stakeholder (PwPlan *plan, GObject *object, int field, const char *text);

G_END_DECLS
