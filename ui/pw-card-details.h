/* pw-card-details.h — the sidebar's Card page: edit the selected card or link
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pw-framework.h"
#include "pw-plan.h"

G_BEGIN_DECLS

/**
 * PwCardDetails:
 *
 * The details of the card or link selected on the canvas: a card's title,
 * description, evidence and integration domains (grouped by the framework's
 * four categories) and, for an outcome, its indicators (with a remove button
 * each) and its "Theory of Change for Integration outcome"; a link's cards,
 * assumption and evidence. Every edit is a pw_plan_*() command, so it can be
 * undone, and the fields follow the model (undo, edits on the canvas).
 *
 * The outcome section has a button for the window action
 * "win.find-indicators"; it is insensitive while the window has no such action.
 */
#define PW_TYPE_CARD_DETAILS (pw_card_details_get_type ())
G_DECLARE_FINAL_TYPE (PwCardDetails, pw_card_details, PW, CARD_DETAILS, GtkWidget)

GtkWidget *pw_card_details_new      (PwFramework   *framework);
void       pw_card_details_set_plan (PwCardDetails *self,
                                     PwPlan        *plan);
/* Shows @card (nullable); replaces a shown link. */
void       pw_card_details_set_card (PwCardDetails *self,
                                     PwCard        *card);
PwCard    *pw_card_details_get_card (PwCardDetails *self);
/* Shows @link (nullable); replaces a shown card. */
void       pw_card_details_set_link (PwCardDetails *self,
                                     PwLink        *link);
PwLink    *pw_card_details_get_link (PwCardDetails *self);
/* The check button of domain @number (1–14), for tests. */
GtkWidget *pw_card_details_get_domain_button (PwCardDetails *self,
                                              guint          number);

G_END_DECLS
