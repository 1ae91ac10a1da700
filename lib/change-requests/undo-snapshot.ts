// What an approval overwrites besides the proposed fields — dates shown publicly and per-field provenance — kept on
// the request so its moderator can undo it exactly (decision 061); and putting it back.
import "server-only";
import { z } from "zod";
import type { TEditableEntity, TTx } from "@/lib/change-requests/records";
import { isoDay } from "@/lib/text/calendar";

const ZDayOrNull = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable();
const ZProvenance = z.strictObject({ field: z.string().max(80), sourceId: z.number().int().nullable(), asOf: ZDayOrNull });
const ZDates = z.strictObject({
  organization: z.strictObject({ id: z.number().int(), asOf: ZDayOrNull }).optional(),
  location: z.strictObject({ id: z.number().int(), asOf: ZDayOrNull, lastConfirmedAt: ZDayOrNull }).optional(),
  physician: z.strictObject({ id: z.number().int(), lastConfirmedAt: ZDayOrNull }).optional(),
  role: z.strictObject({ id: z.number().int(), asOf: ZDayOrNull }).optional(),
});

export const ZUndo = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("update"),
    /** The record's version right after the approval: undo only while nothing else changed it. */
    versionAfter: z.number().int(),
    provenance: z.array(ZProvenance),
    dates: ZDates,
    /** A role's procedures with the import that inferred each ("per Medicare billing"), when procedures change. */
    roleProcedures: z.array(z.strictObject({ procedureId: z.number().int(), sourceId: z.number().int().nullable() })).optional(),
  }),
  z.strictObject({ kind: z.literal("closure_created"), closureId: z.number().int() }),
  z.strictObject({
    kind: z.literal("closure_removed"),
    closure: z.strictObject({
      id: z.number().int(),
      locationId: z.number().int(),
      startsOn: ZDayOrNull,
      endsOn: ZDayOrNull,
      note: z.string(),
      sourceId: z.number().int(),
    }),
  }),
]);
export type TUndo = z.infer<typeof ZUndo>;

const day = (s: string | null) => (s === null ? null : new Date(`${s}T00:00:00Z`));

/** Reads, before an UPDATE is applied, every value the approval will overwrite apart from the proposed fields. */
export async function snapshotForUndo(
  tx: TTx,
  entity: TEditableEntity,
  id: number,
  fields: string[],
  versionAfter: number,
): Promise<TUndo> {
  const rows = await tx.fieldProvenance.findMany({ where: { entity, entityId: id, field: { in: fields } } });
  const provenance = fields.map((field) => {
    const r = rows.find((x) => x.field === field);
    return { field, sourceId: r?.sourceId ?? null, asOf: isoDay(r?.asOf) };
  });
  const dates: z.infer<typeof ZDates> = {};
  const loc = async (locationId: number) => {
    const l = await tx.location.findUniqueOrThrow({ where: { id: locationId } });
    return { id: l.id, asOf: isoDay(l.asOf), lastConfirmedAt: isoDay(l.lastConfirmedAt) };
  };
  const phys = async (physicianId: number) => {
    const p = await tx.physician.findUniqueOrThrow({ where: { id: physicianId } });
    return { id: p.id, lastConfirmedAt: isoDay(p.lastConfirmedAt) };
  };
  if (entity === "organization") {
    const o = await tx.organization.findUniqueOrThrow({ where: { id } });
    dates.organization = { id, asOf: isoDay(o.asOf) };
  } else if (entity === "location") {
    dates.location = await loc(id);
  } else if (entity === "physician") {
    dates.physician = await phys(id);
  } else {
    const r = await tx.practitionerRole.findUniqueOrThrow({ where: { id } });
    dates.role = { id, asOf: isoDay(r.asOf) };
    dates.location = await loc(r.locationId);
    dates.physician = await phys(r.physicianId);
  }
  const roleProcedures =
    entity === "practitioner_role" && fields.includes("procedures")
      ? (await tx.roleProcedure.findMany({ where: { roleId: id } })).map((x) => ({ procedureId: x.procedureId, sourceId: x.sourceId }))
      : undefined;
  return { kind: "update", versionAfter, provenance, dates, ...(roleProcedures ? { roleProcedures } : {}) };
}

/** Puts back the dates and provenance an approval overwrote (the proposed fields are restored by the caller). */
export async function restoreSnapshot(
  tx: TTx,
  entity: TEditableEntity,
  id: number,
  undo: Extract<TUndo, { kind: "update" }>,
): Promise<void> {
  for (const p of undo.provenance) {
    const where = { entity_entityId_field: { entity, entityId: id, field: p.field } };
    const asOf = day(p.asOf);
    if (p.sourceId === null || asOf === null) await tx.fieldProvenance.deleteMany({ where: { entity, entityId: id, field: p.field } });
    else
      await tx.fieldProvenance.upsert({
        where,
        create: { entity, entityId: id, field: p.field, sourceId: p.sourceId, asOf },
        update: { sourceId: p.sourceId, asOf },
      });
  }
  if (undo.roleProcedures && entity === "practitioner_role") {
    await tx.roleProcedure.deleteMany({ where: { roleId: id } });
    await tx.roleProcedure.createMany({ data: undo.roleProcedures.map((x) => ({ roleId: id, ...x })) });
  }
  const d = undo.dates;
  const asOf = (s: string | null) => (s === null ? {} : { asOf: day(s) ?? undefined });
  const confirmed = (s: string | null) => (s === null ? {} : { lastConfirmedAt: day(s) ?? undefined });
  if (d.organization) await tx.organization.update({ where: { id: d.organization.id }, data: asOf(d.organization.asOf) });
  if (d.location)
    await tx.location.update({
      where: { id: d.location.id },
      data: { ...asOf(d.location.asOf), ...confirmed(d.location.lastConfirmedAt) },
    });
  if (d.physician) await tx.physician.update({ where: { id: d.physician.id }, data: confirmed(d.physician.lastConfirmedAt) });
  if (d.role) await tx.practitionerRole.update({ where: { id: d.role.id }, data: asOf(d.role.asOf) });
}
