import path from 'node:path';
import { defineConfig } from 'vite';

/**
 * The web chat widget: one self-contained script (`dist-widget/widget.js`, served at `/widget.js`) for
 * the organisation's own sites. No React; it draws itself in a Shadow DOM so the site's CSS cannot reach it.
 */
export default defineConfig({
  resolve: {
    alias: {
      '@webcare/shared': path.resolve(import.meta.dirname, '../shared/src/contract-index.ts'),
    },
  },
  // The console's public files (service worker, icons) are not the widget's.
  publicDir: false,
  build: {
    outDir: 'dist-widget',
    emptyOutDir: true,
    target: 'es2020',
    lib: {
      entry: path.resolve(import.meta.dirname, 'widget/main.ts'),
      name: 'WebcareWidget',
      formats: ['iife'],
      fileName: () => 'widget.js',
    },
  },
});
