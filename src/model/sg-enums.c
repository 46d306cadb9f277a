/* sg-enums.c: the registered enumerations of every record kind
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sg-enums"

#include "config.h"

#include <glib/gi18n.h>

#include "sg-enums.h"

SG_DEFINE_ENUM_TYPE (SgTreatment, sg_treatment,
  { SG_TREATMENT_UNDECIDED, N_("Undecided"), "undecided" },
  { SG_TREATMENT_MITIGATE, N_("Mitigate"), "mitigate" },
  { SG_TREATMENT_ACCEPT, N_("Accept"), "accept" },
  { SG_TREATMENT_TRANSFER, N_("Transfer"), "transfer" },
  { SG_TREATMENT_AVOID, N_("Avoid"), "avoid" })

SG_DEFINE_ENUM_TYPE (SgRiskStatus, sg_risk_status,
  { SG_RISK_STATUS_IDENTIFIED, N_("Identified"), "identified" },
  { SG_RISK_STATUS_ASSESSED, N_("Assessed"), "assessed" },
  { SG_RISK_STATUS_TREATMENT, N_("In treatment"), "treatment" },
  { SG_RISK_STATUS_ACCEPTED, N_("Accepted"), "accepted" },
  { SG_RISK_STATUS_CLOSED, N_("Closed"), "closed" })

SG_DEFINE_ENUM_TYPE (SgScaleAxis, sg_scale_axis,
  { SG_SCALE_AXIS_LIKELIHOOD, N_("Likelihood"), "likelihood" },
  { SG_SCALE_AXIS_IMPACT, N_("Impact"), "impact" })

SG_DEFINE_ENUM_TYPE (SgControlTheme, sg_control_theme,
  { SG_CONTROL_THEME_ORGANIZATIONAL, N_("Organizational"), "organizational" },
  { SG_CONTROL_THEME_PEOPLE, N_("People"), "people" },
  { SG_CONTROL_THEME_PHYSICAL, N_("Physical"), "physical" },
  { SG_CONTROL_THEME_TECHNOLOGICAL, N_("Technological"), "technological" })

SG_DEFINE_ENUM_TYPE (SgControlSource, sg_control_source,
  { SG_CONTROL_SOURCE_ANNEX_A, N_("Annex A"), "annex-a" },
  { SG_CONTROL_SOURCE_CUSTOM, N_("Custom"), "custom" })

SG_DEFINE_ENUM_TYPE (SgImplementationStatus, sg_implementation_status,
  { SG_IMPLEMENTATION_STATUS_NOT_IMPLEMENTED, N_("Not implemented"), "not-implemented" },
  { SG_IMPLEMENTATION_STATUS_PLANNED, N_("Planned"), "planned" },
  { SG_IMPLEMENTATION_STATUS_PARTIAL, N_("Partially implemented"), "partial" },
  { SG_IMPLEMENTATION_STATUS_IMPLEMENTED, N_("Implemented"), "implemented" },
  { SG_IMPLEMENTATION_STATUS_VERIFIED, N_("Implemented and verified"), "verified" })

SG_DEFINE_ENUM_TYPE (SgObjectiveStatus, sg_objective_status,
  { SG_OBJECTIVE_STATUS_NOT_STARTED, N_("Not started"), "not-started" },
  { SG_OBJECTIVE_STATUS_ON_TRACK, N_("On track"), "on-track" },
  { SG_OBJECTIVE_STATUS_AT_RISK, N_("At risk"), "at-risk" },
  { SG_OBJECTIVE_STATUS_ACHIEVED, N_("Achieved"), "achieved" },
  { SG_OBJECTIVE_STATUS_MISSED, N_("Missed"), "missed" })

SG_DEFINE_ENUM_TYPE (SgChangeStatus, sg_change_status,
  { SG_CHANGE_STATUS_PROPOSED, N_("Proposed"), "proposed" },
  { SG_CHANGE_STATUS_APPROVED, N_("Approved"), "approved" },
  { SG_CHANGE_STATUS_IN_PROGRESS, N_("In progress"), "in-progress" },
  { SG_CHANGE_STATUS_COMPLETED, N_("Completed"), "completed" },
  { SG_CHANGE_STATUS_CANCELLED, N_("Cancelled"), "cancelled" })

SG_DEFINE_ENUM_TYPE (SgAwarenessType, sg_awareness_type,
  { SG_AWARENESS_TYPE_BRIEFING, N_("Briefing"), "briefing" },
  { SG_AWARENESS_TYPE_TRAINING, N_("Training"), "training" },
  { SG_AWARENESS_TYPE_E_LEARNING, N_("E-learning"), "e-learning" },
  { SG_AWARENESS_TYPE_CAMPAIGN, N_("Campaign"), "campaign" },
  { SG_AWARENESS_TYPE_EXERCISE, N_("Exercise"), "exercise" })

SG_DEFINE_ENUM_TYPE (SgAuditType, sg_audit_type,
  { SG_AUDIT_TYPE_INTERNAL, N_("Internal"), "internal" },
  { SG_AUDIT_TYPE_EXTERNAL, N_("External"), "external" },
  { SG_AUDIT_TYPE_CERTIFICATION, N_("Certification"), "certification" },
  { SG_AUDIT_TYPE_SURVEILLANCE, N_("Surveillance"), "surveillance" })

SG_DEFINE_ENUM_TYPE (SgAuditStatus, sg_audit_status,
  { SG_AUDIT_STATUS_PLANNED, N_("Planned"), "planned" },
  { SG_AUDIT_STATUS_IN_PROGRESS, N_("In progress"), "in-progress" },
  { SG_AUDIT_STATUS_COMPLETED, N_("Completed"), "completed" },
  { SG_AUDIT_STATUS_CANCELLED, N_("Cancelled"), "cancelled" })

SG_DEFINE_ENUM_TYPE (SgFindingType, sg_finding_type,
  { SG_FINDING_TYPE_MAJOR_NONCONFORMITY, N_("Major nonconformity"), "major-nonconformity" },
  { SG_FINDING_TYPE_MINOR_NONCONFORMITY, N_("Minor nonconformity"), "minor-nonconformity" },
  { SG_FINDING_TYPE_OBSERVATION, N_("Observation"), "observation" },
  { SG_FINDING_TYPE_OPPORTUNITY, N_("Opportunity for improvement"), "opportunity" })

SG_DEFINE_ENUM_TYPE (SgNcSource, sg_nc_source,
  { SG_NC_SOURCE_AUDIT_FINDING, N_("Audit finding"), "audit-finding" },
  { SG_NC_SOURCE_INCIDENT, N_("Incident"), "incident" },
  { SG_NC_SOURCE_COMPLAINT, N_("Complaint"), "complaint" },
  { SG_NC_SOURCE_REVIEW, N_("Review"), "review" },
  { SG_NC_SOURCE_OTHER, N_("Other"), "other" })

SG_DEFINE_ENUM_TYPE (SgNcStatus, sg_nc_status,
  { SG_NC_STATUS_OPEN, N_("Open"), "open" },
  { SG_NC_STATUS_IN_PROGRESS, N_("In progress"), "in-progress" },
  { SG_NC_STATUS_AWAITING_VERIFICATION, N_("Awaiting verification"), "awaiting-verification" },
  { SG_NC_STATUS_CLOSED, N_("Closed"), "closed" })

SG_DEFINE_ENUM_TYPE (SgEffectiveness, sg_effectiveness,
  { SG_EFFECTIVENESS_NOT_CHECKED, N_("Not checked"), "not-checked" },
  { SG_EFFECTIVENESS_EFFECTIVE, N_("Effective"), "effective" },
  { SG_EFFECTIVENESS_NOT_EFFECTIVE, N_("Not effective"), "not-effective" })

SG_DEFINE_ENUM_TYPE (SgReviewStatus, sg_review_status,
  { SG_REVIEW_STATUS_PLANNED, N_("Planned"), "planned" },
  { SG_REVIEW_STATUS_HELD, N_("Held"), "held" },
  { SG_REVIEW_STATUS_MINUTES_APPROVED, N_("Minutes approved"), "minutes-approved" })

SG_DEFINE_ENUM_TYPE (SgAssetType, sg_asset_type,
  { SG_ASSET_TYPE_INFORMATION, N_("Information"), "information" },
  { SG_ASSET_TYPE_SOFTWARE, N_("Software"), "software" },
  { SG_ASSET_TYPE_HARDWARE, N_("Hardware"), "hardware" },
  { SG_ASSET_TYPE_SERVICE, N_("Service"), "service" },
  { SG_ASSET_TYPE_PEOPLE, N_("People"), "people" },
  { SG_ASSET_TYPE_SITE, N_("Site"), "site" },
  { SG_ASSET_TYPE_SUPPLIER, N_("Supplier"), "supplier" })

SG_DEFINE_ENUM_TYPE (SgClassification, sg_classification,
  { SG_CLASSIFICATION_PUBLIC, N_("Public"), "public" },
  { SG_CLASSIFICATION_INTERNAL, N_("Internal"), "internal" },
  { SG_CLASSIFICATION_CONFIDENTIAL, N_("Confidential"), "confidential" },
  { SG_CLASSIFICATION_STRICTLY_CONFIDENTIAL, N_("Strictly confidential"), "strictly-confidential" })

SG_DEFINE_ENUM_TYPE (SgPartyType, sg_party_type,
  { SG_PARTY_TYPE_INTERNAL, N_("Internal"), "internal" },
  { SG_PARTY_TYPE_EXTERNAL, N_("External"), "external" })

SG_DEFINE_ENUM_TYPE (SgIssueType, sg_issue_type,
  { SG_ISSUE_TYPE_INTERNAL, N_("Internal"), "internal" },
  { SG_ISSUE_TYPE_EXTERNAL, N_("External"), "external" })

SG_DEFINE_ENUM_TYPE (SgIssueEffect, sg_issue_effect,
  { SG_ISSUE_EFFECT_OPPORTUNITY, N_("Opportunity"), "opportunity" },
  { SG_ISSUE_EFFECT_THREAT, N_("Threat"), "threat" },
  { SG_ISSUE_EFFECT_NEUTRAL, N_("Neutral"), "neutral" })

SG_DEFINE_ENUM_TYPE (SgDocumentType, sg_document_type,
  { SG_DOCUMENT_TYPE_POLICY, N_("Policy"), "policy" },
  { SG_DOCUMENT_TYPE_PROCEDURE, N_("Procedure"), "procedure" },
  { SG_DOCUMENT_TYPE_STANDARD, N_("Standard"), "standard" },
  { SG_DOCUMENT_TYPE_GUIDELINE, N_("Guideline"), "guideline" },
  { SG_DOCUMENT_TYPE_RECORD, N_("Record"), "record" },
  { SG_DOCUMENT_TYPE_PLAN, N_("Plan"), "plan" },
  { SG_DOCUMENT_TYPE_OTHER, N_("Other"), "other" })

SG_DEFINE_ENUM_TYPE (SgDocumentStatus, sg_document_status,
  { SG_DOCUMENT_STATUS_DRAFT, N_("Draft"), "draft" },
  { SG_DOCUMENT_STATUS_IN_REVIEW, N_("In review"), "in-review" },
  { SG_DOCUMENT_STATUS_APPROVED, N_("Approved"), "approved" },
  { SG_DOCUMENT_STATUS_WITHDRAWN, N_("Withdrawn"), "withdrawn" })

SG_DEFINE_ENUM_TYPE (SgRequirementOverride, sg_requirement_override,
  { SG_REQUIREMENT_OVERRIDE_NONE, N_("As computed"), "none" },
  { SG_REQUIREMENT_OVERRIDE_MET, N_("Met"), "met" },
  { SG_REQUIREMENT_OVERRIDE_PARTLY, N_("Partly met"), "partly" },
  { SG_REQUIREMENT_OVERRIDE_NOT_MET, N_("Not met"), "not-met" })

SG_DEFINE_ENUM_TYPE (SgTargetDirection, sg_target_direction,
  { SG_TARGET_DIRECTION_NONE, N_("No numeric target"), "none" },
  { SG_TARGET_DIRECTION_AT_LEAST, N_("At least"), "at-least" },
  { SG_TARGET_DIRECTION_AT_MOST, N_("At most"), "at-most" })

SG_DEFINE_ENUM_TYPE (SgNcSeverity, sg_nc_severity,
  { SG_NC_SEVERITY_MAJOR, N_("Major"), "major" },
  { SG_NC_SEVERITY_MINOR, N_("Minor"), "minor" })

SG_DEFINE_ENUM_TYPE (SgRootCauseMethod, sg_root_cause_method,
  { SG_ROOT_CAUSE_METHOD_NOT_STATED, N_("Not stated"), "not-stated" },
  { SG_ROOT_CAUSE_METHOD_FIVE_WHYS, N_("5 whys"), "five-whys" },
  { SG_ROOT_CAUSE_METHOD_FISHBONE, N_("Fishbone diagram"), "fishbone" },
  { SG_ROOT_CAUSE_METHOD_OTHER, N_("Other method"), "other" })

SG_DEFINE_ENUM_TYPE (SgActionStatus, sg_action_status,
  { SG_ACTION_STATUS_OPEN, N_("Open"), "open" },
  { SG_ACTION_STATUS_IN_PROGRESS, N_("In progress"), "in-progress" },
  { SG_ACTION_STATUS_DONE, N_("Done"), "done" },
  { SG_ACTION_STATUS_CANCELLED, N_("Cancelled"), "cancelled" })

SG_DEFINE_ENUM_TYPE (SgActionSource, sg_action_source,
  { SG_ACTION_SOURCE_NONCONFORMITY, N_("Nonconformity"), "nonconformity" },
  { SG_ACTION_SOURCE_MANAGEMENT_REVIEW, N_("Management review"), "management-review" },
  { SG_ACTION_SOURCE_AUDIT, N_("Audit"), "audit" },
  { SG_ACTION_SOURCE_RISK_TREATMENT, N_("Risk treatment"), "risk-treatment" },
  { SG_ACTION_SOURCE_OTHER, N_("Other"), "other" })

SG_DEFINE_ENUM_TYPE (SgSupplierCriticality, sg_supplier_criticality,
  { SG_SUPPLIER_CRITICALITY_LOW, N_("Low"), "low" },
  { SG_SUPPLIER_CRITICALITY_MEDIUM, N_("Medium"), "medium" },
  { SG_SUPPLIER_CRITICALITY_HIGH, N_("High"), "high" },
  { SG_SUPPLIER_CRITICALITY_CRITICAL, N_("Critical"), "critical" })

SG_DEFINE_ENUM_TYPE (SgSupplierAssessment, sg_supplier_assessment,
  { SG_SUPPLIER_ASSESSMENT_NOT_ASSESSED, N_("Not assessed"), "not-assessed" },
  { SG_SUPPLIER_ASSESSMENT_SATISFACTORY, N_("Satisfactory"), "satisfactory" },
  { SG_SUPPLIER_ASSESSMENT_CONDITIONAL, N_("Satisfactory with conditions"), "conditional" },
  { SG_SUPPLIER_ASSESSMENT_UNSATISFACTORY, N_("Unsatisfactory"), "unsatisfactory" })

SG_DEFINE_ENUM_TYPE (SgObligationType, sg_obligation_type,
  { SG_OBLIGATION_TYPE_LEGAL, N_("Legal"), "legal" },
  { SG_OBLIGATION_TYPE_REGULATORY, N_("Regulatory"), "regulatory" },
  { SG_OBLIGATION_TYPE_CONTRACTUAL, N_("Contractual"), "contractual" },
  { SG_OBLIGATION_TYPE_OTHER, N_("Other"), "other" })

SG_DEFINE_ENUM_TYPE (SgObligationStatus, sg_obligation_status,
  { SG_OBLIGATION_STATUS_ADDRESSED, N_("Addressed"), "addressed" },
  { SG_OBLIGATION_STATUS_PARTLY, N_("Partly addressed"), "partly" },
  { SG_OBLIGATION_STATUS_NOT_ADDRESSED, N_("Not addressed"), "not-addressed" })
