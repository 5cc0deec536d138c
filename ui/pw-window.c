/* pw-window.c — a Pathways main window: header bar, primary menu, saved geometry
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-window.h"

struct _PwWindow
{
  GtkApplicationWindow  parent_instance;

  GSettings            *settings;
  GFile                *file;

  GtkHeaderBar         *header_bar;
  GtkMenuButton        *primary_menu_button;
};

G_DEFINE_FINAL_TYPE (PwWindow, pw_window, GTK_TYPE_APPLICATION_WINDOW)

static void
pw_window_save_geometry (PwWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static gboolean
pw_window_close_request (GtkWindow *window)
{
  pw_window_save_geometry (PW_WINDOW (window));
  return GTK_WINDOW_CLASS (pw_window_parent_class)->close_request (window);
}

static void
pw_window_dispose (GObject *object)
{
  PwWindow *self = PW_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (pw_window_parent_class)->dispose (object);
}

static void
close_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
pw_window_class_init (PwWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pw_window_dispose;
  window_class->close_request = pw_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pw-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PwWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, primary_menu_button);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_activated);
}

static void
pw_window_init (PwWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

PwWindow *
pw_window_new (PwApplication *app)
{
  g_return_val_if_fail (PW_IS_APPLICATION (app), NULL);

  return g_object_new (PW_TYPE_WINDOW, "application", app, NULL);
}

void
pw_window_open_file (PwWindow *self,
                     GFile    *file)
{
  g_return_if_fail (PW_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_set_object (&self->file, file);
}

GFile *
pw_window_get_file (PwWindow *self)
{
  g_return_val_if_fail (PW_IS_WINDOW (self), NULL);

  return self->file;
}

PwWindow *
pw_window_find_for_file (PwApplication *app,
                         GFile         *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    {
      if (PW_IS_WINDOW (l->data) && PW_WINDOW (l->data)->file != NULL &&
          g_file_equal (PW_WINDOW (l->data)->file, file))
        return l->data;
    }

  return NULL;
}
