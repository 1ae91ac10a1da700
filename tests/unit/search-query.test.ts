import { describe, expect, it } from "vitest";
import { ZSearchQuery } from "@/lib/search/schema";

describe("ZSearchQuery", () => {
  it("applies defaults", () => {
    expect(ZSearchQuery.parse({ near: "10001" })).toMatchObject({
      near: "10001",
      radius: 25,
      sort: "distance",
      page: 1,
      pageSize: 20,
      boardCertified: false,
      telehealth: false,
    });
  });

  it("reads query-string booleans, languages by name and genders", () => {
    const q = ZSearchQuery.parse({ near: "10001", boardCertified: "1", telehealth: "yes", language: "Spanish", gender: "F" });
    expect(q).toMatchObject({ boardCertified: true, telehealth: true, language: "es", gender: "FEMALE" });
  });

  it.each([
    [{ near: "" }, "near"],
    [{ near: "10001", radius: "0.5" }, "radius"],
    [{ near: "10001", radius: "NaN" }, "radius"],
    [{ near: "10001", page: "0" }, "page"],
    [{ near: "10001", page: "1.5" }, "page"],
    [{ near: "10001", pageSize: "500" }, "pageSize"],
    [{ near: "10001", gender: "x" }, "gender"],
  ])("rejects %j naming %s", (input, field) => {
    const r = ZSearchQuery.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path[0]).toBe(field);
  });
});
