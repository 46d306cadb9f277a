/* sg-soa.c: the rules of the Statement of Applicability (clause 6.1.3 d)
 *
 * What a control still lacks — a reason, a justification, its
 * implementation, its evidence — computed from the register, never
 * stored: the controls page, its summary, the workbook and the SoA
 * document all ask here, so they cannot disagree.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-soa"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-control.h"
#include "sg-enums.h"
#include "sg-evidence.h"
#include "sg-risk.h"
#include "sg-soa.h"

/* Refs such as 5.9 and 5.10, or, in the order people count. */
static int
compare_refs (const char *a,
              const char *b)
{
  a = a != NULL ? a : "";
  b = b != NULL ? b : "";
  while (*a != '\0' && *b != '\0')
    {
      if (g_ascii_isdigit (*a) && g_ascii_isdigit (*b))
        {
          const char *ea = a, *eb = b;
          gsize la, lb;
          int cmp;

          while (*a == '0' && g_ascii_isdigit (a[1]))
            a++;
          while (*b == '0' && g_ascii_isdigit (b[1]))
            b++;
          for (ea = a; g_ascii_isdigit (*ea); ea++)
            ;
          for (eb = b; g_ascii_isdigit (*eb); eb++)
            ;
          la = ea - a;
          lb = eb - b;
          if (la != lb)
            return la < lb ? -1 : 1;
          cmp = strncmp (a, b, la);
          if (cmp != 0)
            return cmp;
          a = ea;
          b = eb;
          continue;
        }
      if (*a != *b)
        return (guchar) *a < (guchar) *b ? -1 : 1;
      a++;
      b++;
    }
  return *a == '\0' ? (*b == '\0' ? 0 : -1) : 1;
}

static int
compare_records_cb (gconstpointer a,
                    gconstpointer b)
{
  SgRecord *ra = *(SgRecord **) a;
  SgRecord *rb = *(SgRecord **) b;

  return compare_refs (sg_record_get_ref (ra), sg_record_get_ref (rb));
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static char *
dup_iso_date (const GDate *date)
{
  char buffer[16];

  if (date == NULL || !g_date_valid (date))
    return sg_date_today ();
  g_date_strftime (buffer, sizeof buffer, "%Y-%m-%d", date);
  return g_strdup (buffer);
}

gboolean
sg_soa_evidence_is_expired (const char *expires,
                            const char *today)
{
  g_return_val_if_fail (today != NULL, FALSE);

  if (expires == NULL || *expires == '\0')
    return FALSE;
  /* ISO dates compare as text; the evidence still holds on its last day. */
  return strcmp (expires, today) < 0;
}

gboolean
sg_soa_control_is_implemented (SgRecord *control)
{
  int status;

  g_return_val_if_fail (SG_IS_CONTROL (control), FALSE);

  status = sg_record_peek_enum (control, SG_CONTROL_IMPLEMENTATION);
  return status == SG_IMPLEMENTATION_STATUS_IMPLEMENTED ||
         status == SG_IMPLEMENTATION_STATUS_VERIFIED;
}

GPtrArray *
sg_soa_control_risks (SgStore  *store,
                      SgRecord *control)
{
  GPtrArray *risks;
  SgRecord *const *all;
  guint n_all;
  gint64 id;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (SG_IS_CONTROL (control), NULL);

  risks = g_ptr_array_new ();
  id = sg_record_get_id (control);
  all = sg_store_peek_records (store, SG_TYPE_RISK, &n_all);
  for (guint i = 0; i < n_all; i++)
    if (sg_links_contains (sg_record_peek_links (all[i], SG_RISK_CONTROLS), id))
      g_ptr_array_add (risks, all[i]);
  g_ptr_array_sort (risks, compare_records_cb);
  return risks;
}

GPtrArray *
sg_soa_control_evidence (SgStore  *store,
                         SgRecord *control)
{
  GPtrArray *items;
  SgRecord *const *all;
  guint n_all;
  gint64 id;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (SG_IS_CONTROL (control), NULL);

  items = g_ptr_array_new ();
  id = sg_record_get_id (control);
  all = sg_store_peek_records (store, SG_TYPE_EVIDENCE, &n_all);
  for (guint i = 0; i < n_all; i++)
    if (sg_record_peek_int64 (all[i], SG_EVIDENCE_CONTROL) == id)
      g_ptr_array_add (items, all[i]);
  g_ptr_array_sort (items, compare_records_cb);
  return items;
}

static gboolean
has_own_reason (SgRecord *control)
{
  return sg_record_peek_boolean (control, SG_CONTROL_REASON_LEGAL) ||
         sg_record_peek_boolean (control, SG_CONTROL_REASON_CONTRACTUAL) ||
         sg_record_peek_boolean (control, SG_CONTROL_REASON_BUSINESS);
}

static gboolean
is_treating_a_risk (SgStore  *store,
                    SgRecord *control)
{
  SgRecord *const *all;
  guint n_all;
  gint64 id = sg_record_get_id (control);

  all = sg_store_peek_records (store, SG_TYPE_RISK, &n_all);
  for (guint i = 0; i < n_all; i++)
    if (sg_links_contains (sg_record_peek_links (all[i], SG_RISK_CONTROLS), id))
      return TRUE;
  return FALSE;
}

static SgSoaFlags
control_flags (SgStore    *store,
               SgRecord   *control,
               const char *today)
{
  SgSoaFlags flags = 0;
  gboolean applicable = sg_record_peek_boolean (control, SG_CONTROL_APPLICABLE);
  gboolean implemented = sg_soa_control_is_implemented (control);
  g_autoptr(GPtrArray) evidence = sg_soa_control_evidence (store, control);

  if (!applicable && is_blank (sg_record_peek_string (control, SG_CONTROL_JUSTIFICATION)))
    flags |= SG_SOA_FLAG_EXCLUDED_WITHOUT_JUSTIFICATION;
  if (applicable && !has_own_reason (control) && !is_treating_a_risk (store, control))
    flags |= SG_SOA_FLAG_INCLUDED_WITHOUT_REASON;
  if (applicable && !implemented)
    flags |= SG_SOA_FLAG_NOT_IMPLEMENTED;
  /* An excluded control is not to be implemented, so it cannot be late. */
  if (applicable && sg_record_is_overdue (control, today))
    flags |= SG_SOA_FLAG_IMPLEMENTATION_OVERDUE;
  if (applicable && implemented && evidence->len == 0)
    flags |= SG_SOA_FLAG_EVIDENCE_MISSING;
  for (guint i = 0; i < evidence->len; i++)
    if (sg_soa_evidence_is_expired (sg_record_peek_string (evidence->pdata[i], SG_EVIDENCE_EXPIRES),
                                    today))
      {
        flags |= SG_SOA_FLAG_EVIDENCE_EXPIRED;
        break;
      }
  return flags;
}

SgSoaFlags
sg_soa_control_flags (SgStore     *store,
                      SgRecord    *control,
                      const GDate *today)
{
  g_autofree char *iso = NULL;

  g_return_val_if_fail (SG_IS_STORE (store), 0);
  g_return_val_if_fail (SG_IS_CONTROL (control), 0);

  iso = dup_iso_date (today);
  return control_flags (store, control, iso);
}

gboolean
sg_soa_control_is_undecided (SgStore  *store,
                             SgRecord *control)
{
  g_return_val_if_fail (SG_IS_STORE (store), FALSE);
  g_return_val_if_fail (SG_IS_CONTROL (control), FALSE);

  if (sg_record_peek_boolean (control, SG_CONTROL_APPLICABLE))
    return !has_own_reason (control) && !is_treating_a_risk (store, control);
  return is_blank (sg_record_peek_string (control, SG_CONTROL_JUSTIFICATION));
}

char *
sg_soa_control_dup_reasons (SgStore  *store,
                            SgRecord *control)
{
  g_autoptr(GPtrArray) risks = NULL;
  g_autoptr(GPtrArray) parts = NULL;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (SG_IS_CONTROL (control), NULL);

  parts = g_ptr_array_new_with_free_func (g_free);
  risks = sg_soa_control_risks (store, control);
  if (risks->len > 0)
    {
      g_autoptr(GString) refs = g_string_new (NULL);

      for (guint i = 0; i < risks->len; i++)
        {
          if (i > 0)
            g_string_append (refs, ", ");
          g_string_append (refs, sg_record_get_ref (risks->pdata[i]));
        }
      /* Translators: a reason for including a control in the Statement of
       * Applicability; %s lists the risks it treats, "R-001, R-004" */
      g_ptr_array_add (parts, g_strdup_printf (_("Risk treatment (%s)"), refs->str));
    }
  if (sg_record_peek_boolean (control, SG_CONTROL_REASON_LEGAL))
    g_ptr_array_add (parts, g_strdup (_("Legal or regulatory requirement")));
  if (sg_record_peek_boolean (control, SG_CONTROL_REASON_CONTRACTUAL))
    g_ptr_array_add (parts, g_strdup (_("Contractual requirement")));
  if (sg_record_peek_boolean (control, SG_CONTROL_REASON_BUSINESS))
    g_ptr_array_add (parts, g_strdup (_("Business requirement or best practice")));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv ("; ", (char **) parts->pdata);
}

void
sg_soa_set_risk_linked (SgRecord *control,
                        SgRecord *risk,
                        gboolean  linked)
{
  GVariant *links;
  gint64 id;

  g_return_if_fail (SG_IS_CONTROL (control));
  g_return_if_fail (SG_IS_RISK (risk));

  id = sg_record_get_id (control);
  links = sg_record_peek_links (risk, SG_RISK_CONTROLS);
  if (sg_links_contains (links, id) == !!linked)
    return;
  /* Through the property, so the store saves it as any edit of the risk. */
  g_object_set (risk, SG_RISK_CONTROLS,
                linked ? sg_links_add (links, id) : sg_links_remove (links, id), NULL);
}

SgSoaLocation
sg_soa_evidence_check_location (const char  *location,
                                char       **uri)
{
  g_autofree char *stripped = NULL;
  g_autofree char *scheme = NULL;
  g_autofree char *path = NULL;
  g_autofree char *host = NULL;
  g_autoptr(GFile) file = NULL;

  if (uri != NULL)
    *uri = NULL;
  if (location == NULL)
    return SG_SOA_LOCATION_EMPTY;
  stripped = g_strstrip (g_strdup (location));
  if (*stripped == '\0')
    return SG_SOA_LOCATION_EMPTY;

  if (g_path_is_absolute (stripped))
    file = g_file_new_for_path (stripped);
  else
    {
      scheme = g_uri_parse_scheme (stripped);
      if (scheme == NULL)
        return SG_SOA_LOCATION_NOT_ALLOWED;
      if (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0)
        {
          /* A web address needs a host: "https:foo" is not one. */
          g_autoptr(GUri) parsed = g_uri_parse (stripped, G_URI_FLAGS_NONE, NULL);

          if (parsed == NULL || g_uri_get_host (parsed) == NULL || *g_uri_get_host (parsed) == '\0')
            return SG_SOA_LOCATION_NOT_ALLOWED;
          if (uri != NULL)
            *uri = g_uri_to_string (parsed);
          return SG_SOA_LOCATION_WEB;
        }
      if (g_ascii_strcasecmp (scheme, "file") != 0)
        return SG_SOA_LOCATION_NOT_ALLOWED;
      path = g_filename_from_uri (stripped, &host, NULL);
      /* file://server/share names another machine: not a local file. */
      if (path == NULL || (host != NULL && g_ascii_strcasecmp (host, "localhost") != 0))
        return SG_SOA_LOCATION_NOT_ALLOWED;
      file = g_file_new_for_path (path);
    }

  if (!g_file_query_exists (file, NULL))
    return SG_SOA_LOCATION_FILE_MISSING;
  if (uri != NULL)
    *uri = g_file_get_uri (file);
  return SG_SOA_LOCATION_FILE;
}

GArray *
sg_soa_summarise (SgStore     *store,
                  const GDate *today)
{
  static const int themes[] = {
    SG_CONTROL_THEME_ORGANIZATIONAL, SG_CONTROL_THEME_PEOPLE,
    SG_CONTROL_THEME_PHYSICAL, SG_CONTROL_THEME_TECHNOLOGICAL,
  };
  g_autofree char *iso = NULL;
  GArray *summary;
  SgRecord *const *controls;
  guint n_controls;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  iso = dup_iso_date (today);
  summary = g_array_sized_new (FALSE, TRUE, sizeof (SgSoaThemeSummary), G_N_ELEMENTS (themes) + 1);
  for (guint i = 0; i <= G_N_ELEMENTS (themes); i++)
    {
      SgSoaThemeSummary entry = { 0 };

      entry.theme = i < G_N_ELEMENTS (themes) ? themes[i] : SG_SOA_THEME_OWN;
      g_array_append_val (summary, entry);
    }

  controls = sg_store_peek_records (store, SG_TYPE_CONTROL, &n_controls);
  for (guint i = 0; i < n_controls; i++)
    {
      SgRecord *control = controls[i];
      SgSoaThemeSummary *entry;
      guint index;

      if (sg_record_peek_enum (control, SG_CONTROL_SOURCE) == SG_CONTROL_SOURCE_CUSTOM)
        index = G_N_ELEMENTS (themes);
      else
        {
          int theme = sg_record_peek_enum (control, SG_CONTROL_THEME);

          for (index = 0; index < G_N_ELEMENTS (themes) && themes[index] != theme; index++)
            ;
          if (index == G_N_ELEMENTS (themes))
            continue;
        }
      entry = &g_array_index (summary, SgSoaThemeSummary, index);
      entry->n_controls++;
      if (sg_record_peek_boolean (control, SG_CONTROL_APPLICABLE))
        {
          entry->n_applicable++;
          if (sg_soa_control_is_implemented (control))
            entry->n_implemented++;
        }
      else
        entry->n_excluded++;
      if (control_flags (store, control, iso) & SG_SOA_FLAGS_PROBLEMS)
        entry->n_flagged++;
    }
  return summary;
}
