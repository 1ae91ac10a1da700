// Input schemas of clinic edit proposals, and the schemas a stored proposal must pass again before it is applied.
// All strict: an unknown field (verifiedAt, published…) is refused, at proposal time and at approval time.
import { z } from "zod";
import { isStateCode } from "@/lib/geo/us-states";
import { isLanguageCode } from "@/lib/physicians/languages";
import { ZNpi } from "@/lib/physicians/npi";
import { ZHours, ZId, ZOptionalText, ZPhone, ZText, ZVersion } from "@/lib/validation/common";

export const ZOrganizationChanges = z.strictObject({
  name: ZText(200).optional(),
  website: z
    .string()
    .trim()
    .max(300)
    .transform((s) => (s === "" ? null : s))
    .pipe(z.url({ protocol: /^https?$/, message: "Enter a web address starting with http:// or https://." }).nullable())
    .nullable()
    .optional(),
  phone: ZPhone.optional(),
});
/**
 * The pending request the form was showing when it was sent (absent: none). A proposal made without seeing the
 * pending edit of the record is a conflict, so a stale form never silently overwrites a newer pending value.
 */
const ZBasedOnRequest = ZId.optional();
export const ZProposeOrganization = z.strictObject({
  organizationId: ZId,
  version: ZVersion,
  basedOnRequest: ZBasedOnRequest,
  changes: ZOrganizationChanges,
});

const ZLat = z.number().min(18).max(72);
const ZLng = z.number().min(-180).max(-64);

/** Location fields a clinic edits directly (the map point is proposed separately, see ZLocationChanges). */
const ZLocationFields = z.strictObject({
  name: ZText(200).optional(),
  address1: ZText(200).optional(),
  address2: ZOptionalText(200).optional(),
  city: ZText(100).optional(),
  state: z.string().trim().toUpperCase().refine(isStateCode, "Use a two-letter US state code.").optional(),
  zip: z
    .string()
    .trim()
    .regex(/^\d{5}$/, "Use a 5-digit ZIP code.")
    .optional(),
  phone: ZPhone.optional(),
  hours: ZHours.nullable().optional(),
  accessibilityNotes: ZOptionalText(1000).optional(),
});

export const ZLocationChanges = ZLocationFields.extend({
  /** Where the map point comes from: the ZIP's centroid, or a pin the clinic placed. */
  point: z
    .discriminatedUnion("source", [
      z.strictObject({ source: z.literal("zip") }),
      z.strictObject({ source: z.literal("pin"), lat: ZLat, lng: ZLng }),
    ])
    .optional(),
});
export const ZProposeLocation = z.strictObject({
  organizationId: ZId,
  locationId: ZId,
  version: ZVersion,
  basedOnRequest: ZBasedOnRequest,
  changes: ZLocationChanges,
});
export type TLocationChanges = z.infer<typeof ZLocationChanges>;

export const ZRoleChanges = z.strictObject({
  acceptingNewPatients: z.boolean().nullable().optional(),
  telehealth: z.boolean().nullable().optional(),
  procedures: z
    .array(z.string().regex(/^[a-z0-9-]{2,80}$/))
    .max(60)
    .optional(),
});
export const ZProposeRole = z.strictObject({
  organizationId: ZId,
  roleId: ZId,
  version: ZVersion,
  basedOnRequest: ZBasedOnRequest,
  changes: ZRoleChanges,
});

const ZLanguages = z
  .array(z.string().refine(isLanguageCode, "Unknown language code."))
  .max(20)
  .transform((ls) => [...new Set(ls)].sort());
export const ZProposeLanguages = z.strictObject({
  organizationId: ZId,
  physicianId: ZId,
  version: ZVersion,
  basedOnRequest: ZBasedOnRequest,
  languages: ZLanguages,
});

const ZNewPhysicianAt = z.strictObject({
  locationId: ZId,
  npi: ZNpi,
  firstName: ZText(80),
  lastName: ZText(80),
  credentials: ZOptionalText(40).optional(),
});
export const ZProposeAddPhysician = ZNewPhysicianAt.extend({ organizationId: ZId });

export const ZProposeRemoveRole = z.strictObject({ organizationId: ZId, roleId: ZId, version: ZVersion });

/**
 * What a change request stores in `proposed`, per record kind and action: the same field rules that accepted the
 * proposal (the stored values are their output, and every transform is idempotent), so approval can parse again
 * and refuse anything that was altered in the database since.
 */
export const ZStoredUpdate = {
  organization: ZOrganizationChanges,
  // The map point was resolved at proposal time into coordinates and their precision.
  location: ZLocationFields.extend({
    lat: ZLat.optional(),
    lng: ZLng.optional(),
    geocodePrecision: z.enum(["STREET", "ZIP_CENTROID"]).optional(),
  }),
  practitioner_role: ZRoleChanges,
  physician: z.strictObject({ languages: ZLanguages }),
} as const;
export const ZStoredCreateRole = ZNewPhysicianAt.extend({ credentials: ZOptionalText(40) });
export const ZStoredDelete = z.strictObject({});
/** A proposed board certification (entity board_certification, action CREATE). */
export const ZStoredCertification = z.strictObject({ physicianId: ZId, board: ZText(120), certificate: ZText(200) });

/** A clinic withdraws one of its practice's pending requests. */
export const ZWithdrawChange = z.strictObject({ organizationId: ZId, id: ZId });

const ZDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date as YYYY-MM-DD.")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "This date does not exist.");
/** Longest closure a clinic can announce: longer ones are not "temporary" and belong in the hours or a removal. */
export const MAX_CLOSURE_DAYS = 92;
const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

type TClosureDays = { startsOn: string; endsOn: string };
function checkClosureDays(c: TClosureDays, ctx: z.RefinementCtx): void {
  if (c.endsOn < c.startsOn)
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: "The last day closed must be on or after the first day." });
  else if (daysBetween(c.startsOn, c.endsOn) >= MAX_CLOSURE_DAYS)
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: `A temporary closure can last at most ${MAX_CLOSURE_DAYS} days.` });
}
const closureFields = {
  locationId: ZId,
  startsOn: ZDay,
  endsOn: ZDay,
  note: z
    .string()
    .trim()
    .min(1, "Write a short note for patients, e.g. “Closed for the holidays”.")
    .max(200, "Keep the note under 200 characters."),
};
/** A temporary closure as stored in a request: first and last day closed (inclusive) and a note for patients. */
export const ZClosure = z.strictObject(closureFields).superRefine(checkClosureDays);
export const ZProposeClosure = z.strictObject({ organizationId: ZId, ...closureFields }).superRefine(checkClosureDays);
export const ZProposeRemoveClosure = z.strictObject({ organizationId: ZId, closureId: ZId });

/**
 * One submission of the physician × location grid: the ticked physician-at-location cells (each with the version and
 * pending request the grid showed) and what to set on all of them. Procedures are added or removed, not replaced, so
 * each physician keeps the others they do.
 */
export const ZProposeBulkRoles = z
  .strictObject({
    organizationId: ZId,
    roles: z
      .array(z.strictObject({ roleId: ZId, version: ZVersion, basedOnRequest: ZId.optional() }))
      .min(1, "Tick at least one physician at a location.")
      .max(200, "Change at most 200 physicians at locations at once."),
    acceptingNewPatients: z.boolean().nullable().optional(),
    telehealth: z.boolean().nullable().optional(),
    addProcedures: z
      .array(z.string().regex(/^[a-z0-9-]{2,80}$/, "Unknown procedure."))
      .max(60)
      .default([]),
    removeProcedures: z
      .array(z.string().regex(/^[a-z0-9-]{2,80}$/, "Unknown procedure."))
      .max(60)
      .default([]),
  })
  .superRefine((b, ctx) => {
    if (new Set(b.roles.map((r) => r.roleId)).size !== b.roles.length)
      ctx.addIssue({ code: "custom", path: ["roles"], message: "A physician at a location is ticked twice." });
    if (b.addProcedures.some((s) => b.removeProcedures.includes(s)))
      ctx.addIssue({ code: "custom", path: ["removeProcedures"], message: "A procedure cannot be added and removed at once." });
    if (b.acceptingNewPatients === undefined && b.telehealth === undefined && b.addProcedures.length + b.removeProcedures.length === 0)
      ctx.addIssue({ code: "custom", path: ["addProcedures"], message: "Choose what to change: new patients, telehealth or a procedure." });
  });
export type TProposeBulkRoles = z.infer<typeof ZProposeBulkRoles>;
