"use server";
// Server Actions of the moderation queue: form data to lib/moderation operations (which check the moderator role).
import { revalidatePath } from "next/cache";
import type { TFormState } from "@/lib/forms/form-state";
import { formObject, runAction } from "@/lib/forms/run-action";
import { verifyCertification } from "@/lib/moderation/certifications";
import { resolveErrorReport } from "@/lib/moderation/error-reports";
import { approveChangeRequest, rejectChangeRequest } from "@/lib/change-requests/review";
import { disableUserByEmail } from "@/lib/moderation/users";
import { approveClaim, rejectClaim } from "@/lib/claims/review";

const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

function done(message: string): TFormState {
  revalidatePath("/portal/moderation");
  return { status: "ok", message };
}

export async function reviewChangeAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runAction("moderation.change.review", async (actor) => {
    const f = formObject(fd);
    if (one(f.decision) === "approve") {
      await approveChangeRequest(actor, { id: one(f.id), ...(one(f.reason) ? { note: one(f.reason) } : {}) });
      return done("Approved and applied.");
    }
    await rejectChangeRequest(actor, { id: one(f.id), reason: one(f.reason) ?? "" });
    return done("Rejected. The clinic will see your reason.");
  });
}

export async function reviewClaimAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runAction("moderation.claim.review", async (actor) => {
    const f = formObject(fd);
    if (one(f.decision) === "approve") {
      await approveClaim(actor, { id: one(f.id), ...(one(f.reason) ? { note: one(f.reason) } : {}) });
      return done("Claim approved: the claimant now manages the practice.");
    }
    await rejectClaim(actor, { id: one(f.id), reason: one(f.reason) ?? "" });
    return done("Claim rejected.");
  });
}

export async function verifyCertificationAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runAction("moderation.certification.verify", async (actor) => {
    const f = formObject(fd);
    await verifyCertification(actor, {
      certificationId: one(f.certificationId),
      status: one(f.status),
      source: one(f.source),
      verifiedOn: one(f.verifiedOn),
    });
    return done("Certification verified.");
  });
}

export async function resolveReportAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runAction("moderation.error_report.resolve", async (actor) => {
    const f = formObject(fd);
    await resolveErrorReport(actor, { id: one(f.id), status: one(f.status), resolution: one(f.resolution) });
    return done("Report closed.");
  });
}

export async function disableAccountAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runAction("moderation.user.disable", async (actor) => {
    const f = formObject(fd);
    const r = await disableUserByEmail(actor, { email: one(f.email), reason: one(f.reason) });
    return { status: "ok", message: `Account disabled; ${r.sessionsEnded} session(s) ended.` };
  });
}
