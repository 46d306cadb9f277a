/* sg-record.h: the abstract record every register entry derives from
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "sg-field.h"

G_BEGIN_DECLS

#define SG_TYPE_RECORD (sg_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (SgRecord, sg_record, SG, RECORD, GObject)

/* A list column a kind declares: its field, and how soon it goes when the
 * window narrows (1 stays longest). */
typedef struct
{
  GParamSpec *field;
  guint       priority;
  guint       width;      /* in characters; 0: by the field's kind */
} SgRecordColumn;

/* A titled part of the detail pane: its fields in the order shown. */
typedef struct
{
  const char  *title;     /* marked with N_(); translate when shown */
  GParamSpec **fields;    /* NULL-terminated */
} SgRecordSection;

/* When a record is overdue: its due date is before today and its status
 * is none of the closed ones. */
typedef struct
{
  GParamSpec *date;
  GParamSpec *status;     /* a choice field, or NULL */
  int        *closed;     /* status values, ended by -1 */
} SgRecordDue;

/* Where a kind's page stands in the window: under the clause of
 * ISO/IEC 27001 its records serve, in the order of sg_record_kinds (). */
typedef enum
{
  SG_RECORD_AREA_NONE,         /* no page of its own (the risk method's parts) */
  SG_RECORD_AREA_CHECKLIST,    /* at the top, under no clause: the clauses' own checklist */
  SG_RECORD_AREA_CONTEXT,      /* clause 4 */
  SG_RECORD_AREA_LEADERSHIP,   /* clause 5 */
  SG_RECORD_AREA_PLANNING,     /* clause 6 */
  SG_RECORD_AREA_SUPPORT,      /* clause 7 */
  SG_RECORD_AREA_OPERATION,    /* clause 8 */
  SG_RECORD_AREA_EVALUATION,   /* clause 9 */
  SG_RECORD_AREA_IMPROVEMENT,  /* clause 10 */
  SG_RECORD_AREA_OTHER,        /* a kind that does not say */
} SgRecordArea;

struct _SgRecordClass
{
  GObjectClass parent_class;

  /*< private >*/
  const char  *table;
  const char  *ref_prefix;
  const char  *noun;
  const char  *plural;
  const char  *count_label;
  GPtrArray   *fields;      /* GParamSpec*, in declaration order */
  guint        first_own_index;
  guint        n_values;
  guint        since;         /* the schema version that added the kind */
  gboolean     refs_optional;
  GPtrArray   *constraints;   /* table constraints no field can say, SQL */
  GParamSpec  *title_field;
  GArray      *columns;       /* SgRecordColumn */
  GPtrArray   *facets;        /* GParamSpec*, NULL-terminated */
  GArray      *sections;      /* SgRecordSection */
  GArray      *children;      /* GType */
  SgRecordDue *due;
  int          area;          /* SgRecordArea */
  const char  *page_title;
  gpointer     rules;         /* SgRecordRules, sg-record-rules.c */
  GParamSpec  *origin;
  const char  *empty_icon;
  const char  *empty_text;
};

/* Called once from a kind's class_init: the table, the prefix of the refs
 * the store assigns ("R-" gives R-001, NULL means refs are given by hand),
 * the translatable noun and plural (marked with N_()), and the label of
 * its line in `safeguard --check` ("risks"). */
void          sg_record_class_set_kind        (SgRecordClass *klass,
                                               const char    *table,
                                               const char    *ref_prefix,
                                               const char    *noun,
                                               const char    *plural,
                                               const char    *count_label);
/* Installs the kind's fields: properties[0] is unused, as in the usual
 * GParamSpec *properties[N_PROPS] array. Values live in SgRecord, so a kind
 * needs no get_property/set_property of its own. */
void          sg_record_class_install_fields  (SgRecordClass *klass,
                                               guint          n_properties,
                                               GParamSpec   **properties);

/* What the store's schema needs beyond the fields, also from class_init:
 * the schema version that added the kind (1 if never called); that refs
 * are neither required nor unique (settings rows, a reading of an
 * objective); and a table constraint such as "UNIQUE (axis, value)". */
void          sg_record_class_set_since       (SgRecordClass *klass,
                                               guint          version);
void          sg_record_class_set_refs_optional (SgRecordClass *klass);
void          sg_record_class_add_constraint  (SgRecordClass *klass,
                                               const char    *sql);

/* How a kind is shown, also from class_init, after its fields are
 * installed: the field that names a record (a text field, or none), and
 * its list columns beside ref and title, in the order given. */
void          sg_record_class_set_title_field (SgRecordClass *klass,
                                               GParamSpec    *field);
void          sg_record_class_add_column      (SgRecordClass *klass,
                                               GParamSpec    *field,
                                               guint          priority);
/* Like sg_record_class_add_column (), with the width its values need, in
 * characters (a ref 8, a name 30). */
void          sg_record_class_add_column_sized (SgRecordClass *klass,
                                                GParamSpec    *field,
                                                guint          priority,
                                                guint          width);
/* A field the list can be filtered by: a choice, a yes/no, a person or a
 * reference (the list offers the records actually named). */
void          sg_record_class_add_facet       (SgRecordClass *klass,
                                               GParamSpec    *field);
/* A titled section of the detail pane, with its fields in order, ended by
 * NULL; sections show in the order added, fields in none come last. */
void          sg_record_class_add_section     (SgRecordClass *klass,
                                               const char    *title,
                                               GParamSpec    *first_field,
                                               ...) G_GNUC_NULL_TERMINATED;
/* A kind whose records belong to one of this kind: @child_kind has a
 * parent field (sg_field_parent ()) that points at this kind. */
void          sg_record_class_add_child       (SgRecordClass *klass,
                                               GType          child_kind);
/* A record is overdue when @date is before today and @status (a choice
 * field, or NULL) holds none of the closed values, ended by -1. */
void          sg_record_class_set_due         (SgRecordClass *klass,
                                               GParamSpec    *date,
                                               GParamSpec    *status,
                                               int            first_closed,
                                               ...);
/* The choice field that says where a record came from (an action's
 * source): list cells show the ref of the parent it belongs to instead
 * ("NC-003"), the choice when it has none. */
void          sg_record_class_set_origin      (SgRecordClass *klass,
                                               GParamSpec    *field);
GParamSpec   *sg_record_class_get_origin      (SgRecordClass *klass);
/* Bad input the store refuses (sg-record-rules.c). When both dates are
 * given, @later may not be before @earlier; @message (marked with N_())
 * says why, at the field that was changed. */
void          sg_record_class_add_date_order  (SgRecordClass *klass,
                                               GParamSpec    *earlier,
                                               GParamSpec    *later,
                                               const char    *message);
/* A rule that needs the kind's other records (a review dated before the
 * previous one): returns why @record cannot hold its values, translated,
 * or NULL. @records are the kind's records the store holds (@record among
 * them, unless it is being added). Checked when @field changes. */
typedef char *(*SgRecordRuleFunc) (SgRecord        *record,
                                   SgRecord *const *records,
                                   guint            n_records);
void          sg_record_class_add_rule        (SgRecordClass   *klass,
                                               GParamSpec      *field,
                                               SgRecordRuleFunc func);
/* When @status becomes @done_value while @date is empty, the store fills
 * @date with today ("done on"). */
void          sg_record_class_set_done_date   (SgRecordClass *klass,
                                               GParamSpec    *status,
                                               int            done_value,
                                               GParamSpec    *date);
gboolean      sg_record_class_get_done_date   (SgRecordClass *klass,
                                               GParamSpec   **status,
                                               int           *done_value,
                                               GParamSpec   **date);
/* Why @record cannot hold its values, translated, or NULL: the rules that
 * involve @changed (NULL: every rule), with @records as for
 * SgRecordRuleFunc. */
char         *sg_record_check                 (SgRecord        *record,
                                               GParamSpec      *changed,
                                               SgRecord *const *records,
                                               guint            n_records);
/* The kind's page: the clause it stands under and its title in the
 * sidebar (marked with N_(); NULL: the plural). A kind that does not say
 * stands under "Other Records". */
void          sg_record_class_set_page        (SgRecordClass *klass,
                                               SgRecordArea   area,
                                               const char    *title);
SgRecordArea  sg_record_class_get_area        (SgRecordClass *klass);
/* Translated; never NULL. */
const char   *sg_record_class_get_page_title  (SgRecordClass *klass);
/* What the kind's page says while it has no records: a symbolic icon
 * name and one sentence (marked with N_()) saying what the kind is for
 * and which clause asks for it. */
void          sg_record_class_set_empty_state (SgRecordClass *klass,
                                               const char    *icon_name,
                                               const char    *text);
/* The icon is never NULL (a plain document for a kind that does not
 * say); the text is translated, NULL for a kind that does not say. */
const char   *sg_record_class_get_empty_icon  (SgRecordClass *klass);
const char   *sg_record_class_get_empty_text  (SgRecordClass *klass);
/* Whether a field kind can be a facet. */
gboolean      sg_record_field_can_be_facet    (GParamSpec    *field);

GParamSpec   *sg_record_class_get_title_field (SgRecordClass *klass);
const SgRecordColumn *sg_record_class_list_columns (SgRecordClass *klass,
                                                    guint         *n_columns);

/* NULL-terminated; never NULL. */
GParamSpec  *const *sg_record_class_list_facets  (SgRecordClass *klass,
                                                  guint         *n_facets);
const SgRecordSection *sg_record_class_list_sections (SgRecordClass *klass,
                                                      guint         *n_sections);
const GType  *sg_record_class_list_children   (SgRecordClass *klass,
                                               guint         *n_children);
/* The field of @child_kind that points at its parent of @parent_kind. */
GParamSpec   *sg_record_class_find_parent_field (GType        child_kind,
                                                 GType        parent_kind);
const SgRecordDue *sg_record_class_get_due    (SgRecordClass *klass);

const char   *sg_record_class_get_table       (SgRecordClass *klass);
guint         sg_record_class_get_since       (SgRecordClass *klass);
gboolean      sg_record_class_get_refs_optional (SgRecordClass *klass);
/* NULL-terminated; NULL when there are none. */
const char  *const *sg_record_class_get_constraints (SgRecordClass *klass);
const char   *sg_record_class_get_ref_prefix  (SgRecordClass *klass);
const char   *sg_record_class_get_noun        (SgRecordClass *klass);
const char   *sg_record_class_get_plural      (SgRecordClass *klass);
const char   *sg_record_class_get_count_label (SgRecordClass *klass);
/* Every stored field: ref, the kind's own fields, created, updated. */
GParamSpec  **sg_record_class_list_fields     (SgRecordClass *klass,
                                               guint         *n_fields);
GParamSpec   *sg_record_class_find_field      (SgRecordClass *klass,
                                               const char    *name);

/* Told of every value sg_record_set_value() changes, before "notify" is
 * emitted: the store that holds the record. One pointer instead of a
 * handler per record, which was 4 % of a 100,000-row import. */
typedef void (*SgRecordObserver) (SgRecord   *record,
                                  GParamSpec *pspec,
                                  gpointer    data);

void          sg_record_set_observer          (SgRecord         *self,
                                               SgRecordObserver  observer,
                                               gpointer          data);

gint64        sg_record_get_id                (SgRecord   *self);
void          sg_record_set_id                (SgRecord   *self,
                                               gint64      id);
const char   *sg_record_get_ref               (SgRecord   *self);
void          sg_record_set_ref               (SgRecord   *self,
                                               const char *ref);
const char   *sg_record_get_created           (SgRecord   *self);
const char   *sg_record_get_updated           (SgRecord   *self);

/* Fast, copy-free access for the store, exports and views. */
const GValue *sg_record_peek_value            (SgRecord   *self,
                                               GParamSpec *pspec);
/* Every field's value at once, each at sg_record_field_slot (): for
 * loops over every field of many records, without checking the record
 * and the field again for each value. */
const GValue *sg_record_peek_values           (SgRecord   *self);
guint         sg_record_field_slot            (GParamSpec *field);
const char   *sg_record_peek_string           (SgRecord   *self,
                                               const char *field);
int           sg_record_peek_int              (SgRecord   *self,
                                               const char *field);
gint64        sg_record_peek_int64            (SgRecord   *self,
                                               const char *field);
gboolean      sg_record_peek_boolean          (SgRecord   *self,
                                               const char *field);
int           sg_record_peek_enum             (SgRecord   *self,
                                               const char *field);
GVariant     *sg_record_peek_links            (SgRecord   *self,
                                               const char *field);
/* For counting over many records: the int @fields of each of @records,
 * record by record into @values (n_records × n_fields). */
void          sg_record_peek_ints_many        (SgRecord *const   *records,
                                               guint              n_records,
                                               GParamSpec *const *fields,
                                               guint              n_fields,
                                               int               *values);

/* Sets a field by name; notifies only when the value really changes. */
void          sg_record_set_value             (SgRecord     *self,
                                               GParamSpec   *pspec,
                                               const GValue *value);

/* For loaders: moves @value (of the field's type) into the record without
 * notifying; @value is left unset. */
void          sg_record_load_value            (SgRecord     *self,
                                               GParamSpec   *pspec,
                                               GValue       *value);

/* Whether @self is overdue on @today (an ISO date; NULL: the real today);
 * FALSE for kinds without a due date. */
gboolean      sg_record_is_overdue            (SgRecord   *self,
                                               const char *today);

/* A one-line description for lists and messages: "R-003 Ransomware …". */
char         *sg_record_dup_display_name      (SgRecord   *self);

G_END_DECLS
