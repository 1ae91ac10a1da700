// Honest failures: with the database down or the pool exhausted, the API answers 503 UNAVAILABLE with Retry-After
// (FHIR: an OperationOutcome), pages rendered through the app server become 503s, nothing hangs past the connect
// bound, and answers are back within 5 s of the database returning.
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { createAppServer, type THandle } from "@/lib/http/app-server";
import { startRouteServer } from "../support/route-server";
import { startTcpProxy, type TTcpProxy } from "../support/tcp-proxy";

const realUrl = process.env.DATABASE_URL as string;
let proxy: TTcpProxy;
let api: { url: string; close: () => Promise<void> };
const silentLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

const CHANGED = ["DATABASE_URL", "DB_CONNECT_TIMEOUT_MS", "DB_POOL_MAX"] as const;
const original = Object.fromEntries(CHANGED.map((k) => [k, process.env[k]]));

async function useDatabase(env: Partial<Record<(typeof CHANGED)[number], string | undefined>>): Promise<void> {
  await disconnectDb();
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvCache();
}

beforeAll(async () => {
  proxy = await startTcpProxy(realUrl);
  await useDatabase({ DATABASE_URL: proxy.url, DB_CONNECT_TIMEOUT_MS: "1000", DB_POOL_MAX: "4" });
  api = await startRouteServer();
});

afterEach(async () => {
  await proxy.up();
});

afterAll(async () => {
  await api.close();
  await disconnectDb();
  await proxy.close();
  await useDatabase(original);
});

/** Starts an app server (the production wrapper around Next's handler) with `handle` in place of Next. */
async function appServer(handle: THandle, extra: Partial<Parameters<typeof createAppServer>[0]> = {}) {
  const app = createAppServer({
    handle,
    signedIn: () => false,
    shutdownTimeoutMs: 2000,
    metricsAllow: ["127.0.0.1/32", "::1/128"],
    log: silentLog,
    ...extra,
  });
  await new Promise<void>((resolve) => app.server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return { ...app, url };
}

describe("database down", () => {
  it("the search API answers 503 UNAVAILABLE with Retry-After, never 500, and recovers within 5 s", async () => {
    const ok = await fetch(`${api.url}/api/v1/search?near=66044&radius=50`);
    expect(ok.status).toBe(200);

    await proxy.down();
    const t0 = Date.now();
    const res = await fetch(`${api.url}/api/v1/search?near=66044&radius=50`);
    expect(Date.now() - t0).toBeLessThan(3000); // refused connections fail fast; timeouts are bounded by the connect timeout
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("UNAVAILABLE");
    expect(body.error.message).toMatch(/try again/i);

    const fhir = await fetch(`${api.url}/fhir/Practitioner?_count=1`);
    expect(fhir.status).toBe(503);
    expect(fhir.headers.get("retry-after")).toBe("5");
    const outcome = (await fhir.json()) as { resourceType: string; issue: Array<{ code: string }> };
    expect(outcome.resourceType).toBe("OperationOutcome");
    expect(outcome.issue[0]?.code).toBe("transient");

    await proxy.up();
    const back = Date.now();
    let status = 0;
    while (Date.now() - back < 5000) {
      status = (await fetch(`${api.url}/api/v1/search?near=66044&radius=50`)).status;
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(200);
    expect(Date.now() - back).toBeLessThan(5000);
  });

  it("a page whose rendering could not reach the database is a 503 with Retry-After, whether it failed or showed an error panel", async () => {
    // Stand-ins for Next: one page lets the error reach its error boundary (500), one catches it and renders (200).
    const failing = await appServer(async (req, res) => {
      try {
        await db().$queryRaw`SELECT 1`;
        res.writeHead(200, { "content-type": "text/html" }).end("<h1>ok</h1>");
      } catch {
        if (req.url?.startsWith("/search"))
          res.writeHead(200, { "content-type": "text/html" }).end("<h1>We couldn’t load results just now</h1>");
        else res.writeHead(500, { "content-type": "text/html" }).end("<h1>We couldn’t load this page just now</h1>");
      }
    });
    try {
      const up = await fetch(`${failing.url}/physicians/someone`);
      expect(up.status).toBe(200);
      await proxy.down();
      for (const path of ["/physicians/someone", "/search?near=10001"]) {
        const res = await fetch(`${failing.url}${path}`);
        expect(res.status, path).toBe(503);
        expect(res.headers.get("retry-after")).toBe("5");
        expect(res.headers.get("cache-control")).toBe("no-store");
        expect(await res.text()).toMatch(/We couldn’t load/);
      }
    } finally {
      failing.server.close();
    }
  });
});

describe("pool exhausted", () => {
  it("a request that cannot get a connection waits at most the connect timeout, then answers 503", async () => {
    await useDatabase({ DB_POOL_MAX: "1", DB_CONNECT_TIMEOUT_MS: "1500" });
    try {
      await db().$queryRaw`SELECT 1`; // the pool's one connection is open
      // The only connection is busy for 3 s (Prisma queries start when awaited, hence Promise.resolve).
      const hold = Promise.resolve(db().$queryRaw`SELECT pg_sleep(3)::text AS slept`);
      await new Promise((r) => setTimeout(r, 200));
      const t0 = Date.now();
      const res = await fetch(`${api.url}/api/v1/search?near=66044&radius=50`);
      const waited = Date.now() - t0;
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      expect(waited).toBeGreaterThanOrEqual(1400);
      expect(waited).toBeLessThan(3000);
      await hold;
    } finally {
      await useDatabase({ DB_POOL_MAX: "4", DB_CONNECT_TIMEOUT_MS: "1000" });
    }
  });
});

describe("graceful shutdown", () => {
  it("stops accepting, lets the request in flight finish, then closes the pools", async () => {
    let closed = false;
    const { onCloseDatabases } = await import("@/lib/db/lifecycle");
    onCloseDatabases(async () => {
      closed = true;
    });
    const app = await appServer(async (_req, res) => {
      await new Promise((r) => setTimeout(r, 600));
      res.writeHead(200, { "content-type": "text/plain" }).end("finished");
    });
    const inFlight = fetch(`${app.url}/slow`).then(async (r) => ({ status: r.status, text: await r.text() }));
    await new Promise((r) => setTimeout(r, 150));
    expect(app.inFlight()).toBe(1);
    const stopping = app.shutdown("test");
    await new Promise((r) => setTimeout(r, 50));
    await expect(fetch(`${app.url}/another`)).rejects.toThrow();
    expect(await inFlight).toEqual({ status: 200, text: "finished" });
    await stopping;
    expect(closed).toBe(true);
  });

  it("a request still running at the shutdown bound is cut, and shutdown does not hang", async () => {
    const app = await appServer(() => new Promise<void>(() => undefined), { shutdownTimeoutMs: 300 });
    const hung = fetch(`${app.url}/never`).then(
      (r) => r.status,
      () => "cut",
    );
    await new Promise((r) => setTimeout(r, 100));
    const t0 = Date.now();
    await app.shutdown("test");
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(await hung).toBe("cut");
  });
});

describe("process stays up", () => {
  it("an idle connection dropped by the server is replaced, not fatal", async () => {
    await db().$queryRaw`SELECT 1`; // an idle client now sits in the pool
    await proxy.down(); // cuts it
    await proxy.up();
    await new Promise((r) => setTimeout(r, 100));
    const rows = await db().$queryRaw<Array<{ ok: number }>>`SELECT 1::int AS ok`;
    expect(rows[0]?.ok).toBe(1);
  });
});
