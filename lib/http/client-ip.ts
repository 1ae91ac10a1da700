// The client's address for rate limits and audit hashes: the TCP peer, or, behind proxies named in TRUSTED_PROXIES,
// the right-most X-Forwarded-For hop that is not one of them. Also whether a request came through a trusted proxy.
import { BlockList, isIP } from "node:net";
import { env } from "@/lib/env";

/**
 * Set on every incoming request by lib/http/peer-address.ts (registered in instrumentation.ts) to the socket's
 * remote address, replacing any copy a client sent. Nothing else in a request says who is really connected.
 */
export const PEER_HEADER = "x-irf-peer-address";
/** Set (on globalThis, shared by every bundle in the server process) once the peer header is being stamped. */
export const PEER_STAMP_FLAG = Symbol.for("irf.peer-address-stamped");

/** "::ffff:192.0.2.1" (IPv4 on an IPv6 socket) -> "192.0.2.1"; anything that is not an IP address -> null. */
export function normalizeIp(raw: string | null | undefined): string | null {
  const s = raw?.trim().replace(/^\[(.*)\]$/, "$1") ?? "";
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(s);
  const ip = mapped?.[1] ?? s;
  return isIP(ip) ? ip.toLowerCase() : null;
}

export type TTrustedProxies = { has(ip: string): boolean };

/** A matcher for CIDR ranges such as "10.0.0.0/8" or "::1/128" (already validated by lib/env). */
export function trustedProxies(cidrs: readonly string[]): TTrustedProxies {
  const list = new BlockList();
  for (const c of cidrs) {
    const [address = "", prefix] = c.split("/");
    const family = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return { has: (ip) => list.check(ip, isIP(ip) === 6 ? "ipv6" : "ipv4") };
}

/**
 * Walks X-Forwarded-For from the right, starting at the TCP peer: while the hop in hand is a trusted proxy, the
 * entry to its left is what that proxy saw. The first hop that is not trusted is the client. Entries further left
 * were written by the client and are never read. An entry that is not an address stops the walk at the proxy that
 * passed it on, so garbage can never become a fresh rate-limit key.
 */
export function resolveClientIp(peer: string | null, forwardedFor: string | null, trusted: TTrustedProxies): string | null {
  const client = normalizeIp(peer);
  if (!client || !trusted.has(client)) return client;
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  let current = client;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeIp(hops[i]);
    if (!hop) return current;
    current = hop;
    if (!trusted.has(hop)) return hop;
  }
  return current;
}

let cachedTrusted: { key: string; matcher: TTrustedProxies } | undefined;
function configuredProxies(): TTrustedProxies {
  const cidrs = env().TRUSTED_PROXIES;
  const key = cidrs.join(",");
  if (cachedTrusted?.key !== key) cachedTrusted = { key, matcher: trustedProxies(cidrs) };
  return cachedTrusted.matcher;
}

/** The stamped peer address, or null when this process is not stamping (then no header can be believed). */
function peerFrom(h: Headers): string | null {
  if ((globalThis as Record<symbol, unknown>)[PEER_STAMP_FLAG] !== true) return null;
  return h.get(PEER_HEADER);
}

/** The client's address for a request, or null when it cannot be known. */
export function clientIpFromHeaders(h: Headers): string | null {
  return resolveClientIp(peerFrom(h), h.get("x-forwarded-for"), configuredProxies());
}

/** True when the connection itself comes from a trusted proxy, so its X-Forwarded-* and X-Request-Id may be read. */
export function viaTrustedProxy(h: Headers): boolean {
  const peer = normalizeIp(peerFrom(h));
  return peer !== null && configuredProxies().has(peer);
}
