// Global setup for the `integration-embedded` project: an in-memory PGlite + PostGIS database, migrated.
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { seedReference } from "../../../prisma/seed/load";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const embedded = await startEmbeddedPostgres({ dataDir: "memory://", port: 0 });
  await applyMigrations(embedded.url);
  const pool = new pg.Pool({ connectionString: embedded.url, max: 2 });
  await seedReference(pool);
  await pool.end();
  project.provide("databaseUrl", embedded.url);
  project.provide("databaseKind", "embedded");
  return embedded.stop;
}
