// One clinic location's public page: address, phones, hours, the physicians who practise there and what they do.
import "server-only";
import { dbRead } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZClinicSlug, type TClinicPage } from "@/lib/clinics/schema";
import { isStale, listingConfirmedAt } from "@/lib/physicians/freshness";
import { fullName } from "@/lib/physicians/name";
import { toSourceRef } from "@/lib/validation/public-response";
import { isoDay } from "@/lib/text/calendar";
import { readHours } from "@/lib/validation/common";
import { parseWith } from "@/lib/validation/parse";
import { procedureRefs } from "@/lib/procedures/refs";

const day = isoDay;

/** Public: only active physicians and published data. 404 when the slug is unknown. */
export async function getClinicPage(slugInput: unknown): Promise<TClinicPage> {
  const slug = parseWith(ZClinicSlug, slugInput, "clinic");
  const l = await dbRead().location.findUnique({
    where: { slug },
    include: {
      organization: {
        include: { locations: { select: { slug: true, name: true, city: true, state: true }, orderBy: { id: "asc" }, take: 21 } },
      },
      source: true,
      roles: {
        where: { physician: { active: true } },
        include: {
          physician: {
            include: { certifications: { where: { verifiedAt: { not: null } }, orderBy: { verifiedAt: "desc" } } },
          },
          procedures: { include: { procedure: true } },
        },
      },
    },
  });
  if (!l) throw new AppError("NOT_FOUND", "We couldn't find that clinic in the directory.");
  const physicians = l.roles
    .map((r) => ({
      slug: r.physician.slug,
      name: fullName(r.physician),
      lastName: r.physician.lastName,
      credentials: r.physician.credentials,
      languages: r.physician.languages,
      certifications: r.physician.certifications.map((c) => ({
        board: c.board,
        certificate: c.certificate,
        verifiedAt: day(c.verifiedAt),
      })),
      // The listing's date (this doctor at this place), the same one search results and the profile show.
      lastConfirmedAt: day(listingConfirmedAt(r.physician.lastConfirmedAt, l.lastConfirmedAt)),
      acceptingNewPatients: r.acceptingNewPatients,
      telehealth: r.telehealth,
      acceptsMedicareAssignment: r.acceptsMedicareAssignment,
      procedures: procedureRefs(r.procedures),
    }))
    .sort((a, b) => a.lastName.localeCompare(b.lastName) || a.name.localeCompare(b.name));
  const lastConfirmed = listingConfirmedAt(l.lastConfirmedAt, ...l.roles.map((r) => r.physician.lastConfirmedAt));
  const procedures = [...new Map(physicians.flatMap((p) => p.procedures.map((pr) => [pr.slug, pr]))).values()];
  return {
    id: l.id,
    slug: l.slug,
    name: l.name,
    organization: l.organization
      ? {
          name: l.organization.name,
          website: l.organization.website,
          phone: l.organization.phone,
          otherLocations: l.organization.locations.filter((o) => o.slug !== l.slug).slice(0, 20),
        }
      : null,
    address: [l.address1, l.address2].filter(Boolean).join(", "),
    city: l.city,
    state: l.state,
    zip: l.zip,
    phone: l.phone,
    hours: readHours(l.hours),
    accessibilityNotes: l.accessibilityNotes,
    lat: l.lat,
    lng: l.lng,
    geocodePrecision: l.geocodePrecision,
    lastConfirmedAt: day(lastConfirmed),
    possiblyOutdated: isStale(lastConfirmed),
    source: toSourceRef(l.source),
    physicians,
    procedures,
  };
}
