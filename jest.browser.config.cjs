/** Real-browser tests: Chromium driven by playwright-core. Run with `npm run test:browser`. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.test.ts'],
  testTimeout: 60000,
  transform: { '^.+\\.ts$': 'ts-jest' },
};
