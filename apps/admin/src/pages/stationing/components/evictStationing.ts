import type { ApolloCache } from '@apollo/client';

/** After a change of who is stationed where: every list, the coverage and the counts may differ. */
export function evictStationing(cache: ApolloCache): void {
  for (const fieldName of ['workTeams', 'firstSecretaries', 'stationingCoverage', 'stationingSummary', 'cadres']) {
    cache.evict({ fieldName });
  }
  cache.gc();
}
