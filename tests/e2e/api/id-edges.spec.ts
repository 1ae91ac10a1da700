// Case 6 of the security review: every route with an id-like path segment or parameter, walked with values at the
// int32/int64 edges. Each answers 404 (or 400 for the JSON API), never 500, and the page never shows a crash.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { SESSION_COOKIE, seedSignedInUser } from "../sessions";

const EDGE_IDS = [
  "0",
  "-1",
  "2147483647",
  "2147483648",
  "4294967296",
  "9999999999",
  "99999999999",
  "9223372036854775807",
  "9223372036854775808",
  "1e309",
  "0x10",
];

/** Every page or route handler under app/ with a dynamic segment, as a URL pattern like /physicians/[slug]. */
function dynamicRoutes(): string[] {
  const out: string[] = [];
  const walk = (dir: string, url: string[]) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        // Route groups "(public)" and private folders "_actions" add nothing to the URL.
        if (name.startsWith("_")) continue;
        walk(full, /^\(.*\)$/.test(name) ? url : [...url, name]);
      } else if ((name === "page.tsx" || name === "route.ts") && url.some((s) => s.startsWith("["))) {
        out.push(`/${url.join("/")}`);
      }
    }
  };
  walk(path.resolve("app"), []);
  return out.sort();
}

const routes = dynamicRoutes();

test("the walk finds the routes with ids", () => {
  expect(routes).toEqual(
    expect.arrayContaining([
      "/api/v1/physicians/[idOrSlug]",
      "/physicians/[slug]",
      "/portal/practices/[id]",
      "/portal/practices/[id]/history",
    ]),
  );
});

for (const viewer of ["signed out", "clinic manager", "moderator"] as const) {
  test(`every dynamic route at the id edges, ${viewer}: 4xx, never 500`, async ({ request }) => {
    test.setTimeout(240_000);
    const headers: Record<string, string> = {};
    if (viewer !== "signed out") {
      const u = await seedSignedInUser({
        isModerator: viewer === "moderator",
        organizationId: viewer === "clinic manager" ? 1 : undefined,
      });
      headers.cookie = `${SESSION_COOKIE}=${u.token}`;
    }
    const failures: string[] = [];
    for (const route of routes) {
      for (const id of EDGE_IDS) {
        const url = route.replace(/\[[^\]]+\]/g, encodeURIComponent(id));
        const status = (await request.get(url, { headers, maxRedirects: 0 })).status();
        if (status >= 500) failures.push(`${url} -> ${status}`);
      }
    }
    expect(failures).toEqual([]);
  });
}

test("query-string ids at the edges: search paging and the audit log filter never 500", async ({ request }) => {
  for (const id of EDGE_IDS) {
    const api = await request.get(`/api/v1/search?near=10001&page=${encodeURIComponent(id)}&pageSize=${encodeURIComponent(id)}`);
    expect(api.status(), `search page=${id}`).toBeLessThan(500);
    const html = await request.get(`/search?near=10001&page=${encodeURIComponent(id)}`);
    expect(html.status(), `search page ${id}`).toBeLessThan(500);
  }
});

test("a replayed report with an out-of-range physician id is refused as invalid, not an internal error", async ({ page }) => {
  const res = await page.request.get("/api/v1/search?near=10001&radius=25");
  const slug = ((await res.json()) as { results: Array<{ physician: { slug: string } }> }).results[0]?.physician.slug;
  await page.goto(`/physicians/${slug}`);
  await page.getByText("Report incorrect information").click();
  const form = page.locator("form").filter({ has: page.locator('input[name="physicianId"]') });
  for (const id of ["99999999999", "2147483648", "-1"]) {
    await form.locator('input[name="physicianId"]').evaluate((el, v) => ((el as HTMLInputElement).value = v), id);
    await form.getByLabel("What is wrong?").selectOption({ index: 1 });
    await form.getByLabel("Details").fill("The phone number on this listing is wrong.");
    await form.getByRole("button", { name: "Send report" }).click();
    const alert = form.getByRole("alert");
    await expect(alert).toBeVisible();
    await expect(alert).not.toContainText("couldn't send your report just now");
  }
});
