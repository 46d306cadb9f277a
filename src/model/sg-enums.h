/* sg-enums.h: the registered enumerations of every record kind
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Each GEnumValue's value_name is its translatable label (marked N_())
 * and its value_nick the word stored in the register; sg_enum_get_label()
 * translates the label. */
#define SG_DEFINE_ENUM_TYPE(TypeName, type_name, ...)                        \
  GType                                                                      \
  type_name##_get_type (void)                                                \
  {                                                                          \
    static gsize type_id;                                                    \
    if (g_once_init_enter (&type_id))                                        \
      {                                                                      \
        static const GEnumValue values[] = { __VA_ARGS__, { 0, NULL, NULL } }; \
        GType t = g_enum_register_static (g_intern_static_string (#TypeName), values); \
        g_once_init_leave (&type_id, t);                                     \
      }                                                                      \
    return type_id;                                                          \
  }

typedef enum
{
  SG_TREATMENT_UNDECIDED,
  SG_TREATMENT_MITIGATE,
  SG_TREATMENT_ACCEPT,
  SG_TREATMENT_TRANSFER,
  SG_TREATMENT_AVOID,
} SgTreatment;
#define SG_TYPE_TREATMENT (sg_treatment_get_type ())
GType sg_treatment_get_type (void);

typedef enum
{
  SG_RISK_STATUS_IDENTIFIED,
  SG_RISK_STATUS_ASSESSED,
  SG_RISK_STATUS_TREATMENT,
  SG_RISK_STATUS_ACCEPTED,
  SG_RISK_STATUS_CLOSED,
} SgRiskStatus;
#define SG_TYPE_RISK_STATUS (sg_risk_status_get_type ())
GType sg_risk_status_get_type (void);

typedef enum
{
  SG_SCALE_AXIS_LIKELIHOOD,
  SG_SCALE_AXIS_IMPACT,
} SgScaleAxis;
#define SG_TYPE_SCALE_AXIS (sg_scale_axis_get_type ())
GType sg_scale_axis_get_type (void);

typedef enum
{
  SG_CONTROL_THEME_ORGANIZATIONAL,
  SG_CONTROL_THEME_PEOPLE,
  SG_CONTROL_THEME_PHYSICAL,
  SG_CONTROL_THEME_TECHNOLOGICAL,
} SgControlTheme;
#define SG_TYPE_CONTROL_THEME (sg_control_theme_get_type ())
GType sg_control_theme_get_type (void);

typedef enum
{
  SG_CONTROL_SOURCE_ANNEX_A,
  SG_CONTROL_SOURCE_CUSTOM,
} SgControlSource;
#define SG_TYPE_CONTROL_SOURCE (sg_control_source_get_type ())
GType sg_control_source_get_type (void);

typedef enum
{
  SG_IMPLEMENTATION_STATUS_NOT_IMPLEMENTED,
  SG_IMPLEMENTATION_STATUS_PLANNED,
  SG_IMPLEMENTATION_STATUS_PARTIAL,
  SG_IMPLEMENTATION_STATUS_IMPLEMENTED,
  SG_IMPLEMENTATION_STATUS_VERIFIED,
} SgImplementationStatus;
#define SG_TYPE_IMPLEMENTATION_STATUS (sg_implementation_status_get_type ())
GType sg_implementation_status_get_type (void);

typedef enum
{
  SG_OBJECTIVE_STATUS_NOT_STARTED,
  SG_OBJECTIVE_STATUS_ON_TRACK,
  SG_OBJECTIVE_STATUS_AT_RISK,
  SG_OBJECTIVE_STATUS_ACHIEVED,
  SG_OBJECTIVE_STATUS_MISSED,
} SgObjectiveStatus;
#define SG_TYPE_OBJECTIVE_STATUS (sg_objective_status_get_type ())
GType sg_objective_status_get_type (void);

typedef enum
{
  SG_CHANGE_STATUS_PROPOSED,
  SG_CHANGE_STATUS_APPROVED,
  SG_CHANGE_STATUS_IN_PROGRESS,
  SG_CHANGE_STATUS_COMPLETED,
  SG_CHANGE_STATUS_CANCELLED,
} SgChangeStatus;
#define SG_TYPE_CHANGE_STATUS (sg_change_status_get_type ())
GType sg_change_status_get_type (void);

typedef enum
{
  SG_AWARENESS_TYPE_BRIEFING,
  SG_AWARENESS_TYPE_TRAINING,
  SG_AWARENESS_TYPE_E_LEARNING,
  SG_AWARENESS_TYPE_CAMPAIGN,
  SG_AWARENESS_TYPE_EXERCISE,
} SgAwarenessType;
#define SG_TYPE_AWARENESS_TYPE (sg_awareness_type_get_type ())
GType sg_awareness_type_get_type (void);

typedef enum
{
  SG_AUDIT_TYPE_INTERNAL,
  SG_AUDIT_TYPE_EXTERNAL,
  SG_AUDIT_TYPE_CERTIFICATION,
  SG_AUDIT_TYPE_SURVEILLANCE,
} SgAuditType;
#define SG_TYPE_AUDIT_TYPE (sg_audit_type_get_type ())
GType sg_audit_type_get_type (void);

typedef enum
{
  SG_AUDIT_STATUS_PLANNED,
  SG_AUDIT_STATUS_IN_PROGRESS,
  SG_AUDIT_STATUS_COMPLETED,
  SG_AUDIT_STATUS_CANCELLED,
} SgAuditStatus;
#define SG_TYPE_AUDIT_STATUS (sg_audit_status_get_type ())
GType sg_audit_status_get_type (void);

typedef enum
{
  SG_FINDING_TYPE_MAJOR_NONCONFORMITY,
  SG_FINDING_TYPE_MINOR_NONCONFORMITY,
  SG_FINDING_TYPE_OBSERVATION,
  SG_FINDING_TYPE_OPPORTUNITY,
} SgFindingType;
#define SG_TYPE_FINDING_TYPE (sg_finding_type_get_type ())
GType sg_finding_type_get_type (void);

typedef enum
{
  SG_NC_SOURCE_AUDIT_FINDING,
  SG_NC_SOURCE_INCIDENT,
  SG_NC_SOURCE_COMPLAINT,
  SG_NC_SOURCE_REVIEW,
  SG_NC_SOURCE_OTHER,
} SgNcSource;
#define SG_TYPE_NC_SOURCE (sg_nc_source_get_type ())
GType sg_nc_source_get_type (void);

typedef enum
{
  SG_NC_STATUS_OPEN,
  SG_NC_STATUS_IN_PROGRESS,
  SG_NC_STATUS_AWAITING_VERIFICATION,
  SG_NC_STATUS_CLOSED,
} SgNcStatus;
#define SG_TYPE_NC_STATUS (sg_nc_status_get_type ())
GType sg_nc_status_get_type (void);

typedef enum
{
  SG_EFFECTIVENESS_NOT_CHECKED,
  SG_EFFECTIVENESS_EFFECTIVE,
  SG_EFFECTIVENESS_NOT_EFFECTIVE,
} SgEffectiveness;
#define SG_TYPE_EFFECTIVENESS (sg_effectiveness_get_type ())
GType sg_effectiveness_get_type (void);

typedef enum
{
  SG_REVIEW_STATUS_PLANNED,
  SG_REVIEW_STATUS_HELD,
  SG_REVIEW_STATUS_MINUTES_APPROVED,
} SgReviewStatus;
#define SG_TYPE_REVIEW_STATUS (sg_review_status_get_type ())
GType sg_review_status_get_type (void);

typedef enum
{
  SG_ASSET_TYPE_INFORMATION,
  SG_ASSET_TYPE_SOFTWARE,
  SG_ASSET_TYPE_HARDWARE,
  SG_ASSET_TYPE_SERVICE,
  SG_ASSET_TYPE_PEOPLE,
  SG_ASSET_TYPE_SITE,
  SG_ASSET_TYPE_SUPPLIER,
} SgAssetType;
#define SG_TYPE_ASSET_TYPE (sg_asset_type_get_type ())
GType sg_asset_type_get_type (void);

typedef enum
{
  SG_CLASSIFICATION_PUBLIC,
  SG_CLASSIFICATION_INTERNAL,
  SG_CLASSIFICATION_CONFIDENTIAL,
  SG_CLASSIFICATION_STRICTLY_CONFIDENTIAL,
} SgClassification;
#define SG_TYPE_CLASSIFICATION (sg_classification_get_type ())
GType sg_classification_get_type (void);

typedef enum
{
  SG_PARTY_TYPE_INTERNAL,
  SG_PARTY_TYPE_EXTERNAL,
} SgPartyType;
#define SG_TYPE_PARTY_TYPE (sg_party_type_get_type ())
GType sg_party_type_get_type (void);

typedef enum
{
  SG_ISSUE_TYPE_INTERNAL,
  SG_ISSUE_TYPE_EXTERNAL,
} SgIssueType;
#define SG_TYPE_ISSUE_TYPE (sg_issue_type_get_type ())
GType sg_issue_type_get_type (void);

typedef enum
{
  SG_ISSUE_EFFECT_OPPORTUNITY,
  SG_ISSUE_EFFECT_THREAT,
  SG_ISSUE_EFFECT_NEUTRAL,
} SgIssueEffect;
#define SG_TYPE_ISSUE_EFFECT (sg_issue_effect_get_type ())
GType sg_issue_effect_get_type (void);

typedef enum
{
  SG_DOCUMENT_TYPE_POLICY,
  SG_DOCUMENT_TYPE_PROCEDURE,
  SG_DOCUMENT_TYPE_STANDARD,
  SG_DOCUMENT_TYPE_GUIDELINE,
  SG_DOCUMENT_TYPE_RECORD,
  SG_DOCUMENT_TYPE_PLAN,
  SG_DOCUMENT_TYPE_OTHER,
} SgDocumentType;
#define SG_TYPE_DOCUMENT_TYPE (sg_document_type_get_type ())
GType sg_document_type_get_type (void);

typedef enum
{
  SG_DOCUMENT_STATUS_DRAFT,
  SG_DOCUMENT_STATUS_IN_REVIEW,
  SG_DOCUMENT_STATUS_APPROVED,
  SG_DOCUMENT_STATUS_WITHDRAWN,
} SgDocumentStatus;
#define SG_TYPE_DOCUMENT_STATUS (sg_document_status_get_type ())
GType sg_document_status_get_type (void);

/* A person's word on a clause requirement over what the register says:
 * NONE leaves the computed readiness as it is. */
typedef enum
{
  SG_REQUIREMENT_OVERRIDE_NONE,
  SG_REQUIREMENT_OVERRIDE_MET,
  SG_REQUIREMENT_OVERRIDE_PARTLY,
  SG_REQUIREMENT_OVERRIDE_NOT_MET,
} SgRequirementOverride;
#define SG_TYPE_REQUIREMENT_OVERRIDE (sg_requirement_override_get_type ())
GType sg_requirement_override_get_type (void);

/* Which side of an objective's target is good; NONE: the target is not a
 * number the readings can be measured against. */
typedef enum
{
  SG_TARGET_DIRECTION_NONE,
  SG_TARGET_DIRECTION_AT_LEAST,
  SG_TARGET_DIRECTION_AT_MOST,
} SgTargetDirection;
#define SG_TYPE_TARGET_DIRECTION (sg_target_direction_get_type ())
GType sg_target_direction_get_type (void);

typedef enum
{
  SG_NC_SEVERITY_MAJOR,
  SG_NC_SEVERITY_MINOR,
} SgNcSeverity;
#define SG_TYPE_NC_SEVERITY (sg_nc_severity_get_type ())
GType sg_nc_severity_get_type (void);

typedef enum
{
  SG_ROOT_CAUSE_METHOD_NOT_STATED,
  SG_ROOT_CAUSE_METHOD_FIVE_WHYS,
  SG_ROOT_CAUSE_METHOD_FISHBONE,
  SG_ROOT_CAUSE_METHOD_OTHER,
} SgRootCauseMethod;
#define SG_TYPE_ROOT_CAUSE_METHOD (sg_root_cause_method_get_type ())
GType sg_root_cause_method_get_type (void);

typedef enum
{
  SG_ACTION_STATUS_OPEN,
  SG_ACTION_STATUS_IN_PROGRESS,
  SG_ACTION_STATUS_DONE,
  SG_ACTION_STATUS_CANCELLED,
} SgActionStatus;
#define SG_TYPE_ACTION_STATUS (sg_action_status_get_type ())
GType sg_action_status_get_type (void);

typedef enum
{
  SG_ACTION_SOURCE_NONCONFORMITY,
  SG_ACTION_SOURCE_MANAGEMENT_REVIEW,
  SG_ACTION_SOURCE_AUDIT,
  SG_ACTION_SOURCE_RISK_TREATMENT,
  SG_ACTION_SOURCE_OTHER,
} SgActionSource;
#define SG_TYPE_ACTION_SOURCE (sg_action_source_get_type ())
GType sg_action_source_get_type (void);

/* How much the organization depends on a supplier (Annex A 5.19). */
typedef enum
{
  SG_SUPPLIER_CRITICALITY_LOW,
  SG_SUPPLIER_CRITICALITY_MEDIUM,
  SG_SUPPLIER_CRITICALITY_HIGH,
  SG_SUPPLIER_CRITICALITY_CRITICAL,
} SgSupplierCriticality;
#define SG_TYPE_SUPPLIER_CRITICALITY (sg_supplier_criticality_get_type ())
GType sg_supplier_criticality_get_type (void);

typedef enum
{
  SG_SUPPLIER_ASSESSMENT_NOT_ASSESSED,
  SG_SUPPLIER_ASSESSMENT_SATISFACTORY,
  SG_SUPPLIER_ASSESSMENT_CONDITIONAL,
  SG_SUPPLIER_ASSESSMENT_UNSATISFACTORY,
} SgSupplierAssessment;
#define SG_TYPE_SUPPLIER_ASSESSMENT (sg_supplier_assessment_get_type ())
GType sg_supplier_assessment_get_type (void);

typedef enum
{
  SG_OBLIGATION_TYPE_LEGAL,
  SG_OBLIGATION_TYPE_REGULATORY,
  SG_OBLIGATION_TYPE_CONTRACTUAL,
  SG_OBLIGATION_TYPE_OTHER,
} SgObligationType;
#define SG_TYPE_OBLIGATION_TYPE (sg_obligation_type_get_type ())
GType sg_obligation_type_get_type (void);

typedef enum
{
  SG_OBLIGATION_STATUS_ADDRESSED,
  SG_OBLIGATION_STATUS_PARTLY,
  SG_OBLIGATION_STATUS_NOT_ADDRESSED,
} SgObligationStatus;
#define SG_TYPE_OBLIGATION_STATUS (sg_obligation_status_get_type ())
GType sg_obligation_status_get_type (void);

G_END_DECLS
