/* sg-sample-scope.c: the example's scope revised once, and the context issues tied to their risks
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scope was approved as version 2.0 some nineteen months ago and
 * revised to 2.1 when the last management review extended it: its page
 * shows both versions, and its next review comes a year after the
 * approval. Some context issues (4.1) name the risks they lead to, so a
 * risk's pane shows the issue behind it. */
#define G_LOG_DOMAIN "sg-sample"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-context-issue.h"
#include "sg-sample-private.h"
#include "sg-scope.h"

/* Indexes into the example's issues (in the order they are added) and
 * its risks (sample_risks[]); -1 ends. */
typedef struct
{
  guint issue;
  int   risks[3];
} SampleIssueRisks;

static const SampleIssueRisks sample_issue_risks[] = {
  { 0, { 0, 8, -1 } },   /* ransomware: servers encrypted, unpatched systems */
  { 4, { 29, -1 } },     /* storm surges: flooding of the Hamburg sites */
  { 6, { 4, 12, -1 } },  /* telematics platform: its compromise, its units' firmware */
  { 7, { 24, -1 } },     /* temporary staff: their errors */
};

static gboolean
revise_scope (Sample  *s,
              GError **error)
{
  guint n;
  SgRecord *const *scopes = sg_store_peek_records (s->store, SG_TYPE_SCOPE, &n);

  g_assert (n == 1);
  /* The version first, then its approval: the history reads in that order. */
  return sg_sample_update (s, error, scopes[0], SG_SCOPE_VERSION, "2.1", NULL) &&
         sg_sample_update (s, error, scopes[0],
                           SG_SCOPE_APPROVED_BY, sg_sample_person (s, CEO),
                           SG_SCOPE_APPROVED_ON, sg_sample_date (s, -200),
                           SG_SCOPE_NEXT_REVIEW, sg_sample_date (s, 165),
                           NULL);
}

static gboolean
link_issues_to_risks (Sample  *s,
                      GError **error)
{
  guint n;
  SgRecord *const *issues = sg_store_peek_records (s->store, SG_TYPE_CONTEXT_ISSUE, &n);

  for (guint i = 0; i < G_N_ELEMENTS (sample_issue_risks); i++)
    {
      const SampleIssueRisks *link = &sample_issue_risks[i];
      gint64 ids[G_N_ELEMENTS (link->risks)];
      guint n_ids = 0;

      g_assert (link->issue < n);
      for (guint r = 0; r < G_N_ELEMENTS (link->risks) && link->risks[r] >= 0; r++)
        ids[n_ids++] = g_array_index (s->risks, gint64, link->risks[r]);
      if (!sg_sample_update (s, error, issues[link->issue],
                             SG_CONTEXT_ISSUE_AFFECTS_RISKS, sg_links_new (ids, n_ids),
                             NULL))
        return FALSE;
    }
  return TRUE;
}

gboolean
sg_sample_revise_context (Sample  *s,
                          GError **error)
{
  return revise_scope (s, error) && link_issues_to_risks (s, error);
}
