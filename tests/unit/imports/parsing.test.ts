// Pure parts of the importers: record framing, value clean-up, NPPES mapping, the billing rule, progress text.
import { describe, expect, it } from "vitest";
import { codesNamingOneProcedure, IR_HCPCS_CODES } from "@/lib/imports/billing-procedures";
import { parseRecord, parseRecords, readHeader } from "@/lib/imports/csv";
import { addToTotals, qualifiesByBilling, type TProviderTotals } from "@/lib/imports/medicare";
import { addressKey, normalizeCredentials, normalizePhone, parseUsDate, titleCaseName, titleCaseOrg, zip5 } from "@/lib/imports/normalize";
import { NPPES_HEADER, nppesLine, providerFields } from "@/lib/imports/nppes-header";
import { mapNppesRecord, nppesLayout } from "@/lib/imports/nppes";
import { formatProgress } from "@/lib/imports/progress";
import { leadingNpi, RecordFramer, type TRawRecord } from "@/lib/imports/records";
import { dataYearFromName, fileDateFromName } from "@/lib/imports/run-import";
import { npiCheckDigit } from "@/lib/physicians/npi";

function frame(chunks: Buffer[]): Array<{ text: string; line: number; fields: string[] }> {
  const out: Array<{ text: string; line: number; fields: string[] }> = [];
  const f = new RecordFramer((r: TRawRecord) =>
    out.push({ text: r.buf.toString("utf8", r.start, r.end), line: r.line, fields: parseRecord(r) }),
  );
  for (const c of chunks) f.push(c);
  f.end();
  return out;
}

const npi = (n: number) => {
  const first9 = `1${String(n).padStart(8, "0")}`;
  return first9 + String(npiCheckDigit(first9));
};

describe("RecordFramer", () => {
  const text = '\ufeff"a","b"\r\n"1","x, y"\r\n"2","line one\r\nline two"\r\n\r\n3,"say ""hi"""\r\n4,last';
  it("strips the BOM, handles CRLF, quoted commas, quoted newlines, escaped quotes, blank lines and no final newline", () => {
    const recs = frame([Buffer.from(text)]);
    expect(recs.map((r) => r.line)).toEqual([1, 2, 3, 6, 7]);
    expect(recs.map((r) => r.fields)).toEqual([
      ["a", "b"],
      ["1", "x, y"],
      ["2", "line one\r\nline two"],
      ["3", 'say "hi"'],
      ["4", "last"],
    ]);
  });
  it("gives the same records however the bytes are split into chunks", () => {
    const whole = frame([Buffer.from(text)]);
    const bytes = Buffer.from(text);
    for (let size = 1; size <= 7; size++) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      expect(frame(chunks)).toEqual(whole);
    }
  });
  it("reads the leading NPI without parsing, quoted or not", () => {
    const [a, b, c] = frame([Buffer.from(`"${npi(1)}","x"\n${npi(2)},y\n"12345","z"\n`)]).map((r) => Buffer.from(r.text));
    const raw = (buf: Buffer) => ({ buf, start: 0, end: buf.length, line: 1 });
    expect(leadingNpi(raw(a as Buffer))).toBe(npi(1));
    expect(leadingNpi(raw(b as Buffer))).toBe(npi(2));
    expect(leadingNpi(raw(c as Buffer))).toBeNull();
  });
  it("parses many records in one call and isolates a broken one", () => {
    const raw = (s: string, line: number) => ({ buf: Buffer.from(s), start: 0, end: Buffer.byteLength(s), line });
    const res = parseRecords([raw('"a","b"', 2), raw('"c" x,"d"', 3), raw("e,f", 4)]);
    expect(res[0]).toEqual({ fields: ["a", "b"] });
    expect(res[1]).toHaveProperty("error");
    expect(res[2]).toEqual({ fields: ["e", "f"] });
  });
});

describe("normalize", () => {
  it("cleans names, credentials, ZIPs, phones and dates", () => {
    expect(titleCaseName("O'BRIEN-SMITH")).toBe("O'Brien-Smith");
    expect(titleCaseName("MCDONALD")).toBe("McDonald");
    expect(titleCaseName("VAN DER BERG")).toBe("Van der Berg");
    expect(titleCaseName("van der Berg")).toBe("van der Berg"); // mixed case is kept as registered
    expect(titleCaseName("DeSantis")).toBe("DeSantis");
    expect(titleCaseOrg("NORTH SHORE IMAGING, P.C.")).toBe("North Shore Imaging, P.C.");
    expect(normalizeCredentials("M.D., PH.D.")).toBe("MD, PhD");
    expect(normalizeCredentials("  ")).toBeNull();
    expect(zip5("021141234")).toBe("02114");
    expect(zip5("02114-1234")).toBe("02114");
    expect(zip5("2114")).toBeNull();
    expect(normalizePhone("(617) 555-0101")).toBe("617-555-0101");
    expect(normalizePhone("1-617-555-0101")).toBe("617-555-0101");
    expect(normalizePhone("555-0101")).toBeNull();
    expect(parseUsDate("07/08/2024")).toBe("2024-07-08");
    expect(parseUsDate("")).toBeNull();
    expect(() => parseUsDate("02/30/2024")).toThrow(/not a valid date/);
    expect(() => parseUsDate("2024/07/08")).toThrow(/not a date/);
  });
  it("gives one address key to spellings of the same place", () => {
    expect(addressKey("100 MAIN STREET", "SUITE 200", "02114")).toBe(addressKey("100 Main St.", "Ste. 200", "02114"));
    expect(addressKey("100 Main St", "#200", "02114")).toBe(addressKey("100 MAIN ST", "STE 200", "02114"));
    expect(addressKey("100 Main St", null, "02114")).not.toBe(addressKey("100 Main St", null, "02115"));
  });
  it("reads file dates and Medicare data years from published file names", () => {
    expect(fileDateFromName("npidata_pfile_20050523-20260111.csv")).toBe("2026-01-11");
    expect(fileDateFromName("DAC_NationalDownloadableFile.csv")).toBeNull();
    expect(dataYearFromName("MUP_PHY_R25_P05_V10_D23_Prov_Svc.csv")).toBe(2023);
  });
});

describe("NPPES mapping", () => {
  const layout = nppesLayout(readHeader([...NPPES_HEADER]));
  const fields = (f: Record<string, string | undefined>) =>
    parseRecord(
      (() => {
        const b = Buffer.from(nppesLine(f));
        return { buf: b, start: 0, end: b.length, line: 2 };
      })(),
    );
  const base = {
    npi: npi(5),
    last: "DOE",
    first: "JANE",
    taxonomies: ["207R00000X"],
    address1: "1 MAIN ST",
    city: "BOSTON",
    state: "MA",
    zip: "02114",
  };

  it("finds the IR taxonomy in any slot, the primary first", () => {
    const f = providerFields({ ...base, taxonomies: ["207R00000X"] });
    f["Healthcare Provider Taxonomy Code_15"] = "2085R0204X";
    const m = mapNppesRecord(fields(f), layout, () => false, 2);
    expect(m).toMatchObject({ row: { kind: "provider", isIr: true, physician: { taxonomyCodes: ["207R00000X", "2085R0204X"] } } });
  });
  it("drops non-IR rows unless the NPI is already listed", () => {
    expect(mapNppesRecord(fields(providerFields(base)), layout, () => false, 2)).toEqual({ skip: true });
    expect(mapNppesRecord(fields(providerFields(base)), layout, () => true, 2)).toHaveProperty("row");
  });
  it("treats a deactivation without a later reactivation as deactivated", () => {
    const deact = { NPI: npi(5), "NPI Deactivation Date": "01/15/2026" };
    expect(mapNppesRecord(fields(deact), layout, () => true, 2)).toEqual({
      row: { kind: "deactivation", line: 2, npi: npi(5), deactivatedAt: "2026-01-15" },
    });
    expect(mapNppesRecord(fields(deact), layout, () => false, 2)).toEqual({ skip: true });
    const back = providerFields({ ...base, taxonomies: ["2085R0204X"], deactivation: "01/15/2025", reactivation: "03/01/2025" });
    expect(mapNppesRecord(fields(back), layout, () => true, 2)).toMatchObject({ row: { kind: "provider", physician: { active: true } } });
  });
});

describe("billing rule", () => {
  const totals = (rows: Array<[string, number | null]>, radiologist = true): TProviderTotals => {
    const m = new Map<string, TProviderTotals>();
    for (const [hcpcs, services] of rows) {
      addToTotals(m, {
        line: 1,
        npi: "1",
        lastName: "X",
        firstName: "Y",
        credentials: null,
        radiologist,
        hcpcs,
        place: "FACILITY",
        services,
        beneficiaries: services,
      });
    }
    return m.get("1") as TProviderTotals;
  };
  it("adds radiologists whose IR services reach 10% of their services; suppressed counts count as zero", () => {
    expect(
      qualifiesByBilling(
        totals([
          ["22511", 10],
          ["71046", 90],
        ]),
      ),
    ).toBe(true);
    expect(
      qualifiesByBilling(
        totals([
          ["22511", 10],
          ["71046", 91],
        ]),
      ),
    ).toBe(false);
    expect(
      qualifiesByBilling(
        totals([
          ["22511", null],
          ["71046", 5],
        ]),
      ),
    ).toBe(false);
    expect(qualifiesByBilling(totals([["22511", 50]], false))).toBe(false);
    expect(
      totals([
        ["22511", 10],
        ["71046", 90],
      ]).volumes.size,
    ).toBe(1);
  });
  it("counts every reference procedure code, but only codes naming one procedure imply it", () => {
    expect(IR_HCPCS_CODES.has("22513")).toBe(true);
    expect(IR_HCPCS_CODES.has("37243")).toBe(true);
    const one = codesNamingOneProcedure();
    expect(one.get("22513")).toBe("kyphoplasty");
    expect(one.get("22510")).toBe("vertebroplasty");
    expect(one.has("37243")).toBe(false);
  });
});

describe("progress", () => {
  it("shows a bar, rows read and kept, rows/s and ETA", () => {
    const line = formatProgress({
      phase: "reading",
      bytesRead: 50,
      totalBytes: 100,
      rowsRead: 100_000,
      rowsKept: 1_000,
      elapsedMs: 2000,
      done: false,
    });
    expect(line).toBe("[############------------]  50% 100,000 rows read · 1,000 kept · 50,000 rows/s · ETA 0:02");
  });
});
