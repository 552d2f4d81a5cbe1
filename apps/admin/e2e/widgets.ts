// Driving antd widgets and keeping screenshots, for the browser tests.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { saveScreenshot, screenshotPath } from './harness';

/** Where the screenshots are also copied for a person to look at. */
export const SHOTS_DIR = process.env.E2E_SHOTS_DIR || '/tmp/shots';

/** Saves a screenshot to test-results/ (and SHOTS_DIR) once the success toasts have gone. */
export async function shot(page: Page, name: string): Promise<void> {
  await page
    .locator('.ant-message-notice')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  await saveScreenshot(page, name);
  mkdirSync(SHOTS_DIR, { recursive: true });
  try {
    copyFileSync(screenshotPath(name), join(SHOTS_DIR, name));
  } catch (error) {
    console.warn(`[e2e] screenshot ${name} not copied: ${error}`);
  }
}

/**
 * The open dropdown of the antd Select whose field id is `id` (antd names its list `${id}_list`):
 * a dropdown that is still closing would otherwise be taken for the one just opened.
 */
export function dropdownOf(page: Page, id: string): Locator {
  return page.locator('.ant-select-dropdown:visible').filter({ has: page.locator(`[id="${id}_list"]`) });
}

/** Opens the antd Select of field `id` and picks the option titled `option`. */
export async function pickOption(page: Page, id: string, option: string): Promise<void> {
  await page.locator(`[id="${id}"]`).click();
  await dropdownOf(page, id).getByTitle(option, { exact: true }).click();
}

/** Types a date into an antd DatePicker and confirms it with Enter. */
export async function typeDate(field: Locator, value: string): Promise<void> {
  await field.click();
  await field.fill(value);
  await field.press('Enter');
}

const shanghaiDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The bureau's calendar day `offset` days from today, "YYYY-MM-DD". */
export function bureauDay(offset: number): string {
  const [y, m, d] = shanghaiDay.format(new Date()).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
}
