// Fuzzes GET /api/v1/search: whatever the query string, the answer is 200 with the documented shape or a 400/404
// with the JSON error shape, never a 500.
import fc from "fast-check";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { GET } from "@/app/api/v1/search/route";
import { ZSearchResponse } from "@/lib/search/schema";

const ZError = z.object({ error: z.object({ code: z.string(), message: z.string().min(5) }) });

const value = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom(
    "10001",
    "94110",
    "00000",
    "Boston, MA",
    "Springfield",
    "40.7,-74",
    "91,0",
    "-0,0",
    "1e3",
    "NaN",
    "Infinity",
    "-1",
    "0",
    "25",
    "250",
    "251",
    "true",
    "false",
    "kyphoplasty",
    "compression fracture",
    "es",
    "female",
    "name",
    "distance",
    "%",
    "'; DROP TABLE physician; --",
    "\u0000",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    " ".repeat(200),
    "9".repeat(400),
  ),
  fc.integer().map(String),
  fc.double().map(String),
);
const key = fc.constantFrom(
  "near",
  "radius",
  "procedure",
  "boardCertified",
  "acceptingNewPatients",
  "telehealth",
  "language",
  "gender",
  "sort",
  "page",
  "pageSize",
  "unknown",
);

describe("search API fuzz", () => {
  it("never answers 500 and always uses one of the two shapes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(key, value), { maxLength: 8 }), async (pairs) => {
        const qs = new URLSearchParams(pairs).toString();
        const res = await GET(new NextRequest(`http://localhost/api/v1/search?${qs}`), { params: Promise.resolve({}) });
        const body: unknown = await res.json();
        expect([200, 400, 404]).toContain(res.status);
        if (res.status === 200) ZSearchResponse.parse(body);
        else ZError.parse(body);
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });
});
