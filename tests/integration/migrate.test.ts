// Migration tooling against a real PostgreSQL server and the embedded PGlite one.
import { createHash, randomUUID } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH, diffMigrationsToSchema } from "@/lib/db/migrate";
import { env } from "@/lib/env";

const SERVER_URL = env().DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

type MigrationRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
};

async function migrationFolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

async function sha256OfMigration(dir: string, name: string): Promise<string> {
  return createHash("sha256")
    .update(await readFile(path.join(dir, name, "migration.sql")))
    .digest("hex");
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function migrationRows(url: string): Promise<MigrationRow[]> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<MigrationRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at, logs, applied_steps_count
         FROM _prisma_migrations ORDER BY started_at, migration_name`,
    );
    return rows;
  });
}

async function insertLocation(c: pg.Client, lat: number, lng: number): Promise<void> {
  const { rows } = await c.query<{ id: number }>(`INSERT INTO data_source (kind, name) VALUES ('DEMO', 'test') RETURNING id`);
  await c.query(
    `INSERT INTO location (slug, name, address1, city, state, zip, lat, lng, geocode_precision, source_id,
                           as_of, last_confirmed_at, updated_at)
     VALUES ('test-clinic', 'Test Clinic', '1 Main St', 'Los Angeles', 'CA', '90012', $1, $2, 'STREET', $3,
             CURRENT_DATE, CURRENT_DATE, now())`,
    [lat, lng, rows[0]?.id],
  );
}

async function geogOfTestLocation(c: pg.Client): Promise<{ x: number; y: number; srid: number }> {
  const { rows } = await c.query<{ x: number; y: number; srid: number }>(
    `SELECT ST_X(geog::geometry) AS x, ST_Y(geog::geometry) AS y, ST_SRID(geog) AS srid
       FROM location WHERE slug = 'test-clinic'`,
  );
  const row = rows[0];
  if (!row) throw new Error("test location missing");
  return row;
}

describe("migrations on the real PostgreSQL server", () => {
  const dbName = `migrate_test_${randomUUID().replaceAll("-", "")}`;
  const dbUrl = Object.assign(new URL(SERVER_URL), { pathname: `/${dbName}` }).toString();
  let scratchDir = "";

  beforeAll(async () => {
    await withClient(SERVER_URL, (c) => c.query(`CREATE DATABASE "${dbName}"`));
    scratchDir = await mkdtemp(path.join(os.tmpdir(), "migrate-test-"));
  });

  afterAll(async () => {
    await withClient(SERVER_URL, (c) => c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));
    if (scratchDir) await rm(scratchDir, { recursive: true, force: true });
  });

  it("applies every migration in order and records it as prisma migrate deploy would", async () => {
    const folders = await migrationFolders(DEFAULT_MIGRATIONS_DIR);
    expect(folders.length).toBeGreaterThan(0);

    const { applied } = await applyMigrations(dbUrl);
    expect(applied).toEqual(folders);

    const rows = await migrationRows(dbUrl);
    expect(rows.map((r) => r.migration_name)).toEqual(folders);
    for (const row of rows) {
      expect(row.checksum).toBe(await sha256OfMigration(DEFAULT_MIGRATIONS_DIR, row.migration_name));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("keeps a hand-written trigger body (semicolons inside $$) intact and fills location.geog", async () => {
    await withClient(dbUrl, async (c) => {
      await insertLocation(c, 34.0537, -118.2428);
      expect(await geogOfTestLocation(c)).toEqual({ x: -118.2428, y: 34.0537, srid: 4326 });
      await c.query(`UPDATE location SET lat = 40.7128, lng = -74.006 WHERE slug = 'test-clinic'`);
      expect(await geogOfTestLocation(c)).toMatchObject({ x: -74.006, y: 40.7128 });
    });
  });

  it("re-applying is a no-op", async () => {
    const before = await migrationRows(dbUrl);
    expect(await applyMigrations(dbUrl)).toEqual({ applied: [] });
    expect(await migrationRows(dbUrl)).toEqual(before);
  });

  it("refuses to run when an applied migration's checksum no longer matches its file", async () => {
    const before = await migrationRows(dbUrl);
    const [first] = before;
    if (!first) throw new Error("no applied migration");
    await withClient(dbUrl, (c) =>
      c.query(`UPDATE _prisma_migrations SET checksum = $1 WHERE migration_name = $2`, ["0".repeat(64), first.migration_name]),
    );
    try {
      await expect(applyMigrations(dbUrl)).rejects.toThrow(/changed after being applied/);
      const rows = await migrationRows(dbUrl);
      expect(rows).toHaveLength(before.length);
      expect(rows[0]?.checksum).toBe("0".repeat(64));
    } finally {
      await withClient(dbUrl, (c) =>
        c.query(`UPDATE _prisma_migrations SET checksum = $1 WHERE migration_name = $2`, [first.checksum, first.migration_name]),
      );
    }
  });

  it("records a failing migration as failed, rolls its statements back, and refuses to continue", async () => {
    const dir = path.join(scratchDir, "migrations");
    await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
    const broken = "29990101000000_broken";
    await mkdir(path.join(dir, broken));
    await writeFile(path.join(dir, broken, "migration.sql"), `CREATE TABLE "half_done" ("id" INTEGER);\nSELECT no_such_function();\n`);

    await expect(applyMigrations(dbUrl, { migrationsDir: dir })).rejects.toThrow(/no_such_function/);
    const failed = (await migrationRows(dbUrl)).find((r) => r.migration_name === broken);
    expect(failed).toMatchObject({ finished_at: null, rolled_back_at: null, applied_steps_count: 0 });
    expect(failed?.logs).toMatch(/no_such_function/);
    const halfDone = await withClient(dbUrl, (c) => c.query(`SELECT to_regclass('half_done') AS t`));
    expect(halfDone.rows[0]).toEqual({ t: null });

    await expect(applyMigrations(dbUrl, { migrationsDir: dir })).rejects.toThrow(/failed earlier/);
    await expect(applyMigrations(dbUrl)).rejects.toThrow(/failed earlier/);
    await withClient(dbUrl, (c) => c.query(`DELETE FROM _prisma_migrations WHERE migration_name = $1`, [broken]));
  });

  it("finds no drift between prisma/migrations and schema.prisma, and reports drift when there is some", async () => {
    expect(await diffMigrationsToSchema({ serverUrl: SERVER_URL })).toBe("");

    const driftedSchema = path.join(scratchDir, "schema.prisma");
    const schema = await readFile(DEFAULT_SCHEMA_PATH, "utf8");
    await writeFile(driftedSchema, schema.replace(/^(\s*notes\s+String\?)$/m, "$1\n  reviewer String?"));
    const drift = await diffMigrationsToSchema({ serverUrl: SERVER_URL, schemaPath: driftedSchema });
    expect(drift).toMatch(/ALTER TABLE "data_source" ADD COLUMN\s+"reviewer" TEXT/);
  });
});

describe("migrations on the embedded database", () => {
  let embedded: EmbeddedPostgres | undefined;

  beforeAll(async () => {
    embedded = await startEmbeddedPostgres({ dataDir: "memory://", port: 0 });
  });

  afterAll(async () => {
    await embedded?.stop();
  });

  it("applies the migrations, and the trigger fills location.geog", async () => {
    const url = embedded?.url ?? "";
    const folders = await migrationFolders(DEFAULT_MIGRATIONS_DIR);
    expect(await applyMigrations(url)).toEqual({ applied: folders });
    expect(await applyMigrations(url)).toEqual({ applied: [] });

    const rows = await migrationRows(url);
    expect(rows.map((r) => r.migration_name)).toEqual(folders);
    for (const row of rows) {
      expect(row.checksum).toBe(await sha256OfMigration(DEFAULT_MIGRATIONS_DIR, row.migration_name));
    }

    await withClient(url, async (c) => {
      await insertLocation(c, 41.8781, -87.6298);
      expect(await geogOfTestLocation(c)).toEqual({ x: -87.6298, y: 41.8781, srid: 4326 });
    });
  });
});
