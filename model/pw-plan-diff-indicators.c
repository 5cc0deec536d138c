/* pw-plan-diff-indicators.c — plan diff: indicators, their evaluation fields, stakeholders
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-diff"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pw-plan-diff-private.h"

/* ---- Indicators ---------------------------------------------------------- */

typedef void (*IndicatorFunc) (Diff *diff, PwCard *card, PwIndicatorRef *ref);

static void
foreach_indicator (Diff          *diff,
                   PwPlan        *plan,
                   IndicatorFunc  func)
{
  GListModel *cards = pw_plan_get_cards (plan);

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(PwCard) card = g_list_model_get_item (cards, i);
      GListModel *refs = pw_card_get_indicators (card);

      for (guint j = 0; j < g_list_model_get_n_items (refs); j++)
        {
          g_autoptr(PwIndicatorRef) ref = g_list_model_get_item (refs, j);
          func (diff, card, ref);
        }
    }
}

static void
diff_removed_indicator (Diff           *diff,
                        PwCard         *card,
                        PwIndicatorRef *ref)
{
  g_autofree char *name = NULL;
  g_autofree char *outcome = NULL;

  if (pw_plan_lookup_indicator (diff->new, pw_indicator_ref_get_id (ref)) != NULL)
    return;
  name = pw_diff_indicator_name (ref);
  outcome = pw_diff_card_name (card);
  pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_INDICATORS, PW_PLAN_CHANGE_REMOVED, pw_indicator_ref_get_id (ref),
              _("Detached the indicator ‘%s’ from the outcome ‘%s’."), name, outcome);
}

static void
diff_indicator (Diff           *diff,
                PwCard         *card,
                PwIndicatorRef *ref)
{
  PwIndicatorRef *twin = pw_plan_lookup_indicator (diff->old, pw_indicator_ref_get_id (ref));
  const char *id = pw_indicator_ref_get_id (ref);
  g_autofree char *name = pw_diff_indicator_name (ref);
  g_autofree char *outcome = pw_diff_card_name (card);
  PwCard *old_card;

  if (twin == NULL)
    {
      pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_INDICATORS, PW_PLAN_CHANGE_ADDED, id,
                  _("Attached the indicator ‘%s’ to the outcome ‘%s’."), name, outcome);
      return;
    }
  old_card = pw_indicator_ref_get_card (twin);
  if (old_card != NULL && !g_str_equal (pw_card_get_id (old_card), pw_card_get_id (card)))
    {
      g_autofree char *old_outcome = pw_diff_card_name (old_card);

      pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_INDICATORS, PW_PLAN_CHANGE_CHANGED, id,
                  _("Moved the indicator ‘%s’ from the outcome ‘%s’ to the outcome ‘%s’."),
                  name, old_outcome, outcome);
    }
  if (pw_diff_text_differs (pw_indicator_ref_get_text (twin), pw_indicator_ref_get_text (ref)))
    {
      g_autofree char *old_name = pw_diff_indicator_name (twin);

      pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_INDICATORS, PW_PLAN_CHANGE_CHANGED, id,
                  _("Changed the indicator ‘%s’ to ‘%s’ (outcome ‘%s’)."), old_name, name, outcome);
    }
  if (pw_indicator_ref_get_domain (twin) != pw_indicator_ref_get_domain (ref))
    pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_INDICATORS, PW_PLAN_CHANGE_CHANGED, id,
                _("Changed the domain of the indicator ‘%s’ (outcome ‘%s’) from ‘%s’ to ‘%s’."),
                name, outcome, pw_diff_domain_name (diff, pw_indicator_ref_get_domain (twin)),
                pw_diff_domain_name (diff, pw_indicator_ref_get_domain (ref)));
}

void
pw_diff_indicators (Diff *diff)
{
  foreach_indicator (diff, diff->old, diff_removed_indicator);
  foreach_indicator (diff, diff->new, diff_indicator);
}

static const FieldSentences integration_sentences = {
  N_("Set the Theory of Change for Integration outcome of ‘%s’ to ‘%s’."),
  N_("Changed the Theory of Change for Integration outcome of ‘%s’ from ‘%s’ to ‘%s’."),
  N_("Cleared the Theory of Change for Integration outcome of ‘%s’ (it was ‘%s’)."),
};

/* ---- Evaluation plan ----------------------------------------------------- */

/* The Annex 1 fields as nouns inside sentences ("Changed the sample for…"). */
static const char * const eval_nouns[PW_N_EVAL_FIELDS] = {
  NC_("evaluation field", "data source and frequency"),
  NC_("evaluation field", "information you already have"),
  NC_("evaluation field", "additional information you need"),
  NC_("evaluation field", "data collection methods"),
  NC_("evaluation field", "sample"),
  NC_("evaluation field", "responsibility"),
  NC_("evaluation field", "data collection and analysis process"),
  NC_("evaluation field", "timeline"),
  NC_("evaluation field", "baseline"),
  NC_("evaluation field", "follow-up"),
};

static void
diff_eval_field (Diff           *diff,
                 PwIndicatorRef *twin,
                 PwIndicatorRef *ref,
                 PwEvalField     field,
                 const char     *name,
                 const char     *outcome)
{
  const char *noun = g_dpgettext2 (GETTEXT_PACKAGE, "evaluation field", eval_nouns[field]);
  const char *a = twin != NULL ? pw_indicator_ref_get_eval (twin, field) : "";
  const char *b = pw_indicator_ref_get_eval (ref, field);
  gboolean was_suggested = twin != NULL && pw_indicator_ref_is_suggested (twin, field);
  gboolean is_suggested = pw_indicator_ref_is_suggested (ref, field);
  const char *id = pw_indicator_ref_get_id (ref);
  g_autofree char *short_a = pw_diff_shorten (a, TEXT_CHARS);
  g_autofree char *short_b = pw_diff_shorten (b, TEXT_CHARS);

  if (!pw_diff_text_differs (a, b))
    {
      if (*b != '\0' && was_suggested && !is_suggested)
        pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_EVALUATION, PW_PLAN_CHANGE_CHANGED, id,
                    _("Accepted the suggested %s for ‘%s’ (outcome ‘%s’): ‘%s’."),
                    noun, name, outcome, short_b);
      return;
    }
  if (*a == '\0' && is_suggested)
    pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_EVALUATION, PW_PLAN_CHANGE_CHANGED, id,
                _("Suggested the %s for ‘%s’ (outcome ‘%s’), not yet accepted: ‘%s’."),
                noun, name, outcome, short_b);
  else if (*a == '\0')
    pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_EVALUATION, PW_PLAN_CHANGE_CHANGED, id,
                _("Filled in the %s for ‘%s’ (outcome ‘%s’): ‘%s’."), noun, name, outcome, short_b);
  else if (*b == '\0')
    pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_EVALUATION, PW_PLAN_CHANGE_CHANGED, id,
                _("Cleared the %s for ‘%s’ (outcome ‘%s’); it was ‘%s’."), noun, name, outcome, short_a);
  else
    pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_EVALUATION, PW_PLAN_CHANGE_CHANGED, id,
                _("Changed the %s for ‘%s’ (outcome ‘%s’): from ‘%s’ to ‘%s’."),
                noun, name, outcome, short_a, short_b);
}

static void
diff_evaluation_of (Diff           *diff,
                    PwCard         *card,
                    PwIndicatorRef *ref)
{
  PwIndicatorRef *twin = pw_plan_lookup_indicator (diff->old, pw_indicator_ref_get_id (ref));
  g_autofree char *name = pw_diff_indicator_name (ref);
  g_autofree char *outcome = pw_diff_card_name (card);

  for (guint field = 0; field < PW_N_EVAL_FIELDS; field++)
    diff_eval_field (diff, twin, ref, field, name, outcome);
}

void
pw_diff_evaluation (Diff *diff)
{
  GListModel *cards = pw_plan_get_cards (diff->new);

  /* The outcome's own Annex 1 row first, then its indicators' rows. */
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(PwCard) card = g_list_model_get_item (cards, i);
      PwCard *twin = pw_plan_lookup_card (diff->old, pw_card_get_id (card));
      GListModel *refs = pw_card_get_indicators (card);
      g_autofree char *name = pw_diff_card_name (card);

      pw_diff_named_text (diff, PW_PLAN_CHANGE_SECTION_EVALUATION, pw_card_get_id (card), name,
                       &integration_sentences,
                       twin != NULL ? pw_card_get_integration_outcome (twin) : "",
                       pw_card_get_integration_outcome (card));
      for (guint j = 0; j < g_list_model_get_n_items (refs); j++)
        {
          g_autoptr(PwIndicatorRef) ref = g_list_model_get_item (refs, j);
          diff_evaluation_of (diff, card, ref);
        }
    }
}

/* ---- Stakeholders -------------------------------------------------------- */

static const FieldSentences role_sentences = {
  N_("Gave the stakeholder ‘%s’ the role ‘%s’."),
  N_("Changed the role of the stakeholder ‘%s’ from ‘%s’ to ‘%s’."),
  N_("Cleared the role of the stakeholder ‘%s’ (it was ‘%s’)."),
};

static char *
stakeholder_name (PwStakeholder *stakeholder)
{
  const char *name = pw_stakeholder_get_name (stakeholder);

  return pw_diff_shorten (*name ? name : _("Unnamed stakeholder"), NAME_CHARS);
}

static void
diff_stakeholder (Diff          *diff,
                  PwStakeholder *a,
                  PwStakeholder *b)
{
  const char *id = pw_stakeholder_get_id (b);
  g_autofree char *old_name = stakeholder_name (a);
  g_autofree char *name = stakeholder_name (b);

  if (pw_diff_text_differs (pw_stakeholder_get_name (a), pw_stakeholder_get_name (b)))
    pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_STAKEHOLDERS, PW_PLAN_CHANGE_CHANGED, id,
                _("Renamed the stakeholder ‘%s’ to ‘%s’."), old_name, name);
  if (pw_stakeholder_get_kind (a) != pw_stakeholder_get_kind (b))
    pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_STAKEHOLDERS, PW_PLAN_CHANGE_CHANGED, id,
                _("Changed the stakeholder ‘%s’ from %s to %s."), name,
                pw_stakeholder_kind_get_display_name (pw_stakeholder_get_kind (a)),
                pw_stakeholder_kind_get_display_name (pw_stakeholder_get_kind (b)));
  pw_diff_named_text (diff, PW_PLAN_CHANGE_SECTION_STAKEHOLDERS, id, name, &role_sentences,
                   pw_stakeholder_get_role (a), pw_stakeholder_get_role (b));
}

void
pw_diff_stakeholders (Diff *diff)
{
  GListModel *old_list = pw_plan_get_stakeholders (diff->old);
  GListModel *new_list = pw_plan_get_stakeholders (diff->new);

  for (guint i = 0; i < g_list_model_get_n_items (old_list); i++)
    {
      g_autoptr(PwStakeholder) s = g_list_model_get_item (old_list, i);
      g_autofree char *name = stakeholder_name (s);

      if (pw_plan_lookup_stakeholder (diff->new, pw_stakeholder_get_id (s)) == NULL)
        pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_STAKEHOLDERS, PW_PLAN_CHANGE_REMOVED,
                    pw_stakeholder_get_id (s), _("Removed the stakeholder ‘%s’."), name);
    }
  for (guint i = 0; i < g_list_model_get_n_items (new_list); i++)
    {
      g_autoptr(PwStakeholder) s = g_list_model_get_item (new_list, i);
      PwStakeholder *twin = pw_plan_lookup_stakeholder (diff->old, pw_stakeholder_get_id (s));
      g_autofree char *name = stakeholder_name (s);

      if (twin == NULL)
        pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_STAKEHOLDERS, PW_PLAN_CHANGE_ADDED,
                    pw_stakeholder_get_id (s), _("Added the stakeholder ‘%s’ (%s)."), name,
                    pw_stakeholder_kind_get_display_name (pw_stakeholder_get_kind (s)));
      else
        diff_stakeholder (diff, twin, s);
    }
}
