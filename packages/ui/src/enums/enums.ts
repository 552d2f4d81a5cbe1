// The API's enum values, as the schema fixes them (DOMAIN.md). Declared here as string unions so
// the UI package does not depend on any generated code; generated enum types are the same strings.

export const PROJECT_STATUSES = ['RESERVED', 'APPROVED', 'STARTED', 'COMPLETED', 'ACCEPTED', 'HANDED_OVER'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const PROJECT_CATEGORIES = [
  'INDUSTRY',
  'INFRASTRUCTURE',
  'PUBLIC_SERVICE',
  'EMPLOYMENT',
  'RELOCATION_SUPPORT',
  'OTHER',
] as const;
export type ProjectCategory = (typeof PROJECT_CATEGORIES)[number];

export const INDUSTRIES = [
  'LIVESTOCK',
  'TEA',
  'WALNUT',
  'VEGETABLE',
  'KONJAC',
  'SERICULTURE',
  'TOBACCO',
  'HERBAL_MEDICINE',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

// Industry (DOMAIN.md "Industry"): modern agricultural parks and the households they carry.
export const PARK_LEVELS = ['NATIONAL', 'PROVINCIAL', 'CITY', 'DISTRICT'] as const;
export type ParkLevel = (typeof PARK_LEVELS)[number];

export const OPERATOR_KINDS = ['ENTERPRISE', 'COOPERATIVE', 'FAMILY_FARM', 'VILLAGE_COLLECTIVE'] as const;
export type OperatorKind = (typeof OPERATOR_KINDS)[number];

export const BENEFIT_LINK_MODES = [
  'ASSET_INCOME',
  'LAND_TRANSFER',
  'EQUITY_SHARE',
  'EMPLOYMENT',
  'CONSIGNMENT_SALES',
  'PRODUCTION_TRUSTEESHIP',
] as const;
export type BenefitLinkMode = (typeof BENEFIT_LINK_MODES)[number];

export const CONSTRUCTION_TYPES = ['NEW', 'EXPANSION'] as const;
export type ConstructionType = (typeof CONSTRUCTION_TYPES)[number];

export const FUND_CATEGORIES = ['BRIDGING', 'OTHER_INTEGRATED', 'EAST_WEST'] as const;
export type FundCategory = (typeof FUND_CATEGORIES)[number];

export const FUND_LEVELS = ['CENTRAL', 'PROVINCIAL', 'MUNICIPAL', 'DISTRICT'] as const;
export type FundLevel = (typeof FUND_LEVELS)[number];

export const VILLAGE_CATEGORIES = [
  'FORMER_POVERTY',
  'RELOCATION_COMMUNITY',
  'DEMONSTRATION',
  'WEAK_PARTY_ORG',
  'OTHER',
] as const;
export type VillageCategory = (typeof VILLAGE_CATEGORIES)[number];

// 驻村帮扶 (DOMAIN.md "People stationed in villages").
export const UNIT_KINDS = ['PROVINCIAL', 'CITY', 'DISTRICT', 'TOWN', 'STATE_ENTERPRISE', 'OTHER'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const TEAM_ROLES = ['LEADER', 'MEMBER'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const TERM_END_REASONS = ['ROTATED', 'TERM_COMPLETED', 'RECALLED', 'OTHER'] as const;
export type TermEndReason = (typeof TERM_END_REASONS)[number];

export const FUNDING_GROUP_BYS = ['TOWN', 'SOURCE', 'CATEGORY', 'MONTH'] as const;
export type FundingGroupBy = (typeof FUNDING_GROUP_BYS)[number];

/** The only status a project may move to from `status`, or null at the end of the chain. */
export function nextProjectStatus(status: ProjectStatus): ProjectStatus | null {
  const i = PROJECT_STATUSES.indexOf(status);
  return i >= 0 && i < PROJECT_STATUSES.length - 1 ? PROJECT_STATUSES[i + 1] : null;
}

// Identity and access (DOMAIN.md "Who may see what").
export const ROLES = ['DISTRICT_ADMIN', 'DISTRICT_STAFF', 'TOWN_STAFF', 'AUDITOR', 'PARTNER', 'BI'] as const;
export type Role = (typeof ROLES)[number];

export const API_TOKEN_KINDS = ['PARTNER', 'BI'] as const;
export type ApiTokenKind = (typeof API_TOKEN_KINDS)[number];

export const DATASETS = ['PLACES', 'PROJECTS', 'FUNDS', 'INDUSTRY', 'MONITORING', 'STATIONING'] as const;
export type Dataset = (typeof DATASETS)[number];

export const AUDIT_ACTOR_KINDS = ['USER', 'TOKEN', 'ANONYMOUS', 'SYSTEM'] as const;
export type AuditActorKind = (typeof AUDIT_ACTOR_KINDS)[number];

// Return-to-poverty monitoring (DOMAIN.md "Return-to-poverty monitoring").
export const HOUSEHOLD_CATEGORIES = ['LIFTED', 'ORDINARY'] as const;
export type HouseholdCategory = (typeof HOUSEHOLD_CATEGORIES)[number];

export const MONITORING_TYPES = ['UNSTABLE_LIFTED', 'MARGINAL_AT_RISK', 'SUDDEN_HARDSHIP'] as const;
export type MonitoringType = (typeof MONITORING_TYPES)[number];

export const DISCOVERY_CHANNELS = [
  'SELF_REPORT',
  'CADRE_VISIT',
  'AGENCY_SCREENING',
  'SUPERVISION_FEEDBACK',
  'PLATFORM_ANALYSIS',
] as const;
export type DiscoveryChannel = (typeof DISCOVERY_CHANNELS)[number];

export const RISK_KINDS = [
  'ILLNESS',
  'DISABILITY',
  'EDUCATION_COST',
  'DISASTER',
  'ACCIDENT',
  'INCOME_DROP',
  'UNEMPLOYMENT',
  'HOUSING',
  'WATER',
  'OTHER',
] as const;
export type RiskKind = (typeof RISK_KINDS)[number];

export const CASE_STATUSES = ['IDENTIFYING', 'MONITORING', 'REJECTED', 'CLOSED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const STEP_OUTCOMES = ['PASSED', 'REJECTED'] as const;
export type StepOutcome = (typeof STEP_OUTCOMES)[number];

export const ATTACHMENT_KINDS = ['CONSENT_FORM', 'REVIEW_MINUTES', 'NOTICE_PHOTO', 'VISIT_RECORD', 'OTHER'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const ASSISTANCE_KINDS = [
  'INDUSTRY',
  'EMPLOYMENT',
  'PUBLIC_WELFARE_JOB',
  'HEALTH',
  'EDUCATION',
  'HOUSING',
  'WATER',
  'SOCIAL_SECURITY',
  'SMALL_CREDIT',
  'TEMPORARY_RELIEF',
  'OTHER',
] as const;
export type AssistanceKind = (typeof ASSISTANCE_KINDS)[number];

export const ELIMINATION_METHODS = ['ASSISTANCE', 'NATURAL'] as const;
export type EliminationMethod = (typeof ELIMINATION_METHODS)[number];

export const WARNING_RULES = ['STEP_OVERDUE', 'NO_ASSISTANCE', 'INCOME_BELOW_LINE'] as const;
export type WarningRule = (typeof WARNING_RULES)[number];

export const RELATIONS = [
  'HEAD',
  'SPOUSE',
  'CHILD',
  'CHILD_IN_LAW',
  'GRANDCHILD',
  'PARENT',
  'GRANDPARENT',
  'SIBLING',
  'OTHER',
] as const;
export type Relation = (typeof RELATIONS)[number];

export const GENDERS = ['MALE', 'FEMALE'] as const;
export type Gender = (typeof GENDERS)[number];

export const HEALTH_STATUSES = ['HEALTHY', 'CHRONIC_ILLNESS', 'SERIOUS_ILLNESS', 'DISABLED'] as const;
export type HealthStatus = (typeof HEALTH_STATUSES)[number];

export const EDUCATIONS = [
  'PRESCHOOL',
  'IN_SCHOOL',
  'ILLITERATE',
  'PRIMARY',
  'JUNIOR_HIGH',
  'SENIOR_HIGH',
  'VOCATIONAL',
  'COLLEGE',
] as const;
export type Education = (typeof EDUCATIONS)[number];

export const LABOUR_SKILLS = ['SKILLED', 'ORDINARY', 'WEAK', 'NONE'] as const;
export type LabourSkill = (typeof LABOUR_SKILLS)[number];

export const WORK_STATUSES = ['LOCAL', 'MIGRANT', 'PUBLIC_WELFARE_JOB', 'FARMING', 'STUDENT', 'NOT_WORKING'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

// 督查督办 (DOMAIN.md "People stationed in villages"): assigned → rectified → closed, or back.
export const SUPERVISION_STATUSES = ['ASSIGNED', 'RECTIFIED', 'CLOSED'] as const;
export type SupervisionStatus = (typeof SUPERVISION_STATUSES)[number];
