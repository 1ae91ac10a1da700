// A closure's days as public pages print them: "Dec 24–26", across months and years, one day alone.
import { describe, expect, it } from "vitest";
import { closureInWords } from "@/lib/text/closures";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const now = d("2026-11-28");

describe("closureInWords", () => {
  it("writes a range within a month, across months, across years, and a single day", () => {
    expect(closureInWords({ startsOn: d("2026-12-24"), endsOn: d("2026-12-26") }, now)).toBe("Dec 24–26");
    expect(closureInWords({ startsOn: d("2026-11-30"), endsOn: d("2026-12-02") }, now)).toBe("Nov 30 – Dec 2");
    expect(closureInWords({ startsOn: d("2026-12-31"), endsOn: d("2027-01-02") }, now)).toBe("Dec 31 – Jan 2, 2027");
    expect(closureInWords({ startsOn: d("2026-12-25"), endsOn: d("2026-12-25") }, now)).toBe("Dec 25");
    expect(closureInWords({ startsOn: d("2027-01-05"), endsOn: d("2027-01-06") }, now)).toBe("Jan 5–6, 2027");
  });
});
