/* sg-import-values.h: what the values of a choice or rating column become, and columns that are derived
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-csv-lookup.h"
#include "sg-csv-reader.h"
#include "sg-risk-method.h"

G_BEGIN_DECLS

/* One distinct value of a column. */
typedef struct
{
  char     *text;    /* as first written in the file, trimmed */
  guint     n_rows;  /* rows that hold it */
  int       value;   /* the choice's value or the rating; meaningful when @mapped */
  gboolean  mapped;  /* FALSE: the field stays empty and the text goes to the notes */
} SgImportValue;

/* A column the register has no field for because it is worked out from
 * others, recognised by its header. */
typedef enum
{
  SG_IMPORT_DERIVED_NONE,
  SG_IMPORT_DERIVED_SCORE,     /* likelihood × impact: checked, not imported */
  SG_IMPORT_DERIVED_LEVEL,     /* the risk level: checked, not imported */
  SG_IMPORT_DERIVED_VELOCITY,  /* kept in the notes */
} SgImportDerived;

/* The mapping of every column's values, shared read-only with the
 * threads that check rows: every change makes a new one (copy on write). */
typedef struct _SgImportValues SgImportValues;

/* @method: the register's, for the levels a level column is checked
 * against (copied now). */
SgImportValues *sg_import_values_new      (guint            n_columns,
                                           SgRiskMethod    *method);
SgImportValues *sg_import_values_ref      (SgImportValues  *values);
void            sg_import_values_unref    (SgImportValues  *values);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SgImportValues, sg_import_values_unref)

/* The same values, or a copy with the tables of the columns whose field
 * changed made again from @rows (the header is row 0) and their guesses. */
SgImportValues *sg_import_values_update   (SgImportValues  *values,
                                           GParamSpec     **columns,
                                           GPtrArray       *rows,
                                           SgCsvLookup     *lookup);

/* Whether the column's values are mapped (a choice or rating field). */
gboolean        sg_import_values_has_table (SgImportValues *values,
                                            guint           column);
/* SgImportValue*, owned by @values, the most frequent first. */
GPtrArray      *sg_import_values_list     (SgImportValues  *values,
                                           guint            column);
/* A copy where @text of @column becomes @value, or is left in the notes
 * (@mapped FALSE). */
SgImportValues *sg_import_values_set      (SgImportValues  *values,
                                           guint            column,
                                           const char      *text,
                                           int              value,
                                           gboolean         mapped);
/* The scale a rating column's numbers are on: 0 as they are, else
 * 1–@from rescaled to the register's. */
guint           sg_import_values_get_scale (SgImportValues *values,
                                            guint           column);
/* The highest whole number in a rating column (0: none), to offer its scale. */
guint           sg_import_values_get_max_number (SgImportValues *values,
                                                 guint           column);
SgImportValues *sg_import_values_set_scale (SgImportValues *values,
                                            guint           column,
                                            guint           from,
                                            GPtrArray      *rows,
                                            SgCsvLookup    *lookup);

SgImportDerived sg_import_values_get_derived (SgImportValues *values,
                                              guint           column);

/* Reads @cell of @column for @pspec when the mapping has a say: TRUE
 * with @value set (initialised here; the default when the cell is empty
 * or its text unmapped) and in *@left what goes to the notes instead
 * (NULL: nothing). FALSE: the cell is parsed as usual. */
gboolean        sg_import_values_read     (SgImportValues  *values,
                                           SgCsvLookup     *lookup,
                                           guint            column,
                                           GParamSpec      *pspec,
                                           const char      *cell,
                                           GValue          *value,
                                           char           **left);
/* Whether a column's cells are left out of the record (score and level). */
gboolean        sg_import_values_skips    (SgImportValues  *values,
                                           guint            column);
/* Checks a row's score and level columns against @record's inherent
 * ratings; returns what differs (translated), or NULL. */
char           *sg_import_values_check_derived (SgImportValues *values,
                                                GObject        *record,
                                                SgCsvRow       *row,
                                                GPtrArray      *header);

/* Adds to @notes (char*) what the summary says of the mapping: values
 * kept in the notes, rescaled scales, derived columns. */
void            sg_import_values_describe (SgImportValues  *values,
                                           GPtrArray       *header,
                                           GPtrArray       *notes);
/* The mapping used, one line per value, for the command line. */
char           *sg_import_values_format   (SgImportValues  *values,
                                           GParamSpec     **columns,
                                           GPtrArray       *header);
/* The label of a mapped value of @pspec (a choice's or a rating's). */
char           *sg_import_values_label    (SgImportValues  *values,
                                           GParamSpec      *pspec,
                                           int              value);

G_END_DECLS
