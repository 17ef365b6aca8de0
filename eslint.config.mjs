import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'build/', 'out/', 'coverage/', 'test-output/', 'examples/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
      },
    },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'fs',
                'path',
                'node:*',
                'os',
                'child_process',
                'exceljs',
                'csv-parse',
                'csv-parse/*',
              ],
              message: 'The core is pure: no Node API or file format library.',
            },
            {
              group: ['../local/*', '../google/*', '../../local/*', '../../google/*'],
              message: 'The core does not depend on an adapter.',
            },
          ],
        },
      ],
    },
  },
);
