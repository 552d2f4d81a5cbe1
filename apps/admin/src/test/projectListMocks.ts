// The project list's queries answered with an empty list, for tests of what sits around it.
import {
  ProjectCursorsQuery,
  ProjectFundSourceOptionsQuery,
  ProjectListQuery,
  TownsQuery,
} from '../pages/projects/projects.graphql';
import { fundSourceOptions, towns } from './fixtures';
import type { Mock } from './render';

const emptyList = {
  data: {
    projects: {
      __typename: 'ProjectConnection' as const,
      totalCount: 0,
      pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
      edges: [],
    },
  },
};

/** 项目库 with no projects: towns, fund sources, the list and its cursors, whatever the variables. */
export const emptyProjectListMocks: Mock[] = [
  { request: { query: TownsQuery }, result: { data: { towns } }, maxUsageCount: 5 },
  {
    request: { query: ProjectFundSourceOptionsQuery },
    result: { data: { fundSources: fundSourceOptions } },
    maxUsageCount: 5,
  },
  { request: { query: ProjectListQuery, variables: () => true }, result: emptyList, maxUsageCount: 5 },
  { request: { query: ProjectCursorsQuery, variables: () => true }, result: emptyList, maxUsageCount: 5 },
];
