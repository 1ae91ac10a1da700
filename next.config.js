// Next.js configuration: security headers on every response (CSP, HSTS, nosniff, referrer, framing), strict builds.
// Config files run before the app's env module loads, so MAP_TILE_URL is read here directly.

const isDev = process.env.NODE_ENV !== "production";

/** The map tile host for img-src: the origin of MAP_TILE_URL, with a `{s}` subdomain placeholder as a wildcard. */
function tileSource() {
  const template = process.env.MAP_TILE_URL || "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
  try {
    const u = new URL(template.replace("{s}.", "SUBDOMAIN.").replace(/\{[a-z]+\}/g, "0"));
    return `${u.protocol}//${u.host.replace("SUBDOMAIN.", "*.")}`;
  } catch {
    return "https://tile.openstreetmap.org";
  }
}

/**
 * The site-wide policy, which public pages use. Pages under /portal get a nonce-based script policy from proxy.ts
 * instead. Public pages must stay cacheable by a shared cache, so no per-request nonce; Next's inline scripts
 * (RSC payload chunks) differ per page and per response, so no hash list either: 'unsafe-inline' for script
 * elements stays here and only here (docs/decisions/028). Inline event-handler attributes are still refused
 * (script-src-attr 'none'), and every other directive is as strict as the portal's.
 * 'unsafe-eval' only in development (React's dev tooling needs it).
 */
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data: blob: ${tileSource()}`,
  "font-src 'self' data:",
  `connect-src 'self'${isDev ? " ws: wss:" : ""}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
].join("; ");

/** @type {Array<{ key: string; value: string }>} */
const securityHeaders = [
  { key: "Content-Security-Policy", value: csp },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The embedded database, pg and the argon2 native binding stay server-side Node modules, never bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@electric-sql/pglite-postgis",
    "@electric-sql/pglite-socket",
    "pg",
    "pino",
    "@node-rs/argon2",
  ],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
