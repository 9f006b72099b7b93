import js from '@eslint/js'
import checkFile from 'eslint-plugin-check-file'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Imports flow one way: app -> store/components/lib -> content -> core. Each zone lists what
// the files in `target` may not import.
const zones = [
  {
    target: './src/core',
    from: [
      './src/content',
      './src/store',
      './src/components',
      './src/lib',
      './src/app',
      './src/cli',
    ],
  },
  {
    target: './src/content',
    from: ['./src/store', './src/components', './src/lib', './src/app', './src/cli'],
  },
  { target: './src/store', from: ['./src/components', './src/lib', './src/app', './src/cli'] },
  { target: './src/components', from: ['./src/store', './src/app', './src/cli'] },
  { target: './src/lib', from: ['./src/store', './src/components', './src/app', './src/cli'] },
  // The command line is core and content behind a terminal: none of the page's layers.
  {
    target: './src/cli',
    from: ['./src/store', './src/components', './src/lib', './src/app'],
  },
]

const frameworks = [
  'react',
  'react-dom',
  'react-dom/*',
  'react-router',
  'react-router/*',
  'zustand',
  'zustand/*',
  'mermaid',
]

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/data'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'import-x': importX, 'check-file': checkFile },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': 'error',
      'import-x/no-duplicates': 'error',
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
    },
  },
  // Which packages each zone may import. Flat config replaces a rule's options when a later
  // block matches the same file, so every source file matches exactly one of these blocks
  // (lint-zones.test.ts proves each rule holds).
  {
    files: ['src/core/**/*.ts', 'src/content/**/*.ts'],
    // Tests run in Node and may read fixtures from disk; the code they test may not.
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...frameworks, 'node:*'],
              message: 'core and content are pure TypeScript: no framework, no Node API.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'navigator',
        'process',
      ],
    },
  },
  {
    files: ['src/cli/**/*.{ts,js}'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: frameworks,
              message:
                'The command line uses core and content only: no React, router, zustand or mermaid.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      'src/lib/mermaid.ts',
      'src/core/**/*.ts',
      'src/content/**/*.ts',
      'src/cli/**/*.{ts,js}',
      '**/*.test.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'mermaid', message: 'Only src/lib/mermaid.ts imports mermaid (lazily).' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['mermaid', 'react-dom', 'react-dom/*'],
              message:
                'Tests of src/ run in Node: mermaid and the DOM renderer stay in the browser.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
)
