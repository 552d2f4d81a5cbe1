import path from 'node:path';
import { type Limits, limits } from './common/limits/limits';
import { DEVELOPMENT_PII_KEY, parsePiiKey } from './common/pii';

/** Runtime configuration, read from the environment once at start-up and validated. */
export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** A PostgreSQL server; when absent the API runs an embedded PostgreSQL (PGlite) in-process. */
  databaseUrl: string | undefined;
  /** Where the embedded engine keeps its files; `memory://` keeps nothing. */
  embeddedDataDir: string;
  /** Apply migrations (and, on an empty database, the demo seed) at start-up. */
  autoMigrate: boolean;
  autoSeed: boolean;
  dbPoolMax: number;
  /** How long a request waits for a pooled connection before failing with a retryable error. */
  dbAcquireTimeoutMs: number;
  dbStatementTimeoutMs: number;
  /** Built admin SPA to serve at `/`, if the directory exists. */
  adminDistDir: string | undefined;
  logLevel: string;
  /** How long SIGTERM waits for in-flight requests before closing anyway. */
  shutdownGraceMs: number;
  /**
   * How long SIGTERM keeps serving with /readyz answering 503 before it stops accepting, so a load
   * balancer takes the process out of rotation first.
   */
  shutdownDelayMs: number;
  /** A request that has not been answered by then gets a retryable 503 (the work is abandoned). */
  requestTimeoutMs: number;
  /** The restricted role the API's database sessions run as, when the server has it ('' for none). */
  dbAppRole: string;
  /** How big one GraphQL request may be (common/limits). */
  graphqlLimits: Limits;
  /** The admin's trusted documents (sha256 → document), written by its codegen; required in production. */
  trustedDocumentsPath: string;
  /** A session ends after this long without a request. */
  sessionIdleTimeoutSeconds: number;
  /** ... and after this long in any case. */
  sessionMaxAgeSeconds: number;
  /** Send `x-sql-statements` (statements per request) with every GraphQL response; for tests and benchmarks. */
  sqlCountHeader: boolean;
  /** Master key for personal identifiers (common/pii.ts); the development key only on the embedded demo or outside production. */
  piiKey: Buffer;
  /** Whether this process runs background jobs, exports and imports (any number of processes may; each runs one of each at a time). */
  jobWorker: boolean;
  /** How often an idle worker looks for queued jobs. */
  jobPollMs: number;
  /** `compiled`: queries run as functions compiled once per document (common/compiled-execution.ts); `interpreted`: graphql-js throughout. */
  graphqlExecution: 'compiled' | 'interpreted';
}

const repoRoot = path.resolve(__dirname, '../../..');

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be an integer, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(values as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${values.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test') {
    throw new ConfigError(`NODE_ENV must be development, production or test, got "${nodeEnv}"`);
  }
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const embeddedDataDir = env.EMBEDDED_DATA_DIR || path.join(repoRoot, '.data', 'pglite');
  let piiKey: Buffer = DEVELOPMENT_PII_KEY;
  if (env.PII_KEY) {
    try {
      piiKey = parsePiiKey(env.PII_KEY);
    } catch (error) {
      throw new ConfigError((error as Error).message);
    }
  } else if (nodeEnv === 'production' && databaseUrl) {
    throw new ConfigError('PII_KEY must be set in production (32 random bytes, base64): it protects ID numbers');
  }
  const adminDistDir = env.ADMIN_DIST_DIR ?? path.join(repoRoot, 'apps', 'admin', 'dist');
  return {
    env: nodeEnv,
    port: int(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    databaseUrl,
    embeddedDataDir: embeddedDataDir.startsWith('memory://') ? embeddedDataDir : path.resolve(embeddedDataDir),
    // The embedded engine is a demo: it always migrates and seeds itself. A server is migrated on purpose.
    autoMigrate: bool(env, 'AUTO_MIGRATE', !databaseUrl),
    autoSeed: bool(env, 'AUTO_SEED', !databaseUrl),
    dbPoolMax: int(env, 'DB_POOL_MAX', 10, 1, 200),
    dbAcquireTimeoutMs: int(env, 'DB_ACQUIRE_TIMEOUT_MS', 3000, 100, 60000),
    dbStatementTimeoutMs: int(env, 'DB_STATEMENT_TIMEOUT_MS', 15000, 100, 600000),
    adminDistDir: adminDistDir === '' ? undefined : path.resolve(adminDistDir),
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'warn' : 'info'),
    shutdownGraceMs: int(env, 'SHUTDOWN_GRACE_MS', 10000, 0, 120000),
    shutdownDelayMs: int(env, 'SHUTDOWN_DELAY_MS', nodeEnv === 'production' ? 3000 : 0, 0, 60000),
    sqlCountHeader: bool(env, 'SQL_COUNT_HEADER', nodeEnv !== 'production'),
    dbAppRole: env.DB_APP_ROLE ?? 'hanbin_app',
    requestTimeoutMs: int(env, 'REQUEST_TIMEOUT_MS', 30000, 100, 600000),
    graphqlLimits: {
      ...limits,
      maxSourceLength: int(env, 'GRAPHQL_MAX_SOURCE_LENGTH', limits.maxSourceLength, 1_000, 1_000_000),
      maxTokens: int(env, 'GRAPHQL_MAX_TOKENS', limits.maxTokens, 100, 100_000),
      maxDepth: int(env, 'GRAPHQL_MAX_DEPTH', limits.maxDepth, 3, 50),
      maxAliases: int(env, 'GRAPHQL_MAX_ALIASES', limits.maxAliases, 0, 1_000),
      maxDirectives: int(env, 'GRAPHQL_MAX_DIRECTIVES', limits.maxDirectives, 0, 1_000),
      maxCost: int(env, 'GRAPHQL_MAX_COST', limits.maxCost, 100, 10_000_000),
    },
    trustedDocumentsPath: path.resolve(
      env.TRUSTED_DOCUMENTS_PATH || path.join(repoRoot, 'apps', 'admin', 'src', 'gql', 'persisted-documents.json'),
    ),
    sessionIdleTimeoutSeconds: int(env, 'SESSION_IDLE_TIMEOUT_SECONDS', 30 * 60, 1, 24 * 3600),
    sessionMaxAgeSeconds: int(env, 'SESSION_MAX_AGE_SECONDS', 12 * 3600, 60, 7 * 24 * 3600),
    piiKey,
    jobWorker: bool(env, 'JOB_WORKER', true),
    jobPollMs: int(env, 'JOB_POLL_MS', 2000, 50, 600000),
    graphqlExecution: oneOf(env, 'GRAPHQL_EXECUTION', ['compiled', 'interpreted'] as const, 'compiled'),
  };
}
