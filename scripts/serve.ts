// The production server (`npm start` runs it; so do the reference deployment's units): Next's request handler
// inside lib/http/app-server, listening on PORT, shutting down gracefully on SIGTERM/SIGINT.
import { register } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { SESSION_COOKIE } from "@/lib/auth/cookie";
import { onCloseDatabases } from "@/lib/db/lifecycle";
import { createPool } from "@/lib/db/pool";
import { env } from "@/lib/env";
import { createAppServer } from "@/lib/http/app-server";
import type { TDirectRoute } from "@/lib/http/direct-route";
import { securityHeaders } from "@/lib/http/security-headers.js";
import { log } from "@/lib/log";
import { readImportRunsWith } from "@/lib/metrics/registry";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The routes this server answers without Next's router (decision 072), loaded outside Next's bundle: their modules
 * import `server-only`, which the hook makes an empty module in this process.
 */
async function directRoutes(): Promise<Map<string, TDirectRoute>> {
  register("./support/server-only-hook.mjs", import.meta.url);
  const search = await import("../app/api/v1/search/route");
  return new Map<string, TDirectRoute>([["/api/v1/search", search.GET]]);
}

async function main(): Promise<void> {
  const e = env();
  const app = next({ dev: false, dir: root, hostname: e.HOST, port: e.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  if (e.DATABASE_URL) {
    // One connection for /metrics' import gauges (the app's own pools live inside Next's bundle).
    const metricsPool = createPool(e.DATABASE_URL, { max: 1 });
    readImportRunsWith(async () => {
      const { rows } = await metricsPool.query<{ source: string; status: string; runs: number; last_finished: Date | null }>(
        "SELECT kind::text AS source, status::text AS status, count(*)::int AS runs, max(finished_at) AS last_finished FROM import_run GROUP BY 1, 2",
      );
      return rows.map((r) => ({ source: r.source, status: r.status, runs: r.runs, lastFinished: r.last_finished }));
    });
    onCloseDatabases(() => metricsPool.end());
  }
  const { server, shutdown } = createAppServer({
    handle: (req, res) => handle(req, res),
    directRoutes: await directRoutes(),
    // As next.config.js gives them to this server's production build (next({ dev: false })), whatever NODE_ENV says.
    siteHeaders: securityHeaders({ dev: false, tileUrl: e.MAP_TILE_URL }),
    signedIn: (req) => (req.headers.cookie ?? "").includes(`${SESSION_COOKIE}=`),
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    metricsAllow: e.METRICS_ALLOW,
    metricsToken: e.METRICS_TOKEN,
    log,
  });
  server.keepAliveTimeout = 65_000; // longer than nginx's upstream keepalive_timeout, so nginx closes first
  server.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EADDRINUSE") {
      console.error(
        `[ir-finder] port ${e.PORT} is already in use (another IR Finder or another server). ` +
          `Stop it, or choose another port: PORT=${e.PORT + 1} npm start`,
      );
    } else console.error(`[ir-finder] could not listen on port ${e.PORT}: ${err.message}`);
    process.exit(1);
  });
  server.listen(e.PORT, e.HOST, () => {
    log.info({ port: e.PORT, host: e.HOST ?? "all interfaces", pid: process.pid }, "listening");
    console.log(`[ir-finder] ready on http://${e.HOST ?? "localhost"}:${e.PORT}`);
  });
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    shutdown(signal)
      .catch((err: unknown) => log.error({ err }, "shutdown failed"))
      .finally(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  // A stray rejection or error is logged; the process keeps serving (a crash would drop every request in flight).
  process.on("unhandledRejection", (err) => log.error({ err }, "unhandled rejection"));
  process.on("uncaughtException", (err) => log.error({ err }, "uncaught exception"));
}

main().catch((err: unknown) => {
  console.error(`[ir-finder] could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
