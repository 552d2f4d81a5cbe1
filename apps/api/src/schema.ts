import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './common/auth-checker';
import { resolveFieldMethodsDirectly, resolvePlainFieldsDirectly } from './common/direct-resolvers';
import { guardRootFields } from './common/root-fields';
import { validateArgs } from './common/validate-args';
import { AuditResolver } from './modules/audit/audit.resolver';
import { BiFeedResolver } from './modules/bi/bi.resolver';
import { ExportJobResolver } from './modules/exchange/export.resolver';
import { DisbursementResolver, FundAllocationResolver, FundSourceResolver } from './modules/fund/fund.resolver';
import { ApiTokenResolver, SessionResolver, UserResolver } from './modules/identity/identity.resolver';
import {
  BenefitLinkResolver,
  EnterpriseInvestmentResolver,
  IndustrialParkResolver,
  PartnerEnterpriseResolver,
} from './modules/industry/industry.resolver';
import {
  MonitoringAttachmentResolver,
  MonitoringCaseResolver,
  MonitoringCaseStepResolver,
  MonitoringWarningResolver,
} from './modules/monitoring/case.resolver';
import { HouseholdResolver, HouseholdYearResolver, PersonResolver } from './modules/monitoring/household.resolver';
import { MonitoringResolver } from './modules/monitoring/monitoring.resolver';
import { TownResolver, VillageResolver } from './modules/place/place.resolver';
import { ProjectResolver } from './modules/project/project.resolver';
import {
  CadreResolver,
  FirstSecretaryResolver,
  WorkTeamMemberResolver,
  WorkTeamResolver,
} from './modules/stationing/stationing.resolver';
import { SupervisionGroupResolver, SupervisionTaskResolver } from './modules/supervision/supervision.resolver';
import { SystemResolver } from './modules/system/system.resolver';

export const resolvers = [
  TownResolver,
  VillageResolver,
  ProjectResolver,
  FundSourceResolver,
  FundAllocationResolver,
  DisbursementResolver,
  SystemResolver,
  BiFeedResolver,
  ExportJobResolver,
  SessionResolver,
  UserResolver,
  ApiTokenResolver,
  AuditResolver,
  HouseholdResolver,
  PersonResolver,
  HouseholdYearResolver,
  MonitoringCaseResolver,
  MonitoringCaseStepResolver,
  MonitoringAttachmentResolver,
  MonitoringWarningResolver,
  MonitoringResolver,
  IndustrialParkResolver,
  BenefitLinkResolver,
  PartnerEnterpriseResolver,
  EnterpriseInvestmentResolver,
  WorkTeamResolver,
  WorkTeamMemberResolver,
  FirstSecretaryResolver,
  CadreResolver,
  SupervisionTaskResolver,
  SupervisionGroupResolver,
] as const;

export async function createSchema(): Promise<GraphQLSchema> {
  resolvePlainFieldsDirectly();
  const schema = await buildSchema({
    resolvers: [...resolvers],
    validateFn: validateArgs,
    authChecker,
    authMode: 'error',
  });
  return guardRootFields(resolveFieldMethodsDirectly(schema));
}

/** The SDL committed in packages/schema: sorted, so a diff shows only real changes. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
