// The prisma/sql → migration copy rule: db:check's drift detection and db:migration:new's block format.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { canonicalBlock, latestCopy, staleCanonicalSql } from "@/lib/db/canonical-sql";

const FILE = "prisma/sql/f.sql";
let dir = "";

async function project(sqlFile: string, migrations: Record<string, string>): Promise<string> {
  dir = await mkdtemp(path.join(os.tmpdir(), "canonical-sql-"));
  await mkdir(path.join(dir, "prisma/sql"), { recursive: true });
  await writeFile(path.join(dir, FILE), sqlFile);
  for (const [name, sql] of Object.entries(migrations)) {
    await mkdir(path.join(dir, "migrations", name), { recursive: true });
    await writeFile(path.join(dir, "migrations", name, "migration.sql"), sql);
  }
  return dir;
}

const stale = (root: string) => staleCanonicalSql({ root, migrationsDir: path.join(root, "migrations"), files: [FILE] });

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("canonical SQL files", () => {
  it("reads back exactly what a block carries, from the newest migration that has one", () => {
    const v1 = "SELECT 1;\n";
    const v2 = "SELECT 2;\n";
    expect(latestCopy(FILE, [canonicalBlock(FILE, v1), "ALTER TABLE x;\n", `-- x\n${canonicalBlock(FILE, v2)}`])).toBe(v2);
    expect(latestCopy(FILE, [canonicalBlock(FILE, v1), "ALTER TABLE x;\n"])).toBe(v1);
    expect(latestCopy(FILE, ["ALTER TABLE x;\n"])).toBeNull();
    expect(latestCopy("prisma/sql/other.sql", [canonicalBlock(FILE, v1)])).toBeNull();
  });

  it("is stale when no migration carries the file, and names its content for the new migration", async () => {
    const root = await project("SELECT 1;", { "1_init": "CREATE TABLE t ();\n" });
    expect(await stale(root)).toEqual([{ file: FILE, content: "SELECT 1;\n" }]);
  });

  it("is stale after the file changes, and current once the newest copy matches", async () => {
    let root = await project("SELECT 2;\n", { "1_a": canonicalBlock(FILE, "SELECT 1;\n") });
    expect((await stale(root)).map((s) => s.file)).toEqual([FILE]);
    await rm(root, { recursive: true, force: true });
    root = await project("SELECT 2;\n", { "1_a": canonicalBlock(FILE, "SELECT 1;\n"), "2_b": canonicalBlock(FILE, "SELECT 2;\n") });
    expect(await stale(root)).toEqual([]);
  });

  it("keeps the repository's prisma/sql files and migrations in step (what db:check enforces)", async () => {
    expect(await staleCanonicalSql()).toEqual([]);
  });
});
