// The one CSP builder: the site-wide policy (next.config.js) and the portal's nonce policy (proxy.ts) differ only in
// how scripts are allowed, and both allow the configured map tile host.
import { describe, expect, it } from "vitest";
import { buildCsp, tileSource } from "@/lib/http/csp";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0], d]));

describe("buildCsp", () => {
  it("gives the portal a nonce with strict-dynamic and no inline scripts; other pages inline scripts", () => {
    const portal = directives(buildCsp({ dev: false, tileUrl: undefined, nonce: "abc123" }));
    const site = directives(buildCsp({ dev: false, tileUrl: undefined }));
    expect(portal.get("script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(site.get("script-src")).toBe("script-src 'self' 'unsafe-inline'");
    for (const name of ["default-src", "img-src", "object-src", "base-uri", "form-action", "frame-ancestors"]) {
      expect(portal.get(name)).toBe(site.get(name));
    }
    expect(site.get("frame-ancestors")).toBe("frame-ancestors 'none'");
  });

  it("allows eval and websockets only in development", () => {
    expect(buildCsp({ dev: false, tileUrl: undefined })).not.toMatch(/unsafe-eval|ws:/);
    expect(buildCsp({ dev: true, tileUrl: undefined, nonce: "n" })).toMatch(/'unsafe-eval'.*connect-src 'self' ws: wss:/);
  });

  it("turns the tile URL template into an img-src host", () => {
    expect(tileSource("https://{s}.tile.example.org/{z}/{x}/{y}.png")).toBe("https://*.tile.example.org");
    expect(tileSource(undefined)).toBe("https://tile.openstreetmap.org");
    expect(tileSource("not a url")).toBe("https://tile.openstreetmap.org");
  });
});
