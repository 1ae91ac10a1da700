// Claiming a practice: find it by name or NPI, then ask to manage it (a moderator decides, see review.ts).
import "server-only";
import { parseInput, requireActor } from "@/lib/auth/guard";
import { enforceLimits } from "@/lib/auth/limits";
import { recordAudit } from "@/lib/audit/record-audit";
import { ZPracticeSearch, ZSubmitClaim } from "@/lib/claims/schemas";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/http/request-context";

export type TPracticeHit = { id: number; name: string; npi: string | null; cities: string[]; locationCount: number };

/** Practices by name (contains) or organization NPI (exact). */
export async function searchPractices(actorOrNull: TActor | null, input: unknown): Promise<TPracticeHit[]> {
  const actor = await requireActor(actorOrNull, "practice.search");
  const { q } = await parseInput(actor, "practice.search", ZPracticeSearch, input);
  const orgs = await db().organization.findMany({
    where: /^\d{10}$/.test(q) ? { npi: q } : { name: { contains: q, mode: "insensitive" } },
    orderBy: { name: "asc" },
    take: 20,
    include: { locations: { select: { city: true, state: true } } },
  });
  return orgs.map((o) => ({
    id: o.id,
    name: o.name,
    npi: o.npi,
    cities: [...new Set(o.locations.map((l) => `${l.city}, ${l.state}`))].slice(0, 5),
    locationCount: o.locations.length,
  }));
}

export async function submitClaim(actorOrNull: TActor | null, input: unknown): Promise<{ id: number }> {
  const action = "claim.submit";
  const actor = await requireActor(actorOrNull, action);
  const data = await parseInput(actor, action, ZSubmitClaim, input);
  await enforceLimits(actor, action, [{ name: "claimPerUser", subject: String(actor.userId) }]);
  const org = await db().organization.findUnique({ where: { id: data.organizationId } });
  if (!org) throw new AppError("NOT_FOUND", "This practice does not exist.");
  const member = await db().membership.findUnique({ where: { userId_organizationId: { userId: actor.userId, organizationId: org.id } } });
  if (member) throw new AppError("CONFLICT", "You already manage or work on this practice.");
  const pending = await db().practiceClaim.findFirst({ where: { userId: actor.userId, organizationId: org.id, status: "PENDING" } });
  if (pending) throw new AppError("CONFLICT", "Your claim for this practice is already waiting for review.");
  const claim = await db().practiceClaim.create({ data: { ...data, userId: actor.userId } });
  await recordAudit(actor, { action, entity: "practice_claim", entityId: claim.id, organizationId: org.id, after: data });
  return { id: claim.id };
}
