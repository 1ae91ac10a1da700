// The editable directory records: how to lock one, read its editable values, and check it belongs to a practice.
import "server-only";
import { Prisma, type ChangeEntity } from "@/lib/generated/prisma/client";
import { fullName } from "@/lib/physicians/name";

export type TTx = Prisma.TransactionClient;

/** The record kinds a change request can target (the `change_entity` enum; values are table names). */
export type TEditableEntity = Exclude<ChangeEntity, "board_certification" | "location_closure">;

/** Certifications and closures are only added or removed, never edited in place, so they have no editable record here. */
export function isEditableEntity(entity: ChangeEntity): entity is TEditableEntity {
  return entity !== "board_certification" && entity !== "location_closure";
}

export type TRecordSnapshot = { version: number; values: Record<string, unknown> };

const TABLES: Record<TEditableEntity, string> = {
  organization: "organization",
  location: "location",
  practitioner_role: "practitioner_role",
  physician: "physician",
};

/** Row lock for the rest of the transaction: concurrent proposals and approvals of one record queue up here. */
export async function lockRecord(tx: TTx, entity: TEditableEntity, id: number): Promise<boolean> {
  // The table name comes from the fixed map above, never from input.
  const rows = await tx.$queryRaw<Array<{ id: number }>>`
    SELECT id FROM ${Prisma.raw(`"${TABLES[entity]}"`)} WHERE id = ${id} FOR UPDATE`;
  return rows.length === 1;
}

/** Editable values of a record as the portal shows and diffs them, with its version; null if it does not exist. */
export async function readRecord(tx: TTx, entity: TEditableEntity, id: number): Promise<TRecordSnapshot | null> {
  switch (entity) {
    case "organization": {
      const o = await tx.organization.findUnique({ where: { id } });
      return o && { version: o.version, values: { name: o.name, website: o.website, phone: o.phone } };
    }
    case "location": {
      const l = await tx.location.findUnique({ where: { id } });
      return (
        l && {
          version: l.version,
          values: {
            name: l.name,
            address1: l.address1,
            address2: l.address2,
            city: l.city,
            state: l.state,
            zip: l.zip,
            phone: l.phone,
            hours: l.hours ?? null,
            accessibilityNotes: l.accessibilityNotes,
            lat: l.lat,
            lng: l.lng,
            geocodePrecision: l.geocodePrecision,
          },
        }
      );
    }
    case "practitioner_role": {
      const r = await tx.practitionerRole.findUnique({
        where: { id },
        include: { procedures: { include: { procedure: { select: { slug: true } } } } },
      });
      return (
        r && {
          version: r.version,
          values: {
            acceptingNewPatients: r.acceptingNewPatients,
            telehealth: r.telehealth,
            procedures: r.procedures.map((p) => p.procedure.slug).sort(),
          },
        }
      );
    }
    case "physician": {
      const p = await tx.physician.findUnique({ where: { id } });
      return p && { version: p.version, values: { languages: [...p.languages].sort() } };
    }
  }
}

/** Whether the record is part of the practice (a physician: works at one of its locations). */
export async function belongsToPractice(tx: TTx, entity: TEditableEntity, id: number, organizationId: number): Promise<boolean> {
  switch (entity) {
    case "organization":
      return id === organizationId;
    case "location":
      return (await tx.location.count({ where: { id, organizationId } })) === 1;
    case "practitioner_role":
      return (await tx.practitionerRole.count({ where: { id, location: { organizationId } } })) === 1;
    case "physician":
      return (await tx.practitionerRole.count({ where: { physicianId: id, location: { organizationId } } })) > 0;
  }
}

/** Only the fields whose proposed value differs from the current one. */
export function diffValues(
  current: Record<string, unknown>,
  proposed: Record<string, unknown>,
): {
  before: Record<string, unknown>;
  after: Record<string, unknown>;
} {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(proposed)) {
    if (v === undefined) continue;
    const cur = current[k] ?? null;
    if (JSON.stringify(cur) !== JSON.stringify(v)) {
      before[k] = cur;
      after[k] = v;
    }
  }
  return { before, after };
}

const address = (l: { address1: string; city: string; state: string; zip: string }) => `${l.address1}, ${l.city}, ${l.state} ${l.zip}`;

/**
 * The record in words for request titles and e-mails: "Jane Roe at Main Clinic (1 Main St, Wichita, KS 67202)".
 * Locations always carry their address, so two sites with similar names can be told apart.
 */
export async function describeRecord(tx: TTx, entity: ChangeEntity, id: number): Promise<string> {
  switch (entity) {
    case "organization": {
      const o = await tx.organization.findUnique({ where: { id } });
      return o ? `${o.name} (practice details)` : "the practice";
    }
    case "location": {
      const l = await tx.location.findUnique({ where: { id } });
      return l ? `${l.name} (${address(l)})` : "a location";
    }
    case "practitioner_role": {
      const r = await tx.practitionerRole.findUnique({ where: { id }, include: { physician: true, location: true } });
      return r ? `${fullName(r.physician)} at ${r.location.name} (${address(r.location)})` : "a physician at a location";
    }
    case "physician":
    case "board_certification": {
      const p = await tx.physician.findUnique({ where: { id } });
      return p ? fullName(p) : "a physician";
    }
    case "location_closure": {
      const c = await tx.locationClosure.findUnique({ where: { id }, include: { location: true } });
      return c ? `a closure of ${c.location.name} (${address(c.location)})` : "a closure";
    }
  }
}
