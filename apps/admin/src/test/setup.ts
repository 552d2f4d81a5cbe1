// jsdom lacks layout APIs that antd and ProLayout probe; stub them so pages render.
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The first render transforms the lazily loaded shell (antd, ProLayout): allow it time.
configure({ asyncUtilTimeout: 10_000 });
afterEach(() => cleanup());

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
}

window.scrollTo = () => {};
// antd measures scrollbars through getComputedStyle(el, '::-webkit-scrollbar'); jsdom only logs "not implemented".
const getComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (elt: Element) => getComputedStyle(elt);
