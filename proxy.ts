// Request proxy (Next 16 middleware) for /portal: a per-request nonce CSP for scripts, and a redirect to sign-in
// when there is no session cookie at all. Convenience only: every page and operation checks the session itself.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";

const SESSION_COOKIE = "__Host-irf_session";
/** Reachable without a session. */
const PUBLIC_PORTAL_PATHS = [
  "/portal/sign-in",
  "/portal/sign-up",
  "/portal/verify-email",
  "/portal/forgot-password",
  "/portal/reset-password",
];

/** The map tile host (MAP_TILE_URL's origin; `{s}` subdomains as a wildcard), as in next.config.js. */
function tileSource(): string {
  const template = env().MAP_TILE_URL;
  try {
    const u = new URL(template.replace("{s}.", "SUBDOMAIN.").replace(/\{[a-z]+\}/g, "0"));
    return `${u.protocol}//${u.host.replace("SUBDOMAIN.", "*.")}`;
  } catch {
    return "https://tile.openstreetmap.org";
  }
}

function portalCsp(nonce: string): string {
  const dev = env().NODE_ENV !== "production";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${tileSource()}`,
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  const isPublic = PUBLIC_PORTAL_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (!isPublic && !request.cookies.get(SESSION_COOKIE)?.value && request.method === "GET") {
    const url = request.nextUrl.clone();
    url.pathname = "/portal/sign-in";
    url.search = "";
    return NextResponse.redirect(url);
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = portalCsp(nonce);
  const requestHeaders = new Headers(request.headers);
  // Next reads the nonce from the request's CSP header and puts it on the scripts it renders.
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  response.headers.set("cache-control", "no-store");
  return response;
}

export const config = {
  matcher: [
    {
      source: "/portal/:path*",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
