/* sg-scope-versions.h: the versions a scope statement had, read from its change history
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-store.h"

G_BEGIN_DECLS

/* One version of the scope: its values as the history keeps them
 * (sg_field_format_stored () shows them), NULL where there was none. */
typedef struct
{
  char *version;
  char *approved_by;  /* the name, as the history names a person */
  char *approved_on;  /* ISO date */
  char *since;        /* the timestamp the version was set (or the record created) */
} SgScopeVersion;

void sg_scope_version_free (SgScopeVersion *version);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SgScopeVersion, sg_scope_version_free)

/* The versions @scope had, newest first (SgScopeVersion*): a new one
 * begins where its version text changed, and each shows the approval it
 * had last. A period without a version text is left out. NULL (and
 * @error) only if the history cannot be read. */
GPtrArray *sg_scope_list_versions (SgStore   *store,
                                   SgRecord  *scope,
                                   GError   **error);

G_END_DECLS
