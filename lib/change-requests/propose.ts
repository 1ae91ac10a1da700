// Clinic edits: each becomes a pending change request (checked against the record's version), never a live change.
import "server-only";
import { deny, parseInput, requireActor } from "@/lib/auth/guard";
import { requireMembership } from "@/lib/auth/membership";
import { recordAudit } from "@/lib/audit/record-audit";
import {
  belongsToPractice,
  diffValues,
  lockRecord,
  readRecord,
  type TEditableEntity,
  type TRecordSnapshot,
  type TTx,
} from "@/lib/change-requests/records";
import {
  ZProposeAddPhysician,
  ZProposeLanguages,
  ZProposeLocation,
  ZProposeOrganization,
  ZProposeRemoveRole,
  ZProposeRole,
  type TLocationChanges,
} from "@/lib/change-requests/schemas";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ChangeAction, Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/http/request-context";
import { fullName } from "@/lib/physicians/name";

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

/** The record's current values, refusing a stale version or a record that already has a proposal waiting. */
async function currentUnlessConflict(tx: TTx, entity: TEditableEntity, id: number, version: number): Promise<TRecordSnapshot | null> {
  const current = await readRecord(tx, entity, id);
  if (!current) return null;
  if (current.version !== version) throw conflict(current);
  const pending = await tx.changeRequest.findFirst({
    where: { entity, entityId: id, status: "PENDING" },
    select: { id: true, proposed: true },
  });
  if (pending) throw conflict(current, pending);
  return current;
}

/** What one proposal stores, and what its audit entry says. */
type TProposal = {
  entity: TEditableEntity;
  entityId: number | null;
  action: ChangeAction;
  baseVersion: number | null;
  before: Record<string, unknown>;
  proposed: Record<string, unknown>;
  summary: string;
  audit: { entity: TEditableEntity; entityId: number; before?: unknown; after: Record<string, unknown> };
};

/**
 * The one path of every proposal: in a transaction, lock the target record and check it belongs to the practice,
 * let `build` check versions and pending requests and say what to store, then create the request and its audit
 * entry. A target outside the practice is refused as FORBIDDEN (and recorded) without saying whether it exists.
 */
async function proposeInTransaction(
  actor: TActor,
  auditAction: string,
  target: { organizationId: number; entity: TEditableEntity; id: number },
  build: (tx: TTx) => Promise<TProposal | null>,
): Promise<TChangeRequestRef> {
  const result = await db().$transaction(async (tx) => {
    const inPractice =
      (await lockRecord(tx, target.entity, target.id)) && (await belongsToPractice(tx, target.entity, target.id, target.organizationId));
    const p = inPractice ? await build(tx) : null;
    if (!p) return null;
    const cr = await tx.changeRequest.create({
      data: {
        organizationId: target.organizationId,
        submittedById: actor.userId,
        entity: p.entity,
        entityId: p.entityId,
        action: p.action,
        baseVersion: p.baseVersion,
        before: p.before as Prisma.InputJsonObject,
        proposed: p.proposed as Prisma.InputJsonObject,
        summary: p.summary,
        requestId: actor.requestId,
      },
    });
    await recordAudit(
      actor,
      {
        action: auditAction,
        entity: p.audit.entity,
        entityId: p.audit.entityId,
        organizationId: target.organizationId,
        before: p.audit.before,
        after: { changeRequestId: cr.id, ...p.audit.after },
      },
      tx,
    );
    return { id: cr.id, status: "PENDING" as const };
  });
  if (!result) {
    return deny(actor, auditAction, {
      entity: target.entity,
      entityId: target.id,
      organizationId: target.organizationId,
      reason: "record not part of this practice",
    });
  }
  return result;
}

/** An UPDATE proposal: only the fields whose proposed value differs from the current one are stored. */
function proposeUpdate(
  actor: TActor,
  auditAction: string,
  args: {
    organizationId: number;
    entity: TEditableEntity;
    entityId: number;
    version: number;
    proposed: (current: TRecordSnapshot, tx: TTx) => Promise<Record<string, unknown>>;
    summary: string;
  },
): Promise<TChangeRequestRef> {
  return proposeInTransaction(
    actor,
    auditAction,
    { organizationId: args.organizationId, entity: args.entity, id: args.entityId },
    async (tx) => {
      const current = await currentUnlessConflict(tx, args.entity, args.entityId, args.version);
      if (!current) return null;
      const { before, after } = diffValues(current.values, await args.proposed(current, tx));
      if (Object.keys(after).length === 0)
        throw new AppError("BAD_REQUEST", "Nothing changed: the values are the same as the current ones.");
      return {
        entity: args.entity,
        entityId: args.entityId,
        action: "UPDATE",
        baseVersion: current.version,
        before,
        proposed: after,
        summary: args.summary,
        audit: { entity: args.entity, entityId: args.entityId, before, after: { proposed: after } },
      };
    },
  );
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

/** Resolves the proposed map point into coordinates now, so the moderator reviews (and approval applies) exact values. */
async function resolvePoint(tx: TTx, changes: TLocationChanges, current: TRecordSnapshot): Promise<Record<string, unknown>> {
  const { point, ...rest } = changes;
  const out: Record<string, unknown> = { ...rest };
  const zip = changes.zip ?? String(current.values.zip);
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
  return proposeInTransaction(
    actor,
    action,
    { organizationId: data.organizationId, entity: "location", id: data.locationId },
    async (tx) => {
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
      return {
        entity: "practitioner_role",
        entityId: null,
        action: "CREATE",
        baseVersion: null,
        before: {},
        proposed,
        summary: `Add physician NPI ${data.npi}`,
        audit: { entity: "location", entityId: data.locationId, after: { proposed } },
      };
    },
  );
}

/** Removes a physician from one location (the physician stays listed elsewhere). */
export async function proposeRemoveRole(actorOrNull: TActor | null, input: unknown): Promise<TChangeRequestRef> {
  const action = "change.propose.remove_physician";
  const actor = await requireActor(actorOrNull, action);
  const data = await parseInput(actor, action, ZProposeRemoveRole, input);
  await requireMembership(actor, data.organizationId, action);
  return proposeInTransaction(
    actor,
    action,
    { organizationId: data.organizationId, entity: "practitioner_role", id: data.roleId },
    async (tx) => {
      const current = await currentUnlessConflict(tx, "practitioner_role", data.roleId, data.version);
      if (!current) return null;
      const role = await tx.practitionerRole.findUniqueOrThrow({ where: { id: data.roleId }, include: { physician: true } });
      const physician = fullName({ firstName: role.physician.firstName, lastName: role.physician.lastName });
      const before = { ...current.values, npi: role.physician.npi, physician };
      return {
        entity: "practitioner_role",
        entityId: data.roleId,
        action: "DELETE",
        baseVersion: current.version,
        before,
        proposed: {},
        summary: `Remove ${physician} from this location`,
        audit: { entity: "practitioner_role", entityId: data.roleId, before, after: {} },
      };
    },
  );
}
