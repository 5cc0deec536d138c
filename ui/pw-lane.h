/* pw-lane.h — the header of one canvas lane: its name, card count and add button
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pw-card.h"

G_BEGIN_DECLS

/**
 * PwLane:
 *
 * The heading of a lane ("Barriers", "Activities"…), how many cards it holds,
 * and a button that runs canvas.add-card with the lane's kind.
 */
#define PW_TYPE_LANE (pw_lane_get_type ())
G_DECLARE_FINAL_TYPE (PwLane, pw_lane, PW, LANE, GtkWidget)

GtkWidget  *pw_lane_new            (PwCardKind kind);
PwCardKind  pw_lane_get_kind       (PwLane    *self);
void        pw_lane_set_count      (PwLane    *self,
                                    guint      n_cards);
GtkWidget  *pw_lane_get_add_button (PwLane    *self);

G_END_DECLS
