import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { type App, createApp } from '../app';
import { PiiCipher } from '../common/pii';
import { loadConfig } from '../config';
import { type Database, openDatabase } from '../database/data-source';
import { seedDemoData } from '../database/seed';
import { createLogger } from '../logger';
import { Role } from '../modules/identity/identity.enums';
import { hashPassword } from '../modules/identity/password';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  /** SQL statements the API issued for this request. */
  sqlStatements: number;
  status: number;
}

export type Gql = <T = Record<string, any>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<GqlResult<T>>;

export interface Credentials {
  /** The session cookie header value, e.g. `hb_session=...`. */
  cookie?: string;
  /** An API token secret, sent as a bearer token. */
  token?: string;
}

export interface TestApi {
  url: string;
  db: Database;
  /** Which engine this run is against: the embedded one, or the server at TEST_DATABASE_URL. */
  engine: 'embedded' | 'server';
  /** Signed in as a district administrator (a test account that needs no password change). */
  gql: Gql & { cookie: string };
  /** Nobody signed in. */
  anonymous: Gql;
  /** A client with the given credentials. */
  client(credentials: Credentials): Gql;
  /**
   * Another API on the same database, as a second process would be, with its own settings
   * (`env` over this one's); it runs no background jobs. Closing it leaves the database open.
   */
  twin(
    env: Record<string, string>,
  ): Promise<{ url: string; client(credentials: Credentials): Gql; close(): Promise<void> }>;
  /** Runs SQL as the schema's owner (migrations, retention jobs), not as the API's restricted role. */
  ownerQuery(sql: string, params?: unknown[]): Promise<any>;
  /** Creates a staff account (no password change pending) and returns a client signed in as it. */
  signInAs(role: Role, townCode?: string | null): Promise<Gql & { userId: string; username: string; cookie: string }>;
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'Test-Password-2021!';
export const TEST_PII_KEY = Buffer.from('test-only-pii-key-for-synthetic-data-0000').toString('base64');

/** Signs in through the API and returns the session cookie it set. */
export async function signIn(
  url: string,
  username: string,
  password: string,
): Promise<{ cookie: string | null; body: GqlResult }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { role mustChangePassword } }',
      variables: { input: { username, password } },
    }),
  });
  const setCookie = res.headers.get('set-cookie');
  const cookie = setCookie ? setCookie.split(';')[0] : null;
  return { cookie, body: (await res.json()) as GqlResult };
}

/** A fresh database on the server at TEST_DATABASE_URL, dropped again at the end. */
async function createServerDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `hanbin_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * Starts the API as production runs it (same app, same migrations) on a database of its own:
 * an in-memory embedded engine, or a new database on TEST_DATABASE_URL when that is set.
 */
export async function startTestApi(options: { seed?: boolean; env?: Record<string, string> } = {}): Promise<TestApi> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const server = serverUrl ? await createServerDatabase(serverUrl) : undefined;
  const configWith = (env: Record<string, string> = {}) =>
    loadConfig({
      NODE_ENV: 'test',
      EMBEDDED_DATA_DIR: 'memory://',
      ADMIN_DIST_DIR: '',
      // A key of the tests' own, so that production-mode tests on a server start as production would.
      PII_KEY: TEST_PII_KEY,
      ...(server ? { DATABASE_URL: server.url } : {}),
      ...options.env,
      ...env,
    });
  const config = configWith();
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  let db = await openDatabase(config, log);
  let app: App | undefined;
  try {
    await db.dataSource.runMigrations({ transaction: 'each' });
    if (options.seed !== false) await seedDemoData(db.dataSource, new PiiCipher(config.piiKey));
    if (config.dbAppRole) db = await db.restrictTo(config.dbAppRole, log);
    app = await createApp(config, db, log);
    await new Promise<void>((resolve) => app?.server.listen(0, '127.0.0.1', resolve));
  } catch (error) {
    await db.close();
    await server?.drop();
    throw error;
  }
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const clientOf =
    (url: string) =>
    (credentials: Credentials): Gql =>
    async (query, variables) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (credentials.cookie) headers.cookie = credentials.cookie;
      if (credentials.token) headers.authorization = `Bearer ${credentials.token}`;
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as GqlResult;
      return {
        ...body,
        status: res.status,
        sqlStatements: Number(res.headers.get('x-sql-statements') ?? Number.NaN),
      } as never;
    };
  const client = clientOf(url);
  let accounts = 0;
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const signInAs: TestApi['signInAs'] = async (role, townCode = null) => {
    const username = `test-${role.toLowerCase().replace(/_/g, '-')}-${++accounts}`;
    const [{ id }] = await db.dataSource.query(
      `INSERT INTO app_user (username, display_name, role, town_code, password_hash, must_change_password)
       VALUES ($1, $2, $3, $4, $5, false) RETURNING id`,
      [username, `测试${role}`, role, role === Role.TOWN_STAFF ? townCode : null, passwordHash],
    );
    const { cookie, body } = await signIn(url, username, TEST_PASSWORD);
    if (!cookie) throw new Error(`test sign-in failed: ${JSON.stringify(body.errors)}`);
    return Object.assign(client({ cookie }), { userId: id as string, username, cookie });
  };
  const admin = await signInAs(Role.DISTRICT_ADMIN);
  return {
    url,
    db,
    engine: server ? 'server' : 'embedded',
    gql: admin,
    anonymous: client({}),
    client,
    signInAs,
    async twin(env) {
      const other = await createApp(configWith({ JOB_WORKER: 'false', ...env }), db, log);
      await new Promise<void>((resolve) => other.server.listen(0, '127.0.0.1', resolve));
      const otherUrl = `http://127.0.0.1:${(other.server.address() as AddressInfo).port}`;
      return {
        url: otherUrl,
        client: clientOf(otherUrl),
        // Not other.stop(): that would close the database this API shares.
        close: () =>
          new Promise<void>((resolve) => {
            other.server.closeAllConnections();
            other.server.close(() => resolve());
          }),
      };
    },
    async ownerQuery(sql, params) {
      if (!server) return db.dataSource.query(sql, params);
      const owner = new pg.Client({ connectionString: server.url });
      await owner.connect();
      try {
        return (await owner.query(sql, params)).rows;
      } finally {
        await owner.end();
      }
    },
    async close() {
      await app?.stop();
      await server?.drop();
    },
  };
}

/** The first error's code, for terse assertions. */
export function errorCode(result: GqlResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}
