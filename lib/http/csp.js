// The one Content-Security-Policy builder: next.config.js (site-wide header) and proxy.ts (per-request portal nonce).
// Plain JavaScript because next.config.js loads it before any TypeScript is compiled; types in csp.d.ts.

const DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

/** The map tile host for img-src: the origin of the tile URL template, with a `{s}` subdomain as a wildcard. */
export function tileSource(template) {
  try {
    // URL() lower-cases the host, so the placeholder marker must be lower-case to be found again.
    const u = new URL((template || DEFAULT_TILE_URL).replace("{s}.", "irf-any-subdomain.").replace(/\{[a-z]+\}/g, "0"));
    return `${u.protocol}//${u.host.replace("irf-any-subdomain.", "*.")}`;
  } catch {
    return "https://tile.openstreetmap.org";
  }
}

/**
 * With a nonce (portal pages, rendered per request, every response): only scripts carrying it, and what they load
 * ('strict-dynamic'). Without (public pages, which must stay cacheable by a shared cache, so no per-request nonce):
 * Next's inline scripts (RSC payload chunks) differ per page and per response and Next offers no hook to hash them,
 * hence 'unsafe-inline' for script elements there and only there (docs/decisions/028); inline event-handler
 * attributes are still refused (script-src-attr 'none') and every other directive is as strict as the portal's.
 * The map needs blob: workers and the site a manifest. 'unsafe-eval' and websockets only in development (React's
 * dev tooling and hot reload need them).
 */
export function buildCsp({ dev, tileUrl, nonce }) {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self' 'unsafe-inline'";
  const directives = [
    "default-src 'self'",
    `script-src ${scripts}${dev ? " 'unsafe-eval'" : ""}`,
    "script-src-attr 'none'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${tileSource(tileUrl)}`,
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
  ];
  if (!nonce) directives.push("worker-src 'self' blob:", "manifest-src 'self'");
  return directives.join("; ");
}
