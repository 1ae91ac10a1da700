// Moderators approve a change request (parsed again, then applied atomically with provenance and audit) or reject it.
import "server-only";
import type { z } from "zod";
import { parseInput, requireModerator } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { isEditableEntity, lockRecord, readRecord, type TRecordSnapshot, type TTx } from "@/lib/change-requests/records";
import { ZClosure, ZStoredCertification, ZStoredCreateRole, ZStoredDelete, ZStoredUpdate } from "@/lib/change-requests/schemas";
import { snapshotForUndo, type TUndo } from "@/lib/change-requests/undo-snapshot";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma, type ChangeRequest } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/http/request-context";
import { portalLink } from "@/lib/auth/links";
import { sendMailAfterCommit } from "@/lib/mail/send-mail";
import { wantsEachEvent } from "@/lib/auth/notify-mode";
import { physicianSlug } from "@/lib/physicians/name";
import { isoDay, todayUtc } from "@/lib/text/calendar";

/** What applying a request wrote, and what its undo needs (null: this kind of change is not undone in place). */
type TApplied = { applied: Record<string, unknown>; undo: TUndo | null };
import { ZApprove, ZReject } from "@/lib/validation/common";

/** Marks each applied field as set by a clinic edit, so importers leave it alone. */
export async function recordProvenance(tx: TTx, entity: string, entityId: number, fields: string[], sourceId: number): Promise<void> {
  const asOf = todayUtc();
  for (const field of fields) {
    await tx.fieldProvenance.upsert({
      where: { entity_entityId_field: { entity, entityId, field } },
      create: { entity, entityId, field, sourceId, asOf },
      update: { sourceId, asOf },
    });
  }
}

/**
 * An approved edit of a physician at a location confirms that listing: the physician and the location get today's
 * "last confirmed" date, which the public profile shows (decision 050).
 */
async function confirmRole(tx: TTx, roleId: number): Promise<void> {
  const role = await tx.practitionerRole.findUnique({ where: { id: roleId }, select: { physicianId: true, locationId: true } });
  if (!role) return;
  await tx.physician.update({ where: { id: role.physicianId }, data: { lastConfirmedAt: todayUtc() } });
  await tx.location.update({ where: { id: role.locationId }, data: { lastConfirmedAt: todayUtc() } });
}

function versionConflict(current: TRecordSnapshot | null): AppError {
  return new AppError(
    "CONFLICT",
    "The record changed after this request was made, so it cannot be applied as is. Reject it and ask the clinic to resubmit.",
    current ? { currentVersion: current.version, current: current.values } : undefined,
  );
}

/**
 * Parses the stored proposal again with the schema that accepted it. Stored JSON is never trusted as a Prisma
 * input: a proposal altered in the database since (an extra column, a wrong type) is refused and nothing is written.
 */
export function reparse<S extends z.ZodType>(cr: ChangeRequest, schema: S): z.infer<S> {
  const parsed = schema.safeParse(cr.proposed);
  if (parsed.success) return parsed.data;
  throw new AppError(
    "CONFLICT",
    `Change request #${cr.id} is not a valid proposal any more, so it cannot be applied. Reject it and ask the clinic to resubmit.`,
    {
      fields: parsed.error.issues.map((i) => ({ field: i.path.join(".") || "proposed", message: i.message })),
    },
  );
}

function requireTarget(cr: ChangeRequest): { id: number; baseVersion: number } {
  if (cr.entityId === null || cr.baseVersion === null)
    throw new AppError("CONFLICT", `Change request #${cr.id} names no record version, so it cannot be applied.`);
  return { id: cr.entityId, baseVersion: cr.baseVersion };
}

/** Writes the parsed fields only if the record is still at the version the clinic saw; returns how many rows changed. */
export async function writeUpdate(
  tx: TTx,
  cr: ChangeRequest,
  where: { id: number; version: number },
): Promise<{ count: number; fields: string[]; applied: Record<string, unknown> }> {
  const bump = { version: { increment: 1 } };
  switch (cr.entity) {
    case "organization": {
      const p = reparse(cr, ZStoredUpdate.organization);
      const { count } = await tx.organization.updateMany({ where, data: { ...p, asOf: todayUtc(), ...bump } });
      return { count, fields: Object.keys(p), applied: p };
    }
    case "location": {
      const { hours, ...p } = reparse(cr, ZStoredUpdate.location);
      const data = {
        ...p,
        ...(hours !== undefined ? { hours: hours ?? Prisma.DbNull } : {}),
        asOf: todayUtc(),
        lastConfirmedAt: todayUtc(),
        ...bump,
      };
      const { count } = await tx.location.updateMany({ where, data });
      const applied = hours !== undefined ? { ...p, hours } : p;
      return { count, fields: Object.keys(applied), applied };
    }
    case "practitioner_role": {
      const { procedures, ...p } = reparse(cr, ZStoredUpdate.practitioner_role);
      const { count } = await tx.practitionerRole.updateMany({ where, data: { ...p, asOf: todayUtc(), ...bump } });
      if (count === 1) await confirmRole(tx, where.id);
      if (count === 1 && procedures) {
        const ids = await tx.procedure.findMany({ where: { slug: { in: procedures } }, select: { id: true } });
        if (ids.length !== new Set(procedures).size)
          throw new AppError(
            "CONFLICT",
            "One of the proposed procedures is no longer in our list. Reject the request and ask the clinic to resubmit.",
          );
        await tx.roleProcedure.deleteMany({ where: { roleId: where.id } });
        await tx.roleProcedure.createMany({ data: ids.map((x) => ({ roleId: where.id, procedureId: x.id })) });
      }
      const applied = procedures ? { ...p, procedures } : p;
      return { count, fields: Object.keys(applied), applied };
    }
    case "physician": {
      const p = reparse(cr, ZStoredUpdate.physician);
      const { count } = await tx.physician.updateMany({ where, data: { languages: p.languages, lastConfirmedAt: todayUtc(), ...bump } });
      return { count, fields: Object.keys(p), applied: p };
    }
    case "board_certification":
    case "location_closure":
      throw new AppError("CONFLICT", `Change request #${cr.id} edits a record in place that clinics only add or remove.`);
  }
}

async function applyUpdate(tx: TTx, cr: ChangeRequest, sourceId: number): Promise<TApplied> {
  const { id, baseVersion } = requireTarget(cr);
  const entity = cr.entity;
  if (!isEditableEntity(entity))
    throw new AppError("CONFLICT", `Change request #${cr.id} edits a certification in place, which clinics cannot do.`);
  await lockRecord(tx, entity, id);
  const current = await readRecord(tx, entity, id);
  if (!current || current.version !== baseVersion) throw versionConflict(current);
  const undo = await snapshotForUndo(tx, entity, id, Object.keys(reparse(cr, ZStoredUpdate[entity])), baseVersion + 1);
  const { count, fields, applied } = await writeUpdate(tx, cr, { id, version: baseVersion });
  if (count !== 1) throw versionConflict(current);
  await recordProvenance(tx, entity, id, fields, sourceId);
  return { applied, undo };
}

/** A closure, approved: public from now on (pages show it while it is on or within 30 days). */
async function applyCreateClosure(tx: TTx, cr: ChangeRequest, sourceId: number): Promise<TApplied> {
  const p = reparse(cr, ZClosure);
  await lockRecord(tx, "location", p.locationId);
  const location = await tx.location.findUnique({ where: { id: p.locationId } });
  if (!location || location.organizationId !== cr.organizationId)
    throw new AppError("CONFLICT", "The location is no longer part of this practice.");
  const c = await tx.locationClosure.create({
    data: { locationId: p.locationId, startsOn: new Date(p.startsOn), endsOn: new Date(p.endsOn), note: p.note, sourceId },
  });
  return { applied: { ...p, closureId: c.id }, undo: { kind: "closure_created", closureId: c.id } };
}

async function applyDeleteClosure(tx: TTx, cr: ChangeRequest): Promise<TApplied> {
  reparse(cr, ZStoredDelete);
  const c = cr.entityId === null ? null : await tx.locationClosure.findUnique({ where: { id: cr.entityId } });
  if (!c) throw new AppError("CONFLICT", "This closure was already removed.");
  const location = await tx.location.findUnique({ where: { id: c.locationId } });
  if (location?.organizationId !== cr.organizationId) throw new AppError("CONFLICT", "The location is no longer part of this practice.");
  await tx.locationClosure.delete({ where: { id: c.id } });
  return {
    applied: { removed: true },
    undo: {
      kind: "closure_removed",
      closure: {
        id: c.id,
        locationId: c.locationId,
        startsOn: isoDay(c.startsOn),
        endsOn: isoDay(c.endsOn),
        note: c.note,
        sourceId: c.sourceId,
      },
    },
  };
}

async function applyCreateRole(tx: TTx, cr: ChangeRequest, sourceId: number): Promise<TApplied> {
  if (cr.entity !== "practitioner_role")
    throw new AppError("CONFLICT", `Change request #${cr.id} creates a kind of record clinics cannot add.`);
  const p = reparse(cr, ZStoredCreateRole);
  await lockRecord(tx, "location", p.locationId);
  const location = await tx.location.findUnique({ where: { id: p.locationId } });
  if (!location || location.organizationId !== cr.organizationId)
    throw new AppError("CONFLICT", "The location is no longer part of this practice.");
  let physician = await tx.physician.findUnique({ where: { npi: p.npi } });
  physician ??= await tx.physician.create({
    data: {
      npi: p.npi,
      slug: physicianSlug(p),
      firstName: p.firstName,
      lastName: p.lastName,
      credentials: p.credentials,
      identifiedBy: "CLINIC",
      sourceId,
      asOf: todayUtc(),
      lastConfirmedAt: todayUtc(),
    },
  });
  const exists = await tx.practitionerRole.findUnique({
    where: { physicianId_locationId: { physicianId: physician.id, locationId: p.locationId } },
  });
  if (exists) throw new AppError("CONFLICT", "This physician is already listed at this location.");
  const role = await tx.practitionerRole.create({
    data: { physicianId: physician.id, locationId: p.locationId, sourceId, asOf: todayUtc() },
  });
  await recordProvenance(tx, "practitioner_role", role.id, ["physicianId", "locationId"], sourceId);
  return { applied: { ...p, physicianId: physician.id, roleId: role.id }, undo: null };
}

async function applyDeleteRole(tx: TTx, cr: ChangeRequest): Promise<TApplied> {
  if (cr.entity !== "practitioner_role")
    throw new AppError("CONFLICT", `Change request #${cr.id} removes a kind of record clinics cannot remove.`);
  reparse(cr, ZStoredDelete);
  const { id, baseVersion } = requireTarget(cr);
  await lockRecord(tx, "practitioner_role", id);
  const current = await readRecord(tx, "practitioner_role", id);
  const r = await tx.practitionerRole.deleteMany({ where: { id, version: baseVersion } });
  if (r.count !== 1) throw versionConflict(current);
  return { applied: { removed: true }, undo: null };
}

/**
 * A clinic's certification claim, approved: the moderator has checked it with the board, so it goes live verified
 * today. The physician must still work at the practice that asked.
 */
async function applyCreateCertification(tx: TTx, cr: ChangeRequest, sourceId: number, moderatorId: number): Promise<TApplied> {
  const p = reparse(cr, ZStoredCertification);
  const works = await tx.practitionerRole.count({ where: { physicianId: p.physicianId, location: { organizationId: cr.organizationId } } });
  if (works === 0) throw new AppError("CONFLICT", "The physician no longer works at this practice.");
  const exists = await tx.boardCertification.findUnique({
    where: { physicianId_board_certificate: { physicianId: p.physicianId, board: p.board, certificate: p.certificate } },
  });
  if (exists) throw new AppError("CONFLICT", "This certification is already on file for this physician.");
  const cert = await tx.boardCertification.create({
    data: { ...p, status: "ACTIVE", verifiedAt: todayUtc(), verifiedBy: `moderator #${moderatorId}`, sourceId },
  });
  return { applied: { ...p, certificationId: cert.id }, undo: null };
}

/** Applies one request by its action; every action is handled by name, so nothing unexpected falls through to a delete. */
function applyChange(tx: TTx, cr: ChangeRequest, sourceId: number, moderatorId: number): Promise<TApplied> {
  switch (cr.action) {
    case "UPDATE":
      return applyUpdate(tx, cr, sourceId);
    case "CREATE":
      if (cr.entity === "board_certification") return applyCreateCertification(tx, cr, sourceId, moderatorId);
      if (cr.entity === "location_closure") return applyCreateClosure(tx, cr, sourceId);
      return applyCreateRole(tx, cr, sourceId);
    case "DELETE":
      return cr.entity === "location_closure" ? applyDeleteClosure(tx, cr) : applyDeleteRole(tx, cr);
    default: {
      const unknown: never = cr.action;
      throw new AppError("CONFLICT", `Change request #${cr.id} has an unknown action (${String(unknown)}).`);
    }
  }
}

export async function lockRequest(tx: TTx, id: number): Promise<ChangeRequest> {
  // The record is locked before the request, in the same order as a proposal (record, then the pending request it
  // replaces), so an approval and a merging proposal of one record queue up instead of deadlocking.
  const peek = await tx.changeRequest.findUnique({ where: { id }, select: { entity: true, entityId: true } });
  if (peek && peek.entityId !== null && isEditableEntity(peek.entity)) await lockRecord(tx, peek.entity, peek.entityId);
  // Locks the request so two moderators cannot both review it.
  const rows = await tx.$queryRaw<Array<{ id: number }>>`SELECT id FROM change_request WHERE id = ${id} FOR UPDATE`;
  const cr = rows.length ? await tx.changeRequest.findUnique({ where: { id } }) : null;
  if (!cr) throw new AppError("NOT_FOUND", "This change request does not exist.");
  return cr;
}

async function claimPending(tx: TTx, id: number): Promise<ChangeRequest> {
  const cr = await lockRequest(tx, id);
  if (cr.status !== "PENDING") throw new AppError("CONFLICT", `This change request was already ${cr.status.toLowerCase()}.`);
  return cr;
}

/**
 * The submitter hears of the decision, in words, with a link straight to the request on the practice page — if they
 * chose e-mail "as they happen"; digest users read it in the next daily digest instead (decision 064).
 */
export async function notifySubmitter(actor: TActor, action: string, cr: ChangeRequest, outcome: string): Promise<void> {
  const user = await db().portalUser.findUnique({ where: { id: cr.submittedById } });
  if (!user || !wantsEachEvent(user)) return;
  const link = portalLink(`/portal/practices/${cr.organizationId}/requests#request-${cr.id}`);
  await sendMailAfterCommit(
    {
      to: user.email,
      subject: `IR Finder: ${outcome.split(".")[0]?.toLowerCase() ?? "decision"} — ${cr.summary}`.slice(0, 200),
      text: `${cr.summary}\n\n${outcome}\n\nSee the request: ${link}`,
    },
    { action, requestId: actor.requestId },
  );
}

export async function approveChangeRequest(actorOrNull: TActor | null, input: unknown): Promise<{ id: number; status: "APPROVED" }> {
  const action = "moderation.change.approve";
  const actor = await requireModerator(actorOrNull, action);
  const data = await parseInput(actor, action, ZApprove, input);
  const cr = await db().$transaction(async (tx) => {
    const cr = await claimPending(tx, data.id);
    const source = await tx.dataSource.create({
      data: { kind: "CLINIC_EDIT", name: `Clinic edit #${cr.id}, approved by moderator #${actor.userId}`, notes: data.note ?? null },
    });
    const { applied, undo } = await applyChange(tx, cr, source.id, actor.userId);
    await tx.changeRequest.update({
      where: { id: cr.id },
      data: {
        status: "APPROVED",
        reviewedById: actor.userId,
        reviewedAt: new Date(),
        reason: data.note ?? null,
        undo: undo === null ? Prisma.DbNull : (undo as Prisma.InputJsonObject),
      },
    });
    const createdRoleId = typeof applied.roleId === "number" ? applied.roleId : undefined;
    await recordAudit(
      actor,
      {
        action,
        entity: cr.entity,
        entityId: cr.entityId ?? createdRoleId,
        organizationId: cr.organizationId,
        before: cr.before,
        after: { changeRequestId: cr.id, applied, dataSourceId: source.id },
      },
      tx,
    );
    return cr;
  });
  await notifySubmitter(actor, action, cr, `Approved. Your change request #${cr.id} is now live on IR Finder.`);
  return { id: cr.id, status: "APPROVED" };
}

export async function rejectChangeRequest(actorOrNull: TActor | null, input: unknown): Promise<{ id: number; status: "REJECTED" }> {
  const action = "moderation.change.reject";
  const actor = await requireModerator(actorOrNull, action);
  const data = await parseInput(actor, action, ZReject, input);
  const cr = await db().$transaction(async (tx) => {
    const cr = await claimPending(tx, data.id);
    await tx.changeRequest.update({
      where: { id: cr.id },
      data: { status: "REJECTED", reviewedById: actor.userId, reviewedAt: new Date(), reason: data.reason },
    });
    await recordAudit(
      actor,
      {
        action,
        entity: cr.entity,
        entityId: cr.entityId,
        organizationId: cr.organizationId,
        after: { changeRequestId: cr.id },
        reason: data.reason,
      },
      tx,
    );
    return cr;
  });
  await notifySubmitter(
    actor,
    action,
    cr,
    `Not approved. Your change request #${cr.id} was not applied.\n\nModerator's reason: ${data.reason}`,
  );
  return { id: cr.id, status: "REJECTED" };
}
