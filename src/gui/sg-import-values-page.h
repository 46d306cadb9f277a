/* sg-import-values-page.h: the import dialog's step where each value of a choice or rating column is mapped
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sg-csv-import.h"

G_BEGIN_DECLS

#define SG_TYPE_IMPORT_VALUES_PAGE (sg_import_values_page_get_type ())

G_DECLARE_FINAL_TYPE (SgImportValuesPage, sg_import_values_page, SG, IMPORT_VALUES_PAGE, GtkBox)

GtkWidget *sg_import_values_page_new        (void);
/* Shows the values of @import's choice and rating columns as they are
 * mapped now (NULL: nothing). Emits "changed" after each change the
 * user makes; the rows are then to be checked again. */
void       sg_import_values_page_set_import (SgImportValuesPage *self,
                                             SgCsvImport        *import);
/* How many values the page shows, all columns together. */
guint      sg_import_values_page_get_n_values (SgImportValuesPage *self);
/* Whether @import has a column whose values are mapped. */
gboolean   sg_import_values_page_has_values (SgCsvImport        *import);

G_END_DECLS
