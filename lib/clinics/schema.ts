// Clinic look-ups: the request schema (a location slug) and the response schema of GET /api/v1/clinics/{slug},
// which is also what the clinic page renders.
import { z } from "zod";
import { ZDay, ZPlaceFacts, ZSourceRef } from "@/lib/validation/public-response";

export const ZClinicSlug = z
  .string()
  .trim()
  .min(1)
  .max(200, { message: "clinic slug is too long" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "clinic must be a slug like main-street-imaging-boston-ma-12" });

const ZProcedureRef = z.object({ slug: z.string(), name: z.string() });

export const ZClinicPage = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    name: z.string(),
    organization: z
      .object({
        name: z.string(),
        website: z.string().nullable(),
        phone: z.string().nullable(),
        otherLocations: z
          .array(z.object({ slug: z.string(), name: z.string(), city: z.string(), state: z.string() }))
          .meta({ description: "The practice's other locations (at most 20)" }),
      })
      .nullable()
      .meta({ description: "The practice this location belongs to; null when no file or clinic has said" }),
    ...ZPlaceFacts.shape,
    lastConfirmedAt: ZDay.nullable(),
    possiblyOutdated: z.boolean().meta({ description: "true when the listing was last confirmed long ago" }),
    source: ZSourceRef,
    physicians: z.array(
      z.object({
        slug: z.string(),
        name: z.string(),
        lastName: z.string(),
        credentials: z.string().nullable(),
        languages: z.array(z.string()).meta({ description: "ISO 639-1 language codes" }),
        certifications: z
          .array(z.object({ board: z.string(), certificate: z.string(), verifiedAt: ZDay.nullable() }))
          .meta({ description: "Moderator-verified certifications only" }),
        lastConfirmedAt: ZDay.nullable().meta({ description: "When this doctor's listing at this place was last confirmed" }),
        acceptingNewPatients: z.boolean().nullable().describe("null: no source has said (ask the office)"),
        telehealth: z.boolean().nullable().describe("null: no source has said (ask the office)"),
        acceptsMedicareAssignment: z.boolean().nullable().describe("null: unknown"),
        procedures: z.array(ZProcedureRef),
      }),
    ),
    procedures: z.array(ZProcedureRef).meta({ description: "Every procedure offered here, by one physician or more" }),
  })
  .meta({ id: "ClinicPage" });

export type TClinicPage = z.infer<typeof ZClinicPage>;
