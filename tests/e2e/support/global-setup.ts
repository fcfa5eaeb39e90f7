import { resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { buildProduction } from '../../../scripts/build-production';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The same build served under a GitHub-Pages-like sub-path. */
    subPathUrl: string;
  }
}

const OUT_DIR = 'test-results/e2e-dist';
/** Built as the Pages workflow builds it: an absolute base named after the repository. */
const PAGES_OUT_DIR = 'test-results/e2e-dist-pages';
const SUB_PATH = '/gde-partnership-atlas/';

/** Serves the built bundle on loopback at a base path. */
async function serve(root: string, outDir: string, base: string, port: number) {
  const server = await preview({
    root,
    base,
    logLevel: 'warn',
    build: { outDir: resolve(root, outDir) },
    preview: { host: '127.0.0.1', port, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error(`vite preview at ${base} did not report a URL`);
  return { server, url };
}

/** Builds the production bundle once and serves it on loopback for the real-browser tests. */
export default async function setup(project: TestProject) {
  const root = process.cwd();
  await buildProduction([
    { root, build: { outDir: resolve(root, OUT_DIR), emptyOutDir: true } },
    { root, base: SUB_PATH, build: { outDir: resolve(root, PAGES_OUT_DIR), emptyOutDir: true } },
  ]);
  const main = await serve(root, OUT_DIR, '/', 4317);
  const subPath = await serve(root, PAGES_OUT_DIR, SUB_PATH, 4318);
  project.provide('baseUrl', main.url);
  project.provide('subPathUrl', subPath.url);
  return async () => {
    await Promise.all([main.server.close(), subPath.server.close()]);
  };
}
