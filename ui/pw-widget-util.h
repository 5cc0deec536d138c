/* pw-widget-util.h — small widget builders shared by several views
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pw-card.h"

G_BEGIN_DECLS

GtkWidget  *pw_wrapped_label_new    (const char *text,
                                     const char *css_class);
const char *pw_kind_color_name      (PwCardKind  kind);

G_END_DECLS
