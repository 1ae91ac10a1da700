// Test runner configuration: unit tests; integration tests against a real PostgreSQL server and against the
// embedded PGlite database (the same files, run one at a time, each resetting the data it uses).
import { defineConfig } from "vitest/config";

const integrationFiles = ["tests/integration/**/*.test.ts"];

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // `server-only` throws outside React Server Components; lib/ modules are exercised directly here.
    alias: { "server-only": new URL("./tests/support/server-only-stub.ts", import.meta.url).pathname },
  },
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "integration",
          include: integrationFiles,
          fileParallelism: false,
          globalSetup: ["tests/integration/support/global-server.ts"],
          setupFiles: ["tests/integration/support/use-test-database.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration-embedded",
          include: integrationFiles,
          // Migration tooling tests already cover the embedded database themselves; server-only features
          // (tests that create databases) opt out by name.
          exclude: ["tests/integration/migrate.test.ts", "tests/integration/**/*.server-only.test.ts"],
          fileParallelism: false,
          globalSetup: ["tests/integration/support/global-embedded.ts"],
          setupFiles: ["tests/integration/support/use-test-database.ts"],
        },
      },
    ],
  },
});
