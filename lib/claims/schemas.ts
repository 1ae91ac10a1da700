// Input schemas of practice claims. All strict.
import { z } from "zod";
import { ZId, ZRequiredPhone, ZText } from "@/lib/validation/common";

export const ZPracticeSearch = z.strictObject({ q: z.string().trim().min(2, "Type at least 2 characters.").max(100) });

export const ZSubmitClaim = z.strictObject({
  organizationId: ZId,
  claimantName: ZText(120),
  claimantRole: ZText(120),
  workPhone: ZRequiredPhone,
  evidence: ZText(2000),
});
