// The moderators' queue: four lists (clinic edits, certifications, practice claims, patient error reports), each paged
// on the server with true counts, search, filters and sort, so every pending item can be reached.
import "server-only";
import { parseInput, requireModerator } from "@/lib/auth/guard";
import { toChangeRequestDto, type TChangeRequestDto } from "@/lib/change-requests/dto";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/http/request-context";
import { ZQueueQuery, type TQueueName, type TQueueQuery } from "@/lib/moderation/schemas";
import { fullName } from "@/lib/physicians/name";

/** Items per queue page: a phone-sized page a moderator can work through. */
export const QUEUE_PAGE_SIZE = 20;

export type TListingLink = { label: string; href: string | null };

export type TQueueChangeDto = TChangeRequestDto & {
  organizationId: number;
  organizationName: string;
  submittedBy: string;
  /** What the request is about, in words, with a link to the live public listing when there is one. */
  target: TListingLink;
};

export type TQueueClaimDto = {
  id: number;
  organizationId: number;
  organizationName: string;
  organizationNpi: string | null;
  existingManagers: number;
  claimantEmail: string;
  claimantName: string;
  claimantRole: string;
  workPhone: string;
  evidence: string;
  createdAt: string;
  listings: TListingLink[];
};

export type TQueueImportedCertificationDto = {
  id: number;
  physicianName: string;
  npi: string;
  board: string;
  certificate: string;
  createdAt: string;
  listing: TListingLink;
};

export type TQueueReportDto = {
  id: number;
  topic: string;
  message: string;
  createdAt: string;
  physician: TListingLink | null;
  location: TListingLink | null;
};

export type TQueueItems =
  | { queue: "changes"; changes: TQueueChangeDto[] }
  | { queue: "certifications"; claimed: TQueueChangeDto[]; imported: TQueueImportedCertificationDto[] }
  | { queue: "claims"; claims: TQueueClaimDto[] }
  | { queue: "reports"; reports: TQueueReportDto[] };

export type TModerationQueue = {
  query: TQueueQuery;
  /** Everything waiting in each queue, ignoring search and filters. */
  counts: Record<TQueueName, number>;
  /** Items matching the search and filters in the open queue. */
  total: number;
  page: number;
  pageCount: number;
  items: TQueueItems;
};

const contains = (q: string) => ({ contains: q, mode: "insensitive" as const });
const order = (query: TQueueQuery) =>
  query.sort === "newest"
    ? [{ createdAt: "desc" as const }, { id: "desc" as const }]
    : [{ createdAt: "asc" as const }, { id: "asc" as const }];
const olderThan = (query: TQueueQuery) =>
  query.minAgeDays ? { createdAt: { lte: new Date(Date.now() - query.minAgeDays * 86_400_000) } } : {};

const EDIT_TYPE_WHERE: Record<NonNullable<TQueueQuery["type"]>, Prisma.ChangeRequestWhereInput> = {
  organization: { entity: "organization" },
  location: { entity: "location" },
  practitioner_role: { entity: "practitioner_role", action: "UPDATE" },
  physician: { entity: "physician" },
  add_physician: { entity: "practitioner_role", action: "CREATE" },
  remove_physician: { entity: "practitioner_role", action: "DELETE" },
  closure: { entity: "location_closure" },
};

function changeWhere(query: TQueueQuery, certifications: boolean): Prisma.ChangeRequestWhereInput {
  return {
    status: "PENDING",
    entity: certifications ? "board_certification" : { not: "board_certification" },
    ...(!certifications && query.type ? EDIT_TYPE_WHERE[query.type] : {}),
    ...(query.practice ? { organizationId: query.practice } : {}),
    ...(query.q ? { OR: [{ organization: { name: contains(query.q) } }, { summary: contains(query.q) }] } : {}),
    ...olderThan(query),
  };
}

function importedCertWhere(query: TQueueQuery): Prisma.BoardCertificationWhereInput {
  const q = query.q;
  return {
    verifiedAt: null,
    ...(query.practice ? { physician: { roles: { some: { location: { organizationId: query.practice } } } } } : {}),
    ...(q ? { OR: [{ physician: { lastName: contains(q) } }, { physician: { firstName: contains(q) } }, { physician: { npi: q } }] } : {}),
    ...olderThan(query),
  };
}

function claimWhere(query: TQueueQuery): Prisma.PracticeClaimWhereInput {
  const q = query.q;
  return {
    status: "PENDING",
    ...(query.practice ? { organizationId: query.practice } : {}),
    ...(q
      ? {
          OR: [
            { organization: { name: contains(q) } },
            { claimantName: contains(q) },
            { user: { email: contains(q) } },
            { organization: { npi: q } },
          ],
        }
      : {}),
    ...olderThan(query),
  };
}

/** Open reports by text and age; the practice filter is resolved in reportPracticeWhere (reports name records, not practices). */
function reportWhere(query: TQueueQuery): Prisma.ErrorReportWhereInput {
  return { status: "OPEN", ...(query.q ? { message: contains(query.q) } : {}), ...olderThan(query) };
}

/** Reports of one practice: those naming one of its locations, or a physician working there. */
async function reportPracticeWhere(query: TQueueQuery): Promise<Prisma.ErrorReportWhereInput> {
  const base = reportWhere(query);
  if (!query.practice) return base;
  const [locations, physicians] = await Promise.all([
    db().location.findMany({ where: { organizationId: query.practice }, select: { id: true } }),
    db().practitionerRole.findMany({ where: { location: { organizationId: query.practice } }, select: { physicianId: true } }),
  ]);
  return {
    ...base,
    OR: [{ locationId: { in: locations.map((l) => l.id) } }, { physicianId: { in: [...new Set(physicians.map((p) => p.physicianId))] } }],
  };
}

const address = (l: { address1: string; city: string; state: string; zip: string }) => `${l.address1}, ${l.city}, ${l.state} ${l.zip}`;

/** Names each request's record in words with a link to its public page (one query per record kind, not per row). */
async function describeTargets(rows: Array<{ id: number; entity: string; entityId: number | null; proposed: unknown }>) {
  const idsOf = (entity: string) => rows.filter((r) => r.entity === entity && r.entityId !== null).map((r) => r.entityId as number);
  const proposedLocation = rows.flatMap((r) => {
    const p = r.proposed;
    return (r.entity === "location_closure" || (r.entity === "practitioner_role" && r.entityId === null)) &&
      p &&
      typeof p === "object" &&
      "locationId" in p
      ? [Number(p.locationId)]
      : [];
  });
  const [roles, locations, physicians, orgs] = await Promise.all([
    db().practitionerRole.findMany({
      where: { id: { in: idsOf("practitioner_role") } },
      include: { physician: true, location: true },
    }),
    db().location.findMany({ where: { id: { in: [...idsOf("location"), ...proposedLocation] } } }),
    db().physician.findMany({ where: { id: { in: [...idsOf("physician"), ...idsOf("board_certification")] } } }),
    db().organization.findMany({
      where: { id: { in: idsOf("organization") } },
      include: { locations: { take: 1, orderBy: { id: "asc" } } },
    }),
  ]);
  const role = new Map(roles.map((r) => [r.id, r]));
  const loc = new Map(locations.map((l) => [l.id, l]));
  const phys = new Map(physicians.map((p) => [p.id, p]));
  const org = new Map(orgs.map((o) => [o.id, o]));
  return (r: { entity: string; entityId: number | null; proposed: unknown }): TListingLink => {
    const id = r.entityId ?? -1;
    switch (r.entity) {
      case "practitioner_role": {
        const x = role.get(id);
        if (x)
          return {
            label: `${fullName(x.physician)} at ${x.location.name} (${address(x.location)})`,
            href: `/physicians/${x.physician.slug}`,
          };
        const p = r.proposed as { locationId?: number; firstName?: string; lastName?: string; npi?: string };
        const l = loc.get(Number(p.locationId));
        return {
          label: `New physician ${p.firstName ?? ""} ${p.lastName ?? ""} (NPI ${p.npi ?? "?"}) at ${l ? `${l.name} (${address(l)})` : "a removed location"}`,
          href: l ? `/clinics/${l.slug}` : null,
        };
      }
      case "location": {
        const l = loc.get(id);
        return l ? { label: `${l.name} (${address(l)})`, href: `/clinics/${l.slug}` } : { label: "A removed location", href: null };
      }
      case "physician":
      case "board_certification": {
        const p = phys.get(id);
        return p ? { label: `${fullName(p)} (NPI ${p.npi})`, href: `/physicians/${p.slug}` } : { label: "A removed physician", href: null };
      }
      case "organization": {
        const o = org.get(id);
        const first = o?.locations[0];
        return { label: o ? `Practice details of ${o.name}` : "A removed practice", href: first ? `/clinics/${first.slug}` : null };
      }
      case "location_closure": {
        const p = r.proposed;
        const l = p && typeof p === "object" && "locationId" in p ? loc.get(Number(p.locationId)) : undefined;
        return l
          ? { label: `Temporary closure at ${l.name} (${address(l)})`, href: `/clinics/${l.slug}` }
          : { label: "Removing a temporary closure (see the summary)", href: null };
      }
      default:
        return { label: r.entity, href: null };
    }
  };
}

async function pageChanges(
  where: Prisma.ChangeRequestWhereInput,
  query: TQueueQuery,
  skip: number,
  take: number,
): Promise<TQueueChangeDto[]> {
  if (take <= 0) return [];
  const rows = await db().changeRequest.findMany({
    where,
    include: { organization: { select: { name: true } } },
    orderBy: order(query),
    skip,
    take,
  });
  const [submitters, describe] = await Promise.all([
    db().portalUser.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.submittedById))] } },
      select: { id: true, email: true, displayName: true },
    }),
    describeTargets(rows),
  ]);
  const who = new Map(submitters.map((u) => [u.id, `${u.displayName} (${u.email})`]));
  return rows.map((r) => ({
    ...toChangeRequestDto(r),
    organizationId: r.organizationId,
    organizationName: r.organization.name,
    submittedBy: who.get(r.submittedById) ?? "a removed account",
    target: describe(r),
  }));
}

async function pageClaims(query: TQueueQuery, skip: number): Promise<TQueueClaimDto[]> {
  const claims = await db().practiceClaim.findMany({
    where: claimWhere(query),
    include: {
      user: { select: { email: true } },
      organization: {
        select: {
          name: true,
          npi: true,
          memberships: { where: { role: "MANAGER" }, select: { id: true } },
          locations: {
            select: { name: true, slug: true, address1: true, city: true, state: true, zip: true },
            orderBy: { id: "asc" },
            take: 3,
          },
        },
      },
    },
    orderBy: order(query),
    skip,
    take: QUEUE_PAGE_SIZE,
  });
  return claims.map((c) => ({
    id: c.id,
    organizationId: c.organizationId,
    organizationName: c.organization.name,
    organizationNpi: c.organization.npi,
    existingManagers: c.organization.memberships.length,
    claimantEmail: c.user.email,
    claimantName: c.claimantName,
    claimantRole: c.claimantRole,
    workPhone: c.workPhone,
    evidence: c.evidence,
    createdAt: c.createdAt.toISOString(),
    listings: c.organization.locations.map((l) => ({ label: `${l.name} (${address(l)})`, href: `/clinics/${l.slug}` })),
  }));
}

async function pageImportedCertifications(query: TQueueQuery, skip: number, take: number): Promise<TQueueImportedCertificationDto[]> {
  if (take <= 0) return [];
  const rows = await db().boardCertification.findMany({
    where: importedCertWhere(query),
    include: { physician: { select: { firstName: true, lastName: true, npi: true, slug: true } } },
    orderBy: order(query),
    skip,
    take,
  });
  return rows.map((c) => ({
    id: c.id,
    physicianName: fullName(c.physician),
    npi: c.physician.npi,
    board: c.board,
    certificate: c.certificate,
    createdAt: c.createdAt.toISOString(),
    listing: { label: fullName(c.physician), href: `/physicians/${c.physician.slug}` },
  }));
}

async function pageReports(where: Prisma.ErrorReportWhereInput, query: TQueueQuery, skip: number): Promise<TQueueReportDto[]> {
  const reports = await db().errorReport.findMany({ where, orderBy: order(query), skip, take: QUEUE_PAGE_SIZE });
  const [physicians, locations] = await Promise.all([
    db().physician.findMany({ where: { id: { in: reports.flatMap((r) => (r.physicianId ? [r.physicianId] : [])) } } }),
    db().location.findMany({ where: { id: { in: reports.flatMap((r) => (r.locationId ? [r.locationId] : [])) } } }),
  ]);
  const p = new Map(physicians.map((x) => [x.id, x]));
  const l = new Map(locations.map((x) => [x.id, x]));
  return reports.map((r) => {
    const ph = r.physicianId ? p.get(r.physicianId) : undefined;
    const lo = r.locationId ? l.get(r.locationId) : undefined;
    return {
      id: r.id,
      topic: r.topic,
      message: r.message,
      createdAt: r.createdAt.toISOString(),
      physician: ph ? { label: `${fullName(ph)} (NPI ${ph.npi})`, href: `/physicians/${ph.slug}` } : null,
      location: lo ? { label: `${lo.name} (${address(lo)})`, href: `/clinics/${lo.slug}` } : null,
    };
  });
}

/** One page of one queue, with every queue's true count. Certifications claimed by clinics come before imported ones. */
export async function getModerationQueue(actorOrNull: TActor | null, input: unknown): Promise<TModerationQueue> {
  const action = "moderation.queue.read";
  const actor = await requireModerator(actorOrNull, action);
  const query = await parseInput(actor, action, ZQueueQuery, input);
  const unfiltered = ZQueueQuery.parse({});
  const [changes, claimedCerts, importedCerts, claims, reports] = await Promise.all([
    db().changeRequest.count({ where: changeWhere(unfiltered, false) }),
    db().changeRequest.count({ where: changeWhere(unfiltered, true) }),
    db().boardCertification.count({ where: importedCertWhere(unfiltered) }),
    db().practiceClaim.count({ where: claimWhere(unfiltered) }),
    db().errorReport.count({ where: reportWhere(unfiltered) }),
  ]);
  const counts = { changes, certifications: claimedCerts + importedCerts, claims, reports };

  const skipFor = (total: number) => {
    const pageCount = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
    const page = Math.min(query.page, pageCount);
    return { page, pageCount, skip: (page - 1) * QUEUE_PAGE_SIZE };
  };

  switch (query.queue) {
    case "changes": {
      const where = changeWhere(query, false);
      const total = await db().changeRequest.count({ where });
      const { page, pageCount, skip } = skipFor(total);
      return {
        query,
        counts,
        total,
        page,
        pageCount,
        items: { queue: "changes", changes: await pageChanges(where, query, skip, QUEUE_PAGE_SIZE) },
      };
    }
    case "certifications": {
      const where = changeWhere(query, true);
      const [claimedTotal, importedTotal] = await Promise.all([
        db().changeRequest.count({ where }),
        db().boardCertification.count({ where: importedCertWhere(query) }),
      ]);
      const { page, pageCount, skip } = skipFor(claimedTotal + importedTotal);
      // Clinic claims fill the first pages; imported unverified certifications follow.
      const claimed = await pageChanges(where, query, skip, Math.min(QUEUE_PAGE_SIZE, claimedTotal - skip));
      const imported = await pageImportedCertifications(query, Math.max(0, skip - claimedTotal), QUEUE_PAGE_SIZE - claimed.length);
      return { query, counts, total: claimedTotal + importedTotal, page, pageCount, items: { queue: "certifications", claimed, imported } };
    }
    case "claims": {
      const total = await db().practiceClaim.count({ where: claimWhere(query) });
      const { page, pageCount, skip } = skipFor(total);
      return { query, counts, total, page, pageCount, items: { queue: "claims", claims: await pageClaims(query, skip) } };
    }
    case "reports": {
      const where = await reportPracticeWhere(query);
      const total = await db().errorReport.count({ where });
      const { page, pageCount, skip } = skipFor(total);
      return { query, counts, total, page, pageCount, items: { queue: "reports", reports: await pageReports(where, query, skip) } };
    }
  }
}
