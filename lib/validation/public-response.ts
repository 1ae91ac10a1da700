// Pieces every public response shares (physician profile, clinic page): dates, provenance, a place's own facts.
import { z } from "zod";
import { isoDay } from "@/lib/text/calendar";
import { ZHours } from "@/lib/validation/common";

export const ZDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ description: "A date, YYYY-MM-DD", examples: ["2026-10-01"] });

export const ZSourceRef = z.object({
  kind: z.string().meta({ description: "DEMO, NPPES, CMS_DAC, CMS_MEDICARE_VOLUME, CLINIC_EDIT or MODERATOR" }),
  name: z.string(),
  fileName: z.string().nullable(),
  fileDate: ZDay.nullable(),
});

/** The provenance of a public fact, as every public response names it. */
export function toSourceRef(s: { kind: string; name: string; fileName: string | null; fileDate: Date | null }): z.infer<typeof ZSourceRef> {
  return { kind: s.kind, name: s.name, fileName: s.fileName, fileDate: isoDay(s.fileDate) };
}

/** Where a location is and how to reach it. */
export const ZPlaceFacts = z.object({
  address: z.string().meta({ description: "Street lines, comma separated" }),
  city: z.string(),
  state: z.string(),
  zip: z.string(),
  phone: z.string().nullable(),
  hours: ZHours,
  accessibilityNotes: z.string().nullable(),
  lat: z.number(),
  lng: z.number(),
  geocodePrecision: z.enum(["STREET", "ZIP_CENTROID", "CITY_CENTROID"]),
});
