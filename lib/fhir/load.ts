// Loads directory rows by id and turns them into FHIR resources (with their Provenance): the only FHIR data reads.
import "server-only";
import { dbRead } from "@/lib/db/client";
import { PREPARED_MARKER } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  healthcareServiceId,
  toHealthcareService,
  toLocation,
  toOrganization,
  toPractitioner,
  toPractitionerRole,
  toProvenance,
  type THealthcareServiceRow,
  type TLocationRow,
  type TOrganizationRow,
  type TPractitionerRow,
  type TRoleRow,
  type TSourceCols,
} from "@/lib/fhir/resources";
import type { TDirectoryType, TResource } from "@/lib/fhir/types";

/**
 * meta.lastUpdated of each type, as SQL over its table alias. Searches filter `_lastUpdated` on the same
 * expressions, so an incremental sync sees exactly what the resources say. A practitioner changes when a
 * certification is added or verified; a role when its physician changes (active, specialties are copied in).
 */
export const LAST_UPDATED_SQL = {
  Practitioner: Prisma.sql`GREATEST(p.updated_at, (SELECT max(GREATEST(c.created_at, c.verified_at)) FROM board_certification c WHERE c.physician_id = p.id))`,
  PractitionerRole: Prisma.sql`GREATEST(r.updated_at, p.updated_at)`,
  Location: Prisma.sql`l.updated_at`,
  Organization: Prisma.sql`o.updated_at`,
  HealthcareService: Prisma.sql`GREATEST(l.updated_at, hs.role_updated)`,
} as const;

const SOURCE_COLS = (table: string) => Prisma.sql`s.kind::text AS source_kind, s.name AS source_name, s.file_name, s.file_date,
  s.loaded_at, ${Prisma.raw(table)}.as_of`;

/** Fixed-shape loads run as named prepared statements (planned once per connection), like the search statement. */
const PREPARED = Prisma.raw(PREPARED_MARKER);

export type TLoaded = { resource: TResource; source: TSourceCols };

export async function loadPractitioners(ids: number[]): Promise<TLoaded[]> {
  if (!ids.length) return [];
  const rows = await dbRead().$queryRaw<TPractitionerRow[]>`${PREPARED}
    SELECT p.id, p.npi, p.first_name, p.middle_name, p.last_name, p.credentials, p.gender::text AS gender, p.languages,
      p.active, p.version, ${SOURCE_COLS("p")}, ${LAST_UPDATED_SQL.Practitioner} AS last_updated,
      COALESCE((SELECT json_agg(json_build_object('board', c.board, 'certificate', c.certificate, 'status', c.status,
          'verifiedAt', c.verified_at) ORDER BY c.verified_at DESC, c.id)
        FROM board_certification c WHERE c.physician_id = p.id AND c.verified_at IS NOT NULL), '[]'::json) AS certifications
    FROM physician p JOIN data_source s ON s.id = p.source_id
    WHERE p.id = ANY(${ids}::int[])`;
  return rows.map((r) => ({ resource: toPractitioner(r), source: r }));
}

export async function loadRoles(ids: number[]): Promise<TLoaded[]> {
  if (!ids.length) return [];
  const rows = await dbRead().$queryRaw<TRoleRow[]>`${PREPARED}
    SELECT r.id, r.physician_id, r.location_id, l.organization_id, r.accepting_new_patients, r.telehealth, p.active,
      r.version, p.taxonomy_codes, l.phone, ${SOURCE_COLS("r")}, ${LAST_UPDATED_SQL.PractitionerRole} AS last_updated,
      COALESCE((SELECT json_agg(json_build_object('slug', pr.slug, 'name', pr.name) ORDER BY pr.sort_order, pr.name)
        FROM role_procedure rp JOIN procedure pr ON pr.id = rp.procedure_id WHERE rp.role_id = r.id), '[]'::json) AS procedures
    FROM practitioner_role r JOIN physician p ON p.id = r.physician_id JOIN location l ON l.id = r.location_id
    JOIN data_source s ON s.id = r.source_id
    WHERE r.id = ANY(${ids}::int[])`;
  return rows.map((r) => ({ resource: toPractitionerRole(r), source: r }));
}

export async function loadLocations(ids: number[]): Promise<TLoaded[]> {
  if (!ids.length) return [];
  const rows = await dbRead().$queryRaw<TLocationRow[]>`${PREPARED}
    SELECT l.id, l.organization_id, l.name, l.address1, l.address2, l.city, l.state, l.zip, l.phone, l.hours,
      l.accessibility_notes, l.lat, l.lng, l.version, ${SOURCE_COLS("l")}, ${LAST_UPDATED_SQL.Location} AS last_updated
    FROM location l JOIN data_source s ON s.id = l.source_id
    WHERE l.id = ANY(${ids}::int[])`;
  return rows.map((r) => ({ resource: toLocation(r), source: r }));
}

export async function loadOrganizations(ids: number[]): Promise<TLoaded[]> {
  if (!ids.length) return [];
  const rows = await dbRead().$queryRaw<TOrganizationRow[]>`${PREPARED}
    SELECT o.id, o.name, o.npi, o.website, o.phone, o.version, ${SOURCE_COLS("o")}, ${LAST_UPDATED_SQL.Organization} AS last_updated,
      (SELECT json_build_object('address1', l.address1, 'address2', l.address2, 'city', l.city, 'state', l.state, 'zip', l.zip)
        FROM location l WHERE l.organization_id = o.id ORDER BY l.id LIMIT 1) AS address
    FROM organization o JOIN data_source s ON s.id = o.source_id
    WHERE o.id = ANY(${ids}::int[])`;
  return rows.map((r) => ({ resource: toOrganization(r), source: r }));
}

/**
 * A HealthcareService is one procedure offered at one location by at least one active physician: derived from
 * practitioner roles, not stored (docs/decisions/021). `keys` are [locationId, procedureId] pairs.
 */
export async function loadHealthcareServices(keys: Array<[number, number]>): Promise<TLoaded[]> {
  if (!keys.length) return [];
  const locs = keys.map((k) => k[0]);
  const procs = keys.map((k) => k[1]);
  const rows = await dbRead().$queryRaw<THealthcareServiceRow[]>`
    WITH wanted AS (SELECT * FROM unnest(${locs}::int[], ${procs}::int[]) AS w(location_id, procedure_id)),
    hs AS (
      SELECT r.location_id, rp.procedure_id, bool_or(r.telehealth) AS telehealth, max(GREATEST(r.updated_at, p.updated_at)) AS role_updated
      FROM wanted w JOIN practitioner_role r ON r.location_id = w.location_id
      JOIN role_procedure rp ON rp.role_id = r.id AND rp.procedure_id = w.procedure_id
      JOIN physician p ON p.id = r.physician_id AND p.active
      GROUP BY r.location_id, rp.procedure_id)
    SELECT hs.location_id, hs.procedure_id, hs.telehealth, pr.slug, pr.name, pr.cpt_codes, l.organization_id,
      l.name AS location_name, ${SOURCE_COLS("l")}, ${LAST_UPDATED_SQL.HealthcareService} AS last_updated
    FROM hs JOIN location l ON l.id = hs.location_id JOIN procedure pr ON pr.id = hs.procedure_id
    JOIN data_source s ON s.id = l.source_id`;
  return rows.map((r) => ({ resource: toHealthcareService(r), source: r }));
}

/** "12-kyphoplasty" -> [12, procedure id], or null. */
export async function healthcareServiceKeys(ids: string[]): Promise<Array<[number, number]>> {
  const parsed = ids.map((id) => /^(\d{1,9})-([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(id)).filter((m): m is RegExpExecArray => m !== null);
  if (!parsed.length) return [];
  const slugs = [...new Set(parsed.map((m) => m[2] as string))];
  const procs = await dbRead().procedure.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const bySlug = new Map(procs.map((p) => [p.slug, p.id]));
  return parsed.flatMap((m) => {
    const pid = bySlug.get(m[2] as string);
    return pid === undefined ? [] : [[Number(m[1]), pid] as [number, number]];
  });
}

/** Loads resources of one type by their FHIR ids, in the order given (unknown ids are skipped). */
export async function loadByIds(type: TDirectoryType, ids: string[]): Promise<TLoaded[]> {
  let loaded: TLoaded[];
  if (type === "HealthcareService") {
    loaded = await loadHealthcareServices(await healthcareServiceKeys(ids));
  } else {
    const nums = [...new Set(ids.filter((id) => /^\d{1,9}$/.test(id)).map(Number))];
    loaded =
      type === "Practitioner"
        ? await loadPractitioners(nums)
        : type === "PractitionerRole"
          ? await loadRoles(nums)
          : type === "Location"
            ? await loadLocations(nums)
            : await loadOrganizations(nums);
  }
  const byId = new Map(loaded.map((l) => [l.resource.id, l]));
  return ids.flatMap((id) => {
    const l = byId.get(id);
    return l ? [l] : [];
  });
}

export { healthcareServiceId, toProvenance };
