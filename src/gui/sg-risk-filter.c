/* sg-risk-filter.c: which risks the risks page shows — by level, status, treatment, owner, review
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-risk-filter"

#include "config.h"

#include <string.h>

#include "sg-risk-filter.h"

struct _SgRiskFilter
{
  GtkFilter     parent_instance;

  SgStore      *store;     /* names the owners */
  SgRiskMethod *method;
  int           level;
  int           status;
  int           treatment;
  char         *owner;
  char         *today;      /* set while only overdue reviews are shown */
};

G_DEFINE_FINAL_TYPE (SgRiskFilter, sg_risk_filter, GTK_TYPE_FILTER)

SgRiskLevel *
sg_risk_filter_current_level (SgRiskMethod *method,
                              SgRecord     *risk)
{
  int rl = sg_record_peek_int (risk, "residual-likelihood");
  int ri = sg_record_peek_int (risk, "residual-impact");

  if (rl > 0 && ri > 0)
    return sg_risk_method_get_level (method, rl, ri);
  return sg_risk_method_get_level (method, sg_record_peek_int (risk, "inherent-likelihood"),
                                   sg_record_peek_int (risk, "inherent-impact"));
}

static gboolean
match_level (SgRiskFilter *self,
             SgRecord     *risk)
{
  SgRiskLevel *level;

  if (self->level == SG_RISK_FILTER_ANY_LEVEL)
    return TRUE;
  level = sg_risk_filter_current_level (self->method, risk);
  if (level == NULL)
    return FALSE;
  if (self->level == SG_RISK_FILTER_ABOVE_APPETITE)
    return !sg_record_peek_boolean (SG_RECORD (level), "within-appetite");
  return (guint) self->level < sg_risk_method_get_n_levels (self->method) &&
         sg_risk_method_get_level_nth (self->method, self->level) == level;
}

static gboolean
sg_risk_filter_match (GtkFilter *filter,
                      gpointer   item)
{
  SgRiskFilter *self = SG_RISK_FILTER (filter);
  SgRecord *risk = item;

  if (self->status >= 0 && sg_record_peek_enum (risk, "status") != self->status)
    return FALSE;
  if (self->treatment >= 0 && sg_record_peek_enum (risk, "treatment") != self->treatment)
    return FALSE;
  if (self->owner != NULL && g_strcmp0 (sg_store_peek_name (self->store, risk, "owner"), self->owner) != 0)
    return FALSE;
  if (self->today != NULL)
    {
      const char *next = sg_record_peek_string (risk, "next-review");

      /* ISO dates compare as text; a risk never reviewed is not overdue, it is unplanned. */
      if (next == NULL || *next == '\0' || strcmp (next, self->today) >= 0)
        return FALSE;
    }
  return match_level (self, risk);
}

static GtkFilterMatch
sg_risk_filter_get_strictness (GtkFilter *filter)
{
  return sg_risk_filter_is_active (SG_RISK_FILTER (filter)) ? GTK_FILTER_MATCH_SOME
                                                             : GTK_FILTER_MATCH_ALL;
}

static void
method_changed_cb (SgRiskFilter *self)
{
  if (self->level != SG_RISK_FILTER_ANY_LEVEL)
    gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
sg_risk_filter_finalize (GObject *object)
{
  SgRiskFilter *self = SG_RISK_FILTER (object);

  g_clear_object (&self->method);
  g_clear_object (&self->store);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (sg_risk_filter_parent_class)->finalize (object);
}

static void
sg_risk_filter_class_init (SgRiskFilterClass *klass)
{
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = sg_risk_filter_finalize;
  filter_class->match = sg_risk_filter_match;
  filter_class->get_strictness = sg_risk_filter_get_strictness;
}

static void
sg_risk_filter_init (SgRiskFilter *self)
{
  self->level = SG_RISK_FILTER_ANY_LEVEL;
  self->status = -1;
  self->treatment = -1;
}

SgRiskFilter *
sg_risk_filter_new (SgStore      *store,
                    SgRiskMethod *method)
{
  SgRiskFilter *self;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (SG_IS_RISK_METHOD (method), NULL);

  self = g_object_new (SG_TYPE_RISK_FILTER, NULL);
  self->store = g_object_ref (store);
  self->method = g_object_ref (method);
  g_signal_connect_object (method, "changed", G_CALLBACK (method_changed_cb), self, G_CONNECT_SWAPPED);
  return self;
}

static void
changed (SgRiskFilter *self)
{
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

void
sg_risk_filter_set_level (SgRiskFilter *self,
                          int           level)
{
  g_return_if_fail (SG_IS_RISK_FILTER (self));
  g_return_if_fail (level >= SG_RISK_FILTER_ANY_LEVEL);

  if (self->level == level)
    return;
  self->level = level;
  changed (self);
}

int
sg_risk_filter_get_level (SgRiskFilter *self)
{
  g_return_val_if_fail (SG_IS_RISK_FILTER (self), SG_RISK_FILTER_ANY_LEVEL);
  return self->level;
}

void
sg_risk_filter_set_status (SgRiskFilter *self,
                           int           status)
{
  g_return_if_fail (SG_IS_RISK_FILTER (self));

  if (self->status == status)
    return;
  self->status = status;
  changed (self);
}

int
sg_risk_filter_get_status (SgRiskFilter *self)
{
  g_return_val_if_fail (SG_IS_RISK_FILTER (self), -1);
  return self->status;
}

void
sg_risk_filter_set_treatment (SgRiskFilter *self,
                              int           treatment)
{
  g_return_if_fail (SG_IS_RISK_FILTER (self));

  if (self->treatment == treatment)
    return;
  self->treatment = treatment;
  changed (self);
}

int
sg_risk_filter_get_treatment (SgRiskFilter *self)
{
  g_return_val_if_fail (SG_IS_RISK_FILTER (self), -1);
  return self->treatment;
}

void
sg_risk_filter_set_owner (SgRiskFilter *self,
                          const char   *owner)
{
  g_return_if_fail (SG_IS_RISK_FILTER (self));

  if (g_strcmp0 (self->owner, owner) == 0)
    return;
  g_free (self->owner);
  self->owner = g_strdup (owner);
  changed (self);
}

const char *
sg_risk_filter_get_owner (SgRiskFilter *self)
{
  g_return_val_if_fail (SG_IS_RISK_FILTER (self), NULL);
  return self->owner;
}

void
sg_risk_filter_set_overdue (SgRiskFilter *self,
                            gboolean      overdue,
                            const char   *today)
{
  g_autofree char *date = NULL;

  g_return_if_fail (SG_IS_RISK_FILTER (self));

  if (overdue)
    {
      if (today != NULL)
        date = g_strdup (today);
      else
        {
          g_autoptr(GDateTime) now = g_date_time_new_now_local ();
          date = g_date_time_format (now, "%Y-%m-%d");
        }
    }
  if (g_strcmp0 (self->today, date) == 0)
    return;
  g_free (self->today);
  self->today = g_steal_pointer (&date);
  changed (self);
}

gboolean
sg_risk_filter_get_overdue (SgRiskFilter *self)
{
  g_return_val_if_fail (SG_IS_RISK_FILTER (self), FALSE);
  return self->today != NULL;
}

gboolean
sg_risk_filter_is_active (SgRiskFilter *self)
{
  g_return_val_if_fail (SG_IS_RISK_FILTER (self), FALSE);

  return self->level != SG_RISK_FILTER_ANY_LEVEL || self->status >= 0 || self->treatment >= 0 ||
         self->owner != NULL || self->today != NULL;
}

void
sg_risk_filter_clear (SgRiskFilter *self)
{
  g_return_if_fail (SG_IS_RISK_FILTER (self));

  if (!sg_risk_filter_is_active (self))
    return;
  self->level = SG_RISK_FILTER_ANY_LEVEL;
  self->status = -1;
  self->treatment = -1;
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->today, g_free);
  changed (self);
}
