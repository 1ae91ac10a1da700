// A closure's days as public pages print them: "Dec 24–26", across months and years, one day alone.
import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/messages";
import { closureInWords, closureInWordsIn } from "@/lib/text/closures";
import { englishWordsIn } from "../support/english-words";

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

describe("closureInWordsIn", () => {
  it("writes the days in Spanish with the month spelled out, and the year only when it is not this one", () => {
    expect(closureInWordsIn({ startsOn: d("2026-12-24"), endsOn: d("2026-12-26") }, "es", now)).toBe("del 24 al 26 de diciembre");
    expect(closureInWordsIn({ startsOn: d("2026-11-30"), endsOn: d("2026-12-02") }, "es", now)).toBe(
      "del 30 de noviembre al 2 de diciembre",
    );
    expect(closureInWordsIn({ startsOn: d("2026-12-31"), endsOn: d("2027-01-02") }, "es", now)).toBe(
      "del 31 de diciembre de 2026 al 2 de enero de 2027",
    );
    expect(closureInWordsIn({ startsOn: d("2026-12-25"), endsOn: d("2026-12-25") }, "es", now)).toBe("el 25 de diciembre");
    expect(closureInWordsIn({ startsOn: d("2027-01-05"), endsOn: d("2027-01-06") }, "es", now)).toBe("del 5 al 6 de enero de 2027");
  });

  it("in English is the English wording", () => {
    expect(closureInWordsIn({ startsOn: d("2026-12-24"), endsOn: d("2026-12-26") }, "en", now)).toBe("Dec 24–26");
  });

  it("reads as a Spanish sentence in the notice's message", () => {
    const days = closureInWordsIn({ startsOn: d("2026-12-24"), endsOn: d("2026-12-26") }, "es", now);
    expect(translator("es")("Closures.closed", { days })).toBe("Cerrado del 24 al 26 de diciembre");
    expect(englishWordsIn(translator("es")("Closures.closedNow", { days }))).toEqual([]);
  });
});
