/* pw-help.h — open the user guide in GNOME Help, or say how to read it without
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The guide's address for the help viewer (Yelp). */
#define PW_HELP_URI "help:pathways"

/* Opens the guide for @parent (nullable). When no help viewer can show it,
 * a message over @parent says where the guide's pages are and how to read them. */
void  pw_help_show       (GtkWindow *parent);
/* The folder of the installed guide in the first of the user's languages that
 * has one (searched in the XDG data folders, then where Pathways was installed),
 * or %NULL when the guide is not installed. */
char *pw_help_find_guide (void);

G_END_DECLS
