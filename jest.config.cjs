/** Unit, property and bundle tests (Node). Browser tests live in jest.browser.config.cjs. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/test/browser/'],
  transform: { '^.+\\.ts$': 'ts-jest' },
};
