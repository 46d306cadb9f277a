/* sg-backlinks.h: in a record's detail pane, the records of another kind that name it (the risks that affect an asset)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_BACKLINKS (sg_backlinks_get_type ())

G_DECLARE_FINAL_TYPE (SgBacklinks, sg_backlinks, SG, BACKLINKS, AdwPreferencesGroup)

/* The link and reference fields of other kinds that point at records of
 * @kind (people and a record's own parent left out: they have their own
 * places): a new array of GParamSpec*, borrowed from the kinds' classes. */
GPtrArray  *sg_backlinks_find_fields   (GType        kind);
/* The records of @field's kind whose @field names the record set with
 * _set_record (), live, each opening it; hidden while there are none. */
GtkWidget  *sg_backlinks_new           (SgStore     *store,
                                        GParamSpec  *field);
void        sg_backlinks_set_record    (SgBacklinks *self,
                                        SgRecord    *record);
/* The records shown, in ref order: borrowed. */
GPtrArray  *sg_backlinks_get_records   (SgBacklinks *self);

G_END_DECLS
