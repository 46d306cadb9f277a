/* sg-audit-findings.c: an audit's findings and the nonconformities they raised (clauses 9.2, 10.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-audit-findings"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sg-audit.h"
#include "sg-audit-findings.h"
#include "sg-enums.h"
#include "sg-finding.h"
#include "sg-nonconformity.h"

/* The nonconformity's fields this file fills in. */
#define NC_TITLE       "title"
#define NC_SOURCE      "source"
#define NC_FINDING     "finding"
#define NC_RAISED_ON   "raised-on"
#define NC_DESCRIPTION "description"
#define NC_SEVERITY    "severity"

/* Long enough for a heading in a list, short enough to stay one. */
#define TITLE_CHARS 100

char *
sg_audit_findings_nc_title (SgRecord *finding)
{
  const char *description;
  g_autofree char *line = NULL;
  const char *end;

  g_return_val_if_fail (SG_IS_FINDING (finding), NULL);

  description = sg_record_peek_string (finding, SG_FINDING_DESCRIPTION);
  if (description != NULL)
    {
      while (g_ascii_isspace (*description))
        description++;
      end = strchr (description, '\n');
      line = g_strstrip (end != NULL ? g_strndup (description, end - description) : g_strdup (description));
    }
  if (line == NULL || *line == '\0')
    /* Translators: the title of a nonconformity raised from a finding without a description; %s is its ref */
    return g_strdup_printf (_("Nonconformity from finding %s"), sg_record_get_ref (finding));
  if (g_utf8_strlen (line, -1) > TITLE_CHARS)
    {
      char *cut = g_utf8_offset_to_pointer (line, TITLE_CHARS);
      char *space;

      *cut = '\0';
      space = strrchr (line, ' ');
      if (space != NULL && space - line > TITLE_CHARS / 2)
        *space = '\0';
      return g_strconcat (line, "…", NULL);
    }
  return g_steal_pointer (&line);
}

SgRecord *
sg_audit_findings_raise_nc (SgStore    *store,
                            SgRecord   *finding,
                            const char *today,
                            GError    **error)
{
  g_autoptr(SgRecord) nc = NULL;
  g_autofree char *title = NULL;
  g_autofree char *real_today = NULL;
  int type;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (SG_IS_FINDING (finding), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (today == NULL)
    today = real_today = sg_date_today ();
  title = sg_audit_findings_nc_title (finding);
  type = sg_record_peek_enum (finding, SG_FINDING_TYPE);
  /* All fields set before it is added: one record, one step to undo. */
  nc = g_object_new (SG_TYPE_NONCONFORMITY,
                     NC_TITLE, title,
                     NC_SOURCE, SG_NC_SOURCE_AUDIT_FINDING,
                     NC_FINDING, sg_record_get_id (finding),
                     NC_RAISED_ON, today,
                     NC_DESCRIPTION, sg_record_peek_string (finding, SG_FINDING_DESCRIPTION),
                     NC_SEVERITY, type == SG_FINDING_TYPE_MAJOR_NONCONFORMITY
                                  ? SG_NC_SEVERITY_MAJOR : SG_NC_SEVERITY_MINOR,
                     NULL);
  if (!sg_store_add (store, nc, error))
    return NULL;
  return g_steal_pointer (&nc);
}

SgRecord *
sg_audit_findings_find_nc (SgStore  *store,
                           SgRecord *finding)
{
  SgRecord *const *ncs;
  guint n;
  gint64 id;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (SG_IS_FINDING (finding), NULL);

  id = sg_record_get_id (finding);
  if (id == 0)
    return NULL;
  ncs = sg_store_peek_records (store, SG_TYPE_NONCONFORMITY, &n);
  for (guint i = 0; i < n; i++)
    if (sg_record_peek_int64 (ncs[i], NC_FINDING) == id)
      return ncs[i];
  return NULL;
}

void
sg_audit_findings_count_ncs (SgStore  *store,
                             SgRecord *audit,
                             guint    *n_findings,
                             guint    *n_ncs)
{
  SgRecord *const *findings, *const *ncs;
  guint n_f, n_n, found = 0, raised = 0;
  gint64 audit_id;

  g_return_if_fail (SG_IS_STORE (store));
  g_return_if_fail (SG_IS_AUDIT (audit));

  audit_id = sg_record_get_id (audit);
  findings = sg_store_peek_records (store, SG_TYPE_FINDING, &n_f);
  ncs = sg_store_peek_records (store, SG_TYPE_NONCONFORMITY, &n_n);
  for (guint i = 0; i < n_f; i++)
    {
      gint64 id = sg_record_get_id (findings[i]);
      guint here = 0;

      if (sg_record_peek_int64 (findings[i], SG_FINDING_AUDIT) != audit_id)
        continue;
      for (guint j = 0; j < n_n; j++)
        here += sg_record_peek_int64 (ncs[j], NC_FINDING) == id;
      found += here > 0;
      raised += here;
    }
  if (n_findings != NULL)
    *n_findings = found;
  if (n_ncs != NULL)
    *n_ncs = raised;
}
