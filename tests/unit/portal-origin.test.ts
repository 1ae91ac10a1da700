// The Origin check used by every portal Server Action: only this site's own origin passes.
import { describe, expect, it } from "vitest";
import { isSameOrigin } from "@/lib/auth/origin";

describe("isSameOrigin", () => {
  it("accepts the site's origin and the origin the request was addressed to", () => {
    expect(isSameOrigin("http://localhost:3000", null, null)).toBe(true);
    expect(isSameOrigin("https://irfinder.example", "irfinder.example", "https")).toBe(true);
    expect(isSameOrigin("http://127.0.0.1:3300", "127.0.0.1:3300", null)).toBe(true);
  });

  it("refuses missing, opaque, foreign and malformed origins", () => {
    expect(isSameOrigin(null, "irfinder.example", "https")).toBe(false);
    expect(isSameOrigin("null", "irfinder.example", "https")).toBe(false);
    expect(isSameOrigin("https://evil.example", "irfinder.example", "https")).toBe(false);
    expect(isSameOrigin("https://irfinder.example.evil.example", "irfinder.example", "https")).toBe(false);
    expect(isSameOrigin("http://irfinder.example", "irfinder.example", "https")).toBe(false);
    expect(isSameOrigin("https://irfinder.example/path", "irfinder.example", "https")).toBe(false);
    expect(isSameOrigin("not a url", "irfinder.example", "https")).toBe(false);
  });
});
