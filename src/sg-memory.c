/* sg-memory.c: how the process asks for memory
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A register of 100,000 risks is millions of small allocations, on
 * more than one thread (an import's reader and checker, the store). By
 * default glibc grows its heaps 128 KiB at a time, and the kernel hands
 * out memory a 4 KiB page at a time: a fresh process importing 100,000
 * rows took 87,700 page faults, a quarter of its time.
 *
 * So the main heap grows 512 MiB at a time, and the kernel is asked for
 * huge pages (2 MiB, where it has them) in it, as glibc's own
 * glibc.malloc.hugetlb=1 tunable would: the same import takes 37,000
 * faults and 2.1 s instead of 2.75 s (`safeguard --import`, register in
 * memory). Pages asked for and never touched take no memory; what the
 * heap's top frees is kept, up to 512 MiB, for the next allocations. */
#include "config.h"

#include "sg-memory.h"

/* glib.h, above, names the C library. */
#ifdef __GLIBC__
#include <malloc.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

#define TOP_PAD (512 * 1024 * 1024)

#ifdef __GLIBC__
/* The heap's range, from /proc/self/maps: its line ends in "[heap]". */
static gboolean
find_heap (guintptr *start,
           guintptr *end)
{
  FILE *maps = fopen ("/proc/self/maps", "re");
  char line[512];
  gboolean found = FALSE;

  if (maps == NULL)
    return FALSE;
  while (!found && fgets (line, sizeof line, maps) != NULL)
    if (strstr (line, "[heap]") != NULL)
      {
        unsigned long a, b;

        if (sscanf (line, "%lx-%lx", &a, &b) == 2)
          {
            *start = a;
            *end = b;
            found = TRUE;
          }
      }
  fclose (maps);
  return found;
}
#endif

void
sg_memory_init (void)
{
#ifdef __GLIBC__
  void *volatile chunks[16] = { NULL };
  void *before = sbrk (0);
  guintptr start, end;

  mallopt (M_TOP_PAD, TOP_PAD);
  /* Grows the heap now, so that one madvise () covers its 512 MiB: what
   * is left at the top of the heap glibc made before main () is used up
   * first. 64 KiB stays below the size glibc maps on its own; volatile,
   * or the compiler drops allocations that are freed unused. */
  for (guint i = 0; i < G_N_ELEMENTS (chunks) && sbrk (0) == before; i++)
    chunks[i] = malloc (64 * 1024);
  for (guint i = 0; i < G_N_ELEMENTS (chunks); i++)
    free (chunks[i]);
  if (find_heap (&start, &end))
    madvise ((void *) start, end - start, MADV_HUGEPAGE);
#endif
}
