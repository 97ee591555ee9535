import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';

// The layers of the shared design, `domain` <- `store` <- {`graph`, `features`} <- `app`, as import
// rules. Imports inside src/ are relative, so a rule matches the path as written: any number of
// `../`, then the folder of a layer the file may not reach.
const layer = (...names) => `^(\\.\\./)+(${names.join('|')})(/|$)`;

const cytoscape = {
  regex: '^(cytoscape(-[^/]*)?|react-cytoscapejs)(/|$)',
  message: 'Only src/graph/ may import cytoscape (layers: docs/architecture.md).',
};
const fromFeatures = [
  cytoscape,
  {
    regex: layer('graph', 'app'),
    message: 'Features reach the map through store intents, never through src/graph/.',
  },
];
const otherFeature = {
  message:
    'A feature does not import another feature: move the shared piece to src/components/ or src/lib/.',
};

/** Per layer, the files and the imports they may not have; every other file keeps cytoscape out. */
const layers = [
  {
    files: ['src/domain/**'],
    forbid: [
      cytoscape,
      {
        regex: '^(react|react-dom|zustand)(/|$)',
        message: 'The domain is plain TypeScript: no React, no store.',
      },
      {
        regex: layer('store', 'graph', 'features', 'components', 'app', 'lib'),
        message: 'The domain imports nothing above it: keep it pure, pass values in.',
      },
    ],
  },
  {
    files: ['src/lib/**'],
    forbid: [
      cytoscape,
      {
        regex: layer('store', 'graph', 'features', 'components', 'app'),
        message: 'src/lib/ holds small browser helpers that depend on no layer above the domain.',
      },
    ],
  },
  {
    files: ['src/store/**'],
    forbid: [
      cytoscape,
      {
        regex: layer('graph', 'features', 'components', 'app', 'lib'),
        message: 'The store builds on the domain only: the map and the panels depend on it.',
      },
    ],
  },
  {
    files: ['src/components/**'],
    forbid: [
      cytoscape,
      {
        regex: layer('store', 'graph', 'features', 'app'),
        message: 'Shared components are presentational: pass state and actions in as props.',
      },
    ],
  },
  // A feature's own folder is `./` from a file directly in it, `../` from one a folder deeper.
  {
    files: ['src/features/*/*'],
    forbid: [
      ...fromFeatures,
      { ...otherFeature, regex: '^\\.\\./(?!\\.\\./)|^(\\.\\./)+features/' },
    ],
  },
  {
    files: ['src/features/*/*/**'],
    forbid: [
      ...fromFeatures,
      { ...otherFeature, regex: '^\\.\\./\\.\\./(?!\\.\\./)|^(\\.\\./)+features/' },
    ],
  },
  {
    files: ['src/graph/**'],
    forbid: [
      {
        regex: layer('features', 'app'),
        message: 'The map is a view of the store: it does not depend on panels or the app shell.',
      },
    ],
  },
  { files: ['tests/unit/graph/**', 'scripts/**', 'bench/**'], forbid: [] },
];

const textOnly = [
  {
    selector: "MemberExpression[property.name='innerHTML']",
    message: 'Data is rendered as text: no innerHTML.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Data is rendered as text: no dangerouslySetInnerHTML.',
  },
];

// no-restricted-imports does not see `import('…')`, and lazily loaded modules cross layers too: the
// same patterns as selectors (esquery's regex literal takes no `/`, hence \x2F).
const dynamicImport = ({ regex, message }) => ({
  selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\x2F')}/]`,
  message,
});

const importRules = (forbid) => ({
  'no-restricted-imports': forbid.length ? ['error', { patterns: forbid }] : 'off',
  'no-restricted-syntax': ['error', ...textOnly, ...forbid.map(dynamicImport)],
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-single',
      'node_modules',
      'playwright-report',
      'test-results',
      'bench/results',
      '.venv-readers',
      'readers-check',
      'scratch',
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
      ...importRules([cytoscape]),
    },
  },
  // Regular expressions run on file content and links: none may backtrack super-linearly (a few
  // kilobytes of spaces or digits once froze the import for minutes).
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential' }],
    },
  },
  ...layers.map(({ files, forbid }) => ({ files, rules: importRules(forbid) })),
);
