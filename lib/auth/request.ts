// The web edge of authentication: session cookie, request context (request id, hashed IP) and origin checks
// for Server Actions and route handlers. Operations in lib/ still decide what the actor may do.
import "server-only";
import { cookies, headers } from "next/headers";
import type { TActor, TRequestContext } from "@/lib/http/request-context";
import { hashIp } from "@/lib/auth/crypto";
import { isSameOriginRequest } from "@/lib/auth/origin";
import { SESSION_COOKIE } from "@/lib/auth/cookie";
import { actorFromSession, readSession, type TIssuedSession, type TSessionState } from "@/lib/auth/session";
import { recordDenied } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { clientIpFromHeaders } from "@/lib/http/client-ip";
import { requestIdFrom } from "@/lib/http/request-id";

export async function requestContext(): Promise<TRequestContext> {
  const h = await headers();
  // An address we cannot know still gets a (shared) key, so per-address limits never silently switch off.
  return { requestId: requestIdFrom(h), ipHash: hashIp(clientIpFromHeaders(h) ?? "unknown") };
}

export async function currentSession(): Promise<TSessionState | null> {
  return readSession((await cookies()).get(SESSION_COOKIE)?.value);
}

/** The fully signed-in actor (password and second factor), or null. */
export async function currentActor(): Promise<TActor | null> {
  return actorFromSession(await currentSession(), await requestContext());
}

export async function setSessionCookie(s: TIssuedSession): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, s.token, {
    httpOnly: true,
    secure: true,
    sameSite: "lax",
    path: "/",
    expires: s.expiresAt,
  });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, "", { httpOnly: true, secure: true, sameSite: "lax", path: "/", maxAge: 0 });
}

/** Refuses (and records) a state-changing request whose Origin is missing, `null` or another site. */
export async function assertSameOrigin(action: string): Promise<void> {
  const h = await headers();
  if (isSameOriginRequest(h)) return;
  await recordDenied(await requestContext(), {
    action,
    reason: `cross-origin request (origin: ${h.get("origin")?.slice(0, 100) ?? "none"})`,
  });
  throw new AppError("FORBIDDEN", "This request did not come from IR Finder's own pages.");
}
