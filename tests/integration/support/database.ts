// Creates, migrates and drops the databases integration tests run against.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrate";

/** The server tests may create databases on (trust auth, PostGIS installed). */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function refuseNonLocal(url: string): void {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Tests only run against a local database, not ${host}: they create, truncate and drop data.`);
  }
}

function withDatabase(serverUrl: string, name: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A fresh, migrated database with a unique name; drop() removes it. */
export async function createTestDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  refuseNonLocal(TEST_SERVER_URL);
  // TEST_DATABASE_PREFIX lets parallel checkouts on one server tell their databases apart (e.g. irf_h11).
  const name = `${process.env.TEST_DATABASE_PREFIX ?? ""}${prefix}_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: TEST_SERVER_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = withDatabase(TEST_SERVER_URL, name);
  await applyMigrations(url);
  return {
    url,
    drop: async () => {
      const c = new pg.Client({ connectionString: TEST_SERVER_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
