import { describe, expect, it } from "vitest";
import { clientIpFromHeaders } from "@/lib/http/client-ip";

describe("clientIpFromHeaders", () => {
  it("takes the entry our proxy appended, not what the client sent before it", () => {
    expect(clientIpFromHeaders(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientIpFromHeaders(new Headers({ "x-forwarded-for": " 198.51.100.1 ,, " }))).toBe("198.51.100.1");
  });

  it("falls back to x-real-ip, then to nothing", () => {
    expect(clientIpFromHeaders(new Headers({ "x-real-ip": "192.0.2.4" }))).toBe("192.0.2.4");
    expect(clientIpFromHeaders(new Headers())).toBeNull();
  });
});
