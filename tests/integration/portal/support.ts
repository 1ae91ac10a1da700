// Portal test fixtures: two practices with locations and physicians, users in every role, signed-in actors.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TActor } from "@/lib/http/request-context";
import { hashPassword } from "@/lib/auth/password";
import { actorFromSession, createSession, readSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import type { MembershipRole } from "@/lib/generated/prisma/client";
import { demoNpi } from "@/lib/physicians/npi";

export const PASSWORD = "correct horse battery staple";

/** Mail goes to a fresh temporary outbox folder per test file. */
export function useTempOutbox(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "irf-outbox-"));
  process.env.MAIL_OUTBOX_DIR = dir;
  resetEnvCache();
  return dir;
}

export async function resetPortal(): Promise<void> {
  await db().$executeRawUnsafe(`TRUNCATE portal_user, portal_session, auth_token, recovery_code, membership, invitation,
    practice_claim, change_request, audit_log, rate_limit_bucket, field_provenance, procedure_volume, board_certification,
    role_procedure, practitioner_role, location, organization, physician, data_source, error_report RESTART IDENTITY CASCADE`);
}

let seq = 0;
let passwordHash: string | undefined;

export async function createUser(
  opts: { email?: string; isModerator?: boolean; verified?: boolean } = {},
): Promise<{ id: number; email: string }> {
  passwordHash ??= await hashPassword(PASSWORD);
  seq += 1;
  const u = await db().portalUser.create({
    data: {
      email: opts.email ?? `user${seq}@clinic.test`,
      displayName: `User ${seq}`,
      passwordHash,
      isModerator: opts.isModerator ?? false,
      emailVerifiedAt: opts.verified === false ? null : new Date(),
      totpEnabledAt: new Date(),
    },
  });
  return { id: u.id, email: u.email };
}

export async function signedIn(userId: number): Promise<TActor & { token: string }> {
  const ctx = { requestId: `test-${userId}-${Date.now()}`, ipHash: "test-ip" };
  const s = await createSession(userId, ctx, { mfaVerified: true });
  const actor = actorFromSession(await readSession(s.token), ctx);
  if (!actor) throw new Error("session did not read back");
  return { ...actor, token: s.token };
}

export type TPracticeFixture = {
  organizationId: number;
  locationId: number;
  roleId: number;
  physicianId: number;
};

/** A practice with one location and one physician there (vertebroplasty only, not accepting new patients). */
export async function createPractice(name: string, n: number, near: { lat: number; lng: number; zip: string }): Promise<TPracticeFixture> {
  const source = await db().dataSource.create({ data: { kind: "DEMO", name: "portal fixture" } });
  const asOf = new Date("2026-10-01");
  const org = await db().organization.create({ data: { slug: `org-${n}`, name, phone: "555-0100", sourceId: source.id, asOf } });
  const loc = await db().location.create({
    data: {
      slug: `loc-${n}`,
      organizationId: org.id,
      name: `${name} Main`,
      address1: "1 Main St",
      city: "Wichita",
      state: "KS",
      zip: near.zip,
      lat: near.lat,
      lng: near.lng,
      geocodePrecision: "STREET",
      sourceId: source.id,
      asOf,
      lastConfirmedAt: asOf,
    },
  });
  const npi = demoNpi(20_000_000 + n);
  const ph = await db().physician.create({
    data: {
      npi,
      slug: `doc-${npi}`,
      firstName: "Doc",
      lastName: `Number${n}`,
      identifiedBy: "TAXONOMY",
      languages: ["en"],
      sourceId: source.id,
      asOf,
      lastConfirmedAt: asOf,
    },
  });
  const vp = await db().procedure.findUniqueOrThrow({ where: { slug: "vertebroplasty" } });
  const role = await db().practitionerRole.create({
    data: {
      physicianId: ph.id,
      locationId: loc.id,
      sourceId: source.id,
      asOf,
      acceptingNewPatients: false,
      telehealth: false,
      procedures: { create: [{ procedureId: vp.id }] },
    },
  });
  return { organizationId: org.id, locationId: loc.id, roleId: role.id, physicianId: ph.id };
}

export async function addMember(userId: number, organizationId: number, role: MembershipRole): Promise<void> {
  await db().membership.create({ data: { userId, organizationId, role } });
}

/** Everything a refused mutation must leave untouched. */
export async function snapshot(): Promise<Record<string, unknown>> {
  const [changeRequests, memberships, invitations, claims, certifications, roles, orgs, locations, physicians, reports, users, closures] =
    await Promise.all([
      db().changeRequest.findMany({ orderBy: { id: "asc" } }),
      db().membership.findMany({ orderBy: { id: "asc" } }),
      db().invitation.findMany({ orderBy: { id: "asc" } }),
      db().practiceClaim.findMany({ orderBy: { id: "asc" } }),
      db().boardCertification.findMany({ orderBy: { id: "asc" } }),
      db().practitionerRole.findMany({ orderBy: { id: "asc" }, include: { procedures: true } }),
      db().organization.findMany({ orderBy: { id: "asc" } }),
      db().location.findMany({ orderBy: { id: "asc" } }),
      db().physician.findMany({ orderBy: { id: "asc" } }),
      db().errorReport.findMany({ orderBy: { id: "asc" } }),
      db().portalUser.findMany({ orderBy: { id: "asc" }, select: { id: true, disabledAt: true, isModerator: true, notifyMode: true } }),
      db().locationClosure.findMany({ orderBy: { id: "asc" } }),
    ]);
  return { changeRequests, memberships, invitations, claims, certifications, roles, orgs, locations, physicians, reports, users, closures };
}

export async function deniedCount(action: string): Promise<number> {
  return db().auditLog.count({ where: { action, outcome: "denied" } });
}
