import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { translateDbError } from './db-errors';

// What a client is told when the database goes away mid-request: retry, never an internal error.
describe('database errors a client may retry', () => {
  it.each([
    ['a connection killed mid-query', Object.assign(new Error('terminating connection'), { code: '57P01' })],
    ['a server that crashed', Object.assign(new Error('crash'), { code: '57P02' })],
    ['a server still starting', Object.assign(new Error('starting up'), { code: '57P03' })],
    ['a connection that dropped', new Error('Connection terminated unexpectedly')],
    ['a refused connection', new Error('connect ECONNREFUSED 127.0.0.1:5432')],
    ['a busy pool', new Error('timeout exceeded when trying to connect')],
    ['a transaction whose connection TypeORM already dropped', new QueryRunnerAlreadyReleasedError()],
    ['a manager whose connection TypeORM already dropped', new QueryRunnerProviderAlreadyReleasedError()],
  ])('%s is SERVICE_UNAVAILABLE, retryable', (_, error) => {
    const translated = translateDbError(error);
    expect(translated?.code).toBe('SERVICE_UNAVAILABLE');
    expect(translated?.extra.retryable).toBe(true);
  });

  it('a genuine fault stays unknown (an internal error with a request id)', () => {
    expect(translateDbError(new Error('relation "nope" does not exist'))).toBeUndefined();
  });
});
