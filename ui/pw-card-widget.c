/* pw-card-widget.c — one card on the canvas: kind, title, domain chips, badges, link handle
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-canvas"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "pw-card-widget.h"
#include "pw-framework.h"
#include "pw-widget-util.h"

/* Inner spacing in pixels (the CSS draws a 2 px border and no padding, so
 * these constants are the whole inset). The children are built in code, not
 * from a template: a plan may hold a thousand cards, and a GtkBuilder parse
 * per card would dominate the time to the first frame. */
#define PAD_LEFT     18   /* room for the kind stripe the CSS paints */
#define PAD_RIGHT    12
#define PAD_Y        10
#define ROW_GAP       6
#define CHIP_GAP      6
#define BORDER        2
#define HANDLE_SIZE  18
#define HANDLE_SLOP   8

struct _PwCardWidget
{
  GtkWidget        parent_instance;

  PwCard          *card;
  GListModel      *indicators;
  graphene_rect_t  bounds;
  PwCardLinkState  link_state;
  guint            n_findings;
  int              severity;
  char            *messages;
  char            *links_text;
  char            *description;

  GtkWidget       *kind_label;
  GtkWidget       *indicator_badge;
  GtkWidget       *warning_badge;
  GtkWidget       *warning_label;
  GtkWidget       *title_label;
  GtkWidget       *editor;         /* GtkTextView while editing, else NULL */
  GPtrArray       *chips;          /* GtkLabel */
};

enum { SIGNAL_EDIT_DONE, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PwCardWidget, pw_card_widget, GTK_TYPE_WIDGET)

static const char *kind_classes[PW_N_CARD_KINDS] = {
  "barrier", "activity", "output", "outcome", "goal",
};

static const char *severity_classes[] = { "problem", "warning", "advice" };

/* ---- Content ------------------------------------------------------------ */

static char *
domain_short_name (const PwDomain *domain)
{
  const char *and = strstr (domain->name, " and ");

  /* "Health and social care" → "Health": chips must stay small. */
  if (and != NULL)
    return g_strndup (domain->name, and - domain->name);
  return g_strdup (domain->name);
}

static void
update_accessible (PwCardWidget *self)
{
  GString *s = g_string_new (NULL);
  g_autofree char *title = pw_card_dup_display_title (self->card);
  guint16 domains = pw_card_get_domains (self->card);
  PwFramework *fw = pw_framework_get_default ();

  g_string_append_printf (s, _("%s: %s."),
                          pw_card_kind_get_display_name (pw_card_get_kind (self->card)), title);
  if (domains != 0)
    {
      gboolean first = TRUE;

      g_string_append_c (s, ' ');
      g_string_append (s, _("Domains:"));
      for (guint d = 1; d <= PW_N_DOMAINS; d++)
        if (domains & PW_CARD_DOMAIN_BIT (d))
          {
            const PwDomain *dom = pw_framework_get_domain (fw, d);
            g_string_append (s, first ? " " : ", ");
            g_string_append (s, dom ? dom->name : "?");
            first = FALSE;
          }
      g_string_append_c (s, '.');
    }
  if (pw_card_get_kind (self->card) == PW_CARD_KIND_OUTCOME)
    {
      guint n = pw_card_get_n_indicators (self->card);
      g_string_append_c (s, ' ');
      g_string_append_printf (s, g_dngettext (NULL, "%u indicator.", "%u indicators.", n), n);
    }
  if (self->n_findings > 0)
    {
      g_string_append_c (s, ' ');
      g_string_append_printf (s, g_dngettext (NULL, "%u warning.", "%u warnings.", self->n_findings),
                              self->n_findings);
    }
  if (self->links_text != NULL && *self->links_text != '\0')
    {
      g_string_append_c (s, ' ');
      g_string_append (s, self->links_text);
    }
  g_free (self->description);
  self->description = g_string_free (s, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->description,
                                  -1);
}

static void
update_title (PwCardWidget *self)
{
  const char *title = pw_card_get_title (self->card);
  g_autofree char *shown = pw_card_dup_display_title (self->card);

  g_autofree char *stripped = g_strstrip (g_strdup (title));

  gtk_label_set_text (GTK_LABEL (self->title_label), shown);
  /* Very long titles may be cut after eight lines: the tooltip has it all. */
  gtk_widget_set_tooltip_text (self->title_label, g_utf8_strlen (shown, -1) > 120 ? shown : NULL);
  if (*stripped == '\0')
    gtk_widget_add_css_class (self->title_label, "dim-label");
  else
    gtk_widget_remove_css_class (self->title_label, "dim-label");
}

static void
update_kind (PwCardWidget *self)
{
  PwCardKind kind = pw_card_get_kind (self->card);

  for (guint i = 0; i < PW_N_CARD_KINDS; i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self), kind_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self), kind_classes[kind]);
  gtk_label_set_text (GTK_LABEL (self->kind_label), pw_card_kind_get_display_name (kind));
}

static void
update_indicators (PwCardWidget *self)
{
  guint n = pw_card_get_n_indicators (self->card);
  gboolean outcome = pw_card_get_kind (self->card) == PW_CARD_KIND_OUTCOME;
  g_autofree char *text = g_strdup_printf (g_dngettext (NULL, "%u indicator", "%u indicators", n), n);

  if (!outcome)
    {
      if (self->indicator_badge != NULL)
        gtk_widget_set_visible (self->indicator_badge, FALSE);
      return;
    }
  /* Built on demand: most cards are not outcomes. */
  if (self->indicator_badge == NULL)
    {
      self->indicator_badge = gtk_label_new (NULL);
      gtk_widget_add_css_class (self->indicator_badge, "pw-indicator-badge");
      gtk_widget_set_parent (self->indicator_badge, GTK_WIDGET (self));
    }
  gtk_label_set_text (GTK_LABEL (self->indicator_badge), text);
  gtk_widget_set_visible (self->indicator_badge, TRUE);
  if (n == 0)
    gtk_widget_add_css_class (self->indicator_badge, "empty");
  else
    gtk_widget_remove_css_class (self->indicator_badge, "empty");
}

static void
update_domains (PwCardWidget *self)
{
  guint16 domains = pw_card_get_domains (self->card);
  PwFramework *fw = pw_framework_get_default ();

  for (guint i = 0; i < self->chips->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->chips, i));
  g_ptr_array_set_size (self->chips, 0);

  for (guint d = 1; d <= PW_N_DOMAINS; d++)
    {
      const PwDomain *dom;
      g_autofree char *label = NULL;
      g_autofree char *tip = NULL;
      GtkWidget *chip;

      if (!(domains & PW_CARD_DOMAIN_BIT (d)))
        continue;
      dom = pw_framework_get_domain (fw, d);
      label = dom ? domain_short_name (dom) : g_strdup_printf ("%u", d);
      tip = dom ? g_strdup_printf (_("Domain %u: %s (%s)"), d, dom->name,
                                   pw_framework_get_category (fw, dom->category)->name)
                : g_strdup_printf (_("Domain %u"), d);
      chip = g_object_new (GTK_TYPE_LABEL, "label", label, "tooltip-text", tip, NULL);
      gtk_widget_add_css_class (chip, "pw-chip");
      gtk_widget_set_parent (chip, GTK_WIDGET (self));
      g_ptr_array_add (self->chips, chip);
    }
}

static void
card_notify_cb (PwCard       *card,
                GParamSpec   *pspec,
                PwCardWidget *self)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "title"))
    update_title (self);
  else if (g_str_equal (name, "kind"))
    {
      update_kind (self);
      update_indicators (self);
    }
  else if (g_str_equal (name, "domains"))
    update_domains (self);
  else
    return;
  update_accessible (self);
}

static void
indicators_changed_cb (GListModel   *model,
                       guint         position,
                       guint         removed,
                       guint         added,
                       PwCardWidget *self)
{
  update_indicators (self);
  update_accessible (self);
}

/* ---- Layout --------------------------------------------------------------- */

static gboolean
is_shown (GtkWidget *w)
{
  return w != NULL && gtk_widget_get_visible (w);
}

static int
nat_height (GtkWidget *w, int for_width)
{
  int min, nat;

  if (w == NULL || !gtk_widget_get_visible (w))
    return 0;
  gtk_widget_measure (w, GTK_ORIENTATION_VERTICAL, for_width, &min, &nat, NULL, NULL);
  return nat;
}

static int
nat_width (GtkWidget *w)
{
  int min, nat;

  if (w == NULL || !gtk_widget_get_visible (w))
    return 0;
  gtk_widget_measure (w, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  return nat;
}

/* Flows the domain chips, then the indicator count, left to right in rows;
 * allocates them at @y0 when @allocate. Returns the height of the block. */
static int
flow_chips (PwCardWidget *self,
            int           width,
            int           y0,
            gboolean      allocate)
{
  int x = 0, y = 0, row_h = 0;
  guint n = self->chips->len + (is_shown (self->indicator_badge) ? 1 : 0);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *chip = i < self->chips->len ? g_ptr_array_index (self->chips, i) : self->indicator_badge;
      int w = MIN (nat_width (chip), width);
      int h = nat_height (chip, w);

      if (x > 0 && x + w > width)
        {
          x = 0;
          y += row_h + CHIP_GAP;
          row_h = 0;
        }
      if (allocate)
        gtk_widget_size_allocate (chip, &(GtkAllocation) { PAD_LEFT + x, y0 + y, w, h }, -1);
      x += w + CHIP_GAP;
      row_h = MAX (row_h, h);
    }
  return n > 0 ? y + row_h : 0;
}

static GtkWidget *
body_widget (PwCardWidget *self)
{
  return self->editor != NULL ? self->editor : self->title_label;
}

static int
header_height (PwCardWidget *self)
{
  int h = nat_height (self->kind_label, -1);

  return MAX (h, nat_height (self->warning_badge, -1));
}

static void
pw_card_widget_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  PwCardWidget *self = PW_CARD_WIDGET (widget);
  int inner, chips;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = 224;
      return;
    }
  inner = MAX ((for_size < 0 ? 224 : for_size) - PAD_LEFT - PAD_RIGHT, 40);
  chips = flow_chips (self, inner, 0, FALSE);
  *minimum = *natural = PAD_Y + header_height (self) + ROW_GAP
                        + nat_height (body_widget (self), inner)
                        + (chips > 0 ? ROW_GAP + 2 + chips : 0) + PAD_Y;
}

static void
pw_card_widget_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  PwCardWidget *self = PW_CARD_WIDGET (widget);
  int inner = MAX (width - PAD_LEFT - PAD_RIGHT, 40);
  int head = header_height (self);
  int x_right = PAD_LEFT + inner;
  int y, h;

  if (is_shown (self->warning_badge))
    {
      int w = nat_width (self->warning_badge);
      x_right -= w;
      gtk_widget_size_allocate (self->warning_badge, &(GtkAllocation) { x_right, PAD_Y, w, head }, -1);
      x_right -= CHIP_GAP;
    }
  gtk_widget_size_allocate (self->kind_label,
                            &(GtkAllocation) { PAD_LEFT, PAD_Y,
                                               MAX (0, MIN (nat_width (self->kind_label) + 4, x_right - PAD_LEFT)),
                                               head }, -1);

  y = PAD_Y + head + ROW_GAP;
  h = nat_height (body_widget (self), inner);
  gtk_widget_size_allocate (body_widget (self), &(GtkAllocation) { PAD_LEFT, y, inner, h }, -1);
  if (self->editor != NULL)
    gtk_widget_size_allocate (self->title_label, &(GtkAllocation) { PAD_LEFT, y, inner, h }, -1);
  flow_chips (self, inner, y + h + ROW_GAP + 2, TRUE);

}

/* The link handle: a ring centred on the right border, half outside the
 * card. It is drawn, not a widget, so a thousand cards cost a thousand fewer
 * widgets; the canvas hit-tests it (pw_card_widget_handle_contains). Nothing
 * leads on from a goal, so goals have none. */
static void
pw_card_widget_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  PwCardWidget *self = PW_CARD_WIDGET (widget);
  GtkStyleContext *ctx = gtk_widget_get_style_context (widget);
  PwCardKind kind = pw_card_get_kind (self->card);
  GdkRGBA ring = { 0.5, 0.5, 0.5, 1 }, fill = { 1, 1, 1, 1 };
  GskRoundedRect circle;
  float cx = gtk_widget_get_width (widget) + BORDER, cy = gtk_widget_get_height (widget) / 2.0f;
  float r = HANDLE_SIZE / 2.0f;

  GTK_WIDGET_CLASS (pw_card_widget_parent_class)->snapshot (widget, snapshot);
  if (kind == PW_CARD_KIND_GOAL)
    return;
  gtk_style_context_lookup_color (ctx, pw_kind_color_name (kind), &ring);
  if (self->link_state == PW_CARD_LINK_STATE_SOURCE ||
      (gtk_widget_get_state_flags (widget) & GTK_STATE_FLAG_SELECTED))
    fill = ring;
  else
    gtk_style_context_lookup_color (ctx, "theme_base_color", &fill);
  gsk_rounded_rect_init_from_rect (&circle, &GRAPHENE_RECT_INIT (cx - r, cy - r, 2 * r, 2 * r), r);
  gtk_snapshot_push_rounded_clip (snapshot, &circle);
  gtk_snapshot_append_color (snapshot, &fill, &circle.bounds);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_border (snapshot, &circle, (float[4]) { 3, 3, 3, 3 },
                              (GdkRGBA[4]) { ring, ring, ring, ring });
}

/* ---- Editing -------------------------------------------------------------- */

static gboolean
editor_key_pressed (GtkEventControllerKey *controller,
                    guint                  keyval,
                    guint                  keycode,
                    GdkModifierType        state,
                    PwCardWidget          *self)
{
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter)
      && !(state & GDK_SHIFT_MASK))
    {
      pw_card_widget_end_edit (self, TRUE);
      return TRUE;
    }
  if (keyval == GDK_KEY_Escape)
    {
      pw_card_widget_end_edit (self, FALSE);
      return TRUE;
    }
  return FALSE;
}

static void
editor_focus_leave (GtkEventControllerFocus *controller,
                    PwCardWidget            *self)
{
  /* Clicking elsewhere keeps what was typed, like other in-place editors. */
  if (self->editor != NULL)
    pw_card_widget_end_edit (self, TRUE);
}

void
pw_card_widget_begin_edit (PwCardWidget *self)
{
  GtkEventController *key, *focus;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *label = NULL;

  g_return_if_fail (PW_IS_CARD_WIDGET (self));
  if (self->editor != NULL)
    return;

  self->editor = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->editor), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->editor), FALSE);
  gtk_widget_add_css_class (self->editor, "pw-card-editor");
  label = g_strdup_printf (_("Title of the %s"), pw_card_kind_get_display_name (pw_card_get_kind (self->card)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->editor),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor));
  gtk_text_buffer_set_text (buffer, pw_card_get_title (self->card), -1);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_select_range (buffer, &end, &start);

  key = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect (key, "key-pressed", G_CALLBACK (editor_key_pressed), self);
  gtk_widget_add_controller (self->editor, key);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (editor_focus_leave), self);
  gtk_widget_add_controller (self->editor, focus);

  gtk_widget_set_parent (self->editor, GTK_WIDGET (self));
  gtk_widget_set_child_visible (self->title_label, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "editing");
  gtk_widget_grab_focus (self->editor);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
pw_card_widget_end_edit (PwCardWidget *self,
                         gboolean      commit)
{
  g_autofree char *text = NULL;
  GtkWidget *editor;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_if_fail (PW_IS_CARD_WIDGET (self));
  if (self->editor == NULL)
    return;

  editor = g_steal_pointer (&self->editor);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_strdelimit (text, "\n\r\t", ' ');

  /* Move the focus first, so the editor's focus-out finds no editor. */
  if (gtk_widget_has_focus (editor) || gtk_widget_get_focus_child (GTK_WIDGET (self)) == editor)
    gtk_widget_grab_focus (GTK_WIDGET (self));
  gtk_widget_unparent (editor);
  gtk_widget_set_child_visible (self->title_label, TRUE);
  gtk_widget_remove_css_class (GTK_WIDGET (self), "editing");
  gtk_widget_queue_resize (GTK_WIDGET (self));

  g_signal_emit (self, signals[SIGNAL_EDIT_DONE], 0, commit, g_strstrip (text));
}

gboolean
pw_card_widget_is_editing (PwCardWidget *self)
{
  g_return_val_if_fail (PW_IS_CARD_WIDGET (self), FALSE);
  return self->editor != NULL;
}

GtkTextBuffer *
pw_card_widget_get_edit_buffer (PwCardWidget *self)
{
  g_return_val_if_fail (PW_IS_CARD_WIDGET (self), NULL);
  return self->editor ? gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor)) : NULL;
}

/* ---- Public --------------------------------------------------------------- */

PwCard *
pw_card_widget_get_card (PwCardWidget *self)
{
  g_return_val_if_fail (PW_IS_CARD_WIDGET (self), NULL);
  return self->card;
}

void
pw_card_widget_set_bounds (PwCardWidget *self,
                           double        x,
                           double        y,
                           double        width,
                           double        height)
{
  graphene_rect_init (&self->bounds, x, y, width, height);
}

void
pw_card_widget_get_bounds (PwCardWidget    *self,
                           graphene_rect_t *out)
{
  *out = self->bounds;
}

void
pw_card_widget_set_selected (PwCardWidget *self,
                             gboolean      selected)
{
  if (selected)
    gtk_widget_set_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_SELECTED, FALSE);
  else
    gtk_widget_unset_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_SELECTED);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_SELECTED, selected, -1);
}

void
pw_card_widget_set_link_state (PwCardWidget    *self,
                               PwCardLinkState  state)
{
  static const char *classes[] = { NULL, "link-source", "link-allowed", "link-refused" };

  if (self->link_state == state)
    return;
  if (classes[self->link_state] != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self), classes[self->link_state]);
  self->link_state = state;
  if (classes[state] != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), classes[state]);
}

PwCardLinkState
pw_card_widget_get_link_state (PwCardWidget *self)
{
  return self->link_state;
}

static void
build_warning_badge (PwCardWidget *self)
{
  self->warning_badge = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_widget_add_css_class (self->warning_badge, "pw-warning-badge");
  gtk_box_append (GTK_BOX (self->warning_badge), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  self->warning_label = gtk_label_new ("0");
  gtk_box_append (GTK_BOX (self->warning_badge), self->warning_label);
  gtk_widget_set_parent (self->warning_badge, GTK_WIDGET (self));
}

void
pw_card_widget_set_findings (PwCardWidget *self,
                             guint         n,
                             int           severity,
                             const char   *messages)
{
  g_autofree char *count = NULL;

  if (n == self->n_findings && severity == self->severity && g_strcmp0 (messages, self->messages) == 0)
    return;
  g_free (self->messages);
  self->messages = g_strdup (messages);
  self->severity = severity;
  count = g_strdup_printf ("%u", n);
  if (self->warning_badge == NULL && n == 0)
    return;
  if (self->warning_badge == NULL)
    build_warning_badge (self);
  for (guint i = 0; i < G_N_ELEMENTS (severity_classes); i++)
    gtk_widget_remove_css_class (self->warning_badge, severity_classes[i]);
  if (n > 0 && severity >= 0 && severity < (int) G_N_ELEMENTS (severity_classes))
    gtk_widget_add_css_class (self->warning_badge, severity_classes[severity]);
  gtk_label_set_text (GTK_LABEL (self->warning_label), count);
  gtk_widget_set_tooltip_text (self->warning_badge, messages);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, messages ? messages : "",
                                  -1);
  gtk_widget_set_visible (self->warning_badge, n > 0);
  if (self->n_findings != n)
    {
      self->n_findings = n;
      update_accessible (self);
    }
}

/* What the card leads to, for screen readers (arrows are only drawn). */
void
pw_card_widget_set_links_text (PwCardWidget *self,
                               const char   *text)
{
  if (g_strcmp0 (text, self->links_text) == 0)
    return;
  g_free (self->links_text);
  self->links_text = g_strdup (text);
  update_accessible (self);
}

guint
pw_card_widget_get_n_findings (PwCardWidget *self)
{
  return self->n_findings;
}

gboolean
pw_card_widget_handle_contains (PwCardWidget *self,
                                double        x,
                                double        y)
{
  int w = gtk_widget_get_width (GTK_WIDGET (self));
  int h = gtk_widget_get_height (GTK_WIDGET (self));

  return x >= w - HANDLE_SIZE - HANDLE_SLOP && x <= w + HANDLE_SIZE / 2 + HANDLE_SLOP &&
         fabs (y - h / 2.0) <= HANDLE_SIZE / 2.0 + HANDLE_SLOP;
}

const char *
pw_card_widget_get_description (PwCardWidget *self)
{
  return self->description;
}

/* ---- GObject -------------------------------------------------------------- */

static void
pw_card_widget_dispose (GObject *object)
{
  PwCardWidget *self = PW_CARD_WIDGET (object);
  GtkWidget *child;

  if (self->card != NULL)
    g_signal_handlers_disconnect_by_data (self->card, self);
  if (self->indicators != NULL)
    g_signal_handlers_disconnect_by_data (self->indicators, self);
  g_clear_object (&self->indicators);
  g_clear_object (&self->card);
  self->editor = NULL;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  if (self->chips != NULL)
    g_ptr_array_set_size (self->chips, 0);

  G_OBJECT_CLASS (pw_card_widget_parent_class)->dispose (object);
}

static void
pw_card_widget_finalize (GObject *object)
{
  PwCardWidget *self = PW_CARD_WIDGET (object);

  g_clear_pointer (&self->chips, g_ptr_array_unref);
  g_free (self->description);
  g_free (self->messages);
  g_free (self->links_text);
  G_OBJECT_CLASS (pw_card_widget_parent_class)->finalize (object);
}

static void
pw_card_widget_class_init (PwCardWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_card_widget_dispose;
  object_class->finalize = pw_card_widget_finalize;
  widget_class->measure = pw_card_widget_measure;
  widget_class->size_allocate = pw_card_widget_size_allocate;
  widget_class->snapshot = pw_card_widget_snapshot;

  /**
   * PwCardWidget::edit-done:
   * @commit: FALSE when the edit was cancelled
   * @text: the edited title, stripped
   */
  signals[SIGNAL_EDIT_DONE] =
    g_signal_new ("edit-done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_BOOLEAN, G_TYPE_STRING);

  gtk_widget_class_set_css_name (widget_class, "pwcard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static GtkWidget *
new_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (label, css_class);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  return label;
}

static void
pw_card_widget_init (PwCardWidget *self)
{
  self->chips = g_ptr_array_new ();
  self->severity = -1;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_VISIBLE);

  self->kind_label = new_label ("pw-card-kind");
  gtk_label_set_ellipsize (GTK_LABEL (self->kind_label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_parent (self->kind_label, GTK_WIDGET (self));

  self->title_label = new_label ("pw-card-title");
  gtk_label_set_wrap (GTK_LABEL (self->title_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->title_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (self->title_label), 8);
  gtk_label_set_ellipsize (GTK_LABEL (self->title_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_yalign (GTK_LABEL (self->title_label), 0.0);
  gtk_widget_set_parent (self->title_label, GTK_WIDGET (self));

}

/**
 * pw_card_widget_new:
 * @card: the card to show
 *
 * Returns: (transfer floating): a new card widget
 */
GtkWidget *
pw_card_widget_new (PwCard *card)
{
  PwCardWidget *self;

  g_return_val_if_fail (PW_IS_CARD (card), NULL);

  self = g_object_new (PW_TYPE_CARD_WIDGET, NULL);
  self->card = g_object_ref (card);
  self->indicators = g_object_ref (pw_card_get_indicators (card));
  g_signal_connect (card, "notify", G_CALLBACK (card_notify_cb), self);
  g_signal_connect (self->indicators, "items-changed", G_CALLBACK (indicators_changed_cb), self);
  update_kind (self);
  update_title (self);
  update_domains (self);
  update_indicators (self);
  update_accessible (self);
  return GTK_WIDGET (self);
}
