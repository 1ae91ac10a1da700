// Smoke test of the public API through a real HTTP server.
import { expect, test } from "@playwright/test";

test("kyphoplasty near 10001: nearest first, all within 25 miles, all offering kyphoplasty", async ({ request }) => {
  const res = await request.get("/api/v1/search?near=10001&radius=25&procedure=kyphoplasty");
  expect(res.status()).toBe(200);
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  const body = (await res.json()) as {
    total: number;
    results: Array<{ distanceMiles: number; procedures: Array<{ slug: string }>; physician: { slug: string } }>;
  };
  expect(body.total).toBeGreaterThan(0);
  const d = body.results.map((r) => r.distanceMiles);
  expect(d).toEqual([...d].sort((a, b) => a - b));
  for (const r of body.results) {
    expect(r.distanceMiles).toBeLessThanOrEqual(25);
    expect(r.procedures.map((p) => p.slug)).toContain("kyphoplasty");
  }
  const profile = await request.get(`/api/v1/physicians/${body.results[0]?.physician.slug}`);
  expect(profile.status()).toBe(200);
});

test("bad input gets a JSON error, not a stack trace", async ({ request }) => {
  const res = await request.get("/api/v1/search?near=10001&radius=-5");
  expect(res.status()).toBe(400);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe("VALIDATION_FAILED");
  expect(JSON.stringify(body)).not.toMatch(/\.ts:\d+|node_modules/);
});

test("the server's direct search route sends the headers Next sends for its neighbours", async ({ request }) => {
  // /api/v1/search is answered by the production server itself (decision 072); /api/v1/procedures by Next.
  const direct = (await request.get("/api/v1/search?near=10001&radius=25")).headers();
  const viaNext = (await request.get("/api/v1/procedures")).headers();
  const site = [
    "content-security-policy",
    "strict-transport-security",
    "x-content-type-options",
    "referrer-policy",
    "x-frame-options",
    "permissions-policy",
    "cross-origin-opener-policy",
  ];
  for (const name of site) {
    expect(viaNext[name], name).toBeTruthy();
    expect(direct[name], name).toBe(viaNext[name]);
  }
  for (const name of ["content-type", "cache-control"]) expect(direct[name], name).toBe(viaNext[name]);
  // Next also names its router's request headers in Vary; a JSON answer never varies on them.
  expect(direct.vary).toBe("accept, accept-encoding");
  expect(viaNext.vary).toMatch(/accept, accept-encoding$/);
  expect(direct["x-request-id"]).toBeTruthy();
  expect(direct["x-powered-by"]).toBeUndefined();
});
