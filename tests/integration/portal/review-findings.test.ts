// Cases 2 and 4 of the security review: what a removed member or disabled account leaves behind (invitations,
// pending change requests), managers revoking invitations, and a rival clinic's claim kept from the practice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listPracticeHistory } from "@/lib/portal/list-history";
import type { TActor } from "@/lib/http/request-context";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { disableUser } from "@/lib/moderation/users";
import { approveChangeRequest } from "@/lib/change-requests/review";
import { claimCertification, PENDING_CERTIFICATIONS_PER_PRACTICE } from "@/lib/portal/certifications";
import { submitClaim } from "@/lib/claims/submit";
import { getPhysicianProfile } from "@/lib/physicians/get-physician-profile";
import { acceptInvitation, inviteStaff, listPendingInvitations, removeMember, revokeInvitation } from "@/lib/portal/members";
import { proposeLocationChange } from "@/lib/change-requests/propose";
import { readOutbox, linkIn } from "@/lib/mail/outbox";
import { addMember, createPractice, createUser, resetPortal, signedIn, useTempOutbox, type TPracticeFixture } from "./support";

let outbox: string;
let A: TPracticeFixture;
let B: TPracticeFixture;
let moderator: TActor;

async function codeOf(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => "ok",
    (e: unknown) => (isAppError(e) ? e.code : `unexpected: ${String(e)}`),
  );
}

async function invitationToken(email: string): Promise<string> {
  const mail = (await readOutbox(outbox, email)).at(-1);
  const link = mail ? linkIn(mail, "/portal/invitations/accept") : null;
  const token = link ? new URL(link).searchParams.get("token") : null;
  if (!token) throw new Error(`no invitation mail to ${email}`);
  return token;
}

/** A manager (plus a second one, so the first can be removed) of practice A. */
async function practiceWithTwoManagers(): Promise<{ leaving: TActor; staying: TActor }> {
  const [l, s] = await Promise.all([createUser(), createUser()]);
  await addMember(l.id, A.organizationId, "MANAGER");
  await addMember(s.id, A.organizationId, "MANAGER");
  return { leaving: await signedIn(l.id), staying: await signedIn(s.id) };
}

beforeAll(async () => {
  outbox = useTempOutbox();
  await resetPortal();
  A = await createPractice("Alpha Spine IR", 1, { lat: 37.69, lng: -97.33, zip: "67202" });
  B = await createPractice("Beta Vascular", 2, { lat: 37.7, lng: -97.36, zip: "67203" });
  moderator = await signedIn((await createUser({ isModerator: true })).id);
});
afterAll(async () => {
  await db().$disconnect();
});

describe("case 2: removing a member or disabling an account", () => {
  it("revokes the invitations a removed manager sent; the link no longer works", async () => {
    const { leaving, staying } = await practiceWithTwoManagers();
    await inviteStaff(leaving, { organizationId: A.organizationId, email: "mole@clinic.test" });
    const token = await invitationToken("mole@clinic.test");
    await removeMember(staying, { organizationId: A.organizationId, userId: leaving.userId });
    const mole = await signedIn((await createUser({ email: "mole@clinic.test" })).id);
    expect(await codeOf(acceptInvitation(mole, { token }))).toBe("FORBIDDEN");
    expect(await db().membership.count({ where: { userId: mole.userId } })).toBe(0);
    expect(await db().invitation.count({ where: { invitedById: leaving.userId, revokedAt: null, acceptedAt: null } })).toBe(0);
  });

  it("withdraws a removed member's pending change requests", async () => {
    const { leaving, staying } = await practiceWithTwoManagers();
    const cr = await proposeLocationChange(leaving, {
      organizationId: A.organizationId,
      locationId: A.locationId,
      version: 1,
      changes: { phone: "316-555-0142" },
    });
    await removeMember(staying, { organizationId: A.organizationId, userId: leaving.userId });
    const row = await db().changeRequest.findUniqueOrThrow({ where: { id: cr.id } });
    expect(row.status).not.toBe("PENDING");
    expect(row.reason).toMatch(/left the practice|withdrawn/i);
  });

  it("disabling an account revokes its invitations and withdraws its pending change requests everywhere", async () => {
    const { leaving } = await practiceWithTwoManagers();
    await inviteStaff(leaving, { organizationId: A.organizationId, email: "friend@clinic.test" });
    const token = await invitationToken("friend@clinic.test");
    const cr = await proposeLocationChange(leaving, {
      organizationId: A.organizationId,
      locationId: A.locationId,
      version: 1,
      changes: { phone: "316-555-0143" },
    });
    await disableUser(moderator, { userId: leaving.userId, reason: "account taken over" });
    const friend = await signedIn((await createUser({ email: "friend@clinic.test" })).id);
    expect(await codeOf(acceptInvitation(friend, { token }))).toBe("FORBIDDEN");
    expect((await db().changeRequest.findUniqueOrThrow({ where: { id: cr.id } })).status).not.toBe("PENDING");
  });

  it("an invitation from someone who is no longer a manager fails even if it was never revoked", async () => {
    const { leaving } = await practiceWithTwoManagers();
    await inviteStaff(leaving, { organizationId: A.organizationId, email: "late@clinic.test" });
    const token = await invitationToken("late@clinic.test");
    // Demoted behind the operation's back (as an older release's removal would have left things).
    await db().membership.updateMany({ where: { userId: leaving.userId, organizationId: A.organizationId }, data: { role: "STAFF" } });
    const late = await signedIn((await createUser({ email: "late@clinic.test" })).id);
    expect(await codeOf(acceptInvitation(late, { token }))).toBe("FORBIDDEN");
  });

  it("managers list and revoke pending invitations; staff and other practices cannot", async () => {
    const { staying } = await practiceWithTwoManagers();
    const staff = await signedIn((await createUser()).id);
    await addMember(staff.userId, A.organizationId, "STAFF");
    const managerB = await signedIn((await createUser()).id);
    await addMember(managerB.userId, B.organizationId, "MANAGER");
    const inv = await inviteStaff(staying, { organizationId: A.organizationId, email: "pending@clinic.test" });
    const token = await invitationToken("pending@clinic.test");
    const list = await listPendingInvitations(staying, { organizationId: A.organizationId });
    expect(list.map((i) => i.email)).toContain("pending@clinic.test");
    expect(await codeOf(listPendingInvitations(staff, { organizationId: A.organizationId }))).toBe("FORBIDDEN");
    expect(await codeOf(revokeInvitation(staff, { organizationId: A.organizationId, invitationId: inv.id }))).toBe("FORBIDDEN");
    expect(await codeOf(revokeInvitation(managerB, { organizationId: A.organizationId, invitationId: inv.id }))).toBe("FORBIDDEN");
    expect(await codeOf(revokeInvitation(managerB, { organizationId: B.organizationId, invitationId: inv.id }))).toBe("NOT_FOUND");
    expect(await codeOf(revokeInvitation(staying, { organizationId: A.organizationId, invitationId: inv.id }))).toBe("ok");
    expect((await listPendingInvitations(staying, { organizationId: A.organizationId })).map((i) => i.email)).not.toContain(
      "pending@clinic.test",
    );
    const invited = await signedIn((await createUser({ email: "pending@clinic.test" })).id);
    expect(await codeOf(acceptInvitation(invited, { token }))).toBe("FORBIDDEN");
  });
});

describe("case 1: nothing a clinic proposes is public before a moderator approves it", () => {
  it("a claimed certification is on neither the physician's page data nor the API until verified", async () => {
    const staff = await signedIn((await createUser()).id);
    await addMember(staff.userId, A.organizationId, "STAFF");
    await claimCertification(staff, {
      organizationId: A.organizationId,
      physicianId: A.physicianId,
      board: "American Board of Nonsense",
      certificate: "Self-Awarded Excellence",
    });
    const profile = await getPhysicianProfile(String(A.physicianId));
    expect(JSON.stringify(profile)).not.toContain("Self-Awarded Excellence");
    expect(JSON.stringify(profile)).not.toContain(`practice #${A.organizationId}`);
  });

  it("is a change request: pending until approved, then public and verified; capped per practice", async () => {
    const staff = await signedIn((await createUser()).id);
    await addMember(staff.userId, A.organizationId, "STAFF");
    const { id } = await claimCertification(staff, {
      organizationId: A.organizationId,
      physicianId: A.physicianId,
      board: "ABR",
      certificate: "Interventional Radiology",
    });
    const cr = await db().changeRequest.findUniqueOrThrow({ where: { id } });
    expect(cr).toMatchObject({ entity: "board_certification", action: "CREATE", status: "PENDING" });
    expect(await db().boardCertification.count({ where: { physicianId: A.physicianId, certificate: "Interventional Radiology" } })).toBe(0);
    await approveChangeRequest(moderator, { id });
    const profile = await getPhysicianProfile(String(A.physicianId));
    expect(profile.certifications).toEqual(
      expect.arrayContaining([expect.objectContaining({ certificate: "Interventional Radiology", verified: true })]),
    );
    // The cap: pending certification requests per practice (the first test's claim is one of them).
    const codes: string[] = [];
    for (let i = 0; i < PENDING_CERTIFICATIONS_PER_PRACTICE + 1; i++) {
      codes.push(
        await codeOf(
          claimCertification(staff, {
            organizationId: A.organizationId,
            physicianId: A.physicianId,
            board: "ABR",
            certificate: `Made-up subspecialty ${i}`,
          }),
        ),
      );
    }
    expect(codes.filter((c) => c === "RATE_LIMITED").length).toBeGreaterThan(0);
    expect(
      await db().changeRequest.count({ where: { organizationId: A.organizationId, entity: "board_certification", status: "PENDING" } }),
    ).toBe(PENDING_CERTIFICATIONS_PER_PRACTICE);
  });
});

describe("case 4: a rival's claim", () => {
  it("is not in the claimed practice's history; moderators see it", async () => {
    const managerB = await signedIn((await createUser()).id);
    await addMember(managerB.userId, B.organizationId, "MANAGER");
    const rival = await signedIn((await createUser()).id);
    await submitClaim(rival, {
      organizationId: B.organizationId,
      claimantName: "Riva L. Rival",
      claimantRole: "Owner",
      workPhone: "316-555-0777",
      evidence: "Secret evidence text",
    });
    const seenByB = JSON.stringify(await listPracticeHistory(managerB, { organizationId: B.organizationId }));
    expect(seenByB).not.toContain("Riva L. Rival");
    expect(seenByB).not.toContain("316-555-0777");
    expect(seenByB).not.toContain("Secret evidence text");
    const seenByModerator = JSON.stringify(await listPracticeHistory(moderator, { organizationId: B.organizationId }));
    expect(seenByModerator).toContain("Riva L. Rival");
  });
});
