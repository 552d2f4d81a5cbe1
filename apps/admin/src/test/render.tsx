import { StyleProvider } from '@ant-design/cssinjs';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createCache } from '../apollo';
import { routes } from '../routes';

export type Mock = MockLink.MockedResponse;

// antd's CSS-in-JS goes to a detached node: with thousands of rules in the document, every jsdom
// getComputedStyle (testing-library calls it for each role query) costs ~70 ms.
const styleSink = document.createElement('div');

/** Renders the real route table at `path` over mocked GraphQL responses; returns the router. */
export function renderAt(path: string, mocks: Mock[]) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <StyleProvider container={styleSink}>
      <MockedProvider mocks={mocks} cache={createCache()}>
        <RouterProvider router={router} />
      </MockedProvider>
    </StyleProvider>,
  );
  return { router, ...view };
}
