// The id that ties a request's log lines, audit rows and error answers together.
import { randomUUID } from "node:crypto";
import { viaTrustedProxy } from "@/lib/http/client-ip";

/** What a proxy's request id may look like: short, no spaces, no markup, nothing a log viewer could misread. */
const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,63}$/;

/**
 * A client-sent X-Request-Id is used only when the connection comes from a trusted proxy (TRUSTED_PROXIES) and the
 * id has the strict format above; anything else gets a fresh UUID, so nobody outside can plant ids in the audit log.
 */
export function requestIdFrom(h: Headers): string {
  const sent = h.get("x-request-id");
  if (sent && REQUEST_ID.test(sent) && viaTrustedProxy(h)) return sent;
  return randomUUID();
}
