import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The import rules of docs/architecture.md, checked: each part of src/ names the parts it may import at run time
 * (type-only imports are free). Imports point down, from the entries to the pipelines, the phases and the
 * infrastructure, never back up.
 */
const MAY_IMPORT = {
  cloud: [],
  version: [],
  action: [],
  http: ['action', 'version'],
  certificate: ['action'],
  graph: ['action', 'http', 'cloud'],
  exchange: ['action', 'http'],
  github: ['action', 'http'],
  auth: ['action', 'http', 'cloud'],
  secrets: ['action', 'http', 'github'],
  keys: ['action', 'certificate', 'graph'],
  inputs: ['action', 'cloud', 'certificate', 'secrets'],
  observe: ['action', 'auth', 'cloud', 'exchange', 'graph', 'keys'],
  // the plan is pure: constants and pure rules only (no client is called from it)
  plan: ['action', 'cloud', 'certificate', 'graph', 'keys', 'secrets'],
  verify: ['action', 'auth', 'exchange', 'http', 'cloud'],
  apply: ['action', 'certificate', 'exchange', 'graph', 'keys', 'plan', 'secrets', 'verify'],
  publish: ['action', 'certificate', 'github', 'http', 'keys', 'plan'],
  token: ['action', 'publish'],
  pipelines: [
    'action',
    'apply',
    'auth',
    'certificate',
    'cloud',
    'exchange',
    'graph',
    'http',
    'inputs',
    'keys',
    'observe',
    'plan',
    'publish',
    'secrets',
    'token',
    'verify',
  ],
  main: ['action', 'inputs', 'publish', 'pipelines', 'http'],
  post: ['action', 'publish'],
  index: ['main', 'post'],
};
const PARTS = Object.keys(MAY_IMPORT);
const isFile = (part) => ['cloud', 'version', 'main', 'post', 'index'].includes(part);
/** Import specifiers that reach `part` from a module of `from`. */
const pathsTo = (part, from) => {
  const up = isFile(from) ? './' : '../';
  return isFile(part) ? [`${up}${part}.js`, `../${up}${part}.js`] : [`${up}${part}/*`, `../${up}${part}/*`];
};
const layerRules = PARTS.map((from) => ({
  files: isFile(from) ? [`src/${from}.ts`] : [`src/${from}/**/*.ts`],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: PARTS.filter((to) => to !== from && !MAY_IMPORT[from].includes(to)).map((to) => ({
          group: pathsTo(to, from),
          allowTypeImports: true,
          message: `src/${from} may not import src/${to} (docs/architecture.md: imports point down).`,
        })),
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'build/',
      'node_modules/',
      'coverage/',
      'eslint.config.js',
      'jest.config.js',
      'jest.slow.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' },
      parserOptions: { project: './tsconfig.test.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // tests read JSON bodies and decoded tokens as `any` on purpose; promises must still be awaited
    files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    // scripts that build and check the project (.mjs) are not type-checked
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  ...layerRules,
);
