// Hand-written SQL (functions Prisma cannot model) kept in canonical files under prisma/sql, copied into migrations.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_MIGRATIONS_DIR, readMigrationsList } from "./migrate";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Project-relative paths of the canonical SQL files, in the order a migration applies them. */
export const CANONICAL_SQL_FILES = ["prisma/sql/search.sql"] as const;

const begin = (file: string): string => `-- canonical:begin ${file}`;
const end = (file: string): string => `-- canonical:end ${file}`;

/** The text a migration carries for one canonical file: its content between two marker lines. */
export function canonicalBlock(file: string, content: string): string {
  return `${begin(file)}\n${content.endsWith("\n") ? content : `${content}\n`}${end(file)}\n`;
}

/** The content of the newest migration's copy of `file`, or null when no migration carries it yet. */
export function latestCopy(file: string, migrations: readonly string[]): string | null {
  for (let i = migrations.length - 1; i >= 0; i--) {
    const sql = migrations[i] as string;
    const from = sql.lastIndexOf(`${begin(file)}\n`);
    if (from === -1) continue;
    const start = from + begin(file).length + 1;
    const stop = sql.indexOf(`${end(file)}`, start);
    if (stop === -1) continue;
    return sql.slice(start, stop);
  }
  return null;
}

export type TStaleSql = { file: string; content: string };

/**
 * Canonical files whose content differs from their newest copy in the migrations (or have none): a database built
 * from the migrations would run older functions than the ones in prisma/sql.
 */
export async function staleCanonicalSql(
  opts: { migrationsDir?: string; root?: string; files?: readonly string[] } = {},
): Promise<TStaleSql[]> {
  const list = await readMigrationsList(opts.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const migrations = list.migrationDirectories.map((d) => (d.migrationFile.content.tag === "ok" ? d.migrationFile.content.value : ""));
  const files = opts.files ?? CANONICAL_SQL_FILES;
  const stale: TStaleSql[] = [];
  for (const file of files) {
    const raw = await readFile(path.join(opts.root ?? projectRoot, file), "utf8");
    const content = raw.endsWith("\n") ? raw : `${raw}\n`;
    if (latestCopy(file, migrations) !== content) stale.push({ file, content });
  }
  return stale;
}
