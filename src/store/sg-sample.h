/* sg-sample.h: a realistic example register to explore Safeguard with
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes the ISMS of a fictional mid-size company to @path, a new file:
 * fails (leaving nothing behind) if @path exists or cannot be written. */
gboolean sg_sample_create (const char  *path,
                           GError     **error);

/* Deletes the registers in the subfolders of @examples not modified for
 * @days days, and the folders left empty, but not @keep's and not a
 * register open in a Safeguard now. */
void     sg_sample_prune  (const char  *examples,
                           guint        days,
                           const char  *keep);

G_END_DECLS
