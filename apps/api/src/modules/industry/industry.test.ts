import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken, YING_HU } from '../../test/access';
import { errorFields, expectRefused } from '../../test/expect-error';
import { LAO_CHENG } from '../../test/factories';
import { type Gql, type GqlResult, startTestApi, type TestApi } from '../../test/harness';
import { createHousehold } from '../../test/monitoring-fixtures';
import { Role } from '../identity/identity.enums';

/**
 * Parks, benefit links and East–West enterprises: the report's figures counted from rows, the rules
 * of each write (nothing half-written), town scoping, the partner's view and the audit trail.
 */
const PARK_FIELDS =
  'id code name level industry operatorName operatorKind areaMu investment jobs establishedYear version town { code } villages { code }';
const CREATE = `mutation ($input: CreateIndustrialParkInput!) { createIndustrialPark(input: $input) { ${PARK_FIELDS} } }`;
const LINK = `mutation ($input: BenefitLinkInput!) { addBenefitLink(input: $input) { id mode year incomeGained } }`;

function parkInput(overrides: Record<string, unknown> = {}) {
  return {
    name: `测试茶叶园区${Math.random().toString(36).slice(2, 8)}`,
    townCode: LAO_CHENG.code,
    level: 'DISTRICT',
    industry: 'TEA',
    operatorName: '汉滨区测试茶叶专业合作社',
    operatorKind: 'COOPERATIVE',
    areaMu: '320.5',
    investment: '1200000.00',
    jobs: 25,
    establishedYear: 2020,
    villageCodes: [LAO_CHENG.village.code],
    ...overrides,
  };
}

describe('industry and East–West cooperation', () => {
  let api: TestApi;
  let clerk: Gql;
  let yinghuClerk: Gql;

  beforeAll(async () => {
    api = await startTestApi();
    clerk = await api.signInAs(Role.TOWN_STAFF, LAO_CHENG.code);
    yinghuClerk = await api.signInAs(Role.TOWN_STAFF, YING_HU.code);
  });
  afterAll(() => api?.close());

  it("the demo data gives the report's figures, counted from rows: 220 parks with 阳晨 and 忠诚, 5 enterprises with 新城地产, 1.05 亿元", async () => {
    const result = await api.gql(`{
      industrySummary { total { parks linkedHouseholds incomeGained } byIndustry { key parks } byTown { parks } }
      eastWestSummary { enterprises investment liftedJobs jobs }
      partnerEnterprises { name totalInvestment }
      yc: industrialParks(filter: { search: "阳晨" }) { totalCount }
      zc: industrialParks(filter: { search: "忠诚" }) { totalCount }
    }`);
    expect(result.errors).toBeUndefined();
    const d = result.data as Record<string, any>;
    expect(d.industrySummary.total.parks).toBe(220);
    expect(d.industrySummary.byIndustry.reduce((n: number, g: { parks: number }) => n + g.parks, 0)).toBe(220);
    expect(d.industrySummary.byTown.reduce((n: number, g: { parks: number }) => n + g.parks, 0)).toBe(220);
    expect(d.industrySummary.byIndustry.map((g: { key: string }) => g.key)).toHaveLength(8);
    expect(d.industrySummary.total.linkedHouseholds).toBeGreaterThan(500);
    expect(d.yc.totalCount).toBe(1);
    expect(d.zc.totalCount).toBe(1);
    expect(d.eastWestSummary).toMatchObject({ enterprises: 5, investment: '105000000.00' });
    expect(d.partnerEnterprises.map((e: { name: string }) => e.name)).toContain('新城地产');
    const sum = d.partnerEnterprises.reduce(
      (n: bigint, e: { totalInvestment: string }) => n + BigInt(e.totalInvestment.replace('.', '')),
      0n,
    );
    expect(sum).toBe(10_500_000_000n);
    const [{ total }] = await api.db.dataSource.query('SELECT sum(amount)::text AS total FROM enterprise_investment');
    expect(total).toBe('105000000.00');
  });

  it('a town clerk registers a park in her town, edits it with its version, and records a year', async () => {
    const created = await clerk(CREATE, { input: parkInput() });
    expect(created.errors).toBeUndefined();
    const park = created.data?.createIndustrialPark;
    expect(park).toMatchObject({
      code: expect.stringMatching(/^YQ-\d{4}$/),
      investment: '1200000.00',
      areaMu: '320.50',
      villages: [{ code: LAO_CHENG.village.code }],
    });
    const UPDATE = `mutation ($id: ID!, $input: UpdateIndustrialParkInput!) { updateIndustrialPark(id: $id, input: $input) { jobs version villages { code } } }`;
    const updated = await clerk(UPDATE, {
      id: park.id,
      input: { version: park.version, jobs: 30, villageCodes: [LAO_CHENG.village.code, LAO_CHENG.otherVillage.code] },
    });
    expect(updated.data?.updateIndustrialPark).toMatchObject({
      jobs: 30,
      version: 2,
      villages: [{ code: LAO_CHENG.village.code }, { code: LAO_CHENG.otherVillage.code }],
    });
    const stale = await clerk(UPDATE, { id: park.id, input: { version: park.version, jobs: 31 } });
    expect(expectRefused(stale, 'CONFLICT').extensions?.reason).toBe('STALE_VERSION');
    const year = await clerk(
      `mutation ($input: ParkYearInput!) { recordParkYear(input: $input) { year outputValue liftedJobs } }`,
      {
        input: { parkId: park.id, year: 2024, outputValue: '3500000.00', dividends: '120000.00', liftedJobs: 12 },
      },
    );
    expect(year.data?.recordParkYear).toEqual({ year: 2024, outputValue: '3500000.00', liftedJobs: 12 });
    const audit = await api.db.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [
      park.id,
    ]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'industrial_park.create',
      'industrial_park.update',
      'park_year.create',
    ]);
  });

  it('bad input: a negative investment, a village of another town, another town altogether — a clear error, nothing written', async () => {
    const [{ n: before }] = await api.db.dataSource.query('SELECT count(*)::int AS n FROM industrial_park');
    const negative = await clerk(CREATE, { input: parkInput({ investment: '-1.00' }) });
    expect(errorFields(expectRefused(negative, 'BAD_USER_INPUT'))).toEqual(['investment']);
    const foreignVillage = await clerk(CREATE, { input: parkInput({ villageCodes: [YING_HU.village.code] }) });
    expect(errorFields(expectRefused(foreignVillage, 'BAD_USER_INPUT'))).toEqual(['villageCodes']);
    const foreignTown = await clerk(CREATE, {
      input: parkInput({ townCode: YING_HU.code, villageCodes: [YING_HU.village.code] }),
    });
    expect(errorFields(expectRefused(foreignTown, 'BAD_USER_INPUT'))).toEqual(['townCode']);
    const negativeJobs = await clerk(CREATE, { input: parkInput({ jobs: -3 }) });
    expectRefused(negativeJobs, 'BAD_USER_INPUT');
    const [{ n: after }] = await api.db.dataSource.query('SELECT count(*)::int AS n FROM industrial_park');
    expect(after).toBe(before);
  });

  it('benefit links point at households of the register: an unknown one, or one of another town, is refused; one link per mode and year', async () => {
    const park = (await clerk(CREATE, { input: parkInput() })).data?.createIndustrialPark;
    const household = await createHousehold(clerk, LAO_CHENG.village.code);
    const input = {
      parkId: park.id,
      householdId: household.id,
      mode: 'EMPLOYMENT',
      year: 2024,
      incomeGained: '6800.00',
    };
    const unknown = await clerk(LINK, { input: { ...input, householdId: '00000000-0000-4000-8000-00000000beef' } });
    const error = expectRefused(unknown, 'BAD_USER_INPUT');
    expect(errorFields(error)).toEqual(['householdId']);
    expect(error.message).toBe('农户不存在：00000000-0000-4000-8000-00000000beef');
    const [yinghuHousehold] = await api.db.dataSource.query('SELECT id FROM household WHERE town_code = $1 LIMIT 1', [
      YING_HU.code,
    ]);
    const foreign = await clerk(LINK, { input: { ...input, householdId: yinghuHousehold.id } });
    expect(errorFields(expectRefused(foreign, 'BAD_USER_INPUT'))).toEqual(['householdId']);
    const negative = await clerk(LINK, { input: { ...input, incomeGained: '-5.00' } });
    expect(errorFields(expectRefused(negative, 'BAD_USER_INPUT'))).toEqual(['incomeGained']);
    const ok = await clerk(LINK, { input });
    expect(ok.data?.addBenefitLink).toMatchObject({ mode: 'EMPLOYMENT', year: 2024, incomeGained: '6800.00' });
    const twice = await clerk(LINK, { input });
    expect(expectRefused(twice, 'CONFLICT').extensions?.reason).toBe('DUPLICATE');
    const read = await clerk(`query ($id: ID!) { industrialPark(id: $id) { linkedHouseholds incomeGained } }`, {
      id: park.id,
    });
    expect(read.data?.industrialPark).toEqual({ linkedHouseholds: 1, incomeGained: '6800.00' });
    const [{ n }] = await api.db.dataSource.query('SELECT count(*)::int AS n FROM benefit_link WHERE park_id = $1', [
      park.id,
    ]);
    expect(n).toBe(1);
  });

  it("town clerks see their towns' parks only; enterprises are registered by the district", async () => {
    const mine = await yinghuClerk(
      '{ industrialParks(first: 100) { totalCount edges { node { town { code } } } } industrySummary { total { parks linkedHouseholds incomeGained } byTown { key parks linkedHouseholds incomeGained } } }',
    );
    // One town: its row is the total (a household linked to two of its parks counts once in both).
    const { key: _key, ...row } = mine.data?.industrySummary.byTown[0] ?? {};
    expect(row).toEqual(mine.data?.industrySummary.total);
    for (const e of mine.data?.industrialParks.edges ?? []) expect(e.node.town.code).toBe(YING_HU.code);
    expect(mine.data?.industrySummary.byTown.map((t: { key: string }) => t.key)).toEqual([YING_HU.code]);
    const [other] = await api.db.dataSource.query('SELECT id FROM industrial_park WHERE town_code <> $1 LIMIT 1', [
      YING_HU.code,
    ]);
    expect(
      (await yinghuClerk(`query ($id: ID!) { industrialPark(id: $id) { id } }`, { id: other.id })).data?.industrialPark,
    ).toBeNull();
    const ENTERPRISE = `mutation ($input: PartnerEnterpriseInput!) { createPartnerEnterprise(input: $input) { id name } }`;
    const input = {
      name: '测试协作企业',
      origin: '江苏省南京市',
      sector: '食品加工',
      settledYear: 2024,
      jobs: 10,
      liftedJobs: 4,
    };
    expectRefused(await yinghuClerk(ENTERPRISE, { input }), 'FORBIDDEN');
    const tooMany = await api.gql(ENTERPRISE, { input: { ...input, liftedJobs: 11 } });
    expect(errorFields(expectRefused(tooMany, 'BAD_USER_INPUT'))).toEqual(['liftedJobs']);
    const created = await api.gql(ENTERPRISE, { input });
    expect(created.errors).toBeUndefined();
    const INVEST = `mutation ($input: EnterpriseInvestmentInput!) { recordEnterpriseInvestment(input: $input) { amount } }`;
    const negative = await api.gql(INVEST, {
      input: {
        enterpriseId: created.data?.createPartnerEnterprise.id,
        year: 2024,
        amount: '-100.00',
        description: '测试投资',
      },
    });
    expect(errorFields(expectRefused(negative, 'BAD_USER_INPUT'))).toEqual(['amount']);
    const invested = await api.gql(INVEST, {
      input: {
        enterpriseId: created.data?.createPartnerEnterprise.id,
        year: 2024,
        amount: '500000.00',
        description: '测试投资',
      },
    });
    expect(invested.data?.recordEnterpriseInvestment).toEqual({ amount: '500000.00' });
    const updated = await api.gql(
      `mutation ($id: ID!, $input: PartnerEnterpriseInput!) { updatePartnerEnterprise(id: $id, input: $input) { jobs version } }`,
      { id: created.data?.createPartnerEnterprise.id, input: { ...input, jobs: 12, version: 1 } },
    );
    expect(updated.data?.updatePartnerEnterprise).toEqual({ jobs: 12, version: 2 });
    const audit = await api.db.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [
      created.data?.createPartnerEnterprise.id,
    ]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'partner_enterprise.create',
      'enterprise_investment.create',
      'partner_enterprise.update',
    ]);
  });

  it('the summary withholds a group of 1–4 linked households from viewers who may not read households', async () => {
    // 2020 has no links in the demo data: one park of 老城街道 carrying two households is all it has.
    const park = (await clerk(CREATE, { input: parkInput({ industry: 'HERBAL_MEDICINE' }) })).data
      ?.createIndustrialPark;
    for (const [i, incomeGained] of ['2500.00', '3100.00'].entries()) {
      const household = await createHousehold(clerk, LAO_CHENG.village.code);
      const linked = await clerk(LINK, {
        input: {
          parkId: park.id,
          householdId: household.id,
          mode: 'ASSET_INCOME',
          year: 2020,
          incomeGained,
          note: `${i}`,
        },
      });
      expect(linked.errors).toBeUndefined();
    }
    const Q = `{ industrySummary(year: 2020) {
      total { linkedHouseholds incomeGained suppressed linkedHouseholdsShown { display } }
      byIndustry { key linkedHouseholds incomeGained suppressed linkedHouseholdsShown { value display suppressed } }
      byTown { key linkedHouseholds incomeGained suppressed linkedHouseholdsShown { display } } } }`;
    const exact = { linkedHouseholds: 2, incomeGained: '5600.00', suppressed: false };
    const hidden = { linkedHouseholds: null, incomeGained: null, suppressed: true };
    const herbs = (r: GqlResult) =>
      r.data?.industrySummary.byIndustry.find((g: { key: string }) => g.key === 'HERBAL_MEDICINE');
    const town = (r: GqlResult) =>
      r.data?.industrySummary.byTown.find((g: { key: string }) => g.key === LAO_CHENG.code);

    // Staff read the register: the clerk of the town sees her two households and their income.
    const own = await clerk(Q);
    expect(own.errors).toBeUndefined();
    expect(herbs(own)).toMatchObject({
      ...exact,
      linkedHouseholdsShown: { value: 2, display: '2', suppressed: false },
    });
    expect(town(own)).toMatchObject(exact);
    expect(own.data?.industrySummary.total).toMatchObject(exact);
    // So does a partner granted the household register (MONITORING).
    const both = await issueToken(api, { kind: 'PARTNER', datasets: ['INDUSTRY', 'MONITORING'] });
    expect(herbs(await both.client(Q))).toMatchObject(exact);

    // A partner with INDUSTRY alone, and a BI token, get "<5" and no income: for the group and the total.
    const industryOnly = await issueToken(api, { kind: 'PARTNER', datasets: ['INDUSTRY'] });
    const bi = await issueToken(api, { kind: 'BI' });
    for (const viewer of [industryOnly, bi]) {
      const r = await viewer.client(Q);
      expect(r.errors).toBeUndefined();
      expect(herbs(r)).toEqual({
        key: 'HERBAL_MEDICINE',
        ...hidden,
        linkedHouseholdsShown: { value: null, display: '<5', suppressed: true },
      });
      expect(town(r)).toMatchObject({ ...hidden, linkedHouseholdsShown: { display: '<5' } });
      expect(r.data?.industrySummary.total).toMatchObject({ ...hidden, linkedHouseholdsShown: { display: '<5' } });
      expect(JSON.stringify(r.data)).not.toMatch(/"(2500|3100|5600)\.00"/);
    }
  });

  it('a partner with the INDUSTRY dataset reads parks and links, but a household only with MONITORING too', async () => {
    const industryOnly = await issueToken(api, { kind: 'PARTNER', datasets: ['INDUSTRY'] });
    const Q =
      '{ benefitLinks(first: 3) { totalCount edges { node { mode incomeGained park { name } household { headName } } } } }';
    const result = await industryOnly.client(Q);
    expect(result.data?.benefitLinks.totalCount).toBeGreaterThan(0);
    expect(result.data?.benefitLinks.edges[0].node.household).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const both = await issueToken(api, { kind: 'PARTNER', datasets: ['INDUSTRY', 'MONITORING'] });
    const full = await both.client(Q);
    expect(full.errors).toBeUndefined();
    expect(full.data?.benefitLinks.edges[0].node.household.headName).toMatch(/\*/);
    const bi = await issueToken(api, { kind: 'BI' });
    expect((await bi.client('{ industrySummary { total { parks } } eastWestSummary { investment } }')).data).toEqual({
      industrySummary: { total: { parks: expect.any(Number) } },
      eastWestSummary: { investment: expect.any(String) },
    });
    expectRefused(await bi.client('{ industrialParks { totalCount } }'), 'FORBIDDEN');
  });
});
