/* pw-indicator-page-filters.c — the Indicators page's filters: category, domain, data availability
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-indicator-page-private.h"

/* Position 0 is "All"; position n is bit n-1 of a mask. */
static guint
dropdown_position (guint32 mask)
{
  if (mask == 0 || (mask & (mask - 1)) != 0)
    return 0;
  return (guint) g_bit_nth_lsf (mask, -1) + 1;
}

static guint32
dropdown_mask (GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return 0;
  return 1u << (selected - 1);
}

static void
read_filters (PwIndicatorPage *self)
{
  self->filter.categories = dropdown_mask (self->category_dropdown);
  self->filter.domains = dropdown_mask (self->domain_dropdown);
  self->filter.marks = dropdown_mask (self->marks_dropdown);
}

static void
filter_changed_cb (PwIndicatorPage *self)
{
  guint domain = gtk_drop_down_get_selected (self->domain_dropdown);
  guint category = gtk_drop_down_get_selected (self->category_dropdown);

  /* A domain outside the chosen category would hide everything: drop it. */
  if (category > 0 && domain > 0 &&
      pw_framework_get_domain_category (self->framework, domain) != category - 1)
    {
      gtk_drop_down_set_selected (self->domain_dropdown, 0);
      return;   /* that notifies again */
    }
  read_filters (self);
  self->browse_built = FALSE;
  pw_indicator_page_refresh (self);
}

static void
dropdown_setup_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (ellipsize))
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

/* @short_all (nullable): what the button says for "All …" */
static void
dropdown_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  const char               *short_all)
{
  GtkStringObject *string = gtk_list_item_get_item (list_item);
  const char *text = gtk_string_object_get_string (string);

  if (short_all != NULL && gtk_list_item_get_position (list_item) == 0)
    text = short_all;
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (list_item)), text);
}

static GtkListItemFactory *
dropdown_factory (gboolean    ellipsize,
                  const char *short_all)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (dropdown_setup_cb), GINT_TO_POINTER (ellipsize));
  g_signal_connect (factory, "bind", G_CALLBACK (dropdown_bind_cb), (gpointer) short_all);
  return factory;
}

/* Fills a dropdown. In the sidebar three sit side by side, so the button
 * says "Category" where the list says "All categories", and ellipsizes. */
static void
fill_dropdown (GtkDropDown *dropdown,
               GPtrArray   *strings,
               const char  *short_all)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) button_factory = dropdown_factory (TRUE, short_all);
  g_autoptr(GtkListItemFactory) list_factory = dropdown_factory (FALSE, NULL);

  for (guint i = 0; i < strings->len; i++)
    gtk_string_list_append (list, g_ptr_array_index (strings, i));
  gtk_drop_down_set_factory (dropdown, button_factory);
  gtk_drop_down_set_list_factory (dropdown, list_factory);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
}

void
pw_indicator_page_setup_dropdowns (PwIndicatorPage *self)
{
  g_autoptr(GPtrArray) categories = g_ptr_array_new ();
  g_autoptr(GPtrArray) domains = g_ptr_array_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GPtrArray) marks = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (categories, (gpointer) _("All categories"));
  for (PwCategory c = 0; c < PW_N_CATEGORIES; c++)
    g_ptr_array_add (categories, (gpointer) pw_framework_get_category (self->framework, c)->name);
  g_ptr_array_add (domains, (gpointer) _("All domains"));
  for (guint n = 1; n <= PW_N_DOMAINS; n++)
    {
      g_ptr_array_add (domains, (gpointer) pw_framework_get_domain (self->framework, n)->name);
      g_ptr_array_add (names, (gpointer) pw_framework_get_domain (self->framework, n)->name);
    }
  g_ptr_array_add (marks, g_strdup (_("Any data")));
  for (guint bit = 0; bit < 4; bit++)
    {
      const PwMarkInfo *info = pw_framework_get_mark_info (self->framework, 1u << bit);

      g_ptr_array_add (marks, g_strdup_printf ("%s %s", info->symbol, info->name));
    }
  /* Translators: the category filter's button when no category is chosen */
  fill_dropdown (self->category_dropdown, categories, C_("filter", "Category"));
  /* Translators: the domain filter's button when no domain is chosen */
  fill_dropdown (self->domain_dropdown, domains, C_("filter", "Domain"));
  /* Translators: the data-availability filter's button when no kind is chosen */
  fill_dropdown (self->marks_dropdown, marks, C_("filter", "Data"));
  fill_dropdown (self->custom_domain_dropdown, names, NULL);
  g_signal_connect_swapped (self->category_dropdown, "notify::selected", G_CALLBACK (filter_changed_cb), self);
  g_signal_connect_swapped (self->domain_dropdown, "notify::selected", G_CALLBACK (filter_changed_cb), self);
  g_signal_connect_swapped (self->marks_dropdown, "notify::selected", G_CALLBACK (filter_changed_cb), self);
}

/**
 * pw_indicator_page_set_filter:
 * @filter: (nullable): the filter; %NULL shows everything
 *
 * Sets the dropdowns to match (a mask with several bits is applied as
 * given, and the dropdown shows "All").
 */
void
pw_indicator_page_set_filter (PwIndicatorPage      *self,
                              const PwSearchFilter *filter)
{
  PwSearchFilter none = { 0 };

  g_return_if_fail (PW_IS_INDICATOR_PAGE (self));

  if (filter == NULL)
    filter = &none;
  g_signal_handlers_block_by_func (self->category_dropdown, filter_changed_cb, self);
  g_signal_handlers_block_by_func (self->domain_dropdown, filter_changed_cb, self);
  g_signal_handlers_block_by_func (self->marks_dropdown, filter_changed_cb, self);
  gtk_drop_down_set_selected (self->category_dropdown, dropdown_position (filter->categories));
  gtk_drop_down_set_selected (self->domain_dropdown, dropdown_position (filter->domains));
  gtk_drop_down_set_selected (self->marks_dropdown, dropdown_position (filter->marks));
  g_signal_handlers_unblock_by_func (self->category_dropdown, filter_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->domain_dropdown, filter_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->marks_dropdown, filter_changed_cb, self);
  self->filter = *filter;
  self->browse_built = FALSE;
  pw_indicator_page_refresh (self);
}
