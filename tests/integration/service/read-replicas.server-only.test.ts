// Server only: the embedded database serves every connection from one session, so it cannot tell servers apart.
// Read replicas: public reads go to a healthy replica, a replica that goes down is skipped without a failed read,
// a signed-in reader (read-your-writes) always reads the primary, and readiness reports each replica.
// The "replica" is the test database behind a TCP proxy, so which server answered is visible in pg_stat_activity.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkReadiness } from "@/lib/db/readiness";
import { db, dbRead, disconnectDb, queryRead, replicaStatus } from "@/lib/db/client";
import { PREPARED_MARKER } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { resetEnvCache } from "@/lib/env";
import { runInRequestScope } from "@/lib/request-scope";
import { startTcpProxy, type TTcpProxy } from "../support/tcp-proxy";

let proxy: TTcpProxy;
const KEYS = ["DATABASE_REPLICA_URLS", "REPLICA_CHECK_INTERVAL_MS", "DB_CONNECT_TIMEOUT_MS"] as const;
const original = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));

/** Which server answered: the replica URL names its connections "irf-replica-under-test". */
async function servedBy(run: () => Promise<Array<{ app: string }>>): Promise<string> {
  const rows = await run();
  return rows[0]?.app ?? "";
}

beforeAll(async () => {
  proxy = await startTcpProxy(process.env.DATABASE_URL as string);
  await disconnectDb();
  const replica = new URL(proxy.url);
  replica.searchParams.set("application_name", "irf-replica-under-test");
  process.env.DATABASE_REPLICA_URLS = replica.toString();
  process.env.REPLICA_CHECK_INTERVAL_MS = "200";
  process.env.DB_CONNECT_TIMEOUT_MS = "1000";
  resetEnvCache();
  db(); // connects, starts the replica monitor
  for (let i = 0; i < 50 && !replicaStatus()[0]?.healthy; i++) await new Promise((r) => setTimeout(r, 100));
});

afterAll(async () => {
  await disconnectDb();
  await proxy.close();
  for (const k of KEYS) {
    if (original[k] === undefined) delete process.env[k];
    else process.env[k] = original[k];
  }
  resetEnvCache();
});

const whoReads = () => dbRead().$queryRaw<Array<{ app: string }>>`SELECT current_setting('application_name') AS app`;

describe("read replicas", () => {
  it("sends public reads to the healthy replica and writes' reads to the primary", async () => {
    expect(replicaStatus()).toEqual([expect.objectContaining({ label: "replica-1", healthy: true, lagSeconds: 0 })]);
    expect(await servedBy(whoReads)).toBe("irf-replica-under-test");
    expect(await servedBy(() => db().$queryRaw`SELECT current_setting('application_name') AS app`)).toBe("ir-finder");
  });

  it("queryRead (the search statement's path, a named prepared statement) reads where dbRead() does", async () => {
    const who = () =>
      queryRead<{ app: string }>(Prisma.sql`${Prisma.raw(PREPARED_MARKER)} SELECT current_setting('application_name') AS app`);
    expect(await servedBy(who)).toBe("irf-replica-under-test");
    expect(await servedBy(who)).toBe("irf-replica-under-test"); // the second run reuses the prepared statement
    const signedIn = await runInRequestScope({ databaseUnavailable: false, readFromPrimary: true }, () => servedBy(who));
    expect(signedIn).toBe("ir-finder");
  });

  it("a signed-in reader reads the primary (their own writes)", async () => {
    const app = await runInRequestScope({ databaseUnavailable: false, readFromPrimary: true }, () => servedBy(whoReads));
    expect(app).toBe("ir-finder");
  });

  it("a replica that dies is skipped with no failed read, and used again once it is back", async () => {
    await proxy.down();
    // No read fails: the first one finds the replica gone and is retried on the primary.
    for (let i = 0; i < 5; i++) expect(await servedBy(whoReads)).toBe("ir-finder");
    expect(await servedBy(() => queryRead<{ app: string }>(Prisma.sql`SELECT current_setting('application_name') AS app`))).toBe(
      "ir-finder",
    );
    expect(replicaStatus()[0]?.healthy).toBe(false);
    const ready = await checkReadiness();
    expect(ready.ready).toBe(true); // a replica down never makes the instance unready
    expect(ready.replicas[0]).toEqual(expect.objectContaining({ healthy: false }));

    await proxy.up();
    for (let i = 0; i < 50 && !replicaStatus()[0]?.healthy; i++) await new Promise((r) => setTimeout(r, 100));
    expect(replicaStatus()[0]?.healthy).toBe(true);
    expect(await servedBy(whoReads)).toBe("irf-replica-under-test");
  });

  it("skips a replica lagging past REPLICA_MAX_LAG_SECONDS", async () => {
    const { createReplicaSet } = await import("@/lib/db/replicas");
    // The test server is not in recovery, so its lag is 0: a negative bound marks every lag as too much.
    const set = createReplicaSet([proxy.url], { maxLagSeconds: -1, checkIntervalMs: 60_000 });
    try {
      await set.checkAll();
      expect(set.status()[0]).toEqual(expect.objectContaining({ healthy: false, lagSeconds: 0 }));
      expect(set.status()[0]?.problem).toMatch(/lagging/);
      expect(set.pick()).toBeUndefined();
    } finally {
      await set.end();
    }
  });
});
