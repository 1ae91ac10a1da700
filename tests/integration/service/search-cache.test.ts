// The in-process caches of search answers: a repeated search is served from memory for SEARCH_CACHE_TTL_MS (part of
// the 60 s freshness bound), a change shows once that passes, and a signed-in reader always gets a fresh answer.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as searchRoute } from "@/app/api/v1/search/route";
import { handleFhir } from "@/lib/fhir/handle";
import { resetEnvCache } from "@/lib/env";
import { clearAnswerCache } from "@/lib/http/public-api";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { runInRequestScope } from "@/lib/request-scope";
import { clearSearchCache } from "@/lib/search/search-cache";
import { searchPhysiciansNear } from "@/lib/search/search-physicians-near";
import { insertDirectory, resetDirectory, testPrisma } from "../support/directory";

const TTL_MS = 1500;
const center = { lat: 39.0, lng: -95.0 };
const near = `${center.lat},${center.lng}`;
let prisma: PrismaClient;
let close: () => Promise<void>;
const previous = process.env.SEARCH_CACHE_TTL_MS;

beforeAll(async () => {
  process.env.SEARCH_CACHE_TTL_MS = String(TTL_MS);
  resetEnvCache();
  clearSearchCache();
  clearAnswerCache();
  ({ prisma, close } = testPrisma());
  await resetDirectory(prisma);
  await insertDirectory(prisma, [{ firstName: "Ada", lastName: "Cached", locations: [{ ...center, procedures: ["kyphoplasty"] }] }]);
});

afterAll(async () => {
  if (previous === undefined) delete process.env.SEARCH_CACHE_TTL_MS;
  else process.env.SEARCH_CACHE_TTL_MS = previous;
  resetEnvCache();
  clearSearchCache();
  clearAnswerCache();
  await close();
});

const apiNames = async () => {
  const res = await searchRoute(new NextRequest(`http://test/api/v1/search?near=${encodeURIComponent(near)}&radius=5`), {
    params: Promise.resolve({}),
  });
  const body = (await res.json()) as { results: Array<{ physician: { name: string } }> };
  return { names: body.results.map((r) => r.physician.name), etag: res.headers.get("etag") };
};

/** Family names of the PractitionerRoles' practitioners FHIR finds near the point (with _include), and the ETag. */
const fhirNames = async (extra = "") => {
  const q = `location.near=${center.lat}|${center.lng}|5|[mi_i]&_include=PractitionerRole:practitioner${extra}`;
  const res = await handleFhir(new Request(`http://test/fhir/PractitionerRole?${q}`), ["PractitionerRole"]);
  const body = (await res.json()) as { entry?: Array<{ resource: { resourceType: string; name?: Array<{ family?: string }> } }> };
  const names = (body.entry ?? []).filter((e) => e.resource.resourceType === "Practitioner").map((e) => e.resource.name?.[0]?.family);
  return { names, etag: res.headers.get("etag") };
};

describe("search caches", () => {
  it("serve a repeated search from memory until the TTL passes, then the change", async () => {
    const first = await apiNames();
    expect(first.names).toEqual(["Ada Cached"]);
    const fhirFirst = await fhirNames();
    expect(fhirFirst.names).toEqual(["Cached"]);
    const pageFirst = await searchPhysiciansNear({ near, radius: "5" });
    await prisma.physician.updateMany({ where: { lastName: "Cached" }, data: { lastName: "Changed" } });
    const cached = await apiNames();
    expect(cached).toEqual(first); // same body, same ETag
    expect(await fhirNames()).toEqual(fhirFirst);
    // Another question is not answered from the cache.
    expect((await fhirNames("&_count=5")).names).toEqual(["Changed"]);
    expect((await searchPhysiciansNear({ near, radius: "5" })).results[0]?.physician.name).toBe(pageFirst.results[0]?.physician.name);

    // A signed-in reader (the moderator who just approved) sees the change at once.
    const fresh = await runInRequestScope({ databaseUnavailable: false, readFromPrimary: true }, () =>
      searchPhysiciansNear({ near, radius: "5" }),
    );
    expect(fresh.results[0]?.physician.name).toBe("Ada Changed");

    await new Promise((r) => setTimeout(r, TTL_MS + 200));
    const later = await apiNames();
    expect(later.names).toEqual(["Ada Changed"]);
    expect(later.etag).not.toBe(first.etag);
    const fhirLater = await fhirNames();
    expect(fhirLater.names).toEqual(["Changed"]);
    expect(fhirLater.etag).not.toBe(fhirFirst.etag);
  });
  it("keep one copy of an API answer: the serialized one, not the search's objects as well", async () => {
    clearSearchCache();
    clearAnswerCache();
    await prisma.physician.updateMany({ where: { lastName: { in: ["Cached", "Changed"] } }, data: { lastName: "Once" } });
    const api = await apiNames();
    expect(api.names).toEqual(["Ada Once"]);
    await prisma.physician.updateMany({ where: { lastName: "Once" }, data: { lastName: "Twice" } });
    // The API answers the repeat from its serialized answer; the search page, asking the same question, finds nothing
    // the API kept and reads the change.
    expect(await apiNames()).toEqual(api);
    expect((await searchPhysiciansNear({ near, radius: "5" })).results.map((r) => r.physician.name)).toEqual(["Ada Twice"]);
  });
});
