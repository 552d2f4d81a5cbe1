import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserMissing,
  type RunningApi,
  type RunningBrowser,
  saveScreenshot,
  startApi,
  startBrowser,
} from './harness';
import { changeInitialPassword, INITIAL_PASSWORD, signIn, signOut } from './session';
import { reportFailures } from './suite';

// Short enough to wait out in a test, long enough for each step between two requests on a busy
// machine. The API reads it from its environment; `me` tells the admin.
const IDLE_SECONDS = 12;
const YINGHU = '瀛湖镇';
const LAOCHENG_CODE = '610902001';

describe.skipIf(browserMissing)('a town clerk (built API + built admin + chromium)', () => {
  let api: RunningApi;
  let browser: RunningBrowser;
  let page: Page;
  const pageErrors: string[] = [];
  /** A project of 老城街道, which 瀛湖镇's clerk must not open. */
  let otherTownProject = '';
  let yinghuPassword = '';

  reportFailures(() => ({ page, api }));
  beforeAll(async () => {
    api = await startApi({ env: { SESSION_IDLE_TIMEOUT_SECONDS: String(IDLE_SECONDS) } });
    browser = await startBrowser();
    page = await browser.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
  });

  afterAll(async () => {
    await browser?.stop();
    await api?.stop();
  });

  it('(the district administrator finds a 老城街道 project, then signs out)', async () => {
    await page.goto(`${api.baseUrl}/projects?town=${LAOCHENG_CODE}`);
    await signIn(page, 'admin', INITIAL_PASSWORD);
    await changeInitialPassword(page, 'admin');
    const link = page.getByRole('row').nth(1).getByRole('link').first();
    await link.waitFor({ timeout: 30_000 });
    otherTownProject = (await link.getAttribute('href')) ?? '';
    expect(otherTownProject).toMatch(/^\/projects\/[^/]+$/);
    await signOut(page, /区局管理员/);
  });

  it('signs in as yinghu, replaces the initial password and sees her name and town', async () => {
    await signIn(page, 'yinghu', INITIAL_PASSWORD);
    yinghuPassword = await changeInitialPassword(page, 'yinghu');
    await page.getByRole('button', { name: /镇办工作人员/ }).waitFor({ timeout: 30_000 });
    expect(await page.getByText(`镇办工作人员 · ${YINGHU}`).count()).toBe(1);
    // No 系统管理 for a clerk.
    expect(await page.getByRole('menuitem', { name: /系统管理/ }).count()).toBe(0);
  });

  it('sees only 瀛湖镇’s projects, and the town filter offers only 瀛湖镇', async () => {
    await page.getByRole('link', { name: /项目库/ }).click();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor({ timeout: 30_000 });
    const places = await page.locator('.ant-table-tbody tr.ant-table-row td:nth-child(4)').allTextContents();
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) expect(place.startsWith(YINGHU), place).toBe(true);

    await page.locator('.ant-select', { has: page.getByText('镇办 / 村') }).click();
    const towns = page.locator('.ant-cascader-menu').first().locator('.ant-cascader-menu-item');
    await towns.first().waitFor();
    expect(await towns.allTextContents()).toEqual([YINGHU]);
    await page.keyboard.press('Escape');
    await saveScreenshot(page, 'town-clerk-projects.png');
    expect(pageErrors).toEqual([]);
  });

  it('cannot open 老城街道’s project by its URL', async () => {
    await page.goto(`${api.baseUrl}${otherTownProject}`);
    await page
      .getByText(/项目不存在|无权访问/)
      .first()
      .waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: /编\s*辑/ }).count()).toBe(0);
    await saveScreenshot(page, 'town-clerk-other-town.png');
  });

  it('is signed out once the session has been idle, and told why', async () => {
    await page.getByText('登录已过期，请重新登录').waitFor({ timeout: (IDLE_SECONDS + 20) * 1000 });
    expect(new URL(page.url()).pathname).toBe('/login');
    await saveScreenshot(page, 'town-clerk-expired.png');
  });

  it('when the API finds the session expired first, returns to the page after signing in again', async () => {
    await signIn(page, 'yinghu', yinghuPassword);
    await page.waitForURL((url) => url.pathname !== '/login', { timeout: 30_000 });
    await page.getByRole('link', { name: /资金/ }).first().waitFor({ timeout: 30_000 });
    // Keep this tab's own countdown from firing (as if another tab had been busy): the next
    // request is then the first to learn that the session is gone, from the API. Wait for the page's
    // requests first: a late answer records its own (earlier) activity over the one set here.
    await page.waitForLoadState('networkidle', { timeout: 30_000 });
    await page.evaluate(() => window.localStorage.setItem('hb.session.activity', String(Date.now() + 3_600_000)));
    await page.waitForTimeout((IDLE_SECONDS + 3) * 1000);
    await page.getByRole('link', { name: /资金/ }).first().click();
    await page.getByText('登录已过期，请重新登录').waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('next')).toBe('/funds');
    await signIn(page, 'yinghu', yinghuPassword);
    await page.waitForURL((url) => url.pathname === '/funds', { timeout: 30_000 });
    expect(pageErrors).toEqual([]);
  });
});
