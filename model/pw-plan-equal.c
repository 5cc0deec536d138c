/* pw-plan-equal.c — deep comparison of two plans, for round-trip tests
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-plan"

#include <math.h>

#include "pw-plan.h"

/* Canvas positions survive a text round trip to well under a hundredth of a pixel. */
#define POSITION_EPSILON 0.01

typedef gboolean (*EqualFunc) (gpointer a, gpointer b);

static gboolean
lists_equal (GListModel *a, GListModel *b, EqualFunc equal)
{
  guint n = g_list_model_get_n_items (a);

  if (n != g_list_model_get_n_items (b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item_a = g_list_model_get_item (a, i);
      g_autoptr(GObject) item_b = g_list_model_get_item (b, i);

      if (!equal (item_a, item_b))
        return FALSE;
    }
  return TRUE;
}

static gboolean
indicators_equal (gpointer a, gpointer b)
{
  PwIndicatorRef *x = a, *y = b;

  if (g_strcmp0 (pw_indicator_ref_get_id (x), pw_indicator_ref_get_id (y)) != 0 ||
      g_strcmp0 (pw_indicator_ref_get_bank_id (x), pw_indicator_ref_get_bank_id (y)) != 0 ||
      g_strcmp0 (pw_indicator_ref_get_text (x), pw_indicator_ref_get_text (y)) != 0 ||
      pw_indicator_ref_get_domain (x) != pw_indicator_ref_get_domain (y) ||
      pw_indicator_ref_get_suggested (x) != pw_indicator_ref_get_suggested (y))
    return FALSE;
  for (guint f = 0; f < PW_N_EVAL_FIELDS; f++)
    if (g_strcmp0 (pw_indicator_ref_get_eval (x, f), pw_indicator_ref_get_eval (y, f)) != 0)
      return FALSE;
  return TRUE;
}

static gboolean
cards_equal (gpointer a, gpointer b)
{
  PwCard *x = a, *y = b;

  if (g_strcmp0 (pw_card_get_id (x), pw_card_get_id (y)) != 0 ||
      pw_card_get_kind (x) != pw_card_get_kind (y) ||
      pw_card_get_domains (x) != pw_card_get_domains (y) ||
      pw_card_get_lane_order (x) != pw_card_get_lane_order (y) ||
      fabs (pw_card_get_x (x) - pw_card_get_x (y)) > POSITION_EPSILON ||
      fabs (pw_card_get_y (x) - pw_card_get_y (y)) > POSITION_EPSILON)
    return FALSE;
  for (guint f = 0; f < PW_N_CARD_FIELDS; f++)
    if (g_strcmp0 (pw_card_get_text (x, f), pw_card_get_text (y, f)) != 0)
      return FALSE;
  return lists_equal (pw_card_get_indicators (x), pw_card_get_indicators (y), indicators_equal);
}

static gboolean
links_equal (gpointer a, gpointer b)
{
  PwLink *x = a, *y = b;

  return g_strcmp0 (pw_link_get_id (x), pw_link_get_id (y)) == 0 &&
         g_strcmp0 (pw_link_get_source_id (x), pw_link_get_source_id (y)) == 0 &&
         g_strcmp0 (pw_link_get_target_id (x), pw_link_get_target_id (y)) == 0 &&
         g_strcmp0 (pw_link_get_assumption (x), pw_link_get_assumption (y)) == 0 &&
         g_strcmp0 (pw_link_get_evidence (x), pw_link_get_evidence (y)) == 0;
}

static gboolean
stakeholders_equal (gpointer a, gpointer b)
{
  PwStakeholder *x = a, *y = b;

  return g_strcmp0 (pw_stakeholder_get_id (x), pw_stakeholder_get_id (y)) == 0 &&
         g_strcmp0 (pw_stakeholder_get_name (x), pw_stakeholder_get_name (y)) == 0 &&
         pw_stakeholder_get_kind (x) == pw_stakeholder_get_kind (y) &&
         g_strcmp0 (pw_stakeholder_get_role (x), pw_stakeholder_get_role (y)) == 0;
}

static gboolean
metadata_equal (PwPlan *a, PwPlan *b)
{
  for (guint f = 0; f < PW_N_PLAN_FIELDS; f++)
    if (g_strcmp0 (pw_plan_get_text (a, f), pw_plan_get_text (b, f)) != 0)
      return FALSE;
  return pw_plan_get_target_groups (a) == pw_plan_get_target_groups (b) &&
         g_date_time_equal (pw_plan_get_created (a), pw_plan_get_created (b)) &&
         g_date_time_equal (pw_plan_get_modified (a), pw_plan_get_modified (b));
}

/**
 * pw_plan_equal:
 * @a: a plan
 * @b: another plan
 *
 * Compares everything a file keeps: metadata, dates (to the second), target
 * groups, cards in list order with all their fields and indicators (with
 * evaluation fields and suggested flags), links and stakeholders in list
 * order. Canvas positions are compared to 0.01. The undo history and the
 * saved state are not compared.
 *
 * Returns: %TRUE if the two plans hold the same content
 */
gboolean
pw_plan_equal (PwPlan *a,
               PwPlan *b)
{
  g_return_val_if_fail (PW_IS_PLAN (a), FALSE);
  g_return_val_if_fail (PW_IS_PLAN (b), FALSE);

  if (a == b)
    return TRUE;
  return metadata_equal (a, b) &&
         lists_equal (pw_plan_get_cards (a), pw_plan_get_cards (b), cards_equal) &&
         lists_equal (pw_plan_get_links (a), pw_plan_get_links (b), links_equal) &&
         lists_equal (pw_plan_get_stakeholders (a), pw_plan_get_stakeholders (b), stakeholders_equal);
}
