// Wraps every portal Server Action: origin check, request context, actor, one error shape for forms.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { TActor, TRequestContext } from "@/lib/auth/context";
import type { TFormState } from "@/lib/auth/form-state";
import { assertSameOrigin, currentActor, requestContext } from "@/lib/auth/request";
import { isAppError } from "@/lib/errors";
import { log } from "@/lib/log";

function fieldErrors(details: unknown): Record<string, string> | undefined {
  if (!details || typeof details !== "object" || !("fields" in details) || !Array.isArray(details.fields)) return undefined;
  const out: Record<string, string> = {};
  for (const f of details.fields as Array<{ field?: unknown; message?: unknown }>) {
    if (typeof f.field === "string" && typeof f.message === "string") out[f.field.replace(/^changes\./, "")] ??= f.message;
  }
  return out;
}

/** Turns thrown errors into form state; redirects pass through; unexpected errors are logged, shown generically. */
export async function runAction(
  action: string,
  fn: (actor: TActor | null, ctx: TRequestContext) => Promise<TFormState>,
): Promise<TFormState> {
  try {
    await assertSameOrigin(action);
    const ctx = await requestContext();
    return await fn(await currentActor(), ctx);
  } catch (e) {
    // Next signals redirect() and notFound() by throwing; those must pass through.
    unstable_rethrow(e);
    if (isAppError(e)) {
      const conflict =
        e.code === "CONFLICT" && e.details && typeof e.details === "object" ? (e.details as TFormState["conflict"]) : undefined;
      return { status: "error", message: e.message, fieldErrors: fieldErrors(e.details), conflict };
    }
    log.error({ err: e, action }, "portal action failed");
    return { status: "error", message: "Something went wrong on our side. Please try again in a moment." };
  }
}

/** Form values as a plain object of strings (repeated keys become arrays). */
export function formObject(fd: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of fd.entries()) {
    if (typeof v !== "string" || k.startsWith("$ACTION")) continue;
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}
