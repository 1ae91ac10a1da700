// Input schemas of the practice operations (members, certifications, reading a practice). All strict.
import { z } from "zod";
import { hasValidNpiCheckDigit } from "@/lib/physicians/npi";
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
/** Looking up reads only: every NPI with a valid check digit, the directory's demo NPIs (starting with 9) included. */
export const ZNpiLookup = z.strictObject({
  organizationId: ZId,
  npi: z
    .string()
    .trim()
    .regex(/^\d{10}$/, "An NPI has 10 digits.")
    .refine(hasValidNpiCheckDigit, "This is not a valid NPI (check the digits)."),
});
