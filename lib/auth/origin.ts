// Cross-site request refusal for state-changing requests: the Origin header must be this site's own origin.
import { env } from "@/lib/env";

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
