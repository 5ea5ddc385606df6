import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

// Unit tests of the console's pure code (web/src/lib and the features' lib helpers): no browser, no DOM.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      include: ['src/**/__tests__/**/*.test.ts', 'widget/**/__tests__/**/*.test.ts'],
      environment: 'node',
    },
  }),
);
