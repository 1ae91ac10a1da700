// Writes the append-only audit log: every portal change and every refusal, with who, what, before/after, request id.
import "server-only";
import { createHash } from "node:crypto";
import type { TActor, TRequestContext } from "@/lib/http/request-context";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { consumeRateLimit } from "@/lib/security/rate-limit";

type TTx = Prisma.TransactionClient;

export type TAuditEntry = {
  action: string;
  entity?: string;
  entityId?: string | number | null;
  organizationId?: number | null;
  before?: unknown;
  after?: unknown;
  reason?: string;
};

function json(v: unknown): Prisma.InputJsonValue | undefined {
  return v === undefined || v === null ? undefined : (JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue);
}

function row(ctx: TRequestContext | TActor, outcome: "ok" | "denied", e: TAuditEntry): Prisma.AuditLogCreateInput {
  return {
    actorUserId: "userId" in ctx ? ctx.userId : null,
    action: e.action,
    outcome,
    entity: e.entity ?? null,
    entityId: e.entityId === undefined || e.entityId === null ? null : String(e.entityId),
    organizationId: e.organizationId ?? null,
    before: json(e.before),
    after: json(e.after),
    reason: e.reason?.slice(0, 500) ?? null,
    requestId: ctx.requestId,
    ipHash: ctx.ipHash,
  };
}

/** Records a change that happened; pass the transaction so the entry commits or rolls back with the change. */
export async function recordAudit(ctx: TRequestContext | TActor, e: TAuditEntry, tx?: TTx): Promise<void> {
  await (tx ?? db()).auditLog.create({ data: row(ctx, "ok", e) });
}

/**
 * Anonymous refusals (nobody signed in) are written one by one only up to a cap per address and action, and a cap
 * for all addresses together; past a cap one summary row says so and the rest are counted in the rate-limit table,
 * so a script cannot grow the append-only log without bound. Signed-in refusals are always written: they name a user.
 */
export const ANONYMOUS_REFUSALS = {
  perAddressAndAction: { limit: 20, windowSeconds: 10 * 60 },
  allAddresses: { limit: 500, windowSeconds: 10 * 60 },
} as const;

async function anonymousBudget(c: TRequestContext, action: string): Promise<"write" | "summarize" | "count"> {
  const address = c.ipHash ?? "unknown";
  const per = await consumeRateLimit({
    key: `audit:anon:${createHash("sha256").update(`${address}|${action}`).digest("hex")}`,
    ...ANONYMOUS_REFUSALS.perAddressAndAction,
  });
  const all = await consumeRateLimit({ key: "audit:anon:all", ...ANONYMOUS_REFUSALS.allAddresses });
  if (per.allowed && all.allowed) return "write";
  const firstOver =
    (!per.allowed && per.count === ANONYMOUS_REFUSALS.perAddressAndAction.limit + 1) ||
    (!all.allowed && all.count === ANONYMOUS_REFUSALS.allAddresses.limit + 1);
  return firstOver ? "summarize" : "count";
}

/** Records a refusal (outside any transaction, so it survives the rollback of the refused work) and logs it. */
export async function recordDenied(ctx: TRequestContext | TActor | null, e: TAuditEntry): Promise<void> {
  const c = ctx ?? { requestId: "unknown", ipHash: null };
  try {
    const mode = "userId" in c ? "write" : await anonymousBudget(c, e.action);
    if (mode === "count") return;
    log.warn(
      {
        action: e.action,
        entity: e.entity,
        entityId: e.entityId,
        actor: "userId" in c ? c.userId : null,
        requestId: c.requestId,
        reason: e.reason,
      },
      "portal refusal",
    );
    const entry =
      mode === "write"
        ? e
        : {
            action: e.action,
            reason: "further anonymous refusals of this kind from this address are counted, not stored, for the next 10 minutes",
          };
    await db().auditLog.create({ data: row(c, "denied", entry) });
  } catch (err) {
    log.error({ err, action: e.action }, "could not record a refusal in the audit log");
  }
}
