/* pw-window-private.h — what pw-window.c and pw-window-actions.c share; tests use it too
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pw-checks.h"
#include "pw-framework.h"
#include "pw-plan.h"
#include "pw-presentation.h"
#include "pw-recovery.h"
#include "pw-window.h"

G_BEGIN_DECLS

typedef enum {
  PW_BANNER_INFO,
  PW_BANNER_WARNING,
  PW_BANNER_ERROR,
} PwBannerKind;

struct _PwWindow
{
  GtkApplicationWindow  parent_instance;

  GSettings            *settings;
  GFile                *file;
  PwFramework          *framework;
  PwPlan               *plan;
  PwChecks             *checks;
  gulong                plan_notify_id;
  gboolean              sidebar_visible;
  gboolean              close_confirmed;  /* the officer chose Discard, or the save succeeded */
  gboolean              closing;          /* a Save before closing is under way */
  GMenu                *recent_menu;
  GtkRecentManager     *recent_manager;
  gulong                recent_changed_id;
  guint                 zoom_label_idle;

  /* Template children */
  GtkHeaderBar         *header_bar;
  GtkMenuButton        *primary_menu_button;
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkButton            *undo_button;
  GtkButton            *redo_button;
  GtkButton            *zoom_button;
  GtkToggleButton      *sidebar_button;
  GtkStackSwitcher     *view_switcher;
  GtkRevealer          *banner_revealer;
  GtkBox               *banner;
  GtkImage             *banner_icon;
  GtkLabel             *banner_title;
  GtkLabel             *banner_label;
  GtkStack             *main_stack;
  GtkPaned             *paned;
  GtkScrolledWindow    *canvas_scroller;
  GtkWidget            *sidebar_box;
  GtkStack             *sidebar_stack;
  GtkWidget            *evaluation_view;

  /* Built in code */
  GtkWidget            *canvas;
  GtkWidget            *card_details;
  GtkWidget            *checks_panel;
  GtkWidget            *plan_details;
  GtkWidget            *indicator_page;
  GtkWidget            *guide;
  GtkWidget            *outline_view;
  GMenu                *examples_menu;
  PwPresentation       *presentation;     /* F5: full screen for the projector */
  PwRecovery           *recovery;         /* autosave, crash recovery, changes on disk */
};

/* pw-window.c */
PwPlan    *pw_window_get_plan          (PwWindow     *self);
PwChecks  *pw_window_get_checks        (PwWindow     *self);
GtkWidget *pw_window_get_canvas        (PwWindow     *self);
/* Shows @plan (from @file, nullable) in the window; the old plan is dropped. */
void       pw_window_set_plan          (PwWindow     *self,
                                        PwPlan       *plan,
                                        GFile        *file);
/* A new, never edited, never saved plan: File ▸ Open may reuse the window. */
gboolean   pw_window_is_pristine       (PwWindow     *self);
void       pw_window_show_banner       (PwWindow     *self,
                                        PwBannerKind  kind,
                                        const char   *title,
                                        const char   *message);
void       pw_window_hide_banner       (PwWindow     *self);
/* The banner's text ("title\nmessage"), or NULL when it is hidden. */
char      *pw_window_dup_banner_text   (PwWindow     *self);
void       pw_window_update_title      (PwWindow     *self);
/* Shows the sidebar at @page ("card", "indicators", "checks", "plan"). */
void       pw_window_show_sidebar_page (PwWindow     *self,
                                        const char   *page);

/* pw-window-print.c: win.print, win.print-preview, win.print-blank-template, win.export */
void       pw_window_print_class_init   (GtkWidgetClass *widget_class);

/* pw-window-actions.c */
void       pw_window_actions_class_init (GtkWidgetClass *widget_class);
void       pw_window_actions_init       (PwWindow       *self);
void       pw_window_actions_dispose    (PwWindow       *self);
/* Loads @file: on success shows it here and returns TRUE; on failure shows the
 * error in the banner, keeps the current plan and returns FALSE. */
gboolean   pw_window_load_file          (PwWindow       *self,
                                         GFile          *file,
                                         GError        **error);
/* Saves to @file (the plan's file when NULL; Save As when there is none).
 * Errors go to the banner. Returns TRUE when the plan is on disk. */
gboolean   pw_window_save_to_file       (PwWindow       *self,
                                         GFile          *file,
                                         GError        **error);
/* File ▸ Open for a known file: reuses the window showing it, this window if
 * pristine, or a new window. Returns the window that shows it, or NULL on error. */
PwWindow  *pw_window_open_in_best_window (PwWindow      *self,
                                          GFile         *file);
/* The close request's question; returns TRUE when the window may close now. */
gboolean   pw_window_confirm_close       (PwWindow      *self);

G_END_DECLS
