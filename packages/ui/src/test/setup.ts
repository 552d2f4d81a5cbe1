/**
 * Vitest setup for jsdom tests of antd screens (`@hanbin/ui/test-setup`): unmounts after each test
 * and stubs the layout APIs that antd and ProLayout probe and jsdom lacks. The importing package
 * runs the same vitest and @testing-library/react as this one (the workspace pins one version).
 */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

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
