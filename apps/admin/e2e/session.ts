// Signing in through the admin's own pages, as a person would.
import type { Page, Request } from 'playwright-core';
import { screenshotPath } from './harness';

/** The seeded demo users' initial password; each must change it at the first sign-in. */
export const INITIAL_PASSWORD = 'Hanbin@2021';

/** A password that meets the policy (12+, three classes, no user name) for `username`. */
export function newPasswordFor(username: string): string {
  return `E2e#${username.length}Lake-Shore2026`;
}

/** Fills the sign-in form on the current page (which must be /login) and submits it. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('用户名').fill(username, { timeout: 30_000 });
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

/** On /change-password: replaces the initial password, and waits until the app moves on. */
export async function changeInitialPassword(page: Page, username: string): Promise<string> {
  const password = newPasswordFor(username);
  await page.waitForURL(/\/change-password/, { timeout: 30_000 });
  await page.getByLabel('当前密码').fill(INITIAL_PASSWORD);
  await page.getByLabel('新密码', { exact: true }).fill(password);
  await page.getByLabel('确认新密码').fill(password);
  await page.getByRole('button', { name: /修改密码/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/change-password'), { timeout: 30_000 });
  return password;
}

/**
 * 退出登录 from the user menu at the foot of the side menu. When the app does not reach the sign-in
 * page, the error says what the page showed and which GraphQL requests were still unanswered, and a
 * screenshot is kept, so that a failure on CI can be read without rerunning it.
 */
export async function signOut(page: Page, displayName: RegExp): Promise<void> {
  const pending = new Map<Request, { operation: string; sentAt: number }>();
  const onRequest = (request: Request) => {
    if (request.method() !== 'POST' || new URL(request.url()).pathname !== '/graphql') return;
    let operation = '?';
    try {
      operation = String(JSON.parse(request.postData() ?? '{}').operationName ?? '?');
    } catch {}
    pending.set(request, { operation, sentAt: Date.now() });
  };
  const onDone = (request: Request) => pending.delete(request);
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  try {
    await page.getByRole('button', { name: displayName }).click();
    await page.getByRole('menuitem', { name: /退出登录/ }).click();
    await page.waitForURL(/\/login/, { timeout: 30_000 });
  } catch (error) {
    const messages = await page
      .locator('.ant-message-notice')
      .allTextContents()
      .catch(() => []);
    const menuOpen = await page
      .getByRole('menuitem', { name: /退出登录/ })
      .isVisible()
      .catch(() => false);
    const unanswered = [...pending.values()].map((p) => `${p.operation} (${Date.now() - p.sentAt} ms)`);
    await page.screenshot({ path: screenshotPath('sign-out-failed.png'), fullPage: true }).catch(() => undefined);
    throw new Error(
      `退出登录 did not reach /login: at ${page.url()}, menu ${menuOpen ? 'open' : 'closed'}, ` +
        `messages [${messages.join(' | ')}], unanswered GraphQL [${unanswered.join(', ')}]: ${String(error)}`,
    );
  } finally {
    page.off('request', onRequest);
    page.off('requestfinished', onDone);
    page.off('requestfailed', onDone);
  }
}

/** What the admin posted to /graphql, for checking that production sends hashes only. */
export function recordGraphqlBodies(page: Page): Record<string, unknown>[] {
  const bodies: Record<string, unknown>[] = [];
  page.on('request', (request: Request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') {
      try {
        bodies.push(JSON.parse(request.postData() ?? '{}'));
      } catch {
        bodies.push({ unparsable: request.postData() });
      }
    }
  });
  return bodies;
}
