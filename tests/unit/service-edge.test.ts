// The pure rules of the service edge: which answers shared caches may keep, route labels for metrics, and which
// failures mean "the database is unavailable" (503) rather than a bug (500).
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/db/availability";
import { cacheControlFor, PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from "@/lib/http/cache-policy";
import { routeLabel } from "@/lib/http/route-label";

const page = { method: "GET", status: 200, signedIn: false, setsCookie: false };

describe("cacheControlFor", () => {
  it("lets shared caches keep public pages for a bounded time", () => {
    for (const pathname of [
      "/",
      "/search",
      "/physicians/jane-doe-9",
      "/clinics/x",
      "/procedures",
      "/procedures/kyphoplasty",
      "/conditions/vcf",
      "/developers",
      "/sitemap.xml",
      "/es",
      "/es/search",
      "/es/physicians/jane-doe-9",
      "/es/procedures/kyphoplasty",
    ])
      expect(cacheControlFor({ ...page, pathname }), pathname).toBe(PUBLIC_CACHE_CONTROL);
    expect(PUBLIC_CACHE_CONTROL).toMatch(/s-maxage=30, stale-while-revalidate=15/);
  });

  it("never shares the portal, health, metrics, a signed-in reader's page or a response that sets a cookie", () => {
    for (const pathname of ["/portal", "/portal/sign-in", "/portal/practices/3", "/api/health/ready", "/metrics"])
      expect(cacheControlFor({ ...page, pathname }), pathname).toBe(PRIVATE_CACHE_CONTROL);
    expect(cacheControlFor({ ...page, pathname: "/physicians/x", signedIn: true })).toBe(PRIVATE_CACHE_CONTROL);
    expect(cacheControlFor({ ...page, pathname: "/search", setsCookie: true })).toBe(PRIVATE_CACHE_CONTROL);
  });

  it("does not share errors, leaves POSTs, static assets and the API's own headers alone", () => {
    expect(cacheControlFor({ ...page, pathname: "/physicians/gone", status: 404 })).toBe(PRIVATE_CACHE_CONTROL);
    expect(cacheControlFor({ ...page, pathname: "/search", method: "POST" })).toBeNull();
    expect(cacheControlFor({ ...page, pathname: "/_next/static/chunks/a.js" })).toBeNull();
    expect(cacheControlFor({ ...page, pathname: "/api/v1/search" })).toBeNull();
    // An /es address without a Spanish page is not a public page either (its 404 is never shared).
    expect(cacheControlFor({ ...page, pathname: "/es/no-such-page" })).toBeNull();
    expect(cacheControlFor({ ...page, pathname: "/es/portal" })).toBeNull();
  });
});

describe("routeLabel", () => {
  it("reduces ids and slugs to patterns", () => {
    expect(routeLabel("/physicians/jane-doe-9123")).toBe("/physicians/:slug");
    expect(routeLabel("/api/v1/physicians/42")).toBe("/api/v1/physicians/:idOrSlug");
    expect(routeLabel("/api/v1/search")).toBe("/api/v1/search");
    expect(routeLabel("/fhir/Practitioner/abc")).toBe("/fhir/Practitioner/:id");
    expect(routeLabel("/fhir/Location")).toBe("/fhir/Location");
    expect(routeLabel("/fhir/Nonsense/1")).toBe("/fhir/other");
    expect(routeLabel("/fhir/Practitioner/1/_history/2")).toBe("/fhir/Practitioner/:id/_history/:vid");
    expect(routeLabel("/_next/static/chunks/x.js")).toBe("/_next/static");
    expect(routeLabel("/portal/practices/7/history")).toBe("/portal/practices/:id/history");
    expect(routeLabel("/wp-admin/setup.php")).toBe("other");
  });
});

describe("isDatabaseUnavailable", () => {
  it("recognises unreachable servers, pool timeouts, shutdowns and missing databases", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(
      true,
    );
    expect(isDatabaseUnavailable({ code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } })).toBe(true);
    expect(isDatabaseUnavailable({ code: "P1001" })).toBe(true);
  });

  it("leaves bugs and bad input as they are", () => {
    expect(isDatabaseUnavailable(new Error("column x does not exist"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("syntax error"), { code: "42601" }))).toBe(false);
    expect(isDatabaseUnavailable({ code: "P2002" })).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
