import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { useMemo } from 'react';
import { RouterProvider } from 'react-router';
import { createApolloClient } from './apollo';
import type { AppRouter } from './routes';

export interface AppProps {
  router: AppRouter;
  /** Tests pass their own client; the app talks to `/graphql` on its own origin. */
  client?: ApolloClient;
}

/**
 * Apollo and the router. antd's providers (zh-CN locale, App for message/modal) live in the
 * lazily loaded shell, so the first chunk carries no antd at all.
 */
export function App({ router, client }: AppProps) {
  const apollo = useMemo(() => client ?? createApolloClient(), [client]);
  return (
    <ApolloProvider client={apollo}>
      <RouterProvider router={router} />
    </ApolloProvider>
  );
}
