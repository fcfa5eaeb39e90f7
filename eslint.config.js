import { readdirSync } from 'node:fs';
import { URL } from 'node:url';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layers, top to bottom: app → features → state → data → domain. Each imports only what is below
// it (lib and theme are shared), and features do not import each other (as bulletproof-react).
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const LAYER_ZONES = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'features do not import each other: move what both need into state, domain or theme',
  })),
  { target: './src/features', from: './src/app', message: 'features sit below the app' },
  {
    target: ['./src/state', './src/data', './src/domain', './src/lib', './src/theme'],
    from: ['./src/app', './src/features'],
    message: 'state, data and domain sit below the app and its features',
  },
  {
    target: ['./src/data', './src/domain', './src/lib'],
    from: './src/state',
    message: 'data and domain sit below the view state',
  },
  {
    target: ['./src/domain', './src/lib'],
    from: ['./src/data', './src/theme'],
    message: 'the domain is pure: it imports nothing above it',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/data', 'test-results', 'coverage', 'bench/.out'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  importX.flatConfigs.recommended,
  importX.flatConfigs.typescript,
  jsxA11y.flatConfigs.recommended,
  {
    // TypeScript already checks default and named imports; these rules misread CJS type definitions.
    rules: {
      'import-x/default': 'off',
      'import-x/no-named-as-default': 'off',
      'import-x/no-named-as-default-member': 'off',
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // A scrollable table sits in a focusable, labelled region so keyboard users can scroll it.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region'], tags: [] }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      'import-x/no-unresolved': ['error', { ignore: ['\\?url$', '^virtual:pwa-register$'] }],
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'],
          'newlines-between': 'never',
          alphabetize: { order: 'asc' },
        },
      ],
    },
  },
);
