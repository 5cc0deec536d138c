/* pw-widget-util.c — small widget builders shared by several views
 * Copyright 2026 The Pathways authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pathways-ui"

#include "config.h"

#include "pw-widget-util.h"

/**
 * pw_wrapped_label_new:
 * @text: (nullable): the label's text
 * @css_class: (nullable): a style class to add
 *
 * A start-aligned label that wraps at words, or inside a word too long
 * for the line.
 *
 * Returns: (transfer floating): a new #GtkLabel
 */
GtkWidget *
pw_wrapped_label_new (const char *text,
                      const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/**
 * pw_kind_color_name:
 * @kind: a card kind
 *
 * Returns: the name of the kind's colour in resources/style.css
 *   (`@define-color`), e.g. "pw_outcome_color"
 */
const char *
pw_kind_color_name (PwCardKind kind)
{
  static const char * const names[PW_N_CARD_KINDS] = {
    "pw_barrier_color", "pw_activity_color", "pw_output_color", "pw_outcome_color", "pw_goal_color",
  };

  g_return_val_if_fail ((guint) kind < PW_N_CARD_KINDS, NULL);
  return names[kind];
}
