// jsdom stubs and cleanup are shared with packages/ui.
import '@hanbin/ui/test-setup';
import { configure } from '@testing-library/react';
import { afterAll } from 'vitest';

// The first render transforms the lazily loaded shell (antd, ProLayout): allow it time.
configure({ asyncUtilTimeout: 10_000 });

// ProLayout's side menu schedules a timer on mount that it never clears. If it is still pending when
// a test file ends, it fires after jsdom is torn down ("window is not defined") and fails the run
// at random. Timers still pending when a file's tests are over are cleared here.
const pendingTimers = new Set<ReturnType<typeof setTimeout>>();
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;
globalThis.setTimeout = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const id = realSetTimeout(
    (...callArgs: unknown[]) => {
      pendingTimers.delete(id);
      handler(...callArgs);
    },
    ms,
    ...args,
  );
  pendingTimers.add(id);
  return id;
}) as typeof setTimeout;
globalThis.clearTimeout = ((id?: ReturnType<typeof setTimeout>) => {
  if (id !== undefined) pendingTimers.delete(id);
  realClearTimeout(id);
}) as typeof clearTimeout;
afterAll(() => {
  for (const id of pendingTimers) realClearTimeout(id);
  pendingTimers.clear();
});
