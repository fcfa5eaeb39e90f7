import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative base so the same build works at a domain root and under a GitHub Pages sub-path.
  base: process.env.ATLAS_BASE ?? './',
  plugins: [react()],
  resolve: {
    // deck.gl 9.4 ships a WebGL-only entry that drops the WebGPU code paths (about 45 KB gzip).
    conditions: ['visgl:webgl-only'],
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
