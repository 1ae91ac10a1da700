// Columns found by name across every published layout: spellings, optional columns, extra columns, refusals.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseRecord } from "@/lib/imports/csv";
import { headerKey, ImportRefused, readHeader, resolveLayout } from "@/lib/imports/layouts";
import { NPPES_HEADER, NPPES_HEADER_2015, NPPES_SECONDARY_HEADER } from "@/lib/imports/nppes-header";
import { DAC_LAYOUT } from "@/lib/imports/sources/dac";
import { MEDICARE_LAYOUT } from "@/lib/imports/sources/medicare";
import { NPPES_LAYOUT } from "@/lib/imports/sources/nppes";
import { NPPES_SECONDARY_LAYOUT } from "@/lib/imports/sources/nppes-secondary";
import { FILES, FIXTURES } from "../../fixtures/imports/make-fixtures";

const headerOf = (file: string) => {
  const first = readFileSync(path.join(FIXTURES, file))
    .toString("utf8")
    .replace(/^\ufeff/, "")
    .split(/\r?\n/)[0] as string;
  const buf = Buffer.from(first);
  return readHeader(parseRecord({ buf, start: 0, end: buf.length, line: 1 }));
};

describe("layouts", () => {
  it("compares header names without case, spacing or punctuation", () => {
    expect(headerKey("ZIP Code")).toBe(headerKey("zip_code"));
    expect(headerKey("Provider Secondary Practice Location Address-  Address Line 2")).toBe(
      headerKey("Provider Secondary Practice Location Address - Address Line 2"),
    );
    expect(headerKey("\ufeffNPI")).toBe("npi");
  });
  it("reads NPPES files before and after mid-2025 (Gender vs Sex Code, 329 vs 330 columns)", () => {
    expect(NPPES_HEADER).toHaveLength(330);
    expect(NPPES_HEADER_2015).toHaveLength(329);
    const now = resolveLayout(readHeader([...NPPES_HEADER]), NPPES_LAYOUT);
    const before = resolveLayout(readHeader([...NPPES_HEADER_2015]), NPPES_LAYOUT);
    expect(NPPES_HEADER[now.sex]).toBe("Provider Sex Code");
    expect(NPPES_HEADER_2015[before.sex]).toBe("Provider Gender Code");
    expect(resolveLayout(readHeader([...NPPES_SECONDARY_HEADER]), NPPES_SECONDARY_LAYOUT).address2).toBe(2);
  });
  it("reads the fixtures of every published layout", () => {
    for (const f of [FILES.dac, FILES.dacOld, FILES.dacMinimal]) expect(() => resolveLayout(headerOf(f), DAC_LAYOUT)).not.toThrow();
    expect(resolveLayout(headerOf(FILES.dacMinimal), DAC_LAYOUT)).toMatchObject({ telehealth: undefined, assignment: undefined });
    expect(resolveLayout(headerOf(FILES.mup23), MEDICARE_LAYOUT).gender).toBeTypeOf("number");
    expect(resolveLayout(headerOf(FILES.mup24), MEDICARE_LAYOUT).gender).toBeUndefined();
    const old = readHeader([
      "npi",
      "nppes_provider_last_org_name",
      "nppes_provider_first_name",
      "nppes_credentials",
      "provider_type",
      "hcpcs_code",
      "place_of_service",
      "bene_unique_cnt",
      "line_srvc_cnt",
      "average_Medicare_payment_amt",
    ]);
    expect(() => resolveLayout(old, MEDICARE_LAYOUT)).not.toThrow();
  });
  it("refuses a file with every missing column named, and the layouts it knows", () => {
    const header = readHeader(["NPI", "Provider Last Name", "adr_ln_1"]);
    let err: unknown;
    try {
      resolveLayout(header, DAC_LAYOUT);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ImportRefused);
    const msg = (err as Error).message;
    expect(msg).toMatch(/"Provider First Name" or "frst_nm"/);
    expect(msg).toMatch(/"ZIP Code" or "zip"/);
    expect(/missing column\(s\) (.*?)\. Layouts/.exec(msg)?.[1]).not.toMatch(/Telehlth|adrs_id|ind_assgn/);
    expect(msg).toMatch(/the current file \(31 columns/);
    expect(msg).toMatch(/Nothing was written/);
  });
});
