// Case 3 (and 7, 9) of the security review: the client address, request ids and forwarded hosts are believed only
// as far as TRUSTED_PROXIES says.
import { afterEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import {
  clientIpFromHeaders,
  normalizeIp,
  PEER_HEADER,
  PEER_STAMP_FLAG,
  resolveClientIp,
  trustedProxies,
  viaTrustedProxy,
} from "@/lib/http/client-ip";
import { requestIdFrom } from "@/lib/http/request-id";

const none = trustedProxies([]);
const local = trustedProxies(["127.0.0.1/32", "::1/128", "10.0.0.0/8"]);

function stamped(headers: Record<string, string>, peer: string): Headers {
  (globalThis as Record<symbol, unknown>)[PEER_STAMP_FLAG] = true;
  return new Headers({ ...headers, [PEER_HEADER]: peer });
}

afterEach(() => {
  delete process.env.TRUSTED_PROXIES;
  resetEnvCache();
});

describe("resolveClientIp", () => {
  it("with no trusted proxies, the TCP peer is the client, whatever X-Forwarded-For says", () => {
    expect(resolveClientIp("203.0.113.9", "6.6.6.6", none)).toBe("203.0.113.9");
    expect(resolveClientIp("::ffff:203.0.113.9", "6.6.6.6, 7.7.7.7", none)).toBe("203.0.113.9");
    expect(resolveClientIp("127.0.0.1", "198.51.100.7", none)).toBe("127.0.0.1");
  });

  it("behind trusted proxies, the right-most hop that is not one of them", () => {
    expect(resolveClientIp("127.0.0.1", "6.6.6.6, 203.0.113.9", local)).toBe("203.0.113.9");
    expect(resolveClientIp("10.1.2.3", "6.6.6.6, 203.0.113.9, 10.9.9.9", local)).toBe("203.0.113.9");
    expect(resolveClientIp("::ffff:127.0.0.1", "2001:db8::1", local)).toBe("2001:db8::1");
  });

  it("a trusted proxy's own address when nothing else is known; garbage stops the walk", () => {
    expect(resolveClientIp("127.0.0.1", null, local)).toBe("127.0.0.1");
    expect(resolveClientIp("127.0.0.1", "10.0.0.5", local)).toBe("10.0.0.5");
    expect(resolveClientIp("127.0.0.1", "1.2.3.4, not-an-ip", local)).toBe("127.0.0.1");
  });

  it("no peer, no address", () => {
    expect(resolveClientIp(null, "6.6.6.6", local)).toBeNull();
    expect(normalizeIp("[::1]")).toBe("::1");
    expect(normalizeIp("localhost")).toBeNull();
  });
});

describe("clientIpFromHeaders with the environment", () => {
  it("ignores a spoofed X-Forwarded-For without TRUSTED_PROXIES", () => {
    expect(clientIpFromHeaders(stamped({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }, "::ffff:192.0.2.50"))).toBe("192.0.2.50");
  });

  it("reads X-Forwarded-For from a proxy named in TRUSTED_PROXIES", () => {
    process.env.TRUSTED_PROXIES = "127.0.0.1/32, ::1";
    resetEnvCache();
    const h = stamped({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }, "127.0.0.1");
    expect(clientIpFromHeaders(h)).toBe("203.0.113.9");
    expect(viaTrustedProxy(h)).toBe(true);
  });

  it("refuses a TRUSTED_PROXIES value that is not a CIDR list", async () => {
    process.env.TRUSTED_PROXIES = "127.0.0.1/33";
    resetEnvCache();
    const { env } = await import("@/lib/env");
    expect(() => env()).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("request ids", () => {
  it("a client's own X-Request-Id is never used without a trusted proxy", () => {
    const id = requestIdFrom(stamped({ "x-request-id": "attacker-chosen-id" }, "203.0.113.9"));
    expect(id).not.toBe("attacker-chosen-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("a trusted proxy's id is used only in the strict format", () => {
    process.env.TRUSTED_PROXIES = "127.0.0.1/32";
    resetEnvCache();
    expect(requestIdFrom(stamped({ "x-request-id": "nginx-4f2a9c1d" }, "127.0.0.1"))).toBe("nginx-4f2a9c1d");
    for (const bad of ["<script>alert(1)</script>", "a b c d e f g h", "x".repeat(200), "short"]) {
      expect(requestIdFrom(stamped({ "x-request-id": bad }, "127.0.0.1"))).not.toBe(bad);
    }
  });
});
