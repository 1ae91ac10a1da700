// A stored proposal is parsed again on approval: one altered in the database (an extra column, a wrong type, an
// invalid NPI, a "delete" carrying values) is refused, and neither the directory nor the request changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  proposeAddPhysician,
  proposeLocationChange,
  proposePhysicianLanguages,
  proposeRemoveRole,
  proposeRoleChange,
} from "@/lib/change-requests/propose";
import { approveChangeRequest } from "@/lib/change-requests/review";
import { db } from "@/lib/db/client";
import { isAppError, type AppError } from "@/lib/errors";
import type { TActor } from "@/lib/http/request-context";
import { addMember, createPractice, createUser, resetPortal, signedIn, snapshot, useTempOutbox, type TPracticeFixture } from "./support";

let P: TPracticeFixture;
let moderator: TActor;
let manager: TActor;

async function caught(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!isAppError(e)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}

/** Overwrites the stored proposal behind the application's back, as a compromised or buggy writer could. */
async function tamper(id: number, proposed: unknown): Promise<void> {
  await db().$executeRaw`UPDATE change_request SET proposed = ${JSON.stringify(proposed)}::jsonb WHERE id = ${id}`;
}

async function expectRefusedUnchanged(id: number): Promise<void> {
  const before = await snapshot();
  const provenance = await db().fieldProvenance.count();
  const e = await caught(approveChangeRequest(moderator, { id }));
  expect(e.code).toBe("CONFLICT");
  expect(e.message).toContain("not a valid proposal");
  expect(await snapshot()).toEqual(before);
  expect(await db().fieldProvenance.count()).toBe(provenance);
  expect((await db().changeRequest.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
  expect(await db().auditLog.count({ where: { action: "moderation.change.approve", outcome: "ok" } })).toBe(0);
}

beforeAll(async () => {
  useTempOutbox();
  await resetPortal();
  P = await createPractice("Tamper Spine Center", 31, { lat: 37.69, lng: -97.33, zip: "67202" });
  moderator = await signedIn((await createUser({ isModerator: true })).id);
  const m = await createUser({ email: "manager@tamper.test" });
  await addMember(m.id, P.organizationId, "MANAGER");
  manager = await signedIn(m.id);
});
afterAll(async () => db().$disconnect());

describe("approval parses the stored proposal again", () => {
  it("refuses a location update with an extra column smuggled in (moving it to another practice)", async () => {
    const cr = await proposeLocationChange(manager, {
      organizationId: P.organizationId,
      locationId: P.locationId,
      version: 1,
      changes: { phone: "316-555-0111" },
    });
    await tamper(cr.id, { phone: "316-555-0111", organizationId: 999 });
    await expectRefusedUnchanged(cr.id);
    await db().changeRequest.update({ where: { id: cr.id }, data: { status: "REJECTED" } });
  });

  it("refuses a field of the wrong type and a hidden flag on a role", async () => {
    const cr = await proposeRoleChange(manager, {
      organizationId: P.organizationId,
      roleId: P.roleId,
      version: 1,
      changes: { telehealth: true },
    });
    await tamper(cr.id, { telehealth: "yes" });
    await expectRefusedUnchanged(cr.id);
    await tamper(cr.id, { telehealth: true, version: 99 });
    await expectRefusedUnchanged(cr.id);
    await db().changeRequest.update({ where: { id: cr.id }, data: { status: "REJECTED" } });
  });

  it("refuses an unknown language code and a deactivation on a physician", async () => {
    const cr = await proposePhysicianLanguages(manager, {
      organizationId: P.organizationId,
      physicianId: P.physicianId,
      version: 1,
      languages: ["en", "es"],
    });
    await tamper(cr.id, { languages: ["en", "constructor"] });
    await expectRefusedUnchanged(cr.id);
    await tamper(cr.id, { languages: ["en"], active: false });
    await expectRefusedUnchanged(cr.id);
    await db().changeRequest.update({ where: { id: cr.id }, data: { status: "REJECTED" } });
  });

  it("refuses a new physician whose NPI was altered to an invalid one", async () => {
    const cr = await proposeAddPhysician(manager, {
      organizationId: P.organizationId,
      locationId: P.locationId,
      npi: "1234567893",
      firstName: "Ana",
      lastName: "Tamper",
    });
    const stored = (await db().changeRequest.findUniqueOrThrow({ where: { id: cr.id } })).proposed;
    await tamper(cr.id, { ...(stored as object), npi: "1234567890" });
    await expectRefusedUnchanged(cr.id);
    await db().changeRequest.update({ where: { id: cr.id }, data: { status: "REJECTED" } });
  });

  it("refuses a removal that carries values", async () => {
    const cr = await proposeRemoveRole(manager, { organizationId: P.organizationId, roleId: P.roleId, version: 1 });
    await tamper(cr.id, { physicianId: 1 });
    await expectRefusedUnchanged(cr.id);
  });

  it("cannot store an unknown record kind or action at all", async () => {
    await expect(db().$executeRaw`UPDATE change_request SET action = 'PURGE' WHERE status = 'PENDING'`).rejects.toThrow();
    await expect(db().$executeRaw`UPDATE change_request SET entity = 'portal_user' WHERE status = 'PENDING'`).rejects.toThrow();
  });

  it("an untouched proposal still applies", async () => {
    await db().changeRequest.updateMany({ where: { status: "PENDING" }, data: { status: "REJECTED" } });
    const cr = await proposeLocationChange(manager, {
      organizationId: P.organizationId,
      locationId: P.locationId,
      version: 1,
      changes: { phone: "316-555-0122" },
    });
    await approveChangeRequest(moderator, { id: cr.id });
    expect((await db().location.findUniqueOrThrow({ where: { id: P.locationId } })).phone).toBe("316-555-0122");
  });
});
