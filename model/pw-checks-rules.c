/* pw-checks-rules.c — plan checks: the chain of the theory of change, evidence, shared responsibility
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-checks"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pw-checks-private.h"

/* Adjacency as compressed rows: the edges of card i are
 * edges[start[i] .. start[i + 1]), as link indexes. */
typedef struct {
  guint *start;
  guint *edges;
} PwAdjacency;

static void
adjacency_build (PwCheckRun *run, gboolean reverse, PwAdjacency *adj)
{
  guint n = run->cards->len;
  guint *from = reverse ? run->dst : run->src;
  g_autofree guint *fill = g_new0 (guint, n);

  adj->start = g_new0 (guint, n + 1);
  adj->edges = g_new (guint, run->links->len + 1);
  for (guint l = 0; l < run->links->len; l++)
    adj->start[from[l] + 1]++;
  for (guint i = 0; i < n; i++)
    adj->start[i + 1] += adj->start[i];
  for (guint l = 0; l < run->links->len; l++)
    adj->edges[adj->start[from[l]] + fill[from[l]]++] = l;
}

static void
adjacency_clear (PwAdjacency *adj)
{
  g_clear_pointer (&adj->start, g_free);
  g_clear_pointer (&adj->edges, g_free);
}

static void
add_card_finding (PwCheckRun *run, PwCheckRule rule, guint index, char *message)
{
  PwCard *card = run->cards->pdata[index];
  const char *ids[] = { pw_card_get_id (card), NULL };

  pw_check_run_add (run, rule, index, message, NULL, ids, NULL, NULL);
}

static char *
isolated_message (PwCheckRun *run, guint i)
{
  const char *title = pw_check_run_quote (run, i);

  switch (run->kind[i])
    {
    case PW_CARD_KIND_BARRIER:
      return g_strdup_printf (_("The barrier %s is not linked to anything. Draw an arrow from it to the activity that addresses it."), title);
    case PW_CARD_KIND_ACTIVITY:
      return g_strdup_printf (_("The activity %s is not linked to anything. Link the barrier it addresses to it, and link it to the output it produces."), title);
    case PW_CARD_KIND_OUTPUT:
      return g_strdup_printf (_("The output %s is not linked to anything. Link the activity that produces it to it, and link it to the outcome it leads to."), title);
    case PW_CARD_KIND_OUTCOME:
      return g_strdup_printf (_("The outcome %s is not linked to anything. Link the outputs that lead to it, and link it to the goal."), title);
    case PW_CARD_KIND_GOAL:
    default:
      return g_strdup_printf (_("The goal %s is not linked to anything. Link the outcomes that lead to it."), title);
    }
}

static void
check_dead_end (PwCheckRun *run, guint i)
{
  const char *title = pw_check_run_quote (run, i);

  switch (run->kind[i])
    {
    case PW_CARD_KIND_BARRIER:
      add_card_finding (run, PW_CHECK_BARRIER_NOT_ADDRESSED, i,
                        g_strdup_printf (_("No activity addresses the barrier %s. Add an activity and draw an arrow from the barrier to it."), title));
      break;
    case PW_CARD_KIND_ACTIVITY:
      add_card_finding (run, PW_CHECK_ACTIVITY_NO_OUTPUT, i,
                        g_strdup_printf (_("The activity %s leads to no output. Add what it will produce (something you can count) and link it."), title));
      break;
    case PW_CARD_KIND_OUTPUT:
      add_card_finding (run, PW_CHECK_OUTPUT_NO_OUTCOME, i,
                        g_strdup_printf (_("The output %s leads to no outcome. Link it to the intermediate outcome it should bring about."), title));
      break;
    default:
      break;
    }
}

/* Marks the cards from which a chain of links reaches a goal. */
static gboolean *
reaches_goal (PwCheckRun *run)
{
  guint n = run->cards->len;
  gboolean *reached = g_new0 (gboolean, n);
  g_autofree guint *queue = g_new (guint, n);
  PwAdjacency back = { 0, };
  guint head = 0, tail = 0;

  adjacency_build (run, TRUE, &back);
  for (guint i = 0; i < n; i++)
    if (run->kind[i] == PW_CARD_KIND_GOAL)
      {
        reached[i] = TRUE;
        queue[tail++] = i;
      }
  while (head < tail)
    {
      guint c = queue[head++];

      for (guint e = back.start[c]; e < back.start[c + 1]; e++)
        {
          guint s = run->src[back.edges[e]];

          if (!reached[s])
            {
              reached[s] = TRUE;
              queue[tail++] = s;
            }
        }
    }
  adjacency_clear (&back);
  return reached;
}

/* Barriers with a link to an activity: the ones some activity addresses. */
static gboolean *
addressed_barriers (PwCheckRun *run)
{
  gboolean *addressed = g_new0 (gboolean, run->cards->len);

  for (guint l = 0; l < run->links->len; l++)
    if (run->kind[run->src[l]] == PW_CARD_KIND_BARRIER && run->kind[run->dst[l]] == PW_CARD_KIND_ACTIVITY)
      addressed[run->src[l]] = TRUE;
  return addressed;
}

static void
check_cards (PwCheckRun *run)
{
  g_autofree gboolean *reached = reaches_goal (run);
  g_autofree gboolean *addressed = addressed_barriers (run);

  for (guint i = 0; i < run->cards->len; i++)
    {
      if (run->n_in[i] + run->n_out[i] == 0)
        add_card_finding (run, PW_CHECK_ISOLATED_CARD, i, isolated_message (run, i));
      else if (run->kind[i] == PW_CARD_KIND_OUTCOME && !reached[i])
        add_card_finding (run, PW_CHECK_OUTCOME_NO_GOAL, i,
                          g_strdup_printf (_("The outcome %s has no path to a goal. Link it to the goal, or to another outcome that leads to the goal."),
                                           pw_check_run_quote (run, i)));
      else if (run->kind[i] == PW_CARD_KIND_BARRIER)
        {
          if (!addressed[i])
            check_dead_end (run, i);
        }
      else if (run->n_out[i] == 0)
        check_dead_end (run, i);
    }
}

/* ---- Cycles: Tarjan's strongly connected components, without recursion -- */

typedef struct {
  PwCheckRun  *run;
  PwAdjacency  fwd;
  int         *index;     /* -1: not visited */
  int         *low;
  gboolean    *on_stack;
  guint       *stack;
  guint        sp;
  guint       *frames;    /* DFS stack of cards */
  guint       *edge_pos;  /* next edge to look at, per card */
  int          counter;
} PwTarjan;

static int
compare_uint (gconstpointer a, gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

static void
report_cycle (PwTarjan *t, guint *members, guint n_members)
{
  PwCheckRun *run = t->run;
  g_autoptr(GPtrArray) card_ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) link_ids = g_ptr_array_new ();
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree gboolean *member = g_new0 (gboolean, run->cards->len);

  qsort (members, n_members, sizeof (guint), compare_uint);
  for (guint k = 0; k < n_members; k++)
    {
      const char *title = pw_check_run_quote (run, members[k]);

      member[members[k]] = TRUE;
      g_ptr_array_add (card_ids, (gpointer) pw_card_get_id (run->cards->pdata[members[k]]));
      g_string_append_printf (names, k > 0 ? ", %s" : "%s", title);
    }
  for (guint l = 0; l < run->links->len; l++)
    if (member[run->src[l]] && member[run->dst[l]])
      g_ptr_array_add (link_ids, (gpointer) pw_link_get_id (run->links->pdata[l]));
  g_ptr_array_add (card_ids, NULL);
  g_ptr_array_add (link_ids, NULL);
  pw_check_run_add (run, PW_CHECK_CYCLE, members[0],
                    g_strdup_printf (_("The cards %s lead round in a loop. Remove one of the links so that the chain runs towards the goal."), names->str),
                    NULL, (const char **) card_ids->pdata, (const char **) link_ids->pdata, NULL);
}

static void
pop_component (PwTarjan *t, guint root)
{
  guint top = t->sp, w;
  gboolean self_loop = FALSE;

  do
    {
      w = t->stack[--t->sp];
      t->on_stack[w] = FALSE;
    }
  while (w != root);
  for (guint e = t->fwd.start[root]; e < t->fwd.start[root + 1]; e++)
    self_loop |= t->run->dst[t->fwd.edges[e]] == root;
  if (top - t->sp > 1 || self_loop)
    report_cycle (t, t->stack + t->sp, top - t->sp);
}

static void
tarjan_visit (PwTarjan *t, guint start)
{
  guint depth = 0;

  t->frames[depth++] = start;
  t->index[start] = t->low[start] = t->counter++;
  t->stack[t->sp++] = start;
  t->on_stack[start] = TRUE;
  while (depth > 0)
    {
      guint v = t->frames[depth - 1];

      if (t->edge_pos[v] < t->fwd.start[v + 1])
        {
          guint w = t->run->dst[t->fwd.edges[t->edge_pos[v]++]];

          if (t->index[w] < 0)
            {
              t->index[w] = t->low[w] = t->counter++;
              t->stack[t->sp++] = w;
              t->on_stack[w] = TRUE;
              t->frames[depth++] = w;
            }
          else if (t->on_stack[w])
            t->low[v] = MIN (t->low[v], t->index[w]);
          continue;
        }
      depth--;
      if (depth > 0)
        t->low[t->frames[depth - 1]] = MIN (t->low[t->frames[depth - 1]], t->low[v]);
      if (t->low[v] == t->index[v])
        pop_component (t, v);
    }
}

static void
check_cycles (PwCheckRun *run)
{
  guint n = run->cards->len;
  PwTarjan t = { run, { 0, }, NULL, };

  if (run->n_kind[PW_CARD_KIND_OUTCOME] < 1 || run->links->len == 0)
    return;  /* only outcome→outcome links can go round */
  adjacency_build (run, FALSE, &t.fwd);
  t.index = g_new (int, n);
  t.low = g_new (int, n);
  t.on_stack = g_new0 (gboolean, n);
  t.stack = g_new (guint, n);
  t.frames = g_new (guint, n);
  t.edge_pos = g_new (guint, n);
  for (guint i = 0; i < n; i++)
    {
      t.index[i] = -1;
      t.edge_pos[i] = t.fwd.start[i];
    }
  for (guint i = 0; i < n; i++)
    if (t.index[i] < 0)
      tarjan_visit (&t, i);
  adjacency_clear (&t.fwd);
  g_free (t.index);
  g_free (t.low);
  g_free (t.on_stack);
  g_free (t.stack);
  g_free (t.frames);
  g_free (t.edge_pos);
}

/* ---- Links ------------------------------------------------------------- */

static void
add_link_finding (PwCheckRun *run, PwCheckRule rule, guint l, char *message)
{
  PwLink *link = run->links->pdata[l];
  const char *cards[] = { pw_link_get_source_id (link), pw_link_get_target_id (link), NULL };
  const char *links[] = { pw_link_get_id (link), NULL };

  pw_check_run_add (run, rule, l, message, NULL, cards, links, NULL);
}

static void
check_skips (PwCheckRun *run, guint l)
{
  PwCardKind from = run->kind[run->src[l]];
  PwCardKind to = run->kind[run->dst[l]];
  const char *a = pw_check_run_quote (run, run->src[l]);
  const char *b = pw_check_run_quote (run, run->dst[l]);
  g_autoptr(GString) lanes = g_string_new (NULL);

  for (PwCardKind k = from + 1; k < to; k++)
    g_string_append_printf (lanes, k > from + 1 ? ", %s" : "%s", pw_card_kind_get_lane_name (k));
  add_link_finding (run, PW_CHECK_SKIPS_STAGE, l,
                    /* Translators: the last %s names the lanes jumped over, e.g. "Outputs" */
                    g_strdup_printf (_("The link from %s to %s jumps over a stage (%s). Add the missing step in between, so the chain shows how one leads to the other."),
                                     a, b, lanes->str));
}

void
pw_check_chain (PwCheckRun *run)
{
  if (run->n_kind[PW_CARD_KIND_GOAL] == 0)
    pw_check_run_add (run, PW_CHECK_NO_GOAL, 0,
                      g_strdup (_("The plan has no goal yet. Add the long-term change you want in the Goal lane, then work backwards from it.")),
                      NULL, NULL, NULL, NULL);
  check_cards (run);
  check_cycles (run);
  for (guint l = 0; l < run->links->len; l++)
    if (pw_link_skips_stage (run->links->pdata[l]))
      check_skips (run, l);
}

void
pw_check_evidence (PwCheckRun *run)
{
  for (guint i = 0; i < run->cards->len; i++)
    {
      if (run->kind[i] == PW_CARD_KIND_BARRIER && pw_check_is_blank (pw_card_get_evidence (run->cards->pdata[i])))
        add_card_finding (run, PW_CHECK_BARRIER_NO_EVIDENCE, i,
                          g_strdup_printf (_("The barrier %s has no evidence. Note what shows that the problem exists: local data, research, what people have told you."),
                                           pw_check_run_quote (run, i)));
    }
  for (guint l = 0; l < run->links->len; l++)
    {
      PwLink *link = run->links->pdata[l];

      if (pw_check_is_blank (pw_link_get_assumption (link)))
        {
          const char *a = pw_check_run_quote (run, run->src[l]);
          const char *b = pw_check_run_quote (run, run->dst[l]);

          add_link_finding (run, PW_CHECK_LINK_NO_ASSUMPTION, l,
                            g_strdup_printf (_("The link from %s to %s has no assumption. Write down what must hold for the one to lead to the other."), a, b));
        }
    }
}

/* ---- Shared responsibility --------------------------------------------- */

static void
add_plan_finding (PwCheckRun *run, PwCheckRule rule, const char *message)
{
  pw_check_run_add (run, rule, 0, g_strdup (message), NULL, NULL, NULL, NULL);
}

void
pw_check_shared (PwCheckRun *run)
{
  GListModel *stakeholders = pw_plan_get_stakeholders (run->plan);
  guint n = g_list_model_get_n_items (stakeholders);
  gboolean kinds[PW_N_STAKEHOLDER_KINDS] = { FALSE, };
  PwTargetGroups groups = pw_plan_get_target_groups (run->plan);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwStakeholder) s = g_list_model_get_item (stakeholders, i);

      kinds[pw_stakeholder_get_kind (s)] = TRUE;
    }
  if (!kinds[PW_STAKEHOLDER_KIND_RECEIVING_COMMUNITY])
    add_plan_finding (run, PW_CHECK_NO_RECEIVING,
                      _("No stakeholder is from the receiving community. Integration is multi-directional: add the local residents or groups who will take part or be affected."));
  if (!kinds[PW_STAKEHOLDER_KIND_INSTITUTION])
    add_plan_finding (run, PW_CHECK_NO_INSTITUTION,
                      _("No institution is among the stakeholders. Integration is a shared responsibility: add the services or organisations involved."));
  if (groups == 0)
    add_plan_finding (run, PW_CHECK_NO_TARGET_GROUPS,
                      _("The plan names no target group. Say whom it is for: newcomers, receiving communities, institutions."));
  else if (groups == PW_TARGET_GROUP_NEWCOMERS)
    add_plan_finding (run, PW_CHECK_NEWCOMERS_ONLY,
                      _("The plan’s only target group is newcomers. Integration is multi-directional: plan and measure change for the receiving community too."));
}
