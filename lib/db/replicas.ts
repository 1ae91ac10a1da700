// Read replicas: which are healthy (reachable, replaying within REPLICA_MAX_LAG_SECONDS), and a pg pool that hands
// public reads to one of them, falling back to the primary so that no read fails because a replica did.
import pg from "pg";
import { isDatabaseUnavailable } from "@/lib/db/availability";
import { createPool } from "@/lib/db/pool";
import { log } from "@/lib/log";
import { metrics } from "@/lib/metrics/registry";
import { currentRequestScope } from "@/lib/request-scope";

export type TReplicaStatus = {
  label: string;
  /** Host and port only (never credentials). */
  address: string;
  healthy: boolean;
  lagSeconds: number | null;
  checkedAt: string | null;
  problem: string | null;
};

type TReplica = TReplicaStatus & { pool: pg.Pool };

// Lag is 0 while everything received has been replayed (an idle primary writes nothing, so "time since the last
// replayed transaction" alone would grow without end); otherwise the age of the last replayed transaction.
const LAG_SQL = `SELECT pg_is_in_recovery() AS recovering,
  CASE WHEN NOT pg_is_in_recovery() OR pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
       ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0) END::float8 AS lag`;

export type TReplicaSet = {
  /** The next healthy replica (round robin), or undefined when reads should go to the primary. */
  pick(): TReplica | undefined;
  markDown(r: TReplica, err: unknown): void;
  status(): TReplicaStatus[];
  /** Checks every replica now (the monitor does this every interval). */
  checkAll(): Promise<void>;
  end(): Promise<void>;
};

export function createReplicaSet(urls: readonly string[], opts: { maxLagSeconds: number; checkIntervalMs: number }): TReplicaSet {
  const replicas: TReplica[] = urls.map((url, i) => {
    const label = `replica-${i + 1}`;
    const u = new URL(url);
    return {
      label,
      address: `${u.hostname}:${u.port || "5432"}`,
      healthy: false, // until the first check says otherwise
      lagSeconds: null,
      checkedAt: null,
      problem: "not checked yet",
      pool: createPool(url, {}, label),
    };
  });
  let next = 0;
  let ended = false;

  const setHealth = (r: TReplica, healthy: boolean, lag: number | null, problem: string | null) => {
    if (r.healthy !== healthy) log.warn({ replica: r.label, address: r.address, healthy, lag, problem }, "replica health changed");
    r.healthy = healthy;
    r.lagSeconds = lag;
    r.problem = problem;
    r.checkedAt = new Date().toISOString();
    metrics().replicaHealthy.set({ replica: r.label }, healthy ? 1 : 0);
    metrics().replicaLag.set({ replica: r.label }, lag ?? -1);
  };

  const check = async (r: TReplica) => {
    try {
      const { rows } = await r.pool.query<{ recovering: boolean; lag: number }>(LAG_SQL);
      const lag = Number(rows[0]?.lag ?? 0);
      if (lag > opts.maxLagSeconds) setHealth(r, false, lag, `lagging ${lag.toFixed(1)} s behind the primary`);
      else setHealth(r, true, lag, null);
    } catch (e) {
      setHealth(r, false, null, e instanceof Error ? e.message : String(e));
    }
  };

  const checkAll = async () => {
    await Promise.all(replicas.map(check));
  };
  let timer: NodeJS.Timeout | undefined;
  if (replicas.length > 0) {
    void checkAll();
    timer = setInterval(() => void checkAll(), opts.checkIntervalMs);
    timer.unref();
  }

  return {
    pick() {
      for (let i = 0; i < replicas.length; i++) {
        const r = replicas[(next + i) % replicas.length] as TReplica;
        if (r.healthy) {
          next = (next + i + 1) % replicas.length;
          return r;
        }
      }
      return undefined;
    },
    markDown(r, err) {
      setHealth(r, false, null, err instanceof Error ? err.message : String(err));
    },
    status: () => replicas.map(({ pool: _pool, ...s }) => ({ ...s })),
    checkAll,
    async end() {
      if (ended) return;
      ended = true;
      if (timer) clearInterval(timer);
      await Promise.all(replicas.map((r) => r.pool.end()));
    },
  };
}

type TQueryFn = (config: unknown, values?: unknown) => Promise<pg.QueryResult>;

/**
 * A pg.Pool (Prisma's adapter wants one) that opens no connections itself: each query or connect goes to a healthy
 * replica, or to `primary` when none is healthy, the request reads its own writes, or the replica fails on the way
 * (then it is marked down and the read is retried once on the primary; reads are safe to repeat).
 */
export function createReadPool(primary: pg.Pool, replicas: TReplicaSet): pg.Pool {
  const reader = new pg.Pool({ max: 1 });
  const choose = () => (currentRequestScope()?.readFromPrimary ? undefined : replicas.pick());
  const primaryQuery = primary.query.bind(primary) as unknown as TQueryFn;

  const query: TQueryFn = async (config, values) => {
    const r = choose();
    if (!r) return primaryQuery(config, values);
    try {
      return await (r.pool.query.bind(r.pool) as unknown as TQueryFn)(config, values);
    } catch (e) {
      if (!isDatabaseUnavailable(e)) throw e;
      replicas.markDown(r, e);
      return primaryQuery(config, values);
    }
  };
  const connect = async (): Promise<pg.PoolClient> => {
    const r = choose();
    if (r) {
      try {
        return await r.pool.connect();
      } catch (e) {
        replicas.markDown(r, e);
      }
    }
    return primary.connect();
  };
  reader.query = query as unknown as typeof reader.query;
  reader.connect = connect as unknown as typeof reader.connect;
  return reader;
}
