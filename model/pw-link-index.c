/* pw-link-index.c — a plan's links by their ends, for lookups that do not scan every link
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three tables: (source, target) → link, and per card the links leaving and
 * arriving at it, in list order. Appending a link (every new link, every
 * loaded one) keeps them in order at O(1). Undo puts a link back in the
 * middle of the list; its two cards are then marked stale and their lists
 * read again from the link list at the next lookup, in one pass however
 * many were put back.
 */
#define G_LOG_DOMAIN "pathways-plan"

#include <string.h>

#include "pw-link-index.h"

typedef struct {
  PwCard *source;
  PwCard *target;
} LinkEnds;

struct _PwLinkIndex
{
  GListModel *links;      /* the plan's list (borrowed) */
  GHashTable *by_ends;    /* LinkEnds → PwLink (borrowed) */
  GHashTable *outgoing;   /* PwCard → GPtrArray of PwLink, list order */
  GHashTable *incoming;   /* PwCard → GPtrArray of PwLink, list order */
  GHashTable *stale;      /* cards whose two lists must be read again */
};

static guint
ends_hash (gconstpointer key)
{
  const LinkEnds *ends = key;
  guint64 h = (guint64) (guintptr) ends->source * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);

  h ^= (guint64) (guintptr) ends->target;
  h ^= h >> 29;
  h *= G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  return (guint) (h ^ (h >> 32));
}

static gboolean
ends_equal (gconstpointer a,
            gconstpointer b)
{
  const LinkEnds *x = a, *y = b;

  return x->source == y->source && x->target == y->target;
}

PwLinkIndex *
pw_link_index_new (GListModel *links)
{
  PwLinkIndex *self = g_new0 (PwLinkIndex, 1);

  self->links = links;
  self->by_ends = g_hash_table_new_full (ends_hash, ends_equal, g_free, NULL);
  self->outgoing = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->incoming = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->stale = g_hash_table_new (NULL, NULL);
  return self;
}

void
pw_link_index_free (PwLinkIndex *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->by_ends);
  g_hash_table_unref (self->outgoing);
  g_hash_table_unref (self->incoming);
  g_hash_table_unref (self->stale);
  g_free (self);
}

static void
append_to (GHashTable *table,
           PwCard     *card,
           PwLink     *link)
{
  GPtrArray *links = g_hash_table_lookup (table, card);

  if (links == NULL)
    {
      links = g_ptr_array_new ();
      g_hash_table_insert (table, card, links);
    }
  g_ptr_array_add (links, link);
}

static void
remove_from (GHashTable *table,
             PwCard     *card,
             PwLink     *link)
{
  GPtrArray *links = g_hash_table_lookup (table, card);

  if (links == NULL)
    return;
  g_ptr_array_remove (links, link);   /* keeps the order of the others */
  if (links->len == 0)
    g_hash_table_remove (table, card);
}

void
pw_link_index_add (PwLinkIndex *self,
                   PwLink      *link,
                   gboolean     appending)
{
  PwCard *source = pw_link_get_source (link);
  PwCard *target = pw_link_get_target (link);
  LinkEnds *ends = g_new (LinkEnds, 1);

  *ends = (LinkEnds) { source, target };
  g_hash_table_insert (self->by_ends, ends, link);
  if (appending)
    {
      append_to (self->outgoing, source, link);
      append_to (self->incoming, target, link);
    }
  else
    {
      g_hash_table_add (self->stale, source);
      g_hash_table_add (self->stale, target);
    }
}

void
pw_link_index_remove (PwLinkIndex *self,
                      PwLink      *link)
{
  PwCard *source = pw_link_get_source (link);
  PwCard *target = pw_link_get_target (link);
  LinkEnds ends = { source, target };

  if (g_hash_table_lookup (self->by_ends, &ends) == link)
    g_hash_table_remove (self->by_ends, &ends);
  remove_from (self->outgoing, source, link);
  remove_from (self->incoming, target, link);
}

PwLink *
pw_link_index_find (PwLinkIndex *self,
                    PwCard      *source,
                    PwCard      *target)
{
  LinkEnds ends = { source, target };

  return g_hash_table_lookup (self->by_ends, &ends);
}

/* Reads the lists of the stale cards again, in one pass over the link list. */
static void
refresh (PwLinkIndex *self)
{
  GHashTableIter iter;
  gpointer card;
  guint n;

  if (g_hash_table_size (self->stale) == 0)
    return;
  g_hash_table_iter_init (&iter, self->stale);
  while (g_hash_table_iter_next (&iter, &card, NULL))
    {
      g_hash_table_remove (self->outgoing, card);
      g_hash_table_remove (self->incoming, card);
    }
  n = g_list_model_get_n_items (self->links);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwLink) link = g_list_model_get_item (self->links, i);
      PwCard *source = pw_link_get_source (link);
      PwCard *target = pw_link_get_target (link);

      if (g_hash_table_contains (self->stale, source))
        append_to (self->outgoing, source, link);
      if (g_hash_table_contains (self->stale, target))
        append_to (self->incoming, target, link);
    }
  g_hash_table_remove_all (self->stale);
}

GPtrArray *
pw_link_index_dup_links (PwLinkIndex *self,
                         PwCard      *card,
                         gboolean     outgoing)
{
  GPtrArray *links;

  refresh (self);
  links = g_hash_table_lookup (outgoing ? self->outgoing : self->incoming, card);
  return links != NULL ? g_ptr_array_copy (links, NULL, NULL) : g_ptr_array_new ();
}

gboolean
pw_link_index_reaches (PwLinkIndex *self,
                       PwCard      *from,
                       PwCard      *to)
{
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GPtrArray) todo = NULL;

  if (from == to)
    return TRUE;
  refresh (self);
  seen = g_hash_table_new (NULL, NULL);
  todo = g_ptr_array_new ();
  g_hash_table_add (seen, from);
  g_ptr_array_add (todo, from);
  while (todo->len > 0)
    {
      PwCard *card = g_ptr_array_steal_index_fast (todo, todo->len - 1);
      GPtrArray *out = g_hash_table_lookup (self->outgoing, card);

      for (guint i = 0; out != NULL && i < out->len; i++)
        {
          PwCard *next = pw_link_get_target (g_ptr_array_index (out, i));

          if (next == to)
            return TRUE;
          if (g_hash_table_add (seen, next))
            g_ptr_array_add (todo, next);
        }
    }
  return FALSE;
}

/* ---- Loops in a whole list --------------------------------------------------- */

/* The links as numbered cards: link i goes from card source[i] to target[i]. */
typedef struct {
  guint  n_cards;
  guint  n_links;
  guint *source;
  guint *target;
  guint *scratch;    /* 3 × (n_cards + 1) + n_links */
} LinkGraph;

static guint
number_card (GHashTable *numbers,
             PwCard     *card)
{
  gpointer number;

  if (!g_hash_table_lookup_extended (numbers, card, NULL, &number))
    {
      number = GUINT_TO_POINTER (g_hash_table_size (numbers));
      g_hash_table_insert (numbers, card, number);
    }
  return GPOINTER_TO_UINT (number);
}

static void
graph_init (LinkGraph  *graph,
            GListModel *links)
{
  g_autoptr(GHashTable) numbers = g_hash_table_new (NULL, NULL);

  graph->n_links = g_list_model_get_n_items (links);
  graph->source = g_new (guint, graph->n_links);
  graph->target = g_new (guint, graph->n_links);
  for (guint i = 0; i < graph->n_links; i++)
    {
      g_autoptr(PwLink) link = g_list_model_get_item (links, i);

      graph->source[i] = number_card (numbers, pw_link_get_source (link));
      graph->target[i] = number_card (numbers, pw_link_get_target (link));
    }
  graph->n_cards = g_hash_table_size (numbers);
  graph->scratch = g_new (guint, 3 * ((gsize) graph->n_cards + 1) + graph->n_links);
}

static void
graph_clear (LinkGraph *graph)
{
  g_free (graph->source);
  g_free (graph->target);
  g_free (graph->scratch);
}

/* Whether the first @n_links links form a loop: Kahn's topological sort
 * takes every card exactly when there is none. */
static gboolean
graph_has_loop (LinkGraph *graph,
                guint      n_links)
{
  guint n = graph->n_cards;
  guint *in_degree = graph->scratch;
  guint *first = in_degree + n + 1;       /* card c's links: out[first[c] .. first[c + 1]) */
  guint *queue = first + n + 1;
  guint *out = queue + n + 1;
  guint head = 0, tail = 0;

  memset (in_degree, 0, sizeof (guint) * 2 * (n + 1));
  for (guint i = 0; i < n_links; i++)
    {
      in_degree[graph->target[i]]++;
      first[graph->source[i] + 1]++;
    }
  for (guint c = 0; c < n; c++)
    first[c + 1] += first[c];
  for (guint i = 0; i < n_links; i++)
    out[first[graph->source[i]]++] = graph->target[i];
  for (guint c = n; c > 0; c--)       /* undo the shift the fill made */
    first[c] = first[c - 1];
  first[0] = 0;

  for (guint c = 0; c < n; c++)
    if (in_degree[c] == 0)
      queue[tail++] = c;
  while (head < tail)
    {
      guint c = queue[head++];

      for (guint j = first[c]; j < first[c + 1]; j++)
        if (--in_degree[out[j]] == 0)
          queue[tail++] = out[j];
    }
  return tail < n;
}

int
pw_link_index_first_loop (GListModel *links)
{
  LinkGraph graph;
  guint low, high;

  graph_init (&graph, links);
  if (graph.n_links == 0 || !graph_has_loop (&graph, graph.n_links))
    {
      graph_clear (&graph);
      return -1;
    }
  /* The shortest looping prefix: its last link closed the first loop. */
  low = 1;
  high = graph.n_links;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (graph_has_loop (&graph, middle))
        high = middle;
      else
        low = middle + 1;
    }
  graph_clear (&graph);
  return (int) low - 1;
}
