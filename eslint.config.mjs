// The house rules a linter can check (docs/ARCHITECTURE.md says why each exists).
// Folder boundaries that need the whole import graph are in test/architecture.test.ts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      'no-console': 'off',
    },
  },
  {
    // Page scripts run in browsers. Their tsconfig has Node's types (it reads the server modules the
    // console takes its types from), so these rules keep Node out of them instead: only types from
    // server modules, values only from the browser-safe ones, no Node modules or globals.
    files: ['src/web/client/**/*.ts', 'src/web/client/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@server/(?!(program/limits|retention/classes|crypto/e2e|crypto/plan-seal|i18n/languages)$)',
              allowTypeImports: true,
              message:
                'Page scripts take only types from server modules (import type); values only from browser-safe ones (src/web/client/README.md).',
            },
            { group: ['node:*'], message: 'Browsers have no Node modules.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['Buffer', 'process', 'require', '__dirname', '__filename', 'global'].map((name) => ({
          name,
          message: 'Browsers have no Node globals.',
        })),
      ],
    },
  },
  {
    // A repo belongs to its folder: another capability calls the owner's service (test/architecture.test.ts
    // checks the same across the whole import graph; this catches it in the editor).
    files: ['src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/test-fixtures.ts', 'src/web/client/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*/repo', '../../*/repo', '../../../*/repo', '../*/repo/*', '../../*/repo/*'],
              message: "Another folder's repo: call that capability's service instead.",
            },
          ],
        },
      ],
    },
  },
  {
    // Domain code never speaks HTTP: only routes, http/, web/, the phone adapters and the composition root do.
    files: ['src/*/**/*.ts'],
    ignores: [
      '**/*.test.ts',
      '**/routes.ts',
      '**/routes/*.ts',
      '**/route-*.ts',
      'src/http/**',
      'src/web/**',
      'src/telephony/*/**',
      'src/simulator/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['fastify', '@fastify/*'], message: 'Only routes and the HTTP edge import fastify.' }] },
      ],
    },
  },
  {
    // Plain Node scripts (no TypeScript to know Node's globals).
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', URL: 'readonly', console: 'readonly' } },
  },
);
