// Case 5 of the security review: names inherited from Object.prototype must never pass an allow-list.
import { describe, expect, it } from "vitest";
import { toStateCode } from "@/lib/geo/us-states";
import { addressKey } from "@/lib/imports/normalize";
import { ZErrorReportFilter, ZResolveErrorReport, ZVerifyCertification } from "@/lib/moderation/schemas";
import { languageName, toLanguageCode } from "@/lib/physicians/languages";
import { ZLocationChanges, ZProposeLanguages } from "@/lib/change-requests/schemas";
import { ZErrorReportInput } from "@/lib/reports/schema";
import { ZSearchQuery } from "@/lib/search/schema";

/** Every property an empty object inherits, plus the usual pollution keys. */
const PROTOTYPE_NAMES = [...Object.getOwnPropertyNames(Object.prototype), "prototype", "__proto__", "constructor", "toString", "valueOf"];
const VARIANTS = [...new Set(PROTOTYPE_NAMES.flatMap((n) => [n, n.toUpperCase(), n.toLowerCase()]))];

describe.each(VARIANTS)("the prototype name %j", (name) => {
  it("is not a language (code, name, search filter, portal proposal, display)", () => {
    expect(toLanguageCode(name)).toBeUndefined();
    expect(ZSearchQuery.safeParse({ near: "67202", language: name }).success).toBe(false);
    expect(ZProposeLanguages.safeParse({ organizationId: 1, physicianId: 1, version: 1, languages: [name] }).success).toBe(false);
    expect(languageName(name)).toBe(name);
  });

  it("is not a US state", () => {
    expect(toStateCode(name)).toBeUndefined();
    expect(ZLocationChanges.safeParse({ state: name }).success).toBe(false);
  });

  it("is not a report topic, sort order, gender or moderation status", () => {
    expect(ZErrorReportInput.safeParse({ physicianId: 1, topic: name, message: "long enough message" }).success).toBe(false);
    expect(ZSearchQuery.safeParse({ near: "67202", sort: name }).success).toBe(false);
    expect(ZSearchQuery.safeParse({ near: "67202", gender: name }).success).toBe(false);
    expect(ZErrorReportFilter.safeParse({ status: name }).success).toBe(false);
    expect(ZResolveErrorReport.safeParse({ id: 1, status: name, resolution: "checked it" }).success).toBe(false);
    expect(ZVerifyCertification.safeParse({ certificationId: 1, status: name, source: "ABR", verifiedOn: "2026-01-01" }).success).toBe(
      false,
    );
  });

  it("is not rewritten as a street abbreviation", () => {
    expect(addressKey(`1 ${name} St`, null, "67202")).not.toMatch(/function|native code|\[object/);
  });
});
