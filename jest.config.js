/** Jest in ESM mode (the action's dependencies are ES modules only). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 120000,
  maxWorkers: 2,
  setupFilesAfterEnv: ['<rootDir>/test/support/jest-cleanup.ts'],
  reporters: ['default', '<rootDir>/test/support/count-reporter.mjs'],
};
