#!/usr/bin/env node
/**
 * The benchmark's peer: PostGraphile 5 serving the tables our API serves, from the same database.
 *
 *   node bench/peer/postgraphile.mjs --database postgres://postgres@127.0.0.1:5432/<db> --port 5678
 *
 * or, from a benchmark script, `startPostGraphile(databaseUrl, { port })`, which runs it in a child process
 * (one process, like our API; never in the process that runs autocannon) and resolves once it answers.
 *
 * Production-like: the Amber preset in library mode on Node's http server, POST /graphql only; no GraphiQL,
 * no watch mode (so no watch fixtures are installed in the database), no explain, no websockets, no GET.
 * Schema `public` only, and of it only the tables in PEER_TABLES: the others (users, sessions, tokens, the
 * audit log, the monitoring register...) are hidden, and of the mutations only `createDisbursement` exists.
 * Like our API it connects with a pool of 10 (our DB_POOL_MAX default), a 15 s statement timeout, and runs
 * as the role `hanbin_app` where the migrations created it (else as the connecting user), so it reads and
 * writes with the same privileges and the same triggers fire.
 *
 * Two changes to the stock preset, both for equivalence with our answers:
 * - `@graphile/pg-aggregates` (the official V5 aggregates preset, a release candidate) for the dashboard
 *   aggregate: `aggregates` and `groupedAggregates` on connections; nothing is added to queries that
 *   do not ask for them;
 * - `PgIndexBehaviorsPlugin` is disabled, so `orderBy` and `condition` accept unindexed columns too (as
 *   PostGraphile 4 did by default): our API orders allocations by `allocated_on` and payments by
 *   `paid_on, created_at`, which the peer can then ask for.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

/** The tables the peer serves (schema public); every other table is hidden from its schema. */
export const PEER_TABLES = [
  'district',
  'town',
  'village',
  'project',
  'performance_target',
  'fund_source',
  'fund_allocation',
  'disbursement',
];
/** Our API's DB_POOL_MAX default. */
export const PEER_POOL_MAX = 10;
/** Our API's DB_STATEMENT_TIMEOUT_MS default. */
export const PEER_STATEMENT_TIMEOUT_MS = 15_000;
/** The role our API's sessions run as (migration AppRole). */
export const PEER_ROLE = 'hanbin_app';

const SELF = fileURLToPath(import.meta.url);

/** The table a resource reads, or null for anything else (functions, views with parameters...). */
function tableOf(resource) {
  if (!resource?.codec?.attributes || resource.parameters) return null;
  return resource.codec.extensions?.pg?.name ?? resource.name;
}

/** Hides every table but PEER_TABLES, and every mutation but the insert into `disbursement`. */
const PeerTablesPlugin = {
  name: 'HanbinBenchPeerTablesPlugin',
  version: '1.0.0',
  description: 'Serves only the benchmark tables; of the mutations only createDisbursement.',
  schema: {
    entityBehavior: {
      pgResource: {
        override(behavior, resource) {
          const table = tableOf(resource);
          if (!PEER_TABLES.includes(table)) return [behavior, '-*'];
          if (table === 'disbursement') return [behavior, '-update', '-delete'];
          return [behavior, '-insert', '-update', '-delete'];
        },
      },
      pgResourceUnique: {
        override(behavior, [resource]) {
          return PEER_TABLES.includes(tableOf(resource)) ? behavior : [behavior, '-*'];
        },
      },
      pgCodecRelation: {
        override(behavior, relation) {
          return PEER_TABLES.includes(tableOf(relation.remoteResource)) ? behavior : [behavior, '-*'];
        },
      },
      pgCodec: {
        override(behavior, codec) {
          const table = codec.attributes && codec.extensions?.pg?.name;
          return !table || PEER_TABLES.includes(table) ? behavior : [behavior, '-*'];
        },
      },
    },
  },
};

/**
 * Runs PostGraphile in this process and listens. Resolves to `{ url, port, statements(), close() }` once
 * the schema is built and the server listens; `statements()` is how many SQL statements it has sent.
 */
export async function servePostGraphile(
  databaseUrl,
  { port = 0, host = '127.0.0.1', poolMax = PEER_POOL_MAX, role = PEER_ROLE } = {},
) {
  process.env.GRAPHILE_ENV ??= 'production';
  process.env.NODE_ENV ??= 'production';
  shimPromiseWithResolvers();
  const [{ postgraphile }, { PostGraphileAmberPreset }, { makePgService }, { grafserv }, { PgAggregatesPreset }] =
    await Promise.all([
      import('postgraphile'),
      import('postgraphile/presets/amber'),
      import('postgraphile/adaptors/pg'),
      import('postgraphile/grafserv/node'),
      import('@graphile/pg-aggregates'),
    ]);

  const actingRole = role && (await canActAs(databaseUrl, role)) ? role : null;
  if (role && !actingRole) console.error(`peer: role ${role} not available, running as the connecting user`);
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolMax,
    statement_timeout: PEER_STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: PEER_STATEMENT_TIMEOUT_MS * 2,
    application_name: 'hanbin-bench-postgraphile',
    ...(actingRole ? { options: `-c role=${actingRole}` } : {}),
  });
  pool.on('error', (e) => console.error('peer: idle client error', e.message));
  // Counts what is sent to PostgreSQL, for the benchmark's statements-per-request column.
  let statements = 0;
  pool.on('connect', (client) => {
    const query = client.query;
    client.query = function countedQuery(...args) {
      statements++;
      return query.apply(this, args);
    };
  });

  const preset = {
    extends: [PostGraphileAmberPreset, PgAggregatesPreset],
    plugins: [PeerTablesPlugin],
    disablePlugins: ['PgIndexBehaviorsPlugin'],
    pgServices: [makePgService({ pool, schemas: ['public'] })],
    gather: { installWatchFixtures: false },
    grafast: { explain: false },
    grafserv: {
      host,
      port,
      graphqlPath: '/graphql',
      graphiql: false,
      graphiqlOnGraphQLGET: false,
      graphqlOverGET: false,
      websockets: false,
      watch: false,
    },
  };
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  try {
    await pgl.getSchema(); // introspect and build before listening: listening means ready
  } catch (e) {
    await pool.end();
    throw e;
  }
  const server = http.createServer();
  // Our API's server timeouts (apps/api/src/app.ts), so keep-alive behaves the same under autocannon.
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  server.keepAliveTimeout = 5_000;
  await serv.addTo(server);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actualPort = server.address().port;
  let closed = false;
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    role: actingRole,
    statements: () => statements,
    async close() {
      if (closed) return;
      closed = true;
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(() => resolve()));
      await serv.release();
      await pgl.release();
      await pool.end().catch(() => undefined);
    },
  };
}

/**
 * PostGraphile 5.0.1 and later declare Node >= 22. The Node 22 API they call is `Promise.withResolvers`
 * (the only one a search of their code for the ES2024/2025 additions finds): without it every SQL-backed
 * field fails on Node 20 ("Cannot read properties of undefined (reading 'items')"). So that the peer runs
 * on the same Node as our API, this process gets the standard definition where Node lacks it; on Node 22
 * and later nothing is changed.
 */
function shimPromiseWithResolvers() {
  if (typeof Promise.withResolvers === 'function') return;
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value: function withResolvers() {
      let resolve;
      let reject;
      const promise = new this((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

async function canActAs(databaseUrl, role) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AND pg_has_role(current_user, $1, 'MEMBER') AS ok`,
      [role],
    );
    return rows[0].ok === true;
  } catch {
    return false;
  } finally {
    await client.end();
  }
}

/**
 * Starts the peer in its own Node process and resolves once it serves. `url` is the server's base URL
 * (POST `${url}/graphql`), as `startBuiltApi` returns it, so `loadTest(url, ...)` works unchanged.
 * `statements()` asks the child how many SQL statements it has sent so far.
 */
export function startPostGraphile(databaseUrl, { port = 0, poolMax = PEER_POOL_MAX, role = PEER_ROLE } = {}) {
  const started = process.hrtime.bigint();
  const child = spawn(
    process.execPath,
    [SELF, '--database', databaseUrl, '--port', String(port), '--pool', String(poolMax), '--role', role || 'none'],
    {
      env: { ...process.env, NODE_ENV: 'production', GRAPHILE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    },
  );
  const pending = new Map();
  let nextId = 0;
  child.on('message', (m) => {
    if (m?.type === 'statements') {
      pending.get(m.id)?.(m.count);
      pending.delete(m.id);
    }
  });
  return new Promise((resolve, reject) => {
    const onExit = (code) => reject(new Error(`PostGraphile exited with ${code} before it was ready`));
    child.once('exit', onExit);
    child.once('error', reject);
    child.on('message', (m) => {
      if (m?.type !== 'ready') return;
      child.off('exit', onExit);
      resolve({
        url: m.url,
        pid: child.pid,
        readyMs: Number(process.hrtime.bigint() - started) / 1e6,
        statements: () =>
          new Promise((answer) => {
            const id = nextId++;
            pending.set(id, answer);
            child.send({ type: 'statements', id });
          }),
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      database: { type: 'string', default: process.env.DATABASE_URL },
      port: { type: 'string', default: '5678' },
      host: { type: 'string', default: '127.0.0.1' },
      pool: { type: 'string', default: String(PEER_POOL_MAX) },
      role: { type: 'string', default: PEER_ROLE },
    },
  });
  if (!values.database) {
    console.error('usage: node bench/peer/postgraphile.mjs --database postgres://... [--port 5678] [--pool 10]');
    process.exit(2);
  }
  const peer = await servePostGraphile(values.database, {
    port: Number(values.port),
    host: values.host,
    poolMax: Number(values.pool),
    role: values.role === 'none' ? null : values.role,
  });
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    peer.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  if (process.send) {
    process.on('message', (m) => {
      if (m?.type === 'statements') process.send({ type: 'statements', id: m.id, count: peer.statements() });
    });
    process.on('disconnect', shutdown); // the parent is gone: do not outlive it
    process.send({ type: 'ready', url: peer.url });
  }
  console.log(
    `PostGraphile 5 peer on ${peer.url}/graphql (pool ${values.pool}, role ${peer.role ?? 'connecting user'})`,
  );
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === SELF) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
