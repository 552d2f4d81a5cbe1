import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, within } from '@testing-library/react';
import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../../test/render';
import { type GraphqlExample, GUIDE_EXAMPLES } from './examples';
import { API_LIMITS } from './limits';
import { errorRows, guideText } from './locale';
import { compactQuery, containsExcerpt, curlCommand, excerptText, requestBody, shellQuote } from './requests';
import { tokenNeeds } from './tokenNeeds';

const graphqlExamples = GUIDE_EXAMPLES.filter((e): e is GraphqlExample => e.kind === 'graphql');

describe('接口说明 (/guide)', () => {
  it('opens without signing in, in Chinese, with every section', async () => {
    const { router } = renderAt('/guide', [], { viewer: null });
    expect(await screen.findByRole('heading', { name: '数据接口说明（合作单位）' })).toBeTruthy();
    for (const section of [
      '获取令牌',
      '接口地址与认证',
      '分页',
      '错误与代码',
      '限制',
      '个人信息',
      'BI 数据集（CSV）',
      '示例',
    ])
      expect(screen.getByRole('heading', { level: 3, name: section })).toBeTruthy();
    for (const group of ['地区', '项目库', '资金', '防返贫监测', '产业', '驻村帮扶', 'BI 汇总'])
      expect(screen.getByRole('heading', { level: 4, name: group })).toBeTruthy();
    // Nobody is signed in, and nobody is sent to the sign-in page.
    expect(router.state.location.pathname).toBe('/guide');
    expect(screen.getByRole('link', { name: /接口调试台/ }).getAttribute('href')).toBe('/explorer');
  });

  it('shows each example with its curl command for this server and the excerpt of its answer', async () => {
    renderAt('/guide', [], { viewer: null });
    await screen.findByRole('heading', { name: '数据接口说明（合作单位）' });
    const origin = window.location.origin;
    for (const example of GUIDE_EXAMPLES) {
      const card = screen.getByTestId(`example-${example.id}`);
      expect(within(card).getByText(example.title)).toBeTruthy();
      expect(within(card).getByText(tokenNeeds(example.token))).toBeTruthy();
      expect(screen.getByTestId(`curl-${example.id}`).textContent).toBe(curlCommand(example, origin));
      expect(screen.getByTestId(`excerpt-${example.id}`).textContent).toBe(excerptText(example));
      const open = within(card).queryByRole('link', { name: /在调试台中打开/ });
      if (example.kind === 'graphql') expect(open?.getAttribute('href')).toBe(`/explorer?example=${example.id}`);
      else expect(open).toBeNull();
    }
  });

  it('states the error codes and the limits', async () => {
    renderAt('/guide', [], { viewer: null });
    const errors = await screen.findByTestId('error-table');
    for (const row of errorRows) expect(within(errors).getByText(row.code)).toBeTruthy();
    const limits = screen.getByTestId('limit-table');
    expect(within(limits).getByText(`${API_LIMITS.maxDepth} 层`)).toBeTruthy();
    expect(within(limits).getByText(`${API_LIMITS.maxAliases} 个`)).toBeTruthy();
    expect(within(limits).getByText(/^20000：每个字段记 1/)).toBeTruthy();
    expect(
      within(limits).getByText(`最多 ${API_LIMITS.maxPageSize}，不传为 ${API_LIMITS.defaultPageSize}`),
    ).toBeTruthy();
    expect(within(limits).getByText('30 秒')).toBeTruthy();
  });
});

describe('the error table', () => {
  it('names every code the API’s domain errors have (the sign-in one among the staff-only codes)', () => {
    const source = readFileSync(resolve(__dirname, '../../../../api/src/common/errors.ts'), 'utf8');
    const union = /export type ErrorCode =([^;]*);/.exec(source)?.[1] ?? '';
    const codes = [...union.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThanOrEqual(8);
    const documented = `${errorRows.map((r) => r.code).join(' ')} ${guideText.errorsStaffOnly}`;
    for (const code of codes) expect(documented, code).toContain(code);
  });
});

describe('the curl commands', () => {
  it('are built from the query: one line, the token from $HANBIN_TOKEN, the JSON body quoted for the shell', () => {
    const towns = GUIDE_EXAMPLES.find((e) => e.id === 'towns') as GraphqlExample;
    expect(curlCommand(towns, 'https://hanbin.example')).toBe(
      `curl -s https://hanbin.example/graphql -H 'content-type: application/json' -H "authorization: Bearer $HANBIN_TOKEN" -d '{"query":"query Towns { towns { code name } }"}'`,
    );
    const villages = GUIDE_EXAMPLES.find((e) => e.id === 'villages-of-town') as GraphqlExample;
    expect(curlCommand(villages, 'https://hanbin.example')).toContain(
      `-d '{"query":"query VillagesOfTown($townCode: ID!, $first: Int) { villages(filter: { townCode: $townCode }, first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { node { code name categories } } } }","variables":{"townCode":"610902102","first":5}}'`,
    );
    const feed = GUIDE_EXAMPLES.find((e) => e.id === 'bi-feed-funding-by-town');
    expect(feed && curlCommand(feed, 'https://hanbin.example')).toBe(
      `curl -s -H "authorization: Bearer $HANBIN_TOKEN" 'https://hanbin.example/api/bi/v1/feeds/funding-by-town.csv?year=2021&fundCategory=BRIDGING'`,
    );
  });

  it('send the same operation as the query the guide prints', () => {
    expect(compactQuery('query  A {\n  a\n}\n')).toBe('query A { a }');
    for (const example of graphqlExamples) {
      expect(print(parse(requestBody(example).query)), example.id).toBe(print(parse(example.query)));
      expect(requestBody(example).query).not.toMatch(/\n| {2}/);
    }
  });

  it('quote for the shell whatever the body holds (a bash round trip)', () => {
    for (const text of ["it's", `{"q":"a 'b' \\"c\\" $HOME \`x\`"}`, '村（社区）']) {
      expect(execFileSync('bash', ['-c', `printf %s ${shellQuote(text)}`], { encoding: 'utf8' })).toBe(text);
    }
  });
});

describe('containsExcerpt', () => {
  it('matches objects by their keys and arrays by their first rows; an empty array means none', () => {
    const answer = { data: { rows: [{ a: 1, b: 2 }, { a: 3 }], gaps: [], n: null } };
    expect(containsExcerpt(answer, { data: { rows: [{ a: 1 }] } })).toBe(true);
    expect(containsExcerpt(answer, { data: { rows: [{ a: 1 }, { a: 3 }], gaps: [], n: null } })).toBe(true);
    expect(containsExcerpt(answer, { data: { rows: [{ a: 3 }] } })).toBe(false);
    expect(containsExcerpt(answer, { data: { rows: [{ a: 1 }, { a: 3 }, { a: 5 }] } })).toBe(false);
    expect(containsExcerpt({ gaps: [{ v: 1 }] }, { gaps: [] })).toBe(false);
    expect(containsExcerpt(answer, { data: { missing: null } })).toBe(false);
    expect(containsExcerpt({ n: '1' }, { n: 1 })).toBe(false);
  });
});
