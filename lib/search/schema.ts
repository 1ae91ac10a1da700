// Input and output schemas of the physician search (shared by the API route, the search page and tests).
import { z } from "zod";
import { ZLang } from "@/lib/i18n/schema";
import { toLanguageCode } from "@/lib/physicians/languages";

const flag = z
  .union([z.boolean(), z.enum(["true", "false", "1", "0", "yes", "no", "on", "off", ""])])
  .transform((v) => v === true || v === "true" || v === "1" || v === "yes" || v === "on")
  .optional()
  .default(false);

const intIn = (name: string, min: number, max: number, dflt: number) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? undefined : typeof v === "string" ? Number(v) : v),
    z
      .number({ error: `${name} must be a number` })
      .int({ message: `${name} must be a whole number` })
      .min(min, { message: `${name} must be at least ${min}` })
      .max(max, { message: `${name} must be at most ${max}` })
      .default(dflt),
  );

export const ZSearchQuery = z.object({
  near: z
    .string({ error: 'near is required: a ZIP code, "City, ST" or "lat,lng"' })
    .trim()
    .min(1, { message: 'near is required: a ZIP code, "City, ST" or "lat,lng"' })
    .max(100, { message: "near is too long" }),
  radius: z.preprocess(
    (v) => (v === undefined || v === "" ? undefined : typeof v === "string" ? Number(v) : v),
    z
      .number({ error: "radius must be a number of miles" })
      .finite({ message: "radius must be a number of miles" })
      .min(1, { message: "radius must be between 1 and 250 miles" })
      .max(250, { message: "radius must be between 1 and 250 miles" })
      .default(25),
  ),
  procedure: z
    .string()
    .trim()
    .max(100, { message: "procedure is too long" })
    .optional()
    .transform((v) => v || undefined),
  boardCertified: flag,
  acceptingNewPatients: flag,
  telehealth: flag,
  /** only doctors who accept Medicare assignment (CMS Doctors and Clinicians `ind_assgn`) */
  medicareAssignment: flag,
  language: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      const code = toLanguageCode(v);
      if (!code) {
        ctx.addIssue({ code: "custom", message: `we don't list "${v}" as a language; use a name like Spanish or a code like es` });
        return z.NEVER;
      }
      return code;
    }),
  gender: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      if (v === "female" || v === "f") return "FEMALE" as const;
      if (v === "male" || v === "m") return "MALE" as const;
      ctx.addIssue({ code: "custom", message: "gender must be female or male" });
      return z.NEVER;
    }),
  sort: z.enum(["distance", "name"], { error: "sort must be distance or name" }).optional().default("distance"),
  page: intIn("page", 1, 500, 1),
  pageSize: intIn("pageSize", 1, 100, 20),
  /** labels and messages in English or Spanish; the matches are the same */
  lang: ZLang,
});

export type TSearchQuery = z.infer<typeof ZSearchQuery>;

export const ZCertification = z.object({
  board: z.string(),
  certificate: z.string(),
  status: z.string(),
  verifiedAt: z.string().nullable(),
});

export const ZSearchResult = z.object({
  physician: z.object({
    id: z.number().int(),
    slug: z.string(),
    npi: z.string(),
    name: z.string(),
    credentials: z.string().nullable(),
    gender: z.string().nullable(),
    languages: z.array(z.string()),
    certifications: z.array(ZCertification),
  }),
  location: z.object({
    id: z.number().int(),
    slug: z.string(),
    name: z.string(),
    address: z.string(),
    city: z.string(),
    state: z.string(),
    zip: z.string(),
    phone: z.string().nullable(),
    lat: z.number(),
    lng: z.number(),
    geocodePrecision: z.string(),
  }),
  distanceMiles: z.number(),
  procedures: z.array(z.object({ slug: z.string(), name: z.string() })),
  acceptingNewPatients: z.boolean().nullable(),
  /** null = unknown (the source left it blank) */
  telehealth: z.boolean().nullable(),
  /** accepts Medicare assignment at this location; null = unknown */
  acceptsMedicareAssignment: z.boolean().nullable(),
  otherLocations: z.number().int(),
  lastConfirmedAt: z.string(),
  source: z.string(),
});

export const ZSearchResponse = z.object({
  query: z.object({
    near: z.string(),
    label: z.string(),
    /** For a "lat,lng" search, the nearest town ("Somerville, MA") from the ZIP table; otherwise null. */
    nearestTown: z.string().nullable(),
    point: z.object({ lat: z.number(), lng: z.number() }),
    radius: z.number(),
    procedure: z
      .object({
        input: z.string(),
        label: z.string(),
        slug: z.string().nullable(),
        kind: z.string(),
        /** Why these results, when the search read the words differently ("back pain" -> compression fracture). */
        explanation: z.string().nullable(),
      })
      .nullable(),
    filters: z.object({
      boardCertified: z.boolean(),
      acceptingNewPatients: z.boolean(),
      telehealth: z.boolean(),
      medicareAssignment: z.boolean(),
      language: z.string().nullable(),
      gender: z.string().nullable(),
    }),
    sort: z.enum(["distance", "name"]),
    /** the language of the labels (procedure and condition names) in this answer */
    lang: z.enum(["en", "es"]),
  }),
  total: z.number().int(),
  /** True when `total` is a lower bound: counting stops after the nearest matches (see docs/decisions). */
  totalIsLowerBound: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
  results: z.array(ZSearchResult),
  nearest: z.array(ZSearchResult),
});

export type TSearchResult = z.infer<typeof ZSearchResult>;
export type TSearchResponse = z.infer<typeof ZSearchResponse>;
