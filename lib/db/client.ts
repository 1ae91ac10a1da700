// The Prisma client for the configured database (a real server, or the embedded one the launcher started).
import "server-only";
import type pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { createPool } from "@/lib/db/pool";

type TDb = { prisma: PrismaClient; pool: pg.Pool };

// Survives Next's dev-mode module reloads so each reload does not open a new pool.
const globalForDb = globalThis as unknown as { irFinderDb?: TDb };

function connect(): TDb {
  const url = env().DATABASE_URL;
  if (!url) {
    throw new AppError(
      "UNAVAILABLE",
      "No database is configured. Start the app with `npm run dev` (embedded database) or set DATABASE_URL.",
    );
  }
  const pool = createPool(url);
  const prisma = createPrismaClient(pool, { preparedStatements: env().DB_PREPARED_STATEMENTS });
  return { prisma, pool };
}

function get(): TDb {
  globalForDb.irFinderDb ??= connect();
  return globalForDb.irFinderDb;
}

/** Prisma client for ordinary reads and writes. */
export function db(): PrismaClient {
  return get().prisma;
}

/** Closes the pool and forgets the client, so the next db() call connects again (scripts that switch databases). */
export async function disconnectDb(): Promise<void> {
  const current = globalForDb.irFinderDb;
  globalForDb.irFinderDb = undefined;
  if (current) {
    await current.prisma.$disconnect();
    await current.pool.end();
  }
}
