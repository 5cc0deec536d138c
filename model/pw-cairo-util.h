/* pw-cairo-util.h — small cairo/pango helpers shared by the report, the canvas picture and widgets
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

PangoContext *pw_cairo_context_new_unhinted (void);
void          pw_cairo_rounded_rect         (cairo_t     *cr,
                                             double       x,
                                             double       y,
                                             double       w,
                                             double       h,
                                             double       r);
void          pw_cairo_show_layout          (cairo_t     *cr,
                                             PangoLayout *layout,
                                             double       x,
                                             double       y);

G_END_DECLS
