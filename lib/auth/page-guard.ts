// Page-level session gate for portal screens: sends people to the right sign-in step. Not an authorization
// check: the lib/ operations each page calls decide what the actor may see and do.
import "server-only";
import { redirect } from "next/navigation";
import type { TActor } from "@/lib/http/request-context";
import { currentSession, requestContext } from "@/lib/auth/request";
import { actorFromSession } from "@/lib/auth/session";
import { nextQuery } from "@/lib/auth/next-path";

/** `here`: the page's own path, so signing in comes back to it. */
export async function requireSignedInPage(here?: string): Promise<TActor> {
  const s = await currentSession();
  const back = nextQuery(here);
  if (!s) redirect(`/portal/sign-in${back}`);
  const actor = actorFromSession(s, await requestContext());
  if (!actor) redirect(`${s.totpEnrolled ? "/portal/mfa" : "/portal/mfa/setup"}${back}`);
  return actor;
}
