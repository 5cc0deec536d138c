/* test-plan.c — the plan model: cards, lanes, links and their rules, indicators, signals, loading
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>

#include "pw-plan.h"
#include "pw-plan-private.h"

/* ---- Helpers ------------------------------------------------------------ */

typedef struct {
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

static void
on_items_changed (GListModel *model, guint position, guint removed, guint added, GArray *log)
{
  ItemsChanged change = { position, removed, added };

  g_array_append_val (log, change);
}

static void
count_signal (gpointer object, guint *count)
{
  (*count)++;
}

static void
count_notify (GObject *object, GParamSpec *pspec, guint *count)
{
  (*count)++;
}

/* Each lane is numbered 0..n-1, with no gap and no repeat. */
static void
assert_lanes_tidy (PwPlan *plan)
{
  for (guint kind = 0; kind < PW_N_CARD_KINDS; kind++)
    {
      g_autoptr(GPtrArray) lane = pw_plan_get_lane_cards (plan, kind);

      for (guint i = 0; i < lane->len; i++)
        {
          PwCard *card = g_ptr_array_index (lane, i);

          g_assert_cmpint (pw_card_get_lane_order (card), ==, (int) i);
          g_assert_cmpint (pw_card_get_kind (card), ==, kind);
        }
    }
}

/* The titles of a lane, in lane order, joined by spaces. */
static char *
lane_titles (PwPlan *plan, PwCardKind kind)
{
  g_autoptr(GPtrArray) lane = pw_plan_get_lane_cards (plan, kind);
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < lane->len; i++)
    {
      if (i > 0)
        g_string_append_c (s, ' ');
      g_string_append (s, pw_card_get_title (g_ptr_array_index (lane, i)));
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
assert_lane (PwPlan *plan, PwCardKind kind, const char *expected)
{
  g_autofree char *titles = lane_titles (plan, kind);

  g_assert_cmpstr (titles, ==, expected);
  assert_lanes_tidy (plan);
}

/* ---- Names and enums ---------------------------------------------------- */

static void
test_enum_strings (void)
{
  static const char *kinds[] = { "barrier", "activity", "output", "outcome", "goal" };
  static const char *eval[] = { "data-source", "questions-have", "questions-need", "methods",
                                "sample", "responsibility", "process", "timeline", "baseline",
                                "follow-up" };
  PwCardKind kind;
  PwEvalField field;
  PwStakeholderKind skind;
  PwTargetGroups group;
  PwPlanField pfield;
  PwCardField cfield;
  PwLinkField lfield;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_assert_cmpstr (pw_card_kind_to_string (i), ==, kinds[i]);
      g_assert_true (pw_card_kind_from_string (kinds[i], &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_nonnull (pw_card_kind_get_display_name (i));
      g_assert_nonnull (pw_card_kind_get_lane_name (i));
    }
  g_assert_cmpstr (pw_card_kind_get_lane_name (PW_CARD_KIND_OUTCOME), ==, "Intermediate outcomes");
  g_assert_false (pw_card_kind_from_string ("Goal", &kind));
  g_assert_false (pw_card_kind_from_string (NULL, &kind));

  for (guint i = 0; i < G_N_ELEMENTS (eval); i++)
    {
      g_assert_cmpstr (pw_eval_field_to_string (i), ==, eval[i]);
      g_assert_true (pw_eval_field_from_string (eval[i], &field));
      g_assert_cmpint (field, ==, i);
      g_assert_nonnull (pw_eval_field_get_label (i));
    }
  g_assert_cmpint (G_N_ELEMENTS (eval), ==, PW_N_EVAL_FIELDS);
  g_assert_false (pw_eval_field_from_string ("datasource", &field));

  for (guint i = 0; i < PW_N_STAKEHOLDER_KINDS; i++)
    {
      g_assert_true (pw_stakeholder_kind_from_string (pw_stakeholder_kind_to_string (i), &skind));
      g_assert_cmpint (skind, ==, i);
    }
  g_assert_cmpstr (pw_stakeholder_kind_to_string (PW_STAKEHOLDER_KIND_RECEIVING_COMMUNITY), ==,
                   "receiving-community");

  for (guint bit = 1; bit <= PW_TARGET_GROUP_INSTITUTIONS; bit <<= 1)
    {
      g_assert_true (pw_target_group_from_string (pw_target_group_to_string (bit), &group));
      g_assert_cmpint (group, ==, bit);
      g_assert_nonnull (pw_target_group_get_display_name (bit));
    }
  for (guint i = 0; i < PW_N_PLAN_FIELDS; i++)
    {
      g_assert_true (pw_plan_field_from_string (pw_plan_field_to_string (i), &pfield));
      g_assert_cmpint (pfield, ==, i);
    }
  for (guint i = 0; i < PW_N_CARD_FIELDS; i++)
    {
      g_assert_true (pw_card_field_from_string (pw_card_field_to_string (i), &cfield));
      g_assert_cmpint (cfield, ==, i);
    }
  for (guint i = 0; i < PW_N_LINK_FIELDS; i++)
    {
      g_assert_true (pw_link_field_from_string (pw_link_field_to_string (i), &lfield));
      g_assert_cmpint (lfield, ==, i);
    }
}

static void
test_enum_types (void)
{
  g_autoptr(GEnumClass) kinds = g_type_class_ref (PW_TYPE_CARD_KIND);
  g_autoptr(GFlagsClass) groups = g_type_class_ref (PW_TYPE_TARGET_GROUPS);
  g_autoptr(GEnumClass) eval = g_type_class_ref (PW_TYPE_EVAL_FIELD);

  g_assert_cmpuint (kinds->n_values, ==, PW_N_CARD_KINDS);
  g_assert_cmpstr (g_enum_get_value (kinds, PW_CARD_KIND_GOAL)->value_nick, ==, "goal");
  g_assert_cmpuint (groups->n_values, ==, 3);
  g_assert_cmpuint (eval->n_values, ==, PW_N_EVAL_FIELDS);
}

/* ---- A new plan --------------------------------------------------------- */

static void
test_new (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();

  g_assert_cmpstr (pw_plan_get_title (plan), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_cards (plan)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_links (plan)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_stakeholders (plan)), ==, 0);
  g_assert_true (g_list_model_get_item_type (pw_plan_get_cards (plan)) == PW_TYPE_CARD);
  g_assert_nonnull (pw_plan_get_created (plan));
  g_assert_true (g_date_time_equal (pw_plan_get_created (plan), pw_plan_get_modified (plan)));
  g_assert_cmpint (pw_plan_get_target_groups (plan), ==, 0);
  g_assert_false (pw_plan_can_undo (plan));
  g_assert_false (pw_plan_can_redo (plan));
  g_assert_null (pw_plan_get_undo_label (plan));
  g_assert_false (pw_plan_get_unsaved (plan));
  g_assert_false (pw_plan_undo (plan));
  g_assert_false (pw_plan_redo (plan));
  g_assert_true (pw_plan_equal (plan, plan));
}

static void
test_metadata (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  guint notified = 0;
  g_autofree char *title = NULL;

  g_signal_connect (plan, "notify::title", G_CALLBACK (count_notify), &notified);
  pw_plan_set_text (plan, PW_PLAN_FIELD_TITLE, "Friendship club");
  pw_plan_set_text (plan, PW_PLAN_FIELD_ORGANISATION, "Anytown Council");
  pw_plan_set_text (plan, PW_PLAN_FIELD_AREA, "Anytown");
  pw_plan_set_text (plan, PW_PLAN_FIELD_AUTHORS, "A. Officer");
  pw_plan_set_text (plan, PW_PLAN_FIELD_DESCRIPTION, "Bringing neighbours together");
  pw_plan_set_text (plan, PW_PLAN_FIELD_TITLE, "Friendship club");   /* no change */
  pw_plan_set_target_groups (plan, PW_TARGET_GROUP_NEWCOMERS | PW_TARGET_GROUP_RECEIVING_COMMUNITIES);

  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (pw_plan_get_title (plan), ==, "Friendship club");
  g_assert_cmpstr (pw_plan_get_organisation (plan), ==, "Anytown Council");
  g_assert_cmpstr (pw_plan_get_area (plan), ==, "Anytown");
  g_assert_cmpstr (pw_plan_get_authors (plan), ==, "A. Officer");
  g_assert_cmpstr (pw_plan_get_description (plan), ==, "Bringing neighbours together");
  g_assert_cmpint (pw_plan_get_target_groups (plan), ==,
                   PW_TARGET_GROUP_NEWCOMERS | PW_TARGET_GROUP_RECEIVING_COMMUNITIES);
  g_object_get (plan, "title", &title, NULL);
  g_assert_cmpstr (title, ==, "Friendship club");

  pw_plan_set_text (plan, PW_PLAN_FIELD_AREA, NULL);
  g_assert_cmpstr (pw_plan_get_area (plan), ==, "");
}

/* ---- Cards and lanes ---------------------------------------------------- */

static void
test_card_add (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (ItemsChanged));
  guint changed = 0;
  PwCard *a, *b, *goal;
  ItemsChanged *change;

  g_signal_connect (pw_plan_get_cards (plan), "items-changed", G_CALLBACK (on_items_changed), log);
  g_signal_connect (plan, "changed", G_CALLBACK (count_signal), &changed);

  a = pw_plan_add_card (plan, PW_CARD_KIND_BARRIER, "Isolation", -1, 10.0, 20.0);
  b = pw_plan_add_card (plan, PW_CARD_KIND_BARRIER, "No English", -1, 10.0, 120.0);
  goal = pw_plan_add_card (plan, PW_CARD_KIND_GOAL, "Connected communities", 0, 900.0, 20.0);

  g_assert_cmpstr (pw_card_get_id (a), ==, "c1");
  g_assert_cmpstr (pw_card_get_id (b), ==, "c2");
  g_assert_cmpstr (pw_card_get_id (goal), ==, "c3");
  g_assert_cmpint (pw_card_get_kind (goal), ==, PW_CARD_KIND_GOAL);
  g_assert_cmpstr (pw_card_get_title (a), ==, "Isolation");
  g_assert_cmpstr (pw_card_get_description (a), ==, "");
  g_assert_cmpfloat (pw_card_get_x (b), ==, 10.0);
  g_assert_cmpfloat (pw_card_get_y (b), ==, 120.0);
  g_assert_cmpint (pw_card_get_lane_order (a), ==, 0);
  g_assert_cmpint (pw_card_get_lane_order (b), ==, 1);
  g_assert_cmpint (pw_card_get_lane_order (goal), ==, 0);
  g_assert_true (pw_plan_lookup_card (plan, "c2") == b);
  g_assert_null (pw_plan_lookup_card (plan, "c9"));
  g_assert_null (pw_plan_lookup_card (plan, NULL));

  g_assert_cmpuint (changed, ==, 3);
  g_assert_cmpuint (log->len, ==, 3);
  change = &g_array_index (log, ItemsChanged, 2);
  g_assert_cmpuint (change->position, ==, 2);
  g_assert_cmpuint (change->removed, ==, 0);
  g_assert_cmpuint (change->added, ==, 1);
  g_assert_cmpstr (pw_plan_get_undo_label (plan), ==, "Add card");
  assert_lanes_tidy (plan);
}

static void
test_card_lane_order (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwCard *a, *b, *c, *d;
  g_autoptr(GError) error = NULL;

  a = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "a", -1, 0, 0);
  c = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "c", 7, 0, 0);   /* past the end: appends */
  b = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "b", 1, 0, 0);
  d = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "d", 0, 0, 0);
  assert_lane (plan, PW_CARD_KIND_ACTIVITY, "d a b c");

  /* Within the lane: to the end, to the front, to the middle. */
  g_assert_true (pw_plan_move_card (plan, d, PW_CARD_KIND_ACTIVITY, -1, 0, 0, &error));
  g_assert_no_error (error);
  assert_lane (plan, PW_CARD_KIND_ACTIVITY, "a b c d");
  g_assert_true (pw_plan_move_card (plan, c, PW_CARD_KIND_ACTIVITY, 0, 0, 0, &error));
  assert_lane (plan, PW_CARD_KIND_ACTIVITY, "c a b d");
  g_assert_true (pw_plan_move_card (plan, c, PW_CARD_KIND_ACTIVITY, 2, 0, 0, &error));
  assert_lane (plan, PW_CARD_KIND_ACTIVITY, "a b c d");
  g_assert_true (pw_plan_move_card (plan, a, PW_CARD_KIND_ACTIVITY, 99, 0, 0, &error));
  assert_lane (plan, PW_CARD_KIND_ACTIVITY, "b c d a");

  /* To another lane (no links: allowed) and removal close the gaps. */
  g_assert_true (pw_plan_move_card (plan, c, PW_CARD_KIND_OUTPUT, 0, 5, 5, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pw_card_get_kind (c), ==, PW_CARD_KIND_OUTPUT);
  assert_lane (plan, PW_CARD_KIND_ACTIVITY, "b d a");
  assert_lane (plan, PW_CARD_KIND_OUTPUT, "c");
  pw_plan_remove_card (plan, b);
  assert_lane (plan, PW_CARD_KIND_ACTIVITY, "d a");

  /* Creation order is unaffected by lane order. */
  {
    g_autoptr(PwCard) first = g_list_model_get_item (pw_plan_get_cards (plan), 0);
    g_assert_true (first == a);
  }
}

static void
test_card_fields (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwCard *card = pw_plan_add_card (plan, PW_CARD_KIND_OUTCOME, NULL, -1, 0, 0);
  guint title_notified = 0, domains_notified = 0;
  g_autofree char *display = NULL;
  guint domains = 0;

  display = pw_card_dup_display_title (card);
  g_assert_cmpstr (display, ==, "Untitled outcome");
  g_clear_pointer (&display, g_free);

  g_signal_connect (card, "notify::title", G_CALLBACK (count_notify), &title_notified);
  g_signal_connect (card, "notify::domains", G_CALLBACK (count_notify), &domains_notified);
  pw_plan_set_card_text (plan, card, PW_CARD_FIELD_TITLE, "More people feel they belong");
  pw_plan_set_card_text (plan, card, PW_CARD_FIELD_DESCRIPTION, "Measured after six months");
  pw_plan_set_card_text (plan, card, PW_CARD_FIELD_EVIDENCE, "Community survey 2025");
  pw_plan_set_card_text (plan, card, PW_CARD_FIELD_INTEGRATION_OUTCOME, "Social bridges");
  pw_plan_set_card_text (plan, card, PW_CARD_FIELD_TITLE, "More people feel they belong");
  pw_plan_set_card_domains (plan, card, PW_CARD_DOMAIN_BIT (7) | PW_CARD_DOMAIN_BIT (14));

  g_assert_cmpuint (title_notified, ==, 1);
  g_assert_cmpuint (domains_notified, ==, 1);
  g_assert_cmpstr (pw_card_get_title (card), ==, "More people feel they belong");
  g_assert_cmpstr (pw_card_get_description (card), ==, "Measured after six months");
  g_assert_cmpstr (pw_card_get_evidence (card), ==, "Community survey 2025");
  g_assert_cmpstr (pw_card_get_integration_outcome (card), ==, "Social bridges");
  g_assert_cmpuint (pw_card_get_domains (card), ==, (1u << 6) | (1u << 13));
  g_assert_true (pw_card_has_domain (card, 7));
  g_assert_true (pw_card_has_domain (card, 14));
  g_assert_false (pw_card_has_domain (card, 1));
  g_object_get (card, "domains", &domains, NULL);
  g_assert_cmpuint (domains, ==, pw_card_get_domains (card));

  display = pw_card_dup_display_title (card);
  g_assert_cmpstr (display, ==, "More people feel they belong");
}

/* ---- Links: the direction rules ----------------------------------------- */

static gboolean
expected_allowed (PwCardKind s, PwCardKind t)
{
  static const gboolean table[PW_N_CARD_KINDS][PW_N_CARD_KINDS] = {
    /*               barrier activity output outcome goal */
    /* barrier  */ { FALSE,  TRUE,    TRUE,  TRUE,   TRUE },
    /* activity */ { FALSE,  FALSE,   TRUE,  TRUE,   TRUE },
    /* output   */ { FALSE,  FALSE,   FALSE, TRUE,   TRUE },
    /* outcome  */ { FALSE,  FALSE,   FALSE, TRUE,   TRUE },
    /* goal     */ { FALSE,  FALSE,   FALSE, FALSE,  FALSE },
  };
  return table[s][t];
}

static void
test_link_every_pair (void)
{
  for (guint s = 0; s < PW_N_CARD_KINDS; s++)
    for (guint t = 0; t < PW_N_CARD_KINDS; t++)
      {
        g_autoptr(PwPlan) plan = pw_plan_new ();
        g_autoptr(GError) error = NULL;
        PwCard *source = pw_plan_add_card (plan, s, "source", -1, 0, 0);
        PwCard *target = pw_plan_add_card (plan, t, "target", -1, 0, 0);
        gboolean allowed = expected_allowed (s, t);
        PwLink *link;

        g_test_message ("%s → %s", pw_card_kind_to_string (s), pw_card_kind_to_string (t));
        g_assert_cmpint (pw_link_kinds_allowed (s, t), ==, allowed);
        g_assert_cmpint (pw_link_kinds_skip_stage (s, t), ==, allowed && t > s + 1);
        g_assert_cmpint (pw_plan_can_link (plan, source, target, NULL), ==, allowed);

        link = pw_plan_link (plan, source, target, &error);
        if (allowed)
          {
            g_assert_no_error (error);
            g_assert_nonnull (link);
            g_assert_true (pw_link_get_source (link) == source);
            g_assert_true (pw_link_get_target (link) == target);
            g_assert_cmpstr (pw_link_get_source_id (link), ==, "c1");
            g_assert_cmpstr (pw_link_get_target_id (link), ==, "c2");
            g_assert_cmpint (pw_link_skips_stage (link), ==, t > s + 1);
            g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_links (plan)), ==, 1);
          }
        else
          {
            g_assert_null (link);
            PwPlanError code = s == PW_CARD_KIND_GOAL ? PW_PLAN_ERROR_LINK_FROM_GOAL
                                                      : PW_PLAN_ERROR_LINK_BACKWARDS;

            g_assert_error (error, PW_PLAN_ERROR, (int) code);
            g_assert_nonnull (strstr (error->message, "“source”"));
            g_assert_nonnull (strstr (error->message, "“target”"));
            g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_links (plan)), ==, 0);
            g_assert_cmpstr (pw_plan_get_undo_label (plan), ==, "Add card");
          }
      }
}

static void
test_link_message (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(GError) error = NULL;
  PwCard *goal = pw_plan_add_card (plan, PW_CARD_KIND_GOAL, "Connected communities", -1, 0, 0);
  PwCard *barrier = pw_plan_add_card (plan, PW_CARD_KIND_BARRIER, "Isolation", -1, 0, 0);

  g_assert_null (pw_plan_link (plan, goal, barrier, &error));
  g_assert_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_LINK_FROM_GOAL);
  g_assert_cmpstr (error->message, ==,
                   "Cannot link “Connected communities” to “Isolation”. "
                   "A goal cannot lead to a barrier: links go from barriers towards the goal.");
}

static void
test_link_self_duplicate_loop (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(GError) error = NULL;
  PwCard *o1 = pw_plan_add_card (plan, PW_CARD_KIND_OUTCOME, "o1", -1, 0, 0);
  PwCard *o2 = pw_plan_add_card (plan, PW_CARD_KIND_OUTCOME, "o2", -1, 0, 0);
  PwCard *o3 = pw_plan_add_card (plan, PW_CARD_KIND_OUTCOME, "o3", -1, 0, 0);
  PwLink *l1, *l2;

  g_assert_null (pw_plan_link (plan, o1, o1, &error));
  g_assert_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_LINK_SELF);
  g_clear_error (&error);

  l1 = pw_plan_link (plan, o1, o2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pw_link_get_id (l1), ==, "l1");
  g_assert_false (pw_link_skips_stage (l1));
  g_assert_null (pw_plan_link (plan, o1, o2, &error));
  g_assert_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_LINK_DUPLICATE);
  g_clear_error (&error);

  /* o2 → o1 would be a loop of two, o3 → o1 one of three. */
  g_assert_null (pw_plan_link (plan, o2, o1, &error));
  g_assert_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_LINK_LOOP);
  g_clear_error (&error);
  l2 = pw_plan_link (plan, o2, o3, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pw_link_get_id (l2), ==, "l2");
  g_assert_null (pw_plan_link (plan, o3, o1, &error));
  g_assert_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_LINK_LOOP);
  g_assert_nonnull (strstr (error->message, "“o1” already leads to “o3”"));
  g_clear_error (&error);

  /* A shortcut forwards is fine. */
  g_assert_nonnull (pw_plan_link (plan, o1, o3, &error));
  g_assert_no_error (error);

  g_assert_true (pw_plan_find_link (plan, o1, o2) == l1);
  g_assert_null (pw_plan_find_link (plan, o2, o1));
  g_assert_true (pw_plan_lookup_link (plan, "l2") == l2);
}

static void
test_link_queries (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwCard *b = pw_plan_add_card (plan, PW_CARD_KIND_BARRIER, "b", -1, 0, 0);
  PwCard *a = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "a", -1, 0, 0);
  PwCard *o = pw_plan_add_card (plan, PW_CARD_KIND_OUTPUT, "o", -1, 0, 0);
  g_autoptr(GPtrArray) from_a = NULL;
  g_autoptr(GPtrArray) to_a = NULL;
  g_autoptr(GPtrArray) to_b = NULL;

  pw_plan_link (plan, b, a, NULL);
  pw_plan_link (plan, a, o, NULL);
  pw_plan_link (plan, b, o, NULL);
  from_a = pw_plan_get_links_from (plan, a);
  to_a = pw_plan_get_links_to (plan, a);
  to_b = pw_plan_get_links_to (plan, b);
  g_assert_cmpuint (from_a->len, ==, 1);
  g_assert_true (pw_link_get_target (g_ptr_array_index (from_a, 0)) == o);
  g_assert_cmpuint (to_a->len, ==, 1);
  g_assert_cmpuint (to_b->len, ==, 0);
}

static void
test_link_text (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwCard *a = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "Conversation café", -1, 0, 0);
  PwCard *o = pw_plan_add_card (plan, PW_CARD_KIND_OUTPUT, "20 sessions", -1, 0, 0);
  PwLink *link = pw_plan_link (plan, a, o, NULL);
  guint notified = 0;

  g_signal_connect (link, "notify::assumption", G_CALLBACK (count_notify), &notified);
  pw_plan_set_link_text (plan, link, PW_LINK_FIELD_ASSUMPTION, "Volunteers stay");
  pw_plan_set_link_text (plan, link, PW_LINK_FIELD_EVIDENCE, "Last year's pilot");
  g_assert_cmpstr (pw_link_get_assumption (link), ==, "Volunteers stay");
  g_assert_cmpstr (pw_link_get_evidence (link), ==, "Last year's pilot");
  g_assert_cmpuint (notified, ==, 1);
}

/* ---- Moving between lanes ----------------------------------------------- */

static void
test_move_lane_change (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(GError) error = NULL;
  PwCard *activity = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "Café", -1, 0, 0);
  PwCard *output = pw_plan_add_card (plan, PW_CARD_KIND_OUTPUT, "Sessions", -1, 0, 0);
  PwCard *outcome = pw_plan_add_card (plan, PW_CARD_KIND_OUTCOME, "Confidence", -1, 0, 0);
  guint changed = 0;

  pw_plan_link (plan, activity, output, NULL);
  g_signal_connect (plan, "changed", G_CALLBACK (count_signal), &changed);

  /* Output → outcome keeps activity → it forwards: allowed. */
  g_assert_true (pw_plan_move_card (plan, output, PW_CARD_KIND_OUTCOME, -1, 1, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pw_card_get_kind (output), ==, PW_CARD_KIND_OUTCOME);
  g_assert_cmpint (pw_card_get_lane_order (output), ==, 1);
  g_assert_cmpuint (changed, ==, 1);

  /* Moving it to barriers would make activity → barrier: refused, nothing changes. */
  g_assert_false (pw_plan_move_card (plan, output, PW_CARD_KIND_BARRIER, -1, 1, 2, &error));
  g_assert_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_MOVE_BREAKS_LINK);
  g_assert_nonnull (strstr (error->message, "“Sessions”"));
  g_assert_nonnull (strstr (error->message, "“Café”"));
  g_clear_error (&error);
  g_assert_cmpint (pw_card_get_kind (output), ==, PW_CARD_KIND_OUTCOME);
  g_assert_cmpuint (changed, ==, 1);

  /* The activity cannot go past its target either. */
  g_assert_false (pw_plan_move_card (plan, activity, PW_CARD_KIND_GOAL, -1, 0, 0, &error));
  g_assert_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_MOVE_BREAKS_LINK);
  g_clear_error (&error);

  /* An outcome with indicators stays an outcome. */
  pw_plan_attach_indicator (plan, outcome, NULL, "Feels confident", 9, &error);
  g_assert_no_error (error);
  g_assert_false (pw_plan_move_card (plan, outcome, PW_CARD_KIND_OUTPUT, -1, 0, 0, &error));
  g_assert_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_MOVE_HAS_INDICATORS);
  g_clear_error (&error);
  g_assert_true (pw_plan_move_card (plan, outcome, PW_CARD_KIND_OUTCOME, 0, 3, 4, &error));
  g_assert_no_error (error);
  assert_lane (plan, PW_CARD_KIND_OUTCOME, "Confidence Sessions");

  /* A move to the same place records nothing. */
  changed = 0;
  g_assert_true (pw_plan_move_card (plan, outcome, PW_CARD_KIND_OUTCOME, 0, 3, 4, &error));
  pw_plan_set_card_position (plan, outcome, 3, 4);
  g_assert_cmpuint (changed, ==, 0);
}

/* ---- Indicators --------------------------------------------------------- */

static void
test_indicator_attach (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (ItemsChanged));
  PwCard *outcome = pw_plan_add_card (plan, PW_CARD_KIND_OUTCOME, "Belonging", -1, 0, 0);
  PwCard *output = pw_plan_add_card (plan, PW_CARD_KIND_OUTPUT, "Sessions", -1, 0, 0);
  PwIndicatorRef *bank, *custom, *custom2;

  g_signal_connect (pw_card_get_indicators (outcome), "items-changed",
                    G_CALLBACK (on_items_changed), log);
  bank = pw_plan_attach_indicator (plan, outcome, "bridges-03",
                                   "% confident to ask their neighbours of all backgrounds for help",
                                   7, &error);
  g_assert_no_error (error);
  custom = pw_plan_attach_indicator (plan, outcome, NULL, "Attendance at the café", 7, &error);
  g_assert_no_error (error);
  custom2 = pw_plan_attach_indicator (plan, outcome, NULL, "Attendance at the café", 7, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (pw_indicator_ref_get_id (bank), ==, "i1");
  g_assert_cmpstr (pw_indicator_ref_get_bank_id (bank), ==, "bridges-03");
  g_assert_false (pw_indicator_ref_is_custom (bank));
  g_assert_cmpuint (pw_indicator_ref_get_domain (bank), ==, 7);
  g_assert_true (pw_indicator_ref_is_custom (custom));
  g_assert_null (pw_indicator_ref_get_bank_id (custom));
  g_assert_cmpstr (pw_indicator_ref_get_text (custom), ==, "Attendance at the café");
  g_assert_true (pw_indicator_ref_get_card (bank) == outcome);
  g_assert_true (pw_plan_lookup_indicator (plan, "i3") == custom2);
  g_assert_cmpuint (pw_card_get_n_indicators (outcome), ==, 3);
  g_assert_cmpuint (log->len, ==, 3);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, 2).position, ==, 2);
  g_assert_false (pw_indicator_ref_has_eval (bank));

  g_assert_null (pw_plan_attach_indicator (plan, outcome, "bridges-03", "again", 7, &error));
  g_assert_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_INDICATOR_DUPLICATE);
  g_clear_error (&error);
  g_assert_null (pw_plan_attach_indicator (plan, output, "bridges-03", "x", 7, &error));
  g_assert_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_NOT_OUTCOME);
  g_assert_nonnull (strstr (error->message, "“Sessions”"));
  g_clear_error (&error);

  pw_plan_set_indicator_text (plan, custom, "Regular attendance");
  g_assert_cmpstr (pw_indicator_ref_get_text (custom), ==, "Regular attendance");

  pw_plan_detach_indicator (plan, custom);
  g_assert_null (pw_indicator_ref_get_card (custom));
  g_assert_null (pw_plan_lookup_indicator (plan, "i2"));
  g_assert_cmpuint (pw_card_get_n_indicators (outcome), ==, 2);

  /* Removing the card takes its indicators out of the lookups. */
  pw_plan_remove_card (plan, outcome);
  g_assert_null (pw_plan_lookup_indicator (plan, "i1"));
  pw_plan_undo (plan);
  g_assert_true (pw_plan_lookup_indicator (plan, "i1") == bank);
}

static void
test_eval_fields (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwCard *outcome = pw_plan_add_card (plan, PW_CARD_KIND_OUTCOME, "Belonging", -1, 0, 0);
  PwIndicatorRef *ref = pw_plan_attach_indicator (plan, outcome, "bridges-03", "text", 7, NULL);
  guint text_notified = 0, suggested_notified = 0;
  g_autofree char *sample = NULL;

  g_signal_connect (ref, "notify::data-source", G_CALLBACK (count_notify), &text_notified);
  g_signal_connect (ref, "notify::suggested", G_CALLBACK (count_notify), &suggested_notified);

  for (guint f = 0; f < PW_N_EVAL_FIELDS; f++)
    {
      g_autofree char *text = g_strdup_printf ("field %u", f);

      pw_plan_set_eval_field (plan, ref, f, text);
      g_assert_cmpstr (pw_indicator_ref_get_eval (ref, f), ==, text);
      g_assert_false (pw_indicator_ref_is_suggested (ref, f));
    }
  g_assert_true (pw_indicator_ref_has_eval (ref));
  g_object_get (ref, "sample", &sample, NULL);
  g_assert_cmpstr (sample, ==, "field 4");

  pw_plan_suggest_eval_field (plan, ref, PW_EVAL_FIELD_DATA_SOURCE, "Community Life Survey, yearly");
  g_assert_true (pw_indicator_ref_is_suggested (ref, PW_EVAL_FIELD_DATA_SOURCE));
  g_assert_cmpuint (pw_indicator_ref_get_suggested (ref), ==, 1u << PW_EVAL_FIELD_DATA_SOURCE);
  g_assert_cmpstr (pw_plan_get_undo_label (plan), ==, "Fill in suggestion");

  pw_plan_accept_suggestion (plan, ref, PW_EVAL_FIELD_DATA_SOURCE);
  g_assert_false (pw_indicator_ref_is_suggested (ref, PW_EVAL_FIELD_DATA_SOURCE));
  g_assert_cmpstr (pw_indicator_ref_get_eval (ref, PW_EVAL_FIELD_DATA_SOURCE), ==,
                   "Community Life Survey, yearly");
  g_assert_cmpstr (pw_plan_get_undo_label (plan), ==, "Accept suggestion");

  /* Editing a suggested field clears the flag too. */
  pw_plan_suggest_eval_field (plan, ref, PW_EVAL_FIELD_TIMELINE, "March");
  pw_plan_set_eval_field (plan, ref, PW_EVAL_FIELD_TIMELINE, "March 2027");
  g_assert_false (pw_indicator_ref_is_suggested (ref, PW_EVAL_FIELD_TIMELINE));
  g_assert_cmpuint (pw_indicator_ref_get_suggested (ref), ==, 0);

  /* Accepting a field with no suggestion records nothing. */
  pw_plan_seal_undo (plan);
  pw_plan_accept_suggestion (plan, ref, PW_EVAL_FIELD_TIMELINE);
  g_assert_cmpstr (pw_plan_get_undo_label (plan), ==, "Edit timeline");

  g_assert_cmpuint (text_notified, ==, 2);
  g_assert_cmpuint (suggested_notified, ==, 4);
}

/* ---- Stakeholders ------------------------------------------------------- */

static void
test_stakeholders (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (ItemsChanged));
  PwStakeholder *a, *b;

  g_signal_connect (pw_plan_get_stakeholders (plan), "items-changed",
                    G_CALLBACK (on_items_changed), log);
  a = pw_plan_add_stakeholder (plan, "Resettled families", PW_STAKEHOLDER_KIND_NEWCOMER, "Take part");
  b = pw_plan_add_stakeholder (plan, "Tenants' association", PW_STAKEHOLDER_KIND_RECEIVING_COMMUNITY, NULL);
  g_assert_cmpstr (pw_stakeholder_get_id (a), ==, "s1");
  g_assert_cmpstr (pw_stakeholder_get_id (b), ==, "s2");
  g_assert_cmpstr (pw_stakeholder_get_role (b), ==, "");
  g_assert_true (pw_plan_lookup_stakeholder (plan, "s1") == a);

  pw_plan_set_stakeholder_text (plan, b, PW_STAKEHOLDER_FIELD_ROLE, "Host the café");
  pw_plan_set_stakeholder_text (plan, a, PW_STAKEHOLDER_FIELD_NAME, "Newly arrived families");
  pw_plan_set_stakeholder_kind (plan, b, PW_STAKEHOLDER_KIND_INSTITUTION);
  g_assert_cmpstr (pw_stakeholder_get_role (b), ==, "Host the café");
  g_assert_cmpstr (pw_stakeholder_get_name (a), ==, "Newly arrived families");
  g_assert_cmpint (pw_stakeholder_get_kind (b), ==, PW_STAKEHOLDER_KIND_INSTITUTION);

  pw_plan_remove_stakeholder (plan, a);
  g_assert_null (pw_plan_lookup_stakeholder (plan, "s1"));
  g_assert_cmpuint (log->len, ==, 3);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, 2).position, ==, 0);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, 2).removed, ==, 1);
}

/* ---- Signals ------------------------------------------------------------ */

static void
test_signal_changed (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  guint changed = 0;
  PwCard *a, *b;

  g_signal_connect (plan, "changed", G_CALLBACK (count_signal), &changed);
  a = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "a", -1, 0, 0);
  g_assert_cmpuint (changed, ==, 1);
  pw_plan_set_card_text (plan, a, PW_CARD_FIELD_TITLE, "a");   /* no change, no signal */
  g_assert_cmpuint (changed, ==, 1);

  pw_plan_begin_group (plan, "Paste");
  b = pw_plan_add_card (plan, PW_CARD_KIND_OUTPUT, "b", -1, 0, 0);
  pw_plan_link (plan, a, b, NULL);
  g_assert_cmpuint (changed, ==, 1);
  pw_plan_end_group (plan);
  g_assert_cmpuint (changed, ==, 2);

  pw_plan_undo (plan);
  g_assert_cmpuint (changed, ==, 3);
  pw_plan_redo (plan);
  g_assert_cmpuint (changed, ==, 4);

  /* An empty group says nothing. */
  pw_plan_begin_group (plan, "Nothing");
  pw_plan_end_group (plan);
  g_assert_cmpuint (changed, ==, 4);
}

static void
test_remove_card_items_changed (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(GArray) card_log = g_array_new (FALSE, FALSE, sizeof (ItemsChanged));
  g_autoptr(GArray) link_log = g_array_new (FALSE, FALSE, sizeof (ItemsChanged));
  PwCard *b = pw_plan_add_card (plan, PW_CARD_KIND_BARRIER, "b", -1, 0, 0);
  PwCard *a = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "a", -1, 0, 0);
  PwCard *o = pw_plan_add_card (plan, PW_CARD_KIND_OUTPUT, "o", -1, 0, 0);

  pw_plan_link (plan, b, a, NULL);
  pw_plan_link (plan, b, o, NULL);
  pw_plan_link (plan, a, o, NULL);
  g_signal_connect (pw_plan_get_cards (plan), "items-changed", G_CALLBACK (on_items_changed), card_log);
  g_signal_connect (pw_plan_get_links (plan), "items-changed", G_CALLBACK (on_items_changed), link_log);

  pw_plan_remove_card (plan, a);
  g_assert_cmpuint (card_log->len, ==, 1);
  g_assert_cmpuint (g_array_index (card_log, ItemsChanged, 0).position, ==, 1);
  g_assert_cmpuint (g_array_index (card_log, ItemsChanged, 0).removed, ==, 1);
  g_assert_cmpuint (link_log->len, ==, 2);    /* l3 then l1 */
  g_assert_cmpuint (g_array_index (link_log, ItemsChanged, 0).position, ==, 2);
  g_assert_cmpuint (g_array_index (link_log, ItemsChanged, 1).position, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_links (plan)), ==, 1);
  g_assert_null (pw_plan_lookup_link (plan, "l1"));
  g_assert_nonnull (pw_plan_lookup_link (plan, "l2"));
  g_assert_null (pw_plan_lookup_card (plan, "c2"));
  g_assert_cmpstr (pw_plan_get_undo_label (plan), ==, "Remove card");
}

static void
test_history_notify (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  guint can_undo = 0, unsaved = 0, label = 0, modified = 0;
  gboolean value = FALSE;

  g_signal_connect (plan, "notify::can-undo", G_CALLBACK (count_notify), &can_undo);
  g_signal_connect (plan, "notify::unsaved", G_CALLBACK (count_notify), &unsaved);
  g_signal_connect (plan, "notify::undo-label", G_CALLBACK (count_notify), &label);
  g_signal_connect (plan, "notify::modified", G_CALLBACK (count_notify), &modified);

  pw_plan_add_card (plan, PW_CARD_KIND_GOAL, "g", -1, 0, 0);
  pw_plan_add_card (plan, PW_CARD_KIND_GOAL, "h", -1, 0, 0);
  g_assert_cmpuint (can_undo, ==, 1);
  g_assert_cmpuint (unsaved, ==, 1);
  g_assert_cmpuint (label, ==, 1);
  g_assert_cmpuint (modified, <=, 2);
  g_object_get (plan, "can-undo", &value, NULL);
  g_assert_true (value);
  g_object_get (plan, "unsaved", &value, NULL);
  g_assert_true (value);

  pw_plan_mark_saved (plan);
  g_assert_cmpuint (unsaved, ==, 2);
  g_assert_false (pw_plan_get_unsaved (plan));
}

/* ---- Loading without commands (the XML reader's path) ------------------- */

static PwCard *
loaded_card (const char *id, PwCardKind kind, const char *title, int order)
{
  PwCard *card = pw_card_new (id, kind);

  pw_card_set_text (card, PW_CARD_FIELD_TITLE, title);
  pw_card_set_lane_order (card, order);
  return card;
}

static void
test_load (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) created = g_date_time_new_utc (2026, 3, 1, 9, 30, 15.75);
  g_autoptr(PwCard) x = loaded_card ("c5", PW_CARD_KIND_ACTIVITY, "x", 5);
  g_autoptr(PwCard) y = loaded_card ("c12", PW_CARD_KIND_ACTIVITY, "y", 3);
  g_autoptr(PwCard) z = loaded_card ("c7", PW_CARD_KIND_ACTIVITY, "z", 4);
  g_autoptr(PwCard) out = loaded_card ("c8", PW_CARD_KIND_OUTCOME, "out", 0);
  g_autoptr(PwIndicatorRef) ref = pw_indicator_ref_new ("i4", "bonds-01", "text", 6);
  g_autoptr(PwLink) link = pw_link_new ("l9", x, out);
  g_autoptr(PwStakeholder) sh = pw_stakeholder_new ("s3", "Families", PW_STAKEHOLDER_KIND_NEWCOMER, NULL);
  PwCard *added;

  pw_plan_load_text (plan, PW_PLAN_FIELD_TITLE, "Loaded");
  pw_plan_load_target_groups (plan, PW_TARGET_GROUP_INSTITUTIONS);
  pw_plan_load_dates (plan, created, NULL);
  pw_indicator_ref_set_eval (ref, PW_EVAL_FIELD_SAMPLE, "50 people");
  pw_indicator_ref_set_suggested (ref, PW_EVAL_FIELD_SAMPLE, TRUE);
  pw_card_insert_indicator (out, ref, -1);
  pw_link_set_text (link, PW_LINK_FIELD_ASSUMPTION, "People come");

  g_assert_true (pw_plan_load_card (plan, x, &error));
  g_assert_true (pw_plan_load_card (plan, y, &error));
  g_assert_true (pw_plan_load_card (plan, z, &error));
  g_assert_true (pw_plan_load_card (plan, out, &error));
  g_assert_true (pw_plan_load_link (plan, link, &error));
  g_assert_true (pw_plan_load_stakeholder (plan, sh, &error));
  g_assert_no_error (error);
  pw_plan_load_finish (plan);

  assert_lane (plan, PW_CARD_KIND_ACTIVITY, "y z x");
  g_assert_false (pw_plan_can_undo (plan));
  g_assert_false (pw_plan_get_unsaved (plan));
  g_assert_cmpint (g_date_time_get_second (pw_plan_get_created (plan)), ==, 15);
  g_assert_cmpfloat (g_date_time_get_seconds (pw_plan_get_created (plan)), ==, 15.0);
  g_assert_true (pw_plan_lookup_indicator (plan, "i4") == ref);
  g_assert_true (pw_indicator_ref_is_suggested (ref, PW_EVAL_FIELD_SAMPLE));

  /* New ids do not collide with loaded ones. */
  added = pw_plan_add_card (plan, PW_CARD_KIND_GOAL, "goal", -1, 0, 0);
  g_assert_cmpstr (pw_card_get_id (added), ==, "c13");
  g_assert_cmpstr (pw_link_get_id (pw_plan_link (plan, out, added, NULL)), ==, "l10");
  g_assert_cmpstr (pw_indicator_ref_get_id (pw_plan_attach_indicator (plan, out, NULL, "c", 1, NULL)), ==, "i5");
  g_assert_cmpstr (pw_stakeholder_get_id (pw_plan_add_stakeholder (plan, "x", 0, NULL)), ==, "s4");
  g_assert_true (pw_plan_get_unsaved (plan));
}

static void
test_load_errors (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(PwPlan) other = pw_plan_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PwCard) a = loaded_card ("c1", PW_CARD_KIND_ACTIVITY, "a", 0);
  g_autoptr(PwCard) again = loaded_card ("c1", PW_CARD_KIND_OUTPUT, "again", 0);
  g_autoptr(PwCard) barrier = loaded_card ("c2", PW_CARD_KIND_BARRIER, "b", 0);
  g_autoptr(PwCard) outcome = loaded_card ("c3", PW_CARD_KIND_OUTCOME, "o", 0);
  g_autoptr(PwCard) stranger = loaded_card ("c9", PW_CARD_KIND_GOAL, "g", 0);
  g_autoptr(PwIndicatorRef) ref = pw_indicator_ref_new ("i1", NULL, "t", 1);
  g_autoptr(PwIndicatorRef) twin = pw_indicator_ref_new ("i1", NULL, "t", 1);
  g_autoptr(PwLink) backwards = pw_link_new ("l1", a, barrier);
  g_autoptr(PwLink) dangling = pw_link_new ("l2", a, stranger);
  g_autoptr(PwStakeholder) s1 = pw_stakeholder_new ("s1", "x", PW_STAKEHOLDER_KIND_OTHER, NULL);
  g_autoptr(PwStakeholder) s1b = pw_stakeholder_new ("s1", "y", PW_STAKEHOLDER_KIND_OTHER, NULL);

  g_assert_true (pw_plan_load_card (plan, a, &error));
  g_assert_false (pw_plan_load_card (plan, again, &error));
  g_assert_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_DUPLICATE_ID);
  g_clear_error (&error);

  pw_card_insert_indicator (barrier, ref, -1);
  g_assert_false (pw_plan_load_card (plan, barrier, &error));
  g_assert_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_INVALID);
  g_clear_error (&error);
  pw_card_remove_indicator (barrier, ref);
  g_assert_true (pw_plan_load_card (plan, barrier, &error));

  pw_card_insert_indicator (outcome, ref, -1);
  pw_card_insert_indicator (outcome, twin, -1);
  g_assert_false (pw_plan_load_card (plan, outcome, &error));
  g_assert_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_DUPLICATE_ID);
  g_clear_error (&error);

  g_assert_false (pw_plan_load_link (plan, backwards, &error));
  g_assert_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_LINK_BACKWARDS);
  g_clear_error (&error);
  g_assert_true (pw_plan_load_card (other, stranger, &error));
  g_assert_false (pw_plan_load_link (plan, dangling, &error));
  g_assert_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (pw_plan_load_stakeholder (plan, s1, &error));
  g_assert_false (pw_plan_load_stakeholder (plan, s1b, &error));
  g_assert_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_DUPLICATE_ID);
}

/* ---- Link lookups ---------------------------------------------------------- */

/* The lookups by card agree with the link list: the same links, in list order. */
static void
assert_link_lookups (PwPlan *plan)
{
  GListModel *cards = pw_plan_get_cards (plan);
  GListModel *links = pw_plan_get_links (plan);
  guint n_cards = g_list_model_get_n_items (cards);
  guint n_links = g_list_model_get_n_items (links);

  for (guint c = 0; c < n_cards; c++)
    {
      g_autoptr(PwCard) card = g_list_model_get_item (cards, c);
      g_autoptr(GPtrArray) from = pw_plan_get_links_from (plan, card);
      g_autoptr(GPtrArray) to = pw_plan_get_links_to (plan, card);
      guint n_from = 0, n_to = 0;

      for (guint i = 0; i < n_links; i++)
        {
          g_autoptr(PwLink) link = g_list_model_get_item (links, i);

          if (pw_link_get_source (link) == card)
            {
              g_assert_cmpuint (n_from, <, from->len);
              g_assert_true (g_ptr_array_index (from, n_from++) == link);
            }
          if (pw_link_get_target (link) == card)
            {
              g_assert_cmpuint (n_to, <, to->len);
              g_assert_true (g_ptr_array_index (to, n_to++) == link);
            }
        }
      g_assert_cmpuint (n_from, ==, from->len);
      g_assert_cmpuint (n_to, ==, to->len);
      for (guint t = 0; t < n_cards; t++)
        {
          g_autoptr(PwCard) other = g_list_model_get_item (cards, t);
          PwLink *found = pw_plan_find_link (plan, card, other);
          gboolean linked = FALSE;

          for (guint i = 0; i < from->len; i++)
            linked |= pw_link_get_target (g_ptr_array_index (from, i)) == other;
          g_assert_cmpint (found != NULL, ==, linked);
          g_assert_true (found == NULL || (pw_link_get_source (found) == card &&
                                           pw_link_get_target (found) == other));
        }
    }
}

static void
on_links_changed (GListModel *model, guint position, guint removed, guint added, PwPlan *plan)
{
  assert_link_lookups (plan);   /* views called back see the new state */
}

static PwCard *
random_card (PwPlan *plan, GRand *rand)
{
  GListModel *cards = pw_plan_get_cards (plan);
  guint n = g_list_model_get_n_items (cards);
  g_autoptr(PwCard) card = n ? g_list_model_get_item (cards, g_rand_int_range (rand, 0, n)) : NULL;

  return card;   /* still owned by the plan */
}

/* @history: undo and redo too (not inside a group) */
static void
random_edit (PwPlan *plan, GRand *rand, gboolean history)
{
  GListModel *links = pw_plan_get_links (plan);
  guint n_links = g_list_model_get_n_items (links);
  PwCard *card = random_card (plan, rand);

  switch (g_rand_int_range (rand, 0, history ? 8 : 5))
    {
    case 0:
      pw_plan_add_card (plan, g_rand_int_range (rand, 0, PW_N_CARD_KINDS), "new", -1, 0, 0);
      break;
    case 1:
    case 2:
      if (card != NULL)
        pw_plan_link (plan, card, random_card (plan, rand), NULL);
      break;
    case 3:
      if (n_links > 0)
        {
          g_autoptr(PwLink) link = g_list_model_get_item (links, g_rand_int_range (rand, 0, n_links));
          pw_plan_unlink (plan, link);
        }
      break;
    case 4:
      if (card != NULL)
        pw_plan_remove_card (plan, card);
      break;
    case 5:
    case 6:
      pw_plan_undo (plan);
      break;
    default:
      pw_plan_redo (plan);
      break;
    }
}

/* Links put back in the middle of the list by undo, removed with their
 * card, added after an undo: the lookups follow every command. */
static void
test_link_lookups_follow_edits (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260501);
  const PwCardKind kinds[] = { 0, 0, 1, 1, 2, 2, 3, 3, 3, 4 };

  PwCard *cards[G_N_ELEMENTS (kinds)];
  PwLink *middle;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    cards[i] = pw_plan_add_card (plan, kinds[i], "card", -1, 0, 0);
  g_signal_connect (pw_plan_get_links (plan), "items-changed", G_CALLBACK (on_links_changed), plan);

  /* A barrier with three links, the middle one removed and put back. */
  pw_plan_link (plan, cards[0], cards[2], NULL);
  middle = pw_plan_link (plan, cards[0], cards[4], NULL);
  pw_plan_link (plan, cards[1], cards[4], NULL);
  pw_plan_link (plan, cards[0], cards[6], NULL);
  pw_plan_unlink (plan, middle);
  assert_link_lookups (plan);
  g_assert_true (pw_plan_undo (plan));
  assert_link_lookups (plan);
  pw_plan_remove_card (plan, cards[4]);
  assert_link_lookups (plan);
  g_assert_true (pw_plan_undo (plan));
  assert_link_lookups (plan);
  g_assert_nonnull (pw_plan_link (plan, cards[0], cards[9], NULL));
  assert_link_lookups (plan);

  for (guint step = 0; step < 400; step++)
    {
      if (step % 7 == 0)
        {
          pw_plan_begin_group (plan, "Several");
          random_edit (plan, rand, FALSE);
          random_edit (plan, rand, FALSE);
          pw_plan_end_group (plan);
        }
      else
        random_edit (plan, rand, TRUE);
      assert_link_lookups (plan);
    }
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_links (plan)), >, 0);
}

/* The loop check walks a chain of 50,000 outcomes without recursing. */
static void
test_link_long_chain (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  const guint n = 50000;
  PwCard *first, *last;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("c%u", i + 1);
      g_autofree char *title = g_strdup_printf ("Outcome %u", i + 1);
      PwCard *card = loaded_card (id, PW_CARD_KIND_OUTCOME, title, (int) i);

      g_assert_true (pw_plan_load_card (plan, card, &error));
      g_ptr_array_add (cards, card);
    }
  for (guint i = 0; i + 1 < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("l%u", i + 1);
      g_autoptr(PwLink) link = pw_link_new (id, cards->pdata[i], cards->pdata[i + 1]);

      g_assert_true (pw_plan_load_link (plan, link, &error));
    }
  g_assert_no_error (error);
  pw_plan_load_finish (plan);
  first = cards->pdata[0];
  last = cards->pdata[n - 1];

  g_assert_false (pw_plan_can_link (plan, last, first, &error));
  g_assert_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_LINK_LOOP);
  g_assert_cmpstr (error->message, ==,
                   "Cannot link “Outcome 50000” to “Outcome 1”: “Outcome 1” already leads to "
                   "“Outcome 50000”, and links cannot go round in a loop.");
  g_assert_true (pw_plan_can_link (plan, first, last, NULL));
  g_assert_nonnull (pw_plan_link (plan, first, last, NULL));
  g_assert_true (pw_plan_find_link (plan, first, last) != NULL);
}

/* Loops checked once after loading many links: the link reported is the one
 * a link-by-link load would have refused, with the same error. */
static void
test_load_deferred_loops (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(GError) error = NULL;
  PwCard *o[4];
  const guint ends[][2] = { { 0, 1 }, { 1, 2 }, { 2, 3 }, { 3, 1 }, { 2, 0 } };

  for (guint i = 0; i < G_N_ELEMENTS (o); i++)
    {
      g_autofree char *id = g_strdup_printf ("c%u", i + 1);
      g_autofree char *title = g_strdup_printf ("o%u", i + 1);

      o[i] = loaded_card (id, PW_CARD_KIND_OUTCOME, title, (int) i);
      g_assert_true (pw_plan_load_card (plan, o[i], &error));
      g_object_unref (o[i]);   /* the plan holds it */
    }

  pw_plan_load_defer_loops (plan);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *id = g_strdup_printf ("l%u", i + 1);
      g_autoptr(PwLink) link = pw_link_new (id, o[ends[i][0]], o[ends[i][1]]);

      g_assert_true (pw_plan_load_link (plan, link, &error));
    }
  g_assert_null (pw_plan_load_check_loops (plan, &error));
  g_assert_no_error (error);

  pw_plan_load_defer_loops (plan);
  for (guint i = 2; i < G_N_ELEMENTS (ends); i++)
    {
      g_autofree char *id = g_strdup_printf ("l%u", i + 1);
      g_autoptr(PwLink) link = pw_link_new (id, o[ends[i][0]], o[ends[i][1]]);

      g_assert_true (pw_plan_load_link (plan, link, &error));   /* loops not checked yet */
    }
  g_assert_cmpstr (pw_link_get_id (pw_plan_load_check_loops (plan, &error)), ==, "l4");
  g_assert_error (error, PW_PLAN_ERROR, PW_PLAN_ERROR_LINK_LOOP);
  g_assert_cmpstr (error->message, ==,
                   "Cannot link “o4” to “o2”: “o2” already leads to “o4”, and links cannot go round in a loop.");
}

/* ---- Deep comparison ---------------------------------------------------- */

static PwPlan *
build_sample (void)
{
  PwPlan *plan = pw_plan_new ();
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 1, 2, 3, 4, 5);
  PwCard *b, *a, *o;
  PwIndicatorRef *ref;

  pw_plan_set_text (plan, PW_PLAN_FIELD_TITLE, "Sample");
  pw_plan_set_target_groups (plan, PW_TARGET_GROUP_NEWCOMERS);
  b = pw_plan_add_card (plan, PW_CARD_KIND_BARRIER, "Isolation", -1, 1, 2);
  a = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "Café", -1, 3, 4);
  o = pw_plan_add_card (plan, PW_CARD_KIND_OUTCOME, "Belonging", -1, 5, 6);
  pw_plan_link (plan, b, a, NULL);
  pw_plan_link (plan, a, o, NULL);
  ref = pw_plan_attach_indicator (plan, o, "bridges-03", "text", 7, NULL);
  pw_plan_set_eval_field (plan, ref, PW_EVAL_FIELD_METHODS, "Survey");
  pw_plan_add_stakeholder (plan, "Families", PW_STAKEHOLDER_KIND_NEWCOMER, "Attend");
  pw_plan_load_dates (plan, date, date);
  return plan;
}

static void
test_equal (void)
{
  g_autoptr(PwPlan) a = build_sample ();
  g_autoptr(PwPlan) b = build_sample ();
  g_autoptr(GDateTime) later = g_date_time_new_utc (2026, 1, 2, 3, 4, 6);
  PwCard *card_b;
  PwIndicatorRef *ref_b;

  g_assert_true (pw_plan_equal (a, b));
  g_assert_true (pw_plan_equal (b, a));

  /* Each kind of difference is seen; undo brings equality back. */
  pw_plan_set_text (b, PW_PLAN_FIELD_AREA, "Elsewhere");
  g_assert_false (pw_plan_equal (a, b));
  pw_plan_undo (b);
  pw_plan_load_dates (b, NULL, pw_plan_get_modified (a));
  g_assert_true (pw_plan_equal (a, b));

  card_b = pw_plan_lookup_card (b, "c2");
  pw_plan_set_card_position (b, card_b, 3.001, 4);   /* within tolerance */
  pw_plan_load_dates (b, NULL, pw_plan_get_modified (a));
  g_assert_true (pw_plan_equal (a, b));
  pw_plan_set_card_position (b, card_b, 3.5, 4);
  pw_plan_load_dates (b, NULL, pw_plan_get_modified (a));
  g_assert_false (pw_plan_equal (a, b));
  pw_plan_undo (b);
  pw_plan_load_dates (b, NULL, pw_plan_get_modified (a));
  g_assert_true (pw_plan_equal (a, b));

  ref_b = pw_plan_lookup_indicator (b, "i1");
  pw_plan_suggest_eval_field (b, ref_b, PW_EVAL_FIELD_METHODS, "Survey");   /* only the flag differs */
  pw_plan_load_dates (b, NULL, pw_plan_get_modified (a));
  g_assert_false (pw_plan_equal (a, b));
  pw_plan_undo (b);

  pw_plan_set_link_text (b, pw_plan_lookup_link (b, "l1"), PW_LINK_FIELD_EVIDENCE, "e");
  pw_plan_load_dates (b, NULL, pw_plan_get_modified (a));
  g_assert_false (pw_plan_equal (a, b));
  pw_plan_undo (b);

  pw_plan_set_stakeholder_kind (b, pw_plan_lookup_stakeholder (b, "s1"), PW_STAKEHOLDER_KIND_OTHER);
  pw_plan_load_dates (b, NULL, pw_plan_get_modified (a));
  g_assert_false (pw_plan_equal (a, b));
  pw_plan_undo (b);

  pw_plan_load_dates (b, NULL, later);
  g_assert_false (pw_plan_equal (a, b));
  pw_plan_load_dates (b, NULL, pw_plan_get_modified (a));
  g_assert_true (pw_plan_equal (a, b));
}

/* No reference cycle: the plan, its cards and links go when the last reference does. */
static void
test_finalize (void)
{
  PwPlan *plan = build_sample ();
  PwCard *card = pw_plan_lookup_card (plan, "c1");
  PwLink *link = pw_plan_lookup_link (plan, "l1");
  PwIndicatorRef *ref = pw_plan_lookup_indicator (plan, "i1");

  pw_plan_remove_card (plan, pw_plan_lookup_card (plan, "c2"));   /* on the undo stack */
  pw_plan_undo (plan);                                              /* on the redo stack */
  pw_plan_begin_group (plan, "Group");
  pw_plan_set_text (plan, PW_PLAN_FIELD_AREA, "Area");
  pw_plan_end_group (plan);

  g_object_add_weak_pointer (G_OBJECT (plan), (gpointer *) &plan);
  g_object_add_weak_pointer (G_OBJECT (card), (gpointer *) &card);
  g_object_add_weak_pointer (G_OBJECT (link), (gpointer *) &link);
  g_object_add_weak_pointer (G_OBJECT (ref), (gpointer *) &ref);
  g_object_unref (plan);
  g_assert_null (plan);
  g_assert_null (card);
  g_assert_null (link);
  g_assert_null (ref);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan/enums/strings", test_enum_strings);
  g_test_add_func ("/plan/enums/types", test_enum_types);
  g_test_add_func ("/plan/new", test_new);
  g_test_add_func ("/plan/metadata", test_metadata);
  g_test_add_func ("/plan/card/add", test_card_add);
  g_test_add_func ("/plan/card/lane-order", test_card_lane_order);
  g_test_add_func ("/plan/card/fields", test_card_fields);
  g_test_add_func ("/plan/link/every-pair", test_link_every_pair);
  g_test_add_func ("/plan/link/message", test_link_message);
  g_test_add_func ("/plan/link/self-duplicate-loop", test_link_self_duplicate_loop);
  g_test_add_func ("/plan/link/queries", test_link_queries);
  g_test_add_func ("/plan/link/text", test_link_text);
  g_test_add_func ("/plan/link/lookups-follow-edits", test_link_lookups_follow_edits);
  g_test_add_func ("/plan/link/long-chain", test_link_long_chain);
  g_test_add_func ("/plan/move/lane-change", test_move_lane_change);
  g_test_add_func ("/plan/indicator/attach", test_indicator_attach);
  g_test_add_func ("/plan/indicator/eval-fields", test_eval_fields);
  g_test_add_func ("/plan/stakeholders", test_stakeholders);
  g_test_add_func ("/plan/signals/changed", test_signal_changed);
  g_test_add_func ("/plan/signals/remove-card-items-changed", test_remove_card_items_changed);
  g_test_add_func ("/plan/signals/history-notify", test_history_notify);
  g_test_add_func ("/plan/load/build", test_load);
  g_test_add_func ("/plan/load/errors", test_load_errors);
  g_test_add_func ("/plan/load/deferred-loops", test_load_deferred_loops);
  g_test_add_func ("/plan/equal", test_equal);
  g_test_add_func ("/plan/finalize", test_finalize);

  return g_test_run ();
}
