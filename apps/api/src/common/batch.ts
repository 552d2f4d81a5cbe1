import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

/** The most calls one statement carries; more wait for the next one, in the same turn. */
const MAX_BATCH = 100;

/**
 * Gathers the calls that concurrent requests make within one turn of the event loop (everything the
 * requests read off their sockets in that turn) and runs them as one statement, answering each call
 * with its own result. Under load a request then pays a share of a statement's round trip and system
 * calls instead of a whole one; a request alone waits for nothing but the end of its turn.
 *
 * Nothing is cached and nothing is shared but the statement: every call reaches the database in a
 * statement sent after the call was made, so a batch sees what a statement of its own would have
 * seen. A failed statement fails every call in it (a busy pool, a restarted server: retryable for all).
 */
export function acrossRequests<K, V>(run: (keys: readonly K[]) => Promise<ArrayLike<V | Error>>): DataLoader<K, V> {
  return new DataLoader<K, V>(run, {
    cache: false,
    maxBatchSize: MAX_BATCH,
    batchScheduleFn: (callback) => setImmediate(callback),
  });
}

/**
 * One instance per data source, made on first use (a batcher, statements built from its metadata): it
 * belongs to the process and the database, never to a request.
 */
export function perDataSource<T>(make: (dataSource: DataSource) => T): (dataSource: DataSource) => T {
  const made = new WeakMap<DataSource, T>();
  return (dataSource) => {
    let value = made.get(dataSource);
    if (value === undefined) {
      value = make(dataSource);
      made.set(dataSource, value);
    }
    return value;
  };
}
