// The FHIR endpoint and the OpenAPI document through the production build (catch-all routing, $ operations, headers).
import { expect, test } from "@playwright/test";

test("FHIR metadata, a near search, a read and a bulk export kick-off on the production server", async ({ request }) => {
  const meta = await request.get("/fhir/metadata");
  expect(meta.status()).toBe(200);
  expect(meta.headers()["content-type"]).toContain("application/fhir+json");
  const search = await request.get("/fhir/Location?near=40.7506|-73.9972|20|mi&_count=3");
  const bundle = (await search.json()) as { entry: Array<{ resource: { id: string } }> };
  expect(bundle.entry.length).toBeGreaterThan(0);
  const read = await request.get(`/fhir/Location/${bundle.entry[0]?.resource.id}`);
  expect(read.status()).toBe(200);
  expect(
    (
      await request.get(`/fhir/Location/${bundle.entry[0]?.resource.id}`, { headers: { "if-none-match": read.headers().etag as string } })
    ).status(),
  ).toBe(304);
  const kick = await request.get("/fhir/$export?_type=Organization", { headers: { prefer: "respond-async" } });
  expect(kick.status()).toBe(202);
  const status = await request.get(new URL(kick.headers()["content-location"] as string).pathname);
  const manifest = (await status.json()) as { output: Array<{ url: string }> };
  const file = await request.get(new URL(manifest.output[0]?.url as string).pathname);
  expect(file.headers()["content-type"]).toContain("ndjson");
  expect((await file.text()).split("\n").filter(Boolean).length).toBeGreaterThan(0);
  const oa = await request.get("/api/v1/openapi.json");
  expect(((await oa.json()) as { openapi: string }).openapi).toBe("3.1.0");
});
