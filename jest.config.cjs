/** Unit, property and bundle tests (Node). Browser tests live in jest.browser.config.cjs. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/test/browser/'],
  // Speed is measured by `npm run bench`, not by timeouts: a busy CI machine must not fail a test.
  testTimeout: 60000,
  transform: { '^.+\\.ts$': 'ts-jest' },
};
