import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'media/**', '.venv/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    // Plain-Node benches (run without a TypeScript loader, so that it does not count in what they measure).
    files: ['test/**/*.mjs'],
    languageOptions: {
      globals: Object.fromEntries(['process', 'console', 'performance', 'setTimeout', 'setInterval', 'clearInterval'].map((name) => [name, 'readonly'])),
    },
  },
  {
    // The engine is IDE-agnostic and knows no face: only the extension talks to VS Code, and the
    // faces pass core what it needs (names, messages) rather than core reaching for them.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['vscode'], patterns: [{ group: ['**/cli/**', '**/extension/**'], message: 'core must not import a face (src/cli, src/extension)' }] },
      ],
    },
  },
  {
    // The faces are thin and stand side by side: each reaches the engine through core, never the other.
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['vscode'], patterns: [{ group: ['**/extension/**'], message: 'the command line must not import the extension' }] },
      ],
    },
  },
  {
    files: ['src/extension/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/cli/**'], message: 'the extension must not import the command line' }] }] },
  },
);
