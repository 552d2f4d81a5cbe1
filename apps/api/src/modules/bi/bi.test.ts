import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IssuedToken, issueToken, YING_HU } from '../../test/access';
import { LAO_CHENG, XIN_CHENG } from '../../test/factories';
import { startTestApi, type TestApi } from '../../test/harness';
import { Role } from '../identity/identity.enums';
import { csvCell, toCsv } from './csv';
import { FEEDS, FeedColumnType } from './feeds';

/**
 * BI feeds: every feed's CSV is what its GraphQL query returns for the same caller; small counts of
 * monitored households stay suppressed; a bad URL gets a clear JSON error, not an empty file.
 */

interface Csv {
  status: number;
  headers: Headers;
  text: string;
  rows: string[][];
}

/** A strict RFC 4180 reader, enough for what we write (quotes, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) throw new Error('CSV does not end with CRLF');
  return rows;
}

/** How a withheld count is shown: a small one, or one hidden so that a total cannot give a small one away. */
const WITHHELD = ['<5', '已隐藏'];

const cents = (money: string) => {
  const [whole, fraction = ''] = money.split('.');
  const sign = whole.startsWith('-') ? -1n : 1n;
  return sign * (BigInt(whole.replace('-', '')) * 100n + BigInt(`${fraction}00`.slice(0, 2)));
};

describe('BI feeds', () => {
  let api: TestApi;
  let bi: IssuedToken;

  async function get(path: string, auth: { token?: string; cookie?: string } = { token: bi.secret }): Promise<Csv> {
    const headers: Record<string, string> = {};
    if (auth.token) headers.authorization = `Bearer ${auth.token}`;
    if (auth.cookie) headers.cookie = auth.cookie;
    const res = await fetch(`${api.url}${path}`, { headers });
    // Keep the byte-order mark (fetch's text() drops it) to check that it is sent.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    const isCsv = res.headers.get('content-type')?.startsWith('text/csv');
    return { status: res.status, headers: res.headers, text, rows: isCsv ? parseCsv(text.replace(/^\uFEFF/, '')) : [] };
  }

  beforeAll(async () => {
    api = await startTestApi();
    bi = await issueToken(api, { kind: 'BI', name: '区统计局 BI' });
  });
  afterAll(() => api?.close());

  it('lists every feed with its query, parameters, columns and CSV path, the same over HTTP and GraphQL', async () => {
    const http = await get('/api/bi/v1/feeds');
    expect(http.status).toBe(200);
    const catalog = JSON.parse(http.text).feeds;
    expect(catalog.map((f: { id: string }) => f.id)).toEqual(FEEDS.map((f) => f.id));
    const gql = await bi.client(
      '{ biFeeds { id title description csvPath query parameters { name type required description } columns { key label type description } } }',
    );
    expect(gql.errors).toBeUndefined();
    expect(gql.data?.biFeeds.map((f: { id: string; csvPath: string }) => [f.id, f.csvPath])).toEqual(
      catalog.map((f: { id: string; csvPath: string }) => [f.id, f.csvPath]),
    );
    for (const feed of gql.data?.biFeeds ?? []) {
      expect(feed.csvPath).toBe(`/api/bi/v1/feeds/${feed.id}.csv`);
      expect(feed.title).toMatch(/\p{Script=Han}/u);
      expect(feed.columns.length).toBeGreaterThan(0);
    }
  });

  it.each(FEEDS.map((f) => [f.id, f] as const))('%s: the CSV is what its GraphQL query returns', async (_id, feed) => {
    const variables: Record<string, unknown> = {};
    const query = new URLSearchParams();
    for (const p of feed.parameters) {
      if (p.name === 'year') {
        variables.year = 2021;
        query.set('year', '2021');
      }
    }
    const csv = await get(`/api/bi/v1/feeds/${feed.id}.csv${query.size ? `?${query}` : ''}`);
    expect(csv.status, csv.text).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('cache-control')).toBe('private, no-store');
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const [header, ...body] = csv.rows;
    expect(header).toEqual(feed.columns.map((c) => c.key));

    // The same document over GraphQL, by the same caller, row by row.
    const answer = await bi.client(feed.query, variables);
    expect(answer.errors).toBeUndefined();
    const expected = feed.rows(answer.data ?? {}).map((row) => feed.columns.map((c) => String(row[c.key] ?? '')));
    expect(body).toEqual(expected);
    expect(body.length).toBeGreaterThan(0);
    // Amounts are exact decimals with two places, never floats or thousands separators; an amount is
    // empty only in a row whose small count is withheld (its *_display column says so).
    const display = header.findIndex((k) => k.endsWith('_display'));
    for (const [i, column] of feed.columns.entries()) {
      if (column.type !== FeedColumnType.MONEY) continue;
      for (const row of body) {
        if (row[i] === '' && display >= 0) expect(WITHHELD).toContain(row[display]);
        else expect(row[i]).toMatch(/^-?\d+\.\d{2}$/);
      }
    }
  });

  it('funding by town: 28 towns whose sums are the year’s totals to the cent; Chinese headers on request', async () => {
    const csv = await get('/api/bi/v1/feeds/funding-by-town.csv?year=2021&header=label');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="funding-by-town-2021.csv"');
    const [header, ...rows] = csv.rows;
    expect(header).toEqual(['镇办代码', '镇办', '已安排（元）', '已支出（元）', '支出进度', '项目数', '已开工项目数']);
    expect(rows).toHaveLength(28);
    const totals = await bi.client(
      '{ fundingSummary(year: 2021, groupBy: TOWN) { totals { allocated disbursed projectCount } } }',
    );
    const { allocated, disbursed, projectCount } = totals.data?.fundingSummary.totals ?? {};
    expect(rows.reduce((s, r) => s + cents(r[2]), 0n)).toBe(cents(allocated));
    expect(rows.reduce((s, r) => s + cents(r[3]), 0n)).toBe(cents(disbursed));
    expect(rows.reduce((s, r) => s + Number(r[5]), 0)).toBe(projectCount);
    // DOMAIN.md: 775 projects and 7.676 亿元 in 2021.
    expect(projectCount).toBe(775);
    expect(allocated.startsWith('7676')).toBe(true);
  });

  it('funding by village category counts a project under each kind of its village, and NONE for no village', async () => {
    const csv = await get('/api/bi/v1/feeds/funding-by-village-category.csv?year=2021');
    const rows = new Map(csv.rows.slice(1).map((r) => [r[0], r]));
    // An independent reckoning straight from the tables.
    const truth: { key: string; allocated: string; projects: number }[] = await api.ownerQuery(`
      SELECT k AS key, SUM(a.amount)::text AS allocated, COUNT(DISTINCT p.id)::int AS projects
        FROM project p JOIN fund_allocation a ON a.project_id = p.id
        LEFT JOIN village v ON v.code = p.village_code,
        LATERAL (SELECT unnest(CASE WHEN v.code IS NULL THEN ARRAY['NONE']
                                    WHEN v.categories = '{}' THEN ARRAY['OTHER']
                                    ELSE v.categories::text[] END)) AS u(k)
       WHERE p.year = 2021 GROUP BY k`);
    expect(truth.length).toBeGreaterThan(1);
    expect([...rows.keys()].sort()).toEqual(truth.map((t) => t.key).sort());
    for (const t of truth) {
      expect(cents(rows.get(t.key)?.[2] ?? '0')).toBe(cents(t.allocated));
      expect(Number(rows.get(t.key)?.[5])).toBe(t.projects);
    }
    expect(rows.get('FORMER_POVERTY')?.[1]).toBe('脱贫村');
  });

  it('monitoring feeds never show a count from 1 to 4', async () => {
    for (const id of ['monitoring-by-town', 'monitoring-by-type', 'monitoring-by-status']) {
      const csv = await get(`/api/bi/v1/feeds/${id}.csv`);
      expect(csv.status).toBe(200);
      const [header, ...rows] = csv.rows;
      const cases = header.indexOf('cases');
      const display = header.indexOf('cases_display');
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        if (row[cases] === '') expect(WITHHELD).toContain(row[display]);
        else {
          expect(Number(row[cases]) === 0 || Number(row[cases]) >= 5, row.join(',')).toBe(true);
          expect(row[display]).toBe(row[cases]);
        }
      }
    }
    const byTown = await get('/api/bi/v1/feeds/monitoring-by-town.csv');
    expect(byTown.rows.slice(1).some((r) => r[3] === '<5')).toBe(true);
  });

  describe('park feeds withhold groups of 1–4 linked households from viewers who may not read households', () => {
    // 2019 has no benefit links in the demo data: the groups below are all the year has.
    const YEAR = 2019;
    const GROUP = 'key linkedHouseholds linkedHouseholdsShown { value display suppressed } incomeGained suppressed';
    const SUMMARY = `query ($year: Int) { industrySummary(year: $year) {
      total { ${GROUP} } byIndustry { ${GROUP} } byTown { ${GROUP} } } }`;
    type Group = {
      key: string;
      linkedHouseholds: number | null;
      linkedHouseholdsShown: { value: number | null; display: string; suppressed: boolean };
      incomeGained: string | null;
      suppressed: boolean;
    };

    /** A park of `town` whose households (of the register, in that town) each gained one of `incomes`. */
    async function parkWithLinks(
      town: { code: string; village: { code: string } },
      industry: string,
      incomes: string[],
    ): Promise<void> {
      const created = await api.gql(
        `mutation ($input: CreateIndustrialParkInput!) { createIndustrialPark(input: $input) { id } }`,
        {
          input: {
            name: `BI 抑制测试园区 ${industry}`,
            townCode: town.code,
            level: 'DISTRICT',
            industry,
            operatorName: '汉滨区测试专业合作社',
            operatorKind: 'COOPERATIVE',
            investment: '500000.00',
            jobs: 8,
            establishedYear: 2018,
            villageCodes: [town.village.code],
          },
        },
      );
      expect(created.errors).toBeUndefined();
      const households: { id: string }[] = await api.db.dataSource.query(
        'SELECT id FROM household WHERE town_code = $1 ORDER BY code LIMIT $2',
        [town.code, incomes.length],
      );
      expect(households).toHaveLength(incomes.length);
      for (const [i, h] of households.entries()) {
        const linked = await api.gql(`mutation ($input: BenefitLinkInput!) { addBenefitLink(input: $input) { id } }`, {
          input: {
            parkId: created.data?.createIndustrialPark.id,
            householdId: h.id,
            mode: 'EMPLOYMENT',
            year: YEAR,
            incomeGained: incomes[i],
          },
        });
        expect(linked.errors).toBeUndefined();
      }
    }

    const byKey = (groups: Group[]) => new Map(groups.map((g) => [g.key, g]));

    beforeAll(async () => {
      // 茶叶 in 老城街道: 3 households, 6,000.00 元 between them. 核桃 in 新城街道: 7 households.
      await parkWithLinks(LAO_CHENG, 'TEA', ['1000.00', '2000.00', '3000.00']);
      await parkWithLinks(XIN_CHENG, 'WALNUT', Array(7).fill('500.00'));
    });

    it('a BI token sees "<5" and no income for the group of 3, over GraphQL and in the CSV', async () => {
      const answer = await bi.client(SUMMARY, { year: YEAR });
      expect(answer.errors).toBeUndefined();
      const s = answer.data?.industrySummary;
      const withheld = { linkedHouseholds: null, incomeGained: null, suppressed: true };
      expect(byKey(s.byIndustry).get('TEA')).toEqual({
        key: 'TEA',
        ...withheld,
        linkedHouseholdsShown: { value: null, display: '<5', suppressed: true },
      });
      expect(byKey(s.byTown).get(LAO_CHENG.code)).toEqual({
        key: LAO_CHENG.code,
        ...withheld,
        linkedHouseholdsShown: { value: null, display: '<5', suppressed: true },
      });
      // Groups without links are zero, and zero says nothing about anyone.
      expect(byKey(s.byIndustry).get('KONJAC')).toMatchObject({ linkedHouseholds: 0, incomeGained: '0.00' });

      for (const [id, key] of [
        ['parks-by-industry', 'TEA'],
        ['parks-by-town', LAO_CHENG.code],
      ]) {
        const csv = await get(`/api/bi/v1/feeds/${id}.csv?year=${YEAR}`);
        expect(csv.status).toBe(200);
        const [header, ...rows] = csv.rows;
        const row = rows.find((r) => r[0] === key) ?? [];
        const cell = (k: string) => row[header.indexOf(k)];
        expect([cell('linked_households'), cell('linked_households_display'), cell('income_gained')]).toEqual([
          '',
          '<5',
          '',
        ]);
        // No cell of the file shows a count from 1 to 4 or the income of such a group.
        for (const r of rows) {
          const n = r[header.indexOf('linked_households')];
          if (n === '') expect(WITHHELD).toContain(r[header.indexOf('linked_households_display')]);
          else expect(Number(n) === 0 || Number(n) >= 5, r.join(',')).toBe(true);
        }
        expect(csv.text).not.toMatch(/,6000\.00,/);
        // Row for row what the same query answers over GraphQL.
        const feed = FEEDS.find((f) => f.id === id);
        const gql = await bi.client(feed?.query ?? '', { year: YEAR });
        expect(rows).toEqual(feed?.rows(gql.data ?? {}).map((r) => feed.columns.map((c) => String(r[c.key] ?? ''))));
      }
      const catalog = FEEDS.find((f) => f.id === 'parks-by-town');
      expect(catalog?.description).toContain('linked_households_display 为 "<5"');
    });

    it('a district staff user sees the exact numbers', async () => {
      const staff = await api.signInAs(Role.DISTRICT_STAFF);
      const answer = await staff(SUMMARY, { year: YEAR });
      expect(answer.errors).toBeUndefined();
      const s = answer.data?.industrySummary;
      const exact = (n: number, income: string) => ({
        linkedHouseholds: n,
        linkedHouseholdsShown: { value: n, display: String(n), suppressed: false },
        incomeGained: income,
        suppressed: false,
      });
      expect(byKey(s.byIndustry).get('TEA')).toMatchObject(exact(3, '6000.00'));
      expect(byKey(s.byIndustry).get('WALNUT')).toMatchObject(exact(7, '3500.00'));
      expect(byKey(s.byTown).get(LAO_CHENG.code)).toMatchObject(exact(3, '6000.00'));
      expect(s.total).toMatchObject(exact(10, '9500.00'));
      for (const g of [...s.byIndustry, ...s.byTown]) expect(g.suppressed).toBe(false);
      // Her session pulls the same feed with the exact figures.
      const csv = await get(`/api/bi/v1/feeds/parks-by-industry.csv?year=${YEAR}`, { cookie: staff.cookie });
      const [header, ...rows] = csv.rows;
      const tea = rows.find((r) => r[0] === 'TEA') ?? [];
      expect(
        ['linked_households', 'linked_households_display', 'income_gained'].map((k) => tea[header.indexOf(k)]),
      ).toEqual(['3', '3', '6000.00']);
    });

    it('the total cannot give a hidden group away: a second group is hidden with it', async () => {
      const s = (await bi.client(SUMMARY, { year: YEAR })).data?.industrySummary;
      // The total is shown (10 households): it is the only headline of the summary.
      expect(s.total).toMatchObject({ linkedHouseholds: 10, incomeGained: '9500.00', suppressed: false });
      for (const [groups, small, next] of [
        [s.byIndustry as Group[], 'TEA', 'WALNUT'],
        [s.byTown as Group[], LAO_CHENG.code, XIN_CHENG.code],
      ] as const) {
        const groupsByKey = byKey(groups);
        expect(groupsByKey.get(small)?.linkedHouseholdsShown.display).toBe('<5');
        // 7 households would be safe to show, but then 9,500.00 − 3,500.00 would be the 3 households' 6,000.00.
        expect(groupsByKey.get(next)).toMatchObject({
          linkedHouseholds: null,
          incomeGained: null,
          suppressed: true,
          linkedHouseholdsShown: { value: null, display: '已隐藏', suppressed: true },
        });
        // Whatever is shown, the total minus it is the sum of at least two hidden groups, never one.
        const hidden = groups.filter((g) => g.suppressed);
        expect(hidden.length).toBeGreaterThanOrEqual(2);
        const shownIncome = groups.filter((g) => !g.suppressed).reduce((n, g) => n + cents(g.incomeGained ?? '0'), 0n);
        const shownHouseholds = groups.filter((g) => !g.suppressed).reduce((n, g) => n + (g.linkedHouseholds ?? 0), 0);
        expect(cents(s.total.incomeGained) - shownIncome).toBe(cents('9500.00'));
        expect(cents(s.total.incomeGained) - shownIncome).not.toBe(cents('6000.00'));
        expect(s.total.linkedHouseholds - shownHouseholds).not.toBe(3);
      }
    });

    it('a total of 1–4 households is withheld as well, and with it every group', async () => {
      // 2018: one park, two households.
      const created = await api.gql(
        `mutation ($input: CreateIndustrialParkInput!) { createIndustrialPark(input: $input) { id } }`,
        {
          input: {
            name: 'BI 抑制测试园区（两户）',
            townCode: LAO_CHENG.code,
            level: 'DISTRICT',
            industry: 'KONJAC',
            operatorName: '汉滨区测试家庭农场',
            operatorKind: 'FAMILY_FARM',
            villageCodes: [LAO_CHENG.village.code],
          },
        },
      );
      expect(created.errors).toBeUndefined();
      const households: { id: string }[] = await api.db.dataSource.query(
        'SELECT id FROM household WHERE town_code = $1 ORDER BY code DESC LIMIT 2',
        [LAO_CHENG.code],
      );
      for (const h of households) {
        const linked = await api.gql(`mutation ($input: BenefitLinkInput!) { addBenefitLink(input: $input) { id } }`, {
          input: {
            parkId: created.data?.createIndustrialPark.id,
            householdId: h.id,
            mode: 'LAND_TRANSFER',
            year: 2018,
            incomeGained: '1200.00',
          },
        });
        expect(linked.errors).toBeUndefined();
      }
      const s = (await bi.client(SUMMARY, { year: 2018 })).data?.industrySummary;
      expect(s.total).toMatchObject({ linkedHouseholds: null, incomeGained: null, suppressed: true });
      expect(s.total.linkedHouseholdsShown.display).toBe('<5');
      expect(byKey(s.byIndustry).get('KONJAC')?.linkedHouseholdsShown.display).toBe('<5');
      expect(JSON.stringify(s)).not.toContain('"2400.00"');
    });
  });

  it('a town clerk’s session pulls her own town only', async () => {
    const clerk = await api.signInAs(Role.TOWN_STAFF, YING_HU.code);
    const csv = await get('/api/bi/v1/feeds/funding-by-town.csv?year=2021', { cookie: clerk.cookie });
    expect(csv.status).toBe(200);
    expect(csv.rows.slice(1).map((r) => r[1])).toEqual([YING_HU.name]);
  });

  it('refuses with a status, a code and a Chinese message, never an empty file', async () => {
    const partner = await issueToken(api, { kind: 'PARTNER', datasets: ['PLACES'] });
    const cases: [string, { token?: string }, number, string, string?][] = [
      ['/api/bi/v1/feeds/funding-by-town.csv?year=2021', {}, 401, 'UNAUTHENTICATED'],
      ['/api/bi/v1/feeds', {}, 401, 'UNAUTHENTICATED'],
      ['/api/bi/v1/feeds/funding-by-town.csv?year=2021', { token: partner.secret }, 403, 'FORBIDDEN'],
      [
        '/api/bi/v1/feeds/funding-by-town.csv?year=2021',
        { token: 'hb_notARealToken0000000000000000000000000000' },
        401,
        'UNAUTHENTICATED',
      ],
      ['/api/bi/v1/feeds/no-such-feed.csv', { token: bi.secret }, 404, 'NOT_FOUND'],
      ['/api/bi/v1/feeds/funding-by-town.json?year=2021', { token: bi.secret }, 404, 'NOT_FOUND'],
      ['/api/bi/v1/feeds/funding-by-town.csv', { token: bi.secret }, 400, 'BAD_USER_INPUT', 'year'],
      ['/api/bi/v1/feeds/funding-by-town.csv?year=abc', { token: bi.secret }, 400, 'BAD_USER_INPUT', 'year'],
      ['/api/bi/v1/feeds/funding-by-town.csv?year=1999', { token: bi.secret }, 400, 'BAD_USER_INPUT'],
      ['/api/bi/v1/feeds/funding-by-town.csv?year=2021&year=2022', { token: bi.secret }, 400, 'BAD_USER_INPUT', 'year'],
      [
        '/api/bi/v1/feeds/funding-by-town.csv?year=2021&fundCategory=GOLD',
        { token: bi.secret },
        400,
        'BAD_USER_INPUT',
        'fundCategory',
      ],
      ['/api/bi/v1/feeds/funding-by-town.csv?yaer=2021', { token: bi.secret }, 400, 'BAD_USER_INPUT'],
      [
        '/api/bi/v1/feeds/funding-by-town.csv?year=2021&header=zh',
        { token: bi.secret },
        400,
        'BAD_USER_INPUT',
        'header',
      ],
    ];
    for (const [path, auth, status, code, field] of cases) {
      const res = await get(path, auth);
      expect(res.status, `${path}: ${res.text}`).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const { error } = JSON.parse(res.text);
      expect(error.code, path).toBe(code);
      expect(error.message, path).toMatch(/\p{Script=Han}/u);
      if (field)
        expect(
          error.fields?.map((f: { field: string }) => f.field),
          path,
        ).toEqual([field]);
    }
    const misspelt = JSON.parse((await get('/api/bi/v1/feeds/funding-by-town.csv?yaer=2021')).text).error;
    expect(misspelt.message).toContain('yaer');
    const early = JSON.parse((await get('/api/bi/v1/feeds/funding-by-town.csv?year=1999')).text).error;
    expect(early.message).toBe('年度应在 2016 到 2035 之间');
  });

  it('writes text that a spreadsheet would run as a formula as plain text', () => {
    expect(csvCell('=HYPERLINK("http://x","点我")', FeedColumnType.TEXT)).toBe(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(csvCell('+1', FeedColumnType.TEXT)).toBe("'+1");
    expect(csvCell('@SUM(A1)', FeedColumnType.TEXT)).toBe("'@SUM(A1)");
    expect(csvCell('-12.50', FeedColumnType.MONEY)).toBe('-12.50');
    expect(csvCell('瀛湖镇, 东沟口村', FeedColumnType.TEXT)).toBe('"瀛湖镇, 东沟口村"');
    expect(
      toCsv(
        [
          { key: 'a', label: '甲', type: FeedColumnType.TEXT },
          { key: 'b', label: '乙', type: FeedColumnType.RATE },
        ],
        [{ a: 'x', b: null }],
        'label',
      ),
    ).toBe('\uFEFF甲,乙\r\nx,\r\n');
  });
});
