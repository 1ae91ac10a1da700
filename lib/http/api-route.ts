// Wraps a route handler: one JSON error shape, request ids, no stack traces to clients, logged failures.
import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { fromZodError, toErrorResponse } from "@/lib/errors";
import { requestIdFrom } from "@/lib/http/request-id";
import { log } from "@/lib/log";

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
      const { status, body } = toErrorResponse(e);
      if (status >= 500) {
        log.error({ err: e, requestId, method: req.method, path: req.nextUrl.pathname }, "request failed");
      }
      const res = NextResponse.json(body, { status });
      res.headers.set("x-request-id", requestId);
      res.headers.set("cache-control", "no-store");
      return res;
    }
  };
}

/** Parses the query string with a zod schema; repeated keys keep their first value. */
export function parseSearchParams<S extends z.ZodType>(req: NextRequest, schema: S): z.infer<S> {
  // A Map, not `k in obj`: a parameter named "constructor" or "__proto__" is an ordinary key here.
  const first = new Map<string, string>();
  for (const [k, v] of req.nextUrl.searchParams) if (!first.has(k)) first.set(k, v);
  const parsed = schema.safeParse(Object.fromEntries(first));
  if (!parsed.success) throw fromZodError(parsed.error, "query");
  return parsed.data;
}

/** Parses one value (a path segment, a body) with a zod schema, naming it in the error. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw fromZodError(parsed.error, what);
  return parsed.data;
}
