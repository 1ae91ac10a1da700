// The Origin check used by every portal Server Action: only this site's own origin passes.
import { describe, expect, it } from "vitest";
import { isSameOrigin, isSameOriginRequest } from "@/lib/auth/origin";
import { resetEnvCache } from "@/lib/env";
import { PEER_HEADER, PEER_STAMP_FLAG } from "@/lib/http/client-ip";

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

describe("isSameOriginRequest (case 9: forwarded host only from a trusted proxy)", () => {
  const request = (peer: string, extra: Record<string, string>) => {
    (globalThis as Record<symbol, unknown>)[PEER_STAMP_FLAG] = true;
    return new Headers({ host: "irfinder.example", [PEER_HEADER]: peer, ...extra });
  };

  it("ignores X-Forwarded-Host from a client, so its own origin cannot pass as ours", () => {
    delete process.env.TRUSTED_PROXIES;
    resetEnvCache();
    expect(
      isSameOriginRequest(
        request("203.0.113.9", { origin: "https://evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" }),
      ),
    ).toBe(false);
    expect(isSameOriginRequest(request("203.0.113.9", { origin: "http://irfinder.example" }))).toBe(true);
  });

  it("uses X-Forwarded-Host and -Proto from a trusted proxy", () => {
    process.env.TRUSTED_PROXIES = "127.0.0.1/32";
    resetEnvCache();
    expect(
      isSameOriginRequest(
        request("127.0.0.1", { origin: "https://public.example", "x-forwarded-host": "public.example", "x-forwarded-proto": "https" }),
      ),
    ).toBe(true);
    expect(
      isSameOriginRequest(
        request("127.0.0.1", { origin: "https://evil.example", "x-forwarded-host": "public.example", "x-forwarded-proto": "https" }),
      ),
    ).toBe(false);
    delete process.env.TRUSTED_PROXIES;
    resetEnvCache();
  });
});
