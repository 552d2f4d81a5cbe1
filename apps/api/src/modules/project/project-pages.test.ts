import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorFields, expectRefused } from '../../test/expect-error';
import { startTestApi, type TestApi } from '../../test/harness';

const LIST = `query ($filter: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String) {
  projects(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id code year allocatedAmount } }
  }
}`;

type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: { id: string; code: string; year: number; allocatedAmount: string } }[];
};

/** Keyset pagination over the seeded 2021 library (775 projects, many sharing a name or an amount). */
describe('paging through the projects list', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  async function page(variables: Record<string, unknown>): Promise<Page> {
    const result = await api.gql(LIST, variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data?.projects;
  }

  /** Follows endCursor to the last page; returns every node in the order the pages gave them. */
  async function walk(sort: Record<string, string> | undefined, first: number) {
    const filter = { year: 2021 };
    const first_ = await page({ filter, sort, first });
    const nodes = [...first_.edges.map((e) => e.node)];
    let current = first_;
    let pages = 1;
    while (current.pageInfo.hasNextPage) {
      current = await page({ filter, sort, first, after: current.pageInfo.endCursor });
      expect(current.pageInfo.hasPreviousPage).toBe(true);
      expect(current.totalCount).toBe(first_.totalCount);
      nodes.push(...current.edges.map((e) => e.node));
      pages += 1;
      expect(pages).toBeLessThan(100); // a cursor that never advances would loop forever
    }
    return { nodes, totalCount: first_.totalCount, pages, last: current };
  }

  function expectNoGapsNoDuplicates(nodes: { id: string }[], totalCount: number) {
    const ids = nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(totalCount);
  }

  it('by code: every project once, in code order', async () => {
    const { nodes, totalCount, pages, last } = await walk(undefined, 100);
    expect(totalCount).toBe(775);
    expect(pages).toBe(8);
    expect(last.edges).toHaveLength(75);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expectNoGapsNoDuplicates(nodes, totalCount);
    const codes = nodes.map((n) => n.code);
    expect(codes).toEqual([...codes].sort());
  });

  it('by year, where every row ties and only the id orders them', async () => {
    const { nodes, totalCount } = await walk({ field: 'YEAR' }, 37);
    expectNoGapsNoDuplicates(nodes, totalCount);
    const ids = nodes.map((n) => n.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('by name, with names that repeat', async () => {
    const { nodes, totalCount } = await walk({ field: 'NAME', direction: 'DESC' }, 100);
    expectNoGapsNoDuplicates(nodes, totalCount);
  });

  it('by allocated amount, largest first', async () => {
    const { nodes, totalCount } = await walk({ field: 'ALLOCATED', direction: 'DESC' }, 64);
    expectNoGapsNoDuplicates(nodes, totalCount);
    const fen = nodes.map((n) => BigInt(n.allocatedAmount.replace('.', '')));
    const outOfOrder = fen.findIndex((value, i) => i > 0 && value > fen[i - 1]);
    expect(outOfOrder).toBe(-1);
  });

  it('by creation time', async () => {
    const { nodes, totalCount } = await walk({ field: 'CREATED_AT' }, 100);
    expectNoGapsNoDuplicates(nodes, totalCount);
  });

  describe('page size', () => {
    it('first: 0 gives the count and no rows', async () => {
      const empty = await page({ filter: { year: 2021 }, first: 0 });
      expect(empty.totalCount).toBe(775);
      expect(empty.edges).toEqual([]);
    });

    // Relay: with `first`, hasNextPage is true when more edges exist than were asked for.
    it('first: 0 still says there are rows to fetch', async () => {
      const empty = await page({ filter: { year: 2021 }, first: 0 });
      expect(empty.pageInfo.hasNextPage).toBe(true);
    });

    it('the default is 20 and first: 100 gives 100', async () => {
      expect((await page({ filter: { year: 2021 } })).edges).toHaveLength(20);
      const full = await page({ filter: { year: 2021 }, first: 100 });
      expect(full.edges).toHaveLength(100);
      expect(full.pageInfo.hasNextPage).toBe(true);
      expect(full.pageInfo.startCursor).toBe(full.edges[0].cursor);
      expect(full.pageInfo.endCursor).toBe(full.edges[99].cursor);
    });

    it.each([101, 10_000, -1])('first: %i is refused at the first field', async (first) => {
      const result = await api.gql(LIST, { first });
      expect(errorFields(expectRefused(result, 'BAD_USER_INPUT'))).toEqual(['first']);
      expect(result.data?.projects ?? null).toBeNull();
    });
  });

  describe('cursors', () => {
    it('a garbage cursor is refused at the after field', async () => {
      for (const after of ['garbage', '!!!', '', 'eyJhIjoxfQ']) {
        const result = await api.gql(LIST, { first: 5, after });
        // An empty cursor may also be read as "from the start"; anything else must be refused.
        if (after === '' && !result.errors) continue;
        expect(errorFields(expectRefused(result, 'BAD_USER_INPUT')), after).toEqual(['after']);
      }
    });

    it('a cursor whose contents were tampered with is refused, not an internal error', async () => {
      const forged = Buffer.from(JSON.stringify(['HB2021-0100', 'not-an-id'])).toString('base64url');
      const result = await api.gql(LIST, { first: 5, after: forged });
      expect(errorFields(expectRefused(result, 'BAD_USER_INPUT'))).toEqual(['after']);
    });

    it('a cursor from a list sorted another way is refused, not an internal error', async () => {
      const byName = await page({ filter: { year: 2021 }, sort: { field: 'NAME' }, first: 3 });
      const result = await api.gql(LIST, {
        filter: { year: 2021 },
        sort: { field: 'YEAR' },
        first: 3,
        after: byName.pageInfo.endCursor,
      });
      expect(errorFields(expectRefused(result, 'BAD_USER_INPUT'))).toEqual(['after']);
    });
  });
});
