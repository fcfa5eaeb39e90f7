import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
// With its extension: Vite's coming native config loader runs this file as Node does.
import { appChunks } from './scripts/app-chunks.ts';

/**
 * The Content Security Policy of the built site (a meta tag, as GitHub Pages cannot send headers).
 * Only what the atlas needs: its own scripts; inline styles (React and MapLibre set style
 * attributes); data:/blob: images (PNG export, map sprites); workers from its own files (MapLibre's
 * CSP build, the data checks, the service worker); fetches to itself, to https hosts (the optional basemap, data= links) and of
 * data: URLs (deck.gl loads the site-icon atlas, drawn in the page, as one).
 * Development has no such tag: Vite's dev server needs inline scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https: data:",
  "worker-src 'self'",
  "child-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'atlas-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The app's chunks (the app with the map's code, which the small entry loads at once) are fetched
 * as the page is read, beside the entry: without this, the browser learns of them only once the
 * entry has run (a round trip later). Their styles are linked as the entry's would be, so the
 * page's loading line is drawn styled, not restyled a moment later.
 */
function preloadAppChunks(): Plugin {
  let base = './';
  return {
    name: 'atlas-preload-app-chunks',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (bundle === undefined) return [];
        const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
        const loaded = appChunks(chunks);
        if (loaded === null) return [];
        const files = [...loaded.app].filter((file) => !loaded.entry.has(file));
        const styles = chunks
          .filter((chunk) => files.includes(chunk.fileName))
          .flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]);
        const link = (rel: string, file: string) => ({
          tag: 'link',
          attrs: { rel, crossorigin: true, href: `${base}${file}` },
          injectTo: 'head' as const,
        });
        return [
          ...styles.map((file) => link('stylesheet', file)),
          ...files.map((file) => link('modulepreload', file)),
        ];
      },
    },
  };
}

export default defineConfig({
  // Relative base so the same build works at a domain root and under a GitHub Pages sub-path.
  base: process.env.ATLAS_BASE ?? './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    preloadAppChunks(),
    // After one online visit the whole atlas (app, data, boundaries, coastline) is in a service
    // worker's precache, so a workshop with no Wi-Fi still works. A new deploy waits for the
    // user's say-so (registerType "prompt") instead of swapping code under an open view.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'GDE Partnership Atlas',
        short_name: 'GDE Atlas',
        description: "A map of England's NHS Global Digital Exemplar and Fast Follower pairings",
        lang: 'en-GB',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#f3f4f6',
        theme_color: '#1d4f91',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,csv,json,svg,webmanifest}'],
        // The app's chunk, with MapLibre and deck.gl, is about 1.9 MB before compression.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: {
    // deck.gl 9.4 ships a WebGL-only entry that drops the WebGPU code paths (about 45 KB gzip).
    // Vite's own conditions stay (browser, module, production); deck.gl then leaves out WebGPU.
    conditions: [...defaultClientConditions, 'visgl:webgl-only'],
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
