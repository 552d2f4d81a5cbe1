import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureauToday } from '../../common/clock';
import { addDays } from '../../common/date';
import { YING_HU } from '../../test/access';
import { errorFields, expectRefused } from '../../test/expect-error';
import { LAO_CHENG } from '../../test/factories';
import { type Gql, startTestApi, type TestApi } from '../../test/harness';
import { Role } from '../identity/identity.enums';

/**
 * 驻村帮扶: the report's counts in post, rotation that keeps history, one team per cadre at a time,
 * terms that cannot end before they start, and a coverage report that finds the gaps.
 */
const today = bureauToday();
const APPOINT = `mutation ($input: AppointFirstSecretaryInput!) { appointFirstSecretary(input: $input) { id startedOn endedOn version cadre { id name } village { code } } }`;
const ADD_MEMBER = `mutation ($input: AddWorkTeamMemberInput!) { addWorkTeamMember(input: $input) { id role startedOn endedOn version cadre { id name } } }`;
const COVERAGE = `query ($town: ID) { stationingCoverage(townCode: $town) { covered withTeam withFirstSecretary
  towns { townCode covered withTeam withFirstSecretary gaps { villageCode hasTeam hasFirstSecretary members } } } }`;

describe('stationing', () => {
  let api: TestApi;
  let clerk: Gql;
  let unitId: string;

  beforeAll(async () => {
    api = await startTestApi();
    clerk = await api.signInAs(Role.TOWN_STAFF, YING_HU.code);
    const units = await api.gql('{ dispatchingUnits { id name kind } }');
    unitId = units.data?.dispatchingUnits.find((u: { name: string }) => u.name === '区财政局').id;
  });
  afterAll(() => api?.close());

  it("the demo data has the report's figures in post, counted from rows: 271 first secretaries, 410 teams, 1,492 members; every covered village covered", async () => {
    const result = await api.gql(
      `{ stationingSummary { firstSecretaries workTeams members } stationingCoverage { covered withTeam withFirstSecretary } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.stationingSummary).toEqual({ firstSecretaries: 271, workTeams: 410, members: 1492 });
    const c = result.data?.stationingCoverage;
    expect(c.covered).toBeGreaterThan(150);
    expect(c.withTeam).toBe(c.covered);
    expect(c.withFirstSecretary).toBe(c.covered);
    const [{ n }] = await api.db.dataSource.query(
      `SELECT count(*)::int AS n FROM village WHERE categories && ARRAY['FORMER_POVERTY','RELOCATION_COMMUNITY','WEAK_PARTY_ORG','DEMONSTRATION']::village_category[]`,
    );
    expect(c.covered).toBe(n);
  });

  it('a new first secretary closes the old term the day before; the village keeps its history', async () => {
    const [village] = await api.db.dataSource.query(
      `SELECT s.village_code, s.started_on::text FROM first_secretary s WHERE s.town_code = $1 AND s.ended_on IS NULL AND s.started_on < $2 LIMIT 1`,
      [YING_HU.code, addDays(today, -10)],
    );
    const appointed = await clerk(APPOINT, {
      input: {
        villageCode: village.village_code,
        cadre: { name: '周晓明', unitId, title: '副科长' },
        startedOn: addDays(today, -3),
      },
    });
    expect(appointed.errors).toBeUndefined();
    const history = await clerk(
      `query ($v: ID!) { firstSecretaries(filter: { villageCode: $v }) { edges { node { startedOn endedOn endReason cadre { name } } } } }`,
      { v: village.village_code },
    );
    const terms = history.data?.firstSecretaries.edges.map((e: { node: unknown }) => e.node);
    expect(terms.at(-1)).toMatchObject({ cadre: { name: '周晓明' }, startedOn: addDays(today, -3), endedOn: null });
    expect(terms.at(-2)).toMatchObject({
      startedOn: village.started_on,
      endedOn: addDays(today, -4),
      endReason: 'ROTATED',
    });
    const [{ n }] = await api.db.dataSource.query(
      `SELECT count(*)::int AS n FROM first_secretary WHERE village_code = $1 AND ended_on IS NULL`,
      [village.village_code],
    );
    expect(n).toBe(1);
    const [audit] = await api.db.dataSource.query(
      `SELECT before, after FROM audit_log WHERE action = 'first_secretary.appoint' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit.before).toMatchObject({ villageCode: village.village_code, endedOn: null });
    expect(audit.after).toMatchObject({ cadreName: '周晓明' });
  });

  it("a member in two teams at once is refused; rotation closes the old member's term; a term cannot end before it starts", async () => {
    const teams = await clerk(
      '{ workTeams(first: 2) { edges { node { id formedOn version members { id version startedOn role cadre { id name } } } } } }',
    );
    const [a, b] = (teams.data?.workTeams.edges ?? []).map((e: { node: Record<string, any> }) => e.node);
    const member = a.members[0];
    const twice = await clerk(ADD_MEMBER, {
      input: { teamId: b.id, cadre: { cadreId: member.cadre.id }, role: 'MEMBER', startedOn: today },
    });
    const error = expectRefused(twice, 'CONFLICT');
    expect(error.message).toMatch(/^.+已在.+工作队，同一人不能同时在两个工作队$/);
    // Another town's clerk learns that the cadre is busy, not in which village.
    const laocheng = await api.signInAs(Role.TOWN_STAFF, LAO_CHENG.code);
    const theirs = await laocheng('{ workTeams(first: 1) { edges { node { id } } } }');
    const elsewhere = expectRefused(
      await laocheng(ADD_MEMBER, {
        input: {
          teamId: theirs.data?.workTeams.edges[0].node.id,
          cadre: { cadreId: member.cadre.id },
          role: 'MEMBER',
          startedOn: today,
        },
      }),
      'CONFLICT',
    );
    expect(elsewhere.message).toContain('已在其他镇办的工作队');
    const [{ n: before }] = await api.db.dataSource.query('SELECT count(*)::int AS n FROM work_team_member');
    const replacing = b.members.find((m: { role: string }) => m.role === 'MEMBER');
    const rotated = await clerk(ADD_MEMBER, {
      input: {
        teamId: b.id,
        cadre: { name: '吴佳', unitId },
        role: 'MEMBER',
        startedOn: today,
        replacesMemberId: replacing.id,
      },
    });
    expect(rotated.errors).toBeUndefined();
    const after = await clerk(
      `query ($id: ID!) { workTeam(id: $id) { memberCount members(current: false) { id endedOn endReason cadre { name } } } }`,
      { id: b.id },
    );
    const old = after.data?.workTeam.members.find((m: { id: string }) => m.id === replacing.id);
    expect(old).toMatchObject({ endedOn: addDays(today, -1), endReason: 'ROTATED' });
    expect(after.data?.workTeam.memberCount).toBe(b.members.length);
    const [{ n }] = await api.db.dataSource.query('SELECT count(*)::int AS n FROM work_team_member');
    expect(n).toBe(before + 1);
    const END = `mutation ($input: EndTermInput!) { endWorkTeamMember(input: $input) { endedOn } }`;
    const early = await clerk(END, {
      input: {
        id: member.id,
        version: member.version,
        endedOn: addDays(member.startedOn, -1),
        reason: 'TERM_COMPLETED',
      },
    });
    expect(errorFields(expectRefused(early, 'BAD_USER_INPUT'))).toEqual(['endedOn']);
    const ended = await clerk(END, {
      input: { id: member.id, version: member.version, endedOn: today, reason: 'TERM_COMPLETED' },
    });
    expect(ended.data?.endWorkTeamMember).toEqual({ endedOn: today });
  });

  it('the coverage report finds what is missing, per town, on crafted data', async () => {
    const before = (await clerk(COVERAGE, { town: YING_HU.code })).data?.stationingCoverage;
    expect(before.towns).toHaveLength(1);
    expect(before.towns[0].gaps).toEqual([]);
    // End the first secretary of one covered village: it becomes a gap (team yes, secretary no).
    const [term] = await api.db.dataSource.query(
      `SELECT s.id, s.version, s.village_code, s.started_on::text AS started FROM first_secretary s JOIN village v ON v.code = s.village_code
       WHERE s.town_code = $1 AND s.ended_on IS NULL AND v.categories && ARRAY['FORMER_POVERTY']::village_category[] LIMIT 1`,
      [YING_HU.code],
    );
    const ended = await clerk(`mutation ($input: EndTermInput!) { endFirstSecretaryTerm(input: $input) { endedOn } }`, {
      input: { id: term.id, version: term.version, endedOn: today, reason: 'RECALLED' },
    });
    expect(ended.errors).toBeUndefined();
    const after = (await clerk(COVERAGE, { town: YING_HU.code })).data?.stationingCoverage;
    expect(after.withFirstSecretary).toBe(before.withFirstSecretary - 1);
    expect(after.withTeam).toBe(before.withTeam);
    expect(after.towns[0].gaps).toEqual([
      { villageCode: term.village_code, hasTeam: true, hasFirstSecretary: false, members: expect.any(Number) },
    ]);
    // Appointing a new one closes the gap again.
    await clerk(APPOINT, {
      input: { villageCode: term.village_code, cadre: { name: '郑新', unitId }, startedOn: today },
    });
    expect((await clerk(COVERAGE, { town: YING_HU.code })).data?.stationingCoverage.towns[0].gaps).toEqual([]);
  });

  it('a team with nobody in post does not cover its village; a member taking up post covers it again', async () => {
    const [team] = await api.db.dataSource.query(
      `SELECT t.id, t.village_code FROM work_team t JOIN village v ON v.code = t.village_code
       WHERE t.town_code = $1 AND t.dissolved_on IS NULL
         AND v.categories && ARRAY['FORMER_POVERTY','RELOCATION_COMMUNITY','WEAK_PARTY_ORG','DEMONSTRATION']::village_category[]
         AND EXISTS (SELECT 1 FROM first_secretary s WHERE s.village_code = v.code AND s.ended_on IS NULL)
       ORDER BY t.village_code DESC LIMIT 1`,
      [YING_HU.code],
    );
    const before = (await clerk(COVERAGE, { town: YING_HU.code })).data?.stationingCoverage;
    expect(before.towns[0].gaps).toEqual([]);
    const inPost = await clerk(`query ($id: ID!) { workTeam(id: $id) { members { id version startedOn } } }`, {
      id: team.id,
    });
    const END = `mutation ($input: EndTermInput!) { endWorkTeamMember(input: $input) { endedOn } }`;
    for (const m of inPost.data?.workTeam.members ?? []) {
      const ended = await clerk(END, { input: { id: m.id, version: m.version, endedOn: today, reason: 'RECALLED' } });
      expect(ended.errors).toBeUndefined();
    }
    // The team is still there (not dissolved), but nobody is stationed: the village lacks a team.
    const empty = (await clerk(COVERAGE, { town: YING_HU.code })).data?.stationingCoverage;
    expect(empty.withTeam).toBe(before.withTeam - 1);
    expect(empty.towns[0].withTeam).toBe(before.towns[0].withTeam - 1);
    expect(empty.withFirstSecretary).toBe(before.withFirstSecretary);
    expect(empty.towns[0].gaps).toEqual([
      { villageCode: team.village_code, hasTeam: false, hasFirstSecretary: true, members: 0 },
    ]);
    // Every covered village is listed with its state; the gap names the team that has nobody in post.
    const listed = await clerk(
      `query ($town: ID) { stationingCoverage(townCode: $town) { towns { covered villages { villageCode hasTeam } gaps { teamId } } } }`,
      { town: YING_HU.code },
    );
    const town = listed.data?.stationingCoverage.towns[0];
    expect(town.gaps).toEqual([{ teamId: team.id }]);
    expect(town.villages).toHaveLength(town.covered);
    expect(town.villages.filter((v: { hasTeam: boolean }) => !v.hasTeam)).toEqual([
      { villageCode: team.village_code, hasTeam: false },
    ]);

    const joined = await clerk(ADD_MEMBER, {
      input: { teamId: team.id, cadre: { name: '冯晓', unitId }, role: 'LEADER', startedOn: today },
    });
    expect(joined.errors).toBeUndefined();
    const after = (await clerk(COVERAGE, { town: YING_HU.code })).data?.stationingCoverage;
    expect(after.withTeam).toBe(before.withTeam);
    expect(after.towns[0].gaps).toEqual([]);
  });

  it('a dissolved team ends its members the same day, keeps its history, and leaves the village lacking a team', async () => {
    const [team] = await api.db.dataSource.query(
      `SELECT t.id, t.village_code, t.formed_on::text AS formed_on, t.version FROM work_team t JOIN village v ON v.code = t.village_code
       WHERE t.town_code = $1 AND t.dissolved_on IS NULL
         AND v.categories && ARRAY['FORMER_POVERTY','RELOCATION_COMMUNITY','WEAK_PARTY_ORG','DEMONSTRATION']::village_category[]
         AND EXISTS (SELECT 1 FROM work_team_member m WHERE m.team_id = t.id AND m.ended_on IS NULL)
       ORDER BY t.village_code ASC LIMIT 1`,
      [YING_HU.code],
    );
    const DISSOLVE = `mutation ($input: DissolveWorkTeamInput!) { dissolveWorkTeam(input: $input) { id dissolvedOn version
      members(current: false) { endedOn endReason } } }`;
    const before = (await clerk(COVERAGE, { town: YING_HU.code })).data?.stationingCoverage;
    const early = await clerk(DISSOLVE, {
      input: { id: team.id, version: team.version, dissolvedOn: addDays(team.formed_on, -1) },
    });
    expect(errorFields(expectRefused(early, 'BAD_USER_INPUT'))).toEqual(['dissolvedOn']);
    const stale = await clerk(DISSOLVE, { input: { id: team.id, version: team.version - 1, dissolvedOn: today } });
    expect(expectRefused(stale, 'CONFLICT').extensions?.reason).toBe('STALE_VERSION');

    const dissolved = await clerk(DISSOLVE, { input: { id: team.id, version: team.version, dissolvedOn: today } });
    expect(dissolved.errors).toBeUndefined();
    const result = dissolved.data?.dissolveWorkTeam;
    expect(result.dissolvedOn).toBe(today);
    expect(result.members.length).toBeGreaterThan(0);
    for (const m of result.members) expect(m).toMatchObject({ endedOn: expect.any(String) });
    expect(result.members.filter((m: { endedOn: string }) => m.endedOn === today).length).toBeGreaterThan(0);
    const again = await clerk(DISSOLVE, { input: { id: team.id, version: result.version, dissolvedOn: today } });
    expect(expectRefused(again, 'CONFLICT').extensions?.reason).toBe('INVALID_TRANSITION');

    const after = (await clerk(COVERAGE, { town: YING_HU.code })).data?.stationingCoverage;
    expect(after.towns[0].withTeam).toBe(before.towns[0].withTeam - 1);
    const withdrawn = await clerk(
      `query ($v: ID) { workTeams(filter: { villageCode: $v, active: false }) { edges { node { id dissolvedOn } } } }`,
      { v: team.village_code },
    );
    expect(withdrawn.data?.workTeams.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(team.id);
    // A new team may now be formed in the village.
    const formed = await clerk(`mutation ($input: CreateWorkTeamInput!) { createWorkTeam(input: $input) { id } }`, {
      input: { villageCode: team.village_code, name: '新一届驻村工作队', leadUnitId: unitId, formedOn: today },
    });
    expect(formed.errors).toBeUndefined();
  });

  it('finds registered cadres by name and unit, paged; a town sees its own and those free to be stationed', async () => {
    const CADRES = `query ($filter: CadreFilter, $first: Int, $after: String) {
      cadres(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name title unit { id } } } } }`;
    const ids = (result: { data?: Record<string, any> | null }) =>
      (result.data?.cadres.edges ?? []).map((e: { node: { id: string } }) => e.node.id);
    // Registered earlier in this file through addWorkTeamMember, in 瀛湖镇.
    const found = await clerk(CADRES, { filter: { search: '冯晓' } });
    expect(found.errors).toBeUndefined();
    expect(found.data?.cadres.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
      id: expect.any(String),
      name: '冯晓',
      title: '',
      unit: { id: unitId },
    });
    const [feng] = found.data?.cadres.edges.filter((e: { node: { name: string } }) => e.node.name === '冯晓') ?? [];
    expect(ids(await clerk(CADRES, { filter: { search: '冯', unitId } }))).toContain(feng.node.id);
    const [otherUnit] = await api.db.dataSource.query('SELECT id FROM dispatching_unit WHERE id <> $1 LIMIT 1', [
      unitId,
    ]);
    expect(ids(await clerk(CADRES, { filter: { search: '冯晓', unitId: otherUnit.id } }))).not.toContain(feng.node.id);
    // Searching is literal: % and _ match themselves.
    expect((await clerk(CADRES, { filter: { search: '%' } })).data?.cadres.totalCount).toBe(0);

    // A cadre in post in 老城街道 who never served in 瀛湖镇: the district finds them, the town clerk does not.
    const [foreign] = await api.db.dataSource.query(
      `SELECT c.id, c.name FROM cadre c JOIN work_team_member m ON m.cadre_id = c.id AND m.ended_on IS NULL
       JOIN work_team t ON t.id = m.team_id AND t.town_code = $1
       WHERE NOT EXISTS (SELECT 1 FROM work_team_member m2 JOIN work_team t2 ON t2.id = m2.team_id
                         WHERE m2.cadre_id = c.id AND t2.town_code = $2)
         AND NOT EXISTS (SELECT 1 FROM first_secretary s WHERE s.cadre_id = c.id AND s.town_code = $2) LIMIT 1`,
      [LAO_CHENG.code, YING_HU.code],
    );
    expect(ids(await api.gql(CADRES, { filter: { search: foreign.name }, first: 100 }))).toContain(foreign.id);
    expect(ids(await clerk(CADRES, { filter: { search: foreign.name }, first: 100 }))).not.toContain(foreign.id);

    // Pages: the second page goes on where the first stopped, nobody twice.
    const first = await api.gql(CADRES, { first: 3 });
    expect(first.data?.cadres.totalCount).toBeGreaterThan(1492);
    expect(first.data?.cadres.pageInfo.hasNextPage).toBe(true);
    const second = await api.gql(CADRES, { first: 3, after: first.data?.cadres.pageInfo.endCursor });
    expect(ids(second)).toHaveLength(3);
    for (const id of ids(second)) expect(ids(first)).not.toContain(id);

    // Picking a registered cadre registers nobody new.
    const [{ n: before }] = await api.db.dataSource.query('SELECT count(*)::int AS n FROM cadre');
    const [village] = await api.db.dataSource.query(
      `SELECT v.code FROM village v WHERE v.town_code = $1
         AND NOT EXISTS (SELECT 1 FROM first_secretary s WHERE s.village_code = v.code AND s.ended_on IS NULL) LIMIT 1`,
      [YING_HU.code],
    );
    const picked = await clerk(APPOINT, {
      input: { villageCode: village.code, cadre: { cadreId: feng.node.id }, startedOn: today },
    });
    expect(picked.errors).toBeUndefined();
    expect(picked.data?.appointFirstSecretary.cadre).toEqual({ id: feng.node.id, name: '冯晓' });
    const [{ n }] = await api.db.dataSource.query('SELECT count(*)::int AS n FROM cadre');
    expect(n).toBe(before);
  });

  it('a town clerk stations people only in her own villages and sees only her town', async () => {
    const foreign = await clerk(APPOINT, {
      input: { villageCode: LAO_CHENG.village.code, cadre: { name: '钱某', unitId }, startedOn: today },
    });
    expect(errorFields(expectRefused(foreign, 'BAD_USER_INPUT'))).toEqual(['villageCode']);
    expectRefused(await clerk(COVERAGE, { town: LAO_CHENG.code }), 'NOT_FOUND');
    const teams = await clerk('{ workTeams(first: 100) { edges { node { town { code } } } } }');
    for (const e of teams.data?.workTeams.edges ?? []) expect(e.node.town.code).toBe(YING_HU.code);
    const summary = await clerk('{ stationingSummary { workTeams } }');
    const [{ n }] = await api.db.dataSource.query(
      `SELECT count(*)::int AS n FROM work_team WHERE town_code = $1 AND dissolved_on IS NULL`,
      [YING_HU.code],
    );
    expect(summary.data?.stationingSummary.workTeams).toBe(n);
  });

  it('a second team in a village that has one is refused with a clear message', async () => {
    const [t] = await api.db.dataSource.query(
      'SELECT village_code FROM work_team WHERE town_code = $1 AND dissolved_on IS NULL LIMIT 1',
      [YING_HU.code],
    );
    const result = await clerk(`mutation ($input: CreateWorkTeamInput!) { createWorkTeam(input: $input) { id } }`, {
      input: { villageCode: t.village_code, name: '第二支工作队', leadUnitId: unitId, formedOn: today },
    });
    const error = expectRefused(result, 'CONFLICT');
    expect(error.message).toBe('该村已有在驻工作队');
  });
});
