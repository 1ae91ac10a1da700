// Every portal mutation tried as the wrong clinic, as staff for manager-only actions, signed out, with forged
// fields, and moderator operations as clinic users: all refused, nothing changed, the refusal in the audit log.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "@/lib/http/request-context";
import { actorFromSession, createSession, readSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { listAllHistory, listPracticeHistory } from "@/lib/portal/list-history";
import { verifyCertification } from "@/lib/moderation/certifications";
import { resolveErrorReport } from "@/lib/moderation/error-reports";
import { approveChangeRequest, rejectChangeRequest } from "@/lib/change-requests/review";
import { disableUser, disableUserByEmail } from "@/lib/moderation/users";
import { claimCertification } from "@/lib/portal/certifications";
import { approveClaim, rejectClaim } from "@/lib/claims/review";
import { submitClaim } from "@/lib/claims/submit";
import { getPractice } from "@/lib/portal/get-practice";
import { acceptInvitation, inviteStaff, listMembers, listPendingInvitations, removeMember, revokeInvitation } from "@/lib/portal/members";
import { setMyNotifyMode } from "@/lib/auth/notify-mode";
import {
  proposeAddPhysician,
  proposeLocationChange,
  proposeOrganizationChange,
  proposePhysicianLanguages,
  proposeRemoveRole,
  proposeRoleChange,
  withdrawChangeRequest,
} from "@/lib/change-requests/propose";
import { getModerationQueue } from "@/lib/moderation/queue";
import { proposeBulkRoleChange } from "@/lib/change-requests/bulk";
import { proposeClosure, proposeRemoveClosure } from "@/lib/change-requests/closures";
import { undoDecision } from "@/lib/change-requests/undo";
import { confirmListing } from "@/lib/portal/confirm-listing";
import { lookupPhysicianByNpi } from "@/lib/portal/npi-lookup";
import { linkIn, readOutbox } from "@/lib/mail/outbox";
import {
  addMember,
  createPractice,
  createUser,
  deniedCount,
  resetPortal,
  signedIn,
  snapshot,
  useTempOutbox,
  type TPracticeFixture,
} from "./support";

type TOp = { name: string; action: string; run: (actor: TActor | null, input: unknown) => Promise<unknown>; input: () => unknown };

let A: TPracticeFixture;
let B: TPracticeFixture;
let managerA: TActor;
let staffA: TActor;
let managerB: TActor;
let moderator: TActor;
let outsider: TActor;
let pendingChangeId: number;
let pendingClaimId: number;
let certId: number;
let reportId: number;
let removedA: TActor;
let preMfa: TActor | null;
let preMfaModerator: TActor | null;
let pendingInvitationId: number;
let invitationToken: string;
let closureId: number;

async function expectRefused(p: Promise<unknown>, code: string): Promise<void> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e, "operation should have been refused").not.toBeNull();
  expect(isAppError(e) ? e.code : String(e)).toBe(code);
}

let outbox: string;

beforeAll(async () => {
  outbox = useTempOutbox();
  await resetPortal();
  A = await createPractice("Alpha Spine IR", 1, { lat: 37.69, lng: -97.33, zip: "67202" });
  B = await createPractice("Beta Vascular", 2, { lat: 37.7, lng: -97.36, zip: "67203" });
  const [mA, sA, mB, mod, out] = await Promise.all([
    createUser(),
    createUser(),
    createUser(),
    createUser({ isModerator: true }),
    createUser(),
  ]);
  await addMember(mA.id, A.organizationId, "MANAGER");
  await addMember(sA.id, A.organizationId, "STAFF");
  await addMember(mB.id, B.organizationId, "MANAGER");
  managerA = await signedIn(mA.id);
  staffA = await signedIn(sA.id);
  managerB = await signedIn(mB.id);
  moderator = await signedIn(mod.id);
  outsider = await signedIn(out.id);
  pendingChangeId = (
    await proposeLocationChange(staffA, {
      organizationId: A.organizationId,
      locationId: A.locationId,
      version: 1,
      changes: { phone: "316-555-0199" },
    })
  ).id;
  pendingClaimId = (
    await submitClaim(outsider, {
      organizationId: B.organizationId,
      claimantName: "O. Sider",
      claimantRole: "Office manager",
      workPhone: "316-555-0111",
      evidence: "I run the front desk.",
    })
  ).id;
  certId = (
    await claimCertification(staffA, {
      organizationId: A.organizationId,
      physicianId: A.physicianId,
      board: "American Board of Radiology",
      certificate: "Interventional Radiology and Diagnostic Radiology",
    })
  ).id;
  reportId = (await db().errorReport.create({ data: { topic: "PHONE", message: "Wrong number", reporterHash: "x" } })).id;
  // A former manager of A whose session is still alive after removal.
  const gone = await createUser();
  await addMember(gone.id, A.organizationId, "MANAGER");
  removedA = await signedIn(gone.id);
  await removeMember(managerA, { organizationId: A.organizationId, userId: gone.id });
  // Password-only sessions (second factor not yet given) resolve to no actor, as currentActor() does at the edge.
  const ctx = { requestId: "pre-mfa-0001", ipHash: "pre-mfa" };
  preMfa = actorFromSession(await readSession((await createSession(staffA.userId, ctx, { mfaVerified: false })).token), ctx);
  preMfaModerator = actorFromSession(await readSession((await createSession(moderator.userId, ctx, { mfaVerified: false })).token), ctx);
  pendingInvitationId = (await inviteStaff(managerA, { organizationId: A.organizationId, email: "invitee@clinic.test" })).id;
  const mail = (await readOutbox(outbox, "invitee@clinic.test")).at(-1);
  invitationToken = new URL((mail && linkIn(mail, "/portal/invitations/accept")) ?? "http://x/").searchParams.get("token") ?? "";
  const source = await db().dataSource.create({ data: { kind: "CLINIC_EDIT", name: "approved closure" } });
  closureId = (
    await db().locationClosure.create({
      data: {
        locationId: A.locationId,
        startsOn: new Date("2030-12-24"),
        endsOn: new Date("2030-12-26"),
        note: "Holidays",
        sourceId: source.id,
      },
    })
  ).id;
});

afterAll(async () => {
  await db().$disconnect();
});

/** Clinic mutations, each with valid input aimed at practice A. */
const clinicOps = (): TOp[] => [
  {
    name: "propose practice details",
    action: "change.propose.organization",
    run: proposeOrganizationChange,
    input: () => ({ organizationId: A.organizationId, version: 1, changes: { name: "Hijacked" } }),
  },
  {
    name: "propose location",
    action: "change.propose.location",
    run: proposeLocationChange,
    input: () => ({ organizationId: A.organizationId, locationId: A.locationId, version: 1, changes: { city: "Elsewhere" } }),
  },
  {
    name: "propose role",
    action: "change.propose.practitioner_role",
    run: proposeRoleChange,
    input: () => ({ organizationId: A.organizationId, roleId: A.roleId, version: 1, changes: { acceptingNewPatients: true } }),
  },
  {
    name: "propose languages",
    action: "change.propose.physician",
    run: proposePhysicianLanguages,
    input: () => ({ organizationId: A.organizationId, physicianId: A.physicianId, version: 1, languages: ["en", "es"] }),
  },
  {
    name: "add physician",
    action: "change.propose.add_physician",
    run: proposeAddPhysician,
    input: () => ({ organizationId: A.organizationId, locationId: A.locationId, npi: "1234567893", firstName: "New", lastName: "Doc" }),
  },
  {
    name: "remove physician",
    action: "change.propose.remove_physician",
    run: proposeRemoveRole,
    input: () => ({ organizationId: A.organizationId, roleId: A.roleId, version: 1 }),
  },
  {
    name: "claim certification",
    action: "certification.claim",
    run: claimCertification,
    input: () => ({
      organizationId: A.organizationId,
      physicianId: A.physicianId,
      board: "ABR",
      certificate: "Vascular and Interventional Radiology",
    }),
  },
  {
    name: "invite staff",
    action: "member.invite",
    run: inviteStaff,
    input: () => ({ organizationId: A.organizationId, email: "mole@evil.test" }),
  },
  {
    name: "remove member",
    action: "member.remove",
    run: removeMember,
    input: () => ({ organizationId: A.organizationId, userId: staffA.userId }),
  },
  {
    name: "revoke invitation",
    action: "member.invitation.revoke",
    run: revokeInvitation,
    input: () => ({ organizationId: A.organizationId, invitationId: pendingInvitationId }),
  },
  {
    name: "withdraw change request",
    action: "change.withdraw",
    run: withdrawChangeRequest,
    input: () => ({ organizationId: A.organizationId, id: pendingChangeId }),
  },
  {
    name: "confirm the listing",
    action: "listing.confirm",
    run: confirmListing,
    input: () => ({ organizationId: A.organizationId, locationId: A.locationId }),
  },
  {
    name: "look up a physician by NPI",
    action: "physician.lookup_npi",
    run: lookupPhysicianByNpi,
    input: () => ({ organizationId: A.organizationId, npi: "1234567893" }),
  },
  {
    name: "bulk edit from the grid",
    action: "change.propose.bulk_roles",
    run: proposeBulkRoleChange,
    input: () => ({ organizationId: A.organizationId, roles: [{ roleId: A.roleId, version: 1 }], addProcedures: ["kyphoplasty"] }),
  },
  {
    name: "propose a closure",
    action: "change.propose.closure",
    run: proposeClosure,
    input: () => ({
      organizationId: A.organizationId,
      locationId: A.locationId,
      startsOn: "2030-07-03",
      endsOn: "2030-07-05",
      note: "Summer",
    }),
  },
  {
    name: "propose removing a closure",
    action: "change.propose.remove_closure",
    run: proposeRemoveClosure,
    input: () => ({ organizationId: A.organizationId, closureId }),
  },
  {
    name: "list pending invitations",
    action: "member.invitations.list",
    run: listPendingInvitations,
    input: () => ({ organizationId: A.organizationId }),
  },
];

const moderatorOps = (): TOp[] => [
  { name: "read the moderation queue", action: "moderation.queue.read", run: getModerationQueue, input: () => ({ queue: "changes" }) },
  { name: "approve change", action: "moderation.change.approve", run: approveChangeRequest, input: () => ({ id: pendingChangeId }) },
  {
    name: "reject change",
    action: "moderation.change.reject",
    run: rejectChangeRequest,
    input: () => ({ id: pendingChangeId, reason: "nope nope" }),
  },
  { name: "undo a decision", action: "moderation.change.undo", run: undoDecision, input: () => ({ id: pendingChangeId }) },
  { name: "approve claim", action: "moderation.claim.approve", run: approveClaim, input: () => ({ id: pendingClaimId }) },
  { name: "reject claim", action: "moderation.claim.reject", run: rejectClaim, input: () => ({ id: pendingClaimId, reason: "nope nope" }) },
  {
    name: "verify certification",
    action: "moderation.certification.verify",
    run: verifyCertification,
    input: () => ({ certificationId: certId, status: "ACTIVE", source: "ABR lookup", verifiedOn: "2026-11-01" }),
  },
  {
    name: "resolve error report",
    action: "moderation.error_report.resolve",
    run: resolveErrorReport,
    input: () => ({ id: reportId, status: "DISMISSED", resolution: "spam spam" }),
  },
  {
    name: "disable user",
    action: "moderation.user.disable",
    run: disableUser,
    input: () => ({ userId: managerA.userId, reason: "takeover" }),
  },
  {
    name: "disable user by email",
    action: "moderation.user.disable",
    run: disableUserByEmail,
    input: () => ({ email: managerA.email, reason: "takeover" }),
  },
];

/** Operations any signed-in user may attempt for themselves (claim a practice, accept an invitation to their address). */
const selfServiceOps = (): TOp[] => [
  {
    name: "submit claim",
    action: "claim.submit",
    run: submitClaim,
    input: () => ({
      organizationId: B.organizationId,
      claimantName: "Mallory",
      claimantRole: "Owner",
      workPhone: "316-555-0100",
      evidence: "trust me",
    }),
  },
  { name: "accept invitation", action: "member.accept_invitation", run: acceptInvitation, input: () => ({ token: invitationToken }) },
  { name: "set e-mail setting", action: "account.notify_mode.set", run: setMyNotifyMode, input: () => ({ notifyMode: "DAILY_DIGEST" }) },
];

type TActorCase = { name: string; actor: () => TActor | null; code: "UNAUTHORIZED" | "FORBIDDEN"; logged: boolean };

/** Everyone who must not act on practice A. Signed-out and pre-MFA resolve to no actor, exactly as at the edge. */
const wrongActorsForClinicOps = (): TActorCase[] => [
  { name: "signed out", actor: () => null, code: "UNAUTHORIZED", logged: true },
  { name: "pre-MFA (password only)", actor: () => preMfa, code: "UNAUTHORIZED", logged: true },
  { name: "manager of another practice", actor: () => managerB, code: "FORBIDDEN", logged: true },
  { name: "removed member", actor: () => removedA, code: "FORBIDDEN", logged: true },
  { name: "signed in, no practice", actor: () => outsider, code: "FORBIDDEN", logged: true },
  { name: "moderator (not a clinic member)", actor: () => moderator, code: "FORBIDDEN", logged: true },
];

const wrongActorsForModeratorOps = (): TActorCase[] => [
  { name: "signed out", actor: () => null, code: "UNAUTHORIZED", logged: true },
  { name: "moderator before MFA", actor: () => preMfaModerator, code: "UNAUTHORIZED", logged: true },
  { name: "clinic manager", actor: () => managerA, code: "FORBIDDEN", logged: true },
  { name: "staff", actor: () => staffA, code: "FORBIDDEN", logged: true },
  { name: "removed member", actor: () => removedA, code: "FORBIDDEN", logged: true },
];

const MANAGER_ONLY = new Set([
  "change.propose.organization",
  "member.invite",
  "member.remove",
  "member.invitation.revoke",
  "member.invitations.list",
]);

async function expectRefusedUnchanged(op: TOp, who: TActorCase): Promise<void> {
  const before = await snapshot();
  const denied = await deniedCount(op.action);
  await expectRefused(op.run(who.actor(), op.input()), who.code);
  expect(await snapshot()).toEqual(before);
  if (who.logged) expect(await deniedCount(op.action)).toBe(denied + 1);
}

describe("actor × target matrix: every refused mutation changes nothing and is logged", () => {
  const clinicCases = wrongActorsForClinicOps().flatMap((who) => clinicOps().map((op) => [`${who.name} → ${op.name}`, op, who] as const));
  it.each(clinicCases)("%s", async (_n, op, who) => expectRefusedUnchanged(op, who));

  const staffCases = clinicOps()
    .filter((op) => MANAGER_ONLY.has(op.action))
    .map(
      (op) => [`staff → ${op.name}`, op, { name: "staff", actor: () => staffA, code: "FORBIDDEN", logged: true } as TActorCase] as const,
    );
  it.each(staffCases)("%s", async (_n, op, who) => expectRefusedUnchanged(op, who));

  const moderatorCases = wrongActorsForModeratorOps().flatMap((who) =>
    moderatorOps().map((op) => [`${who.name} → ${op.name}`, op, who] as const),
  );
  it.each(moderatorCases)("%s", async (_n, op, who) => expectRefusedUnchanged(op, who));

  const selfCases = [
    ...selfServiceOps().flatMap((op) => [
      [`signed out → ${op.name}`, op, { name: "signed out", actor: () => null, code: "UNAUTHORIZED", logged: true } as TActorCase] as const,
      [`pre-MFA → ${op.name}`, op, { name: "pre-MFA", actor: () => preMfa, code: "UNAUTHORIZED", logged: true } as TActorCase] as const,
    ]),
    ...[
      { name: "manager of another practice", actor: () => managerB, code: "FORBIDDEN", logged: true } as TActorCase,
      { name: "removed member", actor: () => removedA, code: "FORBIDDEN", logged: true } as TActorCase,
      { name: "moderator", actor: () => moderator, code: "FORBIDDEN", logged: true } as TActorCase,
    ].map((who) => [`${who.name} → accept an invitation addressed to someone else`, selfServiceOps()[1] as TOp, who] as const),
  ];
  it.each(selfCases)("%s", async (_n, op, who) => expectRefusedUnchanged(op, who));
});

/** Every Server Action, and which matrix rows (or which test file, for the public ones) prove its refusals. */
const SERVER_ACTION_COVERAGE: Record<string, string[]> = {
  claimPracticeAction: ["submit claim"],
  proposeOrganizationAction: ["propose practice details"],
  proposeLocationAction: ["propose location"],
  proposeRoleAction: ["propose role"],
  proposeLanguagesAction: ["propose languages"],
  proposeAddPhysicianAction: ["add physician"],
  proposeRemoveRoleAction: ["remove physician"],
  withdrawChangeAction: ["withdraw change request"],
  proposeBulkRolesAction: ["bulk edit from the grid"],
  proposeClosureAction: ["propose a closure"],
  proposeRemoveClosureAction: ["propose removing a closure"],
  undoDecisionAction: ["undo a decision"],
  confirmListingAction: ["confirm the listing"],
  lookupNpiAction: ["look up a physician by NPI"],
  claimCertificationAction: ["claim certification"],
  inviteStaffAction: ["invite staff"],
  removeMemberAction: ["remove member"],
  revokeInvitationAction: ["revoke invitation"],
  acceptInvitationAction: ["accept invitation"],
  reviewChangeAction: ["approve change", "reject change"],
  reviewClaimAction: ["approve claim", "reject claim"],
  verifyCertificationAction: ["verify certification"],
  resolveReportAction: ["resolve error report"],
  disableAccountAction: ["disable user by email"],
  notifyModeAction: ["set e-mail setting"],
};
/** Public by design (no actor to refuse); their limits and refusals are tested in the files named. */
const PUBLIC_ACTIONS: Record<string, string> = {
  signUpAction: "auth.test.ts, abuse-limits.test.ts",
  verifyEmailAction: "auth.test.ts",
  signInAction: "auth.test.ts, abuse-limits.test.ts",
  verifyMfaAction: "auth.test.ts",
  confirmEnrolmentAction: "auth.test.ts",
  forgotPasswordAction: "auth.test.ts, abuse-limits.test.ts",
  resetPasswordAction: "auth.test.ts",
  changePasswordAction: "auth.test.ts (needs the current password)",
  signOutAction: "auth.test.ts",
  signOutEverywhereAction: "auth.test.ts",
  endSessionAction: "auth.test.ts (only the user's own sessions)",
  sendErrorReport: "error-report.test.ts, id-edges.test.ts",
};

describe("the matrix covers every Server Action", () => {
  it("names each exported action, and each named row exists", () => {
    const dirs = ["app/(portal)/portal/_actions", "app/(public)/actions"];
    const exported = dirs.flatMap((d) =>
      readdirSync(d)
        .filter((f) => f.endsWith(".ts"))
        .flatMap((f) => [...readFileSync(path.join(d, f), "utf8").matchAll(/export async function (\w+)/g)].map((m) => m[1] as string)),
    );
    const unmapped = exported.filter((a) => !Object.hasOwn(SERVER_ACTION_COVERAGE, a) && !Object.hasOwn(PUBLIC_ACTIONS, a));
    expect(unmapped).toEqual([]);
    const rows = new Set([...clinicOps(), ...moderatorOps(), ...selfServiceOps()].map((op) => op.name));
    const missing = Object.values(SERVER_ACTION_COVERAGE)
      .flat()
      .filter((n) => !rows.has(n));
    expect(missing).toEqual([]);
  });
});

describe("withdrawing a pending request", () => {
  it("staff cannot withdraw a colleague's request; nothing changes and the refusal is logged", async () => {
    const mine = await proposeOrganizationChange(managerA, {
      organizationId: A.organizationId,
      version: 1,
      changes: { phone: "316-555-0142" },
    });
    const before = await snapshot();
    const denied = await deniedCount("change.withdraw");
    await expectRefused(withdrawChangeRequest(staffA, { organizationId: A.organizationId, id: mine.id }), "FORBIDDEN");
    expect(await snapshot()).toEqual(before);
    expect(await deniedCount("change.withdraw")).toBe(denied + 1);
    // A request id of practice B named under practice A's id is refused the same way.
    const other = await proposeRoleChange(managerB, {
      organizationId: B.organizationId,
      roleId: B.roleId,
      version: 1,
      changes: { telehealth: true },
    });
    await expectRefused(withdrawChangeRequest(managerA, { organizationId: A.organizationId, id: other.id }), "FORBIDDEN");
    expect((await db().changeRequest.findUniqueOrThrow({ where: { id: other.id } })).status).toBe("PENDING");
    // The submitter may; a second withdrawal is a conflict.
    expect(await withdrawChangeRequest(managerA, { organizationId: A.organizationId, id: mine.id })).toEqual({
      id: mine.id,
      status: "WITHDRAWN",
    });
    await expectRefused(withdrawChangeRequest(managerA, { organizationId: A.organizationId, id: mine.id }), "CONFLICT");
    await withdrawChangeRequest(managerB, { organizationId: B.organizationId, id: other.id });
  });

  it("a withdrawn request cannot be approved", async () => {
    const cr = await proposeRoleChange(staffA, {
      organizationId: A.organizationId,
      roleId: A.roleId,
      version: 1,
      changes: { telehealth: true },
    });
    await withdrawChangeRequest(managerA, { organizationId: A.organizationId, id: cr.id });
    await expectRefused(approveChangeRequest(moderator, { id: cr.id }), "CONFLICT");
    expect((await db().practitionerRole.findUniqueOrThrow({ where: { id: A.roleId } })).telehealth).toBe(false);
  });
});

describe("records of another practice, reached by id", () => {
  it("refuses a location, role or physician of practice B submitted under practice A's id", async () => {
    const before = await snapshot();
    const attempts = [
      () =>
        proposeLocationChange(managerA, { organizationId: A.organizationId, locationId: B.locationId, version: 1, changes: { city: "X" } }),
      () => proposeRoleChange(managerA, { organizationId: A.organizationId, roleId: B.roleId, version: 1, changes: { telehealth: true } }),
      () =>
        proposePhysicianLanguages(managerA, {
          organizationId: A.organizationId,
          physicianId: B.physicianId,
          version: 1,
          languages: ["fr"],
        }),
      () => proposeRemoveRole(managerA, { organizationId: A.organizationId, roleId: B.roleId, version: 1 }),
      () =>
        proposeAddPhysician(managerA, {
          organizationId: A.organizationId,
          locationId: B.locationId,
          npi: "1234567893",
          firstName: "A",
          lastName: "B",
        }),
      () => claimCertification(managerA, { organizationId: A.organizationId, physicianId: B.physicianId, board: "ABR", certificate: "IR" }),
      () => proposeOrganizationChange(managerA, { organizationId: B.organizationId, version: 1, changes: { name: "Mine now" } }),
      () => confirmListing(managerA, { organizationId: A.organizationId, locationId: B.locationId }),
    ];
    for (const attempt of attempts) await expectRefused(attempt(), "FORBIDDEN");
    expect(await snapshot()).toEqual(before);
    const rows = await db().auditLog.findMany({ where: { actorUserId: managerA.userId, outcome: "denied" } });
    expect(rows.length).toBeGreaterThanOrEqual(attempts.length);
  });

  it("refuses reading another practice, its members and its history", async () => {
    await expectRefused(getPractice(managerB, { organizationId: A.organizationId }), "FORBIDDEN");
    await expectRefused(listMembers(managerB, { organizationId: A.organizationId }), "FORBIDDEN");
    await expectRefused(listPracticeHistory(managerB, { organizationId: A.organizationId }), "FORBIDDEN");
    await expectRefused(listAllHistory(managerA, {}), "FORBIDDEN");
    await expectRefused(getPractice(null, { organizationId: A.organizationId }), "UNAUTHORIZED");
  });
});

describe("forged fields", () => {
  const forged: Array<[string, () => Promise<unknown>]> = [
    [
      "verifiedAt on a certification claim",
      () =>
        claimCertification(managerA, {
          organizationId: A.organizationId,
          physicianId: A.physicianId,
          board: "ABR",
          certificate: "IR",
          verifiedAt: "2026-01-01",
        }),
    ],
    [
      "status APPROVED on a proposal",
      () =>
        proposeRoleChange(managerA, {
          organizationId: A.organizationId,
          roleId: A.roleId,
          version: 1,
          changes: { telehealth: true },
          status: "APPROVED",
        }),
    ],
    [
      "published inside changes",
      () => proposeOrganizationChange(managerA, { organizationId: A.organizationId, version: 1, changes: { name: "X", published: true } }),
    ],
    [
      "version inside changes",
      () =>
        proposeLocationChange(managerA, {
          organizationId: A.organizationId,
          locationId: A.locationId,
          version: 1,
          changes: { version: 99 },
        }),
    ],
    [
      "organizationId inside changes",
      () =>
        proposeLocationChange(managerA, {
          organizationId: A.organizationId,
          locationId: A.locationId,
          version: 1,
          changes: { organizationId: B.organizationId },
        }),
    ],
    [
      "sourceId on a role",
      () => proposeRoleChange(managerA, { organizationId: A.organizationId, roleId: A.roleId, version: 1, changes: { sourceId: 1 } }),
    ],
    [
      "role MANAGER on an invitation",
      () => inviteStaff(managerA, { organizationId: A.organizationId, email: "x@y.test", role: "MANAGER" }),
    ],
    [
      "status on a claim",
      () =>
        submitClaim(outsider, {
          organizationId: A.organizationId,
          claimantName: "X",
          claimantRole: "Y",
          workPhone: "3165550100",
          evidence: "Z",
          status: "APPROVED",
        }),
    ],
    [
      "identifiedBy on add-physician",
      () =>
        proposeAddPhysician(managerA, {
          organizationId: A.organizationId,
          locationId: A.locationId,
          npi: "1234567893",
          firstName: "A",
          lastName: "B",
          identifiedBy: "MODERATOR",
        }),
    ],
    [
      "an NPI with a wrong check digit",
      () =>
        proposeAddPhysician(managerA, {
          organizationId: A.organizationId,
          locationId: A.locationId,
          npi: "1234567890",
          firstName: "A",
          lastName: "B",
        }),
    ],
    [
      "an unknown language code",
      () =>
        proposePhysicianLanguages(managerA, {
          organizationId: A.organizationId,
          physicianId: A.physicianId,
          version: 1,
          languages: ["klingon"],
        }),
    ],
  ];
  it.each(forged)("refuses %s", async (_n, run) => {
    const before = await snapshot();
    const denied = await db().auditLog.count({ where: { outcome: "denied" } });
    await expectRefused(run(), "VALIDATION_FAILED");
    expect(await snapshot()).toEqual(before);
    expect(await db().auditLog.count({ where: { outcome: "denied" } })).toBe(denied + 1);
  });
});

describe("the audit log", () => {
  it("cannot be updated or deleted", async () => {
    await expect(db().$executeRawUnsafe(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
  });

  it("shows a practice its own history only; moderators see refusals too", async () => {
    const historyA = await listPracticeHistory(staffA, { organizationId: A.organizationId });
    expect(historyA.length).toBeGreaterThan(0);
    expect(historyA.every((h) => h.organizationId === A.organizationId && h.outcome === "ok")).toBe(true);
    const all = await listAllHistory(moderator, { outcome: "denied", limit: 500 });
    expect(all.length).toBeGreaterThan(20);
  });
});
