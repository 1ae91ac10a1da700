// Global setup for the `integration` project: one migrated database on the real PostgreSQL server per run.
import type { TestProject } from "vitest/node";
import { seedReference } from "../../../prisma/seed/load";
import { createTestDatabase } from "./database";
import pg from "pg";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Named irf_test_…, after TEST_DATABASE_PREFIX when set (createTestDatabase adds it to every test database).
  const db = await createTestDatabase("irf_test");
  const pool = new pg.Pool({ connectionString: db.url, max: 2 });
  await seedReference(pool);
  await pool.end();
  project.provide("databaseUrl", db.url);
  project.provide("databaseKind", "server");
  return db.drop;
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: "server" | "embedded";
  }
}
