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
const ZInvitationToken = z.string().min(20, "This invitation link is incomplete. Open the link from your email again.").max(200);
/** From the e-mailed link (token), or from the portal home page (id; the invitation must be for the signed-in address). */
export const ZAcceptInvitation = z.union([z.strictObject({ token: ZInvitationToken }), z.strictObject({ invitationId: ZId })]);
export const ZInvitationPreview = z.strictObject({ token: ZInvitationToken });
export const ZRemoveMember = z.strictObject({ organizationId: ZId, userId: ZId });
export const ZOrganizationRef = z.strictObject({ organizationId: ZId });
export const ZRevokeInvitation = z.strictObject({ organizationId: ZId, invitationId: ZId });
export const ZConfirmListing = z.strictObject({ organizationId: ZId, locationId: ZId });
