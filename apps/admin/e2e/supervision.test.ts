import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserMissing } from './harness';
import { changeInitialPassword, INITIAL_PASSWORD, newPasswordFor, signIn, signOut } from './session';
import { browserSuite } from './suite';
import { bureauDay, dropdownOf, pickOption, shot, typeDate } from './widgets';

// 督查督办 through the UI only: the supervisor (督查审计人员) finds the seeded overdue tasks, assigns a
// task to 瀛湖镇 (after one refused deadline), 瀛湖镇's clerk reports its rectification, the supervisor
// fails the re-check with a new deadline, the clerk rectifies again, and the supervisor closes it.

const SUPERVISOR = { username: 'auditor', name: /督查审计人员/ };
const CLERK = { username: 'yinghu', name: /瀛湖镇工作人员/ };
const YINGHU = '瀛湖镇';
const YINGHU_TASKS = '/supervision/tasks?town=610902102';

/** The row of the task with code `code` in the list on screen. */
function taskRow(page: Page, code: string): Locator {
  return page.locator('tr.ant-table-row').filter({ has: page.getByRole('button', { name: code, exact: true }) });
}

/** The dialog with title `title` (the three task dialogs are all rendered, only one is shown). */
function dialog(page: Page, title: RegExp): Locator {
  return page.locator('.ant-modal:visible').filter({ has: page.locator('.ant-modal-title', { hasText: title }) });
}

describe.skipIf(browserMissing)('督查督办 (built API + built admin + chromium)', () => {
  const suite = browserSuite();
  const { pageErrors } = suite;
  const finding = `端到端测试：村级公示栏未按期更新（${Date.now().toString(36)}）`;
  let code = '';
  /** The district's tasks as the dashboard counts them, before this run assigns one more. */
  let taskCount = 0;
  const signedInBefore = new Set<string>();

  /** Signs `who` in at `path`: with the initial password (then changed) the first time. */
  async function signInAt(who: { username: string }, path: string) {
    const { page, api } = suite;
    await page.goto(`${api.baseUrl}${path}`);
    await page.waitForURL(/\/login/, { timeout: 30_000 });
    if (signedInBefore.has(who.username)) {
      await signIn(page, who.username, newPasswordFor(who.username));
    } else {
      await signIn(page, who.username, INITIAL_PASSWORD);
      await changeInitialPassword(page, who.username);
      signedInBefore.add(who.username);
    }
    await page.waitForURL((url) => `${url.pathname}${url.search}` === path, { timeout: 30_000 });
  }

  /** Waits for the task's row to show `status` (the list is fetched again after each step). */
  async function expectStatus(status: string) {
    const { page } = suite;
    await expect
      .poll(async () => (await taskRow(page, code).count()) > 0 && (await taskRow(page, code).textContent()), {
        timeout: 30_000,
      })
      .toContain(status);
  }

  /** Reports the rectification of the task as the town's clerk. */
  async function rectify(text: string, screenshot?: string) {
    const { page } = suite;
    await taskRow(page, code).getByRole('button', { name: '报送整改' }).click({ timeout: 30_000 });
    const form = dialog(page, /报送整改情况/);
    await form.getByLabel('整改情况', { exact: true }).fill(text);
    if (screenshot) await shot(page, screenshot);
    await form.getByRole('button', { name: '报送整改' }).click();
    await expectStatus('已整改（待复核）');
  }

  /** Opens 复核 of the task and writes the note; returns the dialog. */
  async function openRecheck(note: string): Promise<Locator> {
    const { page } = suite;
    await taskRow(page, code)
      .getByRole('button', { name: /复\s*核/ })
      .click({ timeout: 30_000 });
    const form = dialog(page, /复核：/);
    await form.getByLabel('复核意见').fill(note);
    return form;
  }

  it('the supervisor sees the counts on the dashboard and lists the overdue tasks', async () => {
    const { page } = suite;
    await signInAt(SUPERVISOR, '/');
    const figure = (key: string) => page.getByTestId(`supervision-${key}`).textContent({ timeout: 30_000 });
    const overdue = Number(await figure('overdue'));
    taskCount = Number(await figure('tasks'));
    expect(taskCount).toBeGreaterThan(0);
    expect(overdue).toBeGreaterThan(0);
    const panel = page.locator('.ant-card').filter({ hasText: '督查督办' });
    await panel.scrollIntoViewIfNeeded();
    expect(await panel.getByRole('list').getByRole('listitem').count()).toBe(8);
    await shot(page, 'supervision-dashboard.png');

    await page.getByRole('menuitem', { name: /督查督办/ }).click();
    await page.getByRole('menuitem', { name: /督查任务/ }).click();
    await page.waitForURL(/\/supervision\/tasks/, { timeout: 30_000 });
    await page.locator('tr.ant-table-row').first().waitFor({ timeout: 30_000 });
    // The box follows the URL: click, then wait for the URL (check() would expect it to flip at once).
    await page.getByRole('checkbox', { name: '只看逾期' }).click();
    await page.waitForURL(/overdue=1/, { timeout: 30_000 });
    await expect
      .poll(() => page.locator('.ant-pagination-total-text').textContent(), { timeout: 30_000 })
      .toBe(`共 ${overdue} 条`);
    const rows = page.locator('tr.ant-table-row');
    const shown = await rows.count();
    expect(shown).toBe(Math.min(overdue, 20));
    for (const text of await rows.allTextContents()) {
      expect(text).toMatch(/逾期 \d+ 天/);
      expect(text).toContain('已交办（整改中）');
    }
    await shot(page, 'supervision-overdue.png');
    expect(pageErrors).toEqual([]);
  });

  it('assigns a task to 瀛湖镇, refusing a deadline before the finding', async () => {
    const { page, api } = suite;
    await page.goto(`${api.baseUrl}${YINGHU_TASKS}`);
    await page.getByRole('button', { name: /交办任务/ }).click();
    const form = dialog(page, /交办督查任务/);
    await form.waitFor();
    await pickOption(page, 'townCode', YINGHU);
    await page.locator('[id="villageCode"]').click();
    const village = dropdownOf(page, 'villageCode').locator('.ant-select-item-option').first();
    const villageName = (await village.getAttribute('title')) ?? '';
    await village.click();
    await form.getByLabel('发现的问题').fill(finding);
    await form.getByLabel('责任单位').fill('瀛湖镇人民政府');
    await typeDate(form.getByLabel('发现日期'), bureauDay(-3));
    await typeDate(form.getByLabel('整改时限'), bureauDay(-5));
    await form.getByRole('button', { name: /交\s*办/ }).click();
    const deadlineItem = form.locator('.ant-form-item').filter({ has: page.getByLabel('整改时限') });
    await deadlineItem.getByText('整改时限不能早于发现日期').waitFor({ timeout: 10_000 });
    await shot(page, 'supervision-assign-refused.png');

    await typeDate(form.getByLabel('整改时限'), bureauDay(20));
    await form.getByRole('button', { name: /交\s*办/ }).click();
    const toast = page.locator('.ant-message-notice').filter({ hasText: /已交办 DB\d{4}-\d{4}/ });
    code = ((await toast.textContent({ timeout: 30_000 })) ?? '').match(/DB\d{4}-\d{4}/)?.[0] ?? '';
    expect(code).not.toBe('');
    await expectStatus('已交办（整改中）');
    const text = (await taskRow(page, code).textContent()) ?? '';
    expect(text).toContain(`${YINGHU} / ${villageName}`);
    expect(text).toContain(bureauDay(20));
    expect(text).not.toMatch(/逾期/);
    // A supervisor re-checks; the town reports the rectification.
    expect(await taskRow(page, code).getByRole('button', { name: '报送整改' }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await signOut(page, SUPERVISOR.name);
  });

  it('瀛湖镇’s clerk sees it and reports the rectification', async () => {
    const { page } = suite;
    await signInAt(CLERK, YINGHU_TASKS);
    await taskRow(page, code).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: /交办任务/ }).count()).toBe(0);
    await rectify('已在村级公示栏更新衔接资金项目公示，并拍照留档', 'supervision-rectify-dialog.png');
    // Waiting for the re-check: nothing more for the town to do.
    expect(await taskRow(page, code).getByRole('button').count()).toBe(1);
    expect(pageErrors).toEqual([]);
    await signOut(page, CLERK.name);
  });

  it('the supervisor fails the re-check with a new deadline', async () => {
    const { page } = suite;
    await signInAt(SUPERVISOR, YINGHU_TASKS);
    const form = await openRecheck('公示内容缺少资金来源和金额，请补充');
    await form.getByText('不通过，退回整改').click();
    await form.getByRole('button', { name: '不通过，退回整改' }).click();
    // Not passed: a new deadline is required.
    await form.getByText('不通过时须给出新的整改时限').waitFor({ timeout: 10_000 });
    await typeDate(form.getByLabel('新的整改时限'), bureauDay(10));
    await shot(page, 'supervision-recheck-failed.png');
    await form.getByRole('button', { name: '不通过，退回整改' }).click();
    await expectStatus('已交办（整改中）');
    expect(await taskRow(page, code).textContent()).toContain(bureauDay(10));
    expect(pageErrors).toEqual([]);
    await signOut(page, SUPERVISOR.name);
  });

  it('the clerk rectifies again', async () => {
    const { page } = suite;
    await signInAt(CLERK, YINGHU_TASKS);
    await rectify('已补充资金来源和金额，重新公示');
    expect(pageErrors).toEqual([]);
    await signOut(page, CLERK.name);
  });

  it('the supervisor passes it: 已销号, and the detail shows the whole course', async () => {
    const { page } = suite;
    await signInAt(SUPERVISOR, YINGHU_TASKS);
    const form = await openRecheck('整改到位，同意销号');
    await form.getByRole('button', { name: '通过，销号' }).click();
    await expectStatus('复核通过（已销号）');
    expect(await taskRow(page, code).getByRole('button').count()).toBe(1);

    await taskRow(page, code).getByRole('button', { name: code }).click();
    const drawer = page.locator('.ant-drawer:visible').filter({ hasText: `督查任务 ${code}` });
    await drawer.getByText('整改到位，同意销号').waitFor({ timeout: 30_000 });
    const text = (await drawer.textContent()) ?? '';
    for (const part of [finding, '瀛湖镇人民政府', '已补充资金来源和金额，重新公示', '整改到位，同意销号', '1 次']) {
      expect(text).toContain(part);
    }
    expect(text).toContain(`销号日期${bureauDay(0)}`);
    expect(page.url()).toMatch(/task=[0-9a-f-]{36}/);
    await shot(page, 'supervision-task-detail.png');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden', timeout: 10_000 });
    expect(page.url()).not.toMatch(/task=/);
    await shot(page, 'supervision-tasks.png');
    expect(pageErrors).toEqual([]);
  });

  it('shows the 8 groups with their towns, and the 30 demonstration villages', async () => {
    const { page } = suite;
    await page.getByRole('menuitem', { name: /督查组/ }).click();
    await page.waitForURL(/\/supervision\/groups/, { timeout: 30_000 });
    const groups = page.locator('tr.ant-table-row');
    await expect.poll(() => groups.count(), { timeout: 30_000 }).toBe(8);
    const towns = await page.locator('tr.ant-table-row .ant-tag').count();
    expect(towns).toBe(28);
    // The last column counts each group's tasks: together, every task of the district.
    const totals = async () => (await groups.locator('td:last-child').allTextContents()).map(Number);
    await expect.poll(async () => (await totals()).every((n) => Number.isInteger(n)), { timeout: 30_000 }).toBe(true);
    expect((await totals()).reduce((a, b) => a + b, 0)).toBe(taskCount + 1);
    await shot(page, 'supervision-groups.png');

    await page.getByRole('menuitem', { name: /示范村/ }).click();
    await page.waitForURL(/\/supervision\/demonstration-villages/, { timeout: 30_000 });
    await expect
      .poll(() => page.locator('.ant-pagination-total-text').textContent(), { timeout: 30_000 })
      .toBe('共 30 条');
    for (const text of await page.locator('tr.ant-table-row').allTextContents()) {
      expect(text).toContain('乡村振兴示范村');
      expect(text).toContain('巩固衔接第');
    }
    await shot(page, 'supervision-demonstration-villages.png');
    expect(pageErrors).toEqual([]);
  });
});
