import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserMissing } from './harness';
import { changeInitialPassword, INITIAL_PASSWORD, signIn, signOut } from './session';
import { browserSuite } from './suite';
import { dropdownOf, pickOption, shot, typeDate } from './widgets';

// 驻村帮扶 through the UI only: the report's 271 / 410 / 1,492 on the dashboard; 瀛湖镇's clerk opens
// 全覆盖 for her town, ends every member of one covered village's team (so the village lacks a team),
// is refused a term ending before it starts and a cadre who is already in another team, registers a
// new member and sees the village covered again.

const CLERK = 'yinghu';
const NEW_MEMBER = '端到端测试队员';

/** The day before `date` ("YYYY-MM-DD"). */
function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** Picks from a long antd Select (which renders only the options in view) by typing the option first. */
async function pickSearched(page: Page, id: string, option: string) {
  const select = page.locator(`[id="${id}"]`);
  await select.click();
  await select.fill(option);
  await dropdownOf(page, id).getByTitle(option, { exact: true }).click();
}

/** A figure of the page by its test id, as a number. */
async function figure(page: Page, testId: string): Promise<number> {
  return Number(await page.getByTestId(testId).first().textContent({ timeout: 30_000 }));
}

/** The row of a covered village in 全覆盖 (her one town is open). */
function villageRow(page: Page, village: string) {
  return page.locator('.ant-table-expanded-row tr.ant-table-row').filter({ hasText: village });
}

/** The in-post members of the team page: name, "unit · title", start date. */
async function membersInPost(page: Page): Promise<{ name: string; unitAndTitle: string; startedOn: string }[]> {
  const rows = page.getByTestId('team-members').locator('tr.ant-table-row');
  const out = [];
  for (const row of await rows.all()) {
    const [cadre, , startedOn] = await row.getByRole('cell').all();
    const name = (await cadre.locator('div').first().textContent()) ?? '';
    const unitAndTitle = (await cadre.locator('.ant-typography').textContent()) ?? '';
    out.push({ name, unitAndTitle, startedOn: (await startedOn.textContent()) ?? '' });
  }
  return out;
}

describe.skipIf(browserMissing)('驻村帮扶 (built API + built admin + chromium)', () => {
  const suite = browserSuite();
  const { pageErrors } = suite;
  let village = '';
  let teamPath = '';
  let lackingBefore = 0;
  /** A cadre in post in another team of her town: adding them here must be refused. */
  let busy = { name: '', unitAndTitle: '' };

  it('the dashboard shows the report’s 271 first secretaries, 410 teams, 1,492 members, no covered village lacking', async () => {
    const { page, api } = suite;
    await page.goto(`${api.baseUrl}/`);
    await signIn(page, 'admin', INITIAL_PASSWORD);
    await changeInitialPassword(page, 'admin');
    expect(await figure(page, 'stationing-secretaries')).toBe(271);
    expect(await figure(page, 'stationing-teams')).toBe(410);
    expect(await figure(page, 'stationing-members')).toBe(1492);
    expect(await figure(page, 'stationing-lack-team')).toBe(0);
    expect(await figure(page, 'stationing-lack-secretary')).toBe(0);
    const panel = page.locator('.ant-card').filter({ hasText: '驻村帮扶' });
    await panel.scrollIntoViewIfNeeded();
    await shot(page, 'stationing-dashboard.png');
    expect(pageErrors).toEqual([]);
    await signOut(page, /区局管理员/);
  });

  it('瀛湖镇’s clerk opens 全覆盖 for her town: every covered village has a team and a secretary', async () => {
    const { page, api } = suite;
    await page.goto(`${api.baseUrl}/stationing/coverage`);
    await signIn(page, CLERK, INITIAL_PASSWORD);
    await changeInitialPassword(page, CLERK);
    await page.waitForURL(/\/stationing\/coverage/, { timeout: 30_000 });
    lackingBefore = await figure(page, 'coverage-lack-team');
    expect(lackingBefore).toBe(0);
    // Her one town, open, with its villages.
    const rows = page.locator('.ant-table-expanded-row tr.ant-table-row');
    await rows.first().waitFor({ timeout: 30_000 });
    expect(await page.locator('tr[data-gap="true"]').count()).toBe(0);
    // Town rows are keyed by the 9-digit town code, village rows by the 12-digit village code.
    const keys = await page
      .locator('tr.ant-table-row[data-row-key]')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-key') ?? ''));
    expect(keys.filter((k) => k.length === 9)).toEqual(['610902102']);
    await shot(page, 'stationing-coverage.png');

    // Another covered village's team: one of its members is the cadre who may not be in two teams.
    await rows.nth(1).getByRole('link', { name: '查看工作队' }).click();
    await page.waitForURL(/\/stationing\/teams\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    await page.getByTestId('team-members').locator('tr.ant-table-row').first().waitFor({ timeout: 30_000 });
    busy = (await membersInPost(page))[0];
    expect(busy.name.length).toBeGreaterThan(0);

    await page.goBack();
    village = ((await rows.first().locator('td').first().textContent()) ?? '').trim();
    await rows.first().getByRole('link', { name: '查看工作队' }).click();
    await page.waitForURL(/\/stationing\/teams\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    teamPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 4 }).filter({ hasText: village }).waitFor({ timeout: 30_000 });
    expect(pageErrors).toEqual([]);
  });

  it('a term cannot end before it starts: the form says so in Chinese and nothing is sent', async () => {
    const { page } = suite;
    const first = (await membersInPost(page))[0];
    const row = page.getByTestId('team-members').locator('tr.ant-table-row').filter({ hasText: first.name });
    await row.getByRole('button', { name: /离\s*队/ }).click();
    const dialog = page.locator('.ant-modal:visible');
    await typeDate(dialog.getByLabel('离队日期'), dayBefore(first.startedOn));
    await dialog.getByRole('button', { name: /离\s*队/ }).click();
    await dialog.getByText(`离任（离队）日期不能早于到任日期（${first.startedOn}）`).waitFor({ timeout: 30_000 });
    await shot(page, 'stationing-end-before-start.png');
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('team-members').locator('tr.ant-table-row').count()).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });

  it('ends every member of the team: the village is listed as lacking a team', async () => {
    const { page } = suite;
    const rows = page.getByTestId('team-members').locator('tr.ant-table-row');
    const count = await rows.count();
    for (let i = 0; i < count; i++) {
      await rows
        .first()
        .getByRole('button', { name: /离\s*队/ })
        .click();
      const dialog = page.locator('.ant-modal:visible');
      await pickOption(page, 'reason', '任期届满');
      await dialog.getByRole('button', { name: /离\s*队/ }).click();
      await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(count - i - 1);
    }
    await page.getByText('该工作队没有在岗队员，不计入驻村全覆盖；请办理队员到岗。').waitFor();
    // The history keeps them, with why they left.
    const history = page.getByTestId('team-history');
    expect(await history.locator('tr.ant-table-row').filter({ hasText: '任期届满' }).count()).toBe(count);

    await page.getByRole('menuitem', { name: /全覆盖/ }).click();
    await page.waitForURL(/\/stationing\/coverage/, { timeout: 30_000 });
    await expect.poll(() => figure(page, 'coverage-lack-team'), { timeout: 30_000 }).toBe(lackingBefore + 1);
    const row = villageRow(page, village);
    expect(await row.getAttribute('data-gap')).toBe('true');
    expect(await row.textContent()).toContain('有队无人在岗');
    await row.scrollIntoViewIfNeeded();
    await shot(page, 'stationing-coverage-gap.png');
    expect(pageErrors).toEqual([]);
  });

  it('a cadre already in another team is refused, with the reason under the field', async () => {
    const { page } = suite;
    await villageRow(page, village).getByRole('link', { name: '办理队员到岗' }).click();
    await page.waitForURL((url) => url.pathname === teamPath, { timeout: 30_000 });
    await page.getByRole('button', { name: /队员到岗/ }).click();
    const dialog = page.locator('.ant-modal:visible');
    const picker = dialog.getByRole('combobox', { name: /已登记的干部/ });
    await picker.click();
    await picker.fill(busy.name);
    await dropdownOf(page, 'cadreId')
      .getByTitle(`${busy.name} · ${busy.unitAndTitle}`, { exact: true })
      .first()
      .click({ timeout: 30_000 });
    await dialog.getByRole('button', { name: '队员到岗' }).click();
    await dialog.getByText('该干部已在其他工作队').waitFor({ timeout: 30_000 });
    await shot(page, 'stationing-member-in-two-teams.png');
    expect(await page.getByTestId('team-members').locator('tr.ant-table-row').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('registers a new member: the team is stationed again and 全覆盖 counts the village covered', async () => {
    const { page } = suite;
    const dialog = page.locator('.ant-modal:visible');
    await dialog.getByText('登记新干部').click();
    await dialog.getByLabel('姓名', { exact: true }).fill(NEW_MEMBER);
    await pickSearched(page, 'unitId', '区财政局');
    await dialog.getByLabel('单位职务（选填）').fill('科员');
    await pickOption(page, 'role', '队长');
    await shot(page, 'stationing-add-member.png');
    await dialog.getByRole('button', { name: '队员到岗' }).click();
    const members = page.getByTestId('team-members');
    await members.locator('tr.ant-table-row').filter({ hasText: NEW_MEMBER }).waitFor({ timeout: 30_000 });
    expect(await members.textContent()).toContain('区财政局 · 科员');
    expect(await page.getByTestId('team-member-count').textContent()).toBe('1 人');
    await shot(page, 'stationing-team.png');

    await page.getByRole('menuitem', { name: /全覆盖/ }).click();
    await page.waitForURL(/\/stationing\/coverage/, { timeout: 30_000 });
    await expect.poll(() => figure(page, 'coverage-lack-team'), { timeout: 30_000 }).toBe(lackingBefore);
    const row = villageRow(page, village);
    expect(await row.getAttribute('data-gap')).toBeNull();
    expect(await row.textContent()).toContain('在驻 · 1 人在岗');
    expect(pageErrors).toEqual([]);
  });

  it('the lists of teams and first secretaries show her town only', async () => {
    const { page } = suite;
    await page.getByRole('menuitem', { name: /驻村工作队/ }).click();
    await page.waitForURL(/\/stationing\/teams$/, { timeout: 30_000 });
    await page.getByRole('heading', { name: '驻村工作队', level: 4 }).waitFor({ timeout: 30_000 });
    const teams = page.locator('.ant-table-tbody tr.ant-table-row');
    await teams.first().waitFor({ timeout: 30_000 });
    for (const text of await teams.allTextContents()) expect(text).toContain('瀛湖镇');
    await shot(page, 'stationing-teams.png');
    await page.getByRole('button', { name: /组建工作队/ }).click();
    await page.waitForURL(/\/stationing\/teams\/new$/, { timeout: 30_000 });
    await page.getByText('一个村（社区）同时只有一个在驻工作队', { exact: false }).waitFor({ timeout: 30_000 });
    await shot(page, 'stationing-team-form.png');

    await page.getByRole('menuitem', { name: /第一书记/ }).click();
    await page.waitForURL(/\/stationing\/secretaries$/, { timeout: 30_000 });
    await page.getByRole('heading', { name: '第一书记', level: 4 }).waitFor({ timeout: 30_000 });
    const secretaries = page.locator('.ant-table-tbody tr.ant-table-row');
    await secretaries.first().waitFor({ timeout: 30_000 });
    for (const text of await secretaries.allTextContents()) expect(text).toContain('瀛湖镇');
    await secretaries
      .first()
      .getByRole('button', { name: /历\s*任/ })
      .click();
    await page.getByTestId('secretary-history').locator('tr.ant-table-row').first().waitFor({ timeout: 30_000 });
    await shot(page, 'stationing-secretary-history.png');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /选派第一书记/ }).click();
    const dialog = page.locator('.ant-modal:visible');
    await dialog.getByText(/原书记在新书记到任前一日离任/).waitFor();
    await shot(page, 'stationing-appoint.png');
    expect(pageErrors).toEqual([]);
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'hidden' });
  });
});
