/* sg-long-text-view.h: a text view that is as tall as its text at the width it is given
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SG_TYPE_LONG_TEXT_VIEW (sg_long_text_view_get_type ())

G_DECLARE_FINAL_TYPE (SgLongTextView, sg_long_text_view, SG, LONG_TEXT_VIEW, GtkTextView)

GtkWidget *sg_long_text_view_new (void);

G_END_DECLS
