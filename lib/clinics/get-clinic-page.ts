// One clinic location's public page: address, phones, hours, the physicians who practise there and what they do.
import "server-only";
import { z } from "zod";
import { dbRead } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isStale } from "@/lib/physicians/freshness";
import { fullName } from "@/lib/physicians/name";
import { isoDay } from "@/lib/text/calendar";
import { readHours } from "@/lib/validation/common";
import { parseWith } from "@/lib/validation/parse";

export const ZClinicSlug = z
  .string()
  .trim()
  .min(1)
  .max(200, { message: "clinic slug is too long" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "clinic must be a slug like main-street-imaging-boston-ma-12" });

const day = isoDay;

/** Public: only active physicians and published data. 404 when the slug is unknown. */
export async function getClinicPage(slugInput: unknown) {
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
      acceptingNewPatients: r.acceptingNewPatients,
      telehealth: r.telehealth,
      acceptsMedicareAssignment: r.acceptsMedicareAssignment,
      procedures: r.procedures
        .map((rp) => rp.procedure)
        .sort((a, b) => a.sortOrder - b.sortOrder)
        .map((p) => ({ slug: p.slug, name: p.name })),
    }))
    .sort((a, b) => a.lastName.localeCompare(b.lastName) || a.name.localeCompare(b.name));
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
    lastConfirmedAt: day(l.lastConfirmedAt),
    possiblyOutdated: isStale(l.lastConfirmedAt),
    source: { kind: l.source.kind, name: l.source.name, fileDate: day(l.source.fileDate) },
    physicians,
    procedures,
  };
}

export type TClinicPage = Awaited<ReturnType<typeof getClinicPage>>;
