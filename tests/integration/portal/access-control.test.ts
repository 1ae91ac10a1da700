// Every portal mutation tried as the wrong clinic, as staff for manager-only actions, signed out, with forged
// fields, and moderator operations as clinic users: all refused, nothing changed, the refusal in the audit log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "@/lib/auth/context";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { listAllHistory, listPracticeHistory } from "@/lib/audit/list-audit";
import { verifyCertification } from "@/lib/moderation/certifications";
import { resolveErrorReport } from "@/lib/moderation/error-reports";
import { approveChangeRequest, rejectChangeRequest } from "@/lib/moderation/review-change-request";
import { disableUser, disableUserByEmail } from "@/lib/moderation/users";
import { claimCertification } from "@/lib/portal/certifications";
import { approveClaim, rejectClaim, submitClaim } from "@/lib/portal/claims";
import { getPractice } from "@/lib/portal/get-practice";
import { inviteStaff, listMembers, removeMember } from "@/lib/portal/members";
import {
  proposeAddPhysician,
  proposeLocationChange,
  proposeOrganizationChange,
  proposePhysicianLanguages,
  proposeRemoveRole,
  proposeRoleChange,
} from "@/lib/portal/propose-change";
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

async function expectRefused(p: Promise<unknown>, code: string): Promise<void> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e, "operation should have been refused").not.toBeNull();
  expect(isAppError(e) ? e.code : String(e)).toBe(code);
}

beforeAll(async () => {
  useTempOutbox();
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
];

const moderatorOps = (): TOp[] => [
  { name: "approve change", action: "moderation.change.approve", run: approveChangeRequest, input: () => ({ id: pendingChangeId }) },
  {
    name: "reject change",
    action: "moderation.change.reject",
    run: rejectChangeRequest,
    input: () => ({ id: pendingChangeId, reason: "nope nope" }),
  },
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

describe("refused mutations change nothing and are logged", () => {
  it.each(clinicOps().map((op) => [op.name, op] as const))("signed out: %s", async (_n, op) => {
    const before = await snapshot();
    const denied = await deniedCount(op.action);
    await expectRefused(op.run(null, op.input()), "UNAUTHORIZED");
    expect(await snapshot()).toEqual(before);
    expect(await deniedCount(op.action)).toBe(denied + 1);
  });

  it.each(clinicOps().map((op) => [op.name, op] as const))("another clinic's manager: %s", async (_n, op) => {
    const before = await snapshot();
    const denied = await deniedCount(op.action);
    await expectRefused(op.run(managerB, op.input()), "FORBIDDEN");
    expect(await snapshot()).toEqual(before);
    expect(await deniedCount(op.action)).toBe(denied + 1);
  });

  it.each(clinicOps().map((op) => [op.name, op] as const))("a signed-in user with no practice: %s", async (_n, op) => {
    const before = await snapshot();
    await expectRefused(op.run(outsider, op.input()), "FORBIDDEN");
    expect(await snapshot()).toEqual(before);
  });

  it.each(clinicOps().map((op) => [op.name, op] as const))("a moderator is not a clinic member: %s", async (_n, op) => {
    const before = await snapshot();
    await expectRefused(op.run(moderator, op.input()), "FORBIDDEN");
    expect(await snapshot()).toEqual(before);
  });

  const managerOnly = () =>
    clinicOps().filter((op) => ["change.propose.organization", "member.invite", "member.remove"].includes(op.action));
  it.each(managerOnly().map((op) => [op.name, op] as const))("staff on a manager-only action: %s", async (_n, op) => {
    const before = await snapshot();
    const denied = await deniedCount(op.action);
    await expectRefused(op.run(staffA, op.input()), "FORBIDDEN");
    expect(await snapshot()).toEqual(before);
    expect(await deniedCount(op.action)).toBe(denied + 1);
  });

  it.each(moderatorOps().map((op) => [op.name, op] as const))("clinic manager on a moderator action: %s", async (_n, op) => {
    const before = await snapshot();
    const denied = await deniedCount(op.action);
    await expectRefused(op.run(managerA, op.input()), "FORBIDDEN");
    expect(await snapshot()).toEqual(before);
    expect(await deniedCount(op.action)).toBe(denied + 1);
  });

  it.each(moderatorOps().map((op) => [op.name, op] as const))("signed out on a moderator action: %s", async (_n, op) => {
    const before = await snapshot();
    await expectRefused(op.run(null, op.input()), "UNAUTHORIZED");
    expect(await snapshot()).toEqual(before);
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
