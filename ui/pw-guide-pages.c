/* pw-guide-pages.c — the guide's last steps: assumptions on the links, stakeholders, the check
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "pw-guide-private.h"
#include "pw-widget-util.h"

/* ---- Links: "why does this lead to that?" ------------------------------------ */

/* Backwards from the goal, as the officer built them: links into the goal
 * first, then into outcomes, outputs, activities; within a stage by lane. */
static int
compare_links (gconstpointer a,
               gconstpointer b)
{
  PwLink *la = *(PwLink **) a, *lb = *(PwLink **) b;
  PwCard *ta = pw_link_get_target (la), *tb = pw_link_get_target (lb);
  PwCard *sa = pw_link_get_source (la), *sb = pw_link_get_source (lb);

  if (pw_card_get_kind (ta) != pw_card_get_kind (tb))
    return (int) pw_card_get_kind (tb) - (int) pw_card_get_kind (ta);
  if (pw_card_get_lane_order (ta) != pw_card_get_lane_order (tb))
    return pw_card_get_lane_order (ta) - pw_card_get_lane_order (tb);
  if (pw_card_get_kind (sa) != pw_card_get_kind (sb))
    return (int) pw_card_get_kind (sb) - (int) pw_card_get_kind (sa);
  return pw_card_get_lane_order (sa) - pw_card_get_lane_order (sb);
}

static GPtrArray *
sorted_links (PwPlan *plan)
{
  GListModel *links = pw_plan_get_links (plan);
  guint n = g_list_model_get_n_items (links);
  GPtrArray *array = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (links, i));
  g_ptr_array_sort (array, compare_links);
  return array;
}

static void
link_entry_changed (GtkEditable *entry,
                    GParamSpec  *pspec,
                    PwGuide     *self)
{
  PwLink *link = g_object_get_data (G_OBJECT (entry), "pw-link");
  PwLinkField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "pw-field"));
  const char *text = gtk_editable_get_text (entry);

  if (self->plan == NULL || pw_plan_lookup_link (self->plan, pw_link_get_id (link)) != link)
    return;
  if (g_strcmp0 (pw_link_get_text (link, field), text) != 0)
    pw_plan_set_link_text (self->plan, link, field, text);
}

static void
link_entry_left (GtkEventControllerFocus *controller,
                 PwGuide                 *self)
{
  /* Typing in one field is one undo step; leaving it ends the step. */
  if (self->plan != NULL)
    pw_plan_seal_undo (self->plan);
}

static GtkWidget *
link_entry_new (PwGuide     *self,
                PwLink      *link,
                PwLinkField  field,
                const char  *a11y)
{
  GtkWidget *entry = gtk_entry_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), pw_link_get_text (link, field));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), field == PW_LINK_FIELD_ASSUMPTION
                                  ? _("Because…") : _("What shows it (optional)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
  gtk_widget_add_css_class (entry, "pw-guide-entry");
  g_object_set_data_full (G_OBJECT (entry), "pw-link", g_object_ref (link), g_object_unref);
  g_object_set_data (G_OBJECT (entry), "pw-field", GUINT_TO_POINTER (field));
  g_signal_connect (entry, "notify::text", G_CALLBACK (link_entry_changed), self);
  g_signal_connect (focus, "leave", G_CALLBACK (link_entry_left), self);
  gtk_widget_add_controller (entry, focus);
  return entry;
}

static GtkWidget *
link_row_new (PwGuide *self,
              PwLink  *link)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  g_autofree char *source = pw_card_dup_display_title (pw_link_get_source (link));
  g_autofree char *target = pw_card_dup_display_title (pw_link_get_target (link));
  /* Translators: the second line of a link in the guide: where the first card leads */
  g_autofree char *leads = g_strdup_printf (_("→ %s"), target);
  /* Translators: accessible names of the two answers on a link */
  g_autofree char *why = g_strdup_printf (_("Why does “%s” lead to “%s”?"), source, target);
  g_autofree char *evidence = g_strdup_printf (_("Evidence that “%s” leads to “%s”"), source, target);
  GtkWidget *assumption_entry = link_entry_new (self, link, PW_LINK_FIELD_ASSUMPTION, why);
  GtkWidget *evidence_entry = link_entry_new (self, link, PW_LINK_FIELD_EVIDENCE, evidence);

  gtk_box_append (GTK_BOX (box), pw_wrapped_label_new (source, "pw-guide-answer"));
  gtk_box_append (GTK_BOX (box), pw_wrapped_label_new (leads, "pw-guide-leads"));
  gtk_box_append (GTK_BOX (box), pw_wrapped_label_new (_("Why?"), "pw-guide-field-label"));
  gtk_box_append (GTK_BOX (box), assumption_entry);
  gtk_box_append (GTK_BOX (box), pw_wrapped_label_new (_("Evidence"), "pw-guide-field-label"));
  gtk_box_append (GTK_BOX (box), evidence_entry);
  gtk_widget_add_css_class (box, "pw-guide-row");
  gtk_widget_add_css_class (box, pw_card_kind_to_string (pw_card_get_kind (pw_link_get_source (link))));
  g_object_set_data_full (G_OBJECT (box), "pw-link", g_object_ref (link), g_object_unref);
  g_object_set_data (G_OBJECT (box), "pw-assumption", assumption_entry);
  g_object_set_data (G_OBJECT (box), "pw-evidence", evidence_entry);
  return box;
}

static GtkWidget *
row_content (GtkWidget *row)
{
  return gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
}

/* The rows already show these links in this order (titles may have changed:
 * compare those too, since the labels are not bound). */
static gboolean
rows_match (PwGuide   *self,
            GPtrArray *links)
{
  GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->links_list));

  for (guint i = 0; i < links->len; i++, row = gtk_widget_get_next_sibling (row))
    {
      if (row == NULL || g_object_get_data (G_OBJECT (row_content (row)), "pw-link") != g_ptr_array_index (links, i))
        return FALSE;
    }
  return row == NULL;
}

static void
sync_entry (GtkWidget   *entry,
            PwLink      *link,
            PwLinkField  field)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), pw_link_get_text (link, field)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), pw_link_get_text (link, field));
}

void
pw_guide_refresh_links (PwGuide *self)
{
  g_autoptr(GPtrArray) links = sorted_links (self->plan);

  gtk_widget_set_visible (GTK_WIDGET (self->links_empty), links->len == 0);
  if (rows_match (self, links))
    {
      /* Keep the rows (and the entry being typed in); follow undo. */
      for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->links_list));
           row != NULL; row = gtk_widget_get_next_sibling (row))
        {
          GtkWidget *box = row_content (row);
          PwLink *link = g_object_get_data (G_OBJECT (box), "pw-link");

          sync_entry (g_object_get_data (G_OBJECT (box), "pw-assumption"), link, PW_LINK_FIELD_ASSUMPTION);
          sync_entry (g_object_get_data (G_OBJECT (box), "pw-evidence"), link, PW_LINK_FIELD_EVIDENCE);
        }
      return;
    }
  pw_guide_clear_box (GTK_WIDGET (self->links_list));
  for (guint i = 0; i < links->len; i++)
    {
      gtk_list_box_append (self->links_list, link_row_new (self, g_ptr_array_index (links, i)));
      gtk_list_box_row_set_activatable (gtk_list_box_get_row_at_index (self->links_list, i), FALSE);
      gtk_widget_set_focusable (GTK_WIDGET (gtk_list_box_get_row_at_index (self->links_list, i)), FALSE);
    }
}

/* The first link still without an assumption, else the first link. */
void
pw_guide_focus_links (PwGuide *self)
{
  GtkWidget *first = NULL;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->links_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *entry = g_object_get_data (G_OBJECT (row_content (row)), "pw-assumption");

      if (first == NULL)
        first = entry;
      if (*gtk_editable_get_text (GTK_EDITABLE (entry)) == '\0')
        {
          gtk_widget_grab_focus (entry);
          return;
        }
    }
  gtk_widget_grab_focus (first != NULL ? first : GTK_WIDGET (self->next_button));
}

/* ---- People: stakeholders on every side -------------------------------------- */

typedef struct {
  const char *heading;
  const char *placeholder;
  const char *missing;
} PeopleText;

static const PeopleText people_texts[PW_N_STAKEHOLDER_KINDS] = {
  [PW_STAKEHOLDER_KIND_NEWCOMER] = {
    N_("Newcomers"), N_("e.g. refugees, migrant women"),
    N_("No newcomers yet."),
  },
  [PW_STAKEHOLDER_KIND_RECEIVING_COMMUNITY] = {
    N_("Receiving communities"), N_("e.g. local residents, volunteers"),
    N_("No one from the receiving communities yet: integration is a two-way process."),
  },
  [PW_STAKEHOLDER_KIND_INSTITUTION] = {
    N_("Institutions"), N_("e.g. the council, colleges, health services"),
    N_("No institutions yet: integration is a shared responsibility."),
  },
  [PW_STAKEHOLDER_KIND_OTHER] = {
    N_("Others"), N_("e.g. staff, funders, partners"),
    NULL,
  },
};

static void
add_person (PwGuide           *self,
            PwStakeholderKind  kind)
{
  GtkEditable *entry = GTK_EDITABLE (self->people_entries[kind]);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (self->plan == NULL || *name == '\0')
    return;
  pw_plan_add_stakeholder (self->plan, name, kind, NULL);
  gtk_editable_set_text (entry, "");
  gtk_widget_grab_focus (GTK_WIDGET (entry));
}

static void
person_entry_activated (GtkEntry *entry,
                        PwGuide  *self)
{
  add_person (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "pw-kind")));
}

static void
person_add_clicked (GtkButton *button,
                    PwGuide   *self)
{
  add_person (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "pw-kind")));
}

static GtkWidget *
people_input_new (PwGuide           *self,
                  PwStakeholderKind  kind)
{
  const PeopleText *text = &people_texts[kind];
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("list-add-symbolic");
  /* Translators: accessible names in the guide's stakeholder step, %s is e.g. "Newcomers" */
  g_autofree char *entry_name = g_strdup_printf (_("Add to %s"), _(text->heading));
  g_autofree char *button_name = g_strdup_printf (_("Add to %s"), _(text->heading));

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _(text->placeholder));
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_widget_add_css_class (entry, "pw-guide-entry");
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, entry_name, -1);
  g_object_set_data (G_OBJECT (entry), "pw-kind", GUINT_TO_POINTER (kind));
  g_signal_connect (entry, "activate", G_CALLBACK (person_entry_activated), self);
  gtk_widget_set_tooltip_text (button, button_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, button_name, -1);
  gtk_widget_add_css_class (button, "pw-guide-add-person");
  g_object_set_data (G_OBJECT (button), "pw-kind", GUINT_TO_POINTER (kind));
  g_signal_connect (button, "clicked", G_CALLBACK (person_add_clicked), self);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), button);
  self->people_entries[kind] = GTK_ENTRY (entry);
  return box;
}

void
pw_guide_build_people_page (PwGuide *self)
{
  for (PwStakeholderKind kind = 0; kind < PW_N_STAKEHOLDER_KINDS; kind++)
    {
      const PeopleText *text = &people_texts[kind];
      GtkWidget *heading = pw_wrapped_label_new (_(text->heading), "pw-guide-section");
      GtkWidget *list = gtk_list_box_new ();

      gtk_box_append (self->people_box, heading);
      gtk_box_append (self->people_box, people_input_new (self, kind));
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "pw-guide-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _(text->heading), -1);
      if (text->missing != NULL)
        gtk_list_box_set_placeholder (GTK_LIST_BOX (list), pw_wrapped_label_new (_(text->missing), "pw-guide-missing"));
      self->people_lists[kind] = GTK_LIST_BOX (list);
      gtk_box_append (self->people_box, list);
    }
}

static void
remove_person_clicked (GtkButton *button,
                       PwGuide   *self)
{
  PwStakeholder *person = g_object_get_data (G_OBJECT (button), "pw-object");

  if (self->plan != NULL && pw_plan_lookup_stakeholder (self->plan, pw_stakeholder_get_id (person)) == person)
    pw_plan_remove_stakeholder (self->plan, person);
}

static GtkWidget *
person_row_new (PwGuide       *self,
                PwStakeholder *person)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), pw_wrapped_label_new (pw_stakeholder_get_name (person), "pw-guide-answer"));
  if (*pw_stakeholder_get_role (person) != '\0')
    gtk_box_append (GTK_BOX (texts), pw_wrapped_label_new (pw_stakeholder_get_role (person), "pw-guide-meta"));
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), pw_guide_remove_button_new (pw_stakeholder_get_name (person),
                                                            G_CALLBACK (remove_person_clicked), person, self));
  gtk_widget_add_css_class (box, "pw-guide-person");
  return box;
}

void
pw_guide_refresh_people (PwGuide *self)
{
  GListModel *people = pw_plan_get_stakeholders (self->plan);
  guint n = g_list_model_get_n_items (people);

  for (PwStakeholderKind kind = 0; kind < PW_N_STAKEHOLDER_KINDS; kind++)
    pw_guide_clear_box (GTK_WIDGET (self->people_lists[kind]));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwStakeholder) person = g_list_model_get_item (people, i);
      GtkListBox *list = self->people_lists[pw_stakeholder_get_kind (person)];
      GtkWidget *row = person_row_new (self, person);

      gtk_list_box_append (list, row);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (gtk_widget_get_parent (row)), FALSE);
      gtk_widget_set_focusable (gtk_widget_get_parent (row), FALSE);
    }
}

void
pw_guide_focus_people (PwGuide *self)
{
  GListModel *people = pw_plan_get_stakeholders (self->plan);
  guint n = g_list_model_get_n_items (people);
  gboolean has[PW_N_STAKEHOLDER_KINDS] = { FALSE, };

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwStakeholder) person = g_list_model_get_item (people, i);
      has[pw_stakeholder_get_kind (person)] = TRUE;
    }
  /* The first side nobody has named yet. */
  for (PwStakeholderKind kind = 0; kind < PW_STAKEHOLDER_KIND_OTHER; kind++)
    if (!has[kind])
      {
        gtk_widget_grab_focus (GTK_WIDGET (self->people_entries[kind]));
        return;
      }
  gtk_widget_grab_focus (GTK_WIDGET (self->people_entries[PW_STAKEHOLDER_KIND_NEWCOMER]));
}

/* ---- Summary: what the plan has, and what is missing ------------------------- */

typedef struct {
  guint cards[PW_N_CARD_KINDS];
  guint unlinked;           /* cards other than goals that lead nowhere */
  guint no_indicator;       /* outcomes */
  guint no_evidence;        /* barriers */
  guint no_assumption;      /* links */
  guint links;
  guint people[PW_N_STAKEHOLDER_KINDS];
} Tally;

static void
tally_cards (PwPlan *plan,
             Tally  *tally)
{
  GListModel *cards = pw_plan_get_cards (plan);
  guint n = g_list_model_get_n_items (cards);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PwCard) card = g_list_model_get_item (cards, i);
      PwCardKind kind = pw_card_get_kind (card);
      g_autoptr(GPtrArray) out = pw_plan_get_links_from (plan, card);

      tally->cards[kind]++;
      if (kind != PW_CARD_KIND_GOAL && out->len == 0)
        tally->unlinked++;
      if (kind == PW_CARD_KIND_OUTCOME && pw_card_get_n_indicators (card) == 0)
        tally->no_indicator++;
      if (kind == PW_CARD_KIND_BARRIER && *pw_card_get_evidence (card) == '\0')
        tally->no_evidence++;
    }
}

static void
tally_plan (PwPlan *plan,
            Tally  *tally)
{
  GListModel *links = pw_plan_get_links (plan);
  GListModel *people = pw_plan_get_stakeholders (plan);

  memset (tally, 0, sizeof *tally);
  tally_cards (plan, tally);
  tally->links = g_list_model_get_n_items (links);
  for (guint i = 0; i < tally->links; i++)
    {
      g_autoptr(PwLink) link = g_list_model_get_item (links, i);
      if (*pw_link_get_assumption (link) == '\0')
        tally->no_assumption++;
    }
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(PwStakeholder) person = g_list_model_get_item (people, i);
      tally->people[pw_stakeholder_get_kind (person)]++;
    }
}

static void
add_count (PwGuide    *self,
           const char *text,
           const char *kind_class)
{
  GtkWidget *label = pw_wrapped_label_new (text, "pw-guide-count");

  if (kind_class != NULL)
    gtk_widget_add_css_class (label, kind_class);
  gtk_box_append (self->summary_box, label);
}

static void
add_gap (PwGuide     *self,
         const char  *text,
         PwGuideStep  step)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *button = gtk_button_new_with_label (_("Go there"));
  /* Translators: accessible name of the button next to a gap in the plan */
  g_autofree char *a11y = g_strdup_printf (_("Go to the step for: %s"), text);
  GtkWidget *label = pw_wrapped_label_new (text, "pw-guide-gap-text");

  gtk_widget_set_hexpand (label, TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "guide.goto");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", step);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), button);
  gtk_widget_add_css_class (box, "pw-guide-gap");
  gtk_box_append (self->summary_box, box);
}


static void
add_counts (PwGuide     *self,
            const Tally *t)
{
  g_autofree char *goals = g_strdup_printf (ngettext ("%u goal", "%u goals", t->cards[PW_CARD_KIND_GOAL]), t->cards[PW_CARD_KIND_GOAL]);
  g_autofree char *outcomes = g_strdup_printf (ngettext ("%u intermediate outcome", "%u intermediate outcomes", t->cards[PW_CARD_KIND_OUTCOME]), t->cards[PW_CARD_KIND_OUTCOME]);
  g_autofree char *outputs = g_strdup_printf (ngettext ("%u output", "%u outputs", t->cards[PW_CARD_KIND_OUTPUT]), t->cards[PW_CARD_KIND_OUTPUT]);
  g_autofree char *activities = g_strdup_printf (ngettext ("%u activity", "%u activities", t->cards[PW_CARD_KIND_ACTIVITY]), t->cards[PW_CARD_KIND_ACTIVITY]);
  g_autofree char *barriers = g_strdup_printf (ngettext ("%u barrier", "%u barriers", t->cards[PW_CARD_KIND_BARRIER]), t->cards[PW_CARD_KIND_BARRIER]);
  g_autofree char *links = g_strdup_printf (ngettext ("%u link", "%u links", t->links), t->links);
  guint n_people = t->people[0] + t->people[1] + t->people[2] + t->people[3];
  g_autofree char *people = g_strdup_printf (ngettext ("%u stakeholder", "%u stakeholders", n_people), n_people);

  gtk_box_append (self->summary_box, pw_wrapped_label_new (_("The plan has"), "pw-guide-section"));
  add_count (self, goals, "goal");
  add_count (self, outcomes, "outcome");
  add_count (self, outputs, "output");
  add_count (self, activities, "activity");
  add_count (self, barriers, "barrier");
  add_count (self, links, NULL);
  add_count (self, people, NULL);
}

static guint
add_card_gaps (PwGuide     *self,
               const Tally *t)
{
  static const PwGuideStep steps[] = {
    PW_GUIDE_STEP_GOAL, PW_GUIDE_STEP_OUTCOMES, PW_GUIDE_STEP_OUTPUTS,
    PW_GUIDE_STEP_ACTIVITIES, PW_GUIDE_STEP_BARRIERS,
  };
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (t->cards[pw_guide_step_kind (steps[i])] == 0)
      {
        /* Translators: a gap in the plan, e.g. "No Intermediate outcomes yet." */
        g_autofree char *text = g_strdup_printf (_("No %s yet."), pw_card_kind_get_lane_name (pw_guide_step_kind (steps[i])));
        add_gap (self, text, steps[i]), n++;
      }
  if (t->no_indicator > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u outcome has no indicator to measure it.", "%u outcomes have no indicator to measure them.", t->no_indicator), t->no_indicator);
      add_gap (self, text, PW_GUIDE_STEP_OUTCOMES), n++;
    }
  if (t->no_evidence > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u barrier has no evidence.", "%u barriers have no evidence.", t->no_evidence), t->no_evidence);
      add_gap (self, text, PW_GUIDE_STEP_BARRIERS), n++;
    }
  if (t->unlinked > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u card does not lead to anything yet (link it on the canvas).", "%u cards do not lead to anything yet (link them on the canvas).", t->unlinked), t->unlinked);
      add_gap (self, text, PW_GUIDE_STEP_LINKS), n++;
    }
  return n;
}

static guint
add_other_gaps (PwGuide     *self,
                const Tally *t)
{
  guint n = 0;

  if (t->no_assumption > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u link has no assumption.", "%u links have no assumption.", t->no_assumption), t->no_assumption);
      add_gap (self, text, PW_GUIDE_STEP_LINKS), n++;
    }
  for (PwStakeholderKind kind = 0; kind < PW_STAKEHOLDER_KIND_OTHER; kind++)
    if (t->people[kind] == 0)
      add_gap (self, _(people_texts[kind].missing), PW_GUIDE_STEP_PEOPLE), n++;
  return n;
}

void
pw_guide_refresh_summary (PwGuide *self)
{
  Tally tally;

  pw_guide_clear_box (GTK_WIDGET (self->summary_box));
  tally_plan (self->plan, &tally);
  add_counts (self, &tally);
  gtk_box_append (self->summary_box, pw_wrapped_label_new (_("Still to do"), "pw-guide-section"));
  if (add_card_gaps (self, &tally) + add_other_gaps (self, &tally) == 0)
    gtk_box_append (self->summary_box,
                    pw_wrapped_label_new (_("Nothing is missing. The Checks page shows how well your indicators cover the framework’s domains."),
                                       "pw-guide-note"));
}
