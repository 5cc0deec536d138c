/* pw-plan-diff.c — what changed between two versions of a plan, in plain words
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-diff"

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "pw-model.h"
#include "pw-plan-cli.h"
#include "pw-plan-diff-private.h"
#include "pw-plan-xml.h"

/* ---- PwPlanChange -------------------------------------------------------- */

G_DEFINE_BOXED_TYPE (PwPlanChange, pw_plan_change, pw_plan_change_copy, pw_plan_change_free)

PwPlanChange *
pw_plan_change_copy (const PwPlanChange *change)
{
  PwPlanChange *copy;

  g_return_val_if_fail (change != NULL, NULL);

  copy = g_new0 (PwPlanChange, 1);
  copy->section = change->section;
  copy->kind = change->kind;
  copy->object_id = g_strdup (change->object_id);
  copy->sentence = g_strdup (change->sentence);
  return copy;
}

void
pw_plan_change_free (PwPlanChange *change)
{
  if (change == NULL)
    return;
  g_free (change->object_id);
  g_free (change->sentence);
  g_free (change);
}

static const char * const section_names[PW_N_PLAN_CHANGE_SECTIONS] = {
  N_("Plan details"), N_("Cards"), N_("Links"), N_("Indicators"),
  N_("Evaluation plan"), N_("Stakeholders"),
};

/**
 * pw_plan_change_section_get_name:
 * @section: a section of the report
 *
 * Returns: its translated heading, e.g. "Evaluation plan"
 */
const char *
pw_plan_change_section_get_name (PwPlanChangeSection section)
{
  g_return_val_if_fail ((guint) section < PW_N_PLAN_CHANGE_SECTIONS, NULL);
  return _(section_names[section]);
}

/* ---- Helpers ------------------------------------------------------------- */

void
pw_diff_add (Diff                *diff,
            PwPlanChangeSection  section,
            PwPlanChangeKind     kind,
            const char          *object_id,
            const char          *format,
            ...)
{
  PwPlanChange *change = g_new0 (PwPlanChange, 1);
  va_list args;

  va_start (args, format);
  change->sentence = g_strdup_vprintf (format, args);
  va_end (args);
  change->section = section;
  change->kind = kind;
  change->object_id = g_strdup (object_id);
  g_ptr_array_add (diff->changes, change);
}

/* @text on one line (runs of white space become one space), cut after
 * @max_chars characters at a word boundary with "…". */
char *
pw_diff_shorten (const char *text,
         guint       max_chars)
{
  g_autoptr(GString) flat = g_string_new (NULL);
  const char *end;
  const char *space = NULL;
  glong n_chars;

  for (const char *p = text; *p != '\0'; p++)
    {
      gboolean blank = g_ascii_isspace (*p);

      if (blank && (flat->len == 0 || flat->str[flat->len - 1] == ' '))
        continue;
      g_string_append_c (flat, blank ? ' ' : *p);
    }
  if (flat->len > 0 && flat->str[flat->len - 1] == ' ')
    g_string_truncate (flat, flat->len - 1);

  n_chars = g_utf8_strlen (flat->str, -1);
  if (n_chars <= (glong) max_chars)
    return g_string_free (g_steal_pointer (&flat), FALSE);

  end = g_utf8_offset_to_pointer (flat->str, max_chars);
  for (const char *p = flat->str; p < end; p++)
    if (*p == ' ')
      space = p;
  /* Cut at the last space unless that would lose most of a long word. */
  if (space != NULL && g_utf8_strlen (space, end - space) < 20)
    end = space;
  g_string_truncate (flat, end - flat->str);
  while (flat->len > 0 && strchr (" ,;:.", flat->str[flat->len - 1]) != NULL)
    g_string_truncate (flat, flat->len - 1);
  g_string_append (flat, "…");
  return g_string_free (g_steal_pointer (&flat), FALSE);
}

char *
pw_diff_card_name (PwCard *card)
{
  g_autofree char *title = pw_card_dup_display_title (card);

  return pw_diff_shorten (title, NAME_CHARS);
}

char *
pw_diff_indicator_name (PwIndicatorRef *ref)
{
  const char *text = pw_indicator_ref_get_text (ref);

  if (*text == '\0')
    text = pw_indicator_ref_get_bank_id (ref) != NULL ? pw_indicator_ref_get_bank_id (ref)
                                                       : _("Untitled indicator");
  return pw_diff_shorten (text, NAME_CHARS);
}

const char *
pw_diff_domain_name (Diff  *diff,
             guint  number)
{
  const PwDomain *domain = pw_framework_get_domain (diff->framework, number);

  return domain != NULL ? domain->name : "?";
}

gboolean
pw_diff_text_differs (const char *a,
              const char *b)
{
  return g_strcmp0 (a != NULL ? a : "", b != NULL ? b : "") != 0;
}

/* ---- Plan details -------------------------------------------------------- */

static const FieldSentences plan_sentences[PW_N_PLAN_FIELDS] = {
  { N_("Set the plan title to ‘%s’."),
    N_("Changed the plan title from ‘%s’ to ‘%s’."),
    N_("Cleared the plan title (it was ‘%s’).") },
  { N_("Set the organisation to ‘%s’."),
    N_("Changed the organisation from ‘%s’ to ‘%s’."),
    N_("Cleared the organisation (it was ‘%s’).") },
  { N_("Set the area to ‘%s’."),
    N_("Changed the area from ‘%s’ to ‘%s’."),
    N_("Cleared the area (it was ‘%s’).") },
  { N_("Set the authors to ‘%s’."),
    N_("Changed the authors from ‘%s’ to ‘%s’."),
    N_("Cleared the authors (they were ‘%s’).") },
  { N_("Added a plan description: ‘%s’."),
    N_("Changed the plan description from ‘%s’ to ‘%s’."),
    N_("Removed the plan description (it was ‘%s’).") },
};

static void
diff_plan_field (Diff        *diff,
                 PwPlanField  field)
{
  const char *a = pw_plan_get_text (diff->old, field);
  const char *b = pw_plan_get_text (diff->new, field);
  g_autofree char *short_a = pw_diff_shorten (a, TEXT_CHARS);
  g_autofree char *short_b = pw_diff_shorten (b, TEXT_CHARS);
  const FieldSentences *s = &plan_sentences[field];

  if (!pw_diff_text_differs (a, b))
    return;
  if (*a == '\0')
    pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_PLAN, PW_PLAN_CHANGE_CHANGED, NULL, _(s->set), short_b);
  else if (*b == '\0')
    pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_PLAN, PW_PLAN_CHANGE_CHANGED, NULL, _(s->cleared), short_a);
  else
    pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_PLAN, PW_PLAN_CHANGE_CHANGED, NULL, _(s->changed),
                short_a, short_b);
}

static void
diff_plan (Diff *diff)
{
  PwTargetGroups a = pw_plan_get_target_groups (diff->old);
  PwTargetGroups b = pw_plan_get_target_groups (diff->new);

  for (guint field = 0; field < PW_N_PLAN_FIELDS; field++)
    diff_plan_field (diff, field);

  for (guint bit = 1; bit <= PW_TARGET_GROUPS_ALL; bit <<= 1)
    {
      const char *name = pw_target_group_get_display_name (bit);

      if ((b & bit) && !(a & bit))
        pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_PLAN, PW_PLAN_CHANGE_CHANGED, NULL,
                    _("Added ‘%s’ to the target groups."), name);
      else if ((a & bit) && !(b & bit))
        pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_PLAN, PW_PLAN_CHANGE_CHANGED, NULL,
                    _("Removed ‘%s’ from the target groups."), name);
    }
}

/* ---- Cards --------------------------------------------------------------- */

/* One sentence per kind, so that translators can agree nouns with verbs. */
static const char * const card_added[PW_N_CARD_KINDS] = {
  N_("Added barrier card ‘%s’."), N_("Added activity card ‘%s’."),
  N_("Added output card ‘%s’."), N_("Added outcome card ‘%s’."),
  N_("Added goal card ‘%s’."),
};

static const char * const card_removed[PW_N_CARD_KINDS] = {
  N_("Removed barrier card ‘%s’."), N_("Removed activity card ‘%s’."),
  N_("Removed output card ‘%s’."), N_("Removed outcome card ‘%s’."),
  N_("Removed goal card ‘%s’."),
};

static const char * const card_retitled[PW_N_CARD_KINDS] = {
  N_("Changed the title of the barrier ‘%s’ to ‘%s’."),
  N_("Changed the title of the activity ‘%s’ to ‘%s’."),
  N_("Changed the title of the output ‘%s’ to ‘%s’."),
  N_("Changed the title of the outcome ‘%s’ to ‘%s’."),
  N_("Changed the title of the goal ‘%s’ to ‘%s’."),
};

/* Description and evidence; "%s" card first, then the texts. */
static const FieldSentences card_sentences[2] = {
  { N_("Added a description to the card ‘%s’: ‘%s’."),
    N_("Changed the description of the card ‘%s’ from ‘%s’ to ‘%s’."),
    N_("Removed the description of the card ‘%s’ (it was ‘%s’).") },
  { N_("Added evidence to the card ‘%s’: ‘%s’."),
    N_("Changed the evidence for the card ‘%s’ from ‘%s’ to ‘%s’."),
    N_("Removed the evidence for the card ‘%s’ (it was ‘%s’).") },
};

/* A field of an object named @name: set, changed or cleared. */
void
pw_diff_named_text (Diff                 *diff,
                 PwPlanChangeSection   section,
                 const char           *id,
                 const char           *name,
                 const FieldSentences *s,
                 const char           *a,
                 const char           *b)
{
  g_autofree char *short_a = NULL;
  g_autofree char *short_b = NULL;

  if (!pw_diff_text_differs (a, b))
    return;
  short_a = pw_diff_shorten (a, TEXT_CHARS);
  short_b = pw_diff_shorten (b, TEXT_CHARS);
  if (*a == '\0')
    pw_diff_add (diff, section, PW_PLAN_CHANGE_CHANGED, id, _(s->set), name, short_b);
  else if (*b == '\0')
    pw_diff_add (diff, section, PW_PLAN_CHANGE_CHANGED, id, _(s->cleared), name, short_a);
  else
    pw_diff_add (diff, section, PW_PLAN_CHANGE_CHANGED, id, _(s->changed), name, short_a, short_b);
}

static void
diff_card_domains (Diff       *diff,
                   PwCard     *a,
                   PwCard     *b,
                   const char *name)
{
  guint16 old_domains = pw_card_get_domains (a);
  guint16 new_domains = pw_card_get_domains (b);

  for (guint n = 1; n <= PW_N_DOMAINS; n++)
    {
      gboolean was = (old_domains & PW_CARD_DOMAIN_BIT (n)) != 0;
      gboolean is = (new_domains & PW_CARD_DOMAIN_BIT (n)) != 0;

      if (is && !was)
        pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_CARDS, PW_PLAN_CHANGE_CHANGED, pw_card_get_id (b),
                    _("Added the domain ‘%s’ to the card ‘%s’."), pw_diff_domain_name (diff, n), name);
      else if (was && !is)
        pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_CARDS, PW_PLAN_CHANGE_CHANGED, pw_card_get_id (b),
                    _("Removed the domain ‘%s’ from the card ‘%s’."), pw_diff_domain_name (diff, n), name);
    }
}

/* The ids of the cards of lane @kind of @plan that are in that same lane
 * in @other, in lane order. */
static GPtrArray *
common_lane_ids (PwPlan     *plan,
                 PwPlan     *other,
                 PwCardKind  kind)
{
  g_autoptr(GPtrArray) lane = pw_plan_get_lane_cards (plan, kind);
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < lane->len; i++)
    {
      PwCard *card = g_ptr_array_index (lane, i);
      PwCard *twin = pw_plan_lookup_card (other, pw_card_get_id (card));

      if (twin != NULL && pw_card_get_kind (twin) == kind)
        g_ptr_array_add (ids, (gpointer) pw_card_get_id (card));
    }
  return ids;
}

static guint
index_of_id (GPtrArray  *ids,
             const char *id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_str_equal (g_ptr_array_index (ids, i), id))
      return i;
  g_return_val_if_reached (0);
}

/* Adds to @moved the ids of lane @kind that must have moved: the cards
 * outside a longest run that kept its relative order (patience LIS). */
static void
find_reordered (Diff       *diff,
                PwCardKind  kind,
                GHashTable *moved)
{
  g_autoptr(GPtrArray) old_ids = common_lane_ids (diff->old, diff->new, kind);
  g_autoptr(GPtrArray) new_ids = common_lane_ids (diff->new, diff->old, kind);
  guint n = new_ids->len;
  g_autofree guint *rank = g_new0 (guint, n + 1);
  g_autofree guint *tails = g_new0 (guint, n + 1);   /* index into new_ids */
  g_autofree int *prev = g_new0 (int, n + 1);
  g_autofree gboolean *keep = g_new0 (gboolean, n + 1);
  guint length = 0;

  for (guint i = 0; i < n; i++)
    rank[i] = index_of_id (old_ids, g_ptr_array_index (new_ids, i));
  for (guint i = 0; i < n; i++)
    {
      guint lo = 0, hi = length;

      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;
          if (rank[tails[mid]] < rank[i])
            lo = mid + 1;
          else
            hi = mid;
        }
      prev[i] = lo > 0 ? (int) tails[lo - 1] : -1;
      tails[lo] = i;
      length = MAX (length, lo + 1);
    }
  for (int i = length > 0 ? (int) tails[length - 1] : -1; i >= 0; i = prev[i])
    keep[i] = TRUE;
  for (guint i = 0; i < n; i++)
    if (!keep[i])
      g_hash_table_add (moved, g_ptr_array_index (new_ids, i));
}

static void
diff_card (Diff       *diff,
           PwCard     *a,
           PwCard     *b,
           GHashTable *reordered)
{
  const char *id = pw_card_get_id (b);
  PwCardKind kind = pw_card_get_kind (b);
  g_autofree char *old_name = pw_diff_card_name (a);
  g_autofree char *name = pw_diff_card_name (b);

  if (pw_diff_text_differs (pw_card_get_title (a), pw_card_get_title (b)))
    {
      g_autofree char *old_title = pw_diff_shorten (pw_card_get_title (a), TEXT_CHARS);
      g_autofree char *new_title = pw_diff_shorten (pw_card_get_title (b), TEXT_CHARS);

      pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_CARDS, PW_PLAN_CHANGE_CHANGED, id,
                  _(card_retitled[pw_card_get_kind (a)]),
                  *old_title ? old_title : old_name, new_title);
    }
  if (pw_card_get_kind (a) != kind)
    pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_CARDS, PW_PLAN_CHANGE_CHANGED, id,
                _("Moved the card ‘%s’ from %s to %s."), name,
                pw_card_kind_get_lane_name (pw_card_get_kind (a)), pw_card_kind_get_lane_name (kind));
  else if (g_hash_table_contains (reordered, id))
    {
      g_autoptr(GPtrArray) lane = pw_plan_get_lane_cards (diff->new, kind);

      pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_CARDS, PW_PLAN_CHANGE_CHANGED, id,
                  _("Reordered the card ‘%s’ in %s: it is now number %d of %u."), name,
                  pw_card_kind_get_lane_name (kind), pw_card_get_lane_order (b) + 1, lane->len);
    }
  pw_diff_named_text (diff, PW_PLAN_CHANGE_SECTION_CARDS, id, name, &card_sentences[0],
                   pw_card_get_description (a), pw_card_get_description (b));
  pw_diff_named_text (diff, PW_PLAN_CHANGE_SECTION_CARDS, id, name, &card_sentences[1],
                   pw_card_get_evidence (a), pw_card_get_evidence (b));
  diff_card_domains (diff, a, b, name);
}

static void
diff_cards (Diff *diff)
{
  GListModel *old_cards = pw_plan_get_cards (diff->old);
  GListModel *new_cards = pw_plan_get_cards (diff->new);
  g_autoptr(GHashTable) reordered = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint kind = 0; kind < PW_N_CARD_KINDS; kind++)
    find_reordered (diff, kind, reordered);

  for (guint i = 0; i < g_list_model_get_n_items (old_cards); i++)
    {
      g_autoptr(PwCard) card = g_list_model_get_item (old_cards, i);
      g_autofree char *name = pw_diff_card_name (card);

      if (pw_plan_lookup_card (diff->new, pw_card_get_id (card)) == NULL)
        pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_CARDS, PW_PLAN_CHANGE_REMOVED, pw_card_get_id (card),
                    _(card_removed[pw_card_get_kind (card)]), name);
    }
  for (guint i = 0; i < g_list_model_get_n_items (new_cards); i++)
    {
      g_autoptr(PwCard) card = g_list_model_get_item (new_cards, i);
      PwCard *twin = pw_plan_lookup_card (diff->old, pw_card_get_id (card));
      g_autofree char *name = pw_diff_card_name (card);

      if (twin == NULL)
        pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_CARDS, PW_PLAN_CHANGE_ADDED, pw_card_get_id (card),
                    _(card_added[pw_card_get_kind (card)]), name);
      else
        diff_card (diff, twin, card, reordered);
    }
}

/* ---- Links --------------------------------------------------------------- */

static const FieldSentences link_sentences[PW_N_LINK_FIELDS] = {
  { N_("Added an assumption to the link from ‘%s’ to ‘%s’: ‘%s’."),
    N_("Changed the assumption on the link from ‘%s’ to ‘%s’ from ‘%s’ to ‘%s’."),
    N_("Removed the assumption from the link from ‘%s’ to ‘%s’ (it was ‘%s’).") },
  { N_("Added evidence to the link from ‘%s’ to ‘%s’: ‘%s’."),
    N_("Changed the evidence for the link from ‘%s’ to ‘%s’ from ‘%s’ to ‘%s’."),
    N_("Removed the evidence for the link from ‘%s’ to ‘%s’ (it was ‘%s’).") },
};

/* A link is the same link if its id and both its ends are the same. */
static PwLink *
lookup_same_link (PwPlan *plan,
                  PwLink *link)
{
  PwLink *twin = pw_plan_lookup_link (plan, pw_link_get_id (link));

  if (twin == NULL
      || !g_str_equal (pw_link_get_source_id (twin), pw_link_get_source_id (link))
      || !g_str_equal (pw_link_get_target_id (twin), pw_link_get_target_id (link)))
    return NULL;
  return twin;
}

static void
diff_link_field (Diff        *diff,
                 PwLink      *a,
                 PwLink      *b,
                 PwLinkField  field)
{
  const FieldSentences *s = &link_sentences[field];
  const char *old_text = pw_link_get_text (a, field);
  const char *new_text = pw_link_get_text (b, field);
  const char *id = pw_link_get_id (b);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *short_a = NULL;
  g_autofree char *short_b = NULL;

  if (!pw_diff_text_differs (old_text, new_text))
    return;
  from = pw_diff_card_name (pw_link_get_source (b));
  to = pw_diff_card_name (pw_link_get_target (b));
  short_a = pw_diff_shorten (old_text, TEXT_CHARS);
  short_b = pw_diff_shorten (new_text, TEXT_CHARS);
  if (*old_text == '\0')
    pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_LINKS, PW_PLAN_CHANGE_CHANGED, id, _(s->set), from, to, short_b);
  else if (*new_text == '\0')
    pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_LINKS, PW_PLAN_CHANGE_CHANGED, id, _(s->cleared), from, to, short_a);
  else
    pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_LINKS, PW_PLAN_CHANGE_CHANGED, id, _(s->changed),
                from, to, short_a, short_b);
}

static void
add_link_change (Diff             *diff,
                 PwLink           *link,
                 PwPlanChangeKind  kind)
{
  g_autofree char *from = pw_diff_card_name (pw_link_get_source (link));
  g_autofree char *to = pw_diff_card_name (pw_link_get_target (link));

  if (kind == PW_PLAN_CHANGE_ADDED)
    pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_LINKS, kind, pw_link_get_id (link),
                _("Added a link from ‘%s’ to ‘%s’."), from, to);
  else
    pw_diff_add (diff, PW_PLAN_CHANGE_SECTION_LINKS, kind, pw_link_get_id (link),
                _("Removed the link from ‘%s’ to ‘%s’."), from, to);
}

static void
diff_links (Diff *diff)
{
  GListModel *old_links = pw_plan_get_links (diff->old);
  GListModel *new_links = pw_plan_get_links (diff->new);

  for (guint i = 0; i < g_list_model_get_n_items (old_links); i++)
    {
      g_autoptr(PwLink) link = g_list_model_get_item (old_links, i);

      if (lookup_same_link (diff->new, link) == NULL)
        add_link_change (diff, link, PW_PLAN_CHANGE_REMOVED);
    }
  for (guint i = 0; i < g_list_model_get_n_items (new_links); i++)
    {
      g_autoptr(PwLink) link = g_list_model_get_item (new_links, i);
      PwLink *twin = lookup_same_link (diff->old, link);

      if (twin == NULL)
        {
          add_link_change (diff, link, PW_PLAN_CHANGE_ADDED);
          continue;
        }
      for (guint field = 0; field < PW_N_LINK_FIELDS; field++)
        diff_link_field (diff, twin, link, field);
    }
}

/* ---- Public API ---------------------------------------------------------- */

GPtrArray *
pw_plan_diff_with_framework (PwPlan      *old,
                             PwPlan      *new,
                             PwFramework *framework)
{
  Diff diff = { NULL, old, new, framework };

  g_return_val_if_fail (PW_IS_PLAN (old), NULL);
  g_return_val_if_fail (PW_IS_PLAN (new), NULL);
  g_return_val_if_fail (framework == NULL || PW_IS_FRAMEWORK (framework), NULL);

  if (diff.framework == NULL)
    {
      pw_model_init ();
      diff.framework = pw_framework_get_default ();
    }
  diff.changes = g_ptr_array_new_with_free_func ((GDestroyNotify) pw_plan_change_free);
  diff_plan (&diff);
  diff_cards (&diff);
  diff_links (&diff);
  pw_diff_indicators (&diff);
  pw_diff_evaluation (&diff);
  pw_diff_stakeholders (&diff);
  return diff.changes;
}

GPtrArray *
pw_plan_diff (PwPlan *old,
              PwPlan *new)
{
  return pw_plan_diff_with_framework (old, new, NULL);
}

/* ---- Command line -------------------------------------------------------- */

void
pw_plan_diff_print (GPtrArray *changes,
                    FILE      *out)
{
  guint counts[3] = { 0, 0, 0 };
  int section = -1;

  g_return_if_fail (changes != NULL);
  g_return_if_fail (out != NULL);

  if (changes->len == 0)
    {
      fprintf (out, "%s\n", _("No differences."));
      return;
    }
  for (guint i = 0; i < changes->len; i++)
    {
      const PwPlanChange *change = g_ptr_array_index (changes, i);

      if ((int) change->section != section)
        {
          section = change->section;
          fprintf (out, "%s%s\n", i > 0 ? "\n" : "", pw_plan_change_section_get_name (section));
        }
      fprintf (out, "  • %s\n", change->sentence);
      counts[change->kind]++;
    }
  fputc ('\n', out);
  fprintf (out, g_dngettext (GETTEXT_PACKAGE, "%u difference: %u added, %u removed, %u changed.\n",
                             "%u differences: %u added, %u removed, %u changed.\n", changes->len),
           changes->len, counts[PW_PLAN_CHANGE_ADDED], counts[PW_PLAN_CHANGE_REMOVED],
           counts[PW_PLAN_CHANGE_CHANGED]);
}

static PwPlan *
load_for_diff (const char *path,
               FILE       *err)
{
  g_autoptr(PwLoadWarnings) warnings = NULL;
  PwPlan *plan = pw_plan_cli_load (path, &warnings, err);

  if (plan != NULL)
    pw_plan_cli_print_warnings (path, warnings, err);
  return plan;
}

int
pw_plan_diff_cli (const char *old_path,
                  const char *new_path,
                  FILE       *out,
                  FILE       *err)
{
  g_autoptr(PwPlan) old = NULL;
  g_autoptr(PwPlan) new = NULL;
  g_autoptr(GPtrArray) changes = NULL;

  g_return_val_if_fail (old_path != NULL, PW_PLAN_DIFF_CLI_CANNOT_LOAD);
  g_return_val_if_fail (new_path != NULL, PW_PLAN_DIFF_CLI_CANNOT_LOAD);
  g_return_val_if_fail (out != NULL && err != NULL, PW_PLAN_DIFF_CLI_CANNOT_LOAD);

  old = load_for_diff (old_path, err);
  new = load_for_diff (new_path, err);
  if (old == NULL || new == NULL)
    return PW_PLAN_DIFF_CLI_CANNOT_LOAD;

  changes = pw_plan_diff (old, new);
  pw_plan_diff_print (changes, out);
  return changes->len == 0 ? PW_PLAN_DIFF_CLI_SAME : PW_PLAN_DIFF_CLI_DIFFERENT;
}
