import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserMissing, type RunningApi, type RunningBrowser, startApi, startBrowser } from './harness';
import { changeInitialPassword, INITIAL_PASSWORD, signIn, signOut } from './session';
import { reportFailures } from './suite';
import { dropdownOf, pickOption, shot } from './widgets';

// 产业发展 through the UI only: the report's figures on the dashboard; 瀛湖镇's clerk registers a park
// of her town, links a household of her town to it and sees the overview count it; the East–West
// enterprises are hers to read, not to register.

const CLERK = 'yinghu';
const CLERK_NAME = /瀛湖镇工作人员/;
const YINGHU = '瀛湖镇';

/** Opens the antd Select of field `id` and picks its first option; returns that option's text. */
async function pickFirst(page: Page, id: string): Promise<string> {
  await page.locator(`[id="${id}"]`).click();
  const option = dropdownOf(page, id).locator('.ant-select-item-option').first();
  await option.waitFor();
  const text = (await option.getAttribute('title')) ?? '';
  await option.click();
  return text;
}

/** The 园区数 and 带动农户 of 瀛湖镇 in the overview's by-town table. */
async function yinghuFigures(page: Page): Promise<{ parks: number; households: number }> {
  const row = page.getByTestId('industry-by-town').locator('tr.ant-table-row').filter({ hasText: YINGHU });
  await row.waitFor({ timeout: 30_000 });
  const cells = await row.getByRole('cell').allTextContents();
  return { parks: Number(cells[1]), households: Number(cells[2]) };
}

describe.skipIf(browserMissing)('产业发展 (built API + built admin + chromium)', () => {
  let api: RunningApi;
  let browser: RunningBrowser;
  let page: Page;
  const pageErrors: string[] = [];
  const parkName = `端到端测试富硒茶园区${Date.now().toString(36)}`;
  let parkPath = '';
  let before = { parks: 0, households: 0 };

  reportFailures(() => ({ page, api }));
  beforeAll(async () => {
    api = await startApi();
    browser = await startBrowser();
    page = await browser.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
  });

  afterAll(async () => {
    await browser?.stop();
    await api?.stop();
  });

  it('the dashboard shows the report’s 220 parks and 5 enterprises investing 1.05 亿元', async () => {
    await page.goto(`${api.baseUrl}/`);
    await signIn(page, 'admin', INITIAL_PASSWORD);
    await changeInitialPassword(page, 'admin');
    const figure = (id: string) => page.getByTestId(id).first().textContent({ timeout: 30_000 });
    expect(await figure('industry-parks')).toBe('220');
    expect(await figure('eastwest-enterprises')).toBe('5');
    expect(await figure('eastwest-investment')).toBe('1.05');
    expect(Number(await figure('industry-households'))).toBeGreaterThan(500);
    const panel = page.locator('.ant-card').filter({ hasText: '产业与协作' });
    expect(await panel.textContent()).toContain('亿元');
    await panel.scrollIntoViewIfNeeded();
    await shot(page, 'industry-dashboard.png');

    // The district registers the enterprises: 新增企业 is there for the administrator.
    await page.goto(`${api.baseUrl}/industry/east-west`);
    await page.getByRole('row').filter({ hasText: '新城地产' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: /新增企业/ }).count()).toBe(1);
    expect(await page.getByTestId('eastwest-investment').textContent()).toBe('1.05');
    await page
      .getByRole('row')
      .filter({ hasText: '新城地产' })
      .getByRole('button', { name: /展开行|Expand row/ })
      .click();
    await page.getByRole('table', { name: '新城地产的投资' }).waitFor();
    await shot(page, 'industry-east-west.png');
    expect(pageErrors).toEqual([]);
    await signOut(page, /区局管理员/);
  });

  it('瀛湖镇’s clerk opens 产业概览 and sees her town only', async () => {
    await page.goto(`${api.baseUrl}/industry/overview`);
    await signIn(page, CLERK, INITIAL_PASSWORD);
    await changeInitialPassword(page, CLERK);
    await page.waitForURL(/\/industry\/overview/, { timeout: 30_000 });
    before = await yinghuFigures(page);
    expect(before.parks).toBeGreaterThan(0);
    const towns = await page.getByTestId('industry-by-town').locator('tr.ant-table-row').allTextContents();
    expect(towns).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });

  it('registers a park of her town through the form', async () => {
    await page.getByRole('menuitem', { name: /园区/ }).first().click();
    await page.getByRole('button', { name: /新建园区/ }).click();
    await page.waitForURL(/\/industry\/parks\/new$/, { timeout: 30_000 });
    await page.getByRole('heading', { name: '新建园区', level: 4 }).waitFor({ timeout: 30_000 });
    await page.getByLabel('园区名称', { exact: true }).fill(parkName);
    await pickOption(page, 'level', '区级');
    await pickOption(page, 'industry', '茶叶');
    await page.getByLabel('经营主体', { exact: true }).fill('汉滨区瀛湖富硒茶叶专业合作社（测试）');
    await pickOption(page, 'operatorKind', '合作社');
    await page.getByLabel('建园年份').fill('2022');
    // Her one town is chosen for her; the villages offered are its own.
    const townItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('所在镇办') });
    await expect.poll(() => townItem.textContent(), { timeout: 30_000 }).toContain(YINGHU);
    await page.locator('[id="townCode"]').click();
    const townOptions = dropdownOf(page, 'townCode').locator('.ant-select-item-option');
    await expect.poll(() => townOptions.allTextContents(), { timeout: 30_000 }).toEqual([YINGHU]);
    await page.keyboard.press('Escape');
    const village = await pickFirst(page, 'villageCode');
    expect(village.length).toBeGreaterThan(0);
    await pickFirst(page, 'otherVillages');
    await page.keyboard.press('Escape');
    await page.getByLabel('面积（亩）').fill('320.5');
    await page.getByLabel('累计投资（元）').fill('1,200,000.50');
    await page.getByLabel('就业岗位').fill('25');
    await shot(page, 'industry-park-form.png');
    await page.getByRole('button', { name: '新建园区' }).click();

    await page.waitForURL(/\/industry\/parks\/(?!new)[0-9a-f-]{36}$/, { timeout: 30_000 });
    parkPath = new URL(page.url()).pathname;
    await expect.poll(() => page.getByRole('heading', { level: 4 }).first().textContent()).toBe(parkName);
    const villages = await page.getByTestId('park-villages').textContent();
    expect(villages).toContain(`${village}（所在村）`);
    // Exact to the fen, as typed.
    expect(await page.locator('.ant-descriptions').textContent()).toContain('1,200,000.50');
    expect(pageErrors).toEqual([]);
  });

  it('finds it in the list and opens it', async () => {
    await page.goto(`${api.baseUrl}/industry/parks?q=${encodeURIComponent(parkName)}`);
    const row = page.getByRole('row').filter({ hasText: parkName });
    await row.waitFor({ timeout: 30_000 });
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('区级');
    expect(text).toContain(YINGHU);
    expect(text).toContain('1,200,000.50');
    await page.goto(`${api.baseUrl}/industry/parks`);
    await page.locator('.ant-table-tbody tr.ant-table-row').nth(5).waitFor({ timeout: 30_000 });
    await shot(page, 'industry-parks.png');
    await page.goto(`${api.baseUrl}/industry/parks?q=${encodeURIComponent(parkName)}`);
    await page.getByRole('link', { name: parkName }).click();
    await page.waitForURL((url) => url.pathname === parkPath, { timeout: 30_000 });
    expect(pageErrors).toEqual([]);
  });

  it('links a household of her town to it', async () => {
    // A household of her register, whatever the seed calls it.
    await page.goto(`${api.baseUrl}/monitoring/households`);
    const first = page.locator('.ant-table-tbody tr.ant-table-row').first();
    await first.waitFor({ timeout: 30_000 });
    const [code, headName, place] = await first.getByRole('cell').allTextContents();
    expect(place.startsWith(YINGHU)).toBe(true);

    await page.goto(`${api.baseUrl}${parkPath}`);
    await page.getByRole('button', { name: /新增带动农户/ }).click();
    const dialog = page.locator('.ant-modal:visible');
    const picker = dialog.getByLabel('农户（户主姓名、成员姓名或户编号）');
    await picker.click();
    await picker.fill(code);
    await dropdownOf(page, 'householdId')
      .locator('.ant-select-item-option')
      .filter({ hasText: code })
      .first()
      .click({ timeout: 30_000 });
    await pickOption(page, 'mode', '务工就业');
    await dialog.getByLabel('户增收（元）').fill('6,800');
    await dialog.getByLabel('备注').fill('端到端测试：园区务工');
    await shot(page, 'industry-link-dialog.png');
    await dialog.getByRole('button', { name: '新增带动农户' }).click();

    const links = page.getByTestId('park-links');
    await links.getByRole('link', { name: `${headName}户` }).waitFor({ timeout: 30_000 });
    expect(await links.textContent()).toContain('6,800.00');
    await expect.poll(() => page.getByTestId('park-linked-households').textContent()).toBe('1 户');
    await shot(page, 'industry-park-detail.png');
    expect(pageErrors).toEqual([]);
  });

  it('the overview counts one more park for 瀛湖镇', async () => {
    await page.getByRole('menuitem', { name: /产业概览/ }).click();
    await page.waitForURL(/\/industry\/overview/, { timeout: 30_000 });
    await expect.poll(async () => (await yinghuFigures(page)).parks, { timeout: 30_000 }).toBe(before.parks + 1);
    // The household may already be carried by another park of the town: it counts once in the town.
    expect((await yinghuFigures(page)).households - before.households).toBeGreaterThanOrEqual(0);
    expect((await yinghuFigures(page)).households - before.households).toBeLessThanOrEqual(1);
    await shot(page, 'industry-overview.png');
    expect(pageErrors).toEqual([]);
  });

  it('reads 东西部协作 but has no 新增企业 (nor 编辑, nor 登记投资)', async () => {
    await page.getByRole('menuitem', { name: /东西部协作/ }).click();
    await page.waitForURL(/\/industry\/east-west/, { timeout: 30_000 });
    await page.getByRole('row').filter({ hasText: '新城地产' }).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('eastwest-enterprises').textContent()).toBe('5');
    expect(await page.getByTestId('eastwest-investment').textContent()).toBe('1.05');
    expect(await page.getByRole('button', { name: /新增企业/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /编\s*辑/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /登记投资/ }).count()).toBe(0);
    await page.getByText('协作企业和投资由区级登记，镇办只能查看。').waitFor();
    await shot(page, 'industry-east-west-clerk.png');
    expect(pageErrors).toEqual([]);
    await signOut(page, CLERK_NAME);
  });
});
