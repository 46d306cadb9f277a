/* sg-memory.c: how the process asks for memory
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A register of 100,000 risks is millions of small allocations, on
 * more than one thread (an import's reader and checker, the store). By
 * default glibc grows its heaps 128 KiB at a time, so an import of
 * 100,000 rows spent a tenth of its time in the kernel growing heaps
 * and faulting pages in: asking for 64 MiB more each time made it 12%
 * faster (benchmarks/bench-csv, 2.45 to 2.15 s) and left the largest
 * resident size of `--import` as it was (370 MB),
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
