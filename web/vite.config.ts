import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The console loads the shared contract up front and the triage engine (with its model) on demand.
    alias: {
      '@webcare/shared/triage': path.resolve(import.meta.dirname, '../shared/src/triage/index.ts'),
      '@webcare/shared': path.resolve(import.meta.dirname, '../shared/src/contract-index.ts'),
    },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: true },
      '/health': { target: apiTarget, changeOrigin: true },
      '/socket.io': { target: apiTarget, changeOrigin: true, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The console (~490 kB, ~150 kB gzipped) loads once per working day. The triage engine with its
    // learned model (~1.5 MB, ~800 kB gzipped) is a chunk of its own, fetched when an agent first writes
    // a public reply; the limit is set above it so a larger console still warns.
    chunkSizeWarningLimit: 1600,
  },
});
