/* sg-field-binding.h: one field of a record shown and edited in a row
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-store.h"

G_BEGIN_DECLS

#define SG_TYPE_FIELD_BINDING (sg_field_binding_get_type ())

G_DECLARE_FINAL_TYPE (SgFieldBinding, sg_field_binding, SG, FIELD_BINDING, GObject)

/* Builds the widget that edits @pspec, chosen by its SgFieldKind. */
SgFieldBinding *sg_field_binding_new          (SgStore        *store,
                                               GParamSpec     *pspec);
GParamSpec     *sg_field_binding_get_pspec    (SgFieldBinding *self);
/* A row for an AdwPreferencesGroup, or for long text a group of its own. */
GtkWidget      *sg_field_binding_get_widget   (SgFieldBinding *self);
gboolean        sg_field_binding_is_group     (SgFieldBinding *self);
/* Shows and edits @record's field; NULL shows nothing. Pending typing
 * for the previous record is saved first. */
void            sg_field_binding_set_record   (SgFieldBinding *self,
                                               SgRecord       *record);
/* Saves typing that waits for a pause. */
void            sg_field_binding_flush        (SgFieldBinding *self);
void            sg_field_binding_grab_focus   (SgFieldBinding *self);
/* The last edit through this field was refused (SG_STORE_ERROR_INVALID,
 * a ref in use): the field shows why until the next edit or record. */
gboolean        sg_field_binding_get_invalid  (SgFieldBinding *self);

G_END_DECLS
