// Input schemas of the clinic portal operations. All strict: an unknown field (verifiedAt, published…) is refused.
import { z } from "zod";
import { LANGUAGES } from "@/lib/physicians/languages";
import { isIssuableNpi } from "@/lib/physicians/npi";
import { US_STATES } from "@/lib/geo/us-states";

const ZId = z.coerce.number().int().positive().max(2_147_483_647);
const ZVersion = z.coerce.number().int().min(1).max(2_147_483_647);
const ZText = (max: number) => z.string().trim().min(1).max(max);
const ZOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === "" ? null : s))
    .nullable();
const ZPhone = z
  .string()
  .trim()
  .max(40)
  .regex(/^[0-9+().\-\s]*$/, "Use digits, spaces and + ( ) - only.")
  .transform((s) => (s === "" ? null : s))
  .nullable();
const ZTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use HH:MM (24-hour).");

export const ZHours = z
  .array(z.strictObject({ day: z.number().int().min(0).max(6), open: ZTime, close: ZTime }))
  .max(14)
  .refine((hs) => hs.every((h) => h.open < h.close), "Opening time must be before closing time.");

export const ZNpi = z
  .string()
  .trim()
  .regex(/^\d{10}$/, "An NPI has 10 digits.")
  .refine(isIssuableNpi, "This is not a valid NPI (check the digits).");

export const ZPracticeSearch = z.strictObject({ q: z.string().trim().min(2, "Type at least 2 characters.").max(100) });

export const ZSubmitClaim = z.strictObject({
  organizationId: ZId,
  claimantName: ZText(120),
  claimantRole: ZText(120),
  workPhone: z
    .string()
    .trim()
    .min(7)
    .max(40)
    .regex(/^[0-9+().\-\s]+$/, "Use digits, spaces and + ( ) - only."),
  evidence: ZText(2000),
});

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
export const ZProposeOrganization = z.strictObject({
  organizationId: ZId,
  version: ZVersion,
  changes: ZOrganizationChanges,
});

export const ZLocationChanges = z.strictObject({
  name: ZText(200).optional(),
  address1: ZText(200).optional(),
  address2: ZOptionalText(200).optional(),
  city: ZText(100).optional(),
  state: z
    .string()
    .trim()
    .toUpperCase()
    .refine((s) => s in US_STATES, "Use a two-letter US state code.")
    .optional(),
  zip: z
    .string()
    .trim()
    .regex(/^\d{5}$/, "Use a 5-digit ZIP code.")
    .optional(),
  phone: ZPhone.optional(),
  hours: ZHours.nullable().optional(),
  accessibilityNotes: ZOptionalText(1000).optional(),
  /** Where the map point comes from: the ZIP's centroid, or a pin the clinic placed. */
  point: z
    .discriminatedUnion("source", [
      z.strictObject({ source: z.literal("zip") }),
      z.strictObject({
        source: z.literal("pin"),
        lat: z.number().min(18).max(72),
        lng: z.number().min(-180).max(-64),
      }),
    ])
    .optional(),
});
export const ZProposeLocation = z.strictObject({
  organizationId: ZId,
  locationId: ZId,
  version: ZVersion,
  changes: ZLocationChanges,
});

export const ZRoleChanges = z.strictObject({
  acceptingNewPatients: z.boolean().nullable().optional(),
  telehealth: z.boolean().optional(),
  procedures: z
    .array(z.string().regex(/^[a-z0-9-]{2,80}$/))
    .max(60)
    .optional(),
});
export const ZProposeRole = z.strictObject({
  organizationId: ZId,
  roleId: ZId,
  version: ZVersion,
  changes: ZRoleChanges,
});

export const ZProposeLanguages = z.strictObject({
  organizationId: ZId,
  physicianId: ZId,
  version: ZVersion,
  languages: z
    .array(z.string().refine((c) => c in LANGUAGES, "Unknown language code."))
    .max(20)
    .transform((ls) => [...new Set(ls)].sort()),
});

export const ZProposeAddPhysician = z.strictObject({
  organizationId: ZId,
  locationId: ZId,
  npi: ZNpi,
  firstName: ZText(80),
  lastName: ZText(80),
  credentials: ZOptionalText(40).optional(),
});

export const ZProposeRemoveRole = z.strictObject({ organizationId: ZId, roleId: ZId, version: ZVersion });

export const ZClaimCertification = z.strictObject({
  organizationId: ZId,
  physicianId: ZId,
  board: ZText(120),
  certificate: ZText(200),
});

export const ZInviteStaff = z.strictObject({
  organizationId: ZId,
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .pipe(z.email({ message: "Enter a valid email address." })),
});
export const ZAcceptInvitation = z.strictObject({ token: z.string().min(20).max(200) });
export const ZRemoveMember = z.strictObject({ organizationId: ZId, userId: ZId });
export const ZOrganizationRef = z.strictObject({ organizationId: ZId });

export type TLocationChanges = z.infer<typeof ZLocationChanges>;
