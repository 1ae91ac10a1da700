// The production server's direct routes (lib/http/direct-route.ts, decision 072): GET /api/v1/search answered by
// the route's own handler without Next's router, on a real database. The answer must be the one the handler gives
// Next, with what Next adds to every response (next.config.js's security headers) and the server's own rules.
import type { AddressInfo } from "node:net";
import { request as httpRequest } from "node:http";
import { gunzipSync } from "node:zlib";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as searchRoute } from "@/app/api/v1/search/route";
import { resetEnvCache } from "@/lib/env";
import { createAppServer } from "@/lib/http/app-server";
import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from "@/lib/http/cache-policy";
import { stampPeerAddresses } from "@/lib/http/peer-address";
import { clearAnswerCache } from "@/lib/http/public-api";
import { resetPublicApiBuckets } from "@/lib/http/public-rate-limit";
import { securityHeaders } from "@/lib/http/security-headers.js";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { clearSearchCache } from "@/lib/search/search-cache";
import { insertDirectory, resetDirectory, testPrisma } from "../support/directory";

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const SITE = securityHeaders({ dev: false, tileUrl: undefined });
const center = { lat: 37.5, lng: -100.2 };
const QUERY = `near=${center.lat},${center.lng}&radius=10&procedure=kyphoplasty`;
const saved = { limit: process.env.PUBLIC_API_RATE_LIMIT, proxies: process.env.TRUSTED_PROXIES };

let prisma: PrismaClient;
let close: () => Promise<void>;
let base: string;
let app: ReturnType<typeof createAppServer>;
let nextCalls: string[] = [];

beforeAll(async () => {
  process.env.PUBLIC_API_RATE_LIMIT = "0";
  process.env.TRUSTED_PROXIES = "127.0.0.1/32";
  resetEnvCache();
  // As instrumentation.ts does in the server process: every request is stamped with its TCP peer.
  stampPeerAddresses();
  ({ prisma, close } = testPrisma());
  await resetDirectory(prisma);
  await insertDirectory(
    prisma,
    Array.from({ length: 25 }, (_, i) => ({
      firstName: `Direct${i}`,
      lastName: "Route",
      locations: [{ lat: center.lat + i * 0.001, lng: center.lng, procedures: ["kyphoplasty"] }],
    })),
  );
  app = createAppServer({
    // Next's handler, for everything that is not a direct route: it says so, so a test can tell who answered.
    handle: (req, res) => {
      nextCalls.push(`${req.method} ${req.url}`);
      res.writeHead(299, { "content-type": "text/plain" }).end("next");
    },
    signedIn: (req) => (req.headers.cookie ?? "").includes("__Host-irf_session="),
    shutdownTimeoutMs: 1000,
    metricsAllow: ["127.0.0.1/32"],
    log: silent,
    directRoutes: new Map([["/api/v1/search", searchRoute]]),
    siteHeaders: SITE,
  });
  await new Promise<void>((resolve) => app.server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});

beforeEach(() => {
  nextCalls = [];
  clearAnswerCache();
  clearSearchCache();
  resetPublicApiBuckets();
});

afterAll(async () => {
  app.server.close();
  for (const [key, value] of [
    ["PUBLIC_API_RATE_LIMIT", saved.limit],
    ["TRUSTED_PROXIES", saved.proxies],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvCache();
  await close();
});

/** The handler's own answer, as Next receives it. */
async function fromHandler(qs: string): Promise<{ status: number; body: string; headers: Headers }> {
  const res = await searchRoute(new NextRequest(`http://localhost/api/v1/search?${qs}`), { params: Promise.resolve({}) });
  return { status: res.status, body: await res.text(), headers: res.headers };
}

/** A raw HTTP exchange with the server (no automatic decompression). */
function raw(
  path: string,
  opts: { method?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method: opts.method ?? "GET", headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("direct route: GET /api/v1/search", () => {
  it("answers without Next, with the handler's body and headers and the site's security headers", async () => {
    const handler = await fromHandler(QUERY);
    clearAnswerCache();
    clearSearchCache();
    const res = await raw(`/api/v1/search?${QUERY}`);
    expect(nextCalls).toEqual([]);
    expect(res.status).toBe(200);
    expect(res.body.toString()).toBe(handler.body);
    expect(JSON.parse(res.body.toString()).results).toHaveLength(20);
    expect(res.headers["content-length"]).toBe(String(res.body.length));
    for (const name of ["content-type", "etag", "vary", "cache-control"]) expect(res.headers[name]).toBe(handler.headers.get(name));
    expect(res.headers["cache-control"]).toBe(PUBLIC_CACHE_CONTROL);
    for (const { key, value } of SITE) expect(res.headers[key.toLowerCase()]).toBe(value);
    expect(res.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("gzips for a client that takes it, answers a HEAD with the GET's head, and a matching ETag with a 304", async () => {
    const plain = await raw(`/api/v1/search?${QUERY}`);
    const zipped = await raw(`/api/v1/search?${QUERY}`, { headers: { "accept-encoding": "gzip, br" } });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(Number(zipped.headers["content-length"])).toBeLessThan(plain.body.length);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    const head = await raw(`/api/v1/search?${QUERY}`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers.etag).toBe(plain.headers.etag);
    const again = await raw(`/api/v1/search?${QUERY}`, { headers: { "if-none-match": String(plain.headers.etag) } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers["content-length"]).toBeUndefined();
    expect(nextCalls).toEqual([]);
  });

  it("gives bad input the handler's JSON error, in Spanish when asked", async () => {
    for (const qs of ["near=&radius=10", "near=10001&radius=9999", "near=00000", "near=10001&lang=es&radius=abc"]) {
      const handler = await fromHandler(qs);
      const res = await raw(`/api/v1/search?${qs}`);
      expect(res.status, qs).toBe(handler.status);
      expect(res.status, qs).toBeGreaterThanOrEqual(400);
      expect(res.status, qs).toBeLessThan(500);
      const body = JSON.parse(res.body.toString()) as { error: { code: string; message: string } };
      expect(body, qs).toEqual(JSON.parse(handler.body));
      expect(res.headers["cache-control"], qs).toBe("no-store");
    }
  });

  it("keeps the fair-use limit per client (from the trusted proxy's X-Forwarded-For) and a proxy's request id", async () => {
    process.env.PUBLIC_API_RATE_LIMIT = "3";
    resetEnvCache();
    try {
      const as = (ip: string) => ({ "x-forwarded-for": ip, "x-request-id": "proxy-req-0001" });
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await raw(`/api/v1/search?${QUERY}&page=${i + 1}`, { headers: as("203.0.113.9") })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const limited = await raw(`/api/v1/search?${QUERY}`, { headers: as("203.0.113.9") });
      expect(limited.headers["retry-after"]).toMatch(/^\d+$/);
      const other = await raw(`/api/v1/search?${QUERY}`, { headers: as("198.51.100.7") });
      expect(other.status).toBe(200);
      expect(other.headers["x-request-id"]).toBe("proxy-req-0001");
    } finally {
      process.env.PUBLIC_API_RATE_LIMIT = "0";
      resetEnvCache();
    }
  });

  it("never lets a shared cache keep a signed-in reader's answer", async () => {
    const res = await raw(`/api/v1/search?${QUERY}`, { headers: { cookie: "__Host-irf_session=abc" } });
    expect(res.status).toBe(200);
    expect(res.headers["cache-control"]).toBe(PRIVATE_CACHE_CONTROL);
  });

  it("leaves every other method and path to Next", async () => {
    for (const [method, path] of [
      ["POST", `/api/v1/search?${QUERY}`],
      ["OPTIONS", "/api/v1/search"],
      ["GET", "/api/v1/search/"],
      ["GET", "/api/v1/procedures"],
      ["GET", "/search?near=10001"],
    ] as const) {
      const res = await raw(path, { method });
      expect(res.status, `${method} ${path}`).toBe(299);
    }
    expect(nextCalls).toHaveLength(5);
  });
});
