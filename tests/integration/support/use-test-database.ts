// Runs before each integration test file: points lib/env (and so db()) at the database of this project.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? "warn";
// The embedded server runs one query at a time; a small pool is plenty.
if (inject("databaseKind") === "embedded") {
  process.env.DB_POOL_MAX = "4";
  process.env.DB_PREPARED_STATEMENTS = "false";
}
