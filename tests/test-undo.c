/* test-undo.c — undo and redo of every plan command, merging, groups, the saved state
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>

#include "pw-plan.h"
#include "pw-plan-private.h"

/* ---- Snapshots: a deep copy through the loader's API ------------------- */

static PwIndicatorRef *
copy_ref (PwIndicatorRef *src)
{
  PwIndicatorRef *ref = pw_indicator_ref_new (pw_indicator_ref_get_id (src),
                                              pw_indicator_ref_get_bank_id (src),
                                              pw_indicator_ref_get_text (src),
                                              pw_indicator_ref_get_domain (src));

  for (guint f = 0; f < PW_N_EVAL_FIELDS; f++)
    {
      pw_indicator_ref_set_eval (ref, f, pw_indicator_ref_get_eval (src, f));
      pw_indicator_ref_set_suggested (ref, f, pw_indicator_ref_is_suggested (src, f));
    }
  return ref;
}

static PwCard *
copy_card (PwCard *src)
{
  PwCard *card = pw_card_new (pw_card_get_id (src), pw_card_get_kind (src));
  GListModel *refs = pw_card_get_indicators (src);

  for (guint f = 0; f < PW_N_CARD_FIELDS; f++)
    pw_card_set_text (card, f, pw_card_get_text (src, f));
  pw_card_set_domains (card, pw_card_get_domains (src));
  pw_card_set_lane_order (card, pw_card_get_lane_order (src));
  pw_card_set_position (card, pw_card_get_x (src), pw_card_get_y (src));
  for (guint i = 0; i < g_list_model_get_n_items (refs); i++)
    {
      g_autoptr(PwIndicatorRef) ref = g_list_model_get_item (refs, i);
      g_autoptr(PwIndicatorRef) copy = copy_ref (ref);

      pw_card_insert_indicator (card, copy, -1);
    }
  return card;
}

static void
copy_contents (PwPlan *dst, PwPlan *src)
{
  GListModel *cards = pw_plan_get_cards (src);
  GListModel *links = pw_plan_get_links (src);
  GListModel *stakeholders = pw_plan_get_stakeholders (src);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(PwCard) card = g_list_model_get_item (cards, i);
      g_autoptr(PwCard) copy = copy_card (card);

      g_assert_true (pw_plan_load_card (dst, copy, &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(PwLink) link = g_list_model_get_item (links, i);
      g_autoptr(PwLink) copy = pw_link_new (pw_link_get_id (link),
                                            pw_plan_lookup_card (dst, pw_link_get_source_id (link)),
                                            pw_plan_lookup_card (dst, pw_link_get_target_id (link)));

      for (guint f = 0; f < PW_N_LINK_FIELDS; f++)
        pw_link_set_text (copy, f, pw_link_get_text (link, f));
      g_assert_true (pw_plan_load_link (dst, copy, &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < g_list_model_get_n_items (stakeholders); i++)
    {
      g_autoptr(PwStakeholder) s = g_list_model_get_item (stakeholders, i);
      g_autoptr(PwStakeholder) copy = pw_stakeholder_new (pw_stakeholder_get_id (s),
                                                          pw_stakeholder_get_name (s),
                                                          pw_stakeholder_get_kind (s),
                                                          pw_stakeholder_get_role (s));

      g_assert_true (pw_plan_load_stakeholder (dst, copy, &error));
      g_assert_no_error (error);
    }
}

/* Dates are pinned so that snapshots taken at different seconds compare. */
static PwPlan *
snapshot (PwPlan *src)
{
  PwPlan *dst = pw_plan_new ();
  g_autoptr(GDateTime) epoch = g_date_time_new_utc (2026, 1, 1, 0, 0, 0);

  for (guint f = 0; f < PW_N_PLAN_FIELDS; f++)
    pw_plan_load_text (dst, f, pw_plan_get_text (src, f));
  pw_plan_load_target_groups (dst, pw_plan_get_target_groups (src));
  pw_plan_load_dates (dst, epoch, epoch);
  copy_contents (dst, src);
  pw_plan_load_finish (dst);
  return dst;
}

static void
assert_state (PwPlan *plan, PwPlan *expected)
{
  g_autoptr(PwPlan) now = snapshot (plan);

  g_assert_true (pw_plan_equal (now, expected));
}

static void
assert_lanes_tidy (PwPlan *plan)
{
  for (guint kind = 0; kind < PW_N_CARD_KINDS; kind++)
    {
      g_autoptr(GPtrArray) lane = pw_plan_get_lane_cards (plan, kind);

      for (guint i = 0; i < lane->len; i++)
        g_assert_cmpint (pw_card_get_lane_order (g_ptr_array_index (lane, i)), ==, (int) i);
    }
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

#define CARD(id) pw_plan_lookup_card (plan, id)
#define LINK(id) pw_plan_lookup_link (plan, id)
#define REF(id) pw_plan_lookup_indicator (plan, id)
#define STAKEHOLDER(id) pw_plan_lookup_stakeholder (plan, id)

/* ---- Every command, undone and redone, step by step -------------------- */

static void
run_step (PwPlan *plan, guint step)
{
  switch (step)
    {
    case 0: pw_plan_set_text (plan, PW_PLAN_FIELD_TITLE, "Friendship club"); break;
    case 1: pw_plan_set_text (plan, PW_PLAN_FIELD_ORGANISATION, "Anytown Council"); break;
    case 2: pw_plan_set_target_groups (plan, PW_TARGET_GROUPS_ALL); break;
    case 3: pw_plan_add_card (plan, PW_CARD_KIND_BARRIER, "Isolation", -1, 10, 10); break;
    case 4: pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "Café", -1, 200, 10); break;
    case 5: pw_plan_add_card (plan, PW_CARD_KIND_OUTPUT, "Sessions", -1, 400, 10); break;
    case 6: pw_plan_add_card (plan, PW_CARD_KIND_OUTCOME, "Belonging", -1, 600, 10); break;
    case 7: pw_plan_add_card (plan, PW_CARD_KIND_GOAL, "Connected", -1, 800, 10); break;
    case 8: pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "Walks", 0, 200, 100); break;
    case 9: pw_plan_link (plan, CARD ("c1"), CARD ("c2"), NULL); break;
    case 10: pw_plan_link (plan, CARD ("c2"), CARD ("c3"), NULL); break;
    case 11: pw_plan_link (plan, CARD ("c3"), CARD ("c4"), NULL); break;
    case 12: pw_plan_link (plan, CARD ("c4"), CARD ("c5"), NULL); break;
    case 13: pw_plan_link (plan, CARD ("c6"), CARD ("c3"), NULL); break;
    case 14: pw_plan_set_card_text (plan, CARD ("c2"), PW_CARD_FIELD_DESCRIPTION, "Weekly"); break;
    case 15: pw_plan_set_card_domains (plan, CARD ("c4"), PW_CARD_DOMAIN_BIT (7)); break;
    case 16: pw_plan_set_link_text (plan, LINK ("l1"), PW_LINK_FIELD_ASSUMPTION, "People come"); break;
    case 17: pw_plan_attach_indicator (plan, CARD ("c4"), "bridges-03", "Neighbours", 7, NULL); break;
    case 18: pw_plan_attach_indicator (plan, CARD ("c4"), NULL, "Attendance", 7, NULL); break;
    case 19: pw_plan_set_eval_field (plan, REF ("i1"), PW_EVAL_FIELD_DATA_SOURCE, "Survey"); break;
    case 20: pw_plan_suggest_eval_field (plan, REF ("i1"), PW_EVAL_FIELD_SAMPLE, "100"); break;
    case 21: pw_plan_accept_suggestion (plan, REF ("i1"), PW_EVAL_FIELD_SAMPLE); break;
    case 22: pw_plan_set_eval_field (plan, REF ("i2"), PW_EVAL_FIELD_TIMELINE, "June"); break;
    case 23: pw_plan_set_indicator_text (plan, REF ("i2"), "Regular attendance"); break;
    case 24: pw_plan_detach_indicator (plan, REF ("i1")); break;
    case 25: pw_plan_move_card (plan, CARD ("c6"), PW_CARD_KIND_ACTIVITY, -1, 210, 120, NULL); break;
    case 26: pw_plan_move_card (plan, CARD ("c3"), PW_CARD_KIND_OUTCOME, 0, 600, 200, NULL); break;
    case 27: pw_plan_set_card_position (plan, CARD ("c1"), 15, 15); break;
    case 28: pw_plan_remove_card (plan, CARD ("c2")); break;
    case 29: pw_plan_unlink (plan, LINK ("l5")); break;
    case 30: pw_plan_add_stakeholder (plan, "Families", PW_STAKEHOLDER_KIND_NEWCOMER, "Attend"); break;
    case 31: pw_plan_add_stakeholder (plan, "Tenants", PW_STAKEHOLDER_KIND_RECEIVING_COMMUNITY, NULL); break;
    case 32: pw_plan_set_stakeholder_text (plan, STAKEHOLDER ("s1"), PW_STAKEHOLDER_FIELD_NAME, "New families"); break;
    case 33: pw_plan_set_stakeholder_kind (plan, STAKEHOLDER ("s2"), PW_STAKEHOLDER_KIND_INSTITUTION); break;
    case 34: pw_plan_remove_stakeholder (plan, STAKEHOLDER ("s1")); break;
    case 35: pw_plan_set_card_text (plan, CARD ("c4"), PW_CARD_FIELD_INTEGRATION_OUTCOME, "Bridges"); break;
    case 36:
      pw_plan_begin_group (plan, "Paste");
      pw_plan_add_card (plan, PW_CARD_KIND_OUTPUT, "Leaflets", -1, 400, 300);
      pw_plan_link (plan, CARD ("c6"), CARD ("c7"), NULL);
      pw_plan_set_card_text (plan, CARD ("c7"), PW_CARD_FIELD_EVIDENCE, "Printed");
      pw_plan_end_group (plan);
      break;
    case 37: pw_plan_remove_card (plan, CARD ("c4")); break;
    default: g_assert_not_reached ();
    }
}

static const char *step_labels[] = {
  "Edit plan title", "Edit organisation", "Edit target groups",
  "Add card", "Add card", "Add card", "Add card", "Add card", "Add card",
  "Add link", "Add link", "Add link", "Add link", "Add link",
  "Edit description", "Edit domains", "Edit assumption",
  "Attach indicator", "Attach indicator", "Edit data source", "Fill in suggestion",
  "Accept suggestion", "Edit timeline", "Edit indicator text", "Detach indicator",
  "Move card", "Move card", "Move card", "Remove card", "Remove link",
  "Add stakeholder", "Add stakeholder", "Edit stakeholder name", "Change stakeholder type",
  "Remove stakeholder", "Edit integration outcome", "Paste", "Remove card",
};

static void
test_every_command (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  g_autoptr(GPtrArray) snaps = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = G_N_ELEMENTS (step_labels);
  guint changed = 0;

  g_ptr_array_add (snaps, snapshot (plan));
  for (guint i = 0; i < n; i++)
    {
      g_test_message ("step %u: %s", i, step_labels[i]);
      run_step (plan, i);
      pw_plan_seal_undo (plan);
      g_assert_cmpstr (pw_plan_get_undo_label (plan), ==, step_labels[i]);
      assert_lanes_tidy (plan);
      g_ptr_array_add (snaps, snapshot (plan));
    }

  g_signal_connect (plan, "changed", G_CALLBACK (count_signal), &changed);
  for (guint i = n; i > 0; i--)
    {
      g_assert_cmpstr (pw_plan_get_undo_label (plan), ==, step_labels[i - 1]);
      g_assert_true (pw_plan_undo (plan));
      g_assert_cmpstr (pw_plan_get_redo_label (plan), ==, step_labels[i - 1]);
      assert_state (plan, g_ptr_array_index (snaps, i - 1));
      assert_lanes_tidy (plan);
    }
  g_assert_false (pw_plan_undo (plan));
  g_assert_false (pw_plan_can_undo (plan));
  g_assert_cmpuint (changed, ==, n);

  for (guint i = 1; i <= n; i++)
    {
      g_assert_true (pw_plan_redo (plan));
      assert_state (plan, g_ptr_array_index (snaps, i));
      assert_lanes_tidy (plan);
    }
  g_assert_false (pw_plan_redo (plan));
  g_assert_cmpuint (changed, ==, 2 * n);

  /* Undo everything once more: a redone step undoes exactly. */
  while (pw_plan_undo (plan))
    ;
  assert_state (plan, g_ptr_array_index (snaps, 0));
}

/* Each step changed something the snapshot sees. */
static void
test_every_command_changes (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();

  for (guint i = 0; i < G_N_ELEMENTS (step_labels); i++)
    {
      g_autoptr(PwPlan) before = snapshot (plan);
      g_autoptr(PwPlan) after = NULL;

      run_step (plan, i);
      pw_plan_seal_undo (plan);
      after = snapshot (plan);
      g_test_message ("step %u: %s", i, step_labels[i]);
      g_assert_false (pw_plan_equal (before, after));
    }
}

/* ---- Specific undo guarantees ------------------------------------------ */

static void
test_remove_card_with_links (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwCard *b = pw_plan_add_card (plan, PW_CARD_KIND_BARRIER, "b", -1, 0, 0);
  PwCard *a1 = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "a1", -1, 0, 0);
  PwCard *a2 = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "a2", -1, 0, 0);
  PwCard *a3 = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "a3", -1, 0, 0);
  PwCard *o = pw_plan_add_card (plan, PW_CARD_KIND_OUTPUT, "o", -1, 0, 0);
  PwLink *l1 = pw_plan_link (plan, b, a1, NULL);
  PwLink *l2 = pw_plan_link (plan, b, a2, NULL);
  PwLink *l3 = pw_plan_link (plan, a1, o, NULL);
  PwLink *l4 = pw_plan_link (plan, a2, o, NULL);
  PwLink *l5 = pw_plan_link (plan, a3, o, NULL);
  g_autoptr(PwLink) item = NULL;

  pw_plan_remove_card (plan, a2);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_links (plan)), ==, 3);
  g_assert_cmpint (pw_card_get_lane_order (a3), ==, 1);
  g_assert_null (pw_plan_lookup_link (plan, "l2"));
  g_assert_null (pw_plan_lookup_link (plan, "l4"));

  g_assert_true (pw_plan_undo (plan));
  g_assert_true (pw_plan_lookup_card (plan, "c3") == a2);
  g_assert_true (pw_plan_lookup_link (plan, "l2") == l2);
  g_assert_true (pw_plan_lookup_link (plan, "l4") == l4);
  g_assert_cmpint (pw_card_get_lane_order (a1), ==, 0);
  g_assert_cmpint (pw_card_get_lane_order (a2), ==, 1);
  g_assert_cmpint (pw_card_get_lane_order (a3), ==, 2);
  item = g_list_model_get_item (pw_plan_get_cards (plan), 2);
  g_assert_true ((gpointer) item == (gpointer) a2);
  g_clear_object (&item);
  {
    PwLink *expected[] = { l1, l2, l3, l4, l5 };

    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        item = g_list_model_get_item (pw_plan_get_links (plan), i);
        g_assert_true (item == expected[i]);
        g_clear_object (&item);
      }
  }

  g_assert_true (pw_plan_redo (plan));
  g_assert_null (pw_plan_lookup_card (plan, "c3"));
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_links (plan)), ==, 3);
}

static void
test_detach_with_eval (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwCard *o = pw_plan_add_card (plan, PW_CARD_KIND_OUTCOME, "o", -1, 0, 0);
  PwIndicatorRef *first = pw_plan_attach_indicator (plan, o, "bonds-01", "first", 6, NULL);
  PwIndicatorRef *middle = pw_plan_attach_indicator (plan, o, "bridges-02", "middle", 7, NULL);
  PwIndicatorRef *last = pw_plan_attach_indicator (plan, o, NULL, "last", 8, NULL);
  g_autoptr(PwIndicatorRef) item = NULL;

  pw_plan_set_eval_field (plan, middle, PW_EVAL_FIELD_METHODS, "Questionnaire");
  pw_plan_suggest_eval_field (plan, middle, PW_EVAL_FIELD_DATA_SOURCE, "Community Life Survey");
  pw_plan_detach_indicator (plan, middle);
  g_assert_cmpuint (pw_card_get_n_indicators (o), ==, 2);
  g_assert_null (pw_indicator_ref_get_card (middle));

  g_assert_true (pw_plan_undo (plan));
  g_assert_cmpuint (pw_card_get_n_indicators (o), ==, 3);
  item = g_list_model_get_item (pw_card_get_indicators (o), 1);
  g_assert_true (item == middle);
  g_assert_true (pw_indicator_ref_get_card (middle) == o);
  g_assert_true (pw_plan_lookup_indicator (plan, "i2") == middle);
  g_assert_cmpstr (pw_indicator_ref_get_eval (middle, PW_EVAL_FIELD_METHODS), ==, "Questionnaire");
  g_assert_cmpstr (pw_indicator_ref_get_eval (middle, PW_EVAL_FIELD_DATA_SOURCE), ==,
                   "Community Life Survey");
  g_assert_true (pw_indicator_ref_is_suggested (middle, PW_EVAL_FIELD_DATA_SOURCE));

  /* Undo the suggestion: text and flag go back together. */
  g_assert_true (pw_plan_undo (plan));
  g_assert_cmpstr (pw_indicator_ref_get_eval (middle, PW_EVAL_FIELD_DATA_SOURCE), ==, "");
  g_assert_false (pw_indicator_ref_is_suggested (middle, PW_EVAL_FIELD_DATA_SOURCE));
  g_assert_true (pw_plan_redo (plan));
  g_assert_true (pw_indicator_ref_is_suggested (middle, PW_EVAL_FIELD_DATA_SOURCE));

  g_assert_true (pw_plan_redo (plan));
  g_assert_cmpuint (pw_card_get_n_indicators (o), ==, 2);
  g_clear_object (&item);
  item = g_list_model_get_item (pw_card_get_indicators (o), 1);
  g_assert_true (item == last);
  g_clear_object (&item);
  item = g_list_model_get_item (pw_card_get_indicators (o), 0);
  g_assert_true (item == first);
}

static void
test_move_undo_kind (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwCard *x = pw_plan_add_card (plan, PW_CARD_KIND_OUTPUT, "x", -1, 1, 1);
  PwCard *y = pw_plan_add_card (plan, PW_CARD_KIND_OUTPUT, "y", -1, 2, 2);
  PwCard *z = pw_plan_add_card (plan, PW_CARD_KIND_OUTCOME, "z", -1, 3, 3);
  g_autoptr(GError) error = NULL;

  g_assert_true (pw_plan_move_card (plan, x, PW_CARD_KIND_OUTCOME, 0, 9, 9, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pw_card_get_lane_order (z), ==, 1);
  g_assert_cmpint (pw_card_get_lane_order (y), ==, 0);

  g_assert_true (pw_plan_undo (plan));
  g_assert_cmpint (pw_card_get_kind (x), ==, PW_CARD_KIND_OUTPUT);
  g_assert_cmpint (pw_card_get_lane_order (x), ==, 0);
  g_assert_cmpint (pw_card_get_lane_order (y), ==, 1);
  g_assert_cmpint (pw_card_get_lane_order (z), ==, 0);
  g_assert_cmpfloat (pw_card_get_x (x), ==, 1);

  g_assert_true (pw_plan_redo (plan));
  g_assert_cmpint (pw_card_get_kind (x), ==, PW_CARD_KIND_OUTCOME);
  g_assert_cmpint (pw_card_get_lane_order (x), ==, 0);
  g_assert_cmpfloat (pw_card_get_y (x), ==, 9);
}

/* ---- Merging ----------------------------------------------------------- */

static void
test_merge_typing (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwCard *card = pw_plan_add_card (plan, PW_CARD_KIND_BARRIER, "", -1, 0, 0);
  PwCard *other = pw_plan_add_card (plan, PW_CARD_KIND_BARRIER, "", -1, 0, 0);
  static const char *typed[] = { "I", "Is", "Iso", "Isol", "Isolation" };

  pw_plan_seal_undo (plan);
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    pw_plan_set_card_text (plan, card, PW_CARD_FIELD_TITLE, typed[i]);
  g_assert_cmpstr (pw_plan_get_undo_label (plan), ==, "Edit title");

  /* Another field, then another card: new steps. */
  pw_plan_set_card_text (plan, card, PW_CARD_FIELD_EVIDENCE, "C");
  pw_plan_set_card_text (plan, card, PW_CARD_FIELD_EVIDENCE, "Census");
  pw_plan_set_card_text (plan, other, PW_CARD_FIELD_EVIDENCE, "Survey");

  g_assert_true (pw_plan_undo (plan));
  g_assert_cmpstr (pw_card_get_evidence (other), ==, "");
  g_assert_cmpstr (pw_card_get_evidence (card), ==, "Census");
  g_assert_true (pw_plan_undo (plan));
  g_assert_cmpstr (pw_card_get_evidence (card), ==, "");
  g_assert_cmpstr (pw_card_get_title (card), ==, "Isolation");
  g_assert_true (pw_plan_undo (plan));
  g_assert_cmpstr (pw_card_get_title (card), ==, "");
  g_assert_cmpstr (pw_plan_get_undo_label (plan), ==, "Add card");
  g_assert_true (pw_plan_redo (plan));
  g_assert_cmpstr (pw_card_get_title (card), ==, "Isolation");

  /* Sealing (focus-out) ends a run of typing. */
  pw_plan_set_card_text (plan, card, PW_CARD_FIELD_TITLE, "Isolation!");
  pw_plan_seal_undo (plan);
  pw_plan_set_card_text (plan, card, PW_CARD_FIELD_TITLE, "Isolation!!");
  g_assert_true (pw_plan_undo (plan));
  g_assert_cmpstr (pw_card_get_title (card), ==, "Isolation!");
}

/* After an undo, typing in the same field starts a new step instead of
 * rewriting the step below. */
static void
test_merge_not_after_undo (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwCard *card = pw_plan_add_card (plan, PW_CARD_KIND_BARRIER, "", -1, 0, 0);

  pw_plan_seal_undo (plan);
  pw_plan_set_card_text (plan, card, PW_CARD_FIELD_TITLE, "x");
  pw_plan_seal_undo (plan);
  pw_plan_set_card_text (plan, card, PW_CARD_FIELD_TITLE, "xy");
  g_assert_true (pw_plan_undo (plan));
  pw_plan_set_card_text (plan, card, PW_CARD_FIELD_TITLE, "xz");
  g_assert_true (pw_plan_undo (plan));
  g_assert_cmpstr (pw_card_get_title (card), ==, "x");
  g_assert_true (pw_plan_undo (plan));
  g_assert_cmpstr (pw_card_get_title (card), ==, "");
}

static void
test_merge_other_fields (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwCard *a = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "a", -1, 0, 0);
  PwCard *o = pw_plan_add_card (plan, PW_CARD_KIND_OUTCOME, "o", -1, 0, 0);
  PwLink *link = pw_plan_link (plan, a, o, NULL);
  PwIndicatorRef *ref = pw_plan_attach_indicator (plan, o, NULL, "custom", 3, NULL);
  PwStakeholder *s = pw_plan_add_stakeholder (plan, "", PW_STAKEHOLDER_KIND_OTHER, NULL);
  guint before;

  /* Count steps by undoing them all afterwards. */
  pw_plan_seal_undo (plan);
  pw_plan_set_text (plan, PW_PLAN_FIELD_TITLE, "P");
  pw_plan_set_text (plan, PW_PLAN_FIELD_TITLE, "Plan");
  pw_plan_set_link_text (plan, link, PW_LINK_FIELD_ASSUMPTION, "V");
  pw_plan_set_link_text (plan, link, PW_LINK_FIELD_ASSUMPTION, "Volunteers");
  pw_plan_set_eval_field (plan, ref, PW_EVAL_FIELD_SAMPLE, "5");
  pw_plan_set_eval_field (plan, ref, PW_EVAL_FIELD_SAMPLE, "50");
  pw_plan_set_indicator_text (plan, ref, "custom 1");
  pw_plan_set_indicator_text (plan, ref, "custom 12");
  pw_plan_set_stakeholder_text (plan, s, PW_STAKEHOLDER_FIELD_ROLE, "H");
  pw_plan_set_stakeholder_text (plan, s, PW_STAKEHOLDER_FIELD_ROLE, "Host");
  pw_plan_set_card_domains (plan, o, PW_CARD_DOMAIN_BIT (1));
  pw_plan_set_card_domains (plan, o, PW_CARD_DOMAIN_BIT (1) | PW_CARD_DOMAIN_BIT (2));

  before = 0;
  while (pw_plan_can_undo (plan) && g_strcmp0 (pw_plan_get_undo_label (plan), "Add stakeholder") != 0)
    {
      pw_plan_undo (plan);
      before++;
    }
  g_assert_cmpuint (before, ==, 6);
  g_assert_cmpstr (pw_plan_get_title (plan), ==, "");
  g_assert_cmpstr (pw_link_get_assumption (link), ==, "");
  g_assert_cmpstr (pw_indicator_ref_get_eval (ref, PW_EVAL_FIELD_SAMPLE), ==, "");
  g_assert_cmpstr (pw_indicator_ref_get_text (ref), ==, "custom");
  g_assert_cmpstr (pw_stakeholder_get_role (s), ==, "");
  g_assert_cmpuint (pw_card_get_domains (o), ==, 0);
}

static void
test_merge_drag (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwCard *card = pw_plan_add_card (plan, PW_CARD_KIND_OUTPUT, "o", -1, 100, 100);
  PwCard *other = pw_plan_add_card (plan, PW_CARD_KIND_OUTPUT, "p", -1, 300, 100);
  guint changed = 0;

  g_signal_connect (plan, "changed", G_CALLBACK (count_signal), &changed);
  for (guint i = 1; i <= 20; i++)
    pw_plan_set_card_position (plan, card, 100 + 5 * i, 100 + i);
  g_assert_cmpuint (changed, ==, 20);   /* every motion is seen… */
  pw_plan_seal_undo (plan);             /* drag end */
  g_assert_cmpstr (pw_plan_get_undo_label (plan), ==, "Move card");

  for (guint i = 1; i <= 5; i++)
    pw_plan_set_card_position (plan, card, 200, 100 + i);
  pw_plan_set_card_position (plan, other, 0, 0);

  g_assert_true (pw_plan_undo (plan));   /* …but each drag is one step */
  g_assert_cmpfloat (pw_card_get_x (other), ==, 300);
  g_assert_true (pw_plan_undo (plan));
  g_assert_cmpfloat (pw_card_get_x (card), ==, 200);
  g_assert_cmpfloat (pw_card_get_y (card), ==, 120);
  g_assert_true (pw_plan_undo (plan));
  g_assert_cmpfloat (pw_card_get_x (card), ==, 100);
  g_assert_cmpfloat (pw_card_get_y (card), ==, 100);
  g_assert_cmpstr (pw_plan_get_undo_label (plan), ==, "Add card");
  g_assert_true (pw_plan_redo (plan));
  g_assert_cmpfloat (pw_card_get_x (card), ==, 200);
}

static void
test_merge_drag_across_lanes (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwCard *card = pw_plan_add_card (plan, PW_CARD_KIND_OUTPUT, "o", -1, 0, 0);

  pw_plan_add_card (plan, PW_CARD_KIND_OUTCOME, "p", -1, 0, 0);
  pw_plan_seal_undo (plan);
  g_assert_true (pw_plan_move_card (plan, card, PW_CARD_KIND_OUTCOME, 0, 50, 0, NULL));
  g_assert_true (pw_plan_move_card (plan, card, PW_CARD_KIND_GOAL, 0, 90, 0, NULL));
  g_assert_true (pw_plan_move_card (plan, card, PW_CARD_KIND_OUTCOME, -1, 60, 0, NULL));
  assert_lanes_tidy (plan);
  g_assert_true (pw_plan_undo (plan));
  g_assert_cmpint (pw_card_get_kind (card), ==, PW_CARD_KIND_OUTPUT);
  g_assert_cmpint (pw_card_get_lane_order (card), ==, 0);
  assert_lanes_tidy (plan);
  g_assert_cmpstr (pw_plan_get_undo_label (plan), ==, "Add card");
}

/* ---- Groups ------------------------------------------------------------ */

static void
test_group (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwCard *a = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "a", -1, 0, 0);
  PwCard *b, *c;
  guint can_undo_notified = 0;

  /* Typing just before a group does not merge into it. */
  pw_plan_set_card_text (plan, a, PW_CARD_FIELD_TITLE, "ab");
  pw_plan_begin_group (plan, "Paste");
  g_assert_false (pw_plan_can_undo (plan));
  g_assert_true (pw_plan_get_unsaved (plan));
  pw_plan_set_card_text (plan, a, PW_CARD_FIELD_TITLE, "abc");
  b = pw_plan_add_card (plan, PW_CARD_KIND_OUTPUT, "b", -1, 0, 0);
  pw_plan_begin_group (plan, "Inner label is not shown");
  c = pw_plan_add_card (plan, PW_CARD_KIND_OUTPUT, "c", -1, 0, 0);
  pw_plan_link (plan, a, c, NULL);
  pw_plan_end_group (plan);
  g_assert_false (pw_plan_can_undo (plan));
  pw_plan_link (plan, a, b, NULL);
  pw_plan_end_group (plan);

  g_assert_cmpstr (pw_plan_get_undo_label (plan), ==, "Paste");
  g_signal_connect (plan, "notify::can-undo", G_CALLBACK (count_notify), &can_undo_notified);
  g_assert_true (pw_plan_undo (plan));
  g_assert_cmpstr (pw_card_get_title (a), ==, "ab");
  g_assert_null (pw_plan_lookup_card (plan, pw_card_get_id (b)));
  g_assert_null (pw_plan_lookup_card (plan, pw_card_get_id (c)));
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_links (plan)), ==, 0);
  g_assert_cmpstr (pw_plan_get_undo_label (plan), ==, "Edit title");
  g_assert_cmpstr (pw_plan_get_redo_label (plan), ==, "Paste");

  g_assert_true (pw_plan_redo (plan));
  g_assert_cmpstr (pw_card_get_title (a), ==, "abc");
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_links (plan)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_cards (plan)), ==, 3);
  g_assert_cmpuint (can_undo_notified, ==, 0);

  /* A group is never merged into by later typing. */
  pw_plan_set_card_text (plan, a, PW_CARD_FIELD_TITLE, "abcd");
  g_assert_cmpstr (pw_plan_get_undo_label (plan), ==, "Edit title");
  g_assert_true (pw_plan_undo (plan));
  g_assert_cmpstr (pw_plan_get_undo_label (plan), ==, "Paste");

  /* An empty group records nothing. */
  pw_plan_begin_group (plan, "Empty");
  pw_plan_end_group (plan);
  g_assert_cmpstr (pw_plan_get_undo_label (plan), ==, "Paste");
  g_assert_true (pw_plan_can_redo (plan));
}

static void
test_group_delete_several (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwCard *a = pw_plan_add_card (plan, PW_CARD_KIND_ACTIVITY, "a", -1, 0, 0);
  PwCard *b = pw_plan_add_card (plan, PW_CARD_KIND_OUTPUT, "b", -1, 0, 0);
  PwCard *c = pw_plan_add_card (plan, PW_CARD_KIND_OUTCOME, "c", -1, 0, 0);
  PwLink *ab = pw_plan_link (plan, a, b, NULL);
  g_autoptr(PwPlan) before = NULL;

  pw_plan_link (plan, b, c, NULL);
  before = snapshot (plan);

  /* The selection holds both a card and one of its links. */
  pw_plan_begin_group (plan, "Delete");
  pw_plan_remove_card (plan, b);
  pw_plan_unlink (plan, ab);   /* already gone with its card: ignored */
  pw_plan_remove_card (plan, c);
  pw_plan_end_group (plan);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_cards (plan)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (pw_plan_get_links (plan)), ==, 0);

  g_assert_true (pw_plan_undo (plan));
  assert_state (plan, before);
}

/* ---- The saved state --------------------------------------------------- */

static void
test_unsaved (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwCard *card;
  guint notified = 0;

  g_signal_connect (plan, "notify::unsaved", G_CALLBACK (count_notify), &notified);
  g_assert_false (pw_plan_get_unsaved (plan));
  card = pw_plan_add_card (plan, PW_CARD_KIND_GOAL, "g", -1, 0, 0);
  g_assert_true (pw_plan_get_unsaved (plan));
  g_assert_true (pw_plan_undo (plan));
  g_assert_false (pw_plan_get_unsaved (plan));   /* back to the (empty) saved state */
  g_assert_true (pw_plan_redo (plan));
  g_assert_true (pw_plan_get_unsaved (plan));
  g_assert_cmpuint (notified, ==, 3);

  /* Save with two steps done. */
  pw_plan_set_card_text (plan, card, PW_CARD_FIELD_TITLE, "goal");
  pw_plan_mark_saved (plan);
  g_assert_false (pw_plan_get_unsaved (plan));

  /* Typing after saving is a new step (saving seals). */
  pw_plan_set_card_text (plan, card, PW_CARD_FIELD_TITLE, "goal!");
  g_assert_true (pw_plan_get_unsaved (plan));
  g_assert_true (pw_plan_undo (plan));
  g_assert_cmpstr (pw_card_get_title (card), ==, "goal");
  g_assert_false (pw_plan_get_unsaved (plan));

  /* Undo past the saved state, then redo up to it and past it. */
  g_assert_true (pw_plan_undo (plan));
  g_assert_true (pw_plan_get_unsaved (plan));
  g_assert_true (pw_plan_redo (plan));
  g_assert_false (pw_plan_get_unsaved (plan));
  g_assert_true (pw_plan_redo (plan));
  g_assert_true (pw_plan_get_unsaved (plan));
  g_assert_true (pw_plan_undo (plan));
  g_assert_false (pw_plan_get_unsaved (plan));

  /* Undo before the save, then a new edit: the saved state is out of reach. */
  g_assert_true (pw_plan_undo (plan));
  pw_plan_set_card_text (plan, card, PW_CARD_FIELD_DESCRIPTION, "other");
  g_assert_true (pw_plan_get_unsaved (plan));
  g_assert_true (pw_plan_undo (plan));
  g_assert_true (pw_plan_get_unsaved (plan));   /* title is "g", not the saved "goal" */
  g_assert_true (pw_plan_can_redo (plan));

  /* Clearing the history keeps the flag; saving resets it. */
  pw_plan_clear_undo (plan);
  g_assert_false (pw_plan_can_undo (plan));
  g_assert_false (pw_plan_can_redo (plan));
  g_assert_true (pw_plan_get_unsaved (plan));
  pw_plan_mark_saved (plan);
  g_assert_false (pw_plan_get_unsaved (plan));
  pw_plan_clear_undo (plan);
  g_assert_false (pw_plan_get_unsaved (plan));
}

static void
test_mark_unsaved (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();

  g_assert_false (pw_plan_get_unsaved (plan));
  pw_plan_add_card (plan, PW_CARD_KIND_GOAL, "Goal", -1, 0, 0);
  pw_plan_mark_saved (plan);
  g_assert_false (pw_plan_get_unsaved (plan));

  pw_plan_mark_unsaved (plan);
  g_assert_true (pw_plan_get_unsaved (plan));
  /* no state reachable by undo or redo is the saved one any more */
  g_assert_true (pw_plan_undo (plan));
  g_assert_true (pw_plan_get_unsaved (plan));
  g_assert_true (pw_plan_redo (plan));
  g_assert_true (pw_plan_get_unsaved (plan));
  /* and forgetting the history keeps it unsaved, with nothing to undo */
  pw_plan_clear_undo (plan);
  g_assert_true (pw_plan_get_unsaved (plan));
  g_assert_false (pw_plan_can_undo (plan));
  pw_plan_mark_saved (plan);
  g_assert_false (pw_plan_get_unsaved (plan));
}

static void
test_unsaved_merge_after_undo (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwCard *card = pw_plan_add_card (plan, PW_CARD_KIND_GOAL, "", -1, 0, 0);

  pw_plan_set_card_text (plan, card, PW_CARD_FIELD_TITLE, "a");
  pw_plan_mark_saved (plan);
  g_assert_true (pw_plan_undo (plan));
  g_assert_true (pw_plan_redo (plan));
  g_assert_false (pw_plan_get_unsaved (plan));
  /* Redo sealed the step: more typing does not silently alter the saved step. */
  pw_plan_set_card_text (plan, card, PW_CARD_FIELD_TITLE, "ab");
  g_assert_true (pw_plan_get_unsaved (plan));
  g_assert_true (pw_plan_undo (plan));
  g_assert_false (pw_plan_get_unsaved (plan));
}

static void
test_redo_cleared (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwCard *card = pw_plan_add_card (plan, PW_CARD_KIND_BARRIER, "x", -1, 0, 0);
  guint can_redo = 0;

  g_signal_connect (plan, "notify::can-redo", G_CALLBACK (count_notify), &can_redo);
  pw_plan_set_card_domains (plan, card, PW_CARD_DOMAIN_BIT (3));
  g_assert_true (pw_plan_undo (plan));
  g_assert_true (pw_plan_can_redo (plan));
  g_assert_cmpstr (pw_plan_get_redo_label (plan), ==, "Edit domains");

  pw_plan_set_card_text (plan, card, PW_CARD_FIELD_TITLE, "y");
  g_assert_false (pw_plan_can_redo (plan));
  g_assert_null (pw_plan_get_redo_label (plan));
  g_assert_false (pw_plan_redo (plan));
  g_assert_cmpuint (pw_card_get_domains (card), ==, 0);
  g_assert_cmpuint (can_redo, ==, 2);

  /* A refused command does not clear the redo stack. */
  g_assert_true (pw_plan_undo (plan));
  g_assert_null (pw_plan_link (plan, card, card, NULL));
  g_assert_true (pw_plan_can_redo (plan));
}

static void
test_ids_not_reused (void)
{
  g_autoptr(PwPlan) plan = pw_plan_new ();
  PwCard *card = pw_plan_add_card (plan, PW_CARD_KIND_BARRIER, "x", -1, 0, 0);

  g_assert_cmpstr (pw_card_get_id (card), ==, "c1");
  g_assert_true (pw_plan_undo (plan));
  card = pw_plan_add_card (plan, PW_CARD_KIND_BARRIER, "y", -1, 0, 0);
  g_assert_cmpstr (pw_card_get_id (card), ==, "c2");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/undo/every-command", test_every_command);
  g_test_add_func ("/undo/every-command-changes", test_every_command_changes);
  g_test_add_func ("/undo/remove-card-with-links", test_remove_card_with_links);
  g_test_add_func ("/undo/detach-with-eval", test_detach_with_eval);
  g_test_add_func ("/undo/move-kind", test_move_undo_kind);
  g_test_add_func ("/undo/merge/typing", test_merge_typing);
  g_test_add_func ("/undo/merge/not-after-undo", test_merge_not_after_undo);
  g_test_add_func ("/undo/merge/other-fields", test_merge_other_fields);
  g_test_add_func ("/undo/merge/drag", test_merge_drag);
  g_test_add_func ("/undo/merge/drag-across-lanes", test_merge_drag_across_lanes);
  g_test_add_func ("/undo/group", test_group);
  g_test_add_func ("/undo/group/delete-several", test_group_delete_several);
  g_test_add_func ("/undo/unsaved", test_unsaved);
  g_test_add_func ("/undo/mark-unsaved", test_mark_unsaved);
  g_test_add_func ("/undo/unsaved/merge-after-redo", test_unsaved_merge_after_undo);
  g_test_add_func ("/undo/redo-cleared", test_redo_cleared);
  g_test_add_func ("/undo/ids-not-reused", test_ids_not_reused);

  return g_test_run ();
}
