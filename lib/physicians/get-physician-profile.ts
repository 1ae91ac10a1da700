// One physician's public profile: locations, procedures, certifications, Medicare volumes and provenance.
import "server-only";
import { dbRead } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isStale, listingConfirmedAt } from "@/lib/physicians/freshness";
import { fullName } from "@/lib/physicians/name";
import { isoDay } from "@/lib/text/calendar";
import { readHours } from "@/lib/validation/common";
import { ZPhysicianKey, type TPhysicianProfileResponse } from "@/lib/physicians/schema";
import { toSourceRef } from "@/lib/validation/public-response";
import { parseWith } from "@/lib/validation/parse";
import { procedureRefs } from "@/lib/procedures/refs";

const day = isoDay;

/** Public: an active physician by numeric id or slug. VALIDATION_FAILED for a malformed key, NOT_FOUND for an unknown one. */
export async function getPhysicianProfile(idOrSlug: unknown): Promise<TPhysicianProfileResponse> {
  const key = parseWith(ZPhysicianKey, idOrSlug, "physician");
  const p = await dbRead().physician.findUnique({
    where: "id" in key ? { id: key.id } : { slug: key.slug },
    include: {
      source: true,
      // Only what a moderator verified is public: a clinic's claim is a proposal until then (security review case 1).
      certifications: { where: { verifiedAt: { not: null } }, include: { source: true }, orderBy: { verifiedAt: "desc" } },
      volumes: { include: { source: true }, orderBy: [{ year: "desc" }, { hcpcsCode: "asc" }] },
      roles: {
        include: {
          source: true,
          location: { include: { organization: true, source: true } },
          procedures: { include: { procedure: true } },
        },
        orderBy: { id: "asc" },
      },
    },
  });
  if (!p || !p.active) throw new AppError("NOT_FOUND", "We couldn't find that physician in the directory.");

  const codes = await dbRead().procedure.findMany({ select: { slug: true, name: true, cptCodes: true } });
  const procedureForCode = (code: string) => {
    const c = codes.find((x) => x.cptCodes.includes(code));
    return c ? { slug: c.slug, name: c.name } : undefined;
  };
  const lastConfirmed = listingConfirmedAt(p.lastConfirmedAt, ...p.roles.map((r) => r.location.lastConfirmedAt));

  return {
    id: p.id,
    slug: p.slug,
    npi: p.npi,
    name: fullName(p),
    firstName: p.firstName,
    lastName: p.lastName,
    credentials: p.credentials,
    gender: p.gender,
    languages: p.languages,
    taxonomyCodes: p.taxonomyCodes,
    identifiedBy: p.identifiedBy,
    lastConfirmedAt: day(lastConfirmed),
    possiblyOutdated: isStale(lastConfirmed),
    certifications: p.certifications.map((c) => ({
      board: c.board,
      certificate: c.certificate,
      status: c.status,
      verified: c.verifiedAt !== null,
      verifiedAt: day(c.verifiedAt),
      source: toSourceRef(c.source),
    })),
    procedures: [...new Map(p.roles.flatMap((r) => r.procedures.map((rp) => [rp.procedure.slug, rp.procedure]))).values()]
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((pr) => ({ slug: pr.slug, name: pr.name, cptCodes: pr.cptCodes })),
    locations: p.roles.map((r) => ({
      id: r.location.id,
      slug: r.location.slug,
      name: r.location.name,
      organization: r.location.organization
        ? { slug: r.location.organization.slug, name: r.location.organization.name, website: r.location.organization.website }
        : null,
      address: [r.location.address1, r.location.address2].filter(Boolean).join(", "),
      city: r.location.city,
      state: r.location.state,
      zip: r.location.zip,
      phone: r.location.phone,
      hours: readHours(r.location.hours),
      accessibilityNotes: r.location.accessibilityNotes,
      lat: r.location.lat,
      lng: r.location.lng,
      geocodePrecision: r.location.geocodePrecision,
      acceptingNewPatients: r.acceptingNewPatients,
      /** null = unknown: pages say "ask the office" */
      telehealth: r.telehealth,
      /** CMS Doctors and Clinicians `ind_assgn`, as of the role's source file; null = unknown */
      acceptsMedicareAssignment: r.acceptsMedicareAssignment,
      procedures: procedureRefs(r.procedures),
      asOf: day(r.asOf),
      // The listing's date (this doctor at this place), the same one search results and the clinic page show.
      lastConfirmedAt: day(listingConfirmedAt(p.lastConfirmedAt, r.location.lastConfirmedAt)),
      source: toSourceRef(r.source),
    })),
    volumes: {
      note:
        "Medicare Part B fee-for-service claims only (CMS Medicare Physician & Other Practitioners, by Provider and Service). " +
        "CMS does not publish counts under 11; those rows show no count. Volume alone is not a measure of quality.",
      rows: p.volumes.map((v) => ({
        hcpcsCode: v.hcpcsCode,
        procedure: procedureForCode(v.hcpcsCode) ?? null,
        year: v.year,
        placeOfService: v.placeOfService,
        services: v.services,
        beneficiaries: v.beneficiaries,
        suppressed: v.services === null,
        source: toSourceRef(v.source),
      })),
    },
    provenance: {
      source: toSourceRef(p.source),
      asOf: day(p.asOf),
      lastConfirmedAt: day(p.lastConfirmedAt),
    },
  };
}

export type TPhysicianProfile = Awaited<ReturnType<typeof getPhysicianProfile>>;
