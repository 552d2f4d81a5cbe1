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

export const DATASETS = ['PLACES', 'PROJECTS', 'FUNDS'] as const;
export type Dataset = (typeof DATASETS)[number];

export const AUDIT_ACTOR_KINDS = ['USER', 'TOKEN', 'ANONYMOUS', 'SYSTEM'] as const;
export type AuditActorKind = (typeof AUDIT_ACTOR_KINDS)[number];
