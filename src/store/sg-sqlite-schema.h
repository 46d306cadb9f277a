/* sg-sqlite-schema.h: the register's tables, generated from the record classes
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-record.h"

G_BEGIN_DECLS

/* What no field spec can say: the change history. */
extern const char sg_sqlite_history_sql[];

/* The column definition of a stored field ("due_date TEXT CHECK (…)");
 * NULL for a link field, which is a table of its own. */
char      *sg_sqlite_schema_column       (SgRecordClass *klass,
                                          GParamSpec    *pspec);

/* The CREATE statements of a kind's main table, of its link tables and of
 * their indexes, with the fields that schema version @version has,
 * tables before indexes: GPtrArray of char*. */
GPtrArray *sg_sqlite_schema_kind         (SgRecordClass *klass,
                                          guint          version);

/* The statements that add one field to a kind's table at @version:
 * a column and its index, or a link table and its index. */
GPtrArray *sg_sqlite_schema_add_field    (SgRecordClass *klass,
                                          GParamSpec    *pspec);

/* Every table and index of a register at the current version, exactly
 * as sqlite_schema holds them: in a fixed order, tables of a kind before
 * its indexes; and as name → CREATE statement. */
GPtrArray  *sg_sqlite_schema_all         (void);
GHashTable *sg_sqlite_schema_expected    (void);
/* "risk" of "CREATE TABLE risk (…", "risk_by_x" of "CREATE INDEX risk_by_x …" */
char       *sg_sqlite_schema_statement_name (const char *sql);

G_END_DECLS
