// Telling "the database cannot be reached or is saturated" (503, try again) apart from every other failure (500),
// and noting such failures on the current request so the server can answer it honestly.
import type pg from "pg";
import { AppError } from "@/lib/errors";
import { metrics } from "@/lib/metrics/registry";
import { currentRequestScope } from "@/lib/request-scope";

/** What a 503 tells clients to wait before trying again, in seconds. */
export const RETRY_AFTER_SECONDS = 5;

// Prisma's codes for "cannot reach / timed out / no such database / connection closed / pool timeout".
const PRISMA_CODES = new Set(["P1001", "P1002", "P1003", "P1008", "P1017", "P2024"]);
// Driver adapter error kinds with the same meaning.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "DatabaseDoesNotExist", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// Node socket errors.
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EPIPE", "EAI_AGAIN"]);
// PostgreSQL SQLSTATEs: connection exceptions (08…), shutting down / starting up (57P01-03), too many connections
// (53300), no such database (3D000), read-only transaction on a replica during failover (25006).
const SQLSTATE = /^(08...|57P0[1-3]|53300|3D000)$/;
const MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated|Can't reach database server|the database system is (starting up|shutting down)|terminating connection due to administrator command/i;

function fieldsOf(e: unknown): Record<string, unknown> | null {
  return typeof e === "object" && e !== null ? (e as Record<string, unknown>) : null;
}

/** True when `e` (or an error it wraps) says the database could not be reached or gave no connection in time. */
export function isDatabaseUnavailable(e: unknown, depth = 0): boolean {
  const f = fieldsOf(e);
  if (!f || depth > 5) return false;
  const code = typeof f.code === "string" ? f.code : "";
  if (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLSTATE.test(code)) return true;
  if (typeof f.kind === "string" && ADAPTER_KINDS.has(f.kind)) return true;
  if (typeof f.message === "string" && MESSAGES.test(f.message)) return true;
  const meta = fieldsOf(f.meta);
  return isDatabaseUnavailable(f.cause, depth + 1) || isDatabaseUnavailable(meta?.driverAdapterError, depth + 1);
}

/** The one AppError for "try again shortly". */
export function unavailableError(): AppError {
  return new AppError("UNAVAILABLE", "The directory is briefly unavailable. Please try again in a few seconds.");
}

function reasonOf(e: unknown): string {
  const message = fieldsOf(e)?.message;
  if (typeof message === "string" && /timeout exceeded when trying to connect/i.test(message)) return "timeout";
  const code = fieldsOf(e)?.code;
  if (code === "ECONNREFUSED") return "refused";
  return "other";
}

/**
 * Notes every failure to get a connection from `pool` in the metrics and, when `flagsRequest`, on the current
 * request (a replica's failure does not: its reads fall back to the primary). pg-pool's own query() goes through
 * connect(), so wrapping connect sees every path Prisma's adapter takes.
 */
export function observeConnectFailures(pool: pg.Pool, label: string, flagsRequest: boolean): void {
  type TCallback = (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void;
  const original = pool.connect.bind(pool) as unknown as (cb?: TCallback) => Promise<pg.PoolClient> | undefined;
  const note = (err: unknown) => {
    if (!err || !isDatabaseUnavailable(err)) return;
    const scope = flagsRequest ? currentRequestScope() : undefined;
    if (scope) scope.databaseUnavailable = true;
    metrics().dbUnavailable.inc({ pool: label, reason: reasonOf(err) });
  };
  const connect = (cb?: TCallback) => {
    if (cb)
      return original((err, client, done) => {
        note(err);
        cb(err, client, done);
      });
    return (original() as Promise<pg.PoolClient>).catch((err: unknown) => {
      note(err);
      throw err;
    });
  };
  pool.connect = connect as unknown as typeof pool.connect;
}
