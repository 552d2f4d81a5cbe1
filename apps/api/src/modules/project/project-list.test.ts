import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorFields, expectRefused } from '../../test/expect-error';
import {
  advanceProject,
  createAllocation,
  createFundSource,
  createProject,
  LAO_CHENG,
  type Project,
  XIN_CHENG,
} from '../../test/factories';
import { startTestApi, type TestApi } from '../../test/harness';

const LIST = `query ($filter: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String) {
  projects(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id code name year status allocatedAmount createdAt town { code } village { code } } }
  }
}`;

type Node = { id: string; code: string; name: string; year: number; allocatedAmount: string; createdAt: string };

/** The year the filter tests build their own library in; the seed uses 2021 and 2022 only. */
const YEAR = 2033;

describe('the projects list', () => {
  let api: TestApi;
  const run = randomBytes(3).toString('hex').toUpperCase();
  const made: Record<string, Project> = {};
  let sourceId: string;

  async function list(variables: Record<string, unknown>) {
    const result = await api.gql(LIST, variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data?.projects as {
      totalCount: number;
      pageInfo: Record<string, any>;
      edges: { cursor: string; node: Node }[];
    };
  }
  const codes = async (filter: Record<string, unknown>) =>
    (await list({ filter, first: 100 })).edges.map((e) => e.node.code).sort();
  const codesOf = (...keys: string[]) => keys.map((k) => made[k].code).sort();

  beforeAll(async () => {
    api = await startTestApi();
    const at = (n: number) => `L${run}-${String(n).padStart(2, '0')}`;
    const base = { year: YEAR };
    made.tea = await createProject(api, {
      ...base,
      code: at(1),
      name: `茶园提质${run}项目`,
      category: 'INDUSTRY',
      industry: 'TEA',
    });
    made.konjac = await createProject(api, {
      ...base,
      code: at(2),
      name: `魔芋基地${run}项目`,
      category: 'INDUSTRY',
      industry: 'KONJAC',
      villageCode: LAO_CHENG.otherVillage.code,
    });
    made.road = await createProject(api, {
      ...base,
      code: at(3),
      name: `通组道路${run}项目`,
      category: 'INFRASTRUCTURE',
      industry: null,
      townCode: XIN_CHENG.code,
      villageCode: XIN_CHENG.village.code,
    });
    made.percent = await createProject(api, {
      ...base,
      code: at(4),
      name: `覆盖率100%达标${run}`,
      category: 'PUBLIC_SERVICE',
      industry: null,
      townCode: XIN_CHENG.code,
      villageCode: null,
    });
    made.hundreds = await createProject(api, {
      ...base,
      code: at(5),
      name: `覆盖率1000户达标${run}`,
      category: 'PUBLIC_SERVICE',
      industry: null,
      townCode: XIN_CHENG.code,
      villageCode: null,
    });
    made.underscore = await createProject(api, {
      ...base,
      code: at(6),
      name: `甲_乙联建${run}`,
      category: 'EMPLOYMENT',
      industry: null,
    });
    made.lookalike = await createProject(api, {
      ...base,
      code: at(7),
      name: `甲丙乙联建${run}`,
      category: 'EMPLOYMENT',
      industry: null,
    });
    sourceId = (await createFundSource(api)).id;
    await createAllocation(api, { projectId: made.tea.id, fundSourceId: sourceId, amount: '1000.00' });
    await createAllocation(api, { projectId: made.road.id, fundSourceId: sourceId, amount: '250.00' });
    await createAllocation(api, { projectId: made.konjac.id, amount: '80.00' }); // another source
    made.tea = await advanceProject(api, made.tea, 'APPROVED');
    made.tea = await advanceProject(api, made.tea, 'STARTED');
    made.road = await advanceProject(api, made.road, 'APPROVED');
  });
  afterAll(() => api?.close());

  describe('filters', () => {
    it('by year: exactly the projects of that year', async () => {
      const page = await list({ filter: { year: YEAR }, first: 100 });
      expect(page.totalCount).toBe(Object.keys(made).length);
      expect(page.edges.map((e) => e.node.code).sort()).toEqual(codesOf(...Object.keys(made)));
    });

    it('by town and by village', async () => {
      expect(await codes({ year: YEAR, townCode: XIN_CHENG.code })).toEqual(codesOf('road', 'percent', 'hundreds'));
      expect(await codes({ year: YEAR, villageCode: LAO_CHENG.otherVillage.code })).toEqual(codesOf('konjac'));
      expect(await codes({ year: YEAR, townCode: LAO_CHENG.code, villageCode: LAO_CHENG.village.code })).toEqual(
        codesOf('tea', 'underscore', 'lookalike'),
      );
    });

    it('by a list of statuses', async () => {
      expect(await codes({ year: YEAR, status: ['APPROVED', 'STARTED'] })).toEqual(codesOf('tea', 'road'));
      expect(await codes({ year: YEAR, status: ['STARTED'] })).toEqual(codesOf('tea'));
      expect(await codes({ year: YEAR, status: ['RESERVED'] })).toEqual(
        codesOf('konjac', 'percent', 'hundreds', 'underscore', 'lookalike'),
      );
    });

    it('by category and by industry', async () => {
      expect(await codes({ year: YEAR, category: 'PUBLIC_SERVICE' })).toEqual(codesOf('percent', 'hundreds'));
      expect(await codes({ year: YEAR, industry: 'KONJAC' })).toEqual(codesOf('konjac'));
      expect(await codes({ year: YEAR, category: 'INDUSTRY', industry: 'TEA' })).toEqual(codesOf('tea'));
    });

    it('by fund source: the projects that have money from it', async () => {
      expect(await codes({ fundSourceId: sourceId })).toEqual(codesOf('tea', 'road'));
    });

    it('search matches part of the name or of the code', async () => {
      expect(await codes({ search: `魔芋基地${run}` })).toEqual(codesOf('konjac'));
      expect(await codes({ search: `L${run.toLowerCase()}-03` })).toEqual(codesOf('road'));
      expect(await codes({ search: `L${run}` })).toEqual(codesOf(...Object.keys(made)));
    });

    it('search takes % and _ literally', async () => {
      expect(await codes({ search: '率100%达' })).toEqual(codesOf('percent'));
      expect(await codes({ search: `甲_乙联建${run}` })).toEqual(codesOf('underscore'));
      expect(await codes({ year: YEAR, search: '%' })).toEqual(codesOf('percent'));
      expect(await codes({ year: YEAR, search: '_' })).toEqual(codesOf('underscore'));
      expect(await codes({ year: YEAR, search: '\\' })).toEqual([]);
    });

    it('filters combine, and a filter nothing matches gives an empty page', async () => {
      expect(
        await codes({ year: YEAR, townCode: XIN_CHENG.code, category: 'INFRASTRUCTURE', status: ['APPROVED'] }),
      ).toEqual(codesOf('road'));
      const empty = await list({ filter: { year: YEAR, townCode: XIN_CHENG.code, industry: 'TEA' } });
      expect(empty).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    });

    it('refuses a fund source id that is not an id, as bad input', async () => {
      const result = await api.gql(LIST, { filter: { fundSourceId: 'XJ2021-01' } });
      expect(errorFields(expectRefused(result, 'BAD_USER_INPUT'))).toEqual(['fundSourceId']);
    });

    it('refuses a malformed town code and a search longer than 50 characters', async () => {
      expectRefused(await api.gql(LIST, { filter: { townCode: '老城' } }), 'BAD_USER_INPUT');
      expectRefused(await api.gql(LIST, { filter: { search: '茶'.repeat(51) } }), 'BAD_USER_INPUT');
    });
  });

  describe('sorts', () => {
    const token = `S${randomBytes(3).toString('hex').toUpperCase()}`;
    // Code order, name order, year order and money order all differ; two share a year and two have no money.
    const rows = [
      { suffix: 'E', year: 2031, amount: '500.00' },
      { suffix: 'B', year: 2029, amount: '3000.00' },
      { suffix: 'D', year: 2031, amount: null },
      { suffix: 'A', year: 2027, amount: '20.00' },
      { suffix: 'C', year: 2035, amount: null },
    ];
    let nodes: Node[] = [];

    beforeAll(async () => {
      const source = await createFundSource(api);
      for (const [i, row] of rows.entries()) {
        const project = await createProject(api, {
          code: `${token}-${i + 1}`,
          name: `排序${token}项目${row.suffix}`,
          year: row.year,
        });
        if (row.amount)
          await createAllocation(api, { projectId: project.id, fundSourceId: source.id, amount: row.amount });
      }
      nodes = (await list({ filter: { search: token }, first: 100 })).edges.map((e) => e.node);
      expect(nodes).toHaveLength(rows.length);
    });

    /** Reads the list one row per page, so every sort's cursor is exercised too. */
    async function walk(sort: Record<string, string>): Promise<string[]> {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page = await list({ filter: { search: token }, sort, first: 2, after });
        seen.push(...page.edges.map((e) => e.node.code));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      return seen;
    }
    const byId = (a: Node, b: Node) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const expected = (compare: (a: Node, b: Node) => number) => [...nodes].sort(compare).map((n) => n.code);

    it('CODE, ascending by default and descending', async () => {
      const ascending = rows.map((_, i) => `${token}-${i + 1}`);
      expect(await walk({})).toEqual(ascending);
      expect(await walk({ field: 'CODE', direction: 'DESC' })).toEqual([...ascending].reverse());
    });

    it('NAME', async () => {
      expect(await walk({ field: 'NAME' })).toEqual(
        ['A', 'B', 'C', 'D', 'E'].map((s) => nodes.find((n) => n.name.endsWith(s))?.code),
      );
    });

    it('YEAR, ties broken the same way on every page', async () => {
      expect(await walk({ field: 'YEAR' })).toEqual(expected((a, b) => a.year - b.year || byId(a, b)));
      expect(await walk({ field: 'YEAR', direction: 'DESC' })).toEqual(
        expected((a, b) => b.year - a.year || byId(b, a)),
      );
    });

    it('ALLOCATED descending, as amounts and not as text', async () => {
      const fenOf = (n: Node) => Number(n.allocatedAmount.replace('.', ''));
      const order = await walk({ field: 'ALLOCATED', direction: 'DESC' });
      expect(order).toEqual(expected((a, b) => fenOf(b) - fenOf(a) || byId(b, a)));
      expect(order[0]).toBe(`${token}-2`); // 3000.00 before 500.00
    });

    it('CREATED_AT, in the order the projects were entered', async () => {
      const created = (a: Node, b: Node) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || byId(a, b);
      expect(await walk({ field: 'CREATED_AT' })).toEqual(expected(created));
      expect(await walk({ field: 'CREATED_AT', direction: 'DESC' })).toEqual(expected((a, b) => created(b, a)));
    });
  });
});
