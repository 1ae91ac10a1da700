// Temporary closures of a location (holidays, repairs): a clinic proposes adding or removing one, a moderator approves
// it like every other edit, and only then do public pages say "Closed Dec 24–26".
import "server-only";
import { deny, parseInput, requireActor } from "@/lib/auth/guard";
import { requireMembership } from "@/lib/auth/membership";
import { describeRecord } from "@/lib/change-requests/records";
import { proposeInTransaction, type TChangeRequestRef } from "@/lib/change-requests/propose";
import { ZProposeClosure, ZProposeRemoveClosure } from "@/lib/change-requests/schemas";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/http/request-context";
import { closureInWords } from "@/lib/text/closures";
import { isoDay, todayUtc } from "@/lib/text/calendar";

/** Proposes a closure of one of the practice's locations; it may not end in the past. */
export async function proposeClosure(actorOrNull: TActor | null, input: unknown): Promise<TChangeRequestRef> {
  const action = "change.propose.closure";
  const actor = await requireActor(actorOrNull, action);
  const data = await parseInput(actor, action, ZProposeClosure, input);
  await requireMembership(actor, data.organizationId, action);
  const { organizationId, ...closure } = data;
  if (closure.endsOn < (isoDay(todayUtc()) ?? ""))
    throw new AppError("VALIDATION_FAILED", "This closure is already over.", {
      fields: [{ field: "endsOn", message: "The last day closed is in the past." }],
    });
  return proposeInTransaction(actor, action, { organizationId, entity: "location", id: data.locationId }, async (tx) => {
    const overlapping = await tx.locationClosure.findFirst({
      where: { locationId: closure.locationId, startsOn: { lte: new Date(closure.endsOn) }, endsOn: { gte: new Date(closure.startsOn) } },
    });
    if (overlapping)
      throw new AppError(
        "CONFLICT",
        `This location is already closed ${closureInWords(overlapping)}: remove that closure first, or pick other days.`,
      );
    return {
      entity: "location_closure",
      entityId: null,
      action: "CREATE",
      baseVersion: null,
      before: {},
      proposed: closure,
      summary: `Closed ${closureInWords({ startsOn: new Date(closure.startsOn), endsOn: new Date(closure.endsOn) })} — ${await describeRecord(tx, "location", closure.locationId)}`,
      audit: { entity: "location", entityId: closure.locationId, after: { proposed: closure } },
    };
  });
}

/** Proposes removing an approved closure (reopened early, or entered by mistake). */
export async function proposeRemoveClosure(actorOrNull: TActor | null, input: unknown): Promise<TChangeRequestRef> {
  const action = "change.propose.remove_closure";
  const actor = await requireActor(actorOrNull, action);
  const data = await parseInput(actor, action, ZProposeRemoveClosure, input);
  await requireMembership(actor, data.organizationId, action);
  const found = await db().locationClosure.findUnique({ where: { id: data.closureId }, select: { locationId: true } });
  if (!found)
    return deny(actor, action, {
      entity: "location_closure",
      entityId: data.closureId,
      organizationId: data.organizationId,
      reason: "no such closure",
    });
  return proposeInTransaction(
    actor,
    action,
    { organizationId: data.organizationId, entity: "location", id: found.locationId },
    async (tx) => {
      const c = await tx.locationClosure.findUnique({ where: { id: data.closureId } });
      if (!c) throw new AppError("CONFLICT", "This closure was removed in the meantime.");
      const pending = await tx.changeRequest.findFirst({
        where: { entity: "location_closure", entityId: c.id, action: "DELETE", status: "PENDING" },
      });
      if (pending) throw new AppError("CONFLICT", `Removing this closure is already waiting for review (request #${pending.id}).`);
      const before = { locationId: c.locationId, startsOn: isoDay(c.startsOn), endsOn: isoDay(c.endsOn), note: c.note };
      return {
        entity: "location_closure",
        entityId: c.id,
        action: "DELETE",
        baseVersion: null,
        before,
        proposed: {},
        summary: `Remove the closure ${closureInWords(c)} — ${await describeRecord(tx, "location", c.locationId)}`,
        audit: { entity: "location", entityId: c.locationId, before, after: { removeClosure: c.id } },
      };
    },
  );
}
