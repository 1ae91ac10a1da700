// The production server's edge, with a stand-in for Next's handler: cache headers and ETag/304 for public pages,
// nothing shared for the portal or a signed-in reader, request metrics, and the /metrics guard.
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { request as httpRequest } from "node:http";
import { gunzipSync } from "node:zlib";
import { createAppServer, type TAppServerOptions } from "@/lib/http/app-server";
import { acceptsGzip } from "@/lib/http/compression";
import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from "@/lib/http/cache-policy";

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const servers: Array<{ close: () => void }> = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

async function serve(extra: Partial<TAppServerOptions> = {}): Promise<string> {
  const app = createAppServer({
    // Like Next: status and headers set first, the body written in pieces, a private no-store policy by default.
    handle: (req, res) => {
      res.statusCode = req.url?.startsWith("/physicians/gone") ? 404 : 200;
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.setHeader("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate");
      if (req.url?.startsWith("/portal/sign-in")) res.setHeader("set-cookie", "x=1; Path=/");
      res.write("<html><body>");
      res.write(`page ${req.url}`);
      if (req.url?.includes("long")) res.write("<p>a long page</p>".repeat(200));
      res.end("</body></html>");
    },
    signedIn: (req) => (req.headers.cookie ?? "").includes("__Host-irf_session="),
    shutdownTimeoutMs: 1000,
    metricsAllow: ["127.0.0.1/32", "::1/128"],
    log: silent,
    ...extra,
  });
  await new Promise<void>((resolve) => app.server.listen(0, "127.0.0.1", resolve));
  servers.push(app.server);
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

describe("app server: caching", () => {
  it("public pages go out with the shared-cache policy, an ETag and a length, and a matching If-None-Match gets a 304", async () => {
    const base = await serve();
    const res = await fetch(`${base}/physicians/jane-doe-9`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe(PUBLIC_CACHE_CONTROL);
    const etag = res.headers.get("etag");
    expect(etag).toMatch(/^W\/"/);
    const body = await res.text();
    expect(body).toBe("<html><body>page /physicians/jane-doe-9</body></html>");
    expect(res.headers.get("content-length")).toBe(String(Buffer.byteLength(body)));
    const again = await fetch(`${base}/physicians/jane-doe-9`, { headers: { "if-none-match": etag as string } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const changed = await fetch(`${base}/physicians/jane-doe-9`, { headers: { "if-none-match": 'W/"other"' } });
    expect(changed.status).toBe(200);
  });

  it("gzips a held page of 1 KB or more for a client that takes gzip, and only then", async () => {
    const base = await serve();
    // Raw HTTP, so the bytes on the wire are seen as sent (fetch would decompress them).
    const raw = (path: string, encoding: string) =>
      new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
        const r = httpRequest(`${base}${path}`, { headers: { "accept-encoding": encoding } }, (res) => {
          const parts: Buffer[] = [];
          res.on("data", (c: Buffer) => parts.push(c));
          res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(parts) }));
        });
        r.on("error", reject);
        r.end();
      });
    const zipped = await raw("/procedures/long", "gzip, deflate, br");
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers["content-length"]).toBe(String(zipped.body.length));
    const text = gunzipSync(zipped.body).toString("utf8");
    expect(text).toContain("page /procedures/long");
    expect(text.length).toBeGreaterThan(3000);
    const plain = await raw("/procedures/long", "identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString("utf8")).toBe(text);
    expect(plain.headers["etag"]).toBe(zipped.headers["etag"]);
    const small = await raw("/physicians/jane-doe-9", "gzip");
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(acceptsGzip("gzip;q=0, deflate")).toBe(false);
    expect(acceptsGzip("br, *;q=0.1")).toBe(true);
    expect(acceptsGzip(undefined)).toBe(false);
  });

  it("a signed-in reader, the portal, a cookie-setting answer and a 404 are never shared", async () => {
    const base = await serve();
    const signedIn = await fetch(`${base}/physicians/jane-doe-9`, { headers: { cookie: "__Host-irf_session=abc" } });
    expect(signedIn.headers.get("cache-control")).toBe(PRIVATE_CACHE_CONTROL);
    expect(signedIn.headers.get("etag")).toBeNull();
    expect((await fetch(`${base}/portal/sign-in`)).headers.get("cache-control")).toBe(PRIVATE_CACHE_CONTROL);
    expect((await fetch(`${base}/physicians/gone`)).headers.get("cache-control")).toBe(PRIVATE_CACHE_CONTROL);
  });
});

describe("app server: /metrics", () => {
  it("answers loopback with Prometheus text including request counts by route pattern", async () => {
    const base = await serve();
    await fetch(`${base}/physicians/someone-1`);
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/irf_http_requests_total\{route="\/physicians\/:slug",method="GET",status="200"/);
    expect(text).toContain("irf_http_request_duration_seconds_bucket");
    expect(text).toContain("process_cpu_user_seconds_total");
  });

  it("refuses addresses outside METRICS_ALLOW with 404, unless they bring the token", async () => {
    const base = await serve({ metricsAllow: ["10.0.0.0/8"], metricsToken: "a-long-metrics-token-1234" });
    expect((await fetch(`${base}/metrics`)).status).toBe(404);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: "Bearer wrong-token-of-same-len!" } })).status).toBe(404);
    // A forwarded address is never believed here.
    expect((await fetch(`${base}/metrics`, { headers: { "x-forwarded-for": "10.1.2.3" } })).status).toBe(404);
    const ok = await fetch(`${base}/metrics`, { headers: { authorization: "Bearer a-long-metrics-token-1234" } });
    expect(ok.status).toBe(200);
  });
});
