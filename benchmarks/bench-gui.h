/* bench-gui.h: what the window benchmarks share — start-up, a shown register, the main loop's longest turn
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-window.h"

G_BEGIN_DECLS

/* Starts GTK and libadwaita; FALSE, after saying so, without a display. */
gboolean  bench_gui_init      (void);
/* A window showing @store, drawn and settled. */
SgWindow *bench_gui_show      (SgStore  *store);
/* Runs the main loop until *@done; returns the longest time one turn
 * spent dispatching, in microseconds: what a person feels as a freeze. */
gint64    bench_gui_run_until (gboolean *done);

G_END_DECLS
