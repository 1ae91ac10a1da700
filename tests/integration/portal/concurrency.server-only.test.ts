// Concurrent edits on the real server (many connections): one uninformed proposal per record at a time, and a
// read-propose-approve loop by many workers loses no update.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "@/lib/http/request-context";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { approveChangeRequest } from "@/lib/change-requests/review";
import { proposePhysicianLanguages, proposeRoleChange } from "@/lib/change-requests/propose";
import { addMember, createPractice, createUser, resetPortal, signedIn, useTempOutbox, type TPracticeFixture } from "./support";

let P: TPracticeFixture;
let moderator: TActor;
const editors: TActor[] = [];

beforeAll(async () => {
  useTempOutbox();
  await resetPortal();
  P = await createPractice("Delta Interventional", 11, { lat: 37.69, lng: -97.33, zip: "67202" });
  moderator = await signedIn((await createUser({ isModerator: true })).id);
  for (let i = 0; i < 8; i++) {
    const u = await createUser();
    await addMember(u.id, P.organizationId, i === 0 ? "MANAGER" : "STAFF");
    editors.push(await signedIn(u.id));
  }
});
afterAll(async () => db().$disconnect());

describe("concurrent edits", () => {
  it("of 20 simultaneous proposals from one version, exactly one is accepted; the rest are conflicts with current values", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        proposeRoleChange(editors[i % editors.length] ?? null, {
          organizationId: P.organizationId,
          roleId: P.roleId,
          version: 1,
          changes: { telehealth: i % 2 === 0, acceptingNewPatients: true },
        }),
      ),
    );
    const ok = results.filter((r) => r.status === "fulfilled");
    const conflicts = results.filter((r) => r.status === "rejected" && isAppError(r.reason) && r.reason.code === "CONFLICT");
    expect(ok).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    // None of them saw the first one's pending edit, so none may overwrite it (decision 050).
    for (const c of conflicts) {
      if (c.status === "rejected" && isAppError(c.reason))
        expect(c.reason.details).toMatchObject({ currentVersion: 1, pending: { id: expect.any(Number) as unknown } });
    }
    expect(await db().changeRequest.count({ where: { entity: "practitioner_role", entityId: P.roleId, status: "PENDING" } })).toBe(1);
    expect(await db().changeRequest.count({ where: { entity: "practitioner_role", entityId: P.roleId } })).toBe(1);
  });

  it("concurrent approvals of one request apply it once", async () => {
    const cr = await db().changeRequest.findFirstOrThrow({ where: { status: "PENDING" } });
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => approveChangeRequest(moderator, { id: cr.id })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const role = await db().practitionerRole.findUniqueOrThrow({ where: { id: P.roleId } });
    expect(role.version).toBe(2);
    expect(await db().dataSource.count({ where: { kind: "CLINIC_EDIT" } })).toBe(1);
  });

  it("8 editors each adding a language (read, propose, approve, retry on conflict) lose no update", async () => {
    const languages = ["es", "fr", "de", "zh", "vi", "ko", "ar", "ru"];
    const start = await db().physician.findUniqueOrThrow({ where: { id: P.physicianId } });
    let conflicts = 0;
    await Promise.all(
      editors.map(async (editor, i) => {
        const lang = languages[i] as string;
        for (let attempt = 0; attempt < 200; attempt++) {
          const cur = await db().physician.findUniqueOrThrow({ where: { id: P.physicianId } });
          try {
            const cr = await proposePhysicianLanguages(editor, {
              organizationId: P.organizationId,
              physicianId: P.physicianId,
              version: cur.version,
              languages: [...cur.languages, lang],
            });
            await approveChangeRequest(moderator, { id: cr.id });
            return;
          } catch (e) {
            if (!isAppError(e) || e.code !== "CONFLICT") throw e;
            conflicts += 1;
            await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
          }
        }
        throw new Error(`editor ${i} never got through`);
      }),
    );
    const end = await db().physician.findUniqueOrThrow({ where: { id: P.physicianId } });
    expect([...end.languages].sort()).toEqual([...start.languages, ...languages].sort());
    expect(end.version).toBe(start.version + languages.length);
    expect(conflicts).toBeGreaterThan(0);
  });
});
