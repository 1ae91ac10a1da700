// Clinic edits: each becomes a pending change request (checked against the record's version), never a live change;
// a record keeps at most one pending edit, newer proposals merged into it (decision 050). Clinics withdraw their own.
import "server-only";
import type { z } from "zod";
import { deny, parseInput, requireActor } from "@/lib/auth/guard";
import { requireMembership } from "@/lib/auth/membership";
import { recordAudit } from "@/lib/audit/record-audit";
import {
  belongsToPractice,
  describeRecord,
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
  ZStoredUpdate,
  ZWithdrawChange,
  type TLocationChanges,
} from "@/lib/change-requests/schemas";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ChangeAction, ChangeEntity, ChangeRequest, MembershipRole, Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/http/request-context";
import { fullName } from "@/lib/physicians/name";
import { fieldsInWords } from "@/lib/text/field-labels";

export type TChangeRequestRef = { id: number; status: "PENDING" | "WITHDRAWN"; summary: string; mergedFrom?: number };

function versionConflict(snapshot: TRecordSnapshot): AppError {
  return new AppError(
    "CONFLICT",
    "Someone changed this record after you opened it. What you typed is kept: compare it with the values now on file and send it again.",
    { currentVersion: snapshot.version, current: snapshot.values },
  );
}

/** The signed-in member, and the input parsed with the operation's strict schema: every proposal starts here. */
async function memberInput<S extends z.ZodType<{ organizationId: number }>>(
  actorOrNull: TActor | null,
  action: string,
  schema: S,
  input: unknown,
  opts: { managerOnly?: boolean } = {},
): Promise<{ actor: TActor; data: z.infer<S>; role: MembershipRole }> {
  const actor = await requireActor(actorOrNull, action);
  const data = await parseInput(actor, action, schema, input);
  const role = await requireMembership(actor, data.organizationId, action, opts);
  return { actor, data, role };
}

/** The pending request that already edits or removes this record, if there is one (at most one, see decision 050). */
async function pendingFor(tx: TTx, entity: TEditableEntity, id: number): Promise<ChangeRequest | null> {
  return tx.changeRequest.findFirst({ where: { entity, entityId: id, status: "PENDING", action: { in: ["UPDATE", "DELETE"] } } });
}

/** What one proposal stores, and what its audit entry says. */
export type TProposal = {
  entity: ChangeEntity;
  entityId: number | null;
  action: ChangeAction;
  baseVersion: number | null;
  before: Record<string, unknown>;
  proposed: Record<string, unknown>;
  summary: string;
  audit: { entity: ChangeEntity; entityId: number; before?: unknown; after: Record<string, unknown> };
  /** A pending request of the same record this one replaces (its fields were merged in). */
  replaces?: number;
};

/** Build's answer when the proposal only took back what was pending: the old request is withdrawn, nothing new made. */
export type TWithdrawnOnly = { withdrawn: number; summary: string };

const mergedReason = (id: number) => `Replaced by request #${id}, which carries these fields with the newer edit.`;

/**
 * The one path of every proposal: in a transaction, lock the target record and check it belongs to the practice,
 * let `build` check versions and pending requests and say what to store, then create the request and its audit
 * entry (and withdraw the request it replaces). A target outside the practice is refused as FORBIDDEN (and recorded)
 * without saying whether it exists.
 */
export async function proposeInTransaction(
  actor: TActor,
  auditAction: string,
  target: { organizationId: number; entity: TEditableEntity; id: number },
  build: (tx: TTx) => Promise<TProposal | TWithdrawnOnly | null>,
): Promise<TChangeRequestRef> {
  const result = await db().$transaction(async (tx): Promise<TChangeRequestRef | null> => {
    const inPractice =
      (await lockRecord(tx, target.entity, target.id)) && (await belongsToPractice(tx, target.entity, target.id, target.organizationId));
    const p = inPractice ? await build(tx) : null;
    return p ? storeProposal(tx, actor, auditAction, target.organizationId, p) : null;
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

/**
 * Stores what `build` decided, in the caller's transaction: the new request and its audit entry (withdrawing the
 * request it replaces), or only the withdrawal when every field went back to the value on file.
 */
export async function storeProposal(
  tx: TTx,
  actor: TActor,
  auditAction: string,
  organizationId: number,
  p: TProposal | TWithdrawnOnly,
  groupId?: string,
): Promise<TChangeRequestRef> {
  if ("withdrawn" in p) {
    await markWithdrawn(tx, p.withdrawn, "Withdrawn: a later edit set every field back to the value on file.");
    await recordAudit(actor, { action: "change.withdraw", entity: "change_request", entityId: p.withdrawn, organizationId }, tx);
    return { id: p.withdrawn, status: "WITHDRAWN", summary: p.summary };
  }
  const cr = await tx.changeRequest.create({
    data: {
      organizationId,
      submittedById: actor.userId,
      entity: p.entity,
      entityId: p.entityId,
      action: p.action,
      baseVersion: p.baseVersion,
      before: p.before as Prisma.InputJsonObject,
      proposed: p.proposed as Prisma.InputJsonObject,
      summary: p.summary,
      requestId: actor.requestId,
      groupId: groupId ?? null,
    },
  });
  if (p.replaces) await markWithdrawn(tx, p.replaces, mergedReason(cr.id));
  await recordAudit(
    actor,
    {
      action: auditAction,
      entity: p.audit.entity,
      entityId: p.audit.entityId,
      organizationId,
      before: p.audit.before,
      after: {
        changeRequestId: cr.id,
        ...(p.replaces ? { replaces: p.replaces } : {}),
        ...(groupId ? { groupId } : {}),
        ...p.audit.after,
      },
    },
    tx,
  );
  return { id: cr.id, status: "PENDING", summary: p.summary, ...(p.replaces ? { mergedFrom: p.replaces } : {}) };
}

/**
 * An UPDATE proposal. The record keeps at most one pending edit: a new proposal is merged field by field into the
 * pending one (newer values win) and replaces it; fields equal to the value on file are dropped. Only the fields that
 * then differ from the current ones are stored.
 */
export type TUpdateArgs<E extends TEditableEntity> = {
  organizationId: number;
  entity: E;
  entityId: number;
  version: number;
  basedOnRequest: number | undefined;
  /** The proposed fields; `pending` is the record's pending proposal (parsed again), if any. */
  proposed: (current: TRecordSnapshot, tx: TTx, pending: Record<string, unknown> | null) => Promise<Record<string, unknown>>;
};

function proposeUpdate<E extends TEditableEntity>(actor: TActor, auditAction: string, args: TUpdateArgs<E>): Promise<TChangeRequestRef> {
  return proposeInTransaction(actor, auditAction, { organizationId: args.organizationId, entity: args.entity, id: args.entityId }, (tx) =>
    buildUpdate(tx, args),
  );
}

/**
 * What an UPDATE proposal stores, with the record locked by the caller: checks the version and the pending request
 * the form showed, merges into the pending edit, keeps only the fields that differ from the current values.
 */
export async function buildUpdate<E extends TEditableEntity>(tx: TTx, args: TUpdateArgs<E>): Promise<TProposal | TWithdrawnOnly | null> {
  const current = await readRecord(tx, args.entity, args.entityId);
  if (!current) return null;
  if (current.version !== args.version) throw versionConflict(current);
  const pending = await pendingFor(tx, args.entity, args.entityId);
  if (pending?.action === "DELETE") {
    throw new AppError(
      "CONFLICT",
      `Removing this physician from the location is waiting for review (request #${pending.id}). Withdraw that request to edit instead.`,
      { pending: { id: pending.id } },
    );
  }
  // The pending proposal is parsed again (stored JSON is never trusted as is) before its fields are merged in.
  const earlier = pending ? ZStoredUpdate[args.entity].safeParse(pending.proposed) : null;
  const earlierValues: Record<string, unknown> | null = earlier?.success ? earlier.data : null;
  if ((pending?.id ?? undefined) !== args.basedOnRequest) {
    // The form was opened before this pending edit existed (or was withdrawn since): merging would silently
    // overwrite it, so the sender compares first. What is pending counts as the value on file here.
    throw new AppError(
      "CONFLICT",
      pending
        ? `A colleague proposed a change to this record since you opened it (request #${pending.id}, waiting for review). What you typed is kept: compare it with the values now on file and send it again to combine both.`
        : "The pending change you were looking at was withdrawn or decided. What you typed is kept: compare it with the values now on file and send it again.",
      {
        currentVersion: current.version,
        current: { ...current.values, ...(earlierValues ?? {}) },
        pending: pending ? { id: pending.id } : null,
      },
    );
  }
  const merged = { ...(earlierValues ?? {}), ...(await args.proposed(current, tx, earlierValues)) };
  const { before, after } = diffValues(current.values, merged);
  const label = await describeRecord(tx, args.entity, args.entityId);
  if (Object.keys(after).length === 0) {
    if (pending) return { withdrawn: pending.id, summary: pending.summary };
    throw new AppError("BAD_REQUEST", "Nothing changed: the values are the same as the ones on file.");
  }
  return {
    entity: args.entity,
    entityId: args.entityId,
    action: "UPDATE",
    baseVersion: current.version,
    before,
    proposed: after,
    summary: `${capitalise(fieldsInWords(Object.keys(after)))} — ${label}`,
    audit: { entity: args.entity, entityId: args.entityId, before, after: { proposed: after } },
    ...(pending ? { replaces: pending.id } : {}),
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Practice name, website, main phone: managers only. */
export async function proposeOrganizationChange(actorOrNull: TActor | null, input: unknown): Promise<TChangeRequestRef> {
  const action = "change.propose.organization";
  const { actor, data } = await memberInput(actorOrNull, action, ZProposeOrganization, input, { managerOnly: true });
  return proposeUpdate(actor, action, {
    organizationId: data.organizationId,
    entity: "organization",
    entityId: data.organizationId,
    version: data.version,
    basedOnRequest: data.basedOnRequest,
    proposed: async () => data.changes,
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
    if (!c) {
      throw new AppError("VALIDATION_FAILED", `We don't know ZIP code ${zip}. Check it, or place the pin on the map.`, {
        fields: [{ field: "changes.zip", message: `We don't know ZIP code ${zip}. Check it, or place the pin on the map.` }],
      });
    }
    Object.assign(out, { lat: c.lat, lng: c.lng, geocodePrecision: "ZIP_CENTROID" });
  }
  return out;
}

export async function proposeLocationChange(actorOrNull: TActor | null, input: unknown): Promise<TChangeRequestRef> {
  const action = "change.propose.location";
  const { actor, data } = await memberInput(actorOrNull, action, ZProposeLocation, input);
  return proposeUpdate(actor, action, {
    organizationId: data.organizationId,
    entity: "location",
    entityId: data.locationId,
    version: data.version,
    basedOnRequest: data.basedOnRequest,
    proposed: (current, tx) => resolvePoint(tx, data.changes, current),
  });
}

/** Procedure slugs, sorted and checked against the catalogue. */
export async function knownProcedures(tx: TTx, procedures: string[]): Promise<string[]> {
  const slugs = [...new Set(procedures)].sort();
  const known = await tx.procedure.count({ where: { slug: { in: slugs } } });
  if (known !== slugs.length)
    throw new AppError("VALIDATION_FAILED", "One of the procedures is not in our list. Reload the page and try again.");
  return slugs;
}

/** Accepting new patients, telehealth, procedures offered: per physician per location. */
export async function proposeRoleChange(actorOrNull: TActor | null, input: unknown): Promise<TChangeRequestRef> {
  const action = "change.propose.practitioner_role";
  const { actor, data } = await memberInput(actorOrNull, action, ZProposeRole, input);
  return proposeUpdate(actor, action, {
    organizationId: data.organizationId,
    entity: "practitioner_role",
    entityId: data.roleId,
    version: data.version,
    basedOnRequest: data.basedOnRequest,
    proposed: async (_current, tx) => {
      const { procedures, ...rest } = data.changes;
      return procedures === undefined ? rest : { ...rest, procedures: await knownProcedures(tx, procedures) };
    },
  });
}

export async function proposePhysicianLanguages(actorOrNull: TActor | null, input: unknown): Promise<TChangeRequestRef> {
  const action = "change.propose.physician";
  const { actor, data } = await memberInput(actorOrNull, action, ZProposeLanguages, input);
  return proposeUpdate(actor, action, {
    organizationId: data.organizationId,
    entity: "physician",
    entityId: data.physicianId,
    version: data.version,
    basedOnRequest: data.basedOnRequest,
    proposed: async () => ({ languages: data.languages }),
  });
}

/** Adds a physician (by NPI) at one of the practice's locations; the physician record is created on approval if new. */
export async function proposeAddPhysician(actorOrNull: TActor | null, input: unknown): Promise<TChangeRequestRef> {
  const action = "change.propose.add_physician";
  const { actor, data } = await memberInput(actorOrNull, action, ZProposeAddPhysician, input);
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
      const name = [data.firstName, data.lastName, data.credentials].filter(Boolean).join(" ");
      return {
        entity: "practitioner_role",
        entityId: null,
        action: "CREATE",
        baseVersion: null,
        before: {},
        proposed,
        summary: `Add physician ${name} (NPI ${data.npi}) — ${await describeRecord(tx, "location", data.locationId)}`,
        audit: { entity: "location", entityId: data.locationId, after: { proposed } },
      };
    },
  );
}

/** Removes a physician from one location (the physician stays listed elsewhere). */
export async function proposeRemoveRole(actorOrNull: TActor | null, input: unknown): Promise<TChangeRequestRef> {
  const action = "change.propose.remove_physician";
  const { actor, data } = await memberInput(actorOrNull, action, ZProposeRemoveRole, input);
  return proposeInTransaction(
    actor,
    action,
    { organizationId: data.organizationId, entity: "practitioner_role", id: data.roleId },
    async (tx) => {
      const current = await readRecord(tx, "practitioner_role", data.roleId);
      if (!current) return null;
      if (current.version !== data.version) throw versionConflict(current);
      const pending = await pendingFor(tx, "practitioner_role", data.roleId);
      if (pending?.action === "DELETE")
        throw new AppError("CONFLICT", `This removal is already waiting for review (request #${pending.id}).`);
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
        summary: `Remove ${await describeRecord(tx, "practitioner_role", data.roleId)}`,
        audit: { entity: "practitioner_role", entityId: data.roleId, before, after: {} },
        // A pending edit of the same physician at this location is moot once removal is asked for.
        ...(pending ? { replaces: pending.id } : {}),
      };
    },
  );
}

/** Marks a pending request withdrawn (only if still pending); the reason is what the practice sees. */
async function markWithdrawn(tx: TTx, id: number, reason: string): Promise<void> {
  await tx.changeRequest.updateMany({ where: { id, status: "PENDING" }, data: { status: "WITHDRAWN", reviewedAt: new Date(), reason } });
}

/**
 * A clinic takes back its own pending request: its submitter, or a manager of the practice. Nothing was public yet,
 * so nothing else changes.
 */
export async function withdrawChangeRequest(actorOrNull: TActor | null, input: unknown): Promise<{ id: number; status: "WITHDRAWN" }> {
  const action = "change.withdraw";
  const { actor, data, role } = await memberInput(actorOrNull, action, ZWithdrawChange, input);
  const cr = await db().changeRequest.findFirst({ where: { id: data.id, organizationId: data.organizationId } });
  if (!cr) {
    return deny(actor, action, {
      entity: "change_request",
      entityId: data.id,
      organizationId: data.organizationId,
      reason: "not this practice's request",
    });
  }
  if (cr.submittedById !== actor.userId && role !== "MANAGER") {
    return deny(actor, action, {
      entity: "change_request",
      entityId: cr.id,
      organizationId: cr.organizationId,
      reason: "staff withdrawing a colleague's request",
    });
  }
  await db().$transaction(async (tx) => {
    // Locked like a review, so a moderator and the clinic cannot both act on it.
    await tx.$queryRaw`SELECT id FROM change_request WHERE id = ${cr.id} FOR UPDATE`;
    const r = await tx.changeRequest.updateMany({
      where: { id: cr.id, status: "PENDING" },
      data: { status: "WITHDRAWN", reviewedAt: new Date(), reason: `Withdrawn by ${actor.email}.` },
    });
    if (r.count !== 1)
      throw new AppError("CONFLICT", "This request is no longer pending: a moderator has already decided, or it was withdrawn.");
    await recordAudit(
      actor,
      {
        action,
        entity: "change_request",
        entityId: cr.id,
        organizationId: cr.organizationId,
        before: { status: "PENDING" },
        after: { status: "WITHDRAWN" },
      },
      tx,
    );
  });
  return { id: cr.id, status: "WITHDRAWN" };
}
