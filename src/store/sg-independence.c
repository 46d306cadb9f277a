/* sg-independence.c: whether an audit's auditors audit their own work (clause 9.2.2 c)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-independence"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-audit.h"
#include "sg-control.h"
#include "sg-enums.h"
#include "sg-independence.h"
#include "sg-person.h"
#include "sg-requirement.h"
#include "sg-role.h"

/* The fields that say who answers for a record in an audit's scope, and
 * who holds a role; no kind in scope names a role directly. */
#define OWNER_FIELD   "owner"
#define ROLE_HOLDER   "holder"
#define ROLE_DEPUTY   "deputy"
#define ROLE_NAME     "name"

static void
clear_conflict (gpointer data)
{
  SgIndependenceConflict *conflict = data;

  g_clear_pointer (&conflict->records, g_ptr_array_unref);
  g_clear_pointer (&conflict->roles, g_ptr_array_unref);
}

static const gint64 *
peek_ids (SgRecord   *record,
          const char *field,
          gsize      *n)
{
  GVariant *links = sg_record_peek_links (record, field);

  *n = 0;
  return links != NULL ? g_variant_get_fixed_array (links, n, sizeof (gint64)) : NULL;
}

/* The role through which @auditor answers for what @owner owns: one they
 * share as holder and deputy. NULL if none. */
static SgRecord *
shared_role (SgStore *store,
             gint64   auditor,
             gint64   owner)
{
  guint n;
  SgRecord *const *roles = sg_store_peek_records (store, SG_TYPE_ROLE, &n);

  for (guint i = 0; i < n; i++)
    {
      gint64 holder = sg_record_peek_int64 (roles[i], ROLE_HOLDER);
      gint64 deputy = sg_record_peek_int64 (roles[i], ROLE_DEPUTY);

      if ((holder == auditor && deputy == owner) || (deputy == auditor && holder == owner))
        return roles[i];
    }
  return NULL;
}

/* Counts @record for @conflict when @auditor owns it or shares a role
 * with its owner. */
static gboolean
answers_for (SgStore                *store,
             SgIndependenceConflict *conflict,
             gint64                  auditor,
             SgRecord               *record)
{
  gint64 owner = sg_record_peek_int64 (record, OWNER_FIELD);
  SgRecord *role;

  if (owner == 0)
    return FALSE;
  if (owner == auditor)
    {
      g_ptr_array_add (conflict->records, record);
      return TRUE;
    }
  role = owner != auditor ? shared_role (store, auditor, owner) : NULL;
  if (role == NULL)
    return FALSE;
  g_ptr_array_add (conflict->records, record);
  if (!g_ptr_array_find (conflict->roles, role, NULL))
    g_ptr_array_add (conflict->roles, role);
  return TRUE;
}

static void
check_auditor (SgStore        *store,
               SgIndependence *self,
               gint64          auditor,
               gboolean        lead)
{
  SgRecord *person = sg_store_find_by_id (store, SG_TYPE_PERSON, auditor);
  SgIndependenceConflict conflict = { person, lead, 0, 0, NULL, NULL };
  const gint64 *ids;
  gsize n;

  if (person == NULL)
    return;
  for (guint i = 0; i < self->conflicts->len; i++)
    if (g_array_index (self->conflicts, SgIndependenceConflict, i).auditor == person)
      return;   /* the lead listed in the team too */

  conflict.records = g_ptr_array_new ();
  conflict.roles = g_ptr_array_new ();
  ids = peek_ids (self->audit, SG_AUDIT_CONTROLS, &n);
  for (gsize i = 0; i < n; i++)
    {
      SgRecord *control = sg_store_find_by_id (store, SG_TYPE_CONTROL, ids[i]);

      if (control != NULL && answers_for (store, &conflict, auditor, control))
        conflict.n_controls++;
    }
  ids = peek_ids (self->audit, SG_AUDIT_CLAUSES, &n);
  for (gsize i = 0; i < n; i++)
    {
      SgRecord *requirement = sg_store_find_by_id (store, SG_TYPE_REQUIREMENT, ids[i]);

      if (requirement != NULL && answers_for (store, &conflict, auditor, requirement))
        conflict.n_clauses++;
    }
  if (conflict.records->len > 0)
    g_array_append_val (self->conflicts, conflict);
  else
    clear_conflict (&conflict);
}

SgIndependence *
sg_independence_check (SgStore  *store,
                       SgRecord *audit)
{
  SgIndependence *self;
  const char *note;
  const gint64 *team;
  gsize n_team, n;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (SG_IS_AUDIT (audit), NULL);

  self = g_new0 (SgIndependence, 1);
  self->audit = audit;
  self->conflicts = g_array_new (FALSE, FALSE, sizeof (SgIndependenceConflict));
  g_array_set_clear_func (self->conflicts, clear_conflict);
  peek_ids (audit, SG_AUDIT_CONTROLS, &n);
  self->n_controls = n;
  peek_ids (audit, SG_AUDIT_CLAUSES, &n);
  self->n_clauses = n;

  check_auditor (store, self, sg_record_peek_int64 (audit, SG_AUDIT_AUDITOR), TRUE);
  team = peek_ids (audit, SG_AUDIT_TEAM, &n_team);
  for (gsize i = 0; i < n_team; i++)
    check_auditor (store, self, team[i], FALSE);

  note = sg_record_peek_string (audit, SG_AUDIT_INDEPENDENCE_NOTE);
  /* A reason is words, not the spaces left of one. */
  if (note != NULL)
    for (const char *p = note; *p != '\0'; p = g_utf8_next_char (p))
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        {
          self->reason = note;
          break;
        }
  return self;
}

void
sg_independence_free (SgIndependence *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->conflicts);
  g_free (self);
}

gboolean
sg_independence_has_conflict (const SgIndependence *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->conflicts->len > 0;
}

gboolean
sg_independence_is_flagged (const SgIndependence *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->conflicts->len > 0 && self->reason == NULL;
}

char *
sg_independence_describe (SgStore                      *store,
                          const SgIndependence         *self,
                          const SgIndependenceConflict *conflict)
{
  const char *name;
  g_autofree char *controls = NULL;
  g_autofree char *clauses = NULL;
  g_autofree char *owned = NULL;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (self != NULL && conflict != NULL, NULL);

  name = sg_record_peek_string (conflict->auditor, SG_PERSON_NAME);
  if (name == NULL || *name == '\0')
    name = sg_record_get_ref (conflict->auditor);
  if (conflict->n_controls > 0)
    /* Translators: "12 of the 30 controls in scope"; the plural follows the second number */
    controls = g_strdup_printf (ngettext ("%u of the %u control in scope", "%u of the %u controls in scope",
                                         self->n_controls),
                                conflict->n_controls, self->n_controls);
  if (conflict->n_clauses > 0)
    clauses = g_strdup_printf (ngettext ("%u of the %u clause in scope", "%u of the %u clauses in scope",
                                         self->n_clauses),
                               conflict->n_clauses, self->n_clauses);
  if (controls != NULL && clauses != NULL)
    /* Translators: "12 of the 30 controls in scope and 1 of the 4 clauses in scope" */
    owned = g_strdup_printf (_("%s and %s"), controls, clauses);
  else
    owned = g_strdup (controls != NULL ? controls : clauses);

  if (conflict->roles->len > 0)
    {
      g_autoptr(GString) roles = g_string_new (NULL);

      for (guint i = 0; i < conflict->roles->len; i++)
        {
          SgRecord *role = g_ptr_array_index (conflict->roles, i);

          if (i > 0)
            g_string_append (roles, ", ");
          g_string_append (roles, sg_record_peek_string (role, ROLE_NAME) != NULL
                                  ? sg_record_peek_string (role, ROLE_NAME) : sg_record_get_ref (role));
        }
      /* Translators: "Dana Fox owns, directly or through the role ISMS Manager, 12 of the 30 controls in scope." */
      return g_strdup_printf (_("%s owns, directly or through the role %s, %s."), name, roles->str, owned);
    }
  /* Translators: "Dana Fox owns 12 of the 30 controls in scope." */
  return g_strdup_printf (_("%s owns %s."), name, owned);
}

GPtrArray *
sg_independence_list_flagged (SgStore *store)
{
  GPtrArray *flagged;
  SgRecord *const *audits;
  guint n;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  flagged = g_ptr_array_new ();
  audits = sg_store_peek_records (store, SG_TYPE_AUDIT, &n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SgIndependence) independence = NULL;

      if (sg_record_peek_enum (audits[i], SG_AUDIT_STATUS) == SG_AUDIT_STATUS_CANCELLED)
        continue;
      independence = sg_independence_check (store, audits[i]);
      if (sg_independence_is_flagged (independence))
        g_ptr_array_add (flagged, audits[i]);
    }
  return flagged;
}
