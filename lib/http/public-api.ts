// Wraps the public JSON API's GET handlers: fair-use rate limit, response re-parsed with its zod schema, ETag/304.
import "server-only";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { env } from "@/lib/env";
import { apiRoute } from "@/lib/http/api-route";
import { PUBLIC_CACHE_CONTROL } from "@/lib/http/cache-policy";
import { cachedAnswer, clearAnswerCaches } from "@/lib/http/answer-cache";
import { conditionalResponse } from "@/lib/http/conditional";
import { takePublicApiToken } from "@/lib/http/public-rate-limit";
import { localeOr, translator } from "@/lib/i18n/messages";

type THandler<P> = (req: NextRequest, ctx: { params: P; requestId: string }) => Promise<unknown>;

/** A 429 in the one JSON error shape, with Retry-After; null when the request may go on. */
export function rateLimitedResponse(req: Request): Response | null {
  const d = takePublicApiToken(req.headers, env().PUBLIC_API_RATE_LIMIT);
  if (!d || d.allowed) return null;
  const locale = localeOr(new URL(req.url).searchParams.get("lang"));
  const message = translator(locale)("Api.rateLimited", { limit: d.limit, seconds: d.retryAfterSeconds });
  return Response.json(
    { error: { code: "RATE_LIMITED", message } },
    { status: 429, headers: { "retry-after": String(d.retryAfterSeconds), "cache-control": "no-store" } },
  );
}

/**
 * The response is parsed with its schema before it is sent, so the published contract (/api/v1/openapi.json) and
 * the live answers cannot drift apart; a mismatch is our bug and becomes a logged 500, never a 400.
 */
export function publicApiRoute<P = Record<string, never>, S extends z.ZodType = z.ZodType>(
  schema: S,
  handler: THandler<P>,
  opts: { cacheAnswers?: boolean } = {},
) {
  return apiRoute<P>(async (req, ctx) => {
    const limited = rateLimitedResponse(req);
    if (limited) return limited;
    const compute = async () => {
      const out = await handler(req, ctx);
      const parsed = schema.safeParse(out);
      if (!parsed.success) throw new Error(`response does not match its schema: ${parsed.error.message.slice(0, 500)}`);
      return { body: JSON.stringify(parsed.data) };
    };
    const answer: { body: string | Uint8Array<ArrayBuffer>; etag?: string } = opts.cacheAnswers
      ? await cachedAnswer("api-answer", `${req.nextUrl.pathname}${req.nextUrl.search}`, compute)
      : await compute();
    return conditionalResponse(req, answer.body, {
      contentType: "application/json",
      // Directory data: shared caches may keep it for a bounded time (docs/decisions/040).
      cacheControl: PUBLIC_CACHE_CONTROL,
      ...(answer.etag ? { etag: answer.etag } : {}),
    });
  });
}

/** For tests. */
export function clearAnswerCache(): void {
  clearAnswerCaches();
}
