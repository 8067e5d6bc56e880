import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '.ctkit/**',
      '**/dist/**',
      'storybook-static/**',
      'node_modules/**',
      '**/generated.ts',
      'custom-elements.json',
      'packages/*/data/**',
      'tests/consumers/**',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['tests/**/pages/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked, ...tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Misfires on Lit `@event=${this.handler}` bindings: Lit binds `this` itself.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['packages/*/src/**/*.ts', 'stories/**/*.ts'],
    extends: [litConfigs['flat/recommended'], wcConfigs['flat/recommended'], litA11y.configs.recommended],
    settings: { wc: { elementBaseClasses: ['LitElement', 'CtElement', 'CtFormControl'] } },
  },
  {
    // One way to load on demand (core's OnDemand): every import() in a widget's source is a loader in a
    // table of parts, `name: () => import('./x.js')`, which tests can replace. The embed bundle's
    // lazyDefine (whole widgets, by tag) is the one other loader.
    files: ['packages/*/src/**/*.ts'],
    ignores: ['packages/embed/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression:not(Property > ArrowFunctionExpression > ImportExpression)',
          message:
            "Load on demand through a table of loaders and core's OnDemand: `parts = { name: () => import('./x.js') }`.",
        },
      ],
    },
  },
  {
    files: ['**/test/**/*.ts', 'tests/**/*.ts'],
    rules: {
      // chai's `expect(x).to.be.true` is an expression statement by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // chai's Assertion type is thenable (chai-as-promised), so every `expect(…)` looks like a promise.
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
);
