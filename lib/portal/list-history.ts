// Reading the audit history: a practice's members see their practice's entries; moderators see everything.
import "server-only";
import { z } from "zod";
import type { TActor } from "@/lib/http/request-context";
import { parseInput, requireActor, requireModerator } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { requireReadAccess } from "@/lib/auth/membership";

export type TAuditDto = {
  id: string;
  at: string;
  actorUserId: number | null;
  /** The actor's display name, or null for the system / a signed-out visitor. */
  actorName: string | null;
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
  // Ids are int4 in the database: a larger number is invalid input here, not an error there.
  organizationId: z.coerce.number().int().positive().max(2_147_483_647),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
const ZAllHistory = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  outcome: z.enum(["ok", "denied"]).optional(),
});

/** A row as stored: the DTO with a bigint id and a Date. */
type TAuditRow = Omit<TAuditDto, "id" | "at" | "actorName"> & { id: bigint; at: Date };

// Fields are copied by name: a spread would pass on whatever else the stored row holds (such as IP hashes).
function toDto(r: TAuditRow, names: Map<number, string>): TAuditDto {
  return {
    id: r.id.toString(),
    at: r.at.toISOString(),
    actorUserId: r.actorUserId,
    actorName: r.actorUserId ? (names.get(r.actorUserId) ?? `account #${r.actorUserId}`) : null,
    action: r.action,
    outcome: r.outcome,
    entity: r.entity,
    entityId: r.entityId,
    organizationId: r.organizationId,
    before: r.before,
    after: r.after,
    reason: r.reason,
    requestId: r.requestId,
  };
}

/** Successful changes of one practice, newest first (refusals stay moderator-only: they may name other clinics' users). */
export async function listPracticeHistory(actorOrNull: TActor | null, input: unknown): Promise<TAuditDto[]> {
  const actor = await requireActor(actorOrNull, "audit.practice");
  const { organizationId, limit } = await parseInput(actor, "audit.practice", ZPracticeHistory, input);
  await requireReadAccess(actor, organizationId, "audit.practice");
  // Claims are between the claimant and the moderators: a practice never sees who else claimed it, their phone or
  // their evidence (a rival clinic's claim included).
  const rows = await db().auditLog.findMany({
    where: { organizationId, outcome: "ok", ...(actor.isModerator ? {} : { NOT: { entity: "practice_claim" } }) },
    orderBy: { id: "desc" },
    take: limit,
  });
  return withNames(rows);
}

/** Rows with their actors' display names (one query). */
async function withNames(rows: TAuditRow[]): Promise<TAuditDto[]> {
  const ids = [...new Set(rows.flatMap((r) => (r.actorUserId ? [r.actorUserId] : [])))];
  const users = await db().portalUser.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } });
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  return rows.map((r) => toDto(r, names));
}

export async function listAllHistory(actorOrNull: TActor | null, input: unknown): Promise<TAuditDto[]> {
  const actor = await requireModerator(actorOrNull, "audit.all");
  const { limit, outcome } = await parseInput(actor, "audit.all", ZAllHistory, input);
  const rows = await db().auditLog.findMany({ where: outcome ? { outcome } : {}, orderBy: { id: "desc" }, take: limit });
  return withNames(rows);
}
