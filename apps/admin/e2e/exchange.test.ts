import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { browserMissing } from './harness';
import { changeInitialPassword, INITIAL_PASSWORD, signIn } from './session';
import { browserSuite } from './suite';
import { shot } from './widgets';

// 导出 Excel and 导入 through the UI only: 瀛湖镇's 2021 projects exported from 项目库, one name changed in
// the file, the file checked (first with a planted mistake) and committed, the new name on the
// project's page, and the change and the import in the audit log.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const YINGHU = '610902102';

/** The exported sheet with the cell setters a clerk would use: headers on row 3, data from row 4. */
async function openExport(file: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const headers = (sheet.getRow(3).values as unknown[]).slice(1).map(String);
  const cell = (row: number, header: string) => {
    const index = headers.indexOf(header);
    if (index < 0) throw new Error(`no column ${header} in ${headers.join(', ')}`);
    return sheet.getRow(row).getCell(index + 1);
  };
  const save = async () => Buffer.from(await workbook.xlsx.writeBuffer());
  return { sheet, cell, save };
}

describe.skipIf(browserMissing)('导出与导入 (built API + built admin + chromium)', () => {
  const suite = browserSuite();
  const newName = `瀛湖镇端到端导入测试项目${Date.now().toString(36)}`;
  let exported = Buffer.alloc(0);
  let code = '';
  let oldName = '';
  let projectId = '';

  it('exports 瀛湖镇’s 2021 projects from 项目库 and downloads the file', async () => {
    const { page, api } = suite;
    await page.goto(`${api.baseUrl}/`);
    await signIn(page, 'admin', INITIAL_PASSWORD);
    await changeInitialPassword(page, 'admin');
    await page.goto(`${api.baseUrl}/projects?year=2021&town=${YINGHU}`);
    await page.getByRole('row').nth(3).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: /导出 Excel/ }).click();
    const link = page.getByTestId('export-download');
    await link.waitFor({ timeout: 60_000 });
    await shot(page, 'exchange-export-dialog.png');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    exported = await readFile(await download.path());
    const { sheet, cell } = await openExport(exported);
    expect(String(sheet.getRow(3).getCell(1).value)).toBe('项目编号');
    code = String(cell(4, '项目编号').value);
    oldName = String(cell(4, '项目名称').value);
    expect(code).toMatch(/^[A-Z0-9-]{3,32}$/);
    expect(String(cell(4, '镇办').value)).toBe('瀛湖镇');
    await page
      .locator('.ant-modal:visible .ant-modal-footer')
      .getByRole('button', { name: /关\s*闭/ })
      .click();
    await page.locator('.ant-modal:visible').waitFor({ state: 'detached' });
    expect(suite.pageErrors).toEqual([]);
  });

  it('a file with a mistake is refused with its row and column, also after a reload', async () => {
    const { page, api } = suite;
    await page.getByRole('button', { name: /导\s*入/ }).click();
    await page.waitForURL(/\/projects\/import$/);
    const template = await page.getByTestId('import-template').getAttribute('href');
    const templateFile = await page.request.get(`${api.baseUrl}${template}`);
    expect(templateFile.status()).toBe(200);
    expect(templateFile.headers()['content-type']).toBe(XLSX);
    await shot(page, 'exchange-import-start.png');

    const { cell, save } = await openExport(exported);
    cell(5, '受益户数').value = '很多户';
    await page
      .getByTestId('import-upload')
      .locator('input[type=file]')
      .setInputFiles({ name: '项目库（有错）.xlsx', mimeType: XLSX, buffer: await save() });
    await page.getByText('发现 1 处问题，未写入任何数据').waitFor({ timeout: 60_000 });
    const problem = page.getByTestId('import-problems').locator('tr.ant-table-row');
    expect(await problem.count()).toBe(1);
    const cells = await problem.first().getByRole('cell').allTextContents();
    expect(cells.slice(0, 2)).toEqual(['5', '受益户数']);
    expect(cells[2]).toContain('很多户');
    expect(await page.getByRole('button', { name: '确认导入' }).count()).toBe(0);
    await shot(page, 'exchange-import-rejected.png');
    // The batch is in the URL: a reload reads it back from the API.
    expect(new URL(page.url()).searchParams.get('batch')).toMatch(/^[0-9a-f-]{36}$/);
    await page.reload();
    await page.getByText('发现 1 处问题，未写入任何数据').waitFor({ timeout: 30_000 });
    expect(await problem.first().getByRole('cell').first().textContent()).toBe('5');
    await page.getByRole('button', { name: /重新上传/ }).click();
    await page.waitForURL(/\/projects\/import$/);
    expect(suite.pageErrors).toEqual([]);
  });

  it('one changed 项目名称 checks as 修改 1 个 and 确认导入 writes it', async () => {
    const { page } = suite;
    const { cell, save } = await openExport(exported);
    cell(4, '项目名称').value = newName;
    await page
      .getByTestId('import-upload')
      .locator('input[type=file]')
      .setInputFiles({ name: '项目库（改名）.xlsx', mimeType: XLSX, buffer: await save() });
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.textContent()).toMatch(/共 \d+ 行：新建 0 个，修改 1 个，未变 \d+ 个/);
    await shot(page, 'exchange-import-checked.png');
    await page.getByRole('button', { name: '确认导入' }).click();
    const result = page.getByTestId('import-result');
    await result.getByText('导入完成').waitFor({ timeout: 60_000 });
    expect(await result.textContent()).toContain('新建 0 个，修改 1 个');
    await shot(page, 'exchange-import-done.png');
    expect(suite.pageErrors).toEqual([]);
  });

  it('the project shows its new name, in the list and on its page', async () => {
    const { page } = suite;
    // In the app, not a reload: the lists read before the import must not be shown as they were.
    await page
      .getByTestId('import-result')
      .getByRole('link', { name: /返回项目库/ })
      .click();
    await page.waitForURL(/\/projects$/);
    await page.getByLabel('项目名称或编号').fill(code);
    await page.getByLabel('项目名称或编号').press('Enter');
    await page.getByRole('row').filter({ hasText: code }).getByRole('link', { name: newName }).waitFor();
    // Back: the import's result, read back from the API; back again: the list it was exported from.
    await page.goBack();
    await page.goBack();
    await page.getByTestId('import-result').getByText('导入完成').waitFor({ timeout: 30_000 });
    await page.goBack();
    await page.waitForURL(/\/projects\?year=2021&town=/);
    const row = page.getByRole('row').filter({ hasText: code });
    await row.getByRole('link', { name: newName }).click({ timeout: 30_000 });
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    projectId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await expect.poll(() => page.getByRole('heading', { level: 4 }).first().textContent()).toContain(newName);
    await shot(page, 'exchange-project.png');
    expect(suite.pageErrors).toEqual([]);
  });

  it('the audit log has the project’s change, from the old name to the new, and the import', async () => {
    const { page } = suite;
    await page.getByRole('menuitem', { name: /系统管理/ }).click();
    await page.getByRole('menuitem', { name: /审计日志/ }).click();
    await page.waitForURL(/\/system\/audit/);
    const update = page.getByRole('row').filter({ hasText: '修改项目' }).filter({ hasText: projectId });
    await update.waitFor({ timeout: 30_000 });
    await page.getByRole('row').filter({ hasText: '导入数据' }).first().waitFor();
    await shot(page, 'exchange-audit.png');
    await update.getByRole('button', { name: /详\s*情/ }).click();
    const drawer = page.locator('.ant-drawer-open');
    await drawer.getByText('变更内容').waitFor();
    const text = await drawer.textContent();
    expect(text).toContain(oldName);
    expect(text).toContain(newName);
    await shot(page, 'exchange-audit-entry.png');
    expect(suite.pageErrors).toEqual([]);
  });
});
