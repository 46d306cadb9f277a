/* sg-settings.c: the application's GSettings, when its schema can be found
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-settings"

#include "config.h"

#include "sg-competence.h"
#include "sg-document.h"
#include "sg-record.h"
#include "sg-settings.h"

static GSettingsSchema *
find_schema (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchemaSource) build_source = NULL;
  GSettingsSchema *schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL)
    return schema;

  /* Run from the build tree without installing: use the schema compiled there. */
  if (g_file_test (BUILD_SCHEMA_DIR "/gschemas.compiled", G_FILE_TEST_EXISTS))
    build_source = g_settings_schema_source_new_from_directory (BUILD_SCHEMA_DIR, source,
                                                                FALSE, NULL);
  if (build_source != NULL)
    schema = g_settings_schema_source_lookup (build_source, APP_ID, FALSE);
  return schema;
}

static void
evidence_months_changed_cb (GSettings  *settings,
                            const char *key,
                            gpointer    user_data)
{
  sg_competence_set_months ((guint) MAX (1, g_settings_get_int (settings, key)));
}

GSettings *
sg_settings_get (void)
{
  static GSettings *settings;
  static gsize looked_up;

  if (g_once_init_enter (&looked_up))
    {
      g_autoptr(GSettingsSchema) schema = find_schema ();

      if (schema != NULL)
        {
          settings = g_settings_new_full (schema, NULL, NULL);
          /* The rule has no GSettings of its own: it is told, now and on every change. */
          g_signal_connect (settings, "changed::" SG_SETTINGS_EVIDENCE_MONTHS, G_CALLBACK (evidence_months_changed_cb), NULL);
          evidence_months_changed_cb (settings, SG_SETTINGS_EVIDENCE_MONTHS, NULL);
        }
      g_once_init_leave (&looked_up, 1);
    }
  return settings;
}

static void
set_if_empty (SgStore    *store,
              GObject    *record,
              const char *field,
              const char *value)
{
  GParamSpec *pspec = sg_record_class_find_field (SG_RECORD_GET_CLASS (record), field);

  if (pspec == NULL || value == NULL || *value == '\0')
    return;
  /* A default owner not yet in the directory joins it. */
  if (sg_field_is_person (pspec))
    {
      if (sg_record_peek_int64 (SG_RECORD (record), field) == 0)
        g_object_set (record, field, sg_store_ensure_person (store, value, NULL), NULL);
      return;
    }
  if (G_PARAM_SPEC_VALUE_TYPE (pspec) != G_TYPE_STRING ||
      sg_record_peek_string (SG_RECORD (record), field) != NULL)
    return;
  g_object_set (record, field, value, NULL);
}

void
sg_settings_apply_new_defaults (SgStore *store,
                                GObject *record)
{
  GSettings *settings = sg_settings_get ();
  g_autofree char *owner = NULL;
  g_autofree char *organisation = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) review = NULL;
  g_autofree char *review_date = NULL;
  int months;

  g_return_if_fail (SG_IS_RECORD (record));

  if (settings == NULL)
    return;

  owner = g_settings_get_string (settings, "default-owner");
  set_if_empty (store, record, "owner", owner);
  organisation = g_settings_get_string (settings, "organisation-name");
  set_if_empty (store, record, "organisation", organisation);

  months = g_settings_get_int (settings, SG_IS_DOCUMENT (record)
                                           ? "review-interval-documents-months"
                                           : "review-interval-risks-months");
  now = g_date_time_new_now_local ();
  review = g_date_time_add_months (now, months);
  review_date = g_date_time_format (review, "%Y-%m-%d");
  set_if_empty (store, record, "next-review", review_date);
}

SgRecord *
sg_settings_find_me (SgStore *store)
{
  GSettings *settings = sg_settings_get ();
  g_autofree char *me = NULL;

  g_return_val_if_fail (SG_IS_STORE (store), NULL);

  if (settings == NULL)
    return NULL;
  me = g_settings_get_string (settings, "me");
  return sg_store_find_person (store, me);
}
