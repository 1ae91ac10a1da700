// Input schemas of moderator operations.
import { z } from "zod";

const ZId = z.coerce.number().int().positive().max(2_147_483_647);
const ZReason = z.string().trim().min(3, "Give a reason the clinic will see.").max(1000);

export const ZApprove = z.strictObject({ id: ZId, note: z.string().trim().max(1000).optional() });
export const ZReject = z.strictObject({ id: ZId, reason: ZReason });
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
export const ZDisableUserByEmail = z.strictObject({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .pipe(z.email({ message: "Enter a valid email address." })),
  reason: ZReason,
});
