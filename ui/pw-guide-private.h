/* pw-guide-private.h — the guide's state, shared by its step pages
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pw-guide.h"

G_BEGIN_DECLS

struct _PwGuide
{
  GtkWidget      parent_instance;

  PwFramework   *framework;
  PwPlan        *plan;
  gulong         plan_changed_id;
  PwGuideStep    step;
  /* the plan changed while the guide was not shown */
  gboolean       stale;
  /* the card of each lane the guide added last: the default "leads to" */
  PwCard        *last_added[PW_N_CARD_KINDS];
  /* the cards offered in target_dropdown, in its order (borrowed) */
  GPtrArray     *targets;

  GtkWidget     *main_box;
  GtkBox        *progress_box;
  GtkWidget     *progress_buttons[PW_GUIDE_N_STEPS];
  GtkLabel      *step_label;
  GtkLabel      *question_label;
  GtkLabel      *hint_label;
  GtkScrolledWindow *scroller;
  GtkStack      *body_stack;
  GtkLabel      *answer_label;
  GtkEntry      *answer_entry;
  GtkLabel      *detail_label;
  GtkEntry      *detail_entry;
  GtkLabel      *target_label;
  GtkDropDown   *target_dropdown;
  GtkLabel      *target_missing;
  GtkButton     *add_button;
  GtkLabel      *answers_heading;
  GtkListBox    *answers_list;
  GtkLabel      *links_empty;
  GtkListBox    *links_list;
  GtkBox        *people_box;
  GtkBox        *summary_box;
  GtkButton     *back_button;
  GtkButton     *next_button;
  /* the stakeholders page: one entry and list per kind */
  GtkEntry      *people_entries[PW_N_STAKEHOLDER_KINDS];
  GtkListBox    *people_lists[PW_N_STAKEHOLDER_KINDS];
};

/* The wording of a step, from the IOM guide's Exercise 2 (untranslated). */
typedef struct {
  const char *name;
  const char *question;
  const char *hint;
  const char *answer;
  const char *placeholder;
  const char *detail;
  const char *detail_placeholder;
  const char *target;
  const char *missing;
  const char *add;
  const char *heading;
  const char *group;
} PwGuideStepText;

extern const PwGuideStepText pw_guide_step_texts[PW_GUIDE_N_STEPS];

/* pw-guide.c */
PwCardKind  pw_guide_step_kind          (PwGuideStep step);
void        pw_guide_clear_box          (GtkWidget  *box);
GtkWidget  *pw_guide_remove_button_new  (const char *title,
                                         GCallback   callback,
                                         gpointer    object,
                                         PwGuide    *self);

void        pw_guide_emit_find_indicator (PwGuide *self,
                                          PwCard  *card);

/* pw-guide-cards.c: the goal, outcome, output, activity and barrier steps */
void        pw_guide_setup_targets      (PwGuide *self);
void        pw_guide_show_card_step     (PwGuide *self);
void        pw_guide_refresh_card_step  (PwGuide *self);
void        pw_guide_add_answer         (PwGuide *self);

/* pw-guide-pages.c: the links, people and summary pages */
void        pw_guide_build_people_page  (PwGuide *self);
void        pw_guide_refresh_links      (PwGuide *self);
void        pw_guide_refresh_people     (PwGuide *self);
void        pw_guide_refresh_summary    (PwGuide *self);
void        pw_guide_focus_people       (PwGuide *self);
void        pw_guide_focus_links        (PwGuide *self);

G_END_DECLS
