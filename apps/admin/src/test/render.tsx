import { StyleProvider } from '@ant-design/cssinjs';
import { ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { App as AntdApp } from 'antd';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createCache } from '../apollo';
import { MeQuery } from '../auth/auth.graphql';
import { createSessionLink } from '../auth/sessionLink';
import type { ViewerFieldsFragment } from '../gql/graphql';
import { routes } from '../routes';
import { districtAdmin } from './viewers';

export type Mock = MockLink.MockedResponse;

// antd's CSS-in-JS goes to a detached node: with thousands of rules in the document, every jsdom
// getComputedStyle (testing-library calls it for each role query) costs ~70 ms.
const styleSink = document.createElement('div');

export interface RenderOptions {
  /**
   * Who is signed in (written to the cache as `me`, so the auth gate lets the page through without
   * a request): a district administrator unless said otherwise; null for nobody; undefined with
   * `{ viewer: undefined }` leaves `me` to the mocks.
   */
  viewer?: ViewerFieldsFragment | null;
}

/**
 * Renders the real route table at `path` over mocked GraphQL responses, behind the same session
 * link as the app (so session errors redirect as they do in the browser); returns the router.
 */
export function renderAt(path: string, mocks: Mock[], options: RenderOptions = {}) {
  const cache = createCache();
  const viewer = 'viewer' in options ? options.viewer : districtAdmin;
  if (viewer !== undefined) cache.writeQuery({ query: MeQuery, data: { me: viewer } });
  const link = ApolloLink.from([createSessionLink(), new MockLink(mocks)]);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <StyleProvider container={styleSink}>
      <MockedProvider cache={cache} link={link}>
        <RouterProvider router={router} />
      </MockedProvider>
    </StyleProvider>,
  );
  return { router, cache, ...view };
}

/** Renders one component with antd's App context (message, modal) and nothing else: no router, no Apollo. */
export function renderComponent(ui: ReactNode) {
  return render(
    <StyleProvider container={styleSink}>
      <AntdApp>{ui}</AntdApp>
    </StyleProvider>,
  );
}
