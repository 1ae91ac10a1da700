// Input schemas of moderator operations on certifications, error reports and users.
import { z } from "zod";
import { ZEmail, ZId, ZReason } from "@/lib/validation/common";

export const ZVerifyCertification = z.strictObject({
  certificationId: ZId,
  status: z.enum(["ACTIVE", "EXPIRED"]),
  /** Where it was checked, e.g. "ABR online verification". */
  source: z.string().trim().min(3).max(200),
  verifiedOn: z.iso.date(),
});
export const ZResolveErrorReport = z.strictObject({
  id: ZId,
  status: z.enum(["RESOLVED", "DISMISSED"]),
  resolution: ZReason,
});
export const ZErrorReportFilter = z.strictObject({ status: z.enum(["OPEN", "RESOLVED", "DISMISSED"]).default("OPEN") });
export const ZDisableUser = z.strictObject({ userId: ZId, reason: ZReason });
export const ZDisableUserByEmail = z.strictObject({ email: ZEmail, reason: ZReason });

/** The moderator queues, each paged on the server. */
export const QUEUES = ["changes", "certifications", "claims", "reports"] as const;
export type TQueueName = (typeof QUEUES)[number];
/** Kinds of clinic edit a moderator can filter the edits queue by. */
export const EDIT_TYPES = [
  "organization",
  "location",
  "practitioner_role",
  "physician",
  "add_physician",
  "remove_physician",
  "closure",
] as const;
const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
/** The queue page's URL query: which queue, which page, search text and filters. Unknown keys are ignored (it is a URL). */
export const ZQueueQuery = z.object({
  queue: z.enum(QUEUES).catch("changes"),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  q: z.preprocess(emptyToUndefined, z.string().trim().max(100).optional()).catch(undefined),
  type: z.preprocess(emptyToUndefined, z.enum(EDIT_TYPES).optional()).catch(undefined),
  practice: z.preprocess(emptyToUndefined, ZId.optional()).catch(undefined),
  /** Only items waiting at least this many days. */
  minAgeDays: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(3650).optional()).catch(undefined),
  sort: z.enum(["oldest", "newest"]).catch("oldest"),
});
export type TQueueQuery = z.infer<typeof ZQueueQuery>;
