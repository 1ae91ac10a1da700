// The Prisma clients for the configured database (a real server, or the embedded one the launcher started):
// db() for writes and the portal (always the primary), dbRead() for public reads (a healthy replica when configured).
import "server-only";
import type pg from "pg";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { onCloseDatabases } from "@/lib/db/lifecycle";
import { createPrismaClient, preparedStatementName } from "@/lib/db/prisma";
import { createReadPool, createReplicaSet, type TReplicaSet, type TReplicaStatus } from "@/lib/db/replicas";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { createPool } from "@/lib/db/pool";

type TDb = {
  prisma: PrismaClient;
  pool: pg.Pool;
  reader: PrismaClient;
  /** The pool behind `reader`: the primary's, or one that routes each query to a healthy replica. */
  readPool: pg.Pool;
  preparedStatements: boolean;
  replicas: TReplicaSet;
};

// Survives Next's dev-mode module reloads so each reload does not open a new pool; shared with scripts/serve.ts,
// which closes the pools on shutdown.
const globalForDb = globalThis as unknown as { irFinderDb?: TDb };

function connect(): TDb {
  const e = env();
  const url = e.DATABASE_URL;
  if (!url) {
    throw new AppError(
      "UNAVAILABLE",
      "No database is configured. Start the app with `npm run dev` (embedded database) or set DATABASE_URL.",
    );
  }
  const pool = createPool(url, {}, "primary");
  const prisma = createPrismaClient(pool, { preparedStatements: e.DB_PREPARED_STATEMENTS });
  const replicas = createReplicaSet(e.DATABASE_REPLICA_URLS, {
    maxLagSeconds: e.REPLICA_MAX_LAG_SECONDS,
    checkIntervalMs: e.REPLICA_CHECK_INTERVAL_MS,
  });
  const readPool = e.DATABASE_REPLICA_URLS.length > 0 ? createReadPool(pool, replicas) : pool;
  const reader = readPool === pool ? prisma : createPrismaClient(readPool, { preparedStatements: e.DB_PREPARED_STATEMENTS });
  return { prisma, pool, reader, readPool, preparedStatements: e.DB_PREPARED_STATEMENTS, replicas };
}

function get(): TDb {
  if (!globalForDb.irFinderDb) {
    globalForDb.irFinderDb = connect();
    onCloseDatabases(disconnectDb);
  }
  return globalForDb.irFinderDb;
}

/** Prisma client on the primary: writes, the portal, and reads that must see the latest writes. */
export function db(): PrismaClient {
  return get().prisma;
}

/**
 * Prisma client for public reads (search, profiles, clinic pages, the APIs, sitemap): a healthy replica when
 * DATABASE_REPLICA_URLS is set (the primary when none is healthy, or for a signed-in portal user), else the primary.
 */
export function dbRead(): PrismaClient {
  return get().reader;
}

/**
 * Runs one raw public-read statement with pg itself, on the pool behind dbRead() (the same replica choice, fallback
 * to the primary and failure handling), as a named prepared statement when its text starts with PREPARED_MARKER and
 * prepared statements are on. For the hottest statement only (the search): Prisma's raw-query layer cost about as
 * much CPU as pg's own work for it (docs/decisions/070). Rows come back with pg's type parsers: select timestamps
 * as timestamptz, since pg reads a plain timestamp in the process's time zone.
 */
export async function queryRead<T>(sql: Prisma.Sql): Promise<T[]> {
  const d = get();
  const name = d.preparedStatements ? preparedStatementName(sql.text) : "";
  const config: pg.QueryConfig = name ? { name, text: sql.text, values: sql.values } : { text: sql.text, values: sql.values };
  const result = await d.readPool.query(config);
  return result.rows as T[];
}

/** Each configured replica's last health check (empty without replicas). */
export function replicaStatus(): TReplicaStatus[] {
  return globalForDb.irFinderDb?.replicas.status() ?? [];
}

/** Closes the pools and forgets the clients, so the next db() call connects again (scripts, shutdown). */
export async function disconnectDb(): Promise<void> {
  const current = globalForDb.irFinderDb;
  globalForDb.irFinderDb = undefined;
  if (current) {
    await current.prisma.$disconnect();
    if (current.reader !== current.prisma) await current.reader.$disconnect();
    await current.replicas.end();
    await current.pool.end();
  }
}
