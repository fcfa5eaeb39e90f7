import '@testing-library/jest-dom/vitest';
import { act, cleanup, configure, getConfig } from '@testing-library/react';
import { createElement } from 'react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { server } from './server';

// jsdom has no WebGL: every component test sees the map as a placeholder (the browser tests draw
// the real one).
vi.mock('../../src/features/map/map-view', () => ({
  default: () => createElement('div', { 'data-testid': 'map' }),
}));

// The panels show the view once the next frame has been drawn (useValueAfterFrame), as a browser
// does after a click. Each user action and each wait here ends after that frame, so a test reads
// the page as a person would see it a moment after acting.
const settle = () =>
  act(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => setTimeout(resolve));
      }),
  );
const { asyncWrapper } = getConfig();
configure({
  asyncWrapper: (action) =>
    asyncWrapper(async () => {
      const result: unknown = await action();
      await settle();
      return result;
    }),
});

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
