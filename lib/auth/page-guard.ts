// Page-level session gate for portal screens: sends people to the right sign-in step. Not an authorization
// check: the lib/ operations each page calls decide what the actor may see and do.
import "server-only";
import { redirect } from "next/navigation";
import type { TActor } from "@/lib/http/request-context";
import { currentSession, requestContext } from "@/lib/auth/request";
import { actorFromSession } from "@/lib/auth/session";

export async function requireSignedInPage(): Promise<TActor> {
  const s = await currentSession();
  if (!s) redirect("/portal/sign-in");
  const actor = actorFromSession(s, await requestContext());
  if (!actor) redirect(s.totpEnrolled ? "/portal/mfa" : "/portal/mfa/setup");
  return actor;
}
