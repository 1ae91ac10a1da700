// Wraps a route handler: one JSON error shape, request ids, no stack traces to clients, logged failures.
import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, unavailableError } from "@/lib/db/availability";
import { isAppError, toErrorResponse } from "@/lib/errors";
import { requestIdFrom } from "@/lib/http/request-id";
import { localeOr, translator } from "@/lib/i18n/messages";
import { log } from "@/lib/log";
import { currentRequestScope } from "@/lib/request-scope";

type TContext<P> = { params: Promise<P> };
type THandler<P> = (req: NextRequest, ctx: { params: P; requestId: string }) => Promise<Response | unknown>;

export function apiRoute<P = Record<string, never>>(
  handler: THandler<P>,
  opts: { cacheSeconds?: number } = {},
): (req: NextRequest, ctx: TContext<P>) => Promise<Response> {
  return async (req, ctx) => {
    const requestId = requestIdFrom(req.headers);
    try {
      const params = (await ctx.params) as P;
      const out = await handler(req, { params, requestId });
      const res = out instanceof Response ? out : NextResponse.json(out);
      res.headers.set("x-request-id", requestId);
      if (opts.cacheSeconds && req.method === "GET" && !res.headers.has("cache-control")) {
        res.headers.set("cache-control", `public, max-age=${opts.cacheSeconds}, stale-while-revalidate=${opts.cacheSeconds * 5}`);
      }
      return res;
    } catch (e) {
      const unavailable = asUnavailable(e);
      const { status, body } = toErrorResponse(unavailable ?? e);
      // `lang=es`: the generic failures in Spanish too (expected errors are translated where they are raised).
      const locale = localeOr(req.nextUrl.searchParams.get("lang"));
      if (locale !== "en" && (status === 500 || status === 503)) {
        body.error.message = translator(locale)(status === 500 ? "Api.internal" : "Api.unavailable");
      }
      if (unavailable) log.warn({ err: e, requestId, method: req.method, path: req.nextUrl.pathname }, "database unavailable");
      else if (status >= 500) log.error({ err: e, requestId, method: req.method, path: req.nextUrl.pathname }, "request failed");
      const res = NextResponse.json(body, { status });
      res.headers.set("x-request-id", requestId);
      res.headers.set("cache-control", "no-store");
      if (status === 503) res.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
      return res;
    }
  };
}

/**
 * The UNAVAILABLE error for a failure caused by the database being unreachable or out of connections (the error
 * says so, or a connection attempt failed during this request); null for every other failure.
 */
export function asUnavailable(e: unknown): ReturnType<typeof unavailableError> | null {
  if (isAppError(e)) return e.code === "UNAVAILABLE" ? e : null;
  return isDatabaseUnavailable(e) || currentRequestScope()?.databaseUnavailable ? unavailableError() : null;
}

/** The query string as a plain object for the operation to parse; repeated keys keep their first value. */
export function searchParamsObject(req: NextRequest): Record<string, string> {
  // A Map first: a parameter named "__proto__" or "constructor" is an ordinary key, never the object's prototype.
  const first = new Map<string, string>();
  for (const [k, v] of req.nextUrl.searchParams) if (!first.has(k)) first.set(k, v);
  return Object.fromEntries(first);
}
