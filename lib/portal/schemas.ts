// Input schemas of the practice operations (members, certifications, reading a practice). All strict.
import { z } from "zod";
import { ZEmail, ZId, ZText } from "@/lib/validation/common";

export const ZClaimCertification = z.strictObject({
  organizationId: ZId,
  physicianId: ZId,
  board: ZText(120),
  certificate: ZText(200),
});

export const ZInviteStaff = z.strictObject({ organizationId: ZId, email: ZEmail });
export const ZAcceptInvitation = z.strictObject({ token: z.string().min(20).max(200) });
export const ZRemoveMember = z.strictObject({ organizationId: ZId, userId: ZId });
export const ZOrganizationRef = z.strictObject({ organizationId: ZId });
export const ZRevokeInvitation = z.strictObject({ organizationId: ZId, invitationId: ZId });
