"use server";
// Server Actions of the moderation queue: decoded form input to lib operations (which check the moderator role).
import { approveChangeRequest, rejectChangeRequest } from "@/lib/change-requests/review";
import { approveClaim, rejectClaim } from "@/lib/claims/review";
import { undoDecision, UNDO_WINDOW_MINUTES } from "@/lib/change-requests/undo";
import { FDisableAccount, FResolveReport, FReview, FUndoDecision, FVerifyCertification } from "@/lib/forms/decoders";
import type { TFormState } from "@/lib/forms/form-state";
import { runForm } from "@/lib/forms/run-action";
import { verifyCertification } from "@/lib/moderation/certifications";
import { resolveErrorReport } from "@/lib/moderation/error-reports";
import { disableUserByEmail } from "@/lib/moderation/users";

/** The card stays on screen with this confirmation (the queue is not re-rendered under the moderator's eyes). */
function done(message: string): TFormState {
  return { status: "ok", message };
}

export async function reviewChangeAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runForm("moderation.change.review", fd, FReview, async (actor, f) => {
    if (f.decision === "approve") {
      await approveChangeRequest(actor, f.input);
      return done(
        `Approved and applied: the public listing shows it now, confirmed today. You can undo it for ${UNDO_WINDOW_MINUTES} minutes.`,
      );
    }
    await rejectChangeRequest(actor, f.input);
    return done(`Rejected. The clinic will see your reason. You can undo it for ${UNDO_WINDOW_MINUTES} minutes.`);
  });
}

export async function undoDecisionAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runForm("moderation.change.undo", fd, FUndoDecision, async (actor, input) => {
    const r = await undoDecision(actor, input);
    return done(
      r.undone === "APPROVED"
        ? `Undone: request #${r.id} is pending again and the public listing shows the earlier values. Reload the queue to decide it again.`
        : `Undone: request #${r.id} is pending again. Reload the queue to decide it again.`,
    );
  });
}

export async function reviewClaimAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runForm("moderation.claim.review", fd, FReview, async (actor, f) => {
    if (f.decision === "approve") {
      await approveClaim(actor, f.input);
      return done("Claim approved: the claimant now manages the practice.");
    }
    await rejectClaim(actor, f.input);
    return done("Claim rejected.");
  });
}

export async function verifyCertificationAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runForm("moderation.certification.verify", fd, FVerifyCertification, async (actor, input) => {
    await verifyCertification(actor, input);
    return done("Certification verified.");
  });
}

export async function resolveReportAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runForm("moderation.error_report.resolve", fd, FResolveReport, async (actor, input) => {
    await resolveErrorReport(actor, input);
    return done("Report closed.");
  });
}

export async function disableAccountAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runForm("moderation.user.disable", fd, FDisableAccount, async (actor, input) => {
    const r = await disableUserByEmail(actor, input);
    return { status: "ok", message: `Account disabled; ${r.sessionsEnded} session(s) ended.` };
  });
}
