import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * A PostgreSQL server of the suite's own (initdb in a temporary directory, a free port on
 * 127.0.0.1), so that killing its backends and restarting it touches nothing else on the machine.
 */
export interface PrivatePostgres {
  port: number;
  url(database?: string): string;
  /** Runs SQL on a short-lived connection as the superuser. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[], database?: string): Promise<T[]>;
  /** Stops the server as a crash would (`-m immediate`, recovery from WAL on start) and starts it again. */
  restart(): Promise<void>;
  stop(): void;
}

/** The server's binaries: PG_BIN_DIR, or the newest /usr/lib/postgresql/<version>/bin. */
function binDir(): string {
  if (process.env.PG_BIN_DIR) return process.env.PG_BIN_DIR;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) throw new Error('PostgreSQL server binaries not found: set PG_BIN_DIR');
  return path.join(root, versions[0], 'bin');
}

async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Where a running private server is: enough for another process (a test worker) to reach and restart it. */
export interface PrivatePostgresLocation {
  port: number;
  dir: string;
  bin: string;
}

/** PostgreSQL refuses to run as root: as root (CI), the server runs as the postgres account. */
const asRoot = () => process.getuid?.() === 0;

function runner(location: PrivatePostgresLocation) {
  const data = path.join(location.dir, 'data');
  const run = (tool: string, args: string[]) => {
    const [cmd, argv] = asRoot()
      ? ['runuser', ['-u', 'postgres', '--', path.join(location.bin, tool), ...args]]
      : [path.join(location.bin, tool), args];
    execFileSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'], cwd: location.dir });
  };
  const options = [
    `-p ${location.port}`,
    `-k ${location.dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c max_connections=200',
    // Durability on the same machine is what the tests need: a crash of the server process, not
    // of the operating system, keeps what the OS already has.
    '-c fsync=off',
    '-c full_page_writes=off',
  ].join(' ');
  return {
    initdb: () => run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']),
    start: () =>
      run('pg_ctl', ['-D', data, '-l', path.join(location.dir, 'log'), '-o', options, '-w', '-t', '60', 'start']),
    crash: () => run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']),
  };
}

/** Initialises and starts a server in a new temporary directory. */
export async function startPrivatePostgres(): Promise<PrivatePostgres & { location: PrivatePostgresLocation }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hanbin-reliability-pg-'));
  if (asRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const location = { port: await freePort(), dir, bin: binDir() };
  const control = runner(location);
  control.initdb();
  control.start();
  const server = attachPrivatePostgres(location);
  let stopped = false;
  return {
    ...server,
    location,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        control.crash();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** A handle on a server another process started. */
export function attachPrivatePostgres(location: PrivatePostgresLocation): PrivatePostgres {
  const control = runner(location);
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${location.port}/${database}`;
  return {
    port: location.port,
    url,
    async query(sql, params, database) {
      const client = new pg.Client({ connectionString: url(database) });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows;
      } finally {
        await client.end();
      }
    },
    async restart() {
      control.crash();
      control.start();
    },
    stop() {
      throw new Error('only the suite that started the server stops it');
    },
  };
}
