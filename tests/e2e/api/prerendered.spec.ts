// /developers is prerendered at build time (decision 053) and still goes out like every public page: the
// shared-cache policy, an ETag and 304s, and a body a browser can read whatever encodings it offers.
import { expect, test } from "@playwright/test";

for (const path of ["/developers"]) {
  test(`${path} is served prerendered, cacheable, with validators`, async ({ request }) => {
    const res = await request.get(path, { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(res.status()).toBe(200);
    expect(res.headers()["x-nextjs-prerender"]).toBeTruthy();
    expect(res.headers()["cache-control"]).toContain("s-maxage=");
    expect(res.headers()["content-encoding"]).toBe("gzip");
    const html = await res.text();
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toContain("<h1");
    const etag = res.headers()["etag"];
    expect(etag).toBeTruthy();
    const again = await request.get(path, { headers: { "if-none-match": etag as string } });
    expect(again.status()).toBe(304);
    const plain = await request.get(path, { headers: { "accept-encoding": "identity" } });
    expect(plain.headers()["content-encoding"]).toBeUndefined();
    expect(await plain.text()).toBe(html);
  });
}

test("an unknown guide is a 404", async ({ request }) => {
  expect((await request.get("/procedures/no-such-procedure")).status()).toBe(404);
});
