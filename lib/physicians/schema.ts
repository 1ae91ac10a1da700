// Physician look-ups: the request schema and the response schema of GET /api/v1/physicians/{id or slug}.
import { z } from "zod";
import { ZDay, ZPlaceFacts, ZSourceRef } from "@/lib/validation/public-response";

/** A numeric id or a slug. */
export const ZPhysicianKey = z
  .string()
  .trim()
  .min(1)
  .max(200, { message: "physician id or slug is too long" })
  .regex(/^(\d{1,9}|[a-z0-9]+(?:-[a-z0-9]+)*)$/, { message: "physician must be a numeric id or a slug like jane-doe-md-1234567893" })
  // All digits means an id; ids are int4, so a longer number is refused here rather than by the database.
  .refine((v) => !/^\d+$/.test(v) || Number(v) <= 2_147_483_647, { message: "physician id is out of range" })
  .transform((v) => (/^\d+$/.test(v) ? { id: Number(v) } : { slug: v }));

export type TPhysicianKey = z.infer<typeof ZPhysicianKey>;

// ---------- response (GET /api/v1/physicians/{id or slug}) ----------

export const ZPhysicianProfile = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    npi: z.string().meta({ description: "National Provider Identifier (10 digits)", examples: ["9123456786"] }),
    name: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    credentials: z.string().nullable(),
    gender: z.enum(["FEMALE", "MALE", "OTHER"]).nullable(),
    languages: z.array(z.string()).meta({ description: "ISO 639-1 language codes" }),
    taxonomyCodes: z.array(z.string()).meta({ description: "NUCC provider taxonomy codes" }),
    identifiedBy: z.enum(["TAXONOMY", "BILLING", "CLINIC", "MODERATOR"]),
    lastConfirmedAt: ZDay.nullable(),
    possiblyOutdated: z.boolean(),
    certifications: z.array(
      z.object({
        board: z.string(),
        certificate: z.string(),
        status: z.enum(["ACTIVE", "EXPIRED", "UNKNOWN"]),
        verified: z.boolean(),
        verifiedAt: ZDay.nullable(),
        source: ZSourceRef,
      }),
    ),
    procedures: z.array(z.object({ slug: z.string(), name: z.string(), cptCodes: z.array(z.string()) })),
    locations: z.array(
      z.object({
        id: z.number().int(),
        slug: z.string(),
        name: z.string(),
        organization: z.object({ slug: z.string(), name: z.string(), website: z.string().nullable() }).nullable(),
        ...ZPlaceFacts.shape,
        acceptingNewPatients: z.boolean().nullable(),
        telehealth: z.boolean().nullable().describe("null: no source has said (ask the office)"),
        acceptsMedicareAssignment: z
          .boolean()
          .nullable()
          .describe("CMS Doctors and Clinicians `ind_assgn` as of the role's source file; null: unknown"),
        procedures: z.array(z.object({ slug: z.string(), name: z.string() })),
        asOf: ZDay.nullable(),
        lastConfirmedAt: ZDay.nullable(),
        source: ZSourceRef,
      }),
    ),
    volumes: z.object({
      note: z.string(),
      rows: z.array(
        z.object({
          hcpcsCode: z.string(),
          procedure: z.object({ slug: z.string(), name: z.string() }).nullable(),
          year: z.number().int(),
          placeOfService: z.enum(["FACILITY", "OFFICE"]),
          services: z.number().int().nullable().meta({ description: "null when CMS suppressed a count under 11" }),
          beneficiaries: z.number().int().nullable(),
          suppressed: z.boolean(),
          source: ZSourceRef,
        }),
      ),
    }),
    provenance: z.object({ source: ZSourceRef, asOf: ZDay.nullable(), lastConfirmedAt: ZDay.nullable() }),
  })
  .meta({ id: "PhysicianProfile" });

export type TPhysicianProfileResponse = z.infer<typeof ZPhysicianProfile>;
