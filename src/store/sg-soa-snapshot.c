/* sg-soa-snapshot.c: the Statement of Applicability at one moment, as issued or live
 *
 * An issued SoA is the document a certificate names, so its content is
 * frozen into the version record when it is issued and read back from
 * there, never recomputed from the controls, which move on. The frozen
 * form is GVariant's text format: stable, readable in the register, and
 * parsed by GLib, so bad content is an error and never a crash.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-soa-snapshot"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "sg-control.h"
#include "sg-enums.h"
#include "sg-evidence.h"
#include "sg-person.h"
#include "sg-scope.h"
#include "sg-soa-snapshot.h"
#include "sg-soa-version.h"

/* The frozen form: (format, header, rows). A later format gets a new
 * number; this reader refuses numbers it does not know. */
#define SNAPSHOT_FORMAT 1
#define SNAPSHOT_TYPE "(ua{sv}aa{sv})"

G_DEFINE_QUARK (sg-soa-snapshot-error-quark, sg_soa_snapshot_error)

static void
row_free (gpointer data)
{
  SgSoaSnapshotRow *row = data;

  g_free (row->ref);
  g_free (row->title);
  g_strfreev (row->risks);
  g_free (row->justification);
  g_free (row->owner);
  g_strfreev (row->evidence);
  g_strfreev (row->evidence_expires);
  g_free (row);
}

static SgSoaSnapshot *
snapshot_new (void)
{
  SgSoaSnapshot *self = g_new0 (SgSoaSnapshot, 1);

  self->rows = g_ptr_array_new_with_free_func (row_free);
  return self;
}

void
sg_soa_snapshot_free (SgSoaSnapshot *self)
{
  if (self == NULL)
    return;
  g_free (self->organisation);
  g_free (self->scope);
  g_free (self->issued_on);
  g_free (self->approved_by);
  g_free (self->change_summary);
  g_free (self->history_head);
  g_free (self->prepared_on);
  g_ptr_array_unref (self->rows);
  g_free (self);
}

static char *
dup_nonempty (const char *text)
{
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

static int
row_theme (SgRecord *control)
{
  if (sg_record_peek_enum (control, SG_CONTROL_SOURCE) == SG_CONTROL_SOURCE_CUSTOM)
    return SG_SOA_THEME_OWN;
  return sg_record_peek_enum (control, SG_CONTROL_THEME);
}

static SgSoaSnapshotRow *
row_new_from_control (SgStore     *store,
                      SgRecord    *control,
                      const GDate *today)
{
  SgSoaSnapshotRow *row = g_new0 (SgSoaSnapshotRow, 1);
  g_autoptr(GPtrArray) risks = sg_soa_control_risks (store, control);
  g_autoptr(GPtrArray) evidence = sg_soa_control_evidence (store, control);

  row->ref = g_strdup (sg_record_get_ref (control));
  row->title = dup_nonempty (sg_record_peek_string (control, SG_CONTROL_TITLE));
  row->theme = row_theme (control);
  row->applicable = sg_record_peek_boolean (control, SG_CONTROL_APPLICABLE);
  row->risks = g_new0 (char *, risks->len + 1);
  for (guint i = 0; i < risks->len; i++)
    row->risks[i] = g_strdup (sg_record_get_ref (risks->pdata[i]));
  row->reason_legal = sg_record_peek_boolean (control, SG_CONTROL_REASON_LEGAL);
  row->reason_contractual = sg_record_peek_boolean (control, SG_CONTROL_REASON_CONTRACTUAL);
  row->reason_business = sg_record_peek_boolean (control, SG_CONTROL_REASON_BUSINESS);
  row->justification = dup_nonempty (sg_record_peek_string (control, SG_CONTROL_JUSTIFICATION));
  row->status = sg_record_peek_enum (control, SG_CONTROL_IMPLEMENTATION);
  row->owner = g_strdup (sg_store_peek_name (store, control, SG_CONTROL_OWNER));
  row->evidence = g_new0 (char *, evidence->len + 1);
  row->evidence_expires = g_new0 (char *, evidence->len + 1);
  for (guint i = 0; i < evidence->len; i++)
    {
      const char *title = sg_record_peek_string (evidence->pdata[i], SG_EVIDENCE_TITLE);
      const char *expires = sg_record_peek_string (evidence->pdata[i], SG_EVIDENCE_EXPIRES);

      row->evidence[i] = g_strdup (title != NULL ? title : "");
      row->evidence_expires[i] = g_strdup (expires != NULL ? expires : "");
    }
  row->flags = sg_soa_control_flags (store, control, today);
  return row;
}

static int
theme_order (int theme)
{
  return theme == SG_SOA_THEME_OWN ? 100 : theme;
}

static int
compare_rows_cb (gconstpointer a,
                 gconstpointer b)
{
  const SgSoaSnapshotRow *ra = *(SgSoaSnapshotRow **) a;
  const SgSoaSnapshotRow *rb = *(SgSoaSnapshotRow **) b;

  /* Stable within a theme: the store's order is the seeded order. */
  return theme_order (ra->theme) - theme_order (rb->theme);
}

SgSoaSnapshot *
sg_soa_snapshot_new_live (SgStore     *store,
                          const GDate *today)
{
  SgSoaSnapshot *self;
  SgRecord *const *controls;
  SgRecord *const *scopes;
  guint n_controls, n_scopes;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  self = snapshot_new ();
  /* What the change history stood at, printed so that a later check of
   * the register can be held against the paper the auditor signed. */
  self->history_head = sg_store_dup_history_head (store);
  self->history_entries = sg_store_count_history (store);
  /* The newest scope statement is the one in force. */
  scopes = sg_store_peek_records (store, SG_TYPE_SCOPE, &n_scopes);
  if (n_scopes > 0)
    {
      self->organisation = dup_nonempty (sg_record_peek_string (scopes[n_scopes - 1], "organisation"));
      self->scope = dup_nonempty (sg_record_peek_string (scopes[n_scopes - 1], "statement"));
    }
  if (today != NULL && g_date_valid (today))
    {
      char buffer[16];

      g_date_strftime (buffer, sizeof buffer, "%Y-%m-%d", today);
      self->prepared_on = g_strdup (buffer);
    }
  else
    self->prepared_on = sg_date_today ();

  controls = sg_store_peek_records (store, SG_TYPE_CONTROL, &n_controls);
  for (guint i = 0; i < n_controls; i++)
    g_ptr_array_add (self->rows, row_new_from_control (store, controls[i], today));
  /* g_ptr_array_sort () is stable (a merge sort). */
  g_ptr_array_sort (self->rows, compare_rows_cb);
  return self;
}

/* Serialising */

static void
add_string (GVariantBuilder *builder,
            const char      *key,
            const char      *value)
{
  if (value != NULL)
    g_variant_builder_add (builder, "{sv}", key, g_variant_new_string (value));
}

static GVariant *
row_to_variant (const SgSoaSnapshotRow *row)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{sv}"));
  add_string (&builder, "ref", row->ref);
  add_string (&builder, "title", row->title);
  g_variant_builder_add (&builder, "{sv}", "theme", g_variant_new_int32 (row->theme));
  g_variant_builder_add (&builder, "{sv}", "applicable", g_variant_new_boolean (row->applicable));
  g_variant_builder_add (&builder, "{sv}", "risks", g_variant_new_strv ((const char *const *) row->risks, -1));
  g_variant_builder_add (&builder, "{sv}", "reason-legal", g_variant_new_boolean (row->reason_legal));
  g_variant_builder_add (&builder, "{sv}", "reason-contractual",
                         g_variant_new_boolean (row->reason_contractual));
  g_variant_builder_add (&builder, "{sv}", "reason-business", g_variant_new_boolean (row->reason_business));
  add_string (&builder, "justification", row->justification);
  add_string (&builder, "implementation",
              sg_enum_get_nick (SG_TYPE_IMPLEMENTATION_STATUS, row->status));
  add_string (&builder, "owner", row->owner);
  g_variant_builder_add (&builder, "{sv}", "evidence",
                         g_variant_new_strv ((const char *const *) row->evidence, -1));
  g_variant_builder_add (&builder, "{sv}", "evidence-expires",
                         g_variant_new_strv ((const char *const *) row->evidence_expires, -1));
  g_variant_builder_add (&builder, "{sv}", "flags", g_variant_new_uint32 (row->flags));
  return g_variant_builder_end (&builder);
}

char *
sg_soa_snapshot_serialise (const SgSoaSnapshot *self)
{
  GVariantBuilder header, rows;
  g_autoptr(GVariant) whole = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  g_variant_builder_init (&header, G_VARIANT_TYPE ("a{sv}"));
  add_string (&header, "organisation", self->organisation);
  add_string (&header, "scope", self->scope);
  g_variant_builder_add (&header, "{sv}", "version", g_variant_new_uint32 (self->version));
  add_string (&header, "issued-on", self->issued_on);
  add_string (&header, "approved-by", self->approved_by);
  add_string (&header, "change-summary", self->change_summary);
  add_string (&header, "prepared-on", self->prepared_on);
  add_string (&header, "history-head", self->history_head);
  if (self->history_head != NULL)
    g_variant_builder_add (&header, "{sv}", "history-entries", g_variant_new_uint32 (self->history_entries));

  g_variant_builder_init (&rows, G_VARIANT_TYPE ("aa{sv}"));
  for (guint i = 0; i < self->rows->len; i++)
    g_variant_builder_add_value (&rows, row_to_variant (self->rows->pdata[i]));

  whole = g_variant_ref_sink (g_variant_new ("(u@a{sv}@aa{sv})", SNAPSHOT_FORMAT,
                                             g_variant_builder_end (&header),
                                             g_variant_builder_end (&rows)));
  return g_variant_print (whole, FALSE);
}

/* Parsing: every key optional, every value type-checked. */

static char *
lookup_string (GVariantDict *dict,
               const char   *key)
{
  const char *value = NULL;

  if (g_variant_dict_lookup (dict, key, "&s", &value))
    return dup_nonempty (value);
  return NULL;
}

static gboolean
lookup_boolean (GVariantDict *dict,
                const char   *key)
{
  gboolean value = FALSE;

  g_variant_dict_lookup (dict, key, "b", &value);
  return value;
}

static char **
lookup_strv (GVariantDict *dict,
             const char   *key)
{
  char **value = NULL;

  if (g_variant_dict_lookup (dict, key, "^as", &value))
    return value;
  return g_new0 (char *, 1);
}

static gboolean
invalid (GError    **error,
         const char *detail)
{
  g_set_error (error, SG_SOA_SNAPSHOT_ERROR, SG_SOA_SNAPSHOT_ERROR_INVALID,
               /* Translators: %s says what is wrong with it */
               _("The frozen content of this SoA version cannot be read (%s)."), detail);
  return FALSE;
}

static SgSoaSnapshotRow *
row_from_variant (GVariant  *value,
                  guint      index,
                  GError   **error)
{
  g_auto(GVariantDict) dict = G_VARIANT_DICT_INIT (value);
  g_autoptr(GEnumClass) statuses = g_type_class_ref (SG_TYPE_IMPLEMENTATION_STATUS);
  g_autofree char *status = NULL;
  SgSoaSnapshotRow *row;
  GEnumValue *status_value;
  guint n_evidence;

  row = g_new0 (SgSoaSnapshotRow, 1);
  row->ref = lookup_string (&dict, "ref");
  row->title = lookup_string (&dict, "title");
  row->theme = SG_CONTROL_THEME_ORGANIZATIONAL;
  g_variant_dict_lookup (&dict, "theme", "i", &row->theme);
  row->applicable = lookup_boolean (&dict, "applicable");
  row->risks = lookup_strv (&dict, "risks");
  row->reason_legal = lookup_boolean (&dict, "reason-legal");
  row->reason_contractual = lookup_boolean (&dict, "reason-contractual");
  row->reason_business = lookup_boolean (&dict, "reason-business");
  row->justification = lookup_string (&dict, "justification");
  row->owner = lookup_string (&dict, "owner");
  row->evidence = lookup_strv (&dict, "evidence");
  row->evidence_expires = lookup_strv (&dict, "evidence-expires");
  g_variant_dict_lookup (&dict, "flags", "u", &row->flags);
  status = lookup_string (&dict, "implementation");
  status_value = status != NULL ? g_enum_get_value_by_nick (statuses, status) : NULL;
  row->status = status_value != NULL ? status_value->value : SG_IMPLEMENTATION_STATUS_NOT_IMPLEMENTED;

  n_evidence = g_strv_length (row->evidence);
  if (row->ref == NULL || status_value == NULL ||
      (row->theme != SG_SOA_THEME_OWN &&
       (row->theme < SG_CONTROL_THEME_ORGANIZATIONAL || row->theme > SG_CONTROL_THEME_TECHNOLOGICAL)) ||
      g_strv_length (row->evidence_expires) != n_evidence)
    {
      g_autofree char *detail = g_strdup_printf (_("control %u is incomplete"), index + 1);

      row_free (row);
      invalid (error, detail);
      return NULL;
    }
  return row;
}

SgSoaSnapshot *
sg_soa_snapshot_parse (const char  *content,
                       GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GVariant) whole = NULL;
  g_autoptr(GVariant) header_value = NULL;
  g_autoptr(GVariant) rows = NULL;
  g_autoptr(SgSoaSnapshot) self = NULL;
  g_autoptr(GVariantDict) header = NULL;
  GVariantIter iter;
  GVariant *row_value;
  guint format = 0;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (content == NULL || *content == '\0')
    {
      invalid (error, _("it is empty"));
      return NULL;
    }
  whole = g_variant_parse (G_VARIANT_TYPE (SNAPSHOT_TYPE), content, NULL, NULL, &local_error);
  if (whole == NULL)
    {
      invalid (error, _("it is not a frozen Statement of Applicability"));
      return NULL;
    }
  g_variant_get (whole, "(u@a{sv}@aa{sv})", &format, &header_value, &rows);
  if (format != SNAPSHOT_FORMAT)
    {
      invalid (error, _("it was written by a newer Safeguard"));
      return NULL;
    }

  self = snapshot_new ();
  header = g_variant_dict_new (header_value);
  self->organisation = lookup_string (header, "organisation");
  self->scope = lookup_string (header, "scope");
  g_variant_dict_lookup (header, "version", "u", &self->version);
  self->issued_on = lookup_string (header, "issued-on");
  self->approved_by = lookup_string (header, "approved-by");
  self->change_summary = lookup_string (header, "change-summary");
  self->prepared_on = lookup_string (header, "prepared-on");
  self->history_head = lookup_string (header, "history-head");
  g_variant_dict_lookup (header, "history-entries", "u", &self->history_entries);
  /* A head is 64 hexadecimal digits; anything else is not printed. */
  if (self->history_head != NULL &&
      (strlen (self->history_head) != 64 ||
       strspn (self->history_head, "0123456789abcdef") != 64))
    g_clear_pointer (&self->history_head, g_free);
  if (self->issued_on != NULL && !sg_date_is_valid (self->issued_on))
    g_clear_pointer (&self->issued_on, g_free);
  if (self->prepared_on != NULL && !sg_date_is_valid (self->prepared_on))
    g_clear_pointer (&self->prepared_on, g_free);

  g_variant_iter_init (&iter, rows);
  while ((row_value = g_variant_iter_next_value (&iter)) != NULL)
    {
      SgSoaSnapshotRow *row = row_from_variant (row_value, self->rows->len, error);

      g_variant_unref (row_value);
      if (row == NULL)
        return NULL;
      g_ptr_array_add (self->rows, row);
    }
  if (self->rows->len == 0)
    {
      invalid (error, _("it holds no controls"));
      return NULL;
    }
  return g_steal_pointer (&self);
}

SgSoaSnapshot *
sg_soa_snapshot_new_from_version (SgRecord  *version,
                                  GError   **error)
{
  SgSoaSnapshot *self;

  g_return_val_if_fail (SG_IS_SOA_VERSION (version), NULL);

  self = sg_soa_snapshot_parse (sg_record_peek_string (version, SG_SOA_VERSION_CONTENT), error);
  /* The record's number is the one the register lists it by. */
  if (self != NULL)
    self->version = sg_record_peek_int (version, SG_SOA_VERSION_NUMBER);
  return self;
}

/* Lines for the cells */

char *
sg_soa_snapshot_row_dup_reasons (const SgSoaSnapshotRow *row)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (row != NULL, NULL);

  /* The same words as sg_soa_control_dup_reasons (). */
  if (row->risks[0] != NULL)
    {
      g_autofree char *refs = g_strjoinv (", ", row->risks);

      g_ptr_array_add (parts, g_strdup_printf (_("Risk treatment (%s)"), refs));
    }
  if (row->reason_legal)
    g_ptr_array_add (parts, g_strdup (_("Legal or regulatory requirement")));
  if (row->reason_contractual)
    g_ptr_array_add (parts, g_strdup (_("Contractual requirement")));
  if (row->reason_business)
    g_ptr_array_add (parts, g_strdup (_("Business requirement or best practice")));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv ("; ", (char **) parts->pdata);
}

char *
sg_soa_snapshot_row_dup_evidence (const SgSoaSnapshotRow *row)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (row != NULL, NULL);

  for (guint i = 0; row->evidence[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      /* Two items must read as two, not as one long title. */
      if (row->evidence[1] != NULL)
        g_string_append (text, "• ");
      g_string_append (text, row->evidence[i]);
      if (row->evidence_expires[i] != NULL && row->evidence_expires[i][0] != '\0')
        /* Translators: after an evidence item's title; %s is a date */
        g_string_append_printf (text, _(" (expires %s)"), row->evidence_expires[i]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

const char *
sg_soa_snapshot_theme_title (int theme)
{
  switch (theme)
    {
    case SG_CONTROL_THEME_ORGANIZATIONAL:
      return _("5 Organizational controls");
    case SG_CONTROL_THEME_PEOPLE:
      return _("6 People controls");
    case SG_CONTROL_THEME_PHYSICAL:
      return _("7 Physical controls");
    case SG_CONTROL_THEME_TECHNOLOGICAL:
      return _("8 Technological controls");
    default:
      return _("The organisation's own controls");
    }
}

/* Issued versions */

guint
sg_soa_next_version_number (SgStore *store)
{
  SgRecord *const *versions;
  guint n_versions, highest = 0;

  g_return_val_if_fail (SG_IS_STORE (store), 1);

  versions = sg_store_peek_records (store, SG_TYPE_SOA_VERSION, &n_versions);
  for (guint i = 0; i < n_versions; i++)
    highest = MAX (highest, (guint) MAX (sg_record_peek_int (versions[i], SG_SOA_VERSION_NUMBER), 0));
  return highest + 1;
}

SgRecord *
sg_soa_find_version (SgStore *store,
                     guint    number)
{
  SgRecord *const *versions;
  guint n_versions;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  versions = sg_store_peek_records (store, SG_TYPE_SOA_VERSION, &n_versions);
  for (guint i = 0; i < n_versions; i++)
    if (sg_record_peek_int (versions[i], SG_SOA_VERSION_NUMBER) == (int) number)
      return versions[i];
  return NULL;
}

SgRecord *
sg_soa_issue (SgStore    *store,
              guint       number,
              const char *issued_on,
              SgRecord   *approved_by,
              const char *change_summary,
              GError    **error)
{
  g_autoptr(SgSoaSnapshot) snapshot = NULL;
  g_autoptr(SgRecord) version = NULL;
  g_autofree char *content = NULL;
  GDate date;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (number > 0 && number <= G_MAXINT, NULL);
  g_return_val_if_fail (issued_on != NULL && sg_date_is_valid (issued_on), NULL);
  g_return_val_if_fail (approved_by == NULL || SG_IS_RECORD (approved_by), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (sg_soa_find_version (store, number) != NULL)
    {
      g_set_error (error, SG_STORE_ERROR, SG_STORE_ERROR_EXISTS,
                   _("Version %u of the Statement of Applicability has already been issued."), number);
      return NULL;
    }

  /* What is overdue or expired is judged on the day of issue. */
  g_date_clear (&date, 1);
  {
    unsigned year, month, day;

    if (sscanf (issued_on, "%4u-%2u-%2u", &year, &month, &day) == 3 &&
        g_date_valid_dmy (day, month, year))
      g_date_set_dmy (&date, day, month, year);
  }
  snapshot = sg_soa_snapshot_new_live (store, g_date_valid (&date) ? &date : NULL);
  snapshot->version = number;
  snapshot->issued_on = g_strdup (issued_on);
  snapshot->approved_by = approved_by != NULL ? g_strdup (sg_record_peek_string (approved_by, SG_PERSON_NAME)) : NULL;
  snapshot->change_summary = dup_nonempty (change_summary);
  content = sg_soa_snapshot_serialise (snapshot);

  /* Every field set before it is added: one insert, one transaction. */
  version = g_object_new (SG_TYPE_SOA_VERSION,
                          SG_SOA_VERSION_NUMBER, (int) number,
                          SG_SOA_VERSION_ISSUED_ON, issued_on,
                          SG_SOA_VERSION_APPROVED_BY, approved_by != NULL ? sg_record_get_id (approved_by) : (gint64) 0,
                          SG_SOA_VERSION_CHANGE_SUMMARY, snapshot->change_summary,
                          SG_SOA_VERSION_CONTENT, content,
                          NULL);
  if (!sg_store_add (store, version, error))
    return NULL;
  return version;
}

SgSoaSnapshot *
sg_soa_snapshot_new_for_version (SgStore  *store,
                                 guint     number,
                                 GError  **error)
{
  SgRecord *version;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  if (number == 0)
    return sg_soa_snapshot_new_live (store, NULL);
  version = sg_soa_find_version (store, number);
  if (version == NULL)
    {
      g_set_error (error, SG_SOA_SNAPSHOT_ERROR, SG_SOA_SNAPSHOT_ERROR_NOT_FOUND,
                   _("The register has no issued SoA version %u."), number);
      return NULL;
    }
  return sg_soa_snapshot_new_from_version (version, error);
}
