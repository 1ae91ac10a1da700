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
