import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// The process boundary, enforced: shared is pure, the renderer knows only window.api and
// shared, the preload knows only electron and the channel list, main never reaches into the UI.
const nodeModules = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'url']

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'native/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'better-sqlite3', 'react', 'react-dom', ...nodeModules],
              message: 'src/shared is pure TypeScript: no Electron, Node, database or UI.',
            },
            {
              group: ['**/main/**', '**/renderer/**', '**/preload/**'],
              message: 'src/shared imports nothing from the processes that use it.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'process',
        'require',
        'localStorage',
        'sessionStorage',
        'fetch',
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'better-sqlite3', ...nodeModules],
              message: 'The renderer has no Node or Electron: it talks to main through window.api.',
            },
            {
              group: ['**/main/**', '**/preload/**'],
              message: 'The renderer knows main only through window.api and the shared contract.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: 'shared/(?!api/channels$)',
              allowTypeImports: true,
              message:
                'The sandboxed preload may bundle only the channel list (no zod at run time).',
            },
            {
              group: ['**/main/**', '**/renderer/**', ...nodeModules],
              message: 'The preload exposes the contract and nothing else.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**', '**/preload/**'], message: 'Main never imports UI code.' },
          ],
        },
      ],
    },
  },
  {
    // A shipped migration must do tomorrow what it did the day it shipped: SQL on the schema only,
    // nothing from the app's model or summary code (derived data is src/main/db/derived's).
    files: ['src/main/db/migrations/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*', '**/shared/**', '**/renderer/**', '**/preload/**'],
              message:
                'Migrations are self-contained: SQL only, no import of the app’s code (use the derived-data step).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', '**/preload/**', '**/main/**', 'electron'],
              message: 'The command-line tools use shared code only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'tests/**/*.ts',
      'bench/**/*.ts',
      'scripts/**/*.{ts,mjs}',
      'packaging/**/*.ts',
      '*.config.{ts,mts,mjs}',
    ],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    // CommonJS entry points that Node loads directly (e.g. the Electron stand-in's --require hook).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
