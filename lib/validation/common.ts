// The zod building blocks every domain shares: ids, versions, text, email, phone, opening hours, review input.
// (The NPI schema lives with the NPI rule in lib/physicians/npi.ts.)
import { z } from "zod";
import { DAY_NAMES } from "@/lib/text/calendar";

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
export const ZRequiredPhone = z
  .string()
  .trim()
  .min(7, "Enter a phone number of at least 7 digits.")
  .max(40, "Use at most 40 characters.")
  .regex(PHONE_CHARS, PHONE_MESSAGE);

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** Times are checked with the slots below, so a message can name the day. */
const ZHourSlot = z.strictObject({ day: z.number().int().min(0).max(6), open: z.string().max(5), close: z.string().max(5) });
/**
 * Opening hours: day 0 = Sunday, times HH:MM, at most two slots a day (split shifts) that do not overlap. Problems are
 * reported at `day<N>` so a form can mark the day.
 */
export const ZHours = z
  .array(ZHourSlot)
  .max(14)
  .superRefine((hs, ctx) => {
    for (const h of hs) {
      const name = DAY_NAMES[h.day] ?? "A day";
      if (!TIME.test(h.open) || !TIME.test(h.close)) {
        ctx.addIssue({ code: "custom", path: [`day${h.day}`], message: `${name}: give both an opening and a closing time (HH:MM).` });
      } else if (h.open >= h.close) {
        ctx.addIssue({ code: "custom", path: [`day${h.day}`], message: `${name}: the opening time must be before the closing time.` });
      }
    }
    for (let d = 0; d < 7; d++) {
      const mine = hs.filter((h) => h.day === d).sort((a, b) => a.open.localeCompare(b.open));
      const name = DAY_NAMES[d] ?? "A day";
      if (mine.length > 2) ctx.addIssue({ code: "custom", path: [`day${d}`], message: `${name}: give at most two opening periods.` });
      else if (mine.length === 2 && (mine[0]?.close ?? "") > (mine[1]?.open ?? "")) {
        ctx.addIssue({ code: "custom", path: [`day${d}`], message: `${name}: the two opening periods overlap.` });
      }
    }
  });
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
