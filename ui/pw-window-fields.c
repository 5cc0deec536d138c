/* pw-window-fields.c — text widgets that edit a model field through undoable commands
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model is the truth: a keystroke becomes a command, the command notifies,
 * and the widget compares before it writes back, so typing never moves the
 * cursor while undo and edits made elsewhere still show up at once.
 */
#define G_LOG_DOMAIN "pathways-ui"

#include "config.h"

#include "pw-window-fields.h"

typedef struct {
  GtkWidget    *widget;   /* not owned: the struct lives on the widget */
  PwPlan       *plan;
  GObject      *object;
  char         *property;
  PwTextSetter  setter;
  int           field;
  gulong        notify_id;
  gboolean      updating;
} PwTextField;

static void
text_field_disconnect (PwTextField *tf)
{
  if (tf->object != NULL && tf->notify_id != 0)
    g_signal_handler_disconnect (tf->object, tf->notify_id);
  tf->notify_id = 0;
  g_clear_object (&tf->object);
  g_clear_object (&tf->plan);
}

static void
text_field_free (gpointer data)
{
  PwTextField *tf = data;

  text_field_disconnect (tf);
  g_free (tf->property);
  g_free (tf);
}

static char *
widget_get_text (GtkWidget *widget)
{
  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));
}

static void
widget_set_text (GtkWidget  *widget,
                 const char *text)
{
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

static void
text_field_pull (PwTextField *tf)
{
  g_autofree char *model_text = NULL;
  g_autofree char *shown = widget_get_text (tf->widget);

  if (tf->object != NULL)
    g_object_get (tf->object, tf->property, &model_text, NULL);
  if (g_strcmp0 (shown, model_text != NULL ? model_text : "") == 0)
    return;

  tf->updating = TRUE;
  widget_set_text (tf->widget, model_text != NULL ? model_text : "");
  tf->updating = FALSE;
}

static void
text_field_model_notify (GObject    *object,
                         GParamSpec *pspec,
                         gpointer    data)
{
  text_field_pull (data);
}

static void
text_field_widget_changed (PwTextField *tf)
{
  g_autofree char *text = NULL;

  if (tf->updating || tf->object == NULL || tf->plan == NULL)
    return;
  text = widget_get_text (tf->widget);
  tf->setter (tf->plan, tf->object, tf->field, text);
}

static void
editable_changed (GtkEditable *editable,
                  gpointer     data)
{
  text_field_widget_changed (data);
}

static void
buffer_changed (GtkTextBuffer *buffer,
                gpointer       data)
{
  text_field_widget_changed (data);
}

static void
focus_leave (GtkEventControllerFocus *controller,
             gpointer                 data)
{
  PwTextField *tf = data;

  if (tf->plan != NULL)
    pw_plan_seal_undo (tf->plan);
}

void
pw_text_field_attach (GtkWidget    *widget,
                      const char   *property,
                      PwTextSetter  setter,
                      int           field)
{
  PwTextField *tf;
  GtkEventController *focus;

  g_return_if_fail (GTK_IS_EDITABLE (widget) || GTK_IS_TEXT_VIEW (widget));
  g_return_if_fail (property != NULL && setter != NULL);

  tf = g_new0 (PwTextField, 1);
  tf->widget = widget;
  tf->property = g_strdup (property);
  tf->setter = setter;
  tf->field = field;
  g_object_set_data_full (G_OBJECT (widget), "pw-text-field", tf, text_field_free);

  if (GTK_IS_TEXT_VIEW (widget))
    g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), "changed",
                      G_CALLBACK (buffer_changed), tf);
  else
    g_signal_connect (widget, "changed", G_CALLBACK (editable_changed), tf);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (focus_leave), tf);
  gtk_widget_add_controller (widget, focus);
  gtk_widget_set_sensitive (widget, FALSE);
}

void
pw_text_field_set_target (GtkWidget *widget,
                          PwPlan    *plan,
                          GObject   *object)
{
  PwTextField *tf = g_object_get_data (G_OBJECT (widget), "pw-text-field");
  g_autofree char *signal = NULL;

  g_return_if_fail (tf != NULL);

  if (tf->object == object && tf->plan == plan)
    return;
  /* Whatever was typed into the old target is one finished step. */
  if (tf->plan != NULL)
    pw_plan_seal_undo (tf->plan);
  text_field_disconnect (tf);
  if (plan != NULL && object != NULL)
    {
      tf->plan = g_object_ref (plan);
      tf->object = g_object_ref (object);
      signal = g_strconcat ("notify::", tf->property, NULL);
      tf->notify_id = g_signal_connect (object, signal, G_CALLBACK (text_field_model_notify), tf);
    }
  text_field_pull (tf);
  gtk_widget_set_sensitive (widget, tf->object != NULL);
}

void
pw_text_setter_card (PwPlan *plan, GObject *object, int field, const char *text)
{
  pw_plan_set_card_text (plan, PW_CARD (object), (PwCardField) field, text);
}

void
pw_text_setter_link (PwPlan *plan, GObject *object, int field, const char *text)
{
  pw_plan_set_link_text (plan, PW_LINK (object), (PwLinkField) field, text);
}

void
pw_text_setter_plan (PwPlan *plan, GObject *object, int field, const char *text)
{
  pw_plan_set_text (plan, (PwPlanField) field, text);
}

void
pw_text_setter_stakeholder (PwPlan *plan, GObject *object, int field, const char *text)
{
  pw_plan_set_stakeholder_text (plan, PW_STAKEHOLDER (object), (PwStakeholderField) field, text);
}
