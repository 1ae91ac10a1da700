// Wraps every Server Action: origin check, request context, actor, decoded form input, one error shape for forms.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { assertSameOrigin, currentActor, requestContext } from "@/lib/auth/request";
import { isAppError, ZValidationDetails } from "@/lib/errors";
import { decodeForm } from "@/lib/forms/form-data";
import type { TFormState } from "@/lib/forms/form-state";
import type { TActor, TRequestContext } from "@/lib/http/request-context";
import { log } from "@/lib/log";

const GENERIC = "Something went wrong on our side. Please try again in a moment.";

/** Per-field messages from a validation error's details (`changes.phone` shows at the `phone` field). */
function fieldErrors(details: unknown): Record<string, string> | undefined {
  const parsed = ZValidationDetails.safeParse(details);
  if (!parsed.success) return undefined;
  const out: Record<string, string> = {};
  for (const f of parsed.data.fields) out[f.field.replace(/^changes\./, "")] ??= f.message;
  return Object.keys(out).length ? out : undefined;
}

/**
 * Turns what an action throws into form state. Redirects pass through; expected errors (4xx codes) show their
 * message; anything else, including an AppError with a 5xx code, is logged with the request id and shown generically.
 */
export function errorState(e: unknown, action: string, requestId: string): TFormState {
  // Next signals redirect() and notFound() by throwing; those must pass through.
  unstable_rethrow(e);
  if (isAppError(e) && e.status < 500) {
    const conflict =
      e.code === "CONFLICT" && e.details && typeof e.details === "object" ? (e.details as TFormState["conflict"]) : undefined;
    const fields = e.code === "VALIDATION_FAILED" ? fieldErrors(e.details) : undefined;
    // A summary above the linked per-field messages, instead of "Invalid workPhone: …" naming an internal field.
    const count = fields ? Object.keys(fields).length : 0;
    const message = count
      ? count === 1
        ? "Please correct the field marked below."
        : `Please correct the ${count} fields marked below.`
      : e.message;
    return { status: "error", code: e.code, message, fieldErrors: fields, conflict };
  }
  log.error({ err: e, action, requestId }, "server action failed");
  return { status: "error", message: GENERIC };
}

export async function runAction(
  action: string,
  fn: (actor: TActor | null, ctx: TRequestContext) => Promise<TFormState>,
): Promise<TFormState> {
  let requestId = "unknown";
  try {
    const ctx = await requestContext();
    requestId = ctx.requestId;
    await assertSameOrigin(action);
    return await fn(await currentActor(), ctx);
  } catch (e) {
    return errorState(e, action, requestId);
  }
}

/** A Server Action over a form: decodes the FormData with `decoder`, then runs `fn` like runAction. */
export async function runForm<S extends z.ZodType>(
  action: string,
  fd: FormData,
  decoder: S,
  fn: (actor: TActor | null, input: z.output<S>, ctx: TRequestContext) => Promise<TFormState>,
): Promise<TFormState> {
  return runAction(action, (actor, ctx) => fn(actor, decodeForm(decoder, fd), ctx));
}
