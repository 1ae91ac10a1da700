// ESLint flat config: typescript-eslint's recommended rules (syntax-only, so the lint stays fast), React hooks, and
// Next's own rules. Formatting is Prettier's job (npm run format:check); no style rules here. See decision 011.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", ".next/", ".data/", "lib/generated/", "test-results/", "playwright-report/", "coverage/", "next-env.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "@next/next": nextPlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      // Unused names are mistakes; a leading underscore marks one kept on purpose (a positional parameter).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
      eqeqeq: ["error", "always"],
      // A needless backslash in a regex is harmless; not worth a finding.
      "no-useless-escape": "off",
    },
  },
  {
    // The portal moves between its pages with plain <a>: each is a full load with its own CSP nonce and session check
    // (decision 028). Next's rule only sees app-router URLs through a catch-all, and app/(public)/(en)/[...rest]
    // (decision 068) matches every address, so it would flag all of them.
    files: ["app/(portal)/**"],
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    // CLIs and benchmarks talk to a terminal.
    files: ["scripts/**", "prisma/seed/**", "tests/**"],
    rules: { "no-console": "off" },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", Buffer: "readonly" } },
  },
);
