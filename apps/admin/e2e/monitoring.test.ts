import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyPdf, tinyPng } from './files';
import { browserMissing, type RunningApi, type RunningBrowser, startApi, startBrowser } from './harness';
import { changeInitialPassword, INITIAL_PASSWORD, signIn, signOut } from './session';
import { reportFailures } from './suite';
import { bureauDay, shot, typeDate } from './widgets';

// One case, from a low-income warning of 瀛湖镇 to 区级审定, through the UI only: the town clerk
// records the town's steps, the district administrator the district's.

const CLERK = 'yinghu';
const CLERK_NAME = /瀛湖镇工作人员/;

/** The bureau's calendar day `offset` days from today, "YYYY-MM-DD". */
const day = (offset: number): string => bureauDay(offset);

interface StepPlan {
  code: string;
  name: string;
  actedOn: number;
  notice?: [number, number];
  upload?: { kind: string; name: string; mimeType: string; buffer: Buffer };
}

// Dates go up from the discovery 20 days ago; the notice runs 5 days and ends before its step is done.
const DISCOVERED = -20;
const TOWN_STEPS: StepPlan[] = [
  { code: 'HOME_VISIT', name: '入户核查', actedOn: -19 },
  {
    code: 'CONSENT',
    name: '承诺授权',
    actedOn: -18,
    upload: { kind: 'CONSENT_FORM', name: '承诺授权书.pdf', mimeType: 'application/pdf', buffer: tinyPdf('consent') },
  },
  { code: 'DATA_CHECK', name: '信息比对', actedOn: -17 },
  {
    code: 'VILLAGE_REVIEW',
    name: '民主评议',
    actedOn: -15,
    upload: { kind: 'REVIEW_MINUTES', name: '民主评议会议记录.png', mimeType: 'image/png', buffer: tinyPng() },
  },
  {
    code: 'VILLAGE_NOTICE',
    name: '村级公示',
    actedOn: -9,
    notice: [-14, -10],
    upload: { kind: 'NOTICE_PHOTO', name: '公示照片.png', mimeType: 'image/png', buffer: tinyPng([250, 140, 22]) },
  },
  { code: 'TOWN_REVIEW', name: '镇级审核', actedOn: -8 },
];

describe.skipIf(browserMissing)('防返贫监测: a warning taken to 区级审定 (built API + built admin + chromium)', () => {
  let api: RunningApi;
  let browser: RunningBrowser;
  let page: Page;
  const pageErrors: string[] = [];
  let caseUrl = '';
  let caseCode = '';
  let headName = '';

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

  /** The card with the next step's form (or why there is none). */
  const nextStep = () => page.getByTestId('next-step');

  async function recordStep(step: StepPlan) {
    const card = nextStep();
    await card.getByText(`办理：${step.name}`).waitFor({ timeout: 30_000 });
    if (step.notice) {
      // The form states the minimum notice period of the procedure.
      expect(await card.getByTestId('notice-rule').textContent()).toContain('不少于 5 天');
      await typeDate(card.getByLabel('公示开始日期'), day(step.notice[0]));
      await typeDate(card.getByLabel('公示结束日期'), day(step.notice[1]));
    }
    await typeDate(card.getByLabel('办理日期'), day(step.actedOn));
    if (step.upload) {
      const { kind, name, mimeType, buffer } = step.upload;
      await card.getByTestId(`upload-${kind}`).locator('input[type=file]').setInputFiles({ name, mimeType, buffer });
      await expect.poll(() => card.getByTestId(`uploaded-${kind}`).textContent(), { timeout: 30_000 }).toContain(name);
    }
    await card.getByLabel('办理意见').fill(`端到端测试：${step.name}完成`);
    await card.getByRole('button', { name: `提交「${step.name}」` }).click();
    await page.locator(`[data-testid="step-${step.code}"][data-state="done"]`).waitFor({ timeout: 30_000 });
  }

  it('the town clerk opens 预警 and takes a low-income household into monitoring', async () => {
    await page.goto(`${api.baseUrl}/monitoring/warnings`);
    await signIn(page, CLERK, INITIAL_PASSWORD);
    await changeInitialPassword(page, CLERK);
    await page.waitForURL(/\/monitoring\/warnings/, { timeout: 30_000 });

    const row = page
      .getByRole('row')
      .filter({ hasText: '收入低于监测线' })
      .filter({ has: page.getByRole('button', { name: '发起监测' }) })
      .first();
    await row.waitFor({ timeout: 30_000 });
    // Columns: 规则, 预警说明, 镇村, 户主, …; the clerk sees her own town only.
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells[2]).toMatch(/^瀛湖镇 \//);
    headName = cells[3].trim();
    expect(headName.length).toBeGreaterThan(0);
    await shot(page, 'monitoring-warnings.png');

    await row.getByRole('button', { name: '发起监测' }).click();
    const dialog = page.locator('.ant-modal:visible');
    await dialog.getByText(`发起监测：${headName}户`).waitFor();
    // Prefilled from the warning: found by the platform, an income drop, the figures as the reason.
    expect(await dialog.locator('.ant-select').filter({ hasText: '平台监测分析' }).count()).toBe(1);
    expect(await dialog.getByLabel('风险情况').inputValue()).toMatch(/低于当年监测线/);
    await dialog.getByLabel('监测类型').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('边缘易致贫户', { exact: true }).click();
    // 绿色通道 is offered to 突发严重困难户 only.
    expect(await dialog.getByText('绿色通道').count()).toBe(0);
    await typeDate(dialog.getByLabel('发现日期'), day(DISCOVERED));
    await dialog.getByRole('button', { name: '发起监测' }).click();

    await page.waitForURL(/\/monitoring\/cases\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    caseUrl = new URL(page.url()).pathname;
    const heading = page.getByRole('heading', { level: 4 }).first();
    await expect.poll(() => heading.textContent(), { timeout: 30_000 }).toMatch(/JC\d{4}-\d{5}/);
    caseCode = /JC\d{4}-\d{5}/.exec((await heading.textContent()) ?? '')?.[0] ?? '';
    await page.locator('[data-testid="step-RISK_ALERT"][data-state="done"]').waitFor();
    expect(await page.locator('[data-testid="step-HOME_VISIT"]').getAttribute('data-state')).toBe('next');
    expect(pageErrors).toEqual([]);
  });

  it('records the town’s steps in order, with materials and a 5-day notice, up to 镇级审核', async () => {
    for (const step of TOWN_STEPS) {
      if (step.code === 'VILLAGE_NOTICE') {
        // The notice to post in the village: the household is on it, no ID number is.
        await page.getByRole('link', { name: /生成村级公示/ }).click();
        const notice = page.getByTestId('village-notice');
        await notice.waitFor({ timeout: 30_000 });
        const text = (await notice.textContent()) ?? '';
        expect(text).toContain(headName);
        expect(text).not.toMatch(/\d{17}[\dXx]/);
        expect(text).not.toMatch(/\d{6}\*{4,}\d{3,4}[\dXx]?/);
        expect(text).not.toMatch(/\d{15,}/);
        expect(await page.getByRole('button', { name: /打\s*印/ }).count()).toBe(1);
        await shot(page, 'monitoring-notice.png');
        // Printed, the sheet stands alone: no side menu.
        await page.emulateMedia({ media: 'print' });
        expect(await page.getByRole('menu').first().isVisible()).toBe(false);
        expect(await page.getByRole('button', { name: /打\s*印/ }).isVisible()).toBe(false);
        expect(await notice.isVisible()).toBe(true);
        await shot(page, 'monitoring-notice-print.png');
        await page.emulateMedia({ media: 'screen' });
        await page.getByRole('button', { name: /返回案件/ }).click();
        await page.waitForURL((url) => url.pathname === caseUrl, { timeout: 30_000 });
      }
      await recordStep(step);
    }
    // Three materials went in with their steps and are linked from the timeline.
    const links = page.locator('a[href^="/api/monitoring/attachments/"]');
    expect(await links.count()).toBe(3);
    // Each opens with the session (the link is same-origin), as the type the API recognised.
    const consent = await links.filter({ hasText: '承诺授权书.pdf' }).getAttribute('href');
    const download = await page.request.get(`${api.baseUrl}${consent}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect((await download.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageErrors).toEqual([]);
  });

  it('the case now waits for 区级审定, for which the clerk has no form', async () => {
    const card = nextStep();
    await card.getByText('待区级审定').first().waitFor({ timeout: 30_000 });
    expect(await card.getByRole('button', { name: /提交/ }).count()).toBe(0);
    expect(await card.locator('form').count()).toBe(0);
    expect(await page.locator('[data-testid="step-DISTRICT_APPROVAL"]').getAttribute('data-state')).toBe('next');
    await shot(page, 'monitoring-case-clerk.png');

    await page.goto(`${api.baseUrl}/monitoring/board`);
    const column = page.getByTestId('board-DISTRICT_APPROVAL');
    await column.getByText(caseCode).waitFor({ timeout: 30_000 });
    await shot(page, 'monitoring-board-clerk.png');
    expect(pageErrors).toEqual([]);
    await signOut(page, CLERK_NAME);
  });

  it('the district administrator records 区级审定: the household is 已纳入监测（帮扶中）', async () => {
    await page.goto(`${api.baseUrl}${caseUrl}`);
    await signIn(page, 'admin', INITIAL_PASSWORD);
    await changeInitialPassword(page, 'admin');
    await page.waitForURL((url) => url.pathname === caseUrl, { timeout: 30_000 });
    const card = nextStep();
    await card.getByText('办理：区级审定').waitFor({ timeout: 30_000 });
    await card.getByLabel('办理意见').fill('端到端测试：区级审定通过');
    await card.getByRole('button', { name: '提交「区级审定」' }).click();
    await page.locator('[data-testid="step-DISTRICT_APPROVAL"][data-state="done"]').waitFor({ timeout: 30_000 });
    const header = page.getByRole('heading', { level: 4 }).first();
    await expect.poll(() => header.textContent(), { timeout: 30_000 }).toContain('已纳入监测（帮扶中）');
    await card.getByText('识别程序已结束').waitFor();
    await shot(page, 'monitoring-case-approved.png');

    await page.goto(`${api.baseUrl}/monitoring/board`);
    await page.getByTestId('board-HOME_VISIT').waitFor({ timeout: 30_000 });
    expect(await page.getByText(caseCode).count()).toBe(0);
    await shot(page, 'monitoring-board.png');
    expect(pageErrors).toEqual([]);
  });
});
