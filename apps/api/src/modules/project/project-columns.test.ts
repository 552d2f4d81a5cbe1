import { type GraphQLObjectType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../schema';
import { startTestApi, type TestApi } from '../../test/harness';
import { PROJECT_FIELD_COLUMNS } from './project.resolver';

const ALL_FIELDS = `id code name year category industry constructionType status responsibleUnit tasks plannedStart
  plannedEnd approvalDocNo beneficiaryHouseholds beneficiaryPersons liftedHouseholds liftedPersons benefitMechanism
  allocatedAmount disbursedAmount version createdAt updatedAt town { code name } village { code name } nextStatus
  executionRate allocations { amount } performanceTargets { indicator } statusHistory { toStatus }`;

/** The list reads only the columns its fields need: what a client sees must not depend on that. */
describe('a project page reads the columns its fields need', () => {
  let api: TestApi;
  const statements: string[] = [];

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('every field of Project names the columns it reads', async () => {
    const type = (await createSchema()).getType('Project') as GraphQLObjectType;
    expect(isObjectType(type)).toBe(true);
    expect(Object.keys(type.getFields()).sort()).toEqual(Object.keys(PROJECT_FIELD_COLUMNS).sort());
  });

  const page = async (selection: string, sort = 'CODE') => {
    const result = await api.gql(
      `query ($sort: ProjectSortField!) {
        projects(first: 30, filter: { year: 2021 }, sort: { field: $sort, direction: DESC }) {
          pageInfo { endCursor } edges { cursor node { ${selection} } }
        }
      }
      ${selection.includes('...Money') ? 'fragment Money on Project { allocatedAmount disbursedAmount }' : ''}`,
      { sort },
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data?.projects as { pageInfo: { endCursor: string }; edges: { cursor: string; node: any }[] };
  };

  it('a few fields, through fragments, give what the whole project gives, cursors included', async () => {
    const whole = await page(ALL_FIELDS, 'DISBURSED');
    const few = await page(`code ... on Project { town { name } executionRate } ...Money __typename`, 'DISBURSED');
    expect(few.edges).toHaveLength(30);
    expect(few.pageInfo.endCursor).toBe(whole.pageInfo.endCursor);
    few.edges.forEach((edge, i) => {
      const full = whole.edges[i];
      expect(edge.cursor).toBe(full.cursor);
      expect(edge.node).toEqual({
        code: full.node.code,
        town: { name: full.node.town.name },
        executionRate: full.node.executionRate,
        allocatedAmount: full.node.allocatedAmount,
        disbursedAmount: full.node.disbursedAmount,
        __typename: 'Project',
      });
    });
    // The next page by either cursor is the same page.
    const next = await api.gql(
      `query ($after: String) { projects(first: 5, after: $after, filter: { year: 2021 }, sort: { field: DISBURSED, direction: DESC }) { edges { node { id } } } }`,
      { after: few.pageInfo.endCursor },
    );
    expect(next.errors).toBeUndefined();
    expect(next.data?.projects.edges).toHaveLength(5);
  });

  it('selects the columns asked for, and every column when a field is not known to need fewer', async () => {
    const log = api.db.dataSource.logger as { logQuery?: (query: string) => void };
    const original = log.logQuery?.bind(log);
    log.logQuery = (query: string) => {
      statements.push(query);
      original?.(query);
    };
    try {
      await page('code town { name }');
      const narrow = statements.find((q) => q.includes('FROM "project"') && q.includes('LIMIT'));
      expect(narrow).toBeDefined();
      expect(narrow).toMatch(/"p"\."town_code"/);
      expect(narrow).not.toMatch(/"p"\."tasks"|"p"\."benefit_mechanism"|"p"\."created_at"/);
      statements.length = 0;
      await page(ALL_FIELDS);
      const wide = statements.find((q) => q.includes('FROM "project"') && q.includes('LIMIT'));
      expect(wide).toMatch(/"p"\."tasks"/);
    } finally {
      if (original) log.logQuery = original;
    }
  });
});
