/* pw-print-preview.c — Pathways' print preview window: the real pages, before printing
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK's default preview exports a PDF and starts an external viewer, which
 * council laptops may not have. This window takes the operation's
 * GtkPrintOperationPreview instead: each page is drawn by the same
 * ::draw-page code as the printout, into an image, and shown in a scrolled
 * column. The paper (A4/A3) and, for the canvas, fit/tile can be changed
 * here; the preview then restarts with a new operation.
 */
#define G_LOG_DOMAIN "pathways-print"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "pw-print-private.h"

/* The page images are about this wide, so that they stay sharp when the
 * window fills a 1280–1920 pixel screen. */
#define PAGE_IMAGE_WIDTH 1600.0

struct _PwPrintPreview
{
  GtkWindow                 parent_instance;

  PwPrintRequest            request;
  GtkPrintOperation        *operation;
  GtkPrintOperationPreview *preview;
  GtkPrintContext          *context;
  cairo_surface_t          *page_surface;   /* the page being drawn */
  guint                     n_pages;
  guint                     next_page;
  guint                     render_id;
  gboolean                  ended;
  gboolean                  updating;

  GtkWidget                *subtitle;
  GtkWidget                *pages_box;
  GtkWidget                *paper_a4;
  GtkWidget                *mode_fit;
};

G_DEFINE_FINAL_TYPE (PwPrintPreview, pw_print_preview, GTK_TYPE_WINDOW)

/* ---- A page: its image at the width it is given ------------------------- */

/* GtkPicture in 4.8 does not trade width for height, so in a scrolled
 * column it stays small; a page fills the width, up to this many pixels. */
#define PAGE_MAX_WIDTH 1100

#define PW_TYPE_PRINT_PAGE (pw_print_page_get_type ())
G_DECLARE_FINAL_TYPE (PwPrintPage, pw_print_page, PW, PRINT_PAGE, GtkWidget)

struct _PwPrintPage
{
  GtkWidget   parent_instance;
  GdkTexture *texture;
};

G_DEFINE_FINAL_TYPE (PwPrintPage, pw_print_page, GTK_TYPE_WIDGET)

static GtkSizeRequestMode
pw_print_page_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
pw_print_page_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  PwPrintPage *self = PW_PRINT_PAGE (widget);
  double ratio = (double) gdk_texture_get_height (self->texture) / gdk_texture_get_width (self->texture);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = MIN (PAGE_MAX_WIDTH, gdk_texture_get_width (self->texture));
    }
  else
    {
      int width = for_size >= 0 ? MIN (for_size, PAGE_MAX_WIDTH) : PAGE_MAX_WIDTH;

      *minimum = *natural = (int) ceil (width * ratio);
    }
}

static void
pw_print_page_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  PwPrintPage *self = PW_PRINT_PAGE (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double ratio = (double) gdk_texture_get_height (self->texture) / gdk_texture_get_width (self->texture);

  /* Keep the paper's shape whatever the allocation; centre it. */
  if (height < width * ratio)
    width = height / ratio;
  else
    height = width * ratio;
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((gtk_widget_get_width (widget) - width) / 2, 0));
  gdk_paintable_snapshot (GDK_PAINTABLE (self->texture), GDK_SNAPSHOT (snapshot), width, height);
  gtk_snapshot_restore (snapshot);
}

static void
pw_print_page_dispose (GObject *object)
{
  g_clear_object (&PW_PRINT_PAGE (object)->texture);
  G_OBJECT_CLASS (pw_print_page_parent_class)->dispose (object);
}

static void
pw_print_page_class_init (PwPrintPageClass *klass)
{
  GTK_WIDGET_CLASS (klass)->get_request_mode = pw_print_page_get_request_mode;
  GTK_WIDGET_CLASS (klass)->measure = pw_print_page_measure;
  GTK_WIDGET_CLASS (klass)->snapshot = pw_print_page_snapshot;
  G_OBJECT_CLASS (klass)->dispose = pw_print_page_dispose;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "pw-print-page");
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_IMG);
}

static void
pw_print_page_init (PwPrintPage *self)
{
}

static GtkWidget *
pw_print_page_new (GdkTexture *texture,
                   const char *name)
{
  PwPrintPage *self = g_object_new (PW_TYPE_PRINT_PAGE, NULL);

  self->texture = g_object_ref (texture);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return GTK_WIDGET (self);
}

/* ---- Rendering ----------------------------------------------------------- */

static void
got_page_size (GtkPrintOperationPreview *preview,
               GtkPrintContext          *context,
               GtkPageSetup             *page_setup,
               PwPrintPreview           *self)
{
  double width_in = gtk_page_setup_get_paper_width (page_setup, GTK_UNIT_INCH);
  double height_in = gtk_page_setup_get_paper_height (page_setup, GTK_UNIT_INCH);
  double dpi = MIN (150.0, PAGE_IMAGE_WIDTH / MAX (width_in, 1.0));
  cairo_t *cr;

  g_clear_pointer (&self->page_surface, cairo_surface_destroy);
  self->page_surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                   (int) ceil (width_in * dpi),
                                                   (int) ceil (height_in * dpi));
  cr = cairo_create (self->page_surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  gtk_print_context_set_cairo_context (context, cr, dpi, dpi);
  cairo_destroy (cr);
}

static GdkTexture *
texture_from_surface (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  g_autoptr(GBytes) bytes = NULL;

  cairo_surface_flush (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) stride * height);
  /* GDK_MEMORY_DEFAULT is cairo's ARGB32 layout. */
  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);
}

static void
add_page_picture (PwPrintPreview *self,
                  guint           page)
{
  g_autoptr(GdkTexture) texture = texture_from_surface (self->page_surface);
  g_autofree char *name = g_strdup_printf (_("Page %u of %u"), page + 1, self->n_pages);

  gtk_box_append (GTK_BOX (self->pages_box), pw_print_page_new (texture, name));
}

static void
update_subtitle (PwPrintPreview *self)
{
  g_autofree char *paper = pw_print_session_dup_paper_name ();
  g_autofree char *pages = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages",
                                                         self->n_pages), self->n_pages);
  g_autofree char *text = NULL;

  /* TRANSLATORS: print preview subtitle: what, how many pages, paper, e.g.
   * "Evaluation plan · 3 pages · A4 landscape" */
  text = g_strdup_printf (_("%s · %s · %s landscape"), pw_print_kind_get_title (self->request.kind),
                          pages, paper != NULL ? paper : "");
  if (self->operation != NULL && pw_print_operation_get_tiled_anyway (self->operation))
    {
      g_autofree char *full = g_strdup_printf (_("%s · tiled: on one page the cards would be too small to read"),
                                               text);
      gtk_label_set_text (GTK_LABEL (self->subtitle), full);
      return;
    }
  gtk_label_set_text (GTK_LABEL (self->subtitle), text);
}

static gboolean
render_next_page (gpointer data)
{
  PwPrintPreview *self = data;

  if (self->ended || self->next_page >= self->n_pages)
    {
      self->render_id = 0;
      return G_SOURCE_REMOVE;
    }
  gtk_print_operation_preview_render_page (self->preview, (int) self->next_page);
  add_page_picture (self, self->next_page);
  self->next_page++;
  return G_SOURCE_CONTINUE;
}

static void
preview_ready (GtkPrintOperationPreview *preview,
               GtkPrintContext          *context,
               PwPrintPreview           *self)
{
  int n = 0;

  g_object_get (self->operation, "n-pages", &n, NULL);
  self->n_pages = (guint) MAX (n, 0);
  self->next_page = 0;
  update_subtitle (self);
  if (self->render_id == 0)
    self->render_id = g_idle_add (render_next_page, self);
}

static void
end_preview (PwPrintPreview *self)
{
  g_clear_handle_id (&self->render_id, g_source_remove);
  if (self->preview != NULL && !self->ended)
    gtk_print_operation_preview_end_preview (self->preview);
  self->ended = TRUE;
  if (self->preview != NULL)
    g_signal_handlers_disconnect_by_data (self->preview, self);
  g_clear_object (&self->preview);
  g_clear_object (&self->context);
  g_clear_object (&self->operation);
  g_clear_pointer (&self->page_surface, cairo_surface_destroy);
}

static void
clear_pages (PwPrintPreview *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->pages_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->pages_box), child);
  self->n_pages = 0;
  self->next_page = 0;
}

void
pw_print_preview_attach (PwPrintPreview           *self,
                         GtkPrintOperation        *operation,
                         GtkPrintOperationPreview *preview,
                         GtkPrintContext          *context)
{
  cairo_surface_t *dummy;
  cairo_t *cr;

  g_return_if_fail (PW_IS_PRINT_PREVIEW (self));
  g_return_if_fail (GTK_IS_PRINT_OPERATION (operation));

  end_preview (self);
  clear_pages (self);
  self->ended = FALSE;
  self->operation = g_object_ref (operation);
  self->preview = g_object_ref (preview);
  self->context = g_object_ref (context);

  /* GTK needs a cairo context before it paginates; each page gets its own
   * in ::got-page-size. */
  dummy = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (dummy);
  gtk_print_context_set_cairo_context (context, cr, 72, 72);
  cairo_destroy (cr);
  cairo_surface_destroy (dummy);

  g_signal_connect (preview, "ready", G_CALLBACK (preview_ready), self);
  g_signal_connect (preview, "got-page-size", G_CALLBACK (got_page_size), self);
}

/* ---- Controls ------------------------------------------------------------ */

static void
restart (PwPrintPreview *self)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  operation = pw_print_operation_new_for_request (&self->request);
  pw_print_operation_set_preview_target (operation, GTK_WIDGET (self));
  pw_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PREVIEW, GTK_WINDOW (self), NULL);
}

static void
paper_toggled (GtkToggleButton *button,
               PwPrintPreview  *self)
{
  if (self->updating || !gtk_toggle_button_get_active (button))
    return;
  pw_print_session_set_paper (GTK_WIDGET (button) == self->paper_a4 ? GTK_PAPER_NAME_A4
                                                                     : GTK_PAPER_NAME_A3);
  restart (self);
}

static void
mode_toggled (GtkToggleButton *button,
              PwPrintPreview  *self)
{
  if (self->updating || !gtk_toggle_button_get_active (button))
    return;
  self->request.canvas_mode = GTK_WIDGET (button) == self->mode_fit ? PW_PRINT_CANVAS_FIT
                                                                    : PW_PRINT_CANVAS_TILE;
  restart (self);
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PwPrintPreview *self = PW_PRINT_PREVIEW (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GtkPrintOperation) operation = pw_print_operation_new_for_request (&self->request);

  gtk_window_close (GTK_WINDOW (self));
  pw_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, NULL);
}

static GtkWidget *
toggle_new (const char     *label,
            GtkWidget      *group,
            GCallback       callback,
            PwPrintPreview *self)
{
  GtkWidget *button = gtk_toggle_button_new_with_mnemonic (label);

  if (group != NULL)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), GTK_TOGGLE_BUTTON (group));
  g_signal_connect (button, "toggled", callback, self);
  return button;
}

static GtkWidget *
linked_box_new (GtkWidget *a,
                GtkWidget *b)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (box, "linked");
  gtk_box_append (GTK_BOX (box), a);
  gtk_box_append (GTK_BOX (box), b);
  return box;
}

static void
build_header (PwPrintPreview *self)
{
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (_("Print Preview"));
  GtkWidget *print = gtk_button_new_with_mnemonic (_("_Print…"));
  GtkWidget *a3;
  g_autofree char *paper = pw_print_session_dup_paper_name ();

  gtk_widget_add_css_class (title, "title");
  self->subtitle = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->subtitle, "subtitle");
  gtk_box_append (GTK_BOX (titles), title);
  gtk_box_append (GTK_BOX (titles), self->subtitle);
  gtk_widget_set_valign (titles, GTK_ALIGN_CENTER);
  gtk_header_bar_set_title_widget (GTK_HEADER_BAR (header), titles);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (print), "preview.print");
  gtk_widget_add_css_class (print, "suggested-action");
  gtk_widget_set_tooltip_text (print, _("Choose a printer and print these pages"));
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), print);

  self->updating = TRUE;
  self->paper_a4 = toggle_new (_("A_4"), NULL, G_CALLBACK (paper_toggled), self);
  a3 = toggle_new (_("A_3"), self->paper_a4, G_CALLBACK (paper_toggled), self);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (g_strcmp0 (paper, "A3") == 0 ? a3 : self->paper_a4), TRUE);
  gtk_widget_set_tooltip_text (self->paper_a4, _("A4 landscape paper"));
  gtk_widget_set_tooltip_text (a3, _("A3 landscape paper"));
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), linked_box_new (self->paper_a4, a3));

  if (self->request.kind == PW_PRINT_CANVAS)
    {
      GtkWidget *tile;

      self->mode_fit = toggle_new (_("_Fit to One Page"), NULL, G_CALLBACK (mode_toggled), self);
      tile = toggle_new (_("_Tile"), self->mode_fit, G_CALLBACK (mode_toggled), self);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->request.canvas_mode == PW_PRINT_CANVAS_TILE
                                                       ? tile : self->mode_fit), TRUE);
      gtk_widget_set_tooltip_text (tile, _("A poster over several pages, at print scale"));
      gtk_header_bar_pack_start (GTK_HEADER_BAR (header), linked_box_new (self->mode_fit, tile));
    }
  self->updating = FALSE;
  gtk_window_set_titlebar (GTK_WINDOW (self), header);
}

static void
build_pages (PwPrintPreview *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->pages_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  gtk_widget_add_css_class (self->pages_box, "pw-print-pages");
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->pages_box);
  gtk_window_set_child (GTK_WINDOW (self), scroller);
}

GtkWidget *
pw_print_preview_new (GtkWindow            *parent,
                      const PwPrintRequest *request)
{
  PwPrintPreview *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (request != NULL, NULL);

  self = g_object_new (PW_TYPE_PRINT_PREVIEW, NULL);
  self->request = *request;
  self->request.plan = request->plan != NULL ? g_object_ref (request->plan) : NULL;
  self->request.framework = g_object_ref (request->framework);
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
    }
  gtk_window_set_title (GTK_WINDOW (self), _("Print Preview"));
  build_header (self);
  build_pages (self);
  return GTK_WIDGET (self);
}

guint
pw_print_preview_get_n_pages (PwPrintPreview *self)
{
  GtkWidget *child;
  guint n = 0;

  g_return_val_if_fail (PW_IS_PRINT_PREVIEW (self), 0);

  for (child = gtk_widget_get_first_child (self->pages_box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

gboolean
pw_print_preview_is_complete (PwPrintPreview *self)
{
  g_return_val_if_fail (PW_IS_PRINT_PREVIEW (self), FALSE);
  return self->n_pages > 0 && pw_print_preview_get_n_pages (self) == self->n_pages;
}

static void
pw_print_preview_dispose (GObject *object)
{
  PwPrintPreview *self = PW_PRINT_PREVIEW (object);

  end_preview (self);
  g_clear_object (&self->request.plan);
  g_clear_object (&self->request.framework);

  G_OBJECT_CLASS (pw_print_preview_parent_class)->dispose (object);
}

static void
pw_print_preview_class_init (PwPrintPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_print_preview_dispose;
  gtk_widget_class_install_action (widget_class, "preview.print", NULL, print_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "preview.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pw_print_preview_init (PwPrintPreview *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self), 1100, 760);
  gtk_widget_add_css_class (GTK_WIDGET (self), "pw-print-preview");
}
