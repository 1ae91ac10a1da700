// Prometheus metrics (prom-client): one registry per process, shared by the HTTP server and Next's bundles.
import client from "prom-client";
import type pg from "pg";
import { processGlobal } from "@/lib/process-global";

type TMetrics = {
  registry: client.Registry;
  httpRequests: client.Counter<"route" | "method" | "status">;
  httpDuration: client.Histogram<"route" | "method">;
  searchDuration: client.Histogram<"cache">;
  cacheLookups: client.Counter<"cache" | "result">;
  dbUnavailable: client.Counter<"pool" | "reason">;
  replicaLag: client.Gauge<"replica">;
  replicaHealthy: client.Gauge<"replica">;
  pools: Map<string, pg.Pool>;
  importRunsReader: { read?: () => Promise<TImportRunRow[]> };
};

/** One row per import source and status (imports run as separate commands, so their record is the database). */
export type TImportRunRow = { source: string; status: string; runs: number; lastFinished: Date | null };

function create(): TMetrics {
  const registry = new client.Registry();
  registry.setDefaultLabels({ app: "ir-finder" });
  client.collectDefaultMetrics({ register: registry });
  const pools = new Map<string, pg.Pool>();
  const importRunsReader: TMetrics["importRunsReader"] = {};
  let importRows: Promise<TImportRunRow[]> | null = null;
  // Both import gauges come from one query per scrape.
  const readImports = () => {
    importRows ??= (importRunsReader.read?.() ?? Promise.resolve([]))
      .catch(() => [])
      .finally(() => setTimeout(() => (importRows = null), 1000).unref());
    return importRows;
  };
  new client.Gauge({
    name: "irf_import_runs",
    help: "Directory import runs recorded in the database, by source and status",
    labelNames: ["source", "status"],
    registers: [registry],
    async collect() {
      this.reset();
      for (const r of await readImports()) this.set({ source: r.source, status: r.status }, r.runs);
    },
  });
  new client.Gauge({
    name: "irf_import_last_finished_timestamp_seconds",
    help: "When the last import of each source and status finished (Unix time)",
    labelNames: ["source", "status"],
    registers: [registry],
    async collect() {
      this.reset();
      for (const r of await readImports())
        if (r.lastFinished) this.set({ source: r.source, status: r.status }, r.lastFinished.getTime() / 1000);
    },
  });
  const poolGauge = (name: string, help: string, read: (p: pg.Pool) => number) =>
    new client.Gauge({
      name,
      help,
      labelNames: ["pool"],
      registers: [registry],
      collect() {
        this.reset();
        for (const [label, pool] of pools) this.set({ pool: label }, read(pool));
      },
    });
  poolGauge("irf_db_pool_connections", "Open connections in the pool", (p) => p.totalCount);
  poolGauge("irf_db_pool_idle", "Idle connections in the pool", (p) => p.idleCount);
  poolGauge("irf_db_pool_waiting", "Queries waiting for a connection", (p) => p.waitingCount);
  return {
    registry,
    pools,
    importRunsReader,
    httpRequests: new client.Counter({
      name: "irf_http_requests_total",
      help: "HTTP requests answered, by route pattern, method and status",
      labelNames: ["route", "method", "status"],
      registers: [registry],
    }),
    httpDuration: new client.Histogram({
      name: "irf_http_request_duration_seconds",
      help: "Time to answer an HTTP request, by route pattern",
      labelNames: ["route", "method"],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    searchDuration: new client.Histogram({
      name: "irf_search_duration_seconds",
      help: "Physician search time inside the app (cache: hit or miss of the in-process search cache)",
      labelNames: ["cache"],
      buckets: [0.0005, 0.001, 0.002, 0.004, 0.008, 0.016, 0.032, 0.064, 0.128, 0.256, 0.512, 1],
      registers: [registry],
    }),
    cacheLookups: new client.Counter({
      name: "irf_cache_lookups_total",
      help: "In-process cache lookups by cache and result (hit, miss)",
      labelNames: ["cache", "result"],
      registers: [registry],
    }),
    dbUnavailable: new client.Counter({
      name: "irf_db_unavailable_total",
      help: "Failures to get a database connection, by pool and reason",
      labelNames: ["pool", "reason"],
      registers: [registry],
    }),
    replicaLag: new client.Gauge({
      name: "irf_db_replica_lag_seconds",
      help: "Replay lag of each read replica at its last check (-1: unreachable)",
      labelNames: ["replica"],
      registers: [registry],
    }),
    replicaHealthy: new client.Gauge({
      name: "irf_db_replica_healthy",
      help: "1 when the replica serves reads, 0 when skipped (down or lagging)",
      labelNames: ["replica"],
      registers: [registry],
    }),
  };
}

/** The process's metrics (created on first use). */
export function metrics(): TMetrics {
  return processGlobal("metrics", create);
}

/** Where the import gauges read their rows (the HTTP server sets it; without it they stay empty). */
export function readImportRunsWith(read: () => Promise<TImportRunRow[]>): void {
  metrics().importRunsReader.read = read;
}

/** Reports a pool's usage under `label` (primary, replica-1 …). */
export function observePoolUsage(label: string, pool: pg.Pool): void {
  metrics().pools.set(label, pool);
}
