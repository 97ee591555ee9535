import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const cytoscapeOnlyInGraph = {
  patterns: [
    {
      group: ['cytoscape', 'cytoscape-*'],
      message: 'Only src/graph/ may import cytoscape (see shared design: layers).',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-single',
      'node_modules',
      'playwright-report',
      'test-results',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // A value-less import of a module still runs it (and ships it): zod must stay out of the app.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      'no-restricted-imports': ['error', cytoscapeOnlyInGraph],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Data is rendered as text: no innerHTML.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Data is rendered as text: no dangerouslySetInnerHTML.',
        },
      ],
    },
  },
  {
    files: ['src/graph/**', 'tests/unit/graph/**', 'scripts/**', 'bench/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
