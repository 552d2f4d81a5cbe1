import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { createSessionLink } from './auth/sessionLink';
import manifest from './gql/persisted-documents.json';
import { createPersistedDocumentLink, documentHash } from './lib/persistedDocumentLink';

/** The app's cache: towns and villages are keyed by their division code, not an id. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Town: { keyFields: ['code'] },
      Village: { keyFields: ['code'] },
      // A procedure step has no id of its own: lists ask for its name, a case page for all of it.
      MonitoringStep: { merge: true },
      // Summaries have no id: the dashboard and the overview ask for different parts of the same one.
      IndustrySummary: { merge: true },
      IndustryGroup: { merge: true },
      EastWestSummary: { merge: true },
    },
  });
}

const registered = manifest as Record<string, string>;

/**
 * In development the text sent beside the hash is the registered text itself, so that
 * sha256(query) equals `sha256Hash` and the API runs exactly what it will run in production.
 * (Production builds send no text and drop the manifest from the bundle.)
 */
const printRegistered: HttpLink.Options['print'] = (ast, print) => {
  const hash = documentHash(ast);
  return (hash && registered[hash]) || print(ast);
};

/** The links every request passes: session watch, trusted-document hash, HTTP. */
export function createAppLink(): ApolloLink {
  const production = import.meta.env.PROD;
  return ApolloLink.from([
    createSessionLink(),
    createPersistedDocumentLink({ includeQuery: !production }),
    // The session is an httpOnly cookie of this origin: the SPA never sees it, fetch sends it.
    new HttpLink({
      uri: '/graphql',
      credentials: 'same-origin',
      ...(production ? {} : { print: printRegistered }),
    }),
  ]);
}

/** Apollo client for the API on the same origin (`/graphql`; the dev server proxies it). */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: createAppLink(),
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
