/* pw-application.c — the Pathways GtkApplication: app actions, accelerators, style
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-model.h"
#include "pw-ui-resources.h"
#include "pw-application.h"
#include "pw-recovery.h"
#include "pw-help.h"
#include "pw-examples.h"
#include "pw-window-private.h"

struct _PwApplication
{
  GtkApplication parent_instance;
  gboolean       recovery_offered;
};

G_DEFINE_FINAL_TYPE (PwApplication, pw_application, GTK_TYPE_APPLICATION)

void
pw_ui_init (void)
{
  static gsize registered = 0;
  static gboolean styled = FALSE;

  if (g_once_init_enter (&registered))
    {
      pw_model_init ();
      /* Registered by hand: a static library would drop a constructor. */
      pw_ui_register_resource ();
      g_once_init_leave (&registered, 1);
    }
  /* The style needs a display: before GTK's startup there is none yet. */
  if (!styled && gdk_display_get_default () != NULL)
    {
      g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

      styled = TRUE;
      /* Colours come from the theme's named colours, so dark and
       * high-contrast themes restyle the app without extra sheets. */
      gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/style.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }
}

PwApplication *
pw_application_new (void)
{
  return g_object_new (PW_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

/* The first window of this process offers what a crashed Pathways left. */
static void
offer_recovery_once (PwApplication *self,
                     PwWindow      *window)
{
  if (self->recovery_offered)
    return;
  self->recovery_offered = TRUE;
  pw_recovery_offer (window);
}

static void
pw_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (pw_window_new (PW_APPLICATION (app)));

  if (PW_IS_WINDOW (window))
    offer_recovery_once (PW_APPLICATION (app), PW_WINDOW (window));
  gtk_window_present (window);
}

static void
pw_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      PwWindow *window = pw_window_find_for_file (PW_APPLICATION (app), files[i]);

      if (window == NULL)
        {
          window = pw_window_new (PW_APPLICATION (app));
          pw_window_open_file (window, files[i]);
        }
      offer_recovery_once (PW_APPLICATION (app), window);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (app));

  /* Each window asks about its own unsaved changes; the app quits when the last closes. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  PwApplication *self = PW_APPLICATION (user_data);

  pw_application_show_about (self, gtk_application_get_active_window (GTK_APPLICATION (self)));
}

static void
help_activated (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  pw_help_show (gtk_application_get_active_window (GTK_APPLICATION (user_data)));
}

static void
new_window_activated (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (pw_window_new (PW_APPLICATION (user_data))));
}

/* A worked example opens as a new, unsaved plan: in the active window if it
 * is still empty, else in a new one. */
static void
open_example_activated (GSimpleAction *action,
                        GVariant      *param,
                        gpointer       user_data)
{
  PwApplication *self = PW_APPLICATION (user_data);
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(PwPlan) plan = pw_examples_load (g_variant_get_string (param, NULL), &error);
  PwWindow *window = PW_IS_WINDOW (active) && pw_window_is_pristine (PW_WINDOW (active))
    ? PW_WINDOW (active) : pw_window_new (self);

  if (plan != NULL)
    pw_window_set_plan (window, plan, NULL);
  else
    pw_window_show_banner (window, PW_BANNER_ERROR, _("The example could not be opened"), error->message);
  gtk_window_present (GTK_WINDOW (window));
}

static const GActionEntry app_entries[] = {
  { "quit", quit_activated },
  { "about", about_activated },
  { "help", help_activated },
  { "new-window", new_window_activated },
  { "open-example", open_example_activated, "s" },
};

static void
pw_application_startup (GApplication *app)
{
  static const struct { const char *action; const char *accels[4]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.new-window", { "<Control>n", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.close", { "<Control>w", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "win.print-preview", { "<Control><Shift>p", NULL } },
    { "win.print-blank-template", { "<Control><Shift>b", NULL } },
    { "win.export", { "<Control>e", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "app.help", { "F1", NULL } },
    { "win.toggle-sidebar", { "F9", NULL } },
    { "win.present", { "F5", NULL } },
    { "win.find-indicators", { "<Control>f", NULL } },
    /* The canvas's own actions, inserted into each window as "canvas": zoom
     * works wherever the focus is; editing keys stay with the canvas. */
    { "canvas.zoom-in", { "<Control>plus", "<Control>equal", "<Control>KP_Add", NULL } },
    { "canvas.zoom-out", { "<Control>minus", "<Control>KP_Subtract", NULL } },
    { "canvas.zoom-reset", { "<Control>0", "<Control>KP_0", NULL } },
    { "canvas.zoom-fit", { "<Control>9", NULL } },
  };
  /* GtkApplication looks for gtk/help-overlay.ui (the shortcuts window) in
   * the registered resources during its startup: register them first. */
  pw_ui_init ();
  G_APPLICATION_CLASS (pw_application_parent_class)->startup (app);
  pw_ui_init ();

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_entries,
                                   G_N_ELEMENTS (app_entries), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action, accels[i].accels);

  gtk_window_set_default_icon_name (APP_ID);
}

void
pw_application_show_about (PwApplication *self,
                           GtkWindow     *parent)
{
  static const char *authors[] = { "The Pathways authors", NULL };
  GtkAboutDialog *about;

  g_return_if_fail (PW_IS_APPLICATION (self));

  about = GTK_ABOUT_DIALOG (gtk_about_dialog_new ());
  gtk_about_dialog_set_program_name (about, _("Pathways"));
  gtk_about_dialog_set_logo_icon_name (about, APP_ID);
  gtk_about_dialog_set_version (about, PACKAGE_VERSION);
  gtk_about_dialog_set_comments (about,
    _("Plan and evaluate integration work with the Home Office Indicators of Integration framework 2019."));
  gtk_about_dialog_set_license_type (about, GTK_LICENSE_GPL_3_0);
  gtk_about_dialog_set_copyright (about, _("© 2026 The Pathways authors"));
  gtk_about_dialog_set_authors (about, authors);
  /* Translators: Replace "translator-credits" with your name/year (one per line) */
  gtk_about_dialog_set_translator_credits (about, _("translator-credits"));
  {
    const char *framework[] = {
      _("Indicators of Integration framework 2019, Home Office. Contains public sector information licensed under the Open Government Licence v3.0. © Crown copyright 2019."),
      NULL };
    const char *comparators[] = {
      _("Measuring Outcomes for Integrated Communities: Technical Note, Ministry of Housing, Communities and Local Government, 2019. Open Government Licence v3.0."),
      _("Social Integration Measurement Toolkit, Mayor of London, 2021."),
      NULL };
    const char *guide[] = {
      _("Guide for Practitioners on the Home Office Indicators of Integration Framework 2019, IOM UK (keyword index, theory-of-change method, evaluation planning template)."),
      NULL };
    gtk_about_dialog_add_credit_section (about, _("Framework data"), framework);
    gtk_about_dialog_add_credit_section (about, _("Practitioners’ guide"), guide);
    gtk_about_dialog_add_credit_section (about, _("Comparator measures"), comparators);
  }
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (about), parent);
      gtk_window_set_modal (GTK_WINDOW (about), TRUE);
    }
  gtk_window_set_destroy_with_parent (GTK_WINDOW (about), TRUE);
  gtk_window_present (GTK_WINDOW (about));
}

static void
pw_application_class_init (PwApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = pw_application_activate;
  app_class->open = pw_application_open;
  app_class->startup = pw_application_startup;
}

static void
pw_application_init (PwApplication *self)
{
}
