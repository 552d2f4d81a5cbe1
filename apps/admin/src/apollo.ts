import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The app's cache: towns and villages are keyed by their division code, not an id. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Town: { keyFields: ['code'] },
      Village: { keyFields: ['code'] },
    },
  });
}

/** Apollo client for the API on the same origin (`/graphql`; the dev server proxies it). */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql' }),
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
