// What a member sees of their practice: its records with versions (for edits), its requests and its people.
import "server-only";
import type { TActor } from "@/lib/http/request-context";
import { parseInput, requireActor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { fullName } from "@/lib/physicians/name";
import { isoDay, todayUtc } from "@/lib/text/calendar";
import { closureInWords } from "@/lib/text/closures";
import { readHours, type THours } from "@/lib/validation/common";
import { toChangeRequestDto, type TChangeRequestDto } from "@/lib/change-requests/dto";
import { requireReadAccess } from "@/lib/auth/membership";
import { ZOrganizationRef } from "@/lib/portal/schemas";

export type TMyPracticeDto = { organizationId: number; name: string; role: string };

export async function listMyPractices(actorOrNull: TActor | null): Promise<TMyPracticeDto[]> {
  const actor = await requireActor(actorOrNull, "practice.list_mine");
  const ms = await db().membership.findMany({ where: { userId: actor.userId }, include: { organization: { select: { name: true } } } });
  return ms.map((m) => ({ organizationId: m.organizationId, name: m.organization.name, role: m.role }));
}

/** A pending change request as the fields it touches show it: "Pending review: … (proposed by …)". */
export type TPendingDto = {
  id: number;
  action: string;
  summary: string;
  proposed: Record<string, unknown>;
  submittedBy: string;
  createdAt: string;
  /** The request on the practice's requests page. */
  href: string;
};

export type TRoleDto = {
  pending: TPendingDto | null;
  pendingCertifications: TPendingDto[];
  id: number;
  version: number;
  acceptingNewPatients: boolean | null;
  telehealth: boolean | null;
  procedures: string[];
  physician: {
    id: number;
    version: number;
    npi: string;
    name: string;
    credentials: string | null;
    languages: string[];
    pending: TPendingDto | null;
  };
  certifications: Array<{ id: number; board: string; certificate: string; verifiedAt: string | null }>;
};

export type TLocationDto = {
  pending: TPendingDto | null;
  /** Physicians proposed for this location, waiting for review. */
  pendingAdditions: TPendingDto[];
  /** Approved temporary closures that are not over, each with a pending removal if one was asked for. */
  closures: Array<{ id: number; startsOn: string; endsOn: string; note: string; text: string; pendingRemoval: TPendingDto | null }>;
  /** Closures proposed for this location, waiting for review. */
  pendingClosures: TPendingDto[];
  slug: string;
  lastConfirmedAt: string;
  id: number;
  version: number;
  name: string;
  address1: string;
  address2: string | null;
  city: string;
  state: string;
  zip: string;
  phone: string | null;
  hours: THours;
  accessibilityNotes: string | null;
  lat: number;
  lng: number;
  geocodePrecision: string;
  roles: TRoleDto[];
};

export type TPracticeDto = {
  id: number;
  version: number;
  name: string;
  npi: string | null;
  website: string | null;
  phone: string | null;
  myRole: string | null;
  pending: TPendingDto | null;
  locations: TLocationDto[];
  /** Latest requests; `mine` marks the reader's own (they may withdraw those; managers may withdraw every one). */
  changeRequests: Array<TChangeRequestDto & { submittedBy: string; mine: boolean }>;
};

export async function getPractice(actorOrNull: TActor | null, input: unknown): Promise<TPracticeDto> {
  const actor = await requireActor(actorOrNull, "practice.read");
  const { organizationId } = await parseInput(actor, "practice.read", ZOrganizationRef, input);
  await requireReadAccess(actor, organizationId, "practice.read");
  const org = await db().organization.findUnique({
    where: { id: organizationId },
    include: {
      locations: {
        orderBy: { name: "asc" },
        include: {
          closures: { where: { endsOn: { gte: todayUtc() } }, orderBy: { startsOn: "asc" } },
          roles: {
            orderBy: { id: "asc" },
            include: {
              procedures: { include: { procedure: { select: { slug: true } } } },
              physician: { include: { certifications: true } },
            },
          },
        },
      },
      changeRequests: { orderBy: { createdAt: "desc" }, take: 100 },
      memberships: { where: { userId: actor.userId } },
    },
  });
  if (!org) throw new AppError("NOT_FOUND", "This practice does not exist.");
  const open = await db().changeRequest.findMany({ where: { organizationId, status: "PENDING" }, orderBy: { createdAt: "asc" } });
  const people = await db().portalUser.findMany({
    where: { id: { in: [...new Set([...open, ...org.changeRequests].map((c) => c.submittedById))] } },
    select: { id: true, displayName: true },
  });
  const who = new Map(people.map((u) => [u.id, u.displayName]));
  const submittedBy = (id: number) => who.get(id) ?? "a former member";
  const pendingDtos = open.map((c) => ({
    ...toChangeRequestDto(c),
    submittedBy: submittedBy(c.submittedById),
    href: `/portal/practices/${organizationId}/requests#request-${c.id}`,
  }));
  const pendingOf = (entity: string, id: number): TPendingDto | null =>
    pendingDtos.find((c) => c.entity === entity && c.entityId === id && c.action !== "CREATE") ?? null;
  const creations = pendingDtos.filter((c) => c.action === "CREATE");
  return {
    pending: pendingOf("organization", org.id),
    id: org.id,
    version: org.version,
    name: org.name,
    npi: org.npi,
    website: org.website,
    phone: org.phone,
    myRole: org.memberships[0]?.role ?? null,
    locations: org.locations.map((l) => ({
      pending: pendingOf("location", l.id),
      pendingAdditions: creations.filter((c) => c.entity === "practitioner_role" && c.proposed.locationId === l.id),
      closures: l.closures.map((c) => ({
        id: c.id,
        startsOn: isoDay(c.startsOn),
        endsOn: isoDay(c.endsOn),
        note: c.note,
        text: `Closed ${closureInWords(c)}`,
        pendingRemoval: pendingDtos.find((p) => p.entity === "location_closure" && p.action === "DELETE" && p.entityId === c.id) ?? null,
      })),
      pendingClosures: creations.filter((c) => c.entity === "location_closure" && c.proposed.locationId === l.id),
      slug: l.slug,
      lastConfirmedAt: isoDay(l.lastConfirmedAt),
      id: l.id,
      version: l.version,
      name: l.name,
      address1: l.address1,
      address2: l.address2,
      city: l.city,
      state: l.state,
      zip: l.zip,
      phone: l.phone,
      hours: readHours(l.hours),
      accessibilityNotes: l.accessibilityNotes,
      lat: l.lat,
      lng: l.lng,
      geocodePrecision: l.geocodePrecision,
      roles: l.roles.map((r) => ({
        pending: pendingOf("practitioner_role", r.id),
        pendingCertifications: creations.filter((c) => c.entity === "board_certification" && c.entityId === r.physician.id),
        id: r.id,
        version: r.version,
        acceptingNewPatients: r.acceptingNewPatients,
        telehealth: r.telehealth,
        procedures: r.procedures.map((p) => p.procedure.slug).sort(),
        physician: {
          id: r.physician.id,
          version: r.physician.version,
          npi: r.physician.npi,
          name: fullName(r.physician),
          credentials: r.physician.credentials,
          languages: r.physician.languages,
          pending: pendingOf("physician", r.physician.id),
        },
        certifications: r.physician.certifications.map((c) => ({
          id: c.id,
          board: c.board,
          certificate: c.certificate,
          verifiedAt: isoDay(c.verifiedAt),
        })),
      })),
    })),
    changeRequests: org.changeRequests.map((c) => ({
      ...toChangeRequestDto(c),
      submittedBy: submittedBy(c.submittedById),
      mine: c.submittedById === actor.userId,
    })),
  };
}
