// Who may cache what: public pages and API answers in shared caches for a bounded time, anything personal never
// (docs/decisions/040). Applied by the HTTP server (scripts/serve.ts) to pages and by the API wrappers to answers.
import { splitLocale } from "@/lib/i18n/locales";

/** Shared caches keep a public answer 30 s and may serve it 15 s longer while refreshing; browsers revalidate. */
export const SHARED_MAX_AGE_SECONDS = 30;
export const STALE_WHILE_REVALIDATE_SECONDS = 15;
export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${SHARED_MAX_AGE_SECONDS}, stale-while-revalidate=${STALE_WHILE_REVALIDATE_SECONDS}`;
export const PRIVATE_CACHE_CONTROL = "private, no-store";

/** Public pages a shared cache may keep (the same answer for everyone), by language-neutral path: /es twins too. */
const PUBLIC_PAGES =
  /^\/(?:|search|physicians\/[^/]+|clinics\/[^/]+|procedures(?:\/[^/]+)?|conditions(?:\/[^/]+)?|developers|sitemap\.xml|robots\.txt)$/;
const NEVER_CACHED = /^\/(?:portal(?:\/|$)|api\/health\/|metrics$)/;

export type TCacheInput = {
  method: string;
  pathname: string;
  status: number;
  /** The request carries the portal session cookie. */
  signedIn: boolean;
  /** The response sets a cookie. */
  setsCookie: boolean;
};

/**
 * The Cache-Control a response must carry, or null to keep what the handler set (static assets, the API's own
 * public answers, 304s). Personal answers are never shared: signed in, setting a cookie, or a portal page.
 */
export function cacheControlFor(x: TCacheInput): string | null {
  if (x.method !== "GET" && x.method !== "HEAD") return null;
  if (x.pathname.startsWith("/_next/static/")) return null;
  if (NEVER_CACHED.test(x.pathname) || x.signedIn || x.setsCookie) return PRIVATE_CACHE_CONTROL;
  if (x.status === 304) return null;
  if (isPublicPage(x.pathname)) return x.status === 200 ? PUBLIC_CACHE_CONTROL : PRIVATE_CACHE_CONTROL;
  return null;
}

/** A public page (not the API, which sets its own validators) that goes out with the shared-cache policy. */
export function isSharedCacheablePage(method: string, pathname: string): boolean {
  return (method === "GET" || method === "HEAD") && isPublicPage(pathname);
}

function isPublicPage(pathname: string): boolean {
  return PUBLIC_PAGES.test(splitLocale(pathname).path);
}
