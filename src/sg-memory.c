/* sg-memory.c: how the process asks for memory
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A register of 100,000 risks is half a million small allocations on
 * two threads (an import's reader and checker, the store). By default
 * glibc grows its heaps 128 KiB at a time and gives memory back as soon
 * as it can, so loading, importing and exporting spend a tenth of their
 * time in the kernel growing heaps and faulting pages in: asking for
 * 64 MiB more each time made a 100,000-row import 11% faster
 * (benchmarks/bench-csv) and left the largest resident size as it was,
 * since pages asked for and never touched take no memory. */
#include "config.h"

#include "sg-memory.h"

/* glib.h, above, names the C library. */
#ifdef __GLIBC__
#include <malloc.h>
#endif

#define TOP_PAD (64 * 1024 * 1024)

void
sg_memory_init (void)
{
#ifdef __GLIBC__
  mallopt (M_TOP_PAD, TOP_PAD);
#endif
}
