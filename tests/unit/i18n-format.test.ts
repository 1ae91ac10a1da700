// Locale formatting helpers: distances, dates, US phone numbers, in English and Spanish.
import { describe, expect, it } from "vitest";
import { formatDay, formatDistance, formatDoctorCount, formatPhone, phoneHref } from "@/lib/i18n/format";

describe("formatDistance", () => {
  it("writes Spanish distances with a decimal comma and agrees in number", () => {
    expect(formatDistance(2.1, "es")).toBe("a 2,1 millas");
    expect(formatDistance(2.14, "es")).toBe("a 2,1 millas");
    expect(formatDistance(1, "es")).toBe("a 1 milla");
    expect(formatDistance(0.96, "es")).toBe("a 1 milla");
    expect(formatDistance(12.6, "es")).toBe("a 13 millas");
    expect(formatDistance(0.04, "es")).toBe("a menos de 0,1 millas");
  });

  it("writes English distances with a decimal point", () => {
    expect(formatDistance(2.1, "en")).toBe("2.1 miles away");
    expect(formatDistance(1, "en")).toBe("1 mile away");
    expect(formatDistance(148.2, "en")).toBe("148 miles away");
    expect(formatDistance(0, "en")).toBe("less than 0.1 miles away");
    expect(formatDistance(Number.NaN, "en")).toBe("less than 0.1 miles away");
  });
});

describe("formatDay", () => {
  it("spells calendar days in each language, without a time-zone shift", () => {
    expect(formatDay("2026-11-28", "es", "long")).toBe("28 de noviembre de 2026");
    expect(formatDay("2026-11-28", "en", "long")).toBe("November 28, 2026");
    expect(formatDay("2026-01-01T00:00:00Z", "en")).toBe("Jan 1, 2026");
    expect(formatDay("2026-01-01", "es")).toMatch(/^1 ene 2026$/);
  });

  it("leaves what is not a date as it is", () => {
    expect(formatDay("not a date", "es")).toBe("not a date");
  });
});

describe("formatDoctorCount", () => {
  it("uses the catalog's plural forms", () => {
    expect(formatDoctorCount(1, "es")).toBe("1 médico");
    expect(formatDoctorCount(58, "es")).toBe("58 médicos");
    expect(formatDoctorCount(2, "en")).toBe("2 doctors");
  });
});

describe("phone numbers", () => {
  it("shows US numbers the way people dial them, in both languages", () => {
    expect(formatPhone("2125550134", "es")).toBe("(212) 555-0134");
    expect(formatPhone("+1 212-555-0134", "en")).toBe("(212) 555-0134");
    expect(formatPhone("212.555.0134 ext 22", "es")).toBe("(212) 555-0134 ext. 22");
    expect(formatPhone("(212) 555-0134 extensión 5", "es")).toBe("(212) 555-0134 ext. 5");
  });

  it("leaves numbers that are not US numbers as stored", () => {
    expect(formatPhone(" +44 20 7946 0958 ", "en")).toBe("+44 20 7946 0958");
    expect(phoneHref("+44 20 7946 0958")).toBeNull();
  });

  it("links US numbers in E.164, without the extension", () => {
    expect(phoneHref("(212) 555-0134")).toBe("tel:+12125550134");
    expect(phoneHref("1-212-555-0134 x9")).toBe("tel:+12125550134");
  });
});
