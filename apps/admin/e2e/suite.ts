// One browser test file's running system: the built API and a chromium page.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type RunningApi, type RunningBrowser, type StartApiOptions, startApi, startBrowser } from './harness';

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
  // A failed test prints what the API logged (warnings and errors), the other half of the story.
  afterEach((context) => {
    if (context.task.result?.state !== 'fail' || !suite.api) return;
    const log = suite.api.log().trim();
    if (log) console.error(`API log for “${context.task.name}” (last 4,000 characters):\n${log.slice(-4000)}`);
  });
  afterAll(async () => {
    await suite.browser?.stop();
    await suite.api?.stop();
  });
  return suite;
}
