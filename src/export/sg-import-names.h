/* sg-import-names.h: the names an import knows — of the kinds it fills, and of their columns
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Adds to @names (folded header → GParamSpec*) what spreadsheets call
 * the @fields of one kind: each field's label in German, whatever the
 * desktop's language, and common names of other registers. A name
 * already in @names stays as it is. */
void         sg_import_names_add          (GHashTable  *names,
                                           GPtrArray   *fields);

/* @msgid as the German catalogue translates it, or NULL when it has no
 * translation or the catalogue is not there. Any thread. */
const char  *sg_import_names_german       (const char  *msgid);

/* Whether records of @kind can be imported: it has a page and a title. */
gboolean     sg_import_kind_is_importable (GType        kind);
/* The kind the command line calls @name ("assets", "people",
 * "interested-parties"; also the table, "interested_party"), or
 * G_TYPE_INVALID when it is no importable kind. */
GType        sg_import_kind_from_name     (const char  *name);
/* How the command line calls @kind: "risks", "interested-parties". */
char        *sg_import_kind_get_name      (GType        kind);
/* Every importable kind's name, comma-separated, in sidebar order. */
char        *sg_import_kind_list_names    (void);

G_END_DECLS
