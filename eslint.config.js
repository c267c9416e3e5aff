import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';

const features = readdirSync('src/features', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/**
 * The dashboard's layers (README, "How the code is laid out"): contract ← api ← features ← app, with lib
 * pure underneath everything. Each zone names a folder and what it may not reach.
 */
const layers = [
  {
    target: 'src/lib',
    from: ['src/api', 'src/features', 'src/app', 'src/components', 'src/navigation', 'src/testing'],
    message: 'src/lib holds pure helpers: it imports only the contract and other helpers.',
  },
  {
    target: 'src/api',
    from: ['src/features', 'src/app', 'src/components', 'src/navigation'],
    message: 'src/api sits below the screens: features and the app import it, never the other way.',
  },
  {
    target: ['src/components', 'src/navigation'],
    from: ['src/api', 'src/features', 'src/app'],
    message: 'Shared parts know nothing of the API or the screens.',
  },
  {
    target: 'src/features',
    from: 'src/app',
    message: 'The app composes the features; a feature never imports the app.',
  },
  ...features.map((name) => ({
    target: `src/features/${name}`,
    from: 'src/features',
    except: [`./${name}`],
    message: 'Features do not import each other: the app composes them.',
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'data', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver()],
      // no-cycle follows only the files it parses: by default those are .js.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Type-only imports are left out: they vanish at build time and cannot order module loading.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: layers }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**', '../server/*'], message: 'src never imports server' },
            {
              group: ['**/testing/**', '../testing/*', './testing/*'],
              message: 'src/testing is for test files only: the app never imports it.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests and their support run against the real local server, so they may start one.
    files: ['src/**/*.test.{ts,tsx}', 'src/testing/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-*', '@tanstack/react-*', 'sonner'],
              message: 'src/lib holds pure helpers: no React.',
            },
            { group: ['**/server/**', '../server/*'], message: 'src never imports server' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts', 'contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/src/**'], message: 'server and contract never import src' }] },
      ],
    },
  },
);
