// The production HTTP server around Next's request handler: request scope, honest 503s, cache headers, metrics,
// /metrics, and graceful shutdown (stop accepting, let in-flight requests finish, close the pools).
import { timingSafeEqual } from "node:crypto";
import { gzipSync } from "node:zlib";
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from "node:http";
import { RETRY_AFTER_SECONDS } from "@/lib/db/availability";
import { closeDatabases } from "@/lib/db/lifecycle";
import { cacheControlFor, isSharedCacheablePage } from "@/lib/http/cache-policy";
import { acceptsGzip, GZIP_MIN_BYTES } from "@/lib/http/compression";
import { etagFor, isNotModified } from "@/lib/http/conditional";
import { serveDirect, type TDirectRoute } from "@/lib/http/direct-route";
import { markDraining } from "@/lib/http/draining";
import { normalizeIp, trustedProxies } from "@/lib/http/client-ip";
import { routeLabel } from "@/lib/http/route-label";
import { metrics } from "@/lib/metrics/registry";
import { runInRequestScope, type TRequestScope } from "@/lib/request-scope";

export type THandle = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export type TAppServerOptions = {
  handle: THandle;
  /** Whether the request carries a portal session (then reads go to the primary and nothing is shared-cached). */
  signedIn: (req: IncomingMessage) => boolean;
  shutdownTimeoutMs: number;
  metricsAllow: readonly string[];
  metricsToken?: string;
  log: { info: (o: object, msg: string) => void; warn: (o: object, msg: string) => void; error: (o: object, msg: string) => void };
  /** GET/HEAD routes answered here without Next's router, by exact path (lib/http/direct-route.ts). */
  directRoutes?: ReadonlyMap<string, TDirectRoute>;
  /** The headers Next adds to every response (next.config.js), for the direct routes' answers. */
  siteHeaders?: ReadonlyArray<{ key: string; value: string }>;
};

export type TAppServer = { server: Server; shutdown: (reason: string) => Promise<void>; inFlight: () => number };

function metricsAllowed(req: IncomingMessage, allow: ReturnType<typeof trustedProxies>, token: string | undefined): boolean {
  const auth = req.headers.authorization ?? "";
  if (token && auth.startsWith("Bearer ")) {
    const given = Buffer.from(auth.slice(7));
    const want = Buffer.from(token);
    if (given.length === want.length && timingSafeEqual(given, want)) return true;
  }
  // The TCP peer only: X-Forwarded-For is never read here (a proxy in front must not pass /metrics at all).
  const peer = normalizeIp(req.socket.remoteAddress);
  return peer !== null && allow.has(peer);
}

/** Applies headers passed straight to writeHead to the response, so the policy below sees and may change them. */
function adoptHeaders(res: ServerResponse, headers: OutgoingHttpHeaders | unknown[] | undefined): void {
  if (!headers) return;
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1] as string);
    return;
  }
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) res.setHeader(k, v);
}

/**
 * Status and headers are settled just before they are sent: a page whose rendering could not reach the database
 * (noted on the request scope by the pool) becomes a 503 with Retry-After, whatever Next chose (500 from an error
 * boundary, 200 from a page that showed its own error panel); public pages get the shared-cache policy.
 */
function settleHead(req: IncomingMessage, res: ServerResponse, scope: TRequestScope, draining: () => boolean): void {
  type TWriteHead = (status: number, reasonOrHeaders?: unknown, headers?: unknown) => ServerResponse;
  const original = res.writeHead.bind(res) as TWriteHead;
  const pathname = (req.url ?? "/").split("?")[0] ?? "/";
  const patched: TWriteHead = (statusCode, reasonOrHeaders, headers) => {
    const reason = typeof reasonOrHeaders === "string" ? reasonOrHeaders : undefined;
    adoptHeaders(res, (typeof reasonOrHeaders === "string" ? headers : reasonOrHeaders) as OutgoingHttpHeaders | undefined);
    let status = statusCode;
    const isAsset = pathname.startsWith("/_next/");
    if (!isAsset && scope.databaseUnavailable && (status === 200 || status >= 500)) {
      status = 503;
      res.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
      res.setHeader("cache-control", "no-store");
    } else {
      const cc = cacheControlFor({
        method: req.method ?? "GET",
        pathname,
        status,
        signedIn: scope.readFromPrimary,
        setsCookie: res.hasHeader("set-cookie"),
      });
      if (cc) res.setHeader("cache-control", cc);
    }
    if (draining()) res.setHeader("connection", "close");
    return reason === undefined ? original(status) : original(status, reason);
  };
  res.writeHead = patched as typeof res.writeHead;
}

type TChunk = string | Uint8Array;
type TCallback = (err?: Error | null) => void;

/**
 * Holds a public page's body until it ends, then sends it with an ETag (the API's own helper) and a
 * Content-Length, or a body-less 304 when the client's copy matches. Public pages are small and Next renders them
 * whole before the first byte anyway (no Suspense streaming), so nothing is delayed.
 */
function sendWithEtag(req: IncomingMessage, res: ServerResponse): void {
  const chunks: Buffer[] = [];
  const end = res.end.bind(res) as (chunk?: TChunk | TCallback, cb?: TCallback) => ServerResponse;
  const take = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(
      typeof chunk === "string"
        ? Buffer.from(chunk, (typeof encoding === "string" ? encoding : "utf8") as BufferEncoding)
        : Buffer.from(chunk as Uint8Array),
    );
  };
  // Held pages are compressed here, once the whole body is known: Next's compression middleware decides at the head,
  // which is held, so it would label the plain body gzip (prerendered pages broke in browsers that way).
  const gzipOk = acceptsGzip(req.headers["accept-encoding"]);
  delete req.headers["accept-encoding"];
  // Next (and its compression middleware) send the head at the first byte; hold it until the end as well.
  const held = res as unknown as { _implicitHeader: () => void };
  const implicitHeader = held._implicitHeader.bind(res);
  held._implicitHeader = () => undefined;
  res.flushHeaders = () => undefined;
  res.write = ((chunk: unknown, encoding?: unknown, cb?: unknown) => {
    take(chunk, encoding);
    const done = typeof encoding === "function" ? encoding : cb;
    if (typeof done === "function") process.nextTick(done as TCallback);
    return true;
  }) as typeof res.write;
  res.end = ((chunk?: unknown, encoding?: unknown, cb?: unknown) => {
    take(chunk, encoding);
    const done = [chunk, encoding, cb].find((x) => typeof x === "function") as TCallback | undefined;
    const body = Buffer.concat(chunks);
    held._implicitHeader = implicitHeader;
    if (res.statusCode === 200 && !res.headersSent) {
      const etag = etagFor(body);
      res.setHeader("etag", etag);
      const inm = req.headers["if-none-match"];
      if (inm && isNotModified(new Headers({ "if-none-match": inm }), etag, null)) {
        res.statusCode = 304;
        for (const h of ["content-length", "content-type", "content-encoding", "transfer-encoding"]) res.removeHeader(h);
        return done ? end(done) : end();
      }
    }
    let out = body;
    if (!res.headersSent && gzipOk && body.length >= GZIP_MIN_BYTES && !res.hasHeader("content-encoding")) {
      out = gzipSync(body, { level: 6 });
      res.setHeader("content-encoding", "gzip");
    }
    if (!res.headersSent) res.setHeader("content-length", out.length);
    return done ? end(out, done) : end(out);
  }) as typeof res.end;
}

export function createAppServer(opts: TAppServerOptions): TAppServer {
  const m = metrics();
  const allow = trustedProxies(opts.metricsAllow);
  let inFlight = 0;
  let draining = false;
  const idle: Array<() => void> = [];

  const server = createServer((req, res) => {
    const started = process.hrtime.bigint();
    inFlight += 1;
    const pathname = (req.url ?? "/").split("?")[0] ?? "/";
    const route = routeLabel(pathname);
    res.once("close", () => {
      inFlight -= 1;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const method = req.method ?? "GET";
      m.httpRequests.inc({ route, method, status: String(res.statusCode) });
      m.httpDuration.observe({ route, method }, seconds);
      if (inFlight === 0) for (const wake of idle.splice(0)) wake();
    });
    if (pathname === "/metrics") {
      void serveMetrics(req, res);
      return;
    }
    const scope: TRequestScope = { databaseUnavailable: false, readFromPrimary: opts.signedIn(req) };
    // Next sends the head on its own (flushHeaders) just before the first chunk of the body; without that the head
    // goes out with the first chunk, one write to the socket instead of two, the same bytes at the same moment.
    res.flushHeaders = () => undefined;
    settleHead(req, res, scope, () => draining);
    // GET only: a HEAD has no body to hash, and its validators would not match the GET's.
    if (req.method === "GET" && isSharedCacheablePage("GET", pathname) && !scope.readFromPrimary) sendWithEtag(req, res);
    const direct = req.method === "GET" || req.method === "HEAD" ? opts.directRoutes?.get(pathname) : undefined;
    runInRequestScope(scope, () => {
      Promise.resolve(direct ? serveDirect(direct, req, res, opts.siteHeaders ?? []) : opts.handle(req, res)).catch((err: unknown) => {
        opts.log.error({ err, path: pathname }, "request handler failed");
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        res.end("Something went wrong on our side.");
      });
    });
  });

  async function serveMetrics(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!metricsAllowed(req, allow, opts.metricsToken)) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" }).end("Not found");
      return;
    }
    const body = await m.registry.metrics();
    res.writeHead(200, { "content-type": m.registry.contentType, "cache-control": "private, no-store" }).end(body);
  }

  async function shutdown(reason: string): Promise<void> {
    if (draining) return;
    draining = true;
    markDraining();
    opts.log.info({ reason, inFlight }, "shutting down: no new connections, finishing requests in flight");
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const finished = inFlight === 0 ? Promise.resolve(true) : new Promise<boolean>((resolve) => idle.push(() => resolve(true)));
    const inTime = await Promise.race([finished, new Promise<boolean>((r) => setTimeout(() => r(false), opts.shutdownTimeoutMs).unref())]);
    if (!inTime) opts.log.warn({ inFlight }, "shutdown timeout: closing the remaining connections");
    server.closeAllConnections();
    await closed;
    const errors = await closeDatabases();
    for (const err of errors) opts.log.warn({ err }, "closing a database pool failed");
    opts.log.info({}, "shut down");
  }

  return { server, shutdown, inFlight: () => inFlight };
}
