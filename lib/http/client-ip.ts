// The client's IP address as seen through our own reverse proxy, for rate limiting (never stored raw).

/**
 * The right-most X-Forwarded-For entry is the one our proxy appended; entries to its left come from the client and
 * could be anything. Without a proxy in front the header is client-controlled, so only per-account limits hold.
 */
export function clientIpFromHeaders(h: Headers): string | null {
  const last = h
    .get("x-forwarded-for")
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);
  return last || h.get("x-real-ip")?.trim() || null;
}
