"use server";
// Server Actions of the practice pages: form data to lib/portal operations (which check membership and versions).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { TFormState } from "@/lib/auth/form-state";
import { formObject, runAction } from "@/lib/auth/server-action";
import { claimCertification } from "@/lib/portal/certifications";
import { submitClaim } from "@/lib/portal/claims";
import { acceptInvitation, inviteStaff, removeMember, revokeInvitation } from "@/lib/portal/members";
import {
  proposeAddPhysician,
  proposeLocationChange,
  proposeOrganizationChange,
  proposePhysicianLanguages,
  proposeRemoveRole,
  proposeRoleChange,
} from "@/lib/portal/propose-change";

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

function submitted(organizationId: unknown, id: number): TFormState {
  revalidatePath(`/portal/practices/${String(organizationId)}`);
  return { status: "ok", message: `Sent for review as change request #${id}. It goes live when a moderator approves it.` };
}

export async function claimPracticeAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runAction("claim.submit", async (actor) => {
    const f = formObject(fd);
    const r = await submitClaim(actor, {
      organizationId: one(f.organizationId),
      claimantName: one(f.claimantName),
      claimantRole: one(f.claimantRole),
      workPhone: one(f.workPhone),
      evidence: one(f.evidence),
    });
    revalidatePath("/portal");
    return { status: "ok", message: `Claim #${r.id} sent. A moderator will check it and email you.` };
  });
}

export async function proposeOrganizationAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runAction("change.propose.organization", async (actor) => {
    const f = formObject(fd);
    const r = await proposeOrganizationChange(actor, {
      organizationId: one(f.organizationId),
      version: one(f.version),
      changes: { name: one(f.name), website: one(f.website), phone: one(f.phone) },
    });
    return submitted(f.organizationId, r.id);
  });
}

function hoursFrom(f: Record<string, string | string[]>): Array<{ day: number; open: string; close: string }> {
  const out: Array<{ day: number; open: string; close: string }> = [];
  for (let day = 0; day < 7; day++) {
    const open = one(f[`open_${day}`]);
    const close = one(f[`close_${day}`]);
    if (open && close) out.push({ day, open, close });
  }
  return out;
}

export async function proposeLocationAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runAction("change.propose.location", async (actor) => {
    const f = formObject(fd);
    const pointSource = one(f.pointSource);
    const point =
      pointSource === "pin"
        ? { source: "pin" as const, lat: Number(one(f.lat)), lng: Number(one(f.lng)) }
        : pointSource === "zip"
          ? { source: "zip" as const }
          : undefined;
    const r = await proposeLocationChange(actor, {
      organizationId: one(f.organizationId),
      locationId: one(f.locationId),
      version: one(f.version),
      changes: {
        name: one(f.name),
        address1: one(f.address1),
        address2: one(f.address2) ?? "",
        city: one(f.city),
        state: one(f.state),
        zip: one(f.zip),
        phone: one(f.phone) ?? "",
        accessibilityNotes: one(f.accessibilityNotes) ?? "",
        hours: hoursFrom(f),
        ...(point ? { point } : {}),
      },
    });
    return submitted(f.organizationId, r.id);
  });
}

export async function proposeRoleAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runAction("change.propose.practitioner_role", async (actor) => {
    const f = formObject(fd);
    const accepting = one(f.acceptingNewPatients);
    const r = await proposeRoleChange(actor, {
      organizationId: one(f.organizationId),
      roleId: one(f.roleId),
      version: one(f.version),
      changes: {
        acceptingNewPatients: accepting === "yes" ? true : accepting === "no" ? false : null,
        telehealth: one(f.telehealth) === "on",
        procedures: list(f.procedures),
      },
    });
    return submitted(f.organizationId, r.id);
  });
}

export async function proposeLanguagesAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runAction("change.propose.physician", async (actor) => {
    const f = formObject(fd);
    const r = await proposePhysicianLanguages(actor, {
      organizationId: one(f.organizationId),
      physicianId: one(f.physicianId),
      version: one(f.version),
      languages: list(f.languages),
    });
    return submitted(f.organizationId, r.id);
  });
}

export async function proposeAddPhysicianAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runAction("change.propose.add_physician", async (actor) => {
    const f = formObject(fd);
    const r = await proposeAddPhysician(actor, {
      organizationId: one(f.organizationId),
      locationId: one(f.locationId),
      npi: one(f.npi),
      firstName: one(f.firstName),
      lastName: one(f.lastName),
      credentials: one(f.credentials) ?? "",
    });
    return submitted(f.organizationId, r.id);
  });
}

export async function proposeRemoveRoleAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runAction("change.propose.remove_physician", async (actor) => {
    const f = formObject(fd);
    const r = await proposeRemoveRole(actor, { organizationId: one(f.organizationId), roleId: one(f.roleId), version: one(f.version) });
    return submitted(f.organizationId, r.id);
  });
}

export async function claimCertificationAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runAction("certification.claim", async (actor) => {
    const f = formObject(fd);
    await claimCertification(actor, {
      organizationId: one(f.organizationId),
      physicianId: one(f.physicianId),
      board: one(f.board),
      certificate: one(f.certificate),
    });
    revalidatePath(`/portal/practices/${String(one(f.organizationId))}`);
    return { status: "ok", message: "Certification added. It shows publicly once a moderator has verified it." };
  });
}

export async function inviteStaffAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runAction("member.invite", async (actor) => {
    const f = formObject(fd);
    await inviteStaff(actor, { organizationId: one(f.organizationId), email: one(f.email) });
    return { status: "ok", message: "Invitation sent." };
  });
}

export async function removeMemberAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runAction("member.remove", async (actor) => {
    const f = formObject(fd);
    await removeMember(actor, { organizationId: one(f.organizationId), userId: one(f.userId) });
    revalidatePath(`/portal/practices/${String(one(f.organizationId))}`);
    return { status: "ok", message: "Removed." };
  });
}

export async function revokeInvitationAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  return runAction("member.invitation.revoke", async (actor) => {
    const f = formObject(fd);
    await revokeInvitation(actor, { organizationId: one(f.organizationId), invitationId: one(f.invitationId) });
    revalidatePath(`/portal/practices/${String(one(f.organizationId))}`);
    return { status: "ok", message: "Invitation revoked." };
  });
}

export async function acceptInvitationAction(_prev: TFormState, fd: FormData): Promise<TFormState> {
  let organizationId = 0;
  const state = await runAction("member.accept_invitation", async (actor) => {
    organizationId = (await acceptInvitation(actor, { token: one(formObject(fd).token) })).organizationId;
    return { status: "ok" };
  });
  if (state.status === "ok") redirect(`/portal/practices/${organizationId}`);
  return state;
}
