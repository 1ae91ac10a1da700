import { describe, expect, it } from "vitest";
import { demoNpi, hasValidNpiCheckDigit, isIssuableNpi, npiCheckDigit } from "@/lib/physicians/npi";

describe("NPI check digit", () => {
  it("matches the CMS worked example 123456789 -> 3", () => {
    expect(npiCheckDigit("123456789")).toBe(3);
    expect(isIssuableNpi("1234567893")).toBe(true);
  });

  it("rejects a wrong check digit, wrong length and non-digits", () => {
    expect(hasValidNpiCheckDigit("1234567890")).toBe(false);
    expect(hasValidNpiCheckDigit("123456789")).toBe(false);
    expect(hasValidNpiCheckDigit("12345678a3")).toBe(false);
  });

  it("catches every single-digit typo of a valid NPI", () => {
    const npi = "1234567893";
    for (let i = 0; i < 10; i++) {
      for (let d = 0; d <= 9; d++) {
        const typo = npi.slice(0, i) + String(d) + npi.slice(i + 1);
        if (typo !== npi) expect(hasValidNpiCheckDigit(typo)).toBe(false);
      }
    }
  });

  it("makes demo NPIs that are well-formed but never issuable", () => {
    const npi = demoNpi(42);
    expect(npi).toMatch(/^9\d{9}$/);
    expect(hasValidNpiCheckDigit(npi)).toBe(true);
    expect(isIssuableNpi(npi)).toBe(false);
  });
});
