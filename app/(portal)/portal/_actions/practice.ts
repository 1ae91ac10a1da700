"use server";
// Server Actions of the practice pages: decoded form input to lib operations (which check membership and versions).
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { TActor } from "@/lib/http/request-context";
import { redirect } from "next/navigation";
import {
  proposeAddPhysician,
  proposeLocationChange,
  proposeOrganizationChange,
  proposePhysicianLanguages,
  proposeRemoveRole,
  proposeRoleChange,
  withdrawChangeRequest,
  type TChangeRequestRef,
} from "@/lib/change-requests/propose";
import { submitClaim } from "@/lib/claims/submit";
import {
  FClaimCertification,
  FInviteStaff,
  FProposeAddPhysician,
  FProposeLanguages,
  FProposeLocation,
  FProposeOrganization,
  FProposeRemoveRole,
  FProposeRole,
  FRemoveMember,
  FRevokeInvitation,
  FSubmitClaim,
  FAcceptInvitation,
  FConfirmListing,
  FNpiLookup,
  FWithdrawChange,
  FProposeBulkRoles,
  FProposeClosure,
  FProposeRemoveClosure,
} from "@/lib/forms/decoders";
import { proposeBulkRoleChange } from "@/lib/change-requests/bulk";
import { proposeClosure, proposeRemoveClosure } from "@/lib/change-requests/closures";
import type { TFormState } from "@/lib/forms/form-state";
import { runAction, runForm } from "@/lib/forms/run-action";
import { decodeForm } from "@/lib/forms/form-data";
import { claimCertification } from "@/lib/portal/certifications";
import { confirmListing } from "@/lib/portal/confirm-listing";
import { lookupPhysicianByNpi } from "@/lib/portal/npi-lookup";
import { acceptInvitation, inviteStaff, removeMember, revokeInvitation } from "@/lib/portal/members";

function submitted(organizationId: unknown, r: TChangeRequestRef): TFormState {
  // The layout: the practice page and its location pages show the same pending state.
  revalidatePath(`/portal/practices/${String(organizationId)}`, "layout");
  if (r.status === "WITHDRAWN") {
    return { status: "ok", message: `Every field is back to the value on file, so pending request #${r.id} was withdrawn.` };
  }
  const merged = r.mergedFrom ? ` It replaces request #${r.mergedFrom} and carries its fields too.` : "";
  return {
    status: "ok",
    message: `Sent for review as change request #${r.id}: ${r.summary}.${merged} It goes live when a moderator approves it.`,
  };
}

/** Every proposal form: decode, call the operation, answer with the request it made (or merged, or withdrew). */
function propose<S extends z.ZodType<{ organizationId?: unknown }>>(
  action: string,
  fd: FormData,
  decoder: S,
  operation: (actor: TActor | null, input: unknown) => Promise<TChangeRequestRef>,
): Promise<TFormState> {
  return runForm(action, fd, decoder, async (actor, input) => submitted(input.organizationId, await operation(actor, input)));
}

export async function claimPracticeAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runForm("claim.submit", fd, FSubmitClaim, async (actor, input) => {
    const r = await submitClaim(actor, input);
    revalidatePath("/portal");
    return { status: "ok", message: `Claim #${r.id} sent. A moderator will check it and email you.` };
  });
}

export async function proposeOrganizationAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return propose("change.propose.organization", fd, FProposeOrganization, proposeOrganizationChange);
}

export async function proposeLocationAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return propose("change.propose.location", fd, FProposeLocation, proposeLocationChange);
}

export async function proposeRoleAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return propose("change.propose.practitioner_role", fd, FProposeRole, proposeRoleChange);
}

export async function proposeLanguagesAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return propose("change.propose.physician", fd, FProposeLanguages, proposePhysicianLanguages);
}

export async function proposeAddPhysicianAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return propose("change.propose.add_physician", fd, FProposeAddPhysician, proposeAddPhysician);
}

export async function proposeRemoveRoleAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return propose("change.propose.remove_physician", fd, FProposeRemoveRole, proposeRemoveRole);
}

export async function proposeBulkRolesAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runForm("change.propose.bulk_roles", fd, FProposeBulkRoles, async (actor, input) => {
    const r = await proposeBulkRoleChange(actor, input);
    revalidatePath(`/portal/practices/${String(input.organizationId)}`, "layout");
    const ids = r.requests.map((x) => `#${x.id}`).join(", ");
    const merged = r.requests.filter((x) => x.mergedFrom).length;
    return {
      status: "ok",
      message: `Sent for review: ${r.requests.length} change request${r.requests.length === 1 ? "" : "s"} (${ids}), one per physician at a location${merged ? `; ${merged} combined with edits already pending` : ""}. Nothing changes publicly until a moderator approves.`,
    };
  });
}

export async function proposeClosureAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return propose("change.propose.closure", fd, FProposeClosure, proposeClosure);
}

export async function proposeRemoveClosureAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return propose("change.propose.remove_closure", fd, FProposeRemoveClosure, proposeRemoveClosure);
}

export async function withdrawChangeAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runForm("change.withdraw", fd, FWithdrawChange, async (actor, input) => {
    const r = await withdrawChangeRequest(actor, input);
    revalidatePath(`/portal/practices/${String(input.organizationId)}`, "layout");
    return { status: "ok", message: `Request #${r.id} withdrawn. Nothing of it was published.` };
  });
}

export async function confirmListingAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runForm("listing.confirm", fd, FConfirmListing, async (actor, input) => {
    const r = await confirmListing(actor, input);
    revalidatePath(`/portal/practices/${String(input.organizationId)}`);
    return { status: "ok", message: `Thank you: the listing now shows "last confirmed ${r.confirmedOn}".` };
  });
}

/** Fills the add-physician form from the directory. */
export async function lookupNpiAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runForm("physician.lookup_npi", fd, FNpiLookup, async (actor, input) => {
    const found = await lookupPhysicianByNpi(actor, input);
    if (!found) return { status: "ok", message: "This NPI is not in our directory yet: type the name below.", data: {} };
    return {
      status: "ok",
      message: `Found ${found.firstName} ${found.lastName}${found.credentials ? `, ${found.credentials}` : ""} in the directory.`,
      data: { ...found },
    };
  });
}

export async function claimCertificationAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runForm("certification.claim", fd, FClaimCertification, async (actor, input) => {
    const r = await claimCertification(actor, input);
    revalidatePath(`/portal/practices/${String(input.organizationId)}`);
    return {
      status: "ok",
      message: `Sent for verification as request #${r.id}. A moderator checks it with the board; it shows publicly once verified.`,
    };
  });
}

export async function inviteStaffAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runForm("member.invite", fd, FInviteStaff, async (actor, input) => {
    await inviteStaff(actor, input);
    return { status: "ok", message: "Invitation sent." };
  });
}

export async function removeMemberAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runForm("member.remove", fd, FRemoveMember, async (actor, input) => {
    await removeMember(actor, input);
    revalidatePath(`/portal/practices/${String(input.organizationId)}`);
    return { status: "ok", message: "Removed." };
  });
}

export async function revokeInvitationAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runForm("member.invitation.revoke", fd, FRevokeInvitation, async (actor, input) => {
    await revokeInvitation(actor, input);
    revalidatePath(`/portal/practices/${String(input.organizationId)}`);
    return { status: "ok", message: "Invitation revoked." };
  });
}

export async function acceptInvitationAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  let organizationId = 0;
  const state = await runAction("member.accept_invitation", async (actor) => {
    organizationId = (await acceptInvitation(actor, decodeForm(FAcceptInvitation, fd))).organizationId;
    return { status: "ok" };
  });
  if (state.status === "ok") redirect(`/portal/practices/${organizationId}`);
  return state;
}
