// "Everything is still correct": a clinic re-confirms one location's listing as it is. Nothing published changes but
// the last-confirmed date, so it applies at once, without moderation, and is recorded (decision 050).
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { deny, parseInput, requireActor } from "@/lib/auth/guard";
import { requireMembership } from "@/lib/auth/membership";
import { db } from "@/lib/db/client";
import type { TActor } from "@/lib/http/request-context";
import { ZConfirmListing } from "@/lib/portal/schemas";
import { isoDay, todayUtc } from "@/lib/text/calendar";

export async function confirmListing(actorOrNull: TActor | null, input: unknown): Promise<{ locationId: number; confirmedOn: string }> {
  const action = "listing.confirm";
  const actor = await requireActor(actorOrNull, action);
  const data = await parseInput(actor, action, ZConfirmListing, input);
  await requireMembership(actor, data.organizationId, action);
  const today = todayUtc();
  const done = await db().$transaction(async (tx) => {
    const location = await tx.location.findFirst({ where: { id: data.locationId, organizationId: data.organizationId } });
    if (!location) return false;
    await tx.location.update({ where: { id: location.id }, data: { lastConfirmedAt: today } });
    // The physicians listed there are confirmed with it: the public profile shows the oldest date of the two.
    const roles = await tx.practitionerRole.findMany({ where: { locationId: location.id }, select: { physicianId: true } });
    await tx.physician.updateMany({ where: { id: { in: roles.map((r) => r.physicianId) } }, data: { lastConfirmedAt: today } });
    await recordAudit(
      actor,
      {
        action,
        entity: "location",
        entityId: location.id,
        organizationId: data.organizationId,
        before: { lastConfirmedAt: isoDay(location.lastConfirmedAt) },
        after: { lastConfirmedAt: isoDay(today) },
      },
      tx,
    );
    return true;
  });
  if (!done) {
    return deny(actor, action, {
      entity: "location",
      entityId: data.locationId,
      organizationId: data.organizationId,
      reason: "record not part of this practice",
    });
  }
  return { locationId: data.locationId, confirmedOn: isoDay(today) };
}
