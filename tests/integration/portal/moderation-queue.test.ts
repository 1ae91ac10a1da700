// The moderators' queue at scale: true counts past 200, every item reachable by paging, a certification claimed
// today found first, search, filters (kind, practice, age) and both sort orders.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "@/lib/http/request-context";
import { db } from "@/lib/db/client";
import { getModerationQueue, QUEUE_PAGE_SIZE, type TModerationQueue } from "@/lib/moderation/queue";
import { claimCertification } from "@/lib/portal/certifications";
import { addMember, createPractice, createUser, resetPortal, signedIn, useTempOutbox, type TPracticeFixture } from "./support";

let moderator: TActor;
let clinic: TActor;
let A: TPracticeFixture;
let B: TPracticeFixture;
const OLD_EDITS = 230;
const IMPORTED_UNVERIFIED = 240;

const changeIds = (q: TModerationQueue) => (q.items.queue === "changes" ? q.items.changes.map((c) => c.id) : []);

beforeAll(async () => {
  useTempOutbox();
  await resetPortal();
  A = await createPractice("Queue Alpha Spine", 31, { lat: 37.69, lng: -97.33, zip: "67202" });
  B = await createPractice("Queue Beta Vascular", 32, { lat: 37.7, lng: -97.36, zip: "67203" });
  moderator = await signedIn((await createUser({ isModerator: true })).id);
  const u = await createUser();
  await addMember(u.id, A.organizationId, "MANAGER");
  clinic = await signedIn(u.id);
  // A backlog older than whatever arrives today: 230 location edits of practice B, spread over the last 60 days.
  const day = 86_400_000;
  await db().changeRequest.createMany({
    data: Array.from({ length: OLD_EDITS }, (_, i) => ({
      organizationId: B.organizationId,
      submittedById: u.id,
      entity: "location" as const,
      entityId: B.locationId,
      action: "UPDATE" as const,
      baseVersion: 1,
      before: { phone: null },
      proposed: { phone: `316-555-${String(1000 + i)}` },
      summary: `Phone — backlog ${i}`,
      createdAt: new Date(Date.now() - (60 - i / 10) * day),
    })),
  });
  // Imported certifications nobody has verified yet.
  const source = await db().dataSource.create({ data: { kind: "DEMO", name: "queue fixture" } });
  await db().boardCertification.createMany({
    data: Array.from({ length: IMPORTED_UNVERIFIED }, (_, i) => ({
      physicianId: B.physicianId,
      board: "ABR",
      certificate: `Imported ${i}`,
      status: "ACTIVE" as const,
      sourceId: source.id,
    })),
  });
});
afterAll(async () => db().$disconnect());

describe("the moderation queue", () => {
  it("counts everything waiting, not the first 200", async () => {
    const q = await getModerationQueue(moderator, {});
    expect(q.counts).toEqual({ changes: OLD_EDITS, certifications: IMPORTED_UNVERIFIED, claims: 0, reports: 0 });
    expect(q.total).toBe(OLD_EDITS);
    expect(q.pageCount).toBe(Math.ceil(OLD_EDITS / QUEUE_PAGE_SIZE));
    expect(changeIds(q)).toHaveLength(QUEUE_PAGE_SIZE);
  });

  it("pages reach every item exactly once, oldest first", async () => {
    const seen: number[] = [];
    for (let page = 1; page <= Math.ceil(OLD_EDITS / QUEUE_PAGE_SIZE); page++)
      seen.push(...changeIds(await getModerationQueue(moderator, { page })));
    expect(new Set(seen).size).toBe(OLD_EDITS);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it("a certification claimed today is in the certifications queue, before imported ones, on the first page", async () => {
    const { id } = await claimCertification(clinic, {
      organizationId: A.organizationId,
      physicianId: A.physicianId,
      board: "American Board of Radiology",
      certificate: "Interventional Radiology and Diagnostic Radiology",
    });
    const q = await getModerationQueue(moderator, { queue: "certifications" });
    expect(q.counts.certifications).toBe(IMPORTED_UNVERIFIED + 1);
    expect(q.items.queue === "certifications" && q.items.claimed.map((c) => c.id)).toEqual([id]);
    expect(q.items.queue === "certifications" && q.items.claimed[0]?.target.label).toBe(
      "Doc Number31 (NPI " + (await db().physician.findUniqueOrThrow({ where: { id: A.physicianId } })).npi + ")",
    );
    expect(q.items.queue === "certifications" && q.items.imported).toHaveLength(QUEUE_PAGE_SIZE - 1);
    // The last page ends with the last imported certification: nothing is skipped at the seam.
    const last = await getModerationQueue(moderator, { queue: "certifications", page: q.pageCount });
    const expectedOnLast = (IMPORTED_UNVERIFIED + 1) % QUEUE_PAGE_SIZE || QUEUE_PAGE_SIZE;
    expect(last.items.queue === "certifications" && last.items.imported.length).toBe(expectedOnLast);
  });

  it("newest first puts today's edit on page 1", async () => {
    const fresh = await db().changeRequest.create({
      data: {
        organizationId: A.organizationId,
        submittedById: clinic.userId,
        entity: "practitioner_role",
        entityId: A.roleId,
        action: "UPDATE",
        baseVersion: 1,
        before: { telehealth: false },
        proposed: { telehealth: true },
        summary: "Telehealth visits — today",
      },
    });
    expect(changeIds(await getModerationQueue(moderator, {}))).not.toContain(fresh.id);
    expect(changeIds(await getModerationQueue(moderator, { sort: "newest" }))[0]).toBe(fresh.id);
  });

  it("filters by search text, kind, practice and age, with true filtered totals", async () => {
    const byName = await getModerationQueue(moderator, { q: "queue alpha" });
    expect(byName.total).toBe(1);
    expect(byName.counts.changes).toBe(OLD_EDITS + 1);
    expect((await getModerationQueue(moderator, { type: "practitioner_role" })).total).toBe(1);
    expect((await getModerationQueue(moderator, { type: "location" })).total).toBe(OLD_EDITS);
    expect((await getModerationQueue(moderator, { practice: String(B.organizationId) })).total).toBe(OLD_EDITS);
    const old = await getModerationQueue(moderator, { minAgeDays: "40" });
    expect(old.total).toBeGreaterThan(0);
    expect(old.total).toBeLessThan(OLD_EDITS);
    const card = (await getModerationQueue(moderator, { q: "queue alpha" })).items;
    expect(card.queue === "changes" && card.changes[0]?.target).toMatchObject({
      label: "Doc Number31 at Queue Alpha Spine Main (1 Main St, Wichita, KS 67202)",
      href: expect.stringMatching(/^\/physicians\//) as unknown,
    });
  });

  it("reports show their physician and location with the address; a URL with nonsense falls back to defaults", async () => {
    await db().errorReport.create({
      data: { topic: "PHONE", message: "Rings out", reporterHash: "h", physicianId: A.physicianId, locationId: A.locationId },
    });
    const q = await getModerationQueue(moderator, { queue: "reports", practice: String(A.organizationId) });
    expect(q.total).toBe(1);
    expect(q.items.queue === "reports" && q.items.reports[0]?.location?.label).toBe(
      "Queue Alpha Spine Main (1 Main St, Wichita, KS 67202)",
    );
    const junk = await getModerationQueue(moderator, { queue: "nope", page: "-3", sort: "sideways", type: "x" });
    expect(junk.query).toMatchObject({ queue: "changes", page: 1, sort: "oldest" });
    expect((await getModerationQueue(moderator, { page: "99999" })).page).toBe(Math.ceil((OLD_EDITS + 1) / QUEUE_PAGE_SIZE));
  });
});
