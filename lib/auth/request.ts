// The web edge of authentication: session cookie, request context (request id, hashed IP) and origin checks
// for Server Actions and route handlers. Operations in lib/ still decide what the actor may do.
import "server-only";
import { randomUUID } from "node:crypto";
import { cookies, headers } from "next/headers";
import type { TActor, TRequestContext } from "@/lib/auth/context";
import { hashIp } from "@/lib/auth/crypto";
import { isSameOrigin } from "@/lib/auth/origin";
import { actorFromSession, readSession, SESSION_COOKIE, type TIssuedSession, type TSessionState } from "@/lib/auth/session";
import { recordDenied } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { clientIpFromHeaders } from "@/lib/http/client-ip";

export async function requestContext(): Promise<TRequestContext> {
  const h = await headers();
  const requestId = h.get("x-request-id")?.slice(0, 100) || randomUUID();
  return { requestId, ipHash: hashIp(clientIpFromHeaders(h)) };
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
  const ok = isSameOrigin(h.get("origin"), h.get("x-forwarded-host") ?? h.get("host"), h.get("x-forwarded-proto"));
  if (ok) return;
  await recordDenied(await requestContext(), {
    action,
    reason: `cross-origin request (origin: ${h.get("origin")?.slice(0, 100) ?? "none"})`,
  });
  throw new AppError("FORBIDDEN", "This request did not come from IR Finder's own pages.");
}
