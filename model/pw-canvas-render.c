/* pw-canvas-render.c — laying out the theory of change for drawing without a display
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-canvas-render"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "pw-canvas-render-private.h"

G_DEFINE_QUARK (pw-canvas-render-error-quark, pw_canvas_render_error)

G_DEFINE_FINAL_TYPE (PwCanvasLayout, pw_canvas_layout, G_TYPE_OBJECT)

static const guint32 kind_colors[PW_N_CARD_KINDS] = {
  0xc0392b, 0x2a7ab0, 0x7b5ea7, 0x1e8a5a, 0xc98a0b,
};

/* The category colours of the app's picker (white text on each is ≥ 5.5:1). */
static const guint32 category_colors[PW_N_CATEGORIES] = {
  0xb34700, 0x1b7340, 0x6b3fa0, 0x005a9e,
};

static void
rgb_from_hex (guint32  hex,
              double  *rgb)
{
  rgb[0] = ((hex >> 16) & 0xff) / 255.0;
  rgb[1] = ((hex >> 8) & 0xff) / 255.0;
  rgb[2] = (hex & 0xff) / 255.0;
}

void
pw_canvas_kind_color (PwCardKind  kind,
                      double     *rgb)
{
  rgb_from_hex (kind_colors[kind], rgb);
}

void
pw_canvas_category_color (PwCategory  category,
                          double     *rgb)
{
  rgb_from_hex (category_colors[MIN (category, PW_N_CATEGORIES - 1)], rgb);
}

/* ---- Cards and chips ----------------------------------------------------- */

static void
cr_card_free (CrCard *card)
{
  g_free (card->id);
  g_clear_object (&card->kind_label);
  g_clear_object (&card->badge);
  g_clear_object (&card->title);
  for (guint i = 0; card->chips != NULL && i < card->chips->len; i++)
    g_object_unref (g_array_index (card->chips, CrChip, i).text);
  g_clear_pointer (&card->chips, g_array_unref);
  g_free (card);
}

static void
pw_canvas_layout_clear (PwCanvasLayout *self)
{
  g_clear_object (&self->title);
  g_clear_object (&self->subtitle);
  g_clear_object (&self->date_text);
  for (guint i = 0; i < PW_N_CARD_KINDS; i++)
    {
      g_clear_object (&self->lane_names[i]);
      g_clear_object (&self->lane_empty[i]);
    }
  g_clear_pointer (&self->cards, g_ptr_array_unref);
  g_clear_pointer (&self->links, g_array_unref);
  g_clear_pointer (&self->legend, g_ptr_array_unref);
  g_clear_object (&self->page_header);
  self->paginated = FALSE;
}

static void
pw_canvas_layout_finalize (GObject *object)
{
  PwCanvasLayout *self = PW_CANVAS_LAYOUT (object);

  pw_canvas_layout_clear (self);
  g_clear_object (&self->plan);
  g_clear_object (&self->framework);
  g_clear_object (&self->context);
  g_clear_pointer (&self->date, g_date_time_unref);

  G_OBJECT_CLASS (pw_canvas_layout_parent_class)->finalize (object);
}

static void
pw_canvas_layout_class_init (PwCanvasLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pw_canvas_layout_finalize;
}

static void
pw_canvas_layout_init (PwCanvasLayout *self)
{
  self->date = g_date_time_new_now_local ();
  self->scale = 1.0;
  self->context = pw_cairo_context_new_unhinted ();
}

/* ---- Text ---------------------------------------------------------------- */

/* A text of @size points, wrapped at @width (0: one line), never hyphenated. */
PangoLayout *
pw_canvas_text_new (PwCanvasLayout *self,
                    const char     *text,
                    double          size,
                    PangoWeight     weight,
                    double          width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (PW_CANVAS_FONT);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text, -1);
  return layout;
}

void
pw_canvas_text_size (PangoLayout *layout,
                     double      *width,
                     double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

static double
text_height (PangoLayout *layout)
{
  double h;

  pw_canvas_text_size (layout, NULL, &h);
  return h;
}

/* ---- Layout -------------------------------------------------------------- */

static double
content_width (void)
{
  return PW_N_CARD_KINDS * CR_LANE_W + (PW_N_CARD_KINDS - 1) * CR_LANE_GAP;
}

static void
layout_title_block (PwCanvasLayout *self)
{
  const char *title = pw_plan_get_title (self->plan);
  const char *organisation = pw_plan_get_organisation (self->plan);
  const char *area = pw_plan_get_area (self->plan);
  g_autofree char *date = g_date_time_format (self->date, "%-d %B %Y");
  g_autofree char *subtitle = NULL;
  double date_w;

  /* The date sits at the right of the title's first line. */
  self->date_text = pw_canvas_text_new (self, date, 14, PANGO_WEIGHT_NORMAL, 0);
  pw_canvas_text_size (self->date_text, &date_w, NULL);
  self->title = pw_canvas_text_new (self, *title ? title : _("Untitled plan"), 28, PANGO_WEIGHT_BOLD,
                                    content_width () - date_w - 40);
  self->title_block_h = text_height (self->title);

  if (*organisation && *area)
    /* Translators: organisation · area, under the plan title on the printed canvas */
    subtitle = g_strdup_printf (_("%s · %s"), organisation, area);
  else if (*organisation || *area)
    subtitle = g_strdup (*organisation ? organisation : area);
  if (subtitle != NULL)
    {
      self->subtitle = pw_canvas_text_new (self, subtitle, 15, PANGO_WEIGHT_NORMAL, content_width ());
      self->title_block_h += 2 + text_height (self->subtitle);
    }
}

static void
layout_chips (PwCanvasLayout *self,
              PwCard         *card,
              CrCard         *box,
              double         *height)
{
  double inner = CR_CARD_W - 2 * CR_CARD_PAD;
  double x = 0, y = 0;

  box->chips = g_array_new (FALSE, TRUE, sizeof (CrChip));
  *height = 0;
  for (guint n = 1; n <= PW_N_DOMAINS; n++)
    {
      const PwDomain *domain = pw_framework_get_domain (self->framework, n);
      CrChip chip = { 0 };
      double w;

      if (!pw_card_has_domain (card, n) || domain == NULL)
        continue;
      chip.text = pw_canvas_text_new (self, domain->name, PW_CANVAS_SMALLEST_PT, PANGO_WEIGHT_NORMAL, 0);
      chip.category = domain->category;
      pw_canvas_text_size (chip.text, &w, NULL);
      chip.w = MIN (w + 16, inner);
      if (x > 0 && x + chip.w > inner)
        {
          x = 0;
          y += CR_CHIP_H + CR_CHIP_GAP;
        }
      chip.x = CR_CARD_PAD + x;
      chip.y = y;            /* made absolute below the title in layout_card() */
      x += chip.w + CR_CHIP_GAP;
      *height = y + CR_CHIP_H;
      g_array_append_val (box->chips, chip);
    }
}

/* How many links meet the right (or left) edge of @card: outgoing links and
 * outcome→outcome links arrive on the right, the others on the left. */
static guint
count_edge_links (PwCanvasLayout *self,
                  PwCard         *card,
                  gboolean        right)
{
  g_autoptr(GPtrArray) from = pw_plan_get_links_from (self->plan, card);
  g_autoptr(GPtrArray) to = pw_plan_get_links_to (self->plan, card);
  guint same_lane_in = 0;

  for (guint i = 0; i < to->len; i++)
    if (pw_card_get_kind (pw_link_get_source (to->pdata[i])) == pw_card_get_kind (card))
      same_lane_in++;
  return right ? from->len + same_lane_in : to->len - same_lane_in;
}

static CrCard *
layout_card (PwCanvasLayout *self,
             PwCard         *card)
{
  CrCard *box = g_new0 (CrCard, 1);
  g_autofree char *title = pw_card_dup_display_title (card);
  double title_h, chips_h;

  box->id = g_strdup (pw_card_get_id (card));
  box->kind = pw_card_get_kind (card);
  box->kind_label = pw_canvas_text_new (self, pw_card_kind_get_display_name (box->kind), 11,
                                        PANGO_WEIGHT_BOLD, 0);
  if (box->kind == PW_CARD_KIND_OUTCOME)
    {
      guint n = pw_card_get_n_indicators (card);
      g_autofree char *badge = n == 0 ? g_strdup (_("No indicators"))
        : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u indicator", "%u indicators", n), n);

      box->badge = pw_canvas_text_new (self, badge, 11, PANGO_WEIGHT_BOLD, 0);
    }
  box->title = pw_canvas_text_new (self, title, PW_CANVAS_TITLE_PT, PANGO_WEIGHT_SEMIBOLD,
                                   CR_CARD_W - 2 * CR_CARD_PAD);
  title_h = text_height (box->title);
  layout_chips (self, card, box, &chips_h);
  for (guint i = 0; i < box->chips->len; i++)
    g_array_index (box->chips, CrChip, i).y += CR_STRIP_H + CR_CARD_PAD + title_h + 9;

  box->box.w = CR_CARD_W;
  box->box.h = CR_STRIP_H + CR_CARD_PAD + title_h + (chips_h > 0 ? 9 + chips_h : 0) + CR_CARD_PAD + 2;
  /* Room for the arrowheads when many links meet at one edge. */
  box->box.h = MAX (box->box.h, CR_STRIP_H + CR_SLOT_H * (MAX (count_edge_links (self, card, TRUE),
                                                               count_edge_links (self, card, FALSE)) + 1));
  return box;
}

/* Lays the cards of each lane out, stacked and centred in the tallest lane's height. */
static void
layout_lanes (PwCanvasLayout *self,
              double          top)
{
  GPtrArray *lane_boxes[PW_N_CARD_KINDS];
  double stack_h[PW_N_CARD_KINDS];
  double lanes_h = CR_EMPTY_H;

  self->cards = g_ptr_array_new_with_free_func ((GDestroyNotify) cr_card_free);
  for (guint kind = 0; kind < PW_N_CARD_KINDS; kind++)
    {
      g_autoptr(GPtrArray) cards = pw_plan_get_lane_cards (self->plan, kind);

      lane_boxes[kind] = g_ptr_array_new ();
      stack_h[kind] = 0;
      for (guint i = 0; i < cards->len; i++)
        {
          CrCard *box = layout_card (self, g_ptr_array_index (cards, i));

          g_ptr_array_add (self->cards, box);
          g_ptr_array_add (lane_boxes[kind], box);
          stack_h[kind] += box->box.h + (i > 0 ? CR_CARD_GAP : 0);
        }
      lanes_h = MAX (lanes_h, stack_h[kind]);
      self->lane_names[kind] = pw_canvas_text_new (self, pw_card_kind_get_lane_name (kind), 17,
                                                   PANGO_WEIGHT_BOLD, CR_LANE_W - 2 * CR_LANE_PAD);
      if (cards->len == 0)
        self->lane_empty[kind] = pw_canvas_text_new (self, _("No cards yet"), 12, PANGO_WEIGHT_NORMAL, 0);
    }

  for (guint kind = 0; kind < PW_N_CARD_KINDS; kind++)
    {
      double x = CR_MARGIN + kind * (CR_LANE_W + CR_LANE_GAP);
      double y = top + CR_HEADER_H + CR_LANE_PAD + (lanes_h - stack_h[kind]) / 2;

      self->lanes[kind] = (CrRect) { x, top, CR_LANE_W, CR_HEADER_H + lanes_h + 2 * CR_LANE_PAD };
      for (guint i = 0; i < lane_boxes[kind]->len; i++)
        {
          CrCard *box = g_ptr_array_index (lane_boxes[kind], i);

          box->box.x = x + CR_LANE_PAD;
          box->box.y = y;
          y += box->box.h + CR_CARD_GAP;
        }
      g_ptr_array_unref (lane_boxes[kind]);
    }
}

static guint
card_index (PwCanvasLayout *self,
            const char     *id)
{
  for (guint i = 0; i < self->cards->len; i++)
    if (g_str_equal (((CrCard *) g_ptr_array_index (self->cards, i))->id, id))
      return i;
  return G_MAXUINT;
}

static double
card_centre_y (PwCanvasLayout *self,
               guint           index)
{
  CrCard *card = g_ptr_array_index (self->cards, index);

  return card->box.y + card->box.h / 2;
}

/* Where slot @slot of @n on a card's edge is: spread over the card body. */
static double
slot_y (CrCard *card,
        guint   slot,
        guint   n)
{
  double top = card->box.y + CR_STRIP_H;
  double h = card->box.h - CR_STRIP_H;

  return top + h * (slot + 1) / (n + 1);
}

/* Sorting the links that leave (or enter) one edge by the y of their other end
 * keeps arrows from crossing right at the card. */
static double
other_end_y (PwCanvasLayout *self,
             CrLink         *link,
             guint           card)
{
  return card_centre_y (self, link->source == card ? link->target : link->source);
}

static void
assign_slots (PwCanvasLayout *self)
{
  for (guint c = 0; c < self->cards->len; c++)
    {
      CrCard *card = g_ptr_array_index (self->cards, c);
      g_autoptr(GPtrArray) right = g_ptr_array_new ();
      g_autoptr(GPtrArray) left = g_ptr_array_new ();

      for (guint i = 0; i < self->links->len; i++)
        {
          CrLink *link = &g_array_index (self->links, CrLink, i);

          if (link->source == c || (link->same_lane && link->target == c))
            g_ptr_array_add (right, link);
          else if (link->target == c)
            g_ptr_array_add (left, link);
        }
      for (guint side = 0; side < 2; side++)
        {
          GPtrArray *edge = side == 0 ? right : left;

          /* Insertion sort: a handful of links per card. */
          for (guint i = 1; i < edge->len; i++)
            for (guint j = i; j > 0 && other_end_y (self, edge->pdata[j - 1], c)
                                      > other_end_y (self, edge->pdata[j], c); j--)
              {
                gpointer tmp = edge->pdata[j];
                edge->pdata[j] = edge->pdata[j - 1];
                edge->pdata[j - 1] = tmp;
              }
          for (guint i = 0; i < edge->len; i++)
            {
              CrLink *link = edge->pdata[i];
              double y = slot_y (card, i, edge->len);

              if (link->source == c)
                { link->y0 = y; link->x0 = card->box.x + card->box.w; }
              else
                {
                  link->y1 = y;
                  link->x1 = link->same_lane ? card->box.x + card->box.w : card->box.x;
                }
            }
        }
    }
}

static gboolean
has_text (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return TRUE;
  return FALSE;
}

static void
layout_links (PwCanvasLayout *self)
{
  GListModel *links = pw_plan_get_links (self->plan);

  self->links = g_array_new (FALSE, TRUE, sizeof (CrLink));
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(PwLink) link = g_list_model_get_item (links, i);
      CrLink item = { 0 };

      item.source = card_index (self, pw_link_get_source_id (link));
      item.target = card_index (self, pw_link_get_target_id (link));
      if (item.source == G_MAXUINT || item.target == G_MAXUINT)
        continue;
      item.assumption = has_text (pw_link_get_assumption (link));
      item.same_lane = pw_card_get_kind (pw_link_get_source (link)) == pw_card_get_kind (pw_link_get_target (link));
      g_array_append_val (self->links, item);
    }
  assign_slots (self);
}

static void
relayout (PwCanvasLayout *self)
{
  double top;

  pw_canvas_layout_clear (self);
  layout_title_block (self);
  top = CR_MARGIN + self->title_block_h + 22;
  layout_lanes (self, top);
  layout_links (self);
  self->legend_y = self->lanes[0].y + self->lanes[0].h + 16;
  pw_canvas_layout_legend (self);
  self->width = ceil (2 * CR_MARGIN + content_width ());
  self->height = ceil (self->legend_y + CR_CHIP_H + CR_MARGIN - 6);
}

/* ---- Public API ---------------------------------------------------------- */

/**
 * pw_canvas_layout_new:
 * @plan: the plan to draw (a snapshot is taken now)
 * @framework: the framework, for domain names and categories
 *
 * Returns: (transfer full): the layout
 */
PwCanvasLayout *
pw_canvas_layout_new (PwPlan      *plan,
                      PwFramework *framework)
{
  PwCanvasLayout *self;

  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);
  g_return_val_if_fail (PW_IS_FRAMEWORK (framework), NULL);

  self = g_object_new (PW_TYPE_CANVAS_LAYOUT, NULL);
  self->plan = g_object_ref (plan);
  self->framework = g_object_ref (framework);
  relayout (self);
  return self;
}

double
pw_canvas_layout_get_width (PwCanvasLayout *self)
{
  g_return_val_if_fail (PW_IS_CANVAS_LAYOUT (self), 0);
  return self->width;
}

double
pw_canvas_layout_get_height (PwCanvasLayout *self)
{
  g_return_val_if_fail (PW_IS_CANVAS_LAYOUT (self), 0);
  return self->height;
}

void
pw_canvas_layout_set_date (PwCanvasLayout *self,
                           GDateTime      *date)
{
  g_return_if_fail (PW_IS_CANVAS_LAYOUT (self));
  g_return_if_fail (date != NULL);

  g_clear_pointer (&self->date, g_date_time_unref);
  self->date = g_date_time_ref (date);
  relayout (self);
}

gboolean
pw_canvas_layout_get_card_bounds (PwCanvasLayout *self,
                                  const char     *card_id,
                                  double         *x,
                                  double         *y,
                                  double         *width,
                                  double         *height)
{
  guint index;
  CrCard *card;

  g_return_val_if_fail (PW_IS_CANVAS_LAYOUT (self), FALSE);
  g_return_val_if_fail (card_id != NULL, FALSE);

  index = card_index (self, card_id);
  if (index == G_MAXUINT)
    return FALSE;
  card = g_ptr_array_index (self->cards, index);
  if (x != NULL) *x = card->box.x;
  if (y != NULL) *y = card->box.y;
  if (width != NULL) *width = card->box.w;
  if (height != NULL) *height = card->box.h;
  return TRUE;
}
