/* sg-xlsx-improve.c: the workbook's audit programme, findings, nonconformities, actions and management reviews
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * These kinds get the generic record sheet (every field a column, so a
 * new field still appears without code), in an order an auditor reads
 * them in, with columns derived from the records around them: the year
 * and quarter of each audit in the programme and whether its auditors
 * own what they audit; the nonconformity each finding raised; the
 * corrective actions of a nonconformity and the actions of a review or
 * audit, each with its owner and due date; the record an action came
 * from and whether it is overdue. A management review's computed
 * inputs are GVariant text in the register: they get a sheet of their
 * own, one row per figure under its heading of 9.3.2 a–g. */
#define G_LOG_DOMAIN "sg-xlsx"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "sg-action.h"
#include "sg-audit.h"
#include "sg-control.h"
#include "sg-enums.h"
#include "sg-finding.h"
#include "sg-independence.h"
#include "sg-management-review.h"
#include "sg-nonconformity.h"
#include "sg-person.h"
#include "sg-requirement.h"
#include "sg-review-inputs.h"
#include "sg-risk.h"
#include "sg-xlsx-private.h"

/* Field names the kinds' headers do not spell as macros. */
#define AUDIT_AUDITOR       "auditor"
#define AUDIT_TEAM          "team"
#define AUDIT_CLAUSES       "clauses"
#define AUDIT_CONTROLS      "controls"
#define AUDIT_PLANNED       "planned-date"
#define AUDIT_ACTUAL        "actual-date"
#define AUDIT_NOTE          "independence-note"
#define NC_FINDING          "finding"
#define REVIEW_DATE         "date"
#define REVIEW_STATUS       "status"
#define REVIEW_INPUTS       "inputs"
#define RECORD_OWNER        "owner"

/* Who raised what: found once per export, from the records as they are
 * when the first sheet that needs it is filled. */
struct _SgXlsxLinks
{
  /* An id → a GPtrArray of the records that name it. */
  GHashTable *ncs_of_finding;
  GHashTable *actions_of_nc;
  GHashTable *actions_of_review;
  GHashTable *actions_of_audit;
};

static void
ptr_array_unref (gpointer data)
{
  g_ptr_array_unref (data);
}

static GHashTable *
new_index (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, ptr_array_unref);
}

static void
index_add (GHashTable *index,
           gint64      id,
           SgRecord   *record)
{
  GPtrArray *records;

  if (id == 0)
    return;
  records = g_hash_table_lookup (index, &id);
  if (records == NULL)
    {
      /* Held: in the window, the register may change between steps of the export. */
      records = g_ptr_array_new_with_free_func (g_object_unref);
      g_hash_table_insert (index, g_memdup2 (&id, sizeof id), records);
    }
  g_ptr_array_add (records, g_object_ref (record));
}

void
sg_xlsx_links_free (SgXlsxLinks *links)
{
  if (links == NULL)
    return;
  g_hash_table_unref (links->ncs_of_finding);
  g_hash_table_unref (links->actions_of_audit);
  g_hash_table_unref (links->actions_of_nc);
  g_hash_table_unref (links->actions_of_review);
  g_free (links);
}

static SgXlsxLinks *
get_links (SgXlsxFiller *filler)
{
  SgXlsxLinks *links = filler->links;
  SgRecord *const *records;
  guint n;

  if (links != NULL)
    return links;
  links = filler->links = g_new0 (SgXlsxLinks, 1);
  links->ncs_of_finding = new_index ();
  links->actions_of_audit = new_index ();
  links->actions_of_nc = new_index ();
  links->actions_of_review = new_index ();

  records = sg_store_peek_records (filler->store, SG_TYPE_NONCONFORMITY, &n);
  for (guint i = 0; i < n; i++)
    index_add (links->ncs_of_finding, sg_record_peek_int64 (records[i], NC_FINDING), records[i]);
  records = sg_store_peek_records (filler->store, SG_TYPE_ACTION, &n);
  for (guint i = 0; i < n; i++)
    {
      index_add (links->actions_of_nc, sg_record_peek_int64 (records[i], SG_ACTION_NONCONFORMITY), records[i]);
      index_add (links->actions_of_review, sg_record_peek_int64 (records[i], SG_ACTION_REVIEW), records[i]);
      index_add (links->actions_of_audit, sg_record_peek_int64 (records[i], SG_ACTION_AUDIT), records[i]);
    }
  return links;
}

/* Column orders */

static const char *const audit_order[] = {
  "@year", "@quarter", "ref", "title", "type", AUDIT_AUDITOR, AUDIT_TEAM, "auditees",
  AUDIT_PLANNED, AUDIT_ACTUAL, "status", AUDIT_CLAUSES, AUDIT_CONTROLS, "processes",
  "@independence", AUDIT_NOTE, NULL
};
static const char *const finding_order[] = {
  "ref", SG_FINDING_AUDIT, SG_FINDING_TYPE, SG_FINDING_REQUIREMENT, SG_FINDING_CONTROL,
  SG_FINDING_DESCRIPTION, SG_FINDING_EVIDENCE, "@raised-nc", NULL
};
static const char *const nc_order[] = {
  "ref", "title", "severity", "source", NC_FINDING, "raised-on", RECORD_OWNER, "due-date",
  "status", "@overdue", "description", "correction", "root-cause-method", "root-cause",
  "similar", "@actions", "effectiveness-planned", "effectiveness-checked-on",
  "effectiveness-checked-by", "effectiveness", "effectiveness-notes", "closed-on", NULL
};
static const char *const action_order[] = {
  "ref", SG_ACTION_TITLE, SG_ACTION_SOURCE, "@raised-by", SG_ACTION_OWNER, SG_ACTION_RAISED_ON,
  SG_ACTION_DUE_DATE, "@overdue", SG_ACTION_STATUS, SG_ACTION_DONE_ON, SG_ACTION_DESCRIPTION, NULL
};
static const char *const review_order[] = {
  "ref", "title", REVIEW_DATE, REVIEW_STATUS, "participants", "attendees", "decisions",
  "changes", "@actions", "inputs-since", NULL
};

const char *const *
sg_xlsx_improve_order (GType kind)
{
  if (kind == SG_TYPE_AUDIT)
    return audit_order;
  if (kind == SG_TYPE_FINDING)
    return finding_order;
  if (kind == SG_TYPE_NONCONFORMITY)
    return nc_order;
  if (kind == SG_TYPE_ACTION)
    return action_order;
  if (kind == SG_TYPE_MANAGEMENT_REVIEW)
    return review_order;
  return NULL;
}

static const struct
{
  const char       *name;
  SgXlsxColumnKind  kind;
  const char       *label;
} derived_columns[] = {
  { "@year", SG_XLSX_COLUMN_YEAR, N_("Year") },
  { "@quarter", SG_XLSX_COLUMN_QUARTER, N_("Quarter") },
  { "@independence", SG_XLSX_COLUMN_INDEPENDENCE, N_("Auditors owning records in scope") },
  { "@raised-nc", SG_XLSX_COLUMN_RAISED_NC, N_("Nonconformity raised") },
  { "@actions", SG_XLSX_COLUMN_ACTIONS, N_("Actions (owner, due)") },
  { "@raised-by", SG_XLSX_COLUMN_RAISED_BY, N_("Raised by") },
  { "@overdue", SG_XLSX_COLUMN_OVERDUE, N_("Overdue") },
};

int
sg_xlsx_improve_find_column (const char  *name,
                             const char **label)
{
  if (name[0] != '@')
    return -1;
  for (guint i = 0; i < G_N_ELEMENTS (derived_columns); i++)
    if (g_str_equal (name, derived_columns[i].name))
      {
        *label = _(derived_columns[i].label);
        return (int) derived_columns[i].kind;
      }
  g_return_val_if_reached (-1);
}

gboolean
sg_xlsx_improve_skips (GType       kind,
                       GParamSpec *pspec)
{
  /* An action's parents are one column, "Raised by". */
  if (kind == SG_TYPE_ACTION)
    return g_str_equal (pspec->name, SG_ACTION_NONCONFORMITY) || g_str_equal (pspec->name, SG_ACTION_REVIEW) ||
           g_str_equal (pspec->name, SG_ACTION_AUDIT) || g_str_equal (pspec->name, SG_ACTION_RISK);
  /* The frozen inputs have a sheet of their own. */
  if (kind == SG_TYPE_MANAGEMENT_REVIEW)
    return g_str_equal (pspec->name, REVIEW_INPUTS);
  return FALSE;
}

/* The audit programme */

/* Planned, else held; NULL for neither. */
static const char *
programme_date (SgRecord *audit)
{
  const char *planned = sg_record_peek_string (audit, AUDIT_PLANNED);
  const char *actual = sg_record_peek_string (audit, AUDIT_ACTUAL);

  if (planned != NULL && strlen (planned) >= 10)
    return planned;
  return actual != NULL && strlen (actual) >= 10 ? actual : NULL;
}

static int
compare_programme (gconstpointer a,
                   gconstpointer b)
{
  SgRecord *x = *(SgRecord **) a, *y = *(SgRecord **) b;
  const char *dx = programme_date (x), *dy = programme_date (y);
  int order;

  if (dx == NULL || dy == NULL)
    order = (dx == NULL) - (dy == NULL);
  else
    order = strcmp (dx, dy);
  if (order == 0)
    order = sg_record_get_id (x) < sg_record_get_id (y) ? -1 : sg_record_get_id (x) > sg_record_get_id (y);
  return order;
}

void
sg_xlsx_sort_programme (GPtrArray *audits)
{
  g_ptr_array_sort (audits, compare_programme);
}

/* Who audits their own work, one line each, as the Audits page says it:
 * the core check, roles included. */
static char *
dup_independence (SgXlsxFiller *filler,
                  SgRecord     *audit)
{
  g_autoptr(SgIndependence) independence = sg_independence_check (filler->store, audit);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < independence->conflicts->len; i++)
    {
      g_autofree char *line =
        sg_independence_describe (filler->store, independence,
                                  &g_array_index (independence->conflicts, SgIndependenceConflict, i));

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }
  return g_string_free (text, FALSE);
}

/* Cells */

static void
append_action (SgXlsxFiller *filler,
               GString      *text,
               SgRecord     *action)
{
  const char *owner = sg_store_peek_name (filler->store, action, SG_ACTION_OWNER);
  const char *due = sg_record_peek_string (action, SG_ACTION_DUE_DATE);
  const char *status = sg_enum_get_label (SG_TYPE_ACTION_STATUS, sg_record_peek_enum (action, SG_ACTION_STATUS));

  if (text->len > 0)
    g_string_append_c (text, '\n');
  g_string_append (text, sg_record_get_ref (action) ? sg_record_get_ref (action) : "");
  g_string_append (text, " ");
  g_string_append (text, owner != NULL ? owner : _("no owner"));
  if (due != NULL && *due != '\0')
    {
      g_string_append (text, ", ");
      /* Translators: the workbook's actions column; %s is a date as 2027-03-31 */
      g_string_append_printf (text, _("due %s"), due);
    }
  g_string_append (text, ", ");
  g_string_append (text, status);
  if (sg_record_is_overdue (action, filler->today))
    {
      g_string_append (text, ", ");
      g_string_append (text, _("overdue"));
    }
}

static SgRecord *
find_raiser (SgXlsxFiller *filler,
             SgRecord     *action)
{
  static const struct
  {
    const char *field;
    GType     (*kind) (void);
  } parents[] = {
    { SG_ACTION_NONCONFORMITY, sg_nonconformity_get_type },
    { SG_ACTION_REVIEW, sg_management_review_get_type },
    { SG_ACTION_AUDIT, sg_audit_get_type },
    { SG_ACTION_RISK, sg_risk_get_type },
  };

  for (guint i = 0; i < G_N_ELEMENTS (parents); i++)
    {
      gint64 id = sg_record_peek_int64 (action, parents[i].field);

      if (id != 0)
        return sg_store_find_by_id (filler->store, parents[i].kind (), id);
    }
  return NULL;
}

void
sg_xlsx_improve_set_cell (SgXlsxFiller     *filler,
                          SgXlsxSheet      *sheet,
                          guint             col,
                          SgRecord         *record,
                          SgXlsxColumnKind  kind)
{
  g_autofree char *text = NULL;
  guint16 style = 0;
  GPtrArray *records = NULL;
  SgXlsxLinks *links;
  const char *date;

  switch (kind)
    {
    case SG_XLSX_COLUMN_YEAR:
      if ((date = programme_date (record)) != NULL)
        sg_xlsx_sheet_set_number (sheet, col, g_ascii_strtoull (date, NULL, 10), filler->left);
      return;
    case SG_XLSX_COLUMN_QUARTER:
      if ((date = programme_date (record)) != NULL)
        /* Translators: a quarter of the year in the audit programme, Q1 to Q4 */
        text = g_strdup_printf (_("Q%u"), (guint) (g_ascii_strtoull (date + 5, NULL, 10) + 2) / 3);
      break;
    case SG_XLSX_COLUMN_INDEPENDENCE:
      text = dup_independence (filler, record);
      /* A conflict without a reason recorded is what an auditor asks about. */
      {
        const char *note = sg_record_peek_string (record, AUDIT_NOTE);

        if (*text != '\0' && (note == NULL || *note == '\0'))
          style = filler->flagged;
        else
          style = filler->wrap;
      }
      break;
    case SG_XLSX_COLUMN_RAISED_NC:
      links = get_links (filler);
      records = g_hash_table_lookup (links->ncs_of_finding, &(gint64) { sg_record_get_id (record) });
      if (records != NULL)
        {
          GString *refs = g_string_new (NULL);

          for (guint i = 0; i < records->len; i++)
            {
              if (i > 0)
                g_string_append (refs, ", ");
              g_string_append (refs, sg_record_get_ref (records->pdata[i]) ? sg_record_get_ref (records->pdata[i]) : "");
            }
          text = g_string_free (refs, FALSE);
        }
      break;
    case SG_XLSX_COLUMN_ACTIONS:
      links = get_links (filler);
      if (SG_IS_NONCONFORMITY (record))
        records = g_hash_table_lookup (links->actions_of_nc, &(gint64) { sg_record_get_id (record) });
      else if (SG_IS_MANAGEMENT_REVIEW (record))
        records = g_hash_table_lookup (links->actions_of_review, &(gint64) { sg_record_get_id (record) });
      else
        records = g_hash_table_lookup (links->actions_of_audit, &(gint64) { sg_record_get_id (record) });
      if (records != NULL)
        {
          GString *lines = g_string_new (NULL);

          for (guint i = 0; i < records->len && lines->len < SG_XLSX_MAX_CELL_CHARS / 2; i++)
            append_action (filler, lines, records->pdata[i]);
          text = g_string_free (lines, FALSE);
          style = filler->wrap;
        }
      break;
    case SG_XLSX_COLUMN_RAISED_BY:
      {
        SgRecord *raiser = find_raiser (filler, record);

        if (raiser != NULL)
          text = g_strdup (sg_record_get_ref (raiser));
      }
      break;
    case SG_XLSX_COLUMN_OVERDUE:
      if (sg_record_is_overdue (record, filler->today))
        {
          text = g_strdup (_("Overdue"));
          style = filler->flagged;
        }
      break;
    case SG_XLSX_COLUMN_FIELD:
    case SG_XLSX_COLUMN_INHERENT_LEVEL:
    case SG_XLSX_COLUMN_RESIDUAL_LEVEL:
    case SG_XLSX_COLUMN_TREATING_RISKS:
    case SG_XLSX_COLUMN_SOA_REASONS:
    case SG_XLSX_COLUMN_SOA_GAPS:
    case SG_XLSX_COLUMN_SOA_EVIDENCE:
    case SG_XLSX_COLUMN_SOA_VERSION:
    case SG_XLSX_COLUMN_TREND:
    default:
      g_return_if_reached ();
    }
  if (text != NULL && *text != '\0')
    sg_xlsx_filler_set_text (filler, sheet, col, text, style);
}

/* The management reviews' inputs */

typedef enum
{
  INPUT_REVIEW,
  INPUT_DATE,
  INPUT_STATE,
  INPUT_HEADING,
  INPUT_WHAT,
  INPUT_VALUE,
  INPUT_PREVIOUS,
  INPUT_TARGET,
  INPUT_RECORDS,
  N_INPUT_COLUMNS
} InputColumn;

guint
sg_xlsx_review_inputs_columns (void)
{
  return N_INPUT_COLUMNS;
}

void
sg_xlsx_size_review_inputs (SgXlsxSheet *sheet)
{
  /* Least and most, in characters: headings, descriptions and records
   * wrap, so that the sheet fits one page wide (at most about 190). */
  static const double widths[N_INPUT_COLUMNS][2] = {
    [INPUT_REVIEW] = { 9, 12 }, [INPUT_DATE] = { 12, 12 }, [INPUT_STATE] = { 10, 20 },
    [INPUT_HEADING] = { 28, 30 }, [INPUT_WHAT] = { 28, 34 }, [INPUT_VALUE] = { 8, 10 },
    [INPUT_PREVIOUS] = { 12, 16 }, [INPUT_TARGET] = { 8, 10 }, [INPUT_RECORDS] = { 24, 30 },
  };

  for (guint c = 0; c < N_INPUT_COLUMNS; c++)
    sg_xlsx_sheet_limit_width (sheet, c, widths[c][0], widths[c][1]);
  sheet->repeat_columns = 1;
}

void
sg_xlsx_add_review_inputs_header (SgXlsxFiller *filler,
                                  SgXlsxSheet  *sheet)
{
  const char *headers[N_INPUT_COLUMNS] = {
    [INPUT_REVIEW] = C_("review inputs column", "Review"),
    [INPUT_DATE] = _("Date"),
    [INPUT_STATE] = C_("review inputs column", "Inputs"),
    [INPUT_HEADING] = _("Heading (9.3.2)"),
    [INPUT_WHAT] = _("What"),
    [INPUT_VALUE] = _("Value"),
    [INPUT_PREVIOUS] = _("Previous review"),
    [INPUT_TARGET] = _("Target"),
    [INPUT_RECORDS] = _("Records"),
  };

  sheet->header_row = (int) sg_xlsx_sheet_add_row (filler->plan, sheet);
  for (guint c = 0; c < N_INPUT_COLUMNS; c++)
    {
      sg_xlsx_filler_set_text (filler, sheet, c, headers[c], filler->header);
      sg_xlsx_sheet_fit (sheet, c, g_utf8_strlen (headers[c], -1) + 5);
    }
}

static void
set_figure_number (SgXlsxSheet *sheet,
                   guint        col,
                   double       value)
{
  if (!isnan (value))
    sg_xlsx_sheet_set_number (sheet, col, value, 0);
}

/* Held reviews show what was frozen; a draft what the register holds on
 * the day of the export, as its page shows it. */
void
sg_xlsx_add_review_inputs_rows (SgXlsxFiller *filler,
                                SgXlsxSheet  *sheet,
                                SgRecord     *review)
{
  g_autoptr(SgReviewInputs) inputs = NULL;
  gboolean draft = sg_record_peek_enum (review, REVIEW_STATUS) == SG_REVIEW_STATUS_PLANNED;
  const char *date = sg_record_peek_string (review, REVIEW_DATE);
  g_autofree char *state = NULL;
  double serial;

  if (draft)
    inputs = sg_review_inputs_compute (filler->store, review, filler->today);
  else
    inputs = sg_review_inputs_from_review (review, NULL);
  if (inputs == NULL)
    return;
  if (draft)
    /* Translators: the review inputs sheet; %s is the day of the export, as 2026-12-03 */
    state = g_strdup_printf (_("Draft, computed on %s"), filler->today);
  else
    /* Translators: the review inputs sheet; %s is the day they were computed, as 2026-12-03 */
    state = g_strdup_printf (_("Frozen on %s"), sg_review_inputs_get_computed (inputs) ?
                             sg_review_inputs_get_computed (inputs) : "");

  for (guint i = 0; i < sg_review_inputs_get_n_figures (inputs); i++)
    {
      const SgReviewFigure *figure = sg_review_inputs_get_figure (inputs, i);
      g_autofree char *what = sg_review_figure_describe (figure);
      g_autoptr(GString) refs = g_string_new (NULL);

      sg_xlsx_sheet_add_row (filler->plan, sheet);
      sg_xlsx_filler_set_text (filler, sheet, INPUT_REVIEW, sg_record_get_ref (review), 0);
      if (sg_xlsx_date_to_serial (date, &serial))
        sg_xlsx_sheet_set_number (sheet, INPUT_DATE, serial, filler->date);
      sg_xlsx_sheet_fit (sheet, INPUT_DATE, 12);
      sg_xlsx_filler_set_text (filler, sheet, INPUT_STATE, state, filler->wrap);
      if (figure->section < SG_REVIEW_INPUT_N_SECTIONS)
        sg_xlsx_filler_set_text (filler, sheet, INPUT_HEADING, sg_review_input_section_title (figure->section),
                                 filler->wrap);
      sg_xlsx_filler_set_text (filler, sheet, INPUT_WHAT, what, filler->wrap);
      set_figure_number (sheet, INPUT_VALUE, figure->value);
      set_figure_number (sheet, INPUT_PREVIOUS, figure->previous);
      set_figure_number (sheet, INPUT_TARGET, figure->target);
      for (guint r = 0; figure->records != NULL && r < figure->records->len && refs->len < SG_XLSX_MAX_CELL_CHARS / 2; r++)
        {
          const SgReviewRecordRef *ref = &g_array_index (figure->records, SgReviewRecordRef, r);

          if (refs->len > 0)
            g_string_append (refs, ", ");
          g_string_append (refs, ref->ref != NULL ? ref->ref : "");
        }
      sg_xlsx_filler_set_text (filler, sheet, INPUT_RECORDS, refs->str, filler->wrap);
    }
}
