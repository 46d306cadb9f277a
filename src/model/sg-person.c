/* sg-person.c: a person of the organisation, the directory every role,
 * owner and auditor will name (clauses 5.3, 7.2)
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-person"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-person.h"

struct _SgPerson
{
  SgRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SgPerson, sg_person, SG_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_FUNCTION,
  PROP_UNIT,
  PROP_EMAIL,
  PROP_ACTIVE,
  PROP_NOTES,
  PROP_NOT_SAME_AS,
  PROP_POLICY_ACKNOWLEDGED_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sg_person_class_init (SgPersonClass *klass)
{
  SgRecordClass *record_class = SG_RECORD_CLASS (klass);

  sg_record_class_set_kind (record_class, "person", "P-", N_("Person"), N_("People"), "people");
  sg_record_class_set_page (record_class, SG_RECORD_AREA_LEADERSHIP, N_("People"));
  sg_record_class_set_empty_state (record_class, "avatar-default-symbolic",
                                   N_("The people who hold roles and own risks, controls and actions"
                                      ", as clauses 5.3 and 7.2 ask."));
  sg_record_class_set_since (record_class, 2);

  properties[PROP_NAME] = sg_field_text (SG_PERSON_NAME, N_("Name"));
  properties[PROP_FUNCTION] = sg_field_text (SG_PERSON_FUNCTION, N_("Job title or function"));
  properties[PROP_UNIT] = sg_field_text (SG_PERSON_UNIT, N_("Organisational unit"));
  properties[PROP_EMAIL] = sg_field_text ("email", N_("E-mail"));
  /* People who left stay, so that what they owned or did keeps its name. */
  properties[PROP_ACTIVE] = sg_field_boolean (SG_PERSON_ACTIVE, N_("Still with the organisation"), TRUE);
  properties[PROP_NOTES] = sg_field_long_text ("notes", N_("Notes"));
  /* Two similar names the user said are two people: never offered as
   * near-duplicates again (sg_store_list_near_duplicates). */
  properties[PROP_NOT_SAME_AS] =
    sg_field_since (3, sg_field_links (SG_PERSON_NOT_SAME_AS, N_("Not the same as"), SG_TYPE_PERSON));

  /* 7.3 a: aware of the policy, as the person confirmed on this day. */
  properties[PROP_POLICY_ACKNOWLEDGED_ON] =
    sg_field_since (9, sg_field_date (SG_PERSON_POLICY_ACKNOWLEDGED_ON, N_("Policy acknowledged on")));

  sg_record_class_install_fields (record_class, N_PROPS, properties);

  sg_record_class_set_title_field (record_class, properties[PROP_NAME]);
  sg_record_class_add_column (record_class, properties[PROP_FUNCTION], 1);
  sg_record_class_add_column (record_class, properties[PROP_UNIT], 2);
  sg_record_class_add_column (record_class, properties[PROP_ACTIVE], 3);

  sg_record_class_add_facet (record_class, properties[PROP_ACTIVE]);
}

static void
sg_person_init (SgPerson *self)
{
}

char *
sg_person_tidy_name (const char *name)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) tidy = g_string_new (NULL);

  g_return_val_if_fail (name != NULL, NULL);

  words = g_strsplit_set (name, " \t\r\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (tidy, "%s%s", tidy->len ? " " : "", words[i]);
  return g_string_free (g_steal_pointer (&tidy), FALSE);
}

char *
sg_person_name_key (const char *name)
{
  g_autofree char *tidy = sg_person_tidy_name (name);

  return g_utf8_casefold (tidy, -1);
}
