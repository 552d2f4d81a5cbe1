import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DisbursementResolver, FundAllocationResolver, FundSourceResolver } from './modules/fund/fund.resolver';
import { TownResolver, VillageResolver } from './modules/place/place.resolver';
import { ProjectResolver } from './modules/project/project.resolver';
import { SystemResolver } from './modules/system/system.resolver';

export const resolvers = [
  TownResolver,
  VillageResolver,
  ProjectResolver,
  FundSourceResolver,
  FundAllocationResolver,
  DisbursementResolver,
  SystemResolver,
] as const;

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [...resolvers], validate: true });
}

/** The SDL committed in packages/schema: sorted, so a diff shows only real changes. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
