// Next.js configuration: security headers on every response (CSP, HSTS, nosniff, referrer, framing), strict builds.
// Config files run before the app's env module loads, so MAP_TILE_URL is read here directly.
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/http/security-headers.js";

/** next-intl reads its per-request configuration (locale, catalogs) from here (decision 055). */
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const isDev = process.env.NODE_ENV !== "production";

/** The site-wide headers (CSP, HSTS, …); pages under /portal get a stricter, nonce-based CSP from proxy.ts. */
const siteHeaders = securityHeaders({ dev: isDev, tileUrl: process.env.MAP_TILE_URL });

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
    return [{ source: "/:path*", headers: siteHeaders }];
  },
};

export default withNextIntl(nextConfig);
