/* sg-sample-competence.c: the example's required competence per role, awareness activities and policy acknowledgements
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Most people took part in the annual briefing and acknowledged the
 * policy there; the deputies have evidence of their own. A few stand out,
 * as they would in a real company: the facility manager missed this
 * year's briefing and acknowledged the policy only the year before, the
 * legal counsel never acknowledged it, the HR deputy has no evidence yet
 * and the external auditor's certificate is three years old. */
#define G_LOG_DOMAIN "sg-sample"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-awareness-activity.h"
#include "sg-competence-record.h"
#include "sg-enums.h"
#include "sg-person.h"
#include "sg-role.h"
#include "sg-sample-private.h"

static const char *const role_competence[N_ROLES] = {
  [ROLE_TOP_MANAGEMENT] = N_("Management’s duties under clause 5.1 and NIS2; reading risk acceptance criteria and the heat map."),
  [ROLE_CISO] = N_("ISO/IEC 27001 implementation (Lead Implementer or equal), risk management, GDPR and NIS2; "
                   "at least three years in information security."),
  [ROLE_DPO] = N_("Expert knowledge of data protection law and practice (Art. 37 (5) GDPR); yearly update."),
  [ROLE_IT_OPERATIONS] = N_("Secure administration of Windows, Entra ID and the network; backup and recovery; "
                            "a current vendor certification."),
  [ROLE_HR] = N_("Security in the employee life cycle: screening, confidentiality agreements, disciplinary process, leavers."),
  [ROLE_RISK_OWNERS] = N_("The risk assessment method and a risk owner’s duties."),
  [ROLE_INTERNAL_AUDITOR] = N_("ISO/IEC 27001 Lead Auditor or equal, renewed at least every three years; "
                               "independence from the audited areas."),
  [ROLE_INCIDENT_LEAD] = N_("Incident handling, log analysis and basic forensics; at least one exercise a year."),
};

/* The deputies' evidence, and the CISO's refresher on the 2022 revision. */
typedef struct
{
  const char *title;
  const char *person;
  RoleKey     role;
  const char *training;
  int         completed_on;
} SampleEvidence;

static const SampleEvidence sample_evidence[] = {
  { N_("ISO/IEC 27001:2022 transition course"), CISO, ROLE_CISO,
    N_("Two-day transition course on the 2022 revision; certificate of attendance."), -75 },
  { N_("Deputy CISO: ISMS foundation"), SECURITY_ENG, ROLE_CISO,
    N_("ISO/IEC 27001 Foundation certificate; stands in for the CISO at the monthly security meeting."), -200 },
  { N_("Deputy IT operations: administration"), SECURITY_ENG, ROLE_IT_OPERATIONS,
    N_("Microsoft Certified: Azure Administrator Associate."), -150 },
  { N_("Deputy incident lead: incident handling"), IT_LEAD, ROLE_INCIDENT_LEAD,
    N_("Took part in both tabletop exercises of the year; incident playbook walk-through."), -60 },
};

typedef struct
{
  const char      *title;
  SgAwarenessType  type;
  int              held_on;
  const char      *given_by;
  const char      *content;
  const char      *participants[16];
} SampleActivity;

static const SampleActivity sample_activities[] = {
  { N_("Annual ISMS briefing"), SG_AWARENESS_TYPE_BRIEFING, -520, CISO,
    N_("The information security policy and what changed in it; reporting incidents; the clean desk rule."),
    { CEO, CFO, CISO, IT_LEAD, HR_LEAD, OPS_LEAD, DIGITAL_LEAD, FLEET_LEAD, DPO, FACILITY_LEAD,
      LEGAL_LEAD, SECURITY_ENG, "Peter Hansen" } },
  { N_("Security induction for new starters"), SG_AWARENESS_TYPE_TRAINING, -300, HR_LEAD,
    N_("Acceptable use, passwords and multi-factor sign-in, reporting incidents, whom to ask; "
       "the policy handed out and acknowledged."),
    { "Nina Koch" } },
  { N_("Annual ISMS briefing"), SG_AWARENESS_TYPE_BRIEFING, -250, CISO,
    N_("The policy after the 2022 revision, the year’s incidents and what they taught, NIS2 and what it means for each of us."),
    { CEO, CFO, CISO, IT_LEAD, HR_LEAD, OPS_LEAD, DIGITAL_LEAD, FLEET_LEAD, DPO, LEGAL_LEAD,
      SECURITY_ENG, AUDITOR, "Nina Koch" } },
  { N_("Phishing simulation Q2"), SG_AWARENESS_TYPE_CAMPAIGN, -160, SECURITY_ENG,
    N_("Simulated invoice and parcel-tracking e-mails to all office staff; 6 in 100 clicked, down from 11; "
       "short e-learning for those who clicked."),
    { CFO, IT_LEAD, HR_LEAD, OPS_LEAD, DIGITAL_LEAD, FLEET_LEAD, DPO, LEGAL_LEAD, "Nina Koch" } },
  { N_("Secure development training"), SG_AWARENESS_TYPE_TRAINING, -45, SECURITY_ENG,
    N_("OWASP Top 10 for the customer portal team, secrets in code, reviewing dependencies."),
    { DIGITAL_LEAD, SECURITY_ENG, IT_LEAD } },
};

/* Days ago each person acknowledged the policy; NO_DATE: never. */
static const struct
{
  const char *person;
  int         acknowledged_on;
} sample_acknowledgements[] = {
  { CEO, -250 }, { CFO, -250 }, { CISO, -250 }, { IT_LEAD, -250 }, { HR_LEAD, -250 },
  { OPS_LEAD, -249 }, { DIGITAL_LEAD, -250 }, { FLEET_LEAD, -248 }, { DPO, -250 },
  { FACILITY_LEAD, -520 }, { LEGAL_LEAD, NO_DATE }, { SECURITY_ENG, -250 }, { AUDITOR, -250 },
  { "Nina Koch", -300 }, { "Peter Hansen", -520 },
};

static GVariant *
people_links (Sample            *s,
              const char *const *names,
              guint              n)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < n && names[i] != NULL; i++)
    {
      gint64 id = sg_sample_person (s, names[i]);

      g_array_append_val (ids, id);
    }
  return sg_links_new ((gint64 *) ids->data, ids->len);
}

gboolean
sg_sample_add_competence (Sample  *s,
                          GError **error)
{
  for (guint key = ROLE_NONE + 1; key < N_ROLES; key++)
    {
      SgRecord *role = sg_store_find_by_id (s->store, SG_TYPE_ROLE, s->roles[key]);

      if (role_competence[key] != NULL &&
          !sg_sample_update (s, error, role, SG_ROLE_REQUIRED_COMPETENCE, _(role_competence[key]), NULL))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (sample_evidence); i++)
    {
      const SampleEvidence *e = &sample_evidence[i];

      if (!sg_sample_add (s, error, SG_TYPE_COMPETENCE_RECORD,
                          SG_COMPETENCE_RECORD_TITLE, _(e->title),
                          SG_COMPETENCE_RECORD_PERSON, sg_sample_person (s, e->person),
                          "role", s->roles[e->role],
                          SG_COMPETENCE_RECORD_REQUIRED_COMPETENCE, _(role_competence[e->role]),
                          SG_COMPETENCE_RECORD_TRAINING, _(e->training),
                          "completed-on", sg_sample_date (s, e->completed_on),
                          "effectiveness", SG_EFFECTIVENESS_EFFECTIVE,
                          NULL))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (sample_activities); i++)
    {
      const SampleActivity *a = &sample_activities[i];

      if (!sg_sample_add (s, error, SG_TYPE_AWARENESS_ACTIVITY,
                          SG_AWARENESS_ACTIVITY_TITLE, _(a->title),
                          SG_AWARENESS_ACTIVITY_TYPE, a->type,
                          SG_AWARENESS_ACTIVITY_HELD_ON, sg_sample_date (s, a->held_on),
                          SG_AWARENESS_ACTIVITY_GIVEN_BY, sg_sample_person (s, a->given_by),
                          SG_AWARENESS_ACTIVITY_PARTICIPANTS,
                          people_links (s, a->participants, G_N_ELEMENTS (a->participants)),
                          SG_AWARENESS_ACTIVITY_CONTENT, _(a->content),
                          NULL))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (sample_acknowledgements); i++)
    {
      SgRecord *person = sg_store_find_by_id (s->store, SG_TYPE_PERSON,
                                              sg_sample_person (s, sample_acknowledgements[i].person));

      if (sample_acknowledgements[i].acknowledged_on != NO_DATE &&
          !sg_sample_update (s, error, person, SG_PERSON_POLICY_ACKNOWLEDGED_ON,
                             sg_sample_date (s, sample_acknowledgements[i].acknowledged_on), NULL))
        return FALSE;
    }
  return TRUE;
}
