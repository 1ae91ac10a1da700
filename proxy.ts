// Request proxy (Next 16 middleware). /portal: a per-request nonce CSP for scripts, and a redirect to sign-in when
// there is no session cookie at all (convenience only: every page and operation checks the session itself).
// /es: says the page is Spanish in Content-Language (the page knows it from its own root layout: decision 068).
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE } from "@/lib/auth/cookie";
import { nextQuery } from "@/lib/auth/next-path";
import { env } from "@/lib/env";
import { buildCsp } from "@/lib/http/csp";
import { splitLocale } from "@/lib/i18n/locales";

/** Reachable without a session. */
const PUBLIC_PORTAL_PATHS = [
  "/portal/sign-in",
  "/portal/sign-up",
  "/portal/verify-email",
  "/portal/forgot-password",
  "/portal/reset-password",
  // Names the practice and who invited, then leads to sign-up or sign-in (the page checks the session itself).
  "/portal/invitations/accept",
];

function portalCsp(nonce: string): string {
  const e = env();
  return buildCsp({ dev: e.NODE_ENV !== "production", tileUrl: e.MAP_TILE_URL, nonce });
}

function spanishPage(): NextResponse {
  const response = NextResponse.next();
  response.headers.set("content-language", "es");
  return response;
}

export function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  if (splitLocale(pathname).locale === "es") return spanishPage();
  const isPublic = PUBLIC_PORTAL_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = portalCsp(nonce);
  if (!isPublic && !request.cookies.get(SESSION_COOKIE)?.value && request.method === "GET") {
    const url = request.nextUrl.clone();
    url.pathname = "/portal/sign-in";
    // Signing in comes back to the page asked for (portal paths only; see lib/auth/next-path.ts).
    url.search = nextQuery(`${pathname}${request.nextUrl.search}`);
    // Every portal response carries the portal's policy, redirects included.
    const redirect = NextResponse.redirect(url);
    redirect.headers.set("content-security-policy", policy);
    redirect.headers.set("cache-control", "no-store");
    return redirect;
  }
  const requestHeaders = new Headers(request.headers);
  // Next reads the nonce from the request's CSP header and puts it on the scripts it renders.
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  response.headers.set("cache-control", "no-store");
  return response;
}

// Prefetches included: a page fetched with `purpose: prefetch` (or by the router) may be shown later, so it must
// carry the nonce policy too, never the site-wide one (security review case 9). English public pages and the API
// never pass through here (decision 055).
export const config = {
  matcher: ["/portal/:path*", "/es", "/es/:path*"],
};
