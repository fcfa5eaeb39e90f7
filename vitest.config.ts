import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['visgl:webgl-only'] },
  test: {
    // One test file at a time: SwiftShader WebGL needs both cores, and deck.gl picking in the
    // browser tests grew unreliable while jsdom suites ran beside it.
    maxWorkers: 1,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['tests/msw/setup-component-tests.ts'],
          // Opening a drawer and loading the lazy charts in jsdom can pass 5 s on two busy cores.
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 90_000,
          // SwiftShader on two shared cores can take seconds to redraw while other projects run.
          expect: { poll: { timeout: 15_000, interval: 100 } },
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
