// One browser test file's running system: the built API and a chromium page.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  type RunningApi,
  type RunningBrowser,
  type StartApiOptions,
  screenshotPath,
  startApi,
  startBrowser,
} from './harness';

export interface BrowserSuite {
  api: RunningApi;
  browser: RunningBrowser;
  page: Page;
  /** Uncaught errors of the page: a test ends by expecting none. */
  pageErrors: string[];
}

/**
 * Starts the API (fresh in-memory database with the demo data) and chromium before the file's
 * tests and stops both after them; call it inside the file's `describe`. The fields are set once
 * `beforeAll` has run.
 */
export function browserSuite(options?: StartApiOptions): BrowserSuite {
  const suite = { pageErrors: [] as string[] } as BrowserSuite;
  beforeAll(async () => {
    suite.api = await startApi(options);
    suite.browser = await startBrowser();
    suite.page = await suite.browser.context.newPage();
    suite.page.on('pageerror', (e) => suite.pageErrors.push(String(e)));
  });
  reportFailures(() => suite);
  afterAll(async () => {
    await suite.browser?.stop();
    await suite.api?.stop();
  });
  return suite;
}

/**
 * After a failed test, tells what the page was showing (its URL, headings, alerts and messages, a
 * screenshot in test-results/) and what the API logged, so that a failure on CI can be read without
 * running it again.
 */
export function reportFailures(current: () => { page?: Page; api?: RunningApi }): void {
  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail') return;
    const { page, api } = current();
    const lines = [`— what the page showed when “${context.task.name}” failed —`];
    if (page && !page.isClosed()) {
      lines.push(`url: ${page.url()}`);
      const visible = await page
        .locator('h1, h2, h4, .ant-alert, .ant-message-notice, .ant-result-title, .ant-form-item-explain-error')
        .allTextContents()
        .catch(() => []);
      lines.push(`text: ${visible.slice(0, 20).join(' | ').slice(0, 1500)}`);
      const file = `failed-${context.task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}.png`;
      await page
        .screenshot({ path: screenshotPath(file), timeout: 10_000 })
        .then(() => lines.push(`screenshot: test-results/${file}`))
        .catch(() => undefined);
    }
    const log = api?.log().trim();
    if (log) lines.push(`API log (last 4,000 characters):\n${log.slice(-4000)}`);
    console.error(lines.join('\n'));
  });
}
