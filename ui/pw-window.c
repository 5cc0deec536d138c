/* pw-window.c — a Pathways main window: one plan, its canvas, sidebar, header bar and banner
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-canvas.h"
#include "pw-card-details.h"
#include "pw-checks-panel.h"
#include "pw-evaluation-view.h"
#include "pw-examples.h"
#include "pw-guide.h"
#include "pw-outline-view.h"
#include "pw-indicator-page.h"
#include "pw-plan-details.h"
#include "pw-window-private.h"


#define SIDEBAR_WIDTH 400

enum {
  PROP_0,
  PROP_SIDEBAR_VISIBLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PwWindow, pw_window, GTK_TYPE_APPLICATION_WINDOW)

/* Title and undo state */

void
pw_window_update_title (PwWindow *self)
{
  const char *title = pw_plan_get_title (self->plan);
  gboolean unsaved = pw_plan_get_unsaved (self->plan);
  g_autofree char *shown = NULL;
  g_autofree char *window_title = NULL;

  if (title == NULL || *title == '\0')
    title = _("Untitled plan");
  /* Translators: the header bar title of a plan with unsaved changes */
  shown = unsaved ? g_strdup_printf (_("• %s"), title) : g_strdup (title);
  gtk_label_set_text (self->title_label, shown);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label),
                               unsaved ? _("The plan has unsaved changes") : NULL);
  /* Translators: the window title (task switcher); the star marks unsaved changes */
  window_title = g_strdup_printf (unsaved ? _("Pathways — *%s") : _("Pathways — %s"), title);
  gtk_window_set_title (GTK_WINDOW (self), window_title);

  if (self->file != NULL)
    {
      g_autofree char *name = g_file_get_basename (self->file);
      g_autofree char *path = g_file_get_parse_name (self->file);

      gtk_label_set_text (self->subtitle_label, name);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->subtitle_label), path);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), self->file != NULL);
}

static void
update_undo_button (GtkWidget  *button,
                    const char *action,
                    gboolean    enabled,
                    const char *label,
                    const char *fallback,
                    const char *format)
{
  g_autofree char *tooltip = label != NULL ? g_strdup_printf (format, label) : g_strdup (fallback);

  gtk_widget_set_tooltip_text (button, tooltip);
}

static void
update_undo_state (PwWindow *self)
{
  gboolean can_undo = pw_plan_can_undo (self->plan);
  gboolean can_redo = pw_plan_can_redo (self->plan);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", can_undo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", can_redo);
  /* Translators: tooltip of the Undo button, %s is the step, e.g. Undo “Edit title” */
  update_undo_button (GTK_WIDGET (self->undo_button), "win.undo", can_undo,
                      pw_plan_get_undo_label (self->plan), _("Undo"), _("Undo “%s”"));
  /* Translators: tooltip of the Redo button */
  update_undo_button (GTK_WIDGET (self->redo_button), "win.redo", can_redo,
                      pw_plan_get_redo_label (self->plan), _("Redo"), _("Redo “%s”"));
}

static void
plan_notify (PwPlan     *plan,
             GParamSpec *pspec,
             PwWindow   *self)
{
  if (g_str_equal (pspec->name, "title") || g_str_equal (pspec->name, "unsaved"))
    pw_window_update_title (self);
  else if (g_str_has_prefix (pspec->name, "can-") || g_str_has_suffix (pspec->name, "-label"))
    update_undo_state (self);
}

/* The banner */

void
pw_window_show_banner (PwWindow     *self,
                       PwBannerKind  kind,
                       const char   *title,
                       const char   *message)
{
  static const char *icons[] = { "dialog-information-symbolic", "dialog-warning-symbolic",
                                 "dialog-error-symbolic" };
  static const char *classes[] = { "info", "warning", "error" };

  g_return_if_fail (PW_IS_WINDOW (self));

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->banner), classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->banner), classes[kind]);
  gtk_image_set_from_icon_name (self->banner_icon, icons[kind]);
  gtk_label_set_text (self->banner_title, title);
  gtk_label_set_text (self->banner_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->banner_label), message != NULL && *message != '\0');
  gtk_revealer_set_reveal_child (self->banner_revealer, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->banner), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message != NULL ? message : "", -1);
}

void
pw_window_hide_banner (PwWindow *self)
{
  g_return_if_fail (PW_IS_WINDOW (self));
  gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);
}

char *
pw_window_dup_banner_text (PwWindow *self)
{
  g_return_val_if_fail (PW_IS_WINDOW (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->banner_revealer))
    return NULL;
  return g_strdup_printf ("%s\n%s", gtk_label_get_text (self->banner_title),
                          gtk_label_get_text (self->banner_label));
}

/* Canvas and sidebar */

static void
canvas_selection_changed (PwCanvas *canvas,
                          PwWindow *self)
{
  PwCard *card = pw_canvas_get_selected_card (canvas);
  PwLink *link = card == NULL ? pw_canvas_get_selected_link (canvas) : NULL;

  if (link != NULL)
    pw_card_details_set_link (PW_CARD_DETAILS (self->card_details), link);
  else
    pw_card_details_set_card (PW_CARD_DETAILS (self->card_details), card);
  if (self->indicator_page != NULL)
    pw_indicator_page_set_selected_card (PW_INDICATOR_PAGE (self->indicator_page), card);
  if (self->outline_view != NULL)
    pw_outline_view_select_card (PW_OUTLINE_VIEW (self->outline_view), card);
}

static gboolean
update_zoom_label (gpointer data)
{
  PwWindow *self = data;
  g_autofree char *text = g_strdup_printf ("%.0f%%", pw_canvas_get_zoom (PW_CANVAS (self->canvas)) * 100.0);
  g_autofree char *a11y = g_strdup_printf (_("Zoom %s, reset to 100%%"), text);

  self->zoom_label_idle = 0;
  if (g_strcmp0 (gtk_button_get_label (self->zoom_button), text) == 0)
    return G_SOURCE_REMOVE;
  gtk_button_set_label (self->zoom_button, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->zoom_button), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
  return G_SOURCE_REMOVE;
}

/* GTK 4.8 can leave a widget that only queued a new allocation (the canvas
 * after a zoom) unallocated, and blank, when other parts of the window (the
 * sidebar's text views, the header bar) are resized in the same frames. A
 * full resize of the canvas is always honoured. The label changes after the
 * canvas has been laid out at the new zoom, for the same reason. */
static void
canvas_zoom_notify (PwCanvas   *canvas,
                    GParamSpec *pspec,
                    PwWindow   *self)
{
  gtk_widget_queue_resize (GTK_WIDGET (canvas));
  if (self->zoom_label_idle == 0)
    self->zoom_label_idle = g_idle_add_full (G_PRIORITY_LOW, update_zoom_label, self, NULL);
}

static void
finding_activated (PwChecksPanel *panel,
                   PwFinding     *finding,
                   PwWindow      *self)
{
  const char * const *cards = pw_finding_get_card_ids (finding);
  const char * const *links = pw_finding_get_link_ids (finding);
  PwCard *card = cards[0] != NULL ? pw_plan_lookup_card (self->plan, cards[0]) : NULL;
  PwLink *link = links[0] != NULL ? pw_plan_lookup_link (self->plan, links[0]) : NULL;

  if (card != NULL)
    pw_canvas_select_card (PW_CANVAS (self->canvas), card, TRUE);
  else if (link != NULL)
    pw_canvas_select_link (PW_CANVAS (self->canvas), link);
  else if (g_str_has_prefix (pw_finding_get_rule (finding), "shared."))
    pw_window_show_sidebar_page (self, "plan");
}

static void
indicator_outcome_created (GtkWidget *page,
                           PwCard    *card,
                           PwWindow  *self)
{
  pw_canvas_select_card (PW_CANVAS (self->canvas), card, TRUE);
}

/* "Attach an indicator" in the Evaluation view: back to the canvas, with
 * the outcome selected and the Indicators page open. */
static void
evaluation_pick_indicators (GtkWidget *view,
                            PwCard    *card,
                            PwWindow  *self)
{
  gtk_stack_set_visible_child_name (self->main_stack, "canvas");
  pw_canvas_select_card (PW_CANVAS (self->canvas), card, TRUE);
  pw_window_show_sidebar_page (self, "indicators");
  pw_indicator_page_focus_search (PW_INDICATOR_PAGE (self->indicator_page));
}

/* Plan backwards: "Find an indicator" opens the Indicators page on the outcome. */
static void
guide_find_indicator (PwGuide  *guide,
                      PwCard   *card,
                      PwWindow *self)
{
  pw_canvas_select_card (PW_CANVAS (self->canvas), card, TRUE);
  pw_window_show_sidebar_page (self, "indicators");
  pw_indicator_page_focus_search (PW_INDICATOR_PAGE (self->indicator_page));
}

/* Closed or finished: back to the card page; the guide keeps its step. */
static void
guide_done (PwGuide  *guide,
            PwWindow *self)
{
  pw_window_show_sidebar_page (self, "card");
}

/* A row picked in the outline selects its card on the canvas (and so on the
 * card page), without leaving the outline. */
static void
outline_card_activated (PwOutlineView *view,
                        PwCard        *card,
                        PwWindow      *self)
{
  pw_canvas_select_card (PW_CANVAS (self->canvas), card, FALSE);
}

static void
update_checks_attention (PwChecks   *checks,
                         GParamSpec *pspec,
                         PwWindow   *self)
{
  GtkWidget *child = gtk_stack_get_child_by_name (self->sidebar_stack, "checks");
  GtkStackPage *page = gtk_stack_get_page (self->sidebar_stack, child);
  guint problems = pw_checks_get_n_findings (checks, PW_SEVERITY_PROBLEM);

  gtk_stack_page_set_needs_attention (page, problems > 0);
}

/* @scroll: wrap @child in a scrolled window. Pages whose height depends on
 * their width (wrapped labels) must not push the window's minimum height up
 * on a 720-pixel projector. */
static void
add_sidebar_page (PwWindow   *self,
                  GtkWidget  *child,
                  const char *name,
                  const char *title,
                  gboolean    scroll)
{
  if (scroll)
    {
      GtkWidget *scroller = gtk_scrolled_window_new ();

      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), child);
      child = scroller;
    }
  gtk_stack_add_titled (self->sidebar_stack, child, name, title);
}

/* The sidebar's pages, in order. Other pages plug in here. */
static void
build_sidebar (PwWindow *self)
{
  self->card_details = pw_card_details_new (self->framework);
  add_sidebar_page (self, self->card_details, "card", _("Card"), FALSE);

  self->indicator_page = pw_indicator_page_new (self->framework);
  g_signal_connect (self->indicator_page, "outcome-created", G_CALLBACK (indicator_outcome_created), self);
  add_sidebar_page (self, self->indicator_page, "indicators", _("Indicators"), TRUE);

  self->checks_panel = pw_checks_panel_new ();
  pw_checks_panel_set_checks (PW_CHECKS_PANEL (self->checks_panel), self->checks);
  g_signal_connect (self->checks_panel, "finding-activated", G_CALLBACK (finding_activated), self);
  add_sidebar_page (self, self->checks_panel, "checks", _("Checks"), TRUE);
  g_signal_connect (self->checks, "notify::n-problems", G_CALLBACK (update_checks_attention), self);

  self->plan_details = pw_plan_details_new ();
  add_sidebar_page (self, self->plan_details, "plan", _("Plan"), FALSE);

  /* The guide scrolls inside, keeping Back and Next in view. */
  self->guide = pw_guide_new (self->framework);
  g_signal_connect (self->guide, "find-indicator", G_CALLBACK (guide_find_indicator), self);
  g_signal_connect (self->guide, "done", G_CALLBACK (guide_done), self);
  add_sidebar_page (self, self->guide, "guide", _("Guide"), FALSE);
}

static void
build_outline (PwWindow *self)
{
  g_autoptr(GMenuModel) examples = pw_examples_menu_new ();

  g_menu_append_section (self->examples_menu, NULL, examples);
  self->outline_view = pw_outline_view_new ();
  g_signal_connect (self->outline_view, "card-activated", G_CALLBACK (outline_card_activated), self);
  gtk_stack_add_titled (self->main_stack, self->outline_view, "outline", _("Outline"));
}

static void
build_canvas (PwWindow *self)
{
  self->canvas = pw_canvas_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->canvas), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Theory of change canvas"), -1);
  gtk_scrolled_window_set_child (self->canvas_scroller, self->canvas);
  pw_canvas_set_checks (PW_CANVAS (self->canvas), self->checks);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "canvas",
                                  pw_canvas_get_action_group (PW_CANVAS (self->canvas)));
  g_signal_connect (self->canvas, "selection-changed", G_CALLBACK (canvas_selection_changed), self);
  g_signal_connect (self->canvas, "notify::zoom", G_CALLBACK (canvas_zoom_notify), self);
  pw_canvas_set_zoom (PW_CANVAS (self->canvas), g_settings_get_double (self->settings, "zoom"));
  update_zoom_label (self);
}

/* Once the window has its size, the sidebar gets its readable width and the
 * canvas the rest; later the paned keeps the sidebar's width when the window
 * is resized (it does not resize its end child). A position set earlier would
 * make the paned measure the sidebar narrower than its minimum. */
static void
paned_first_allocation (GtkPaned   *paned,
                        GParamSpec *pspec,
                        PwWindow   *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (paned));

  if (width <= 2 * SIDEBAR_WIDTH)
    return;
  g_signal_handlers_disconnect_by_func (paned, paned_first_allocation, self);
  gtk_paned_set_position (paned, width - SIDEBAR_WIDTH);
}

void
pw_window_show_sidebar_page (PwWindow   *self,
                             const char *page)
{
  g_return_if_fail (PW_IS_WINDOW (self));

  if (gtk_stack_get_child_by_name (self->sidebar_stack, page) == NULL)
    return;
  g_object_set (self, "sidebar-visible", TRUE, NULL);
  gtk_stack_set_visible_child_name (self->main_stack, "canvas");
  gtk_stack_set_visible_child_name (self->sidebar_stack, page);
}

/* The plan */

void
pw_window_set_plan (PwWindow *self,
                    PwPlan   *plan,
                    GFile    *file)
{
  g_return_if_fail (PW_IS_WINDOW (self));
  g_return_if_fail (PW_IS_PLAN (plan));

  if (self->plan != NULL)
    g_clear_signal_handler (&self->plan_notify_id, self->plan);
  g_set_object (&self->plan, plan);
  g_set_object (&self->file, file);
  pw_recovery_set_plan (self->recovery, plan);
  self->plan_notify_id = g_signal_connect (plan, "notify", G_CALLBACK (plan_notify), self);

  pw_checks_set_plan (self->checks, plan);
  pw_canvas_set_plan (PW_CANVAS (self->canvas), plan);
  pw_card_details_set_plan (PW_CARD_DETAILS (self->card_details), plan);
  pw_card_details_set_card (PW_CARD_DETAILS (self->card_details), NULL);
  pw_plan_details_set_plan (PW_PLAN_DETAILS (self->plan_details), plan);
  pw_evaluation_view_set_plan (PW_EVALUATION_VIEW (self->evaluation_view), plan, self->framework);
  pw_guide_set_plan (PW_GUIDE (self->guide), plan);
  pw_outline_view_set_plan (PW_OUTLINE_VIEW (self->outline_view), plan);
  if (self->indicator_page != NULL)
    {
      pw_indicator_page_set_plan (PW_INDICATOR_PAGE (self->indicator_page), plan);
      pw_indicator_page_set_selected_card (PW_INDICATOR_PAGE (self->indicator_page), NULL);
    }
  self->close_confirmed = FALSE;
  pw_window_update_title (self);
  update_undo_state (self);
}

PwPlan *
pw_window_get_plan (PwWindow *self)
{
  g_return_val_if_fail (PW_IS_WINDOW (self), NULL);
  return self->plan;
}

PwChecks *
pw_window_get_checks (PwWindow *self)
{
  g_return_val_if_fail (PW_IS_WINDOW (self), NULL);
  return self->checks;
}

GtkWidget *
pw_window_get_canvas (PwWindow *self)
{
  g_return_val_if_fail (PW_IS_WINDOW (self), NULL);
  return self->canvas;
}

gboolean
pw_window_is_pristine (PwWindow *self)
{
  g_return_val_if_fail (PW_IS_WINDOW (self), FALSE);

  return self->file == NULL && !pw_plan_get_unsaved (self->plan) && !pw_plan_can_undo (self->plan) &&
         g_list_model_get_n_items (pw_plan_get_cards (self->plan)) == 0;
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
  g_return_val_if_fail (PW_IS_APPLICATION (app), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    {
      if (PW_IS_WINDOW (l->data) && PW_WINDOW (l->data)->file != NULL &&
          g_file_equal (PW_WINDOW (l->data)->file, file))
        return l->data;
    }
  return NULL;
}

void
pw_window_open_file (PwWindow *self,
                     GFile    *file)
{
  g_return_if_fail (PW_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* Errors are shown in the window's banner. */
  pw_window_load_file (self, file, NULL);
}

PwWindow *
pw_window_new (PwApplication *app)
{
  g_return_val_if_fail (PW_IS_APPLICATION (app), NULL);

  return g_object_new (PW_TYPE_WINDOW, "application", app, NULL);
}

/* Window actions of the core */

static void
undo_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  pw_plan_undo (PW_WINDOW (widget)->plan);
}

static void
redo_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  pw_plan_redo (PW_WINDOW (widget)->plan);
}

static void
dismiss_banner_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  pw_window_hide_banner (PW_WINDOW (widget));
}

static void
find_indicators_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  PwWindow *self = PW_WINDOW (widget);

  pw_window_show_sidebar_page (self, "indicators");
  pw_indicator_page_focus_search (PW_INDICATOR_PAGE (self->indicator_page));
}

static void
show_page_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  pw_window_show_sidebar_page (PW_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
show_view_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  PwWindow *self = PW_WINDOW (widget);
  GtkWidget *child = gtk_stack_get_child_by_name (self->main_stack, g_variant_get_string (param, NULL));

  if (child != NULL && gtk_widget_get_visible (child))
    gtk_stack_set_visible_child (self->main_stack, child);
}

/* Geometry, sidebar and closing */

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
  g_settings_set_double (self->settings, "zoom",
                         CLAMP (pw_canvas_get_zoom (PW_CANVAS (self->canvas)), 0.25, 4.0));
}

static gboolean
pw_window_close_request (GtkWindow *window)
{
  PwWindow *self = PW_WINDOW (window);

  if (!pw_window_confirm_close (self))
    return TRUE;
  /* The zoom and sidebar to remember are the desk's, not the projector's. */
  pw_presentation_leave (self->presentation);
  pw_window_save_geometry (self);
  return GTK_WINDOW_CLASS (pw_window_parent_class)->close_request (window);
}

static void
set_sidebar_visible (PwWindow *self,
                     gboolean  visible)
{
  if (self->sidebar_visible == visible)
    return;
  self->sidebar_visible = visible;
  gtk_widget_set_visible (self->sidebar_box, visible);
  g_settings_set_boolean (self->settings, "sidebar-visible", visible);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDEBAR_VISIBLE]);
}

static void
pw_window_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SIDEBAR_VISIBLE:
      g_value_set_boolean (value, PW_WINDOW (object)->sidebar_visible);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_window_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SIDEBAR_VISIBLE:
      set_sidebar_visible (PW_WINDOW (object), g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pw_window_dispose (GObject *object)
{
  PwWindow *self = PW_WINDOW (object);

  g_clear_object (&self->presentation);
  /* Stops its timer now; a copy being written goes once the write ends. */
  if (self->recovery != NULL)
    {
      pw_recovery_close (self->recovery, self->close_confirmed || self->plan == NULL ||
                                         !pw_plan_get_unsaved (self->plan));
      g_object_run_dispose (G_OBJECT (self->recovery));
    }
  g_clear_object (&self->recovery);
  pw_window_actions_dispose (self);
  g_clear_handle_id (&self->zoom_label_idle, g_source_remove);
  if (self->plan != NULL)
    g_clear_signal_handler (&self->plan_notify_id, self->plan);
  if (self->checks != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->checks, self);
      pw_checks_set_plan (self->checks, NULL);
    }
  g_clear_object (&self->checks);
  g_clear_object (&self->plan);
  g_clear_object (&self->framework);
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
load_style (void)
{
  static gsize loaded = 0;

  if (g_once_init_enter (&loaded))
    {
      g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/ui/pw-window.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      g_once_init_leave (&loaded, 1);
    }
}

static void
pw_window_class_init (PwWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pw_window_dispose;
  object_class->get_property = pw_window_get_property;
  object_class->set_property = pw_window_set_property;
  window_class->close_request = pw_window_close_request;

  /**
   * PwWindow:sidebar-visible:
   *
   * Whether the sidebar (card details, indicators, checks, plan) is shown;
   * the action "win.toggle-sidebar" (F9) flips it.
   */
  properties[PROP_SIDEBAR_VISIBLE] =
    g_param_spec_boolean ("sidebar-visible", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PW_TYPE_EVALUATION_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pw-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PwWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, zoom_button);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, view_switcher);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, banner);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, banner_icon);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, banner_title);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, canvas_scroller);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, sidebar_box);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, evaluation_view);
  gtk_widget_class_bind_template_child (widget_class, PwWindow, examples_menu);

  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_activated);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_activated);
  gtk_widget_class_install_action (widget_class, "win.dismiss-banner", NULL, dismiss_banner_activated);
  gtk_widget_class_install_action (widget_class, "win.find-indicators", NULL, find_indicators_activated);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_activated);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_activated);
  gtk_widget_class_install_property_action (widget_class, "win.toggle-sidebar", "sidebar-visible");
  pw_window_actions_class_init (widget_class);
  pw_presentation_install_actions (widget_class);
  pw_window_print_class_init (widget_class);
}

static void
pw_window_init (PwWindow *self)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();

  load_style ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->framework = g_object_ref (pw_framework_get_default ());
  self->checks = pw_checks_new (self->framework);
  self->sidebar_visible = TRUE;
  build_canvas (self);
  build_sidebar (self);
  build_outline (self);
  g_object_set (self, "sidebar-visible", g_settings_get_boolean (self->settings, "sidebar-visible"), NULL);
  gtk_stack_set_visible_child_name (self->sidebar_stack, "card");
  g_signal_connect (self->evaluation_view, "pick-indicators", G_CALLBACK (evaluation_pick_indicators), self);
  self->presentation = pw_presentation_new (self);
  self->recovery = pw_recovery_new (self);
  pw_window_set_plan (self, plan, NULL);
  pw_window_actions_init (self);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  g_signal_connect (self->paned, "notify::max-position", G_CALLBACK (paned_first_allocation), self);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}
