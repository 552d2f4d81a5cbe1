import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness';
import { Role } from '../identity/identity.enums';

const YING_HU = '610902102';
const LAO_CHENG_VILLAGE = '610902001003';

describe('places for a town clerk', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('lists only her town and its villages; another town’s village does not exist for her', async () => {
    const clerk = await api.signInAs(Role.TOWN_STAFF, YING_HU);
    const { data, errors } = await clerk(`{
      towns { code villages { code } }
      villages(first: 100) { totalCount edges { node { code town { code } } } }
      other: village(code: "${LAO_CHENG_VILLAGE}") { code }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.towns.map((t: { code: string }) => t.code)).toEqual([YING_HU]);
    expect(data?.towns[0].villages.length).toBeGreaterThan(0);
    const towns = new Set(data?.villages.edges.map((e: { node: { town: { code: string } } }) => e.node.town.code));
    expect([...towns]).toEqual([YING_HU]);
    expect(data?.villages.totalCount).toBe(data?.towns[0].villages.length);
    expect(data?.other).toBeNull();
  });

  it('a town read from the gazetteer is still hidden outside her scope', async () => {
    const clerk = await api.signInAs(Role.TOWN_STAFF, YING_HU);
    // The district user reads first, so the gazetteer is already loaded when the clerk asks.
    expect((await api.gql(`{ village(code: "${LAO_CHENG_VILLAGE}") { code town { code } } }`)).data?.village).toEqual({
      code: LAO_CHENG_VILLAGE,
      town: { code: '610902001' },
    });
    const { data, errors } = await clerk(`{
      mine: town(code: "${YING_HU}") { name }
      other: town(code: "610902001") { name }
      village: village(code: "${LAO_CHENG_VILLAGE}") { code }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ mine: { name: expect.stringMatching(/镇|街道|办/) }, other: null, village: null });
  });

  it('reads the towns and villages from the database once per process', async () => {
    const query = `{ village(code: "${LAO_CHENG_VILLAGE}") { name town { name villages { code } } } }`;
    const first = await api.gql(query);
    const again = await api.gql(query);
    expect(again.data).toEqual(first.data);
    expect(first.data?.village.town.villages.length).toBeGreaterThan(1);
    // Only the session lookup: no statement for the village, its town or the town's villages.
    expect(again.sqlStatements).toBe(1);
  });

  it('a district user still sees all 28 towns and 529 villages', async () => {
    const { data } = await api.gql('{ towns { code } villages(first: 1) { totalCount } }');
    expect(data?.towns).toHaveLength(28);
    expect(data?.villages.totalCount).toBe(529);
  });
});
