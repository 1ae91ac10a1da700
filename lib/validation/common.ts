// The zod building blocks every domain shares: ids, versions, text, email, phone, opening hours, review input.
// (The NPI schema lives with the NPI rule in lib/physicians/npi.ts.)
import { z } from "zod";

const INT_MAX = 2_147_483_647;

/** A database id; coerced because ids arrive as form fields and URL segments. */
export const ZId = z.coerce.number().int().positive().max(INT_MAX);
/** A record's optimistic-lock version. */
export const ZVersion = z.coerce.number().int().min(1).max(INT_MAX);

export const ZText = (max: number) => z.string().trim().min(1).max(max);
/** Optional free text: an empty field means "none" (null). */
export const ZOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === "" ? null : s))
    .nullable();

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: "Enter a valid email address." }));

const PHONE_CHARS = /^[0-9+().\-\s]*$/;
const PHONE_MESSAGE = "Use digits, spaces and + ( ) - only.";
/** An optional phone number: an empty field means "none" (null). */
export const ZPhone = z
  .string()
  .trim()
  .max(40)
  .regex(PHONE_CHARS, PHONE_MESSAGE)
  .transform((s) => (s === "" ? null : s))
  .nullable();
/** A phone number someone must give. */
export const ZRequiredPhone = z.string().trim().min(7).max(40).regex(PHONE_CHARS, PHONE_MESSAGE);

const ZTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use HH:MM (24-hour).");
const ZHourSlot = z.strictObject({ day: z.number().int().min(0).max(6), open: ZTime, close: ZTime });
/** Opening hours: day 0 = Sunday, times HH:MM; at most two slots a day. */
export const ZHours = z
  .array(ZHourSlot)
  .max(14)
  .refine((hs) => hs.every((h) => h.open < h.close), "Opening time must be before closing time.");
export type THours = z.infer<typeof ZHourSlot>[];

/** Stored hours JSON, parsed once, sorted by day; an empty list when missing or malformed (never a crash on a bad row). */
export function readHours(value: unknown): THours {
  const parsed = ZHours.safeParse(value);
  return parsed.success ? [...parsed.data].sort((a, b) => a.day - b.day || a.open.localeCompare(b.open)) : [];
}

/** A reason the other side will read (rejections, resolutions, disabling a user). */
export const ZReason = z.string().trim().min(3, "Give a reason the clinic will see.").max(1000);

/** A moderator's decision on a queued item (change request or claim). */
export const ZApprove = z.strictObject({ id: ZId, note: z.string().trim().max(1000).optional() });
export const ZReject = z.strictObject({ id: ZId, reason: ZReason });
