/* sg-scope-versions.c: the versions a scope statement had, read from its change history
 *
 * The history is walked from the newest entry back, starting from the
 * record as it is: each change puts back its old value. Reaching the
 * change of the version text closes the version that began there, with
 * the approval it had when it ended (or has now); the record as it was
 * just before is where the version before ended. What is left at the
 * creation is the first version. An approval entered before the version text it belongs
 * to is counted with the version before.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-scope-versions"

#include "config.h"

#include "sg-field-codec.h"
#include "sg-scope-versions.h"
#include "sg-scope.h"

enum { VERSION, APPROVED_BY, APPROVED_ON, N_TRACKED };

static const char *const tracked[N_TRACKED] = {
  SG_SCOPE_VERSION, SG_SCOPE_APPROVED_BY, SG_SCOPE_APPROVED_ON,
};

void
sg_scope_version_free (SgScopeVersion *version)
{
  if (version == NULL)
    return;
  g_free (version->version);
  g_free (version->approved_by);
  g_free (version->approved_on);
  g_free (version->since);
  g_free (version);
}

static char *
dup_current (SgStore    *store,
             SgRecord   *scope,
             const char *field)
{
  GParamSpec *pspec = sg_record_class_find_field (SG_RECORD_GET_CLASS (scope), field);
  g_auto(GValue) value = G_VALUE_INIT;

  g_assert (pspec != NULL);
  g_value_init (&value, pspec->value_type);
  g_object_get_property (G_OBJECT (scope), field, &value);
  return sg_field_format (pspec, &value, SG_FIELD_USE_HISTORY, sg_store_get_field_resolver (store));
}

static void
close_version (GPtrArray  *versions,
               char      **end,
               const char *since)
{
  SgScopeVersion *version;

  if (end[VERSION] == NULL || *end[VERSION] == '\0')
    return;
  version = g_new0 (SgScopeVersion, 1);
  version->version = g_strdup (end[VERSION]);
  version->approved_by = g_strdup (end[APPROVED_BY]);
  version->approved_on = g_strdup (end[APPROVED_ON]);
  version->since = g_strdup (since);
  g_ptr_array_add (versions, version);
}

GPtrArray *
sg_scope_list_versions (SgStore   *store,
                        SgRecord  *scope,
                        GError   **error)
{
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  char *state[N_TRACKED] = { NULL, };  /* as the record was before the entry walked */
  char *end[N_TRACKED] = { NULL, };    /* as it was when the version walked through ended */
  const char *created;
  guint n;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);
  g_return_val_if_fail (SG_IS_SCOPE (scope), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  entries = sg_store_list_history (store, scope, error);
  if (entries == NULL)
    return NULL;

  versions = g_ptr_array_new_with_free_func ((GDestroyNotify) sg_scope_version_free);
  for (guint f = 0; f < N_TRACKED; f++)
    {
      state[f] = dup_current (store, scope, tracked[f]);
      end[f] = g_strdup (state[f]);
    }
  created = sg_record_get_created (scope);

  n = g_list_model_get_n_items (entries);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SgHistoryEntry) entry = g_list_model_get_item (entries, i);
      const char *field = sg_history_entry_get_field (entry);

      if (sg_history_entry_get_action (entry) == SG_HISTORY_CREATE)
        {
          created = sg_history_entry_get_changed_at (entry);
          continue;
        }
      if (sg_history_entry_get_action (entry) != SG_HISTORY_CHANGE || field == NULL)
        continue;
      for (guint f = 0; f < N_TRACKED; f++)
        {
          if (!g_str_equal (field, tracked[f]))
            continue;
          g_free (state[f]);
          state[f] = g_strdup (sg_history_entry_get_old_value (entry));
          /* Before this entry the version before was in force, and ended. */
          if (f == VERSION && g_strcmp0 (end[VERSION], state[VERSION]) != 0)
            {
              close_version (versions, end, sg_history_entry_get_changed_at (entry));
              for (guint e = 0; e < N_TRACKED; e++)
                {
                  g_free (end[e]);
                  end[e] = g_strdup (state[e]);
                }
            }
        }
    }
  close_version (versions, end, created);

  for (guint f = 0; f < N_TRACKED; f++)
    {
      g_free (state[f]);
      g_free (end[f]);
    }
  return g_steal_pointer (&versions);
}
