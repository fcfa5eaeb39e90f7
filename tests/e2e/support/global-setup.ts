import { resolve } from 'node:path';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { ONS_SERVICES_BASE } from '../../../scripts/boundaries/config';
import { buildGeography } from '../../../scripts/build-boundaries';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The same build served under a GitHub-Pages-like sub-path. */
    subPathUrl: string;
  }
}

const OUT_DIR = 'test-results/e2e-dist';
const SUB_PATH = '/gde-partnership-atlas/';

/** Builds the production bundle once and serves it on loopback for the real-browser tests. */
export default async function setup(project: TestProject) {
  const root = process.cwd();
  await buildGeography({
    root,
    ifMissing: true,
    boundariesDir: process.env.BOUNDARIES_DIR,
    onsBase: process.env.ONS_SERVICES_BASE ?? ONS_SERVICES_BASE,
    log: () => undefined,
  });
  await build({
    root,
    logLevel: 'warn',
    build: { outDir: resolve(root, OUT_DIR), emptyOutDir: true },
  });
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir: resolve(root, OUT_DIR) },
    preview: { host: '127.0.0.1', port: 4317, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
  const subPath = await preview({
    root,
    base: SUB_PATH,
    logLevel: 'warn',
    build: { outDir: resolve(root, OUT_DIR) },
    preview: { host: '127.0.0.1', port: 4318, strictPort: false, open: false },
  });
  const subPathUrl = subPath.resolvedUrls?.local[0];
  if (subPathUrl === undefined) throw new Error('vite preview (sub-path) did not report a URL');
  project.provide('subPathUrl', subPathUrl);
  return async () => {
    await Promise.all([server.close(), subPath.close()]);
  };
}
