// ESLint: JavaScript's and typescript-eslint's recommended rules, and the Astro plugin's for .astro files.
// Formatting is Prettier's job (`npm run format:check`), not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
  {
    // Built output, generated types, shared packages and the vendored editor bundle.
    ignores: ['dist/', '.astro/', 'node_modules/', 'public/admin/', 'bench/', 'coverage/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    rules: {
      // `_name` marks a value that is deliberately unused (a destructured field left out, a callback's first argument).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Node scripts and configs written in plain JavaScript.
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
