import { expect } from 'vitest';
import type { GqlResult } from './harness';

type GqlError = NonNullable<GqlResult['errors']>[number];

const HAN = /\p{Script=Han}/u;

/**
 * What every refusal must look like to a caller: a code to branch on, a message a clerk can read
 * (in Chinese), no stack trace or SQL anywhere, and never a 500. Returns the first error.
 */
export function expectRefused(result: GqlResult, code: string): GqlError {
  expect(result.errors, `expected ${code}, got data ${JSON.stringify(result.data)}`).toBeDefined();
  expect(result.errors?.length).toBeGreaterThan(0);
  const error = result.errors?.[0] as GqlError;
  expect(error.extensions?.code, JSON.stringify(result.errors)).toBe(code);
  for (const e of result.errors ?? []) {
    expect(e.extensions?.code, 'every error carries extensions.code').toEqual(expect.any(String));
    // Quoted text is the caller's own input echoed back; the explanation around it must be Chinese.
    expect(e.message.replace(/"(?:[^"\\]|\\.)*"/g, '""'), `message should be in Chinese: ${e.message}`).toMatch(HAN);
  }
  expect(JSON.stringify(result)).not.toMatch(/stacktrace|QueryFailedError|node_modules|\bSELECT\s.+\sFROM\b/i);
  expect(result.status).toBeLessThan(500);
  return error;
}

/** The input fields an error names in `extensions.fields`. */
export function errorFields(error: GqlError): string[] {
  return ((error.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field);
}
