// A client cannot choose the language of an English page with a request header (x-irf-locale was the proxy's own
// until decision 068 gave each language its root layout): shared caches keep public pages, so a Spanish page body at
// an English URL would be served to everyone (cache poisoning).
import { expect, test } from "@playwright/test";

test("an English page ignores a client's x-irf-locale header; /es stays Spanish", async ({ request }) => {
  const forged = await request.get("/procedures", { headers: { "x-irf-locale": "es", "x-irf-locale-proof": "guess" } });
  expect(forged.status()).toBe(200);
  const english = await forged.text();
  expect(english).toMatch(/<html lang="en"/);
  expect(english).not.toMatch(/<html lang="es"/);

  const spanish = await request.get("/es/procedures", { headers: { "x-irf-locale": "en" } });
  expect(spanish.status()).toBe(200);
  expect(await spanish.text()).toMatch(/<html lang="es"/);
});
