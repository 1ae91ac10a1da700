// Where sign-in may send someone afterwards: portal paths on this site only.
import { describe, expect, it } from "vitest";
import { nextQuery, safeNextPath } from "@/lib/auth/next-path";

describe("safeNextPath", () => {
  it("keeps portal paths with their query", () => {
    expect(safeNextPath("/portal/practices/12")).toBe("/portal/practices/12");
    expect(safeNextPath("/portal/invitations/accept?token=abc")).toBe("/portal/invitations/accept?token=abc");
  });
  it.each([
    "https://evil.example/portal/x",
    "//evil.example/portal",
    "/portal//evil.example",
    "/portal/\\evil",
    "/search?near=1",
    "/portal/sign-in?next=/portal",
    "/portal/mfa",
    "/portal/x\u0000y",
    42,
    undefined,
  ])("refuses %s", (v) => {
    expect(safeNextPath(v)).toBeNull();
  });
  it("builds a query only for safe paths", () => {
    expect(nextQuery("/portal/practices/3")).toBe("?next=%2Fportal%2Fpractices%2F3");
    expect(nextQuery("https://evil.example")).toBe("");
  });
});
