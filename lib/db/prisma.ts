// Builds a Prisma client on a pg pool; used by the server singleton, scripts and tests.
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Raw SQL that starts with this comment runs as a named prepared statement, so each connection plans it once.
 * Only for hot statements with a small, fixed set of texts: every distinct text stays prepared on every connection.
 */
export const PREPARED_MARKER = "/* prepared */";

// Names already computed, so a hot statement's text (2 KB for a search) is not hashed on every call. The marked
// texts are a small fixed set; the bound only guards against a caller that marks generated text by mistake.
const NAMES_MAX = 1000;
const names = new Map<string, string>();

/** The prepared statement's name for `sql` (the same on every connection), or "" for an unnamed statement. */
export function preparedStatementName(sql: string): string {
  if (!sql.startsWith(PREPARED_MARKER)) return ""; // pg runs an empty name as an unnamed statement
  let name = names.get(sql);
  if (name === undefined) {
    name = `irf_${createHash("sha1").update(sql).digest("hex").slice(0, 20)}`;
    if (names.size >= NAMES_MAX) names.clear();
    names.set(sql, name);
  }
  return name;
}

function statementName(query: { sql: string }): string {
  return preparedStatementName(query.sql);
}

const TRANSACTION_MAX_WAIT_MS = 10_000;
const TRANSACTION_TIMEOUT_MS = 15_000;

/**
 * `preparedStatements` must be off for the embedded database: PGlite serves every socket connection from one
 * session, so a statement prepared by one pg connection already exists for the next one.
 */
export function createPrismaClient(pool: pg.Pool, opts: { preparedStatements?: boolean } = {}): PrismaClient {
  const adapter = new PrismaPg(pool, opts.preparedStatements ? { statementNameGenerator: statementName } : {});
  // Prisma's default 2 s wait for a transaction's connection turns a short burst of edits (20 proposals on one
  // record) into errors once the pool is busy; a transaction waits as long as a query may wait to connect.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS, timeout: TRANSACTION_TIMEOUT_MS } });
}
