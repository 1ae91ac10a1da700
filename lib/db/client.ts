// The Prisma clients for the configured database (a real server, or the embedded one the launcher started):
// db() for writes and the portal (always the primary), dbRead() for public reads (a healthy replica when configured).
import "server-only";
import type pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { onCloseDatabases } from "@/lib/db/lifecycle";
import { createPrismaClient } from "@/lib/db/prisma";
import { createReadPool, createReplicaSet, type TReplicaSet, type TReplicaStatus } from "@/lib/db/replicas";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { createPool } from "@/lib/db/pool";

type TDb = { prisma: PrismaClient; pool: pg.Pool; reader: PrismaClient; replicas: TReplicaSet };

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
  const reader =
    e.DATABASE_REPLICA_URLS.length > 0
      ? createPrismaClient(createReadPool(pool, replicas), { preparedStatements: e.DB_PREPARED_STATEMENTS })
      : prisma;
  return { prisma, pool, reader, replicas };
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
