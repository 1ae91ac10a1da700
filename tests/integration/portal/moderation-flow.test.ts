// The clinic-to-public path: claims, invitations, proposals that stay invisible until approved, atomic approval
// with provenance, rejection with a reason, version conflicts that show current values, certifications, reports.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "@/lib/http/request-context";
import { db } from "@/lib/db/client";
import { isAppError, type AppError } from "@/lib/errors";
import { linkIn, readOutbox } from "@/lib/mail/outbox";
import { listErrorReports, resolveErrorReport } from "@/lib/moderation/error-reports";
import { approveChangeRequest, rejectChangeRequest } from "@/lib/change-requests/review";
import { claimCertification } from "@/lib/portal/certifications";
import { confirmListing } from "@/lib/portal/confirm-listing";
import { lookupPhysicianByNpi } from "@/lib/portal/npi-lookup";
import { getModerationQueue } from "@/lib/moderation/queue";
import { approveClaim, rejectClaim } from "@/lib/claims/review";
import { searchPractices, submitClaim } from "@/lib/claims/submit";
import { getPractice, listMyPractices } from "@/lib/portal/get-practice";
import { acceptInvitation, inviteStaff, listMembers, listMyInvitations, previewInvitation, removeMember } from "@/lib/portal/members";
import { proposeAddPhysician, proposeLocationChange, proposeRemoveRole, proposeRoleChange } from "@/lib/change-requests/propose";
import { ZSearchQuery } from "@/lib/search/schema";
import { searchPhysiciansNear } from "@/lib/search/search-physicians-near";
import { addMember, createPractice, createUser, resetPortal, signedIn, useTempOutbox, type TPracticeFixture } from "./support";

let outbox: string;
let P: TPracticeFixture;
let moderator: TActor;
let manager: TActor;
let staff: TActor;

async function caught(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!isAppError(e)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}

const kyphoplastyNear = (accepting: boolean) =>
  searchPhysiciansNear(
    ZSearchQuery.parse({
      near: "37.69,-97.33",
      radius: 25,
      procedure: "kyphoplasty",
      ...(accepting ? { acceptingNewPatients: "true" } : {}),
    }),
  );

beforeAll(async () => {
  outbox = useTempOutbox();
  await resetPortal();
  P = await createPractice("Gamma Spine Center", 7, { lat: 37.69, lng: -97.33, zip: "67202" });
  moderator = await signedIn((await createUser({ isModerator: true })).id);
  manager = await signedIn((await createUser({ email: "manager@gamma.test" })).id);
  staff = await signedIn((await createUser({ email: "staff@gamma.test" })).id);
});
afterAll(async () => db().$disconnect());

describe("claiming and staffing a practice", () => {
  it("finds the practice, files a claim, and becomes manager only on approval", async () => {
    const hits = await searchPractices(manager, { q: "gamma spine" });
    expect(hits.map((h) => h.id)).toContain(P.organizationId);
    const claim = await submitClaim(manager, {
      organizationId: P.organizationId,
      claimantName: "Mia Manager",
      claimantRole: "Practice manager",
      workPhone: "316-555-0100",
      evidence: "Listed on our website staff page.",
    });
    expect(
      (
        await caught(
          submitClaim(manager, {
            organizationId: P.organizationId,
            claimantName: "Mia",
            claimantRole: "PM",
            workPhone: "3165550100",
            evidence: "again",
          }),
        )
      ).code,
    ).toBe("CONFLICT");
    expect(await listMyPractices(manager)).toEqual([]);
    const queue = await getModerationQueue(moderator, { queue: "claims" });
    expect(queue.items.queue === "claims" ? queue.items.claims.map((c) => c.id) : []).toContain(claim.id);
    await approveClaim(moderator, { id: claim.id });
    expect((await caught(approveClaim(moderator, { id: claim.id }))).code).toBe("CONFLICT");
    expect(await listMyPractices(manager)).toEqual([{ organizationId: P.organizationId, name: "Gamma Spine Center", role: "MANAGER" }]);
  });

  it("rejects a claim with a reason the claimant receives", async () => {
    const other = await signedIn((await createUser({ email: "pretender@x.test" })).id);
    const claim = await submitClaim(other, {
      organizationId: P.organizationId,
      claimantName: "P",
      claimantRole: "?",
      workPhone: "3165550100",
      evidence: "trust me",
    });
    await rejectClaim(moderator, { id: claim.id, reason: "Could not confirm with the practice by phone." });
    expect(await listMyPractices(other)).toEqual([]);
    expect((await readOutbox(outbox, "pretender@x.test")).at(-1)?.text).toContain("Could not confirm");
  });

  it("invites staff by e-mail; only the invited address can accept, once", async () => {
    await inviteStaff(manager, { organizationId: P.organizationId, email: "staff@gamma.test" });
    const mail = (await readOutbox(outbox, "staff@gamma.test")).at(-1);
    const link = mail ? linkIn(mail, "/portal/invitations/accept") : null;
    const token = new URL(link ?? "http://x").searchParams.get("token") ?? "";
    const intruder = await signedIn((await createUser({ email: "intruder@x.test" })).id);
    expect((await caught(acceptInvitation(intruder, { token }))).code).toBe("FORBIDDEN");
    await acceptInvitation(staff, { token });
    expect((await caught(acceptInvitation(staff, { token }))).code).toBe("FORBIDDEN");
    const members = await listMembers(staff, { organizationId: P.organizationId });
    expect(members.map((m) => [m.email, m.role])).toEqual([
      ["manager@gamma.test", "MANAGER"],
      ["staff@gamma.test", "STAFF"],
    ]);
  });

  it("an invitation shows on the invitee's home page, named, and is accepted from there by id (only by its addressee)", async () => {
    const newcomer = await signedIn((await createUser({ email: "newcomer@gamma.test" })).id);
    const { id } = await inviteStaff(manager, { organizationId: P.organizationId, email: "newcomer@gamma.test" });
    const mine = await listMyInvitations(newcomer);
    expect(mine).toEqual([expect.objectContaining({ id, organizationName: "Gamma Spine Center", email: "newcomer@gamma.test" })]);
    expect(mine[0]?.invitedBy).toContain("manager@gamma.test");
    const invitationMail = (await readOutbox(outbox, "newcomer@gamma.test")).at(-1);
    const token = new URL((invitationMail && linkIn(invitationMail, "/portal/invitations/accept")) ?? "http://x").searchParams.get("token");
    expect(await previewInvitation({ token })).toMatchObject({ organizationName: "Gamma Spine Center" });
    expect(await previewInvitation({ token: "x".repeat(40) })).toBeNull();
    const stranger = await signedIn((await createUser({ email: "stranger@x.test" })).id);
    expect((await caught(acceptInvitation(stranger, { invitationId: id }))).code).toBe("FORBIDDEN");
    expect(await acceptInvitation(newcomer, { invitationId: id })).toEqual({ organizationId: P.organizationId });
    expect(await listMyInvitations(newcomer)).toEqual([]);
    expect(await previewInvitation({ token })).toBeNull();
  });

  it("keeps at least one manager", async () => {
    expect((await caught(removeMember(manager, { organizationId: P.organizationId, userId: manager.userId }))).code).toBe("CONFLICT");
  });
});

describe("editing through change requests", () => {
  let crId: number;

  it("a staff edit is pending: live tables, search and API are unchanged", async () => {
    expect((await kyphoplastyNear(false)).results).toHaveLength(0);
    const cr = await proposeRoleChange(staff, {
      organizationId: P.organizationId,
      roleId: P.roleId,
      version: 1,
      changes: { acceptingNewPatients: true, procedures: ["kyphoplasty", "vertebroplasty"] },
    });
    crId = cr.id;
    const role = await db().practitionerRole.findUniqueOrThrow({ where: { id: P.roleId } });
    expect(role).toMatchObject({ acceptingNewPatients: false, version: 1 });
    expect((await kyphoplastyNear(false)).results).toHaveLength(0);
    const queue = await getModerationQueue(moderator, { queue: "changes" });
    const item = queue.items.queue === "changes" ? queue.items.changes.find((q) => q.id === cr.id) : undefined;
    expect(item?.before).toEqual({ acceptingNewPatients: false, procedures: ["vertebroplasty"] });
    expect(item?.proposed).toEqual({ acceptingNewPatients: true, procedures: ["kyphoplasty", "vertebroplasty"] });
  });

  it("a second edit of the same record merges into the pending one, field by field; a field set back to the value on file drops out", async () => {
    // A form that did not show the pending edit is a conflict that shows it; one that did is merged.
    const stale = await caught(
      proposeRoleChange(manager, { organizationId: P.organizationId, roleId: P.roleId, version: 1, changes: { telehealth: true } }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.details).toMatchObject({ pending: { id: crId }, current: { acceptingNewPatients: true, telehealth: false } });
    const merged = await proposeRoleChange(manager, {
      organizationId: P.organizationId,
      roleId: P.roleId,
      version: 1,
      basedOnRequest: crId,
      changes: { telehealth: true },
    });
    expect(merged).toMatchObject({ status: "PENDING", mergedFrom: crId });
    expect(await db().changeRequest.findUniqueOrThrow({ where: { id: crId } })).toMatchObject({ status: "WITHDRAWN" });
    const m = await db().changeRequest.findUniqueOrThrow({ where: { id: merged.id } });
    expect(m.proposed).toEqual({ acceptingNewPatients: true, procedures: ["kyphoplasty", "vertebroplasty"], telehealth: true });
    expect(m.summary).toMatch(
      /^Accepting new patients, procedures offered and telehealth visits — Doc Number7 at Gamma Spine Center Main \(1 Main St, Wichita, KS 67202\)$/,
    );
    const back = await proposeRoleChange(manager, {
      organizationId: P.organizationId,
      roleId: P.roleId,
      version: 1,
      basedOnRequest: merged.id,
      changes: { telehealth: false },
    });
    expect(await db().changeRequest.findUniqueOrThrow({ where: { id: back.id } })).toMatchObject({
      status: "PENDING",
      proposed: { acceptingNewPatients: true, procedures: ["kyphoplasty", "vertebroplasty"] },
    });
    expect(await db().changeRequest.count({ where: { entity: "practitioner_role", entityId: P.roleId, status: "PENDING" } })).toBe(1);
    crId = back.id;
  });

  it("approval applies atomically: version bump, provenance as a clinic edit, audit row, visible in search", async () => {
    await approveChangeRequest(moderator, { id: crId });
    const role = await db().practitionerRole.findUniqueOrThrow({
      where: { id: P.roleId },
      include: { procedures: { include: { procedure: true } } },
    });
    expect(role.acceptingNewPatients).toBe(true);
    expect(role.version).toBe(2);
    expect(role.procedures.map((p) => p.procedure.slug).sort()).toEqual(["kyphoplasty", "vertebroplasty"]);
    const prov = await db().fieldProvenance.findMany({
      where: { entity: "practitioner_role", entityId: P.roleId },
      include: { source: true },
    });
    expect(prov.map((p) => [p.field, p.source.kind]).sort()).toEqual([
      ["acceptingNewPatients", "CLINIC_EDIT"],
      ["procedures", "CLINIC_EDIT"],
    ]);
    const audit = await db().auditLog.findFirst({ where: { action: "moderation.change.approve", entityId: String(P.roleId) } });
    expect(audit?.actorUserId).toBe(moderator.userId);
    const r = await kyphoplastyNear(true);
    expect(r.results.map((x) => x.physician.npi)).toHaveLength(1);
  });

  it("an edit from a stale version is a conflict with the current values", async () => {
    const e = await caught(
      proposeRoleChange(staff, { organizationId: P.organizationId, roleId: P.roleId, version: 1, changes: { telehealth: true } }),
    );
    expect(e.code).toBe("CONFLICT");
    expect(e.details).toMatchObject({ currentVersion: 2, current: { acceptingNewPatients: true } });
  });

  it("a rejected edit never reaches the live record; the clinic sees the reason", async () => {
    const cr = await proposeLocationChange(staff, {
      organizationId: P.organizationId,
      locationId: P.locationId,
      version: 1,
      changes: { phone: "316-555-9999", point: { source: "pin", lat: 37.7, lng: -97.3 } },
    });
    await rejectChangeRequest(moderator, { id: cr.id, reason: "The number goes to a fax machine." });
    const loc = await db().location.findUniqueOrThrow({ where: { id: P.locationId } });
    expect(loc.phone).toBeNull();
    expect(loc.version).toBe(1);
    const practice = await getPractice(staff, { organizationId: P.organizationId });
    expect(practice.changeRequests.find((c) => c.id === cr.id)).toMatchObject({
      status: "REJECTED",
      reason: "The number goes to a fax machine.",
    });
  });

  it("a new ZIP moves the point to the ZIP centroid on approval", async () => {
    const cr = await proposeLocationChange(staff, {
      organizationId: P.organizationId,
      locationId: P.locationId,
      version: 1,
      changes: { zip: "67203", hours: [{ day: 1, open: "08:00", close: "17:00" }] },
    });
    await approveChangeRequest(moderator, { id: cr.id });
    const loc = await db().location.findUniqueOrThrow({ where: { id: P.locationId } });
    expect(loc).toMatchObject({ zip: "67203", lat: 37.7048, lng: -97.3638, geocodePrecision: "ZIP_CENTROID", version: 2 });
    expect(loc.hours).toEqual([{ day: 1, open: "08:00", close: "17:00" }]);
  });

  it("looks a physician up by NPI in the directory (members only), to fill the add-physician form", async () => {
    const known = await db().physician.findUniqueOrThrow({ where: { id: P.physicianId } });
    expect(await lookupPhysicianByNpi(staff, { organizationId: P.organizationId, npi: known.npi })).toEqual({
      npi: known.npi,
      firstName: "Doc",
      lastName: "Number7",
      credentials: null,
      listedAtLocationIds: [P.locationId],
    });
    expect(await lookupPhysicianByNpi(staff, { organizationId: P.organizationId, npi: "1234567893" })).toBeNull();
    expect((await caught(lookupPhysicianByNpi(staff, { organizationId: P.organizationId, npi: "1234567890" }))).code).toBe(
      "VALIDATION_FAILED",
    );
  });

  it("adds a new physician by NPI on approval, then removes them from the location", async () => {
    const cr = await proposeAddPhysician(staff, {
      organizationId: P.organizationId,
      locationId: P.locationId,
      npi: "1234567893",
      firstName: "Nora",
      lastName: "Newdoc",
      credentials: "MD",
    });
    expect(await db().physician.count({ where: { npi: "1234567893" } })).toBe(0);
    await approveChangeRequest(moderator, { id: cr.id });
    const ph = await db().physician.findUniqueOrThrow({ where: { npi: "1234567893" }, include: { source: true, roles: true } });
    expect(ph.identifiedBy).toBe("CLINIC");
    expect(ph.source.kind).toBe("CLINIC_EDIT");
    const roleId = ph.roles[0]?.id ?? 0;
    const rm = await proposeRemoveRole(manager, { organizationId: P.organizationId, roleId, version: 1 });
    await approveChangeRequest(moderator, { id: rm.id });
    expect(await db().practitionerRole.count({ where: { id: roleId } })).toBe(0);
  });
});

describe("confirming a listing", () => {
  it("moves the location's and its physicians' last-confirmed dates to today, directly, with an audit entry", async () => {
    await db().location.update({ where: { id: P.locationId }, data: { lastConfirmedAt: new Date("2025-01-02") } });
    const today = new Date().toISOString().slice(0, 10);
    expect(await confirmListing(staff, { organizationId: P.organizationId, locationId: P.locationId })).toEqual({
      locationId: P.locationId,
      confirmedOn: today,
    });
    const loc = await db().location.findUniqueOrThrow({ where: { id: P.locationId } });
    expect(loc.lastConfirmedAt.toISOString().slice(0, 10)).toBe(today);
    const ph = await db().physician.findUniqueOrThrow({ where: { id: P.physicianId } });
    expect(ph.lastConfirmedAt.toISOString().slice(0, 10)).toBe(today);
    const audit = await db().auditLog.findFirst({ where: { action: "listing.confirm", entityId: String(P.locationId) } });
    expect(audit?.before).toEqual({ lastConfirmedAt: "2025-01-02" });
  });
});

describe("certifications and error reports", () => {
  it("a claimed certification is a change request and shows only after a moderator approves it", async () => {
    const { id } = await claimCertification(staff, {
      organizationId: P.organizationId,
      physicianId: P.physicianId,
      board: "American Board of Radiology",
      certificate: "Interventional Radiology and Diagnostic Radiology",
    });
    const badge = async () => (await kyphoplastyNear(false)).results[0]?.physician.certifications ?? [];
    expect(await badge()).toEqual([]);
    await approveChangeRequest(moderator, { id });
    const cert = await db().boardCertification.findFirstOrThrow({ where: { physicianId: P.physicianId }, include: { source: true } });
    expect(cert).toMatchObject({ status: "ACTIVE", verifiedBy: `moderator #${moderator.userId}` });
    expect(cert.source).toMatchObject({ kind: "CLINIC_EDIT" });
    expect((await badge()).length).toBe(1);
  });

  it("moderators resolve an open report once", async () => {
    const r = await db().errorReport.create({
      data: { topic: "PHONE", message: "Number disconnected", reporterHash: "h", physicianId: P.physicianId },
    });
    const open = await listErrorReports(moderator, {});
    expect(open.find((x) => x.id === r.id)?.physician?.id).toBe(P.physicianId);
    await resolveErrorReport(moderator, { id: r.id, status: "RESOLVED", resolution: "Clinic confirmed the new number." });
    expect((await caught(resolveErrorReport(moderator, { id: r.id, status: "DISMISSED", resolution: "again" }))).code).toBe("CONFLICT");
    expect((await listErrorReports(moderator, { status: "RESOLVED" })).map((x) => x.id)).toContain(r.id);
  });
});

describe("mail-sending actions are rate limited per user", () => {
  it("refuses the 21st invitation within an hour", async () => {
    const { AUTH_LIMITS } = await import("@/lib/auth/limits");
    const Q = await createPractice("Epsilon Radiology", 8, { lat: 37.69, lng: -97.33, zip: "67202" });
    const busy = await signedIn((await createUser({ email: "busy@epsilon.test" })).id);
    await addMember(busy.userId, Q.organizationId, "MANAGER");
    for (let i = 0; i < AUTH_LIMITS.invitePerUser.limit; i++) {
      await inviteStaff(busy, { organizationId: Q.organizationId, email: `bulk${i}@epsilon.test` });
    }
    const e = await caught(inviteStaff(busy, { organizationId: Q.organizationId, email: "one-more@gamma.test" }));
    expect(e.code).toBe("RATE_LIMITED");
    expect(await readOutbox(outbox, "one-more@gamma.test")).toHaveLength(0);
  });
});
