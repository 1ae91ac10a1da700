// Stamps each incoming HTTP request with its TCP peer address (lib/http/client-ip's PEER_HEADER), in the server
// process, before Next.js sees the request. Registered once from instrumentation.ts.
import diagnostics from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import { PEER_HEADER, PEER_STAMP_FLAG } from "@/lib/http/client-ip";

let installed = false;

/**
 * Node publishes `http.server.request.start` for every request before the server's "request" listeners run, so the
 * header is in place for Next's proxy, pages, route handlers and Server Actions alike. A client-sent copy is
 * overwritten, never trusted.
 */
export function stampPeerAddresses(): void {
  if (installed) return;
  installed = true;
  diagnostics.subscribe("http.server.request.start", (message) => {
    const request = (message as { request?: IncomingMessage }).request;
    if (request) request.headers[PEER_HEADER] = request.socket.remoteAddress ?? "";
  });
  (globalThis as Record<symbol, unknown>)[PEER_STAMP_FLAG] = true;
}
