// Runs before each integration test file: points lib/env (and so db()) at the database of this project.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? "warn";
// The embedded server runs one query at a time; a small pool is plenty.
if (inject("databaseKind") === "embedded") {
  process.env.DB_POOL_MAX = "4";
  process.env.DB_PREPARED_STATEMENTS = "false";
}
// Tests change the directory between identical searches; the in-process search cache has its own test.
process.env.SEARCH_CACHE_TTL_MS = process.env.SEARCH_CACHE_TTL_MS ?? "0";
