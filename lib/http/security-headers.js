// The security headers every response carries: next.config.js sets them on what Next answers, and the production
// server (lib/http/direct-route.ts) on what it answers itself. Plain JavaScript for next.config.js, types in
// security-headers.d.ts.
import { buildCsp } from "./csp.js";

/** Name/value pairs, the site-wide CSP first (portal pages replace it with a nonce-based one in proxy.ts). */
export function securityHeaders({ dev, tileUrl }) {
  return [
    { key: "Content-Security-Policy", value: buildCsp({ dev, tileUrl }) },
    { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self), payment=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}
