// Practices from the public files: Doctors and Clinicians groups (by `org_pac_id`) and NPPES organizations with
// the IR taxonomy (by organization NPI) become Organizations, and their locations are linked to them, so a clinic
// page groups the practice's physicians. A person's link or name is never changed.
import { createHash } from "node:crypto";
import { ensureLocations, keyOf, setLocationDetails, type TSourcedAddress } from "@/lib/imports/locations";
import { slugify } from "@/lib/imports/normalize";
import type { TOrgFact } from "@/lib/imports/facts";
import type { TGeocoder } from "@/lib/imports/geocode";
import type { TBatchContext } from "@/lib/imports/types";

const slugFor = (name: string, id: string) =>
  `${slugify(name).slice(0, 80) || "practice"}-${createHash("sha1").update(id).digest("hex").slice(0, 6)}`;

type TOrgUpsert = { by: "pac_id" | "npi"; id: string; name: string; phone: string | null; sourceId: number; asOf: string };

/**
 * Creates or updates organizations keyed on PAC ID or NPI. The name follows the newest file (a same-day tie: the
 * greater name), unless a person named the practice. Returns key -> organization id.
 */
async function upsertOrganizations(ctx: TBatchContext, orgs: TOrgUpsert[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (orgs.length === 0) return out;
  const best = new Map<string, TOrgUpsert>();
  for (const o of orgs) {
    const cur = best.get(`${o.by}|${o.id}`);
    if (!cur || o.asOf > cur.asOf || (o.asOf === cur.asOf && o.name > cur.name)) best.set(`${o.by}|${o.id}`, o);
  }
  for (const by of ["pac_id", "npi"] as const) {
    const list = [...best.values()].filter((o) => o.by === by);
    if (list.length === 0) continue;
    const { rows } = await ctx.client.query<{ id: number; key: string }>(
      `INSERT INTO organization AS o (slug, name, ${by}, phone, source_id, as_of, updated_at)
       SELECT slug, name, key, phone, src, d::date, now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[]) AS t(slug, name, key, phone, src, d)
       ON CONFLICT (${by}) DO UPDATE SET name = EXCLUDED.name, source_id = EXCLUDED.source_id, as_of = EXCLUDED.as_of,
              version = o.version + 1, updated_at = now()
        WHERE (o.as_of < EXCLUDED.as_of OR (o.as_of = EXCLUDED.as_of AND o.name < EXCLUDED.name))
          AND EXISTS (SELECT 1 FROM data_source ds WHERE ds.id = o.source_id AND ds.kind IN ('NPPES', 'CMS_DAC'))
          AND NOT EXISTS (SELECT 1 FROM field_provenance fp JOIN data_source s ON s.id = fp.source_id
                           WHERE fp.entity = 'organization' AND fp.entity_id = o.id AND fp.field = 'name'
                             AND s.kind IN ('CLINIC_EDIT', 'MODERATOR'))
       RETURNING id, ${by} AS key`,
      [
        list.map((o) => slugFor(o.name, `${by}|${o.id}`)),
        list.map((o) => o.name),
        list.map((o) => o.id),
        list.map((o) => o.phone),
        list.map((o) => o.sourceId),
        list.map((o) => o.asOf),
      ],
    );
    for (const r of rows) out.set(`${by}|${r.key}`, r.id);
    const { rows: all } = await ctx.client.query<{ id: number; key: string }>(
      `SELECT id, ${by} AS key FROM organization WHERE ${by} = ANY($1::text[])`,
      [list.map((o) => o.id)],
    );
    for (const r of all) out.set(`${by}|${r.key}`, r.id);
  }
  return out;
}

/**
 * Links locations to their organization. A Doctors and Clinicians group outranks an NPPES organization record
 * (it says who practises there); a link a person made stays.
 */
async function linkLocations(
  ctx: TBatchContext,
  links: Array<{ locationId: number; organizationId: number; rank: number }>,
): Promise<void> {
  if (links.length === 0) return;
  const best = new Map<number, { organizationId: number; rank: number }>();
  for (const l of links) {
    const cur = best.get(l.locationId);
    if (!cur || l.rank > cur.rank || (l.rank === cur.rank && l.organizationId < cur.organizationId)) best.set(l.locationId, l);
  }
  const list = [...best.entries()];
  await ctx.client.query(
    `UPDATE location l SET organization_id = t.org, version = l.version + 1, updated_at = now()
       FROM unnest($1::int[], $2::int[], $3::int[]) AS t(loc, org, rank)
      WHERE l.id = t.loc AND l.organization_id IS DISTINCT FROM t.org
        AND NOT EXISTS (SELECT 1 FROM field_provenance fp JOIN data_source s ON s.id = fp.source_id
                         WHERE fp.entity = 'location' AND fp.entity_id = l.id AND fp.field = 'organizationId'
                           AND s.kind IN ('CLINIC_EDIT', 'MODERATOR'))
        AND (l.organization_id IS NULL
             OR t.rank >= (SELECT CASE WHEN o.pac_id IS NOT NULL THEN 2 WHEN o.npi IS NOT NULL THEN 1 ELSE 9 END
                             FROM organization o WHERE o.id = l.organization_id))`,
    [list.map(([loc]) => loc), list.map(([, v]) => v.organizationId), list.map(([, v]) => v.rank)],
  );
}

/**
 * Doctors and Clinicians groups of these locations, as the current facts of the people practising there say
 * (null: no group lists the location now). Creates the groups; a location a person linked keeps its link, and an
 * NPPES organization's link gives way only to a group.
 */
export async function setPracticeGroups(
  ctx: TBatchContext,
  groups: Array<{ locationId: number; group: { pacId: string; name: string; sourceId: number; asOf: string } | null }>,
): Promise<void> {
  if (groups.length === 0) return;
  const named = groups.flatMap((g) => (g.group ? [g.group] : []));
  const ids = await upsertOrganizations(
    ctx,
    named.map((p) => ({ by: "pac_id", id: p.pacId, name: p.name, phone: null, sourceId: p.sourceId, asOf: p.asOf })),
  );
  await ctx.client.query(
    `UPDATE location l SET organization_id = t.org, version = l.version + 1, updated_at = now()
       FROM unnest($1::int[], $2::int[]) AS t(loc, org)
      WHERE l.id = t.loc AND l.organization_id IS DISTINCT FROM t.org
        AND NOT EXISTS (SELECT 1 FROM field_provenance fp JOIN data_source s ON s.id = fp.source_id
                         WHERE fp.entity = 'location' AND fp.entity_id = l.id AND fp.field = 'organizationId'
                           AND s.kind IN ('CLINIC_EDIT', 'MODERATOR'))
        AND (l.organization_id IS NULL
             OR EXISTS (SELECT 1 FROM organization o WHERE o.id = l.organization_id
                         AND (o.pac_id IS NOT NULL OR (o.npi IS NOT NULL AND t.org IS NOT NULL))))`,
    [groups.map((g) => g.locationId), groups.map((g) => (g.group ? (ids.get(`pac_id|${g.group.pacId}`) ?? null) : null))],
  );
}

/** Imported practices no location belongs to any more (and nobody claimed) go, like empty imported locations. */
export async function removeOrphanOrganizations(ctx: TBatchContext): Promise<number> {
  const { rows } = await ctx.client.query<{ id: number }>(
    `DELETE FROM organization o USING data_source ds
      WHERE ds.id = o.source_id AND ds.kind IN ('NPPES', 'CMS_DAC')
        AND NOT EXISTS (SELECT 1 FROM location l WHERE l.organization_id = o.id)
        AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = o.id)
        AND NOT EXISTS (SELECT 1 FROM practice_claim c WHERE c.organization_id = o.id)
        AND NOT EXISTS (SELECT 1 FROM change_request c WHERE c.organization_id = o.id)
        AND NOT EXISTS (SELECT 1 FROM invitation i WHERE i.organization_id = o.id)
     RETURNING o.id`,
  );
  await ctx.client.query(`DELETE FROM field_provenance WHERE entity = 'organization' AND entity_id = ANY($1::int[])`, [
    rows.map((r) => r.id),
  ]);
  return rows.length;
}

/** NPPES organizations (entity type 2) with the IR taxonomy: the practice and its location. */
export async function applyNppesOrganizations(
  ctx: TBatchContext,
  orgs: Array<{ fact: TOrgFact }>,
  geocoder: TGeocoder | undefined,
): Promise<void> {
  if (orgs.length === 0) return;
  const ids = await upsertOrganizations(
    ctx,
    orgs.map(({ fact }) => ({ by: "npi", id: fact.npi, name: fact.name, phone: fact.phone, sourceId: ctx.sourceId, asOf: ctx.fileDate })),
  );
  const sourced: TSourcedAddress[] = orgs.map(({ fact }) => ({
    address: fact.address,
    kind: "NPPES",
    sourceId: ctx.sourceId,
    asOf: ctx.fileDate,
  }));
  const locations = await ensureLocations(ctx, sourced, geocoder);
  // A practice address nobody is listed at shows what the organization's record says (with people there, their
  // records decide: project.ts).
  const { rows: empty } = await ctx.client.query<{ id: number }>(
    `SELECT l.id FROM location l WHERE l.id = ANY($1::int[]) AND NOT EXISTS (SELECT 1 FROM practitioner_role r WHERE r.location_id = l.id)`,
    [[...locations.values()]],
  );
  const emptyIds = new Set(empty.map((e) => e.id));
  await setLocationDetails(
    ctx,
    sourced.flatMap((s) => {
      const id = locations.get(keyOf(s.address));
      return id !== undefined && emptyIds.has(id) ? [{ id, best: s, newest: s.asOf }] : [];
    }),
  );
  await linkLocations(
    ctx,
    orgs.flatMap(({ fact }) => {
      const locationId = locations.get(keyOf(fact.address));
      const organizationId = ids.get(`npi|${fact.npi}`);
      return locationId !== undefined && organizationId !== undefined ? [{ locationId, organizationId, rank: 1 }] : [];
    }),
  );
}
