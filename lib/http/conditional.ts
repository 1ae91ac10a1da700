// Validators for public GET responses: a strong-enough ETag from the body, Last-Modified from the data, and 304s.
import { createHash } from "node:crypto";

/** A weak ETag: equal bodies give equal tags (JSON is not byte-stable across encodings we might add, hence weak). */
export function etagFor(body: string | Uint8Array): string {
  return `W/"${createHash("sha1").update(body).digest("base64url")}"`;
}

function noneMatch(header: string, etag: string): boolean {
  if (header.trim() === "*") return true;
  const strip = (t: string) => t.trim().replace(/^W\//, "");
  const mine = strip(etag);
  return header.split(",").some((t) => strip(t) === mine);
}

/** Whether the client's copy is current (If-None-Match wins over If-Modified-Since, as RFC 9110 says). */
export function isNotModified(headers: Headers, etag: string, lastModified: Date | null): boolean {
  const inm = headers.get("if-none-match");
  if (inm !== null) return noneMatch(inm, etag);
  const ims = headers.get("if-modified-since");
  if (ims && lastModified) {
    const since = Date.parse(ims);
    // HTTP dates have whole seconds.
    if (Number.isFinite(since)) return Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
  }
  return false;
}

export type TConditionalInit = {
  contentType: string;
  lastModified?: Date | null;
  cacheControl?: string;
  status?: number;
  headers?: Record<string, string>;
  /** The body's ETag when already known (a cached answer), so it is not hashed again. */
  etag?: string;
};

/** A 200 with ETag/Last-Modified, or a body-less 304 when the request's validators match. */
export function conditionalResponse(req: Request, body: string | Uint8Array<ArrayBuffer>, init: TConditionalInit): Response {
  const etag = init.etag ?? etagFor(body);
  const headers = new Headers(init.headers);
  headers.set("etag", etag);
  if (init.lastModified) headers.set("last-modified", init.lastModified.toUTCString());
  if (init.cacheControl) headers.set("cache-control", init.cacheControl);
  headers.set("vary", "accept, accept-encoding");
  if (
    (init.status ?? 200) === 200 &&
    (req.method === "GET" || req.method === "HEAD") &&
    isNotModified(req.headers, etag, init.lastModified ?? null)
  ) {
    return new Response(null, { status: 304, headers });
  }
  headers.set("content-type", init.contentType);
  return new Response(body, { status: init.status ?? 200, headers });
}
