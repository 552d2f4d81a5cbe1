import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueToken, signInOverApi } from './api-client';
import { browserMissing, screenshotPath } from './harness';
import { changeInitialPassword, INITIAL_PASSWORD, signIn } from './session';
import { browserSuite } from './suite';
import { SHOTS_DIR, shot } from './widgets';

/** The guide is some 26,000 px long: what a reader sees first is the shot worth keeping. */
async function viewportShot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: screenshotPath(name), animations: 'disabled', timeout: 60_000 });
  mkdirSync(SHOTS_DIR, { recursive: true });
  copyFileSync(screenshotPath(name), join(SHOTS_DIR, name));
}

/** What the GraphiQL response pane shows, its lines run together (Monaco writes spaces as no-break spaces). */
async function responseText(page: Page): Promise<string> {
  const text = await page.locator('.graphiql-response .view-lines').textContent();
  return (text ?? '').replaceAll('\u00a0', ' ');
}

/** Runs the operation in the explorer and returns the JSON answer the API sent. */
async function runInExplorer(page: Page): Promise<{ request: Request; body: any }> {
  const answered = page.waitForResponse(
    (res) => new URL(res.url()).pathname === '/graphql' && res.request().headers()['x-hanbin-client'] === 'explorer',
    { timeout: 30_000 },
  );
  await page.locator('.graphiql-execute-button').click();
  const response = await answered;
  return { request: response.request(), body: await response.json() };
}

async function waitForEditor(page: Page, text: string) {
  await page.locator('.graphiql-query-editor .view-lines').filter({ hasText: text }).waitFor({ timeout: 60_000 });
}

describe.skipIf(browserMissing)('接口说明 and 接口调试台 (built API + built admin + chromium)', () => {
  const suite = browserSuite();
  let partnerToken = '';

  beforeAll(async () => {
    const admin = await signInOverApi(suite.api.baseUrl, 'admin');
    partnerToken = await issueToken(suite.api.baseUrl, admin, { kind: 'PARTNER', datasets: ['PLACES'] });
  });

  it('the guide opens without signing in, from the sign-in page, in Chinese, with commands for this server', async () => {
    const { page, api } = suite;
    await page.goto(`${api.baseUrl}/login`);
    await page.getByRole('link', { name: '接口说明（合作单位）' }).click();
    await page.waitForURL(/\/guide$/, { timeout: 30_000 });
    await page.getByRole('heading', { name: '数据接口说明（合作单位）' }).waitFor({ timeout: 30_000 });
    for (const section of ['获取令牌', '接口地址与认证', '分页', '错误与代码', '限制', '个人信息', '示例'])
      expect(await page.getByRole('heading', { name: section, exact: true }).count(), section).toBe(1);
    const curl = await page.getByTestId('curl-towns').textContent();
    expect(curl).toBe(
      `curl -s ${api.baseUrl}/graphql -H 'content-type: application/json' -H "authorization: Bearer $HANBIN_TOKEN" -d '{"query":"query Towns { towns { code name } }"}'`,
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await viewportShot(page, 'guide.png');
    await page.getByTestId('error-table').scrollIntoViewIfNeeded();
    await viewportShot(page, 'guide-errors.png');
    await page.getByTestId('example-villages-of-town').evaluate((card) => card.scrollIntoView({ block: 'start' }));
    await viewportShot(page, 'guide-example.png');
    expect(suite.pageErrors).toEqual([]);
  });

  it('a partner opens an example in the explorer, pastes a token and reads the answer', async () => {
    const { page } = suite;
    await page
      .getByTestId('example-villages-of-town')
      .getByRole('link', { name: /在调试台中打开/ })
      .click();
    await page.waitForURL(/\/explorer\?example=villages-of-town/, { timeout: 30_000 });
    await page.getByText('示例：一个镇办的村（社区）和村类型').waitFor({ timeout: 30_000 });
    await waitForEditor(page, 'VillagesOfTown');
    await page.getByRole('textbox', { name: '接口令牌' }).fill(partnerToken);
    const { request, body } = await runInExplorer(page);
    const headers = await request.allHeaders();
    expect(headers.authorization).toBe(`Bearer ${partnerToken}`);
    expect(headers.cookie).toBeUndefined();
    expect(body.errors).toBeUndefined();
    expect(body.data.villages.totalCount).toBe(27);
    await page.locator('.graphiql-response .view-lines').filter({ hasText: '瀛湖社区' }).waitFor({ timeout: 30_000 });
    expect(await responseText(page)).toContain('"totalCount": 27');
    // The token stays in the page's memory: nothing of it in the browser's storage.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(stored).not.toContain(partnerToken);
    await shot(page, 'explorer-token.png');
    expect(suite.pageErrors).toEqual([]);
  });

  it('a signed-in town clerk runs a query with her session and sees her town only', async () => {
    const { page, api } = suite;
    await page.goto(`${api.baseUrl}/login`);
    await signIn(page, 'yinghu', INITIAL_PASSWORD);
    await changeInitialPassword(page, 'yinghu');
    await page.getByRole('button', { name: /镇办工作人员/ }).waitFor({ timeout: 30_000 });
    // The side menu leads to the guide; the guide to the explorer.
    await page.getByRole('link', { name: /接口说明/ }).click();
    await page.waitForURL(/\/guide$/, { timeout: 30_000 });
    await page.goto(`${api.baseUrl}/explorer?example=funding-by-town`);
    await page.getByText(/以 .* 的身份查询，范围：瀛湖镇/).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('textbox', { name: '接口令牌' }).count()).toBe(0);
    await waitForEditor(page, 'FundingByTown');
    const { request, body } = await runInExplorer(page);
    const headers = await request.allHeaders();
    expect(headers.authorization).toBeUndefined();
    expect(headers.cookie).toMatch(/hb_session=/);
    expect(body.errors).toBeUndefined();
    expect(body.data.fundingSummary.rows.map((r: { label: string }) => r.label)).toEqual(['瀛湖镇']);
    await page.locator('.graphiql-response .view-lines').filter({ hasText: '瀛湖镇' }).waitFor({ timeout: 30_000 });
    expect(await responseText(page)).not.toContain('老城街道');
    await shot(page, 'explorer-clerk.png');

    // A mutation is not sent at all: the explorer says it is for reading.
    await page.locator('.graphiql-query-editor .monaco-editor textarea').focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('mutation { signOut }');
    await page.locator('.graphiql-execute-button').click();
    await page
      .locator('.graphiql-response .view-lines')
      .filter({ hasText: '只能执行查询' })
      .waitFor({ timeout: 30_000 });
    expect(suite.pageErrors).toEqual([]);
  });
});
