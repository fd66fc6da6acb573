/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: false }] },
  setupFiles: ['reflect-metadata'],
  // Builds dist/ once: some tests run the compiled CLIs as real processes.
  globalSetup: '<rootDir>/tests/global-setup.ts',
  testTimeout: 30000,
};
