// Clinic edits: each becomes a pending change request (checked against the record's version), never a live change.
import "server-only";
import type { TActor } from "@/lib/auth/context";
import { deny, parseInput, requireActor } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { requireMembership } from "@/lib/portal/authorize";
import {
  belongsToPractice,
  diffValues,
  lockRecord,
  readRecord,
  type TEditableEntity,
  type TRecordSnapshot,
} from "@/lib/portal/directory-records";
import {
  ZProposeAddPhysician,
  ZProposeLanguages,
  ZProposeLocation,
  ZProposeOrganization,
  ZProposeRemoveRole,
  ZProposeRole,
  type TLocationChanges,
} from "@/lib/portal/schemas";

type TTx = Prisma.TransactionClient;

export type TChangeRequestRef = { id: number; status: "PENDING" };

function conflict(snapshot: TRecordSnapshot, pending?: { id: number; proposed: unknown }): AppError {
  if (pending) {
    return new AppError(
      "CONFLICT",
      `A change to this record is already waiting for review (request #${pending.id}). You can propose another change once a moderator has reviewed it.`,
      { currentVersion: snapshot.version, current: snapshot.values, pending },
    );
  }
  return new AppError(
    "CONFLICT",
    "Someone changed this record after you opened it. The current values are shown; check them and submit your change again.",
    { currentVersion: snapshot.version, current: snapshot.values },
  );
}

async function pendingFor(tx: TTx, entity: string, entityId: number): Promise<{ id: number; proposed: unknown } | null> {
  const p = await tx.changeRequest.findFirst({
    where: { entity, entityId, status: "PENDING" },
    select: { id: true, proposed: true },
  });
  return p;
}

/**
 * The shared path of every UPDATE proposal: lock the record, check it belongs to the practice, compare versions,
 * refuse while another proposal for it is pending, store only the changed fields with their current values.
 */
async function proposeUpdate(
  actor: TActor,
  action: string,
  args: {
    organizationId: number;
    entity: TEditableEntity;
    entityId: number;
    version: number;
    proposed: (current: TRecordSnapshot, tx: TTx) => Promise<Record<string, unknown>>;
    summary: string;
  },
): Promise<TChangeRequestRef> {
  const refusal: { reason?: string } = {};
  const result = await db().$transaction(async (tx) => {
    if (
      !(await lockRecord(tx, args.entity, args.entityId)) ||
      !(await belongsToPractice(tx, args.entity, args.entityId, args.organizationId))
    ) {
      refusal.reason = "record not part of this practice";
      return null;
    }
    const current = await readRecord(tx, args.entity, args.entityId);
    if (!current) {
      refusal.reason = "record not found";
      return null;
    }
    if (current.version !== args.version) throw conflict(current);
    const pending = await pendingFor(tx, args.entity, args.entityId);
    if (pending) throw conflict(current, pending);
    const { before, after } = diffValues(current.values, await args.proposed(current, tx));
    if (Object.keys(after).length === 0) throw new AppError("BAD_REQUEST", "Nothing changed: the values are the same as the current ones.");
    const cr = await tx.changeRequest.create({
      data: {
        organizationId: args.organizationId,
        submittedById: actor.userId,
        entity: args.entity,
        entityId: args.entityId,
        action: "UPDATE",
        baseVersion: current.version,
        before: before as Prisma.InputJsonValue,
        proposed: after as Prisma.InputJsonValue,
        summary: args.summary,
        requestId: actor.requestId,
      },
    });
    await recordAudit(
      actor,
      {
        action,
        entity: args.entity,
        entityId: args.entityId,
        organizationId: args.organizationId,
        before,
        after: { changeRequestId: cr.id, proposed: after },
      },
      tx,
    );
    return { id: cr.id, status: "PENDING" as const };
  });
  if (!result) {
    return deny(actor, action, {
      entity: args.entity,
      entityId: args.entityId,
      organizationId: args.organizationId,
      reason: refusal.reason ?? "refused",
    });
  }
  return result;
}

/** Practice name, website, main phone: managers only. */
export async function proposeOrganizationChange(actorOrNull: TActor | null, input: unknown): Promise<TChangeRequestRef> {
  const action = "change.propose.organization";
  const actor = await requireActor(actorOrNull, action);
  const data = await parseInput(actor, action, ZProposeOrganization, input);
  await requireMembership(actor, data.organizationId, action, { managerOnly: true });
  return proposeUpdate(actor, action, {
    organizationId: data.organizationId,
    entity: "organization",
    entityId: data.organizationId,
    version: data.version,
    proposed: async () => data.changes,
    summary: "Practice details",
  });
}

async function resolvePoint(tx: TTx, changes: TLocationChanges, current: TRecordSnapshot): Promise<Record<string, unknown>> {
  const { point, ...rest } = changes;
  const out: Record<string, unknown> = { ...rest };
  const zip = changes.zip ?? (current.values.zip as string);
  const zipChanged = changes.zip !== undefined && changes.zip !== current.values.zip;
  if (point?.source === "pin") {
    Object.assign(out, { lat: point.lat, lng: point.lng, geocodePrecision: "STREET" });
  } else if (point?.source === "zip" || zipChanged) {
    const c = await tx.zipCentroid.findUnique({ where: { zip } });
    if (!c) throw new AppError("VALIDATION_FAILED", `We don't know ZIP code ${zip}. Check it, or place the pin on the map.`);
    Object.assign(out, { lat: c.lat, lng: c.lng, geocodePrecision: "ZIP_CENTROID" });
  }
  return out;
}

export async function proposeLocationChange(actorOrNull: TActor | null, input: unknown): Promise<TChangeRequestRef> {
  const action = "change.propose.location";
  const actor = await requireActor(actorOrNull, action);
  const data = await parseInput(actor, action, ZProposeLocation, input);
  await requireMembership(actor, data.organizationId, action);
  return proposeUpdate(actor, action, {
    organizationId: data.organizationId,
    entity: "location",
    entityId: data.locationId,
    version: data.version,
    proposed: (current, tx) => resolvePoint(tx, data.changes, current),
    summary: "Location details",
  });
}

/** Accepting new patients, telehealth, procedures offered: per physician per location. */
export async function proposeRoleChange(actorOrNull: TActor | null, input: unknown): Promise<TChangeRequestRef> {
  const action = "change.propose.practitioner_role";
  const actor = await requireActor(actorOrNull, action);
  const data = await parseInput(actor, action, ZProposeRole, input);
  await requireMembership(actor, data.organizationId, action);
  return proposeUpdate(actor, action, {
    organizationId: data.organizationId,
    entity: "practitioner_role",
    entityId: data.roleId,
    version: data.version,
    proposed: async (_current, tx) => {
      const { procedures, ...rest } = data.changes;
      if (procedures === undefined) return rest;
      const slugs = [...new Set(procedures)].sort();
      const known = await tx.procedure.count({ where: { slug: { in: slugs } } });
      if (known !== slugs.length) throw new AppError("VALIDATION_FAILED", "One of the procedures is not in our list.");
      return { ...rest, procedures: slugs };
    },
    summary: "Physician at location",
  });
}

export async function proposePhysicianLanguages(actorOrNull: TActor | null, input: unknown): Promise<TChangeRequestRef> {
  const action = "change.propose.physician";
  const actor = await requireActor(actorOrNull, action);
  const data = await parseInput(actor, action, ZProposeLanguages, input);
  await requireMembership(actor, data.organizationId, action);
  return proposeUpdate(actor, action, {
    organizationId: data.organizationId,
    entity: "physician",
    entityId: data.physicianId,
    version: data.version,
    proposed: async () => ({ languages: data.languages }),
    summary: "Physician languages",
  });
}

/** Adds a physician (by NPI) at one of the practice's locations; the physician record is created on approval if new. */
export async function proposeAddPhysician(actorOrNull: TActor | null, input: unknown): Promise<TChangeRequestRef> {
  const action = "change.propose.add_physician";
  const actor = await requireActor(actorOrNull, action);
  const data = await parseInput(actor, action, ZProposeAddPhysician, input);
  await requireMembership(actor, data.organizationId, action);
  const result = await db().$transaction(async (tx) => {
    if (
      !(await lockRecord(tx, "location", data.locationId)) ||
      !(await belongsToPractice(tx, "location", data.locationId, data.organizationId))
    ) {
      return null;
    }
    const existing = await tx.practitionerRole.findFirst({ where: { locationId: data.locationId, physician: { npi: data.npi } } });
    if (existing) throw new AppError("CONFLICT", "This physician is already listed at this location.");
    const pending = await tx.changeRequest.findFirst({
      where: {
        status: "PENDING",
        entity: "practitioner_role",
        action: "CREATE",
        AND: [{ proposed: { path: ["npi"], equals: data.npi } }, { proposed: { path: ["locationId"], equals: data.locationId } }],
      },
    });
    if (pending) throw new AppError("CONFLICT", `Adding this physician here is already waiting for review (request #${pending.id}).`);
    const proposed = {
      locationId: data.locationId,
      npi: data.npi,
      firstName: data.firstName,
      lastName: data.lastName,
      credentials: data.credentials ?? null,
    };
    const cr = await tx.changeRequest.create({
      data: {
        organizationId: data.organizationId,
        submittedById: actor.userId,
        entity: "practitioner_role",
        entityId: null,
        action: "CREATE",
        before: {},
        proposed,
        summary: `Add physician NPI ${data.npi}`,
        requestId: actor.requestId,
      },
    });
    await recordAudit(
      actor,
      {
        action,
        entity: "location",
        entityId: data.locationId,
        organizationId: data.organizationId,
        after: { changeRequestId: cr.id, proposed },
      },
      tx,
    );
    return { id: cr.id, status: "PENDING" as const };
  });
  if (!result) {
    return deny(actor, action, {
      entity: "location",
      entityId: data.locationId,
      organizationId: data.organizationId,
      reason: "location not part of this practice",
    });
  }
  return result;
}

/** Removes a physician from one location (the physician stays listed elsewhere). */
export async function proposeRemoveRole(actorOrNull: TActor | null, input: unknown): Promise<TChangeRequestRef> {
  const action = "change.propose.remove_physician";
  const actor = await requireActor(actorOrNull, action);
  const data = await parseInput(actor, action, ZProposeRemoveRole, input);
  await requireMembership(actor, data.organizationId, action);
  const result = await db().$transaction(async (tx) => {
    if (
      !(await lockRecord(tx, "practitioner_role", data.roleId)) ||
      !(await belongsToPractice(tx, "practitioner_role", data.roleId, data.organizationId))
    ) {
      return null;
    }
    const current = await readRecord(tx, "practitioner_role", data.roleId);
    if (!current) return null;
    if (current.version !== data.version) throw conflict(current);
    const pending = await pendingFor(tx, "practitioner_role", data.roleId);
    if (pending) throw conflict(current, pending);
    const role = await tx.practitionerRole.findUniqueOrThrow({ where: { id: data.roleId }, include: { physician: true } });
    const before = { ...current.values, npi: role.physician.npi, physician: `${role.physician.firstName} ${role.physician.lastName}` };
    const cr = await tx.changeRequest.create({
      data: {
        organizationId: data.organizationId,
        submittedById: actor.userId,
        entity: "practitioner_role",
        entityId: data.roleId,
        action: "DELETE",
        baseVersion: current.version,
        before,
        proposed: {},
        summary: `Remove ${before.physician} from this location`,
        requestId: actor.requestId,
      },
    });
    await recordAudit(
      actor,
      {
        action,
        entity: "practitioner_role",
        entityId: data.roleId,
        organizationId: data.organizationId,
        before,
        after: { changeRequestId: cr.id },
      },
      tx,
    );
    return { id: cr.id, status: "PENDING" as const };
  });
  if (!result) {
    return deny(actor, action, {
      entity: "practitioner_role",
      entityId: data.roleId,
      organizationId: data.organizationId,
      reason: "record not part of this practice",
    });
  }
  return result;
}
