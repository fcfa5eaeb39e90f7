import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { createElement } from 'react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { server } from './server';

// jsdom has no WebGL: every component test sees the map as a placeholder (the browser tests draw
// the real one).
vi.mock('../../src/features/map/map-view', () => ({
  default: () => createElement('div', { 'data-testid': 'map' }),
}));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
