/* sg-dashboard.h: the figures of the first page, counted from the register
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sg-readiness.h"
#include "sg-store.h"

G_BEGIN_DECLS

/* The four Annex A themes (SgControlTheme), then the organisation's own. */
#define SG_DASHBOARD_N_THEMES 5
#define SG_DASHBOARD_THEME_OWN 4

/* One objective with what its sparkline draws. */
typedef struct
{
  SgRecord *objective;  /* borrowed */
  int       status;     /* SgObjectiveStatus */
  GArray   *values;     /* double: its readings' values by date, oldest first */
} SgDashboardObjective;

/* An audit or management review still to come (or late). */
typedef struct
{
  SgRecord *record;     /* borrowed */
  char     *date;       /* ISO 8601 */
  gboolean  overdue;    /* its date has passed and it has not taken place */
} SgDashboardEvent;

typedef struct
{
  guint      n_risks;
  guint      risks_above;        /* current level above the appetite */
  guint      risks_unrated;
  guint      theme_controls[SG_DASHBOARD_N_THEMES];
  guint      theme_applicable[SG_DASHBOARD_N_THEMES];
  guint      theme_implemented[SG_DASHBOARD_N_THEMES];  /* of the applicable */
  guint      ncs_open;           /* not closed */
  guint      ncs_overdue;        /* as the NC list marks them */
  guint      actions_open;       /* neither done nor cancelled */
  guint      actions_overdue;    /* as the Actions list marks them */
  guint      objectives_on_track;   /* on track or achieved */
  guint      objectives_off_track;  /* at risk or missed */
  GPtrArray *objectives;         /* SgDashboardObjective, in ref order */
  GPtrArray *events;             /* SgDashboardEvent, earliest first */
  gboolean   building;           /* no audit done and no review held yet */
} SgDashboard;

/* Counts @store on @today (ISO 8601). Cheap enough for the main thread at
 * 100,000 risks: one pass over each kind, no readiness, no Due list. */
SgDashboard *sg_dashboard_new  (SgStore     *store,
                                const char  *today);
void         sg_dashboard_free (SgDashboard *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SgDashboard, sg_dashboard_free)

/* The steps of "Getting started", in the order an ISMS is built. */
typedef struct
{
  const char *title;      /* untranslated: _() it to show it */
  const char *page;       /* the window's page that does it */
} SgDashboardStep;

const SgDashboardStep *sg_dashboard_get_steps (guint *n_steps);

/* Whether step @index is done in @store by @results (readiness of the
 * same store); if not, @missing (may be NULL) gets what is missing, one
 * clause that reads after "Missing: ", translated when @translate. */
gboolean     sg_dashboard_step_done       (SgStore    *store,
                                           GPtrArray  *results,
                                           guint       index,
                                           gboolean    translate,
                                           char      **missing);

/* What takes longer: readiness and the Due list, as plain values that
 * name records by kind and id, so they can be computed in a thread on a
 * copy of the register and shown against the open one. */
typedef struct
{
  char             *ref;            /* "6.1.2" */
  char             *title;
  SgReadinessState  effective;
  gboolean          overridden;
  char             *reason;
  gint64            requirement;    /* its record's id, or 0 */
} SgDashboardGap;

typedef struct
{
  GType     kind;
  gint64    id;
  char     *label;     /* translated: "Risk review: R-001 Flood" */
  char     *date;      /* ISO 8601 */
  char     *person;    /* whose, or NULL */
  gboolean  overdue;
} SgDashboardDue;

/* At most this many Due items are kept: the top of the list. */
#define SG_DASHBOARD_N_DUE 6

typedef struct
{
  guint      n;                 /* requirements */
  guint      met;               /* effective state met */
  guint      partly;
  guint      overridden;
  GPtrArray *gaps;              /* SgDashboardGap: not met first, then partly */
  GPtrArray *missing;           /* per step of "Getting started": what is missing, or NULL when done */
  guint      n_due;             /* the whole Due list */
  guint      n_overdue;
  GPtrArray *due;               /* SgDashboardDue, the first SG_DASHBOARD_N_DUE */
} SgDashboardLater;

/* Readiness, the steps and the Due list of @store on @today, @days ahead;
 * translated. Runs on @store's own thread. */
SgDashboardLater *sg_dashboard_later_new        (SgStore              *store,
                                                 const char           *today,
                                                 guint                 days);
/* The same in a thread, on a copy of @store's file made and opened there
 * (sg_store_copy_to ()): the open register's records are never read
 * outside the main thread. */
void              sg_dashboard_later_new_async  (SgStore              *store,
                                                 const char           *today,
                                                 guint                 days,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
SgDashboardLater *sg_dashboard_later_new_finish (GAsyncResult         *result,
                                                 GError              **error);
void              sg_dashboard_later_free       (SgDashboardLater     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SgDashboardLater, sg_dashboard_later_free)

G_END_DECLS
