import { describe, expect, it } from "vitest";
import { weekHoursInWords } from "@/lib/text/field-labels";

describe("weekHoursInWords", () => {
  it("joins runs of days with the same hours, Monday first, Sunday last", () => {
    const weekdays = [1, 2, 3, 4, 5].map((day) => ({ day, open: "08:00", close: "17:00" }));
    expect(weekHoursInWords([...weekdays, { day: 6, open: "09:00", close: "12:00" }])).toBe(
      "Mon–Fri 08:00–17:00; Sat 09:00–12:00; Sun closed",
    );
  });
  it("keeps split shifts and a day that differs in the middle of the week", () => {
    const slots = [
      { day: 1, open: "08:00", close: "12:00" },
      { day: 1, open: "13:00", close: "17:00" },
      { day: 3, open: "08:00", close: "12:00" },
      { day: 0, open: "10:00", close: "14:00" },
    ];
    expect(weekHoursInWords(slots)).toBe("Mon 08:00–12:00, 13:00–17:00; Tue closed; Wed 08:00–12:00; Thu–Sat closed; Sun 10:00–14:00");
  });
  it("says so when no hours are on file", () => {
    expect(weekHoursInWords([])).toBe("No hours on file");
  });
});
