// Issue 11's second pass in the data layer: the grid's bulk edit (one request per record, all or none), closures that
// go public only when approved, a moderator's undo that puts the public data back, and the idempotent daily digest.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { proposeBulkRoleChange } from "@/lib/change-requests/bulk";
import { proposeClosure, proposeRemoveClosure } from "@/lib/change-requests/closures";
import { proposeLocationChange, proposeRoleChange } from "@/lib/change-requests/propose";
import { approveChangeRequest, rejectChangeRequest } from "@/lib/change-requests/review";
import { undoDecision } from "@/lib/change-requests/undo";
import { listPublicClosures } from "@/lib/clinics/closures";
import { getClinicPage } from "@/lib/clinics/get-clinic-page";
import { db } from "@/lib/db/client";
import { isAppError, type AppError } from "@/lib/errors";
import type { TActor } from "@/lib/http/request-context";
import { readOutbox } from "@/lib/mail/outbox";
import { sendDailyDigests } from "@/lib/portal/digest";
import { addMember, createPractice, createUser, resetPortal, signedIn, useTempOutbox, type TPracticeFixture } from "./support";

let outbox: string;
let P: TPracticeFixture;
let Q: TPracticeFixture;
let moderator: TActor;
let otherModerator: TActor;
let manager: TActor;
let outsider: TActor;
let secondRoleId: number;
let secondLocationId: number;

async function caught(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!isAppError(e)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const role = (id: number) =>
  db().practitionerRole.findUniqueOrThrow({ where: { id }, include: { procedures: { include: { procedure: true } } } });
const slugs = async (id: number) => (await role(id)).procedures.map((p) => p.procedure.slug).sort();

beforeAll(async () => {
  outbox = useTempOutbox();
  await resetPortal();
  P = await createPractice("Delta Spine", 11, { lat: 37.69, lng: -97.33, zip: "67202" });
  Q = await createPractice("Other Practice", 12, { lat: 37.69, lng: -97.33, zip: "67202" });
  // A second location of P with the same physician and a second one.
  const src = await db().dataSource.create({ data: { kind: "DEMO", name: "second site" } });
  const asOf = new Date("2026-10-01");
  const loc = await db().location.create({
    data: {
      slug: "delta-east",
      organizationId: P.organizationId,
      name: "Delta Spine East",
      address1: "9 East Rd",
      city: "Wichita",
      state: "KS",
      zip: "67202",
      lat: 37.7,
      lng: -97.3,
      geocodePrecision: "STREET",
      sourceId: src.id,
      asOf,
      lastConfirmedAt: asOf,
    },
  });
  secondLocationId = loc.id;
  secondRoleId = (await db().practitionerRole.create({ data: { physicianId: P.physicianId, locationId: loc.id, sourceId: src.id, asOf } }))
    .id;
  moderator = await signedIn((await createUser({ isModerator: true })).id);
  otherModerator = await signedIn((await createUser({ isModerator: true })).id);
  const m = await createUser({ email: "manager@delta.test" });
  await addMember(m.id, P.organizationId, "MANAGER");
  manager = await signedIn(m.id);
  const o = await createUser({ email: "manager@other.test" });
  await addMember(o.id, Q.organizationId, "MANAGER");
  outsider = await signedIn(o.id);
});
afterAll(async () => db().$disconnect());

describe("bulk edit from the physician × location grid", () => {
  it("adds kyphoplasty for one physician at two locations as one submission: one pending request per record, a shared group, nothing public", async () => {
    const before = await Promise.all([slugs(P.roleId), slugs(secondRoleId)]);
    const r = await proposeBulkRoleChange(manager, {
      organizationId: P.organizationId,
      roles: [
        { roleId: P.roleId, version: 1 },
        { roleId: secondRoleId, version: 1 },
      ],
      addProcedures: ["kyphoplasty"],
      acceptingNewPatients: true,
    });
    expect(r.requests).toHaveLength(2);
    const crs = await db().changeRequest.findMany({ where: { groupId: r.groupId }, orderBy: { id: "asc" } });
    expect(crs.map((c) => c.status)).toEqual(["PENDING", "PENDING"]);
    expect(crs[0]?.proposed).toEqual({ acceptingNewPatients: true, procedures: ["kyphoplasty", "vertebroplasty"] });
    expect(crs[1]?.proposed).toEqual({ acceptingNewPatients: true, procedures: ["kyphoplasty"] });
    expect(await Promise.all([slugs(P.roleId), slugs(secondRoleId)])).toEqual(before);
    expect((await role(P.roleId)).acceptingNewPatients).toBe(false);
  });

  it("merges into the pending requests the grid showed, and refuses everything when one record's pending edit was not shown", async () => {
    const pending = await db().changeRequest.findMany({
      where: { status: "PENDING", entity: "practitioner_role" },
      orderBy: { id: "asc" },
    });
    const [a, b] = pending;
    if (!a || !b) throw new Error("fixture");
    const stale = await caught(
      proposeBulkRoleChange(manager, {
        organizationId: P.organizationId,
        roles: [
          { roleId: P.roleId, version: 1, basedOnRequest: a.id },
          { roleId: secondRoleId, version: 1 },
        ],
        telehealth: true,
      }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(await db().changeRequest.count({ where: { status: "PENDING" } })).toBe(2);
    const r = await proposeBulkRoleChange(manager, {
      organizationId: P.organizationId,
      roles: [
        { roleId: P.roleId, version: 1, basedOnRequest: a.id },
        { roleId: secondRoleId, version: 1, basedOnRequest: b.id },
      ],
      telehealth: true,
    });
    expect(r.requests.map((x) => x.mergedFrom)).toEqual([a.id, b.id]);
    const merged = await db().changeRequest.findUniqueOrThrow({ where: { id: r.requests[0]?.id } });
    expect(merged.proposed).toEqual({ acceptingNewPatients: true, telehealth: true, procedures: ["kyphoplasty", "vertebroplasty"] });
  });

  it("refuses a record of another practice (recorded) and plain-language input errors", async () => {
    const e = await caught(
      proposeBulkRoleChange(manager, { organizationId: P.organizationId, roles: [{ roleId: Q.roleId, version: 1 }], telehealth: true }),
    );
    expect(e.code).toBe("FORBIDDEN");
    expect(await db().changeRequest.count({ where: { entityId: Q.roleId } })).toBe(0);
    const nothing = await caught(
      proposeBulkRoleChange(manager, { organizationId: P.organizationId, roles: [{ roleId: P.roleId, version: 1 }] }),
    );
    expect(nothing.code).toBe("VALIDATION_FAILED");
    expect(JSON.stringify(nothing.details)).toContain("Choose what to change");
    const none = await caught(proposeBulkRoleChange(manager, { organizationId: P.organizationId, roles: [], telehealth: true }));
    expect(JSON.stringify(none.details)).toContain("Tick at least one physician");
    expect(
      (
        await caught(
          proposeBulkRoleChange(outsider, {
            organizationId: P.organizationId,
            roles: [{ roleId: P.roleId, version: 1 }],
            telehealth: true,
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
  });

  it("approving each request of the group publishes it", async () => {
    const pending = await db().changeRequest.findMany({
      where: { status: "PENDING", entity: "practitioner_role" },
      orderBy: { id: "asc" },
    });
    for (const c of pending) await approveChangeRequest(moderator, { id: c.id });
    expect(await slugs(secondRoleId)).toEqual(["kyphoplasty"]);
    expect((await role(P.roleId)).telehealth).toBe(true);
  });
});

describe("temporary closures", () => {
  it("are shown publicly only after approval, on now or within 30 days", async () => {
    const bad = await caught(
      proposeClosure(manager, {
        organizationId: P.organizationId,
        locationId: P.locationId,
        startsOn: day(5),
        endsOn: day(3),
        note: "Holidays",
      }),
    );
    expect(JSON.stringify(bad.details)).toContain("The last day closed must be on or after the first day.");
    const noNote = await caught(
      proposeClosure(manager, { organizationId: P.organizationId, locationId: P.locationId, startsOn: day(1), endsOn: day(2), note: " " }),
    );
    expect(JSON.stringify(noNote.details)).toContain("Write a short note for patients");
    const r = await proposeClosure(manager, {
      organizationId: P.organizationId,
      locationId: P.locationId,
      startsOn: day(2),
      endsOn: day(4),
      note: "Holiday closure",
    });
    expect(r.summary).toMatch(/^Closed [A-Z][a-z]{2} \d+/);
    expect(await listPublicClosures([P.locationId])).toEqual([]);
    await approveChangeRequest(moderator, { id: r.id });
    const shown = await listPublicClosures([P.locationId]);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ note: "Holiday closure", startsOn: day(2), endsOn: day(4), current: false });
    // Far ahead: approved but not announced yet; another location of another practice is refused.
    const far = await proposeClosure(manager, {
      organizationId: P.organizationId,
      locationId: secondLocationId,
      startsOn: day(45),
      endsOn: day(46),
      note: "Renovation",
    });
    await approveChangeRequest(moderator, { id: far.id });
    expect(await listPublicClosures([secondLocationId])).toEqual([]);
    expect(
      (
        await caught(
          proposeClosure(manager, {
            organizationId: P.organizationId,
            locationId: Q.locationId,
            startsOn: day(1),
            endsOn: day(1),
            note: "x",
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    // Overlapping days are refused in words.
    const overlap = await caught(
      proposeClosure(manager, {
        organizationId: P.organizationId,
        locationId: P.locationId,
        startsOn: day(3),
        endsOn: day(6),
        note: "again",
      }),
    );
    expect(overlap.message).toMatch(/already closed/);
  });

  it("a removal is moderated too", async () => {
    const c = await db().locationClosure.findFirstOrThrow({ where: { locationId: P.locationId } });
    const r = await proposeRemoveClosure(manager, { organizationId: P.organizationId, closureId: c.id });
    expect(await listPublicClosures([P.locationId])).toHaveLength(1);
    await approveChangeRequest(moderator, { id: r.id });
    expect(await listPublicClosures([P.locationId])).toEqual([]);
    // Undo by the moderator puts the closure back.
    await undoDecision(moderator, { id: r.id });
    expect(await listPublicClosures([P.locationId])).toHaveLength(1);
    await rejectChangeRequest(moderator, { id: r.id, reason: "Keep it, the clinic called." });
  });
});

describe("moderator undo", () => {
  it("reverts an approved location edit: values, public page, last-confirmed date and provenance as before; the request is pending again", async () => {
    await db().location.update({ where: { id: P.locationId }, data: { lastConfirmedAt: new Date("2026-10-01") } });
    const publicBefore = await getClinicPage("loc-11");
    const provenanceBefore = await db().fieldProvenance.findMany({
      where: { entity: "location", entityId: P.locationId },
      orderBy: { field: "asc" },
    });
    const loc = await db().location.findUniqueOrThrow({ where: { id: P.locationId } });
    const r = await proposeLocationChange(manager, {
      organizationId: P.organizationId,
      locationId: P.locationId,
      version: loc.version,
      changes: { phone: "316-555-0199", hours: [{ day: 1, open: "08:00", close: "12:00" }] },
    });
    await approveChangeRequest(moderator, { id: r.id });
    const publicAfter = await getClinicPage("loc-11");
    expect(publicAfter.phone).not.toEqual(publicBefore.phone);
    expect(publicAfter.lastConfirmedAt).not.toEqual(publicBefore.lastConfirmedAt);

    // Another moderator cannot undo it.
    expect((await caught(undoDecision(otherModerator, { id: r.id }))).message).toMatch(/Only the moderator who decided/);
    const undone = await undoDecision(moderator, { id: r.id });
    expect(undone).toMatchObject({ status: "PENDING", undone: "APPROVED" });
    const publicUndone = await getClinicPage("loc-11");
    expect({ ...publicUndone }).toEqual({ ...publicBefore });
    expect(
      await db().fieldProvenance.findMany({ where: { entity: "location", entityId: P.locationId }, orderBy: { field: "asc" } }),
    ).toEqual(provenanceBefore.map((p) => expect.objectContaining({ field: p.field, sourceId: p.sourceId, asOf: p.asOf })));
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "moderation.change.undo", entityId: String(P.locationId) } });
    expect(audit.outcome).toBe("ok");
    // Pending again, against the restored version: it can be decided again.
    await approveChangeRequest(moderator, { id: r.id });
    expect((await getClinicPage("loc-11")).phone).toEqual(publicAfter.phone);
  });

  it("reverts procedures with their import sources, and refuses once the record changed again or the window passed", async () => {
    const before = await role(secondRoleId);
    const r = await proposeRoleChange(manager, {
      organizationId: P.organizationId,
      roleId: secondRoleId,
      version: before.version,
      changes: { procedures: ["kyphoplasty", "vertebroplasty"] },
    });
    await approveChangeRequest(moderator, { id: r.id });
    await undoDecision(moderator, { id: r.id });
    const after = await role(secondRoleId);
    expect(after.procedures.map((p) => [p.procedure.slug, p.sourceId])).toEqual(
      before.procedures.map((p) => [p.procedure.slug, p.sourceId]),
    );
    expect(after.acceptingNewPatients).toBe(before.acceptingNewPatients);
    await approveChangeRequest(moderator, { id: r.id });
    // Changed again since: the undo would overwrite a newer change.
    const now = await role(secondRoleId);
    const r2 = await proposeRoleChange(manager, {
      organizationId: P.organizationId,
      roleId: secondRoleId,
      version: now.version,
      changes: { telehealth: false },
    });
    await approveChangeRequest(moderator, { id: r2.id });
    expect((await caught(undoDecision(moderator, { id: r.id }))).message).toMatch(/changed again/);
    // Past the window.
    await db().changeRequest.update({ where: { id: r2.id }, data: { reviewedAt: new Date(Date.now() - 16 * 60_000) } });
    expect((await caught(undoDecision(moderator, { id: r2.id }))).message).toMatch(/within 15 minutes/);
  });

  it("takes back a rejection, and refuses clinic users", async () => {
    const now = await role(P.roleId);
    const r = await proposeRoleChange(manager, {
      organizationId: P.organizationId,
      roleId: P.roleId,
      version: now.version,
      changes: { telehealth: false },
    });
    await rejectChangeRequest(moderator, { id: r.id, reason: "Please call us first." });
    expect((await caught(undoDecision(manager, { id: r.id }))).code).toBe("FORBIDDEN");
    await undoDecision(moderator, { id: r.id });
    expect((await db().changeRequest.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("PENDING");
    await approveChangeRequest(moderator, { id: r.id });
    expect((await role(P.roleId)).telehealth).toBe(false);
  });
});

describe("daily digest", () => {
  it("sends each manager who chose the digest one e-mail a day with what was decided and joined, and nothing on a second run", async () => {
    await db().portalUser.updateMany({ where: { id: { in: [manager.userId, outsider.userId] } }, data: { notifyMode: "DAILY_DIGEST" } });
    const inv = await db().invitation.create({
      data: {
        organizationId: P.organizationId,
        email: "colleague@delta.test",
        tokenHash: "x".repeat(64),
        invitedById: manager.userId,
        expiresAt: new Date(Date.now() + 86_400_000),
        acceptedAt: new Date(),
      },
    });
    expect(inv.id).toBeGreaterThan(0);
    const ctx = { requestId: "test:digest", ipHash: null };
    const first = await sendDailyDigests(ctx);
    expect(first.sent).toBe(1);
    const mails = (await readOutbox(outbox)).filter((m) => m.subject.startsWith("IR Finder daily digest"));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toBe("manager@delta.test");
    expect(mails[0]?.text).toContain("Delta Spine");
    expect(mails[0]?.text).toContain("Approved:");
    expect(mails[0]?.text).toContain("Joined the practice: colleague@delta.test");
    expect(mails[0]?.text).toContain("/portal/practices/");
    const second = await sendDailyDigests(ctx);
    expect(second).toMatchObject({ sent: 0, alreadySent: 1 });
    expect((await readOutbox(outbox)).filter((m) => m.subject.startsWith("IR Finder daily digest"))).toHaveLength(1);
    // The other practice had nothing to report: no e-mail (its listing was confirmed recently).
    expect(mails.some((m) => m.to === "manager@other.test")).toBe(false);
    // The next day is a new digest (listing reminders when a listing nears a year without confirmation).
    await db().location.update({ where: { id: Q.locationId }, data: { lastConfirmedAt: new Date(Date.now() - 340 * 86_400_000) } });
    const tomorrow = await sendDailyDigests(ctx, { now: new Date(Date.now() + 86_400_000) });
    expect(tomorrow.sent).toBe(1);
    const other = (await readOutbox(outbox)).find((m) => m.to === "manager@other.test");
    expect(other?.text).toContain("Please confirm these listings are still correct");
  });
});
