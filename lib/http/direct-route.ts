// Routes the production server answers itself, without Next's router (docs/decisions/072): the public search API,
// the hottest endpoint, where Next's routing cost about 1 ms per request before the handler ran. The handler is
// the route's own GET (app/api/v1/search/route.ts), the one Next calls; it gets a NextRequest built here, and its
// Response goes out with what Next would add: next.config.js's security headers and gzip for clients that take it.
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import type * as NextServer from "next/server";
import type { NextRequest } from "next/server";
import { acceptsGzip, GZIP_MIN_BYTES } from "@/lib/http/compression";

// next/server is loaded on first use, not with this module: it needs the AsyncLocalStorage that Next installs when
// it starts, after the HTTP server's modules have loaded.
let nextServer: Promise<typeof NextServer> | undefined;

export type TDirectRoute = (req: NextRequest, ctx: { params: Promise<Record<string, never>> }) => Promise<Response>;

/** The request's origin for NextRequest: its Host when that is a plain host[:port], else localhost. */
function origin(host: string | undefined): string {
  return host && /^[A-Za-z0-9.-]+(?::\d{1,5})?$/.test(host) ? `http://${host}` : "http://localhost";
}

function requestHeaders(req: IncomingMessage): Headers {
  const h = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) for (const x of v) h.append(k, x);
    else h.set(k, v);
  }
  return h;
}

/** Answers a GET or HEAD with `route`, as Next would have (same handler, same headers, same body). */
export async function serveDirect(
  route: TDirectRoute,
  req: IncomingMessage,
  res: ServerResponse,
  siteHeaders: ReadonlyArray<{ key: string; value: string }>,
): Promise<void> {
  nextServer ??= import("next/server");
  const { NextRequest } = await nextServer;
  const request = new NextRequest(`${origin(req.headers.host)}${req.url ?? "/"}`, {
    method: req.method,
    headers: requestHeaders(req),
  });
  const response = await route(request, { params: Promise.resolve({}) });
  let body: Buffer = Buffer.from(await response.arrayBuffer());
  // next.config.js's headers first, then the handler's (they win, as in Next).
  for (const { key, value } of siteHeaders) res.setHeader(key, value);
  response.headers.forEach((value, key) => {
    if (key !== "set-cookie") res.setHeader(key, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader("set-cookie", cookies);
  if (body.length >= GZIP_MIN_BYTES && acceptsGzip(req.headers["accept-encoding"]) && !res.hasHeader("content-encoding")) {
    body = gzipSync(body, { level: 6 });
    res.setHeader("content-encoding", "gzip");
  }
  if (response.status !== 304) res.setHeader("content-length", body.length);
  res.writeHead(response.status);
  // A HEAD gets the GET's head and no body (Node drops the bytes of a HEAD response).
  res.end(response.status === 304 ? undefined : body);
}
