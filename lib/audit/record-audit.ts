// Writes the append-only audit log: every portal change and every refusal, with who, what, before/after, request id.
import "server-only";
import type { TActor, TRequestContext } from "@/lib/auth/context";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";

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

/** Records a refusal (outside any transaction, so it survives the rollback of the refused work) and logs it. */
export async function recordDenied(ctx: TRequestContext | TActor | null, e: TAuditEntry): Promise<void> {
  const c = ctx ?? { requestId: "unknown", ipHash: null };
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
  try {
    await db().auditLog.create({ data: row(c, "denied", e) });
  } catch (err) {
    log.error({ err, action: e.action }, "could not record a refusal in the audit log");
  }
}
