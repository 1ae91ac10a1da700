// The entry check of every portal mutation: a signed-in actor, strictly valid input, refusals logged.
import "server-only";
import type { z } from "zod";
import type { TActor, TRequestContext } from "@/lib/http/request-context";
import { recordDenied } from "@/lib/audit/record-audit";
import { AppError, fromZodError } from "@/lib/errors";
import { plainIssueMessage } from "@/lib/validation/messages";

/** Refuses (and records) when nobody is signed in. */
export async function requireActor(actor: TActor | null, action: string, ctx?: TRequestContext): Promise<TActor> {
  if (actor) return actor;
  await recordDenied(ctx ?? null, { action, reason: "signed out" });
  throw new AppError("UNAUTHORIZED", "Please sign in to continue.");
}

/** Parses input with a strict schema; unknown or forged fields are refused and recorded. */
export async function parseInput<S extends z.ZodType>(
  ctx: TActor | TRequestContext,
  action: string,
  schema: S,
  input: unknown,
): Promise<z.infer<S>> {
  const parsed = schema.safeParse(input, { error: plainIssueMessage });
  if (parsed.success) return parsed.data;
  const err = fromZodError(parsed.error, "input");
  await recordDenied(ctx, { action, reason: `invalid input: ${err.message}` });
  throw err;
}

/** Refuses with FORBIDDEN and records why. The message never says whether the record exists. */
export async function deny(
  actor: TActor | TRequestContext,
  action: string,
  detail: { entity?: string; entityId?: string | number; organizationId?: number; reason: string },
): Promise<never> {
  await recordDenied(actor, { action, ...detail });
  throw new AppError("FORBIDDEN", "You don't have permission to do that.");
}

/** Moderator-only operations. */
export async function requireModerator(actor: TActor | null, action: string): Promise<TActor> {
  const a = await requireActor(actor, action);
  if (!a.isModerator) await deny(a, action, { reason: "not a moderator" });
  return a;
}
