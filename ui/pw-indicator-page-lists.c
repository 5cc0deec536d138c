/* pw-indicator-page-lists.c — what the Indicators page lists: search results, browse tree, A–Z index
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-indicator-page-private.h"
#include "pw-indicator-row.h"

#define N_SUGGESTIONS 5
/* Results are shown a page at a time: GTK 4.8's list view makes a widget for
 * every item (up to 200), so 173 matches for "n" would cost seconds a keystroke. */
#define RESULTS_PAGE 10

static void
append_take (GListStore *store,
             gpointer    item)
{
  g_list_store_append (store, item);
  g_object_unref (item);
}

/* Filters */

static gboolean
domain_allowed (PwIndicatorPage *self,
                guint            number)
{
  const PwSearchFilter *f = &self->filter;
  PwCategory category = pw_framework_get_domain_category (self->framework, number);

  if (f->categories != 0 && (f->categories & (1u << category)) == 0)
    return FALSE;
  return f->domains == 0 || (f->domains & (1u << (number - 1))) != 0;
}

static gboolean
indicator_allowed (PwIndicatorPage   *self,
                   const PwIndicator *indicator)
{
  if (!domain_allowed (self, indicator->domain))
    return FALSE;
  return self->filter.marks == 0 || (indicator->marks & self->filter.marks) != 0;
}

/* Children of browse nodes, made when a row is first expanded */

static GListModel *
domain_children (PwIndicatorPage *self,
                 guint            number)
{
  GListStore *store = g_list_store_new (PW_TYPE_INDICATOR_ITEM);
  const PwIndicator **indicators;
  guint n_local = 0, n_national = 0, n = 0;

  pw_framework_get_good_practice (self->framework, number, PW_GOOD_PRACTICE_LOCAL, &n_local);
  pw_framework_get_good_practice (self->framework, number, PW_GOOD_PRACTICE_NATIONAL, &n_national);
  if (n_local + n_national > 0)
    append_take (store, pw_indicator_item_new_guidance (number));
  indicators = pw_framework_get_domain_indicators (self->framework, number, &n);
  for (guint i = 0; i < n; i++)
    if (indicator_allowed (self, indicators[i]))
      append_take (store, pw_indicator_item_new_indicator (indicators[i], NULL));
  return G_LIST_MODEL (store);
}

static GListModel *
guidance_children (PwIndicatorPage *self,
                   guint            number)
{
  GListStore *store = g_list_store_new (PW_TYPE_INDICATOR_ITEM);
  const PwGoodPracticeScope scopes[] = { PW_GOOD_PRACTICE_LOCAL, PW_GOOD_PRACTICE_NATIONAL };

  for (guint s = 0; s < G_N_ELEMENTS (scopes); s++)
    {
      guint n = 0;
      const PwGoodPractice **items = pw_framework_get_good_practice (self->framework, number, scopes[s], &n);

      for (guint i = 0; i < n; i++)
        append_take (store, pw_indicator_item_new_practice (items[i]));
    }
  return G_LIST_MODEL (store);
}

static GListModel *
domains_of (PwIndicatorPage *self,
            guint16          domains)
{
  GListStore *store = g_list_store_new (PW_TYPE_INDICATOR_ITEM);

  for (guint n = 1; n <= PW_N_DOMAINS; n++)
    if ((domains & (1u << (n - 1))) != 0 && domain_allowed (self, n))
      append_take (store, pw_indicator_item_new_domain (n));
  return G_LIST_MODEL (store);
}

static guint16
category_domains (PwIndicatorPage *self,
                  PwCategory       category)
{
  const PwCategoryInfo *info = pw_framework_get_category (self->framework, category);
  guint16 mask = 0;

  for (guint i = 0; i < info->n_domains; i++)
    mask |= 1u << (info->first_domain + i - 1);
  return mask;
}

static GListModel *
create_children (gpointer item,
                 gpointer user_data)
{
  PwIndicatorPage *self = PW_INDICATOR_PAGE (user_data);
  PwIndicatorItem *node = PW_INDICATOR_ITEM (item);
  g_autoptr(GListModel) children = NULL;

  switch (pw_indicator_item_get_kind (node))
    {
    case PW_INDICATOR_ITEM_HEADING:
      /* The heading's store itself, so the list follows it as it changes. */
      return pw_indicator_item_get_children (node) != NULL
             ? g_object_ref (pw_indicator_item_get_children (node)) : NULL;
    case PW_INDICATOR_ITEM_CATEGORY:
      children = domains_of (self, category_domains (self, pw_indicator_item_get_category (node)));
      break;
    case PW_INDICATOR_ITEM_DOMAIN:
      children = domain_children (self, pw_indicator_item_get_domain (node));
      break;
    case PW_INDICATOR_ITEM_GUIDANCE:
      children = guidance_children (self, pw_indicator_item_get_domain (node));
      break;
    case PW_INDICATOR_ITEM_KEYWORD:
      children = domains_of (self, pw_indicator_item_get_keyword (node)->domains);
      break;
    default:
      return NULL;
    }
  if (g_list_model_get_n_items (children) == 0)
    return NULL;
  return g_steal_pointer (&children);
}

/* Rows */

static gboolean
item_attached (PwIndicatorPage *self,
               PwIndicatorItem *item)
{
  const PwIndicator *indicator = pw_indicator_item_get_indicator (item);

  return indicator != NULL && g_hash_table_contains (self->attached, indicator->id);
}

void
pw_indicator_page_update_rows (PwIndicatorPage *self)
{
  GHashTableIter iter;
  gpointer row;
  gboolean has_outcome = pw_indicator_page_has_outcome (self);

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    {
      PwIndicatorItem *item = pw_indicator_row_get_item (row);

      pw_indicator_row_set_has_outcome (row, has_outcome);
      pw_indicator_row_set_attached (row, item != NULL && item_attached (self, item));
    }
}

static void
row_attach_cb (PwIndicatorRow  *row,
               PwIndicatorPage *self)
{
  PwIndicatorItem *item = pw_indicator_row_get_item (row);

  if (item != NULL && pw_indicator_item_get_indicator (item) != NULL)
    pw_indicator_page_attach (self, pw_indicator_item_get_indicator (item), NULL);
}

static void
factory_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  PwIndicatorPage          *self)
{
  GtkWidget *row = pw_indicator_row_new (self->framework);

  g_signal_connect_object (row, "attach", G_CALLBACK (row_attach_cb), self, 0);
  g_signal_connect_object (row, "show-more", G_CALLBACK (pw_indicator_page_show_more), self,
                           G_CONNECT_SWAPPED);
  gtk_list_item_set_child (list_item, row);
}

static gboolean
under_heading (GtkTreeListRow *tree_row)
{
  g_autoptr(GtkTreeListRow) parent = gtk_tree_list_row_get_parent (tree_row);
  g_autoptr(PwIndicatorItem) item = parent != NULL ? gtk_tree_list_row_get_item (parent) : NULL;

  return item != NULL && pw_indicator_item_get_kind (item) == PW_INDICATOR_ITEM_HEADING;
}

static void
factory_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 PwIndicatorPage          *self)
{
  GtkTreeListRow *tree_row = gtk_list_item_get_item (list_item);
  PwIndicatorRow *row = PW_INDICATOR_ROW (gtk_list_item_get_child (list_item));
  g_autoptr(PwIndicatorItem) item = gtk_tree_list_row_get_item (tree_row);
  PwIndicatorItemKind kind = pw_indicator_item_get_kind (item);

  pw_indicator_row_set_item (row, item);
  /* Results and suggestions sit flush under their heading; browse nodes are indented. */
  pw_indicator_row_set_list_row (row, tree_row, !under_heading (tree_row));
  pw_indicator_row_set_has_outcome (row, pw_indicator_page_has_outcome (self));
  pw_indicator_row_set_attached (row, item_attached (self, item));
  gtk_list_item_set_selectable (list_item, kind == PW_INDICATOR_ITEM_INDICATOR);
  gtk_list_item_set_activatable (list_item, kind != PW_INDICATOR_ITEM_LETTER &&
                                            kind != PW_INDICATOR_ITEM_PRACTICE);
  g_hash_table_add (self->rows, row);
}

static void
factory_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   PwIndicatorPage          *self)
{
  PwIndicatorRow *row = PW_INDICATOR_ROW (gtk_list_item_get_child (list_item));

  g_hash_table_remove (self->rows, row);
  pw_indicator_row_set_list_row (row, NULL, FALSE);
}

void
pw_indicator_page_toggle_position (PwIndicatorPage *self,
                                   guint            position)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  g_autoptr(PwIndicatorItem) item = NULL;

  if (row == NULL)
    return;
  item = gtk_tree_list_row_get_item (row);
  if (pw_indicator_item_get_kind (item) == PW_INDICATOR_ITEM_INDICATOR)
    pw_indicator_page_attach (self, pw_indicator_item_get_indicator (item), NULL);
  else if (pw_indicator_item_get_kind (item) == PW_INDICATOR_ITEM_MORE)
    pw_indicator_page_show_more (self);
  else if (gtk_tree_list_row_is_expandable (row))
    gtk_tree_list_row_set_expanded (row, !gtk_tree_list_row_get_expanded (row));
}

void
pw_indicator_page_lists_init (PwIndicatorPage *self)
{
  GtkListItemFactory *factory;

  self->root = g_list_store_new (PW_TYPE_INDICATOR_ITEM);
  self->results = g_list_store_new (PW_TYPE_INDICATOR_ITEM);
  self->suggestions = g_list_store_new (PW_TYPE_INDICATOR_ITEM);
  self->rows = g_hash_table_new (NULL, NULL);
  self->more = g_list_store_new (PW_TYPE_INDICATOR_ITEM);
  {
    g_autoptr(GListStore) sections = g_list_store_new (G_TYPE_LIST_MODEL);
    g_autoptr(GtkFlattenListModel) shown = NULL;

    g_list_store_append (sections, self->results);
    g_list_store_append (sections, self->more);
    shown = gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&sections)));
    self->results_heading = pw_indicator_item_new_heading ("", G_LIST_MODEL (shown));
  }
  self->suggestions_heading = pw_indicator_item_new_heading (_("Suggested for this outcome"),
                                                             G_LIST_MODEL (self->suggestions));
  self->tree = gtk_tree_list_model_new (G_LIST_MODEL (g_object_ref (self->root)), FALSE, FALSE,
                                        create_children, self, NULL);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->tree)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (factory_setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (factory_bind_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (factory_unbind_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_object_unref (factory);
}

void
pw_indicator_page_lists_dispose (PwIndicatorPage *self)
{
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->results_heading);
  g_clear_object (&self->suggestions_heading);
  g_clear_object (&self->root);
  g_clear_object (&self->results);
  g_clear_object (&self->more);
  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_object (&self->suggestions);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->sorted_keywords, g_ptr_array_unref);
}

/* What the list shows */

static gboolean
filter_active (PwIndicatorPage *self)
{
  return self->filter.categories != 0 || self->filter.domains != 0 || self->filter.marks != 0;
}

static char *
results_title (PwIndicatorPage *self,
               guint            n)
{
  if (n == 0 && filter_active (self))
    return g_strdup_printf (_("No indicator matches “%s” with these filters"), self->query);
  if (n == 0)
    return g_strdup_printf (_("No indicator matches “%s”: try another word, or browse the keyword index"),
                            self->query);
  if (filter_active (self))
    return g_strdup_printf (ngettext ("%u indicator matches “%s” with these filters",
                                      "%u indicators match “%s” with these filters", n),
                            n, self->query);
  return g_strdup_printf (ngettext ("%u indicator matches “%s”", "%u indicators match “%s”", n),
                          n, self->query);
}

/* Replaces only the rows that differ, so typing on within a word (where the
 * ranking rarely changes) rebinds few or no rows. */
static void
splice_results (PwIndicatorPage *self,
                guint            n_new)
{
  GListModel *old = G_LIST_MODEL (self->results);
  guint n_old = g_list_model_get_n_items (old);
  guint prefix = 0, suffix = 0;
  g_autoptr(GPtrArray) items = NULL;

  while (prefix < n_old && prefix < n_new)
    {
      g_autoptr(PwIndicatorItem) item = g_list_model_get_item (old, prefix);

      if (!pw_indicator_item_same_result (item, &g_array_index (self->matches, PwSearchResult, prefix)))
        break;
      prefix++;
    }
  while (suffix < n_old - prefix && suffix < n_new - prefix)
    {
      g_autoptr(PwIndicatorItem) item = g_list_model_get_item (old, n_old - 1 - suffix);

      if (!pw_indicator_item_same_result (item, &g_array_index (self->matches, PwSearchResult, n_new - 1 - suffix)))
        break;
      suffix++;
    }
  items = g_ptr_array_new_full (n_new - prefix - suffix, g_object_unref);
  for (guint i = prefix; i < n_new - suffix; i++)
    {
      const PwSearchResult *result = &g_array_index (self->matches, PwSearchResult, i);

      g_ptr_array_add (items, pw_indicator_item_new_indicator (result->indicator, result));
    }
  if (n_old - prefix - suffix > 0 || items->len > 0)
    g_list_store_splice (self->results, prefix, n_old - prefix - suffix, items->pdata, items->len);
}

static void
show_matches (PwIndicatorPage *self)
{
  guint n = self->matches->len;
  guint shown = MIN (self->limit, n);

  splice_results (self, shown);
  g_list_store_remove_all (self->more);
  if (shown < n)
    {
      g_autofree char *title = NULL;
      g_autoptr(PwIndicatorItem) more = NULL;

      title = g_strdup_printf (ngettext ("%u more indicator matches", "%u more indicators match", n - shown),
                               n - shown);
      more = pw_indicator_item_new_more (title);
      g_list_store_append (self->more, more);
    }
}

static void
run_search (PwIndicatorPage *self)
{
  g_autofree char *title = NULL;

  g_clear_pointer (&self->matches, g_array_unref);
  self->matches = pw_framework_search (self->framework, self->query, &self->filter);
  self->limit = RESULTS_PAGE;
  show_matches (self);
  title = results_title (self, self->matches->len);
  pw_indicator_item_set_title (self->results_heading, title);
  /* New results start at the top, with their heading in view. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self->list_view)))
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
}

void
pw_indicator_page_show_more (PwIndicatorPage *self)
{
  if (self->matches == NULL)
    return;
  self->limit += RESULTS_PAGE;
  show_matches (self);
}

static void
add_browse_roots (PwIndicatorPage *self,
                  GPtrArray       *roots)
{
  for (PwCategory c = 0; c < PW_N_CATEGORIES; c++)
    {
      guint16 domains = category_domains (self, c);
      gboolean any = FALSE;

      for (guint n = 1; n <= PW_N_DOMAINS; n++)
        any |= (domains & (1u << (n - 1))) != 0 && domain_allowed (self, n);
      if (any)
        g_ptr_array_add (roots, pw_indicator_item_new_category (c));
    }
}

static int
compare_keywords (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  GHashTable *keys = user_data;

  return strcmp (g_hash_table_lookup (keys, *(gpointer *) a), g_hash_table_lookup (keys, *(gpointer *) b));
}

/* The index A–Z in collation order, computed once per page. */
static GPtrArray *
sorted_keywords (PwIndicatorPage *self)
{
  g_autoptr(GHashTable) keys = NULL;
  GPtrArray *sorted;
  guint n;

  if (self->sorted_keywords != NULL)
    return self->sorted_keywords;

  n = pw_framework_get_n_keywords (self->framework);
  keys = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  sorted = g_ptr_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    {
      const PwKeyword *keyword = pw_framework_get_keyword (self->framework, i);
      g_autofree char *folded = g_utf8_casefold (keyword->keyword, -1);

      g_hash_table_insert (keys, (gpointer) keyword, g_utf8_collate_key (folded, -1));
      g_ptr_array_add (sorted, (gpointer) keyword);
    }
  g_ptr_array_sort_with_data (sorted, compare_keywords, keys);
  self->sorted_keywords = sorted;
  return sorted;
}

static char *
initial_of (const char *text)
{
  gunichar c = g_unichar_toupper (g_utf8_get_char (text));
  char buf[8] = { 0 };

  if (!g_unichar_isalpha (c))
    return g_strdup ("#");
  g_unichar_to_utf8 (c, buf);
  return g_strdup (buf);
}

static void
add_keyword_roots (PwIndicatorPage *self,
                   GPtrArray       *roots)
{
  GPtrArray *keywords = sorted_keywords (self);
  g_autofree char *letter = NULL;

  for (guint i = 0; i < keywords->len; i++)
    {
      const PwKeyword *keyword = g_ptr_array_index (keywords, i);
      g_autofree char *initial = NULL;
      gboolean any = FALSE;

      for (guint n = 1; n <= PW_N_DOMAINS; n++)
        any |= (keyword->domains & (1u << (n - 1))) != 0 && domain_allowed (self, n);
      if (!any)
        continue;
      initial = initial_of (keyword->keyword);
      if (g_strcmp0 (initial, letter) != 0)
        {
          g_ptr_array_add (roots, pw_indicator_item_new_letter (initial));
          g_free (letter);
          letter = g_steal_pointer (&initial);
        }
      g_ptr_array_add (roots, pw_indicator_item_new_keyword (keyword));
    }
}

static gboolean
same_roots (PwIndicatorPage *self,
            GPtrArray       *roots)
{
  GListModel *model = G_LIST_MODEL (self->root);

  if (g_list_model_get_n_items (model) != roots->len)
    return FALSE;
  for (guint i = 0; i < roots->len; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (item != g_ptr_array_index (roots, i))
        return FALSE;
    }
  return TRUE;
}

/* Headings and categories open, everything else closed, as in the guide;
 * the suggestions are open only when browsing by domain, so search results
 * and the A–Z index come first. */
static void
expand_roots (PwIndicatorPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->root));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwIndicatorItem) item = g_list_model_get_item (G_LIST_MODEL (self->root), i);
      PwIndicatorItemKind kind = pw_indicator_item_get_kind (item);
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_child_row (self->tree, i);

      if (row == NULL)
        continue;
      if (item == self->suggestions_heading)
        gtk_tree_list_row_set_expanded (row, self->mode == PW_PICKER_MODE_BROWSE);
      else if (kind == PW_INDICATOR_ITEM_HEADING || kind == PW_INDICATOR_ITEM_CATEGORY)
        gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

static PwPickerMode
current_mode (PwIndicatorPage *self)
{
  if (self->query != NULL && *self->query != '\0')
    return PW_PICKER_MODE_SEARCH;
  if (gtk_toggle_button_get_active (self->keywords_toggle))
    return PW_PICKER_MODE_KEYWORDS;
  return PW_PICKER_MODE_BROWSE;
}

void
pw_indicator_page_refresh (PwIndicatorPage *self)
{
  g_autoptr(GPtrArray) roots = g_ptr_array_new_with_free_func (g_object_unref);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  PwPickerMode mode;

  g_free (self->query);
  self->query = g_steal_pointer (&stripped);
  mode = current_mode (self);
  /* Browsing keeps what the officer opened until the mode or filters change. */
  if (mode == self->mode && mode != PW_PICKER_MODE_SEARCH && self->browse_built)
    return;
  self->mode = mode;
  self->browse_built = mode != PW_PICKER_MODE_SEARCH;
  gtk_widget_set_visible (self->mode_box, self->mode != PW_PICKER_MODE_SEARCH);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->suggestions)) > 0)
    g_ptr_array_add (roots, g_object_ref (self->suggestions_heading));
  if (self->mode == PW_PICKER_MODE_SEARCH)
    {
      run_search (self);
      g_ptr_array_add (roots, g_object_ref (self->results_heading));
    }
  else
    {
      g_list_store_remove_all (self->results);
      g_list_store_remove_all (self->more);
      g_clear_pointer (&self->matches, g_array_unref);
      if (self->mode == PW_PICKER_MODE_BROWSE)
        add_browse_roots (self, roots);
      else
        add_keyword_roots (self, roots);
    }
  if (same_roots (self, roots))
    return;
  g_list_store_splice (self->root, 0, g_list_model_get_n_items (G_LIST_MODEL (self->root)),
                       roots->pdata, roots->len);
  expand_roots (self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self->list_view)))
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
}

/* Adds or removes the heading alone, so the browse tree keeps its open rows. */
static void
show_suggestions_heading (PwIndicatorPage *self,
                          gboolean         show)
{
  g_autoptr(PwIndicatorItem) first = g_list_model_get_item (G_LIST_MODEL (self->root), 0);
  gboolean shown = first == self->suggestions_heading;

  if (show && !shown)
    {
      g_autoptr(GtkTreeListRow) row = NULL;

      g_list_store_insert (self->root, 0, self->suggestions_heading);
      row = gtk_tree_list_model_get_child_row (self->tree, 0);
      gtk_tree_list_row_set_expanded (row, self->mode == PW_PICKER_MODE_BROWSE);
      /* The view keeps its first row in place, which would hide the new heading above it. */
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
    }
  else if (!show && shown)
    g_list_store_remove (self->root, 0);
}

static char *
card_words (PwCard *card)
{
  return g_strjoin (" ", pw_card_get_title (card), pw_card_get_description (card),
                    pw_card_get_integration_outcome (card), NULL);
}

void
pw_indicator_page_update_suggestions (PwIndicatorPage *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  if (pw_indicator_page_has_outcome (self))
    {
      g_autofree char *words = card_words (self->card);
      g_autoptr(GArray) found = pw_framework_suggest (self->framework, words, N_SUGGESTIONS);

      for (guint i = 0; i < found->len; i++)
        {
          const PwSearchResult *result = &g_array_index (found, PwSearchResult, i);

          g_ptr_array_add (items, pw_indicator_item_new_indicator (result->indicator, result));
        }
    }
  g_list_store_splice (self->suggestions, 0, g_list_model_get_n_items (G_LIST_MODEL (self->suggestions)),
                       items->pdata, items->len);
  {
    g_autofree char *title = g_strdup_printf (_("Suggested for this outcome (%u)"), items->len);

    pw_indicator_item_set_title (self->suggestions_heading, title);
  }
  show_suggestions_heading (self, items->len > 0);
}
