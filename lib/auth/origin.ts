// Cross-site request refusal for state-changing requests: the Origin header must be this site's own origin.
import { env } from "@/lib/env";
import { viaTrustedProxy } from "@/lib/http/client-ip";

/**
 * True only when `origin` is exactly SITE_URL's origin or the origin the request was addressed to (its Host).
 * A missing Origin or the opaque `null` origin (sandboxed frames, some redirects) is refused.
 */
export function isSameOrigin(origin: string | null, host: string | null, proto: string | null): boolean {
  if (!origin || origin === "null") return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.origin !== origin) return false;
  if (origin === new URL(env().SITE_URL).origin) return true;
  if (!host) return false;
  const scheme = (proto ?? parsed.protocol.replace(":", "")).split(",")[0]?.trim();
  return origin === `${scheme}://${host}`;
}

/**
 * The check for a whole request. X-Forwarded-Host/-Proto describe the public address only when a trusted proxy
 * (TRUSTED_PROXIES) set them; from anyone else they are ignored, or a client could name its own site as our host.
 */
export function isSameOriginRequest(h: Headers): boolean {
  const proxied = viaTrustedProxy(h);
  const host = (proxied ? h.get("x-forwarded-host") : null) ?? h.get("host");
  return isSameOrigin(h.get("origin"), host, proxied ? h.get("x-forwarded-proto") : null);
}
