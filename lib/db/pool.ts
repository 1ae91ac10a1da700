// The pg connection pool options shared by the Prisma client, scripts and benchmarks.
import pg from "pg";
import { observeConnectFailures } from "@/lib/db/availability";
import { env } from "@/lib/env";
import { observePoolUsage } from "@/lib/metrics/registry";

/**
 * A pool with a connect timeout (which also bounds the wait for a free connection), TCP keep-alive and a
 * per-statement timeout. `label` names it in metrics; the primary's connection failures also mark the request.
 */
export function createPool(connectionString: string, overrides: Partial<pg.PoolConfig> = {}, label?: string): pg.Pool {
  const e = env();
  const pool = new pg.Pool({
    connectionString,
    max: e.DB_POOL_MAX,
    connectionTimeoutMillis: e.DB_CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    statement_timeout: e.DB_STATEMENT_TIMEOUT_MS,
    application_name: "ir-finder",
    ...overrides,
  });
  // An idle client that errors (server restart, network) must not crash the process; the pool replaces it.
  pool.on("error", (err) => {
    console.error(JSON.stringify({ level: "error", msg: "idle database client error", err: err.message }));
  });
  if (label) {
    observeConnectFailures(pool, label, !label.startsWith("replica"));
    observePoolUsage(label, pool);
  }
  return pool;
}
