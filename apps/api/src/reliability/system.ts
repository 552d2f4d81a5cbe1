import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { PiiCipher } from '../common/pii';
import { loadConfig } from '../config';
import { openDatabase } from '../database/data-source';
import { seedDemoData } from '../database/seed';
import { createLogger } from '../logger';
import { hashPassword } from '../modules/identity/password';
import type { GqlResult } from '../test/harness';
import { TEST_PASSWORD, TEST_PII_KEY } from '../test/harness';
import type { PrivatePostgres } from './postgres';

const API_DIR = path.resolve(__dirname, '../..');
const TEMPLATE = 'hanbin_reliability_template';
export const RELIABILITY_USER = 'reliability-admin';

/**
 * Migrates and seeds the demo data once into a template database, with a district administrator
 * whose password needs no change; each test then copies it (CREATE DATABASE … TEMPLATE), which takes
 * a second instead of a seed.
 */
export async function prepareTemplate(server: PrivatePostgres): Promise<void> {
  await server.query(`CREATE DATABASE ${TEMPLATE}`);
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: server.url(TEMPLATE), PII_KEY: TEST_PII_KEY });
  const db = await openDatabase(config, createLogger('silent'));
  try {
    await db.dataSource.runMigrations({ transaction: 'each' });
    await seedDemoData(db.dataSource, new PiiCipher(config.piiKey));
    await db.dataSource.query(
      `INSERT INTO app_user (username, display_name, role, town_code, password_hash, must_change_password)
       VALUES ($1, '可靠性测试管理员', 'DISTRICT_ADMIN', NULL, $2, false)`,
      [RELIABILITY_USER, await hashPassword(TEST_PASSWORD)],
    );
  } finally {
    await db.close();
  }
}

/** A fresh copy of the template; returns its name. */
export async function freshDatabase(server: PrivatePostgres): Promise<string> {
  const name = `hanbin_rel_${randomBytes(5).toString('hex')}`;
  await server.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`);
  return name;
}

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  /** The exit code once the process has exited. */
  exited: Promise<number | null>;
  /** Everything the process wrote (JSON log lines). */
  output(): string;
  stop(): Promise<number | null>;
}

/**
 * Starts `src/main.ts` as its own process, as production runs it (migrations already applied, the
 * restricted database role), and waits until it says it is ready.
 */
export async function startApiProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: API_DIR,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: '0',
      DATABASE_URL: databaseUrl,
      PII_KEY: TEST_PII_KEY,
      AUTO_MIGRATE: 'false',
      AUTO_SEED: 'false',
      LOG_LEVEL: 'info',
      ADMIN_DIST_DIR: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let port: string | undefined;
  for (let i = 0; i < 1200 && !port && child.exitCode === null; i++) {
    await new Promise((r) => setTimeout(r, 50));
    port = /"msg":"ready"/.test(output) ? /"port":(\d+),"ms"/.exec(output)?.[1] : undefined;
  }
  if (!port) {
    child.kill('SIGKILL');
    throw new Error(`the API did not start:\n${output.slice(-4000)}`);
  }
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    exited,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

export type Client = <T = Record<string, any>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<GqlResult<T>>;

/** What a caller saw: an answer, or a transport failure (connection refused or reset). */
export async function post(url: string, cookie: string | null, query: string, variables?: Record<string, unknown>) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GqlResult;
  return { ...body, status: res.status, sqlStatements: Number(res.headers.get('x-sql-statements') ?? Number.NaN) };
}

/** Signs in as the suite's administrator on `url`; the session lives in the database, so any process honours it. */
export async function signIn(url: string): Promise<{ cookie: string; client: (target?: string) => Client }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { role } }',
      variables: { input: { username: RELIABILITY_USER, password: TEST_PASSWORD } },
    }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in failed: ${await res.text()}`);
  return {
    cookie,
    client:
      (target = url) =>
      (query, variables) =>
        post(target, cookie, query, variables) as never,
  };
}

/** The first error's code and whether the API called it retryable. */
export function failure(result: GqlResult): { code?: string; reason?: string; retryable: boolean } | null {
  const error = result.errors?.[0];
  if (!error) return null;
  return {
    code: error.extensions?.code,
    reason: error.extensions?.reason,
    retryable: error.extensions?.retryable === true,
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
