/* sg-seed-data.c: constant seed data (Annex A, clauses, scales) for new registers */
/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "sg-seed-data.h"

/* ISO/IEC 27001:2022 Annex A, Table A.1, in the standard's order. */
static const SgSeedControl annex_a_controls[] = {
  /* 5 Organizational controls (37) */
  { "5.1",  N_("Policies for information security") },
  { "5.2",  N_("Information security roles and responsibilities") },
  { "5.3",  N_("Segregation of duties") },
  { "5.4",  N_("Management responsibilities") },
  { "5.5",  N_("Contact with authorities") },
  { "5.6",  N_("Contact with special interest groups") },
  { "5.7",  N_("Threat intelligence") },
  { "5.8",  N_("Information security in project management") },
  { "5.9",  N_("Inventory of information and other associated assets") },
  { "5.10", N_("Acceptable use of information and other associated assets") },
  { "5.11", N_("Return of assets") },
  { "5.12", N_("Classification of information") },
  { "5.13", N_("Labelling of information") },
  { "5.14", N_("Information transfer") },
  { "5.15", N_("Access control") },
  { "5.16", N_("Identity management") },
  { "5.17", N_("Authentication information") },
  { "5.18", N_("Access rights") },
  { "5.19", N_("Information security in supplier relationships") },
  { "5.20", N_("Addressing information security within supplier agreements") },
  { "5.21", N_("Managing information security in the ICT supply chain") },
  { "5.22", N_("Monitoring, review and change management of supplier services") },
  { "5.23", N_("Information security for use of cloud services") },
  { "5.24", N_("Information security incident management planning and preparation") },
  { "5.25", N_("Assessment and decision on information security events") },
  { "5.26", N_("Response to information security incidents") },
  { "5.27", N_("Learning from information security incidents") },
  { "5.28", N_("Collection of evidence") },
  { "5.29", N_("Information security during disruption") },
  { "5.30", N_("ICT readiness for business continuity") },
  { "5.31", N_("Legal, statutory, regulatory and contractual requirements") },
  { "5.32", N_("Intellectual property rights") },
  { "5.33", N_("Protection of records") },
  { "5.34", N_("Privacy and protection of PII") },
  { "5.35", N_("Independent review of information security") },
  { "5.36", N_("Compliance with policies, rules and standards for information security") },
  { "5.37", N_("Documented operating procedures") },

  /* 6 People controls (8) */
  { "6.1",  N_("Screening") },
  { "6.2",  N_("Terms and conditions of employment") },
  { "6.3",  N_("Information security awareness, education and training") },
  { "6.4",  N_("Disciplinary process") },
  { "6.5",  N_("Responsibilities after termination or change of employment") },
  { "6.6",  N_("Confidentiality or non-disclosure agreements") },
  { "6.7",  N_("Remote working") },
  { "6.8",  N_("Information security event reporting") },

  /* 7 Physical controls (14) */
  { "7.1",  N_("Physical security perimeters") },
  { "7.2",  N_("Physical entry") },
  { "7.3",  N_("Securing offices, rooms and facilities") },
  { "7.4",  N_("Physical security monitoring") },
  { "7.5",  N_("Protecting against physical and environmental threats") },
  { "7.6",  N_("Working in secure areas") },
  { "7.7",  N_("Clear desk and clear screen") },
  { "7.8",  N_("Equipment siting and protection") },
  { "7.9",  N_("Security of assets off-premises") },
  { "7.10", N_("Storage media") },
  { "7.11", N_("Supporting utilities") },
  { "7.12", N_("Cabling security") },
  { "7.13", N_("Equipment maintenance") },
  { "7.14", N_("Secure disposal or re-use of equipment") },

  /* 8 Technological controls (34) */
  { "8.1",  N_("User end point devices") },
  { "8.2",  N_("Privileged access rights") },
  { "8.3",  N_("Information access restriction") },
  { "8.4",  N_("Access to source code") },
  { "8.5",  N_("Secure authentication") },
  { "8.6",  N_("Capacity management") },
  { "8.7",  N_("Protection against malware") },
  { "8.8",  N_("Management of technical vulnerabilities") },
  { "8.9",  N_("Configuration management") },
  { "8.10", N_("Information deletion") },
  { "8.11", N_("Data masking") },
  { "8.12", N_("Data leakage prevention") },
  { "8.13", N_("Information backup") },
  { "8.14", N_("Redundancy of information processing facilities") },
  { "8.15", N_("Logging") },
  { "8.16", N_("Monitoring activities") },
  { "8.17", N_("Clock synchronization") },
  { "8.18", N_("Use of privileged utility programs") },
  { "8.19", N_("Installation of software on operational systems") },
  { "8.20", N_("Networks security") },
  { "8.21", N_("Security of network services") },
  { "8.22", N_("Segregation of networks") },
  { "8.23", N_("Web filtering") },
  { "8.24", N_("Use of cryptography") },
  { "8.25", N_("Secure development life cycle") },
  { "8.26", N_("Application security requirements") },
  { "8.27", N_("Secure system architecture and engineering principles") },
  { "8.28", N_("Secure coding") },
  { "8.29", N_("Security testing in development and acceptance") },
  { "8.30", N_("Outsourced development") },
  { "8.31", N_("Separation of development, test and production environments") },
  { "8.32", N_("Change management") },
  { "8.33", N_("Test information") },
  { "8.34", N_("Protection of information systems during audit testing") },
};

/* Clauses 4 to 10 at the depth a stage 1 audit checks them.  The
 * descriptions are our own summaries, not the standard's text. */
static const SgSeedRequirement requirements[] = {
  { "4.1", N_("Understanding the organization and its context"),
    N_("Identify the internal and external issues that matter to the organisation's purpose "
       "and that affect what its ISMS can achieve, including climate change where relevant.") },
  { "4.2", N_("Understanding the needs and expectations of interested parties"),
    N_("Know who has a stake in the ISMS, what each of them requires, and which of those "
       "requirements the ISMS will address.") },
  { "4.3", N_("Determining the scope of the information security management system"),
    N_("Decide and write down the boundaries of the ISMS, taking account of the context, "
       "interested parties and interfaces or dependencies with activities done by others.") },
  { "4.4", N_("Information security management system"),
    N_("Set up the ISMS with its processes and how they interact, then keep it running, "
       "maintained and improving over time.") },
  { "5.1", N_("Leadership and commitment"),
    N_("Top management visibly drives the ISMS: it aligns policy and objectives with strategy, "
       "provides resources, builds the ISMS into business processes and supports the people "
       "who make it work.") },
  { "5.2", N_("Policy"),
    N_("Have a documented information security policy, approved by top management, that fits "
       "the organisation, frames its objectives and commits to meeting requirements and to "
       "improving; it is communicated internally and available to interested parties as appropriate.") },
  { "5.3", N_("Organizational roles, responsibilities and authorities"),
    N_("Assign and communicate who is responsible for the ISMS conforming to the standard and "
       "who reports on its performance to top management.") },
  { "6.1.1", N_("General"),
    N_("When planning the ISMS, work out the risks and opportunities arising from the context and "
       "stakeholder requirements, plan actions for them and check that those actions work.") },
  { "6.1.2", N_("Information security risk assessment"),
    N_("Define and document a repeatable risk assessment method with acceptance criteria, then use it "
       "to identify risks to confidentiality, integrity and availability, name their owners, and "
       "analyse and rank them.") },
  { "6.1.3", N_("Information security risk treatment"),
    N_("Choose treatment options and the controls they need, compare them with Annex A, produce a "
       "Statement of Applicability with justifications, and get risk owners to approve the treatment "
       "plan and accept the residual risk.") },
  { "6.2", N_("Information security objectives and planning to achieve them"),
    N_("Set measurable security objectives consistent with the policy, and plan what will be done, "
       "with which resources, by whom, by when and how results will be judged.") },
  { "6.3", N_("Planning of changes"),
    N_("Make changes to the ISMS deliberately and in a planned way rather than ad hoc.") },
  { "7.1", N_("Resources"),
    N_("Identify and provide the people, budget, tools and time the ISMS needs.") },
  { "7.2", N_("Competence"),
    N_("Determine the skills needed by people whose work affects information security, make sure "
       "they have them through education, training or experience, and keep evidence of it.") },
  { "7.3", N_("Awareness"),
    N_("Everyone working for the organisation knows the policy, how they contribute to the ISMS and "
       "what happens if they do not follow it.") },
  { "7.4", N_("Communication"),
    N_("Decide what is communicated about the ISMS, when, to whom and by whom, both inside and "
       "outside the organisation.") },
  { "7.5.1", N_("General"),
    N_("Keep the documented information the standard demands plus whatever else the organisation "
       "finds it needs for its ISMS to be effective.") },
  { "7.5.2", N_("Creating and updating"),
    N_("Documents and records are properly identified, in a suitable format and medium, and reviewed "
       "and approved before use.") },
  { "7.5.3", N_("Control of documented information"),
    N_("Documented information, including relevant external documents, is available where needed, "
       "protected, versioned, retained and disposed of in a controlled way.") },
  { "8.1", N_("Operational planning and control"),
    N_("Plan, run and control the processes that deliver the ISMS, including outsourced ones, keep "
       "evidence that they were carried out as planned, and manage changes to them.") },
  { "8.2", N_("Information security risk assessment"),
    N_("Repeat the risk assessment at planned intervals and whenever significant changes happen, "
       "and keep the results.") },
  { "8.3", N_("Information security risk treatment"),
    N_("Carry out the risk treatment plan and keep records of the results.") },
  { "9.1", N_("Monitoring, measurement, analysis and evaluation"),
    N_("Decide what to measure about security and the ISMS, how and when, who analyses the results, "
       "and use them to judge performance and effectiveness; keep the evidence.") },
  { "9.2.1", N_("General"),
    N_("Run internal audits at planned intervals to check that the ISMS meets both the organisation's "
       "own requirements and the standard, and is effectively implemented and maintained.") },
  { "9.2.2", N_("Internal audit programme"),
    N_("Plan an audit programme covering frequency, methods, responsibilities and reporting; choose "
       "objective auditors, define each audit's criteria and scope, report results to management "
       "and keep records.") },
  { "9.3.1", N_("General"),
    N_("Top management reviews the ISMS at planned intervals to confirm it remains suitable, "
       "adequate and effective.") },
  { "9.3.2", N_("Management review inputs"),
    N_("The review considers earlier actions, changes in context and stakeholder needs, security "
       "performance trends, audit and measurement results, risk status and improvement opportunities.") },
  { "9.3.3", N_("Management review results"),
    N_("The review ends in recorded decisions on improvement opportunities and any changes needed "
       "to the ISMS.") },
  { "10.1", N_("Continual improvement"),
    N_("Keep making the ISMS more suitable, adequate and effective over time.") },
  { "10.2", N_("Nonconformity and corrective action"),
    N_("When something does not conform, contain and correct it, find the root cause, act so it does "
       "not recur, check the action worked, and record what happened and what was done.") },
};

static const SgSeedScaleLevel likelihood_scale[] = {
  { 1, N_("Rare"),
    N_("May occur only in exceptional circumstances; less than once in ten years.") },
  { 2, N_("Unlikely"),
    N_("Could occur but is not expected; about once every three to ten years.") },
  { 3, N_("Possible"),
    N_("Might well occur; about once every one to three years.") },
  { 4, N_("Likely"),
    N_("Expected to occur; several times a year, up to about once a month.") },
  { 5, N_("Almost certain"),
    N_("Expected to occur often; more than once a month, or is already happening.") },
};

static const SgSeedScaleLevel impact_scale[] = {
  { 1, N_("Insignificant"),
    N_("Negligible cost, no noticeable disruption, no legal or regulatory consequence and no "
       "attention from outside the team.") },
  { 2, N_("Minor"),
    N_("Small cost absorbed by normal budgets, disruption of a few hours to one team, a minor "
       "contractual slip and a few complaints from customers or partners.") },
  { 3, N_("Moderate"),
    N_("Noticeable financial loss, a key service degraded for up to a day, a reportable breach or "
       "contract penalty, and local or trade press coverage.") },
  { 4, N_("Major"),
    N_("Significant loss affecting annual results, critical services down for several days, "
       "regulatory investigation or fines, and national press coverage with lost customers.") },
  { 5, N_("Severe"),
    N_("Loss threatening the organisation's survival, prolonged failure of critical operations, "
       "loss of licence or criminal liability, and lasting damage to public trust.") },
};

/* Lightness varies as well as hue so the levels stay apart for red-green
 * colour-blind viewers: dark green, light amber, mid orange, very dark red.
 * Low and Critical read best with white text, Medium and High with black. */
static const SgSeedRiskLevel risk_levels[] = {
  { N_("Low"), "#2e7d32", TRUE,
    N_("Accept and monitor through routine review; no further treatment is needed.") },
  { N_("Medium"), "#ffc107", TRUE,
    N_("Acceptable with the risk owner's approval; keep existing controls working and improve them "
       "when it is cost-effective.") },
  { N_("High"), "#f57c00", FALSE,
    N_("Outside risk appetite: the risk owner must plan and fund treatment within an agreed "
       "period, and senior management is informed.") },
  { N_("Critical"), "#7f0000", FALSE,
    N_("Unacceptable: escalate to top management at once and treat immediately, stopping the "
       "activity if the risk cannot be reduced quickly.") },
};

const SgSeedControl *
sg_seed_annex_a_controls (guint *n_controls)
{
  if (n_controls != NULL)
    *n_controls = G_N_ELEMENTS (annex_a_controls);

  return annex_a_controls;
}

const SgSeedRequirement *
sg_seed_requirements (guint *n_requirements)
{
  if (n_requirements != NULL)
    *n_requirements = G_N_ELEMENTS (requirements);

  return requirements;
}

const SgSeedScaleLevel *
sg_seed_likelihood_scale (guint *n_levels)
{
  if (n_levels != NULL)
    *n_levels = G_N_ELEMENTS (likelihood_scale);

  return likelihood_scale;
}

const SgSeedScaleLevel *
sg_seed_impact_scale (guint *n_levels)
{
  if (n_levels != NULL)
    *n_levels = G_N_ELEMENTS (impact_scale);

  return impact_scale;
}

const SgSeedRiskLevel *
sg_seed_risk_levels (guint *n_levels)
{
  if (n_levels != NULL)
    *n_levels = G_N_ELEMENTS (risk_levels);

  return risk_levels;
}
