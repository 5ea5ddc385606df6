/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true }] },
  moduleNameMapper: { '^@webcare/shared$': '<rootDir>/../shared/src/index.ts' },
  testTimeout: 90_000,
  // Each file starts the app with its own PostgreSQL; two at a time fit a 2-core machine.
  maxWorkers: 2,
};
