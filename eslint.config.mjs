import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { consoleLayers } from './scripts/eslint/console-layers.mjs';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/dist-widget/**',
      '**/node_modules/**',
      '**/coverage/**',
      '.data/**',
      '**/*.config.js',
      '**/*.config.mjs',
      '**/vite.config.ts',
      '**/vite.widget.config.ts',
      '**/vitest.config.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Features do not import each other; web/src/pages composes them.
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { console: consoleLayers },
    rules: { 'console/layers': 'error' },
  },
  {
    // The API logs through Nest's Logger only, and never message text or identifiers.
    files: ['api/src/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    // The service worker that shows Web Push notifications (plain JS, served as is).
    files: ['web/public/sw.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    files: ['scripts/**/*.mjs', 'test/support/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
