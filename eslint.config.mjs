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
    // The engine is IDE-agnostic: only the extension face may talk to VS Code.
    files: ['src/core/**/*.ts', 'src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['vscode'] }] },
  },
);
