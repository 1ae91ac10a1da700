// Reading the audit history: a practice's members see their practice's entries; moderators see everything.
import "server-only";
import { z } from "zod";
import type { TActor } from "@/lib/auth/context";
import { parseInput, requireActor, requireModerator } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { requireReadAccess } from "@/lib/portal/authorize";

export type TAuditDto = {
  id: string;
  at: string;
  actorUserId: number | null;
  action: string;
  outcome: string;
  entity: string | null;
  entityId: string | null;
  organizationId: number | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  requestId: string | null;
};

const ZPracticeHistory = z.strictObject({
  organizationId: z.coerce.number().int().positive(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
const ZAllHistory = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  outcome: z.enum(["ok", "denied"]).optional(),
});

function toDto(r: {
  id: bigint;
  at: Date;
  actorUserId: number | null;
  action: string;
  outcome: string;
  entity: string | null;
  entityId: string | null;
  organizationId: number | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  requestId: string | null;
}): TAuditDto {
  return { ...r, id: r.id.toString(), at: r.at.toISOString() };
}

/** Successful changes of one practice, newest first (refusals stay moderator-only: they may name other clinics' users). */
export async function listPracticeHistory(actorOrNull: TActor | null, input: unknown): Promise<TAuditDto[]> {
  const actor = await requireActor(actorOrNull, "audit.practice");
  const { organizationId, limit } = await parseInput(actor, "audit.practice", ZPracticeHistory, input);
  await requireReadAccess(actor, organizationId, "audit.practice");
  const rows = await db().auditLog.findMany({ where: { organizationId, outcome: "ok" }, orderBy: { id: "desc" }, take: limit });
  return rows.map(toDto);
}

export async function listAllHistory(actorOrNull: TActor | null, input: unknown): Promise<TAuditDto[]> {
  const actor = await requireModerator(actorOrNull, "audit.all");
  const { limit, outcome } = await parseInput(actor, "audit.all", ZAllHistory, input);
  const rows = await db().auditLog.findMany({ where: outcome ? { outcome } : {}, orderBy: { id: "desc" }, take: limit });
  return rows.map(toDto);
}
