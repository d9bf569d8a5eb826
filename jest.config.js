/**
 * Jest in ESM mode (the action's dependencies are ES modules only). `npm test` runs every test but the slow ones
 * (`*.slow.test.ts`: crash matrices and many-round races); `npm run test:slow` runs those (jest.slow.config.js).
 */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '\\.slow\\.test\\.ts$'],
  testTimeout: 120000,
  // the end-to-end tests mostly wait on the emulator's replication delays, so three workers fit two cores
  maxWorkers: 3,
  setupFilesAfterEnv: ['<rootDir>/test/support/jest-cleanup.ts'],
  reporters: ['default', '<rootDir>/test/support/count-reporter.mjs'],
};
