// Starts the built API (which serves the built admin) and a headless Debian chromium.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const adminDir = resolve(here, '..');
export const distDir = join(adminDir, 'dist');
export const apiMain = resolve(adminDir, '../api/dist/main.js');
export const resultsDir = join(adminDir, 'test-results');
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Whether a missing browser fails the run (CI, or asked for) instead of skipping it. */
export const e2eRequired = process.env.E2E_REQUIRED === '1' || process.env.CI === 'true';
export const browserMissing = !existsSync(chromiumPath);

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

export interface RunningApi {
  baseUrl: string;
  log: () => string;
  stop: () => Promise<void>;
}

export interface StartApiOptions {
  /** Extra environment for the API process (e.g. SESSION_IDLE_TIMEOUT_SECONDS). */
  env?: Record<string, string>;
  timeoutMs?: number;
}

/** Starts `node ../api/dist/main.js` on a free port with an in-memory database; resolves once /readyz says 200. */
export async function startApi({ env = {}, timeoutMs = 150_000 }: StartApiOptions = {}): Promise<RunningApi> {
  for (const [what, path] of [
    ['the built API (pnpm --filter @hanbin/api build)', apiMain],
    ['the built admin (pnpm --filter @hanbin/admin build)', join(distDir, 'index.html')],
  ]) {
    if (!existsSync(path)) throw new Error(`e2e needs ${what}: ${path} is missing`);
  }
  const port = await freePort();
  const lines: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [apiMain], {
    cwd: dirname(dirname(apiMain)),
    env: {
      ...process.env,
      PORT: String(port),
      EMBEDDED_DATA_DIR: 'memory://',
      ADMIN_DIST_DIR: distDir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (b: Buffer) => lines.push(b.toString()));
  child.stderr?.on('data', (b: Buffer) => lines.push(b.toString()));
  let exited: string | null = null;
  child.once('exit', (code, signal) => {
    exited = `API exited (code ${code}, signal ${signal})`;
  });

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (true) {
    if (exited) throw new Error(`${exited}\n${lines.join('')}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`API not ready after ${timeoutMs} ms (${last})\n${lines.join('')}`);
    }
    try {
      const res = await fetch(`${baseUrl}/readyz`);
      last = `readyz ${res.status}`;
      if (res.status === 200) break;
    } catch (e) {
      last = String(e);
    }
    await new Promise((r) => setTimeout(r, 500));
  }

  return {
    baseUrl,
    log: () => lines.join(''),
    stop: () =>
      new Promise<void>((done) => {
        if (exited) return done();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          done();
        });
        child.kill('SIGTERM');
      }),
  };
}

export interface RunningBrowser {
  context: BrowserContext;
  stop: () => Promise<void>;
}

/** Debian's chromium, headless, with a fresh profile; never a downloaded browser. */
export async function startBrowser(): Promise<RunningBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'hanbin-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  return {
    context,
    stop: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export function screenshotPath(name: string): string {
  mkdirSync(resultsDir, { recursive: true });
  return join(resultsDir, name);
}

/**
 * Saves a screenshot to test-results/ for a person to look at. It is an artefact, not an assertion:
 * on a loaded machine rasterising a long page with CJK fonts can stall, so a full-page shot that
 * times out falls back to the viewport, and a failure of both is reported, not thrown.
 */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const path = screenshotPath(name);
  try {
    await page.screenshot({ path, fullPage: true, animations: 'disabled', timeout: 60_000 });
  } catch (fullPageError) {
    console.warn(`[admin e2e] full-page screenshot ${name} failed (${fullPageError}); taking the viewport`);
    try {
      await page.screenshot({ path, animations: 'disabled', timeout: 60_000 });
    } catch (error) {
      console.warn(`[admin e2e] screenshot ${name} not saved: ${error}`);
    }
  }
}
