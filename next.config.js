// Next.js configuration: security headers on every response (CSP, HSTS, nosniff, referrer, framing), strict builds.
// Config files run before the app's env module loads, so MAP_TILE_URL is read here directly.
import createNextIntlPlugin from "next-intl/plugin";
import { buildCsp } from "./lib/http/csp.js";

/** next-intl reads its per-request configuration (locale, catalogs) from here (decision 055). */
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const isDev = process.env.NODE_ENV !== "production";

/** The site-wide policy; pages under /portal get a stricter, nonce-based one from proxy.ts (same builder). */
const csp = buildCsp({ dev: isDev, tileUrl: process.env.MAP_TILE_URL });

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
  // The site's one stylesheet (~8 KB gzipped) goes inline in the HTML instead of a render-blocking request: the
  // first paint of /search on a phone no longer waits a round trip for it (decision 063).
  experimental: { inlineCss: true },
  // The embedded database, pg and the argon2 native binding stay server-side Node modules, never bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@electric-sql/pglite-postgis",
    "@electric-sql/pglite-socket",
    "pg",
    "pino",
    "prom-client",
    "@node-rs/argon2",
  ],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
