// Moderators approve a change request (applied atomically with provenance and audit) or reject it with a reason.
import "server-only";
import type { TActor } from "@/lib/auth/context";
import { parseInput, requireModerator } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma, type ChangeRequest } from "@/lib/generated/prisma/client";
import { sendMail } from "@/lib/mail/send-mail";
import { lockRecord, readRecord, type TEditableEntity } from "@/lib/portal/directory-records";
import { ZApprove, ZReject } from "@/lib/moderation/schemas";

type TTx = Prisma.TransactionClient;

function today(): Date {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

function slugify(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Marks each applied field as set by a clinic edit, so importers leave it alone. */
async function recordProvenance(tx: TTx, entity: string, entityId: number, fields: string[], sourceId: number): Promise<void> {
  const asOf = today();
  for (const field of fields) {
    await tx.fieldProvenance.upsert({
      where: { entity_entityId_field: { entity, entityId, field } },
      create: { entity, entityId, field, sourceId, asOf },
      update: { sourceId, asOf },
    });
  }
}

function versionConflict(current: { version: number; values: Record<string, unknown> } | null): AppError {
  return new AppError(
    "CONFLICT",
    "The record changed after this request was made, so it cannot be applied as is. Reject it and ask the clinic to resubmit.",
    current ? { currentVersion: current.version, current: current.values } : undefined,
  );
}

async function applyUpdate(tx: TTx, cr: ChangeRequest, sourceId: number): Promise<Record<string, unknown>> {
  const entity = cr.entity as TEditableEntity;
  const id = cr.entityId;
  if (id === null || cr.baseVersion === null) throw new AppError("INTERNAL", "Malformed change request");
  await lockRecord(tx, entity, id);
  const current = await readRecord(tx, entity, id);
  if (!current || current.version !== cr.baseVersion) throw versionConflict(current);
  const proposed = cr.proposed as Record<string, unknown>;
  const bump = { version: { increment: 1 } };
  const where = { id, version: cr.baseVersion };
  let count = 0;
  switch (entity) {
    case "organization":
      count = (
        await tx.organization.updateMany({
          where,
          data: { ...(proposed as Prisma.OrganizationUpdateManyMutationInput), asOf: today(), ...bump },
        })
      ).count;
      break;
    case "location":
      count = (
        await tx.location.updateMany({
          where,
          data: {
            ...(proposed as Prisma.LocationUpdateManyMutationInput),
            hours: "hours" in proposed ? ((proposed.hours ?? Prisma.DbNull) as Prisma.InputJsonValue) : undefined,
            asOf: today(),
            lastConfirmedAt: today(),
            ...bump,
          },
        })
      ).count;
      break;
    case "practitioner_role": {
      const { procedures, ...fields } = proposed as { procedures?: string[] } & Prisma.PractitionerRoleUpdateManyMutationInput;
      count = (await tx.practitionerRole.updateMany({ where, data: { ...fields, asOf: today(), ...bump } })).count;
      if (count === 1 && procedures) {
        const ids = await tx.procedure.findMany({ where: { slug: { in: procedures } }, select: { id: true } });
        await tx.roleProcedure.deleteMany({ where: { roleId: id } });
        await tx.roleProcedure.createMany({ data: ids.map((p) => ({ roleId: id, procedureId: p.id })) });
      }
      break;
    }
    case "physician":
      count = (
        await tx.physician.updateMany({ where, data: { languages: proposed.languages as string[], lastConfirmedAt: today(), ...bump } })
      ).count;
      break;
  }
  if (count !== 1) throw versionConflict(current);
  await recordProvenance(tx, entity, id, Object.keys(proposed), sourceId);
  return proposed;
}

async function applyCreateRole(tx: TTx, cr: ChangeRequest, sourceId: number): Promise<Record<string, unknown>> {
  const p = cr.proposed as { locationId: number; npi: string; firstName: string; lastName: string; credentials: string | null };
  await lockRecord(tx, "location", p.locationId);
  const location = await tx.location.findUnique({ where: { id: p.locationId } });
  if (!location || location.organizationId !== cr.organizationId)
    throw new AppError("CONFLICT", "The location is no longer part of this practice.");
  let physician = await tx.physician.findUnique({ where: { npi: p.npi } });
  if (!physician) {
    physician = await tx.physician.create({
      data: {
        npi: p.npi,
        slug: `${slugify(`${p.firstName} ${p.lastName}`)}-${p.npi}`,
        firstName: p.firstName,
        lastName: p.lastName,
        credentials: p.credentials,
        identifiedBy: "CLINIC",
        sourceId,
        asOf: today(),
        lastConfirmedAt: today(),
      },
    });
  }
  const exists = await tx.practitionerRole.findUnique({
    where: { physicianId_locationId: { physicianId: physician.id, locationId: p.locationId } },
  });
  if (exists) throw new AppError("CONFLICT", "This physician is already listed at this location.");
  const role = await tx.practitionerRole.create({ data: { physicianId: physician.id, locationId: p.locationId, sourceId, asOf: today() } });
  await recordProvenance(tx, "practitioner_role", role.id, ["physicianId", "locationId"], sourceId);
  return { ...p, physicianId: physician.id, roleId: role.id };
}

async function applyDeleteRole(tx: TTx, cr: ChangeRequest): Promise<Record<string, unknown>> {
  if (cr.entityId === null || cr.baseVersion === null) throw new AppError("INTERNAL", "Malformed change request");
  await lockRecord(tx, "practitioner_role", cr.entityId);
  const current = await readRecord(tx, "practitioner_role", cr.entityId);
  const r = await tx.practitionerRole.deleteMany({ where: { id: cr.entityId, version: cr.baseVersion } });
  if (r.count !== 1) throw versionConflict(current);
  return { removed: true };
}

async function claimPending(tx: TTx, id: number): Promise<ChangeRequest> {
  // Locks the request so two moderators cannot both review it.
  const rows = await tx.$queryRaw<Array<{ id: number }>>`SELECT id FROM change_request WHERE id = ${id} FOR UPDATE`;
  const cr = rows.length ? await tx.changeRequest.findUnique({ where: { id } }) : null;
  if (!cr) throw new AppError("NOT_FOUND", "This change request does not exist.");
  if (cr.status !== "PENDING") throw new AppError("CONFLICT", `This change request was already ${cr.status.toLowerCase()}.`);
  return cr;
}

async function notifySubmitter(cr: ChangeRequest, text: string): Promise<void> {
  const user = await db().portalUser.findUnique({ where: { id: cr.submittedById } });
  if (user) await sendMail({ to: user.email, subject: `IR Finder: your change request #${cr.id}`, text });
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
    const applied =
      cr.action === "UPDATE"
        ? await applyUpdate(tx, cr, source.id)
        : cr.action === "CREATE"
          ? await applyCreateRole(tx, cr, source.id)
          : await applyDeleteRole(tx, cr);
    await tx.changeRequest.update({
      where: { id: cr.id },
      data: { status: "APPROVED", reviewedById: actor.userId, reviewedAt: new Date(), reason: data.note ?? null },
    });
    await recordAudit(
      actor,
      {
        action,
        entity: cr.entity,
        entityId: cr.entityId ?? (applied.roleId as number | undefined),
        organizationId: cr.organizationId,
        before: cr.before,
        after: { changeRequestId: cr.id, applied, dataSourceId: source.id },
      },
      tx,
    );
    return cr;
  });
  await notifySubmitter(cr, `Your change request #${cr.id} (${cr.summary}) was approved and is now live on IR Finder.`);
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
  await notifySubmitter(cr, `Your change request #${cr.id} (${cr.summary}) was not approved.\n\nReason: ${data.reason}`);
  return { id: cr.id, status: "REJECTED" };
}
