import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTestApi } from './harness';

describe('stopping the API', () => {
  it('lets an in-flight request finish, then refuses new ones and closes the pool', async () => {
    const api = await startTestApi({ seed: false, env: { DB_POOL_MAX: '1', DB_ACQUIRE_TIMEOUT_MS: '10000' } });
    // Hold the only pooled connection so the request below is still in flight when we stop.
    const holder = api.db.dataSource.createQueryRunner();
    await holder.connect();
    await holder.query('SELECT 1');
    const inFlight = api.gql('{ towns { code } }');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const stopping = api.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await holder.release();
    const result = await inFlight;
    await stopping;
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    expect(result.data?.towns).toEqual([]);
    await expect(fetch(`${api.url}/healthz`)).rejects.toThrow();
    expect(api.db.dataSource.isInitialized).toBe(false);
  });

  it('exits cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
      cwd: path.resolve(__dirname, '../..'),
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PORT: '0',
        EMBEDDED_DATA_DIR: 'memory://',
        AUTO_SEED: 'false',
        LOG_LEVEL: 'info',
        ADMIN_DIST_DIR: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    for (let i = 0; i < 600 && !output.includes('"msg":"ready"'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(output).toContain('"msg":"ready"');
    const port = /"port":(\d+),"ms"/.exec(output)?.[1];
    const served = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ towns { code } }' }),
    });
    expect(served.status).toBe(200);
    // The access log: one line per request, with the id the response carried, and none for probes.
    await fetch(`http://127.0.0.1:${port}/healthz`);
    const requestId = served.headers.get('x-request-id');
    for (let i = 0; i < 50 && !output.includes('request completed'); i++) await new Promise((r) => setTimeout(r, 100));
    const lines = output
      .split('\n')
      .filter((line) => line.includes('"msg":"request completed"'))
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      expect.objectContaining({
        level: 30,
        reqId: requestId,
        req: { method: 'POST', url: '/graphql' },
        res: { statusCode: 200 },
        responseTime: expect.any(Number),
      }),
    ]);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('"msg":"draining"');
    expect(output).toContain('"msg":"stopped"');
  });
});
