import { describe, expect, it } from 'vitest';
import { PiiCipher } from './common/pii';
import { ConfigError, loadConfig } from './config';

/** The key that protects ID numbers: required where real data lives, refused when too weak. */
describe('PII_KEY', () => {
  const server = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x' };

  it('is required in production on a server, with a message that says how to make one', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', ...server })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', ...server })).toThrow(/PII_KEY must be set in production/);
  });

  it('may be left out for the embedded demo and in development (a development key is used)', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).piiKey.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ NODE_ENV: 'development', ...server }).piiKey.length).toBeGreaterThanOrEqual(32);
  });

  it('is read as base64 or hex, and refused under 32 bytes', () => {
    const base64 = Buffer.alloc(32, 7).toString('base64');
    const hex = Buffer.alloc(32, 7).toString('hex');
    expect(loadConfig({ NODE_ENV: 'production', ...server, PII_KEY: base64 }).piiKey).toEqual(Buffer.alloc(32, 7));
    expect(loadConfig({ NODE_ENV: 'production', ...server, PII_KEY: hex }).piiKey).toEqual(Buffer.alloc(32, 7));
    expect(() => loadConfig({ ...server, PII_KEY: Buffer.alloc(16).toString('base64') })).toThrow(/32 bytes or more/);
  });

  it('two processes with the same key agree: one seals, the other opens and finds the same hash', () => {
    const key = Buffer.alloc(32, 9);
    const a = new PiiCipher(key);
    const b = new PiiCipher(Buffer.from(key));
    const sealed = a.seal('11010519491231002X');
    expect(sealed.toString('latin1')).not.toContain('11010519491231002X');
    expect(b.open(sealed)).toBe('11010519491231002X');
    expect(b.lookupHash('11010519491231002X')).toBe(a.lookupHash('11010519491231002X'));
    expect(new PiiCipher(Buffer.alloc(32, 8)).lookupHash('11010519491231002X')).not.toBe(
      a.lookupHash('11010519491231002X'),
    );
    // A tampered value is refused rather than opened to something else.
    sealed[sealed.length - 1] ^= 1;
    expect(() => b.open(sealed)).toThrow();
  });
});

describe('GRAPHQL_EXECUTION', () => {
  it('is compiled unless told otherwise, interpreted on request, and refuses anything else by name', () => {
    expect(loadConfig({}).graphqlExecution).toBe('compiled');
    expect(loadConfig({ GRAPHQL_EXECUTION: 'interpreted' }).graphqlExecution).toBe('interpreted');
    expect(() => loadConfig({ GRAPHQL_EXECUTION: 'jit' })).toThrow(
      'GRAPHQL_EXECUTION must be one of compiled, interpreted, got "jit"',
    );
  });
});
