// FHIR search over the directory: parameters -> ordered matches (by id, or by distance for `near`) -> Bundle.
import "server-only";
import { dbRead } from "@/lib/db/client";
import { PREPARED_MARKER } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { EXT, SYSTEM } from "@/lib/fhir/codes";
import { loadByIds, loadHealthcareServices, toProvenance, type TLoaded } from "@/lib/fhir/load";
import { CHAINS, orValues, PARAMS, parseNear, parseToken, type TNear } from "@/lib/fhir/search-params";
import type { TBundle, TBundleEntry, TDirectoryType, TResource } from "@/lib/fhir/types";
import { Prisma } from "@/lib/generated/prisma/client";
import { getCatalog, matchProcedure } from "@/lib/procedures/catalog";
import { candidatesWalk, NO_FILTERS, type TFilters } from "@/lib/search/search-sql";

export const DEFAULT_COUNT = 20;
export const MAX_COUNT = 200;
/** Deepest offset a distance-ordered search pages to; beyond it, narrow the search or use $export. */
export const MAX_NEAR_OFFSET = 10_000;
/** Resources one page may pull in through _revinclude (a large organization has many roles). */
const MAX_REVINCLUDE = 1_000;

/** What each type may _include (target type) and what may _revinclude it (source type), as Plan-Net lists them. */
export const INCLUDES: Record<TDirectoryType, Record<string, TDirectoryType | null>> = {
  PractitionerRole: {
    "PractitionerRole:practitioner": "Practitioner",
    "PractitionerRole:location": "Location",
    "PractitionerRole:organization": "Organization",
    "PractitionerRole:service": "HealthcareService",
    "PractitionerRole:network": null,
    "PractitionerRole:endpoint": null,
  },
  Location: { "Location:organization": "Organization", "Location:partof": null, "Location:endpoint": null },
  HealthcareService: {
    "HealthcareService:location": "Location",
    "HealthcareService:organization": "Organization",
    "HealthcareService:coverage-area": null,
    "HealthcareService:endpoint": null,
  },
  Organization: { "Organization:partof": null, "Organization:endpoint": null, "Organization:coverage-area": null },
  Practitioner: {},
};
/** What may _revinclude each type, as Plan-Net lists them. */
export const REVINCLUDES: Record<TDirectoryType, string[]> = {
  Practitioner: ["PractitionerRole:practitioner", "Provenance:target"],
  PractitionerRole: ["Provenance:target"],
  Location: [
    "PractitionerRole:location",
    "HealthcareService:location",
    "Provenance:target",
    "InsurancePlan:coverage-area",
    "OrganizationAffiliation:location",
  ],
  Organization: [
    "PractitionerRole:organization",
    "HealthcareService:organization",
    "Location:organization",
    "Provenance:target",
    "PractitionerRole:network",
    "Endpoint:organization",
    "InsurancePlan:administered-by",
    "InsurancePlan:owned-by",
    "OrganizationAffiliation:primary-organization",
    "OrganizationAffiliation:participating-organization",
  ],
  HealthcareService: ["PractitionerRole:service", "Provenance:target", "OrganizationAffiliation:service"],
};
// Revincludes of resources this directory never holds (networks, endpoints, plans, affiliations) are accepted, as
// Plan-Net lists them, and add nothing.

/** Search-control and special parameters (not per-type filters). */
const CONTROL = new Set(["_count", "_summary", "_include", "_revinclude", "_cursor", "_offset", "_total", "_format"]);
/** Our own parameters, declared in the CapabilityStatement. */
export const EXTRA_ROLE_PARAMS = ["procedure", "new-patient", "location.near", "service.service-type"];

export type TSearchPlan = {
  type: TDirectoryType;
  conds: Prisma.Sql[];
  near: TNear | null;
  nearUnit: string;
  procedureIds: number[] | null;
  acceptingOnly: boolean;
  /** Conditions the role KNN walk cannot apply itself (so it must not stop early). */
  postFilters: boolean;
  count: number;
  cursor: string | null;
  offset: number;
  summaryCount: boolean;
  total: boolean;
  includes: string[];
  revincludes: string[];
  /** The recognised parameters, for self/next links. */
  kept: Array<[string, string]>;
  ignored: string[];
};

function intParam(name: string, v: string, min: number, max: number): number {
  if (!/^\d{1,9}$/.test(v) || Number(v) < min || Number(v) > max) {
    throw new AppError("VALIDATION_FAILED", `Invalid ${name} "${v}": a whole number from ${min} to ${max}`);
  }
  return Number(v);
}

/** A plan with nothing asked for: the first page of every resource of the type, by id. */
export function emptyPlan(type: TDirectoryType): TSearchPlan {
  return {
    type,
    conds: [],
    near: null,
    nearUnit: "km",
    procedureIds: null,
    acceptingOnly: false,
    postFilters: false,
    count: DEFAULT_COUNT,
    cursor: null,
    offset: 0,
    summaryCount: false,
    total: false,
    includes: [],
    revincludes: [],
    kept: [],
    ignored: [],
  };
}

/** Reads the query; unknown parameters are an error with `Prefer: handling=strict`, otherwise ignored and reported. */
export async function planSearch(type: TDirectoryType, params: URLSearchParams, strict: boolean): Promise<TSearchPlan> {
  const plan = emptyPlan(type);
  const handlers = PARAMS[type];
  for (const [rawKey, value] of params) {
    const [key, modifier] = rawKey.split(":", 2) as [string, string | undefined];
    const keep = () => plan.kept.push([rawKey, value]);
    if (CONTROL.has(rawKey)) {
      if (rawKey === "_count") plan.count = intParam("_count", value, 0, MAX_COUNT);
      else if (rawKey === "_summary") {
        if (value === "count") plan.summaryCount = true;
        else if (value !== "false") {
          ignoreOrThrow(plan, strict, `_summary=${value}`);
          continue;
        }
      } else if (rawKey === "_total") plan.total = value === "accurate" || value === "estimate";
      else if (rawKey === "_cursor") {
        plan.cursor = value;
        continue;
      } else if (rawKey === "_offset") {
        plan.offset = intParam("_offset", value, 0, MAX_NEAR_OFFSET);
        continue;
      } else if (rawKey === "_format") {
        if (!["json", "application/json", "application/fhir+json"].includes(value)) {
          throw new AppError("VALIDATION_FAILED", `Unsupported _format "${value}": this server speaks JSON only`);
        }
      } else if (rawKey === "_include") {
        const v = value.replace(/:iterate$/, "");
        if (!Object.hasOwn(INCLUDES[type], v)) {
          ignoreOrThrow(plan, strict, `_include=${value}`);
          continue;
        }
        plan.includes.push(v);
      } else if (rawKey === "_revinclude") {
        if (!REVINCLUDES[type].includes(value)) {
          ignoreOrThrow(plan, strict, `_revinclude=${value}`);
          continue;
        }
        plan.revincludes.push(value);
      }
      keep();
      continue;
    }
    if ((type === "Location" && rawKey === "near") || (type === "PractitionerRole" && rawKey === "location.near")) {
      plan.near = parseNear(value);
      plan.nearUnit = value.split("|")[3] || "km";
      keep();
      continue;
    }
    if (type === "PractitionerRole" && (rawKey === "procedure" || rawKey === "service.service-type")) {
      plan.procedureIds = await procedureIds(value, rawKey === "service.service-type");
      keep();
      continue;
    }
    if (type === "PractitionerRole" && rawKey === "new-patient") {
      const codes = orValues(value)
        .map(parseToken)
        .filter((t) => !t.system || t.system === SYSTEM.acceptingPatients)
        .map((t) => t.code);
      const yes = codes.some((c) => c === "newpt" || c === "true");
      const no = codes.some((c) => c === "nopt" || c === "false");
      if (yes && !no) plan.acceptingOnly = true;
      else if (no && !yes) {
        plan.conds.push(Prisma.sql`r.accepting_new_patients IS FALSE`);
        plan.postFilters = true;
      } else if (!yes && !no) {
        plan.conds.push(Prisma.sql`FALSE`);
        plan.postFilters = true;
      }
      keep();
      continue;
    }
    if (modifier !== undefined && !["exact", "contains", "missing"].includes(modifier)) {
      ignoreOrThrow(plan, strict, rawKey);
      continue;
    }
    const dot = key.indexOf(".");
    const chain = dot > 0 ? CHAINS[type]?.[key.slice(0, dot)] : undefined;
    const handler =
      dot > 0
        ? chain && Object.hasOwn(chain, key.slice(dot + 1))
          ? chain[key.slice(dot + 1)]
          : undefined
        : Object.hasOwn(handlers, key)
          ? handlers[key]
          : undefined;
    if (!handler || modifier === "missing") {
      ignoreOrThrow(plan, strict, rawKey);
      continue;
    }
    plan.conds.push(handler(value, modifier));
    plan.postFilters = true;
    keep();
  }
  return plan;
}

function ignoreOrThrow(plan: TSearchPlan, strict: boolean, what: string): void {
  if (strict) throw new AppError("VALIDATION_FAILED", `Unsupported search parameter or value: ${what} (sent with Prefer: handling=strict)`);
  plan.ignored.push(what);
}

/** Procedure filter: a slug, condition or CPT code (as the JSON API's `procedure`). Unknown ones match nothing. */
async function procedureIds(value: string, tokenOnly: boolean): Promise<number[]> {
  const catalog = await getCatalog();
  const ids = new Set<number>();
  for (const v of orValues(value)) {
    const t = parseToken(v);
    if (t.system && t.system !== SYSTEM.cpt) continue;
    const byCpt = catalog.procedures.filter((p) => p.cptCodes.includes(t.code));
    if (byCpt.length || tokenOnly) {
      for (const p of byCpt) ids.add(p.id);
      if (!byCpt.length) for (const p of catalog.procedures.filter((x) => x.slug === t.code)) ids.add(p.id);
      continue;
    }
    try {
      for (const id of matchProcedure(catalog, t.code).procedureIds) ids.add(id);
    } catch {
      // Unknown procedure: no matches, like every other search value that matches nothing.
    }
  }
  return [...ids];
}

// ---------- selecting matches ----------

export type TMatch = { id: string; meters?: number; cursor?: string };

const where = (conds: Prisma.Sql[]) => (conds.length ? Prisma.sql`WHERE ${Prisma.join(conds, " AND ")}` : Prisma.empty);
const and = (conds: Prisma.Sql[]) => (conds.length ? Prisma.sql`AND ${Prisma.join(conds, " AND ")}` : Prisma.empty);

/** FROM clause and key of each type; parameter handlers use these aliases (p, r, l, o, hs, pr). */
const FROM: Record<TDirectoryType, Prisma.Sql> = {
  Practitioner: Prisma.sql`FROM physician p`,
  PractitionerRole: Prisma.sql`FROM practitioner_role r JOIN physician p ON p.id = r.physician_id JOIN location l ON l.id = r.location_id`,
  Location: Prisma.sql`FROM location l`,
  Organization: Prisma.sql`FROM organization o`,
  // Derived per location (see loadHealthcareServices): walking locations in id order keeps a page cheap.
  HealthcareService: Prisma.sql`FROM location l CROSS JOIN LATERAL (
      SELECT rp.procedure_id, max(GREATEST(r.updated_at, p.updated_at)) AS role_updated
      FROM practitioner_role r JOIN role_procedure rp ON rp.role_id = r.id JOIN physician p ON p.id = r.physician_id AND p.active
      WHERE r.location_id = l.id GROUP BY rp.procedure_id) hs
    JOIN procedure pr ON pr.id = hs.procedure_id`,
};
const KEY: Record<Exclude<TDirectoryType, "HealthcareService">, Prisma.Sql> = {
  Practitioner: Prisma.sql`p.id`,
  PractitionerRole: Prisma.sql`r.id`,
  Location: Prisma.sql`l.id`,
  Organization: Prisma.sql`o.id`,
};

function roleFilterConds(plan: TSearchPlan): Prisma.Sql[] {
  const c = [...plan.conds];
  if (plan.procedureIds) {
    c.push(
      Prisma.sql`EXISTS (SELECT 1 FROM role_procedure rp WHERE rp.role_id = r.id AND rp.procedure_id = ANY(${plan.procedureIds}::int[]))`,
    );
  }
  if (plan.acceptingOnly) c.push(Prisma.sql`r.accepting_new_patients IS TRUE`);
  return c;
}

/** Id-ordered page after the cursor (keyset paging: stable while data changes). Also walks bulk exports. */
export async function selectById(plan: TSearchPlan, limit: number): Promise<TMatch[]> {
  if (plan.type === "HealthcareService") {
    const cur = plan.cursor ? /^(\d{1,9})\.(\d{1,9})$/.exec(plan.cursor) : null;
    if (plan.cursor && !cur) throw new AppError("VALIDATION_FAILED", "Invalid _cursor: use the next link as given");
    const [a, b] = cur ? [Number(cur[1]), Number(cur[2])] : [0, 0];
    const conds = [...plan.conds, ...(cur ? [Prisma.sql`l.id >= ${a}::int AND (l.id > ${a}::int OR hs.procedure_id > ${b}::int)`] : [])];
    const rows = await dbRead().$queryRaw<Array<{ location_id: number; procedure_id: number; slug: string }>>`
      SELECT l.id AS location_id, hs.procedure_id, pr.slug ${FROM.HealthcareService} ${where(conds)}
      ORDER BY l.id, hs.procedure_id LIMIT ${limit}`;
    return rows.map((r) => ({ id: `${r.location_id}-${r.slug}`, cursor: `${r.location_id}.${r.procedure_id}` }));
  }
  if (plan.cursor && !/^\d{1,9}$/.test(plan.cursor)) throw new AppError("VALIDATION_FAILED", "Invalid _cursor: use the next link as given");
  const key = KEY[plan.type];
  const conds = [
    ...(plan.type === "PractitionerRole" ? roleFilterConds(plan) : plan.conds),
    ...(plan.cursor ? [Prisma.sql`${key} > ${Number(plan.cursor)}::int`] : []),
  ];
  const rows = await dbRead().$queryRaw<
    Array<{ id: number }>
  >`SELECT ${key} AS id ${FROM[plan.type]} ${where(conds)} ORDER BY ${key} LIMIT ${limit}`;
  return rows.map((r) => ({ id: String(r.id), cursor: String(r.id) }));
}

const point = (n: TNear) => Prisma.sql`ST_SetSRID(ST_MakePoint(${n.lng}::float8, ${n.lat}::float8), 4326)::geography`;

/**
 * Locations by great-circle distance, nearest first (ties by id). The KNN walk stops after the rows this page
 * needs; when the page boundary falls inside a group of equidistant rows (locations at one ZIP centroid), every row
 * up to that distance is read, so pages never skip or repeat a tie.
 */
async function selectLocationsNear(plan: TSearchPlan, near: TNear, limit: number): Promise<TMatch[]> {
  const pt = point(near);
  const want = plan.offset + limit;
  const knn = await dbRead().$queryRaw<Array<{ id: number; meters: number }>>`
    SELECT l.id, l.geog <-> ${pt} AS meters FROM location l
    WHERE ST_DWithin(l.geog, ${pt}, ${near.meters}::float8, false) ${and(plan.conds)}
    ORDER BY l.geog <-> ${pt} LIMIT ${want + 1}`;
  let rows = knn;
  if (knn.length === want + 1) {
    const sorted = [...knn].sort((a, b) => a.meters - b.meters || a.id - b.id);
    const edge = sorted[want - 1]?.meters ?? 0;
    if ((sorted[want]?.meters ?? Infinity) <= edge) {
      rows = await dbRead().$queryRaw<Array<{ id: number; meters: number }>>`
        SELECT l.id, l.geog <-> ${pt} AS meters FROM location l
        WHERE ST_DWithin(l.geog, ${pt}, ${edge + 0.01}::float8, false) ${and(plan.conds)}`;
      rows = rows.concat(knn.filter((k) => k.meters > edge + 0.01));
    }
  }
  const unique = [...new Map(rows.map((r) => [r.id, r])).values()].sort((a, b) => a.meters - b.meters || a.id - b.id);
  return unique.slice(plan.offset, plan.offset + limit).map((r) => ({ id: String(r.id), meters: r.meters }));
}

/** The filters the index walk applies itself (procedure, accepting new patients); the rest are SQL conditions. */
function walkFilters(plan: TSearchPlan): TFilters {
  return { ...NO_FILTERS, procedureIds: plan.procedureIds, acceptingNewPatients: plan.acceptingOnly };
}

type TRoleHit = { role_id: number; physician_id: number; location_id: number; meters: number };

/**
 * Practitioner roles near a point: the same search_candidates() KNN walk over the same index as /api/v1/search
 * (filters it can apply itself: procedure, accepting new patients), in the same order — distance, then physician
 * id — with the location id breaking a physician's own ties. Other filters need every candidate in the radius.
 */
async function selectRolesNear(plan: TSearchPlan, near: TNear, limit: number): Promise<TMatch[]> {
  const want = plan.offset + limit;
  const walk = (radius: number, cap: number | null) => candidatesWalk(near, radius, walkFilters(plan), cap);
  const order = (a: TRoleHit, b: TRoleHit) => a.meters - b.meters || a.physician_id - b.physician_id || a.location_id - b.location_id;
  let rows: TRoleHit[];
  if (plan.postFilters) {
    rows = await dbRead().$queryRaw<TRoleHit[]>`
      SELECT c.role_id, c.physician_id, c.location_id, c.meters FROM ${walk(near.meters, null)} c
      JOIN practitioner_role r ON r.id = c.role_id JOIN physician p ON p.id = r.physician_id JOIN location l ON l.id = r.location_id
      ${where(plan.conds)}`;
  } else {
    rows = await dbRead().$queryRaw<
      TRoleHit[]
    >`${Prisma.raw(PREPARED_MARKER)}SELECT c.role_id, c.physician_id, c.location_id, c.meters FROM ${walk(near.meters, want + 1)} c`;
    if (rows.length === want + 1) {
      rows.sort(order);
      const edge = rows[want - 1]?.meters ?? 0;
      if ((rows[want]?.meters ?? Infinity) <= edge) {
        const ties = await dbRead().$queryRaw<
          TRoleHit[]
        >`SELECT c.role_id, c.physician_id, c.location_id, c.meters FROM ${walk(edge + 0.01, null)} c`;
        rows = [...new Map([...ties, ...rows].map((r) => [r.role_id, r])).values()];
      }
    }
  }
  rows.sort(order);
  return rows.slice(plan.offset, plan.offset + limit).map((r) => ({ id: String(r.role_id), meters: r.meters }));
}

async function countMatches(plan: TSearchPlan): Promise<number> {
  if (plan.near && plan.type === "Location") {
    const pt = point(plan.near);
    const r = await dbRead().$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM location l
      WHERE ST_DWithin(l.geog, ${pt}, ${plan.near.meters}::float8, false) ${and(plan.conds)}`;
    return r[0]?.n ?? 0;
  }
  if (plan.near && plan.type === "PractitionerRole") {
    const n = plan.near;
    const r = await dbRead().$queryRaw<
      Array<{ n: number }>
    >`SELECT count(*)::int AS n FROM ${candidatesWalk(n, n.meters, walkFilters(plan), null)} c
      JOIN practitioner_role r ON r.id = c.role_id JOIN physician p ON p.id = r.physician_id JOIN location l ON l.id = r.location_id
      ${where(plan.conds)}`;
    return r[0]?.n ?? 0;
  }
  const conds = plan.type === "PractitionerRole" ? roleFilterConds(plan) : plan.conds;
  const r = await dbRead().$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n ${FROM[plan.type]} ${where(conds)}`;
  return r[0]?.n ?? 0;
}

// ---------- includes ----------

function refsOf(resources: TResource[], field: string, target: TDirectoryType): string[] {
  const out = new Set<string>();
  for (const r of resources) {
    const v = r[field];
    for (const ref of Array.isArray(v) ? v : v ? [v] : []) {
      const s = (ref as { reference?: string }).reference;
      if (s?.startsWith(`${target}/`)) out.add(s.slice(target.length + 1));
    }
  }
  return [...out];
}

const INCLUDE_FIELD: Record<string, string> = {
  "PractitionerRole:practitioner": "practitioner",
  "PractitionerRole:location": "location",
  "PractitionerRole:organization": "organization",
  "PractitionerRole:service": "healthcareService",
  "Location:organization": "managingOrganization",
  "HealthcareService:location": "location",
  "HealthcareService:organization": "providedBy",
};

async function loadIncludes(plan: TSearchPlan, matches: TLoaded[]): Promise<TLoaded[]> {
  const out: TLoaded[] = [];
  for (const inc of plan.includes) {
    const target = INCLUDES[plan.type][inc];
    const field = INCLUDE_FIELD[inc];
    if (!target || !field) continue;
    out.push(
      ...(await loadByIds(
        target,
        refsOf(
          matches.map((m) => m.resource),
          field,
          target,
        ),
      )),
    );
  }
  return out;
}

async function loadRevincludes(plan: TSearchPlan, matches: TLoaded[]): Promise<TLoaded[]> {
  const ids = matches.map((m) => m.resource.id);
  const nums = ids.filter((id) => /^\d+$/.test(id)).map(Number);
  const out: TLoaded[] = [];
  for (const rev of plan.revincludes) {
    if (rev === "Provenance:target") continue;
    let roleIds: number[] = [];
    if (rev === "PractitionerRole:practitioner")
      roleIds = await idsWhere(Prisma.sql`SELECT r.id FROM practitioner_role r WHERE r.physician_id = ANY(${nums}::int[])`);
    if (rev === "PractitionerRole:location")
      roleIds = await idsWhere(Prisma.sql`SELECT r.id FROM practitioner_role r WHERE r.location_id = ANY(${nums}::int[])`);
    if (rev === "PractitionerRole:organization")
      roleIds = await idsWhere(
        Prisma.sql`SELECT r.id FROM practitioner_role r JOIN location l ON l.id = r.location_id WHERE l.organization_id = ANY(${nums}::int[])`,
      );
    if (rev === "PractitionerRole:service") {
      const keys = ids.map((id) => /^(\d{1,9})-([a-z0-9-]+)$/.exec(id)).filter((m): m is RegExpExecArray => m !== null);
      roleIds = await idsWhere(Prisma.sql`SELECT r.id FROM practitioner_role r JOIN role_procedure rp ON rp.role_id = r.id
        JOIN procedure pr ON pr.id = rp.procedure_id
        WHERE (r.location_id, pr.slug) IN (SELECT * FROM unnest(${keys.map((k) => Number(k[1]))}::int[], ${keys.map((k) => k[2] as string)}::text[]))`);
    }
    if (roleIds.length) out.push(...(await loadByIds("PractitionerRole", roleIds.map(String))));
    if (rev === "Location:organization") {
      const locIds = await idsWhere(Prisma.sql`SELECT l.id FROM location l WHERE l.organization_id = ANY(${nums}::int[])`);
      out.push(...(await loadByIds("Location", locIds.map(String))));
    }
    if (rev === "HealthcareService:location" || rev === "HealthcareService:organization") {
      const col = rev === "HealthcareService:location" ? Prisma.sql`l.id` : Prisma.sql`l.organization_id`;
      const keys = await dbRead().$queryRaw<Array<{ location_id: number; procedure_id: number }>>`
        SELECT DISTINCT r.location_id, rp.procedure_id FROM practitioner_role r JOIN location l ON l.id = r.location_id
        JOIN role_procedure rp ON rp.role_id = r.id JOIN physician p ON p.id = r.physician_id AND p.active
        WHERE ${col} = ANY(${nums}::int[]) ORDER BY 1, 2 LIMIT ${MAX_REVINCLUDE}`;
      out.push(...(await loadHealthcareServices(keys.map((k) => [k.location_id, k.procedure_id]))));
    }
  }
  return out;
}

async function idsWhere(sql: Prisma.Sql): Promise<number[]> {
  const rows = await dbRead().$queryRaw<Array<{ id: number }>>`SELECT id FROM (${sql}) x ORDER BY id LIMIT ${MAX_REVINCLUDE}`;
  return rows.map((r) => r.id);
}

// ---------- the bundle ----------

const UNIT_CODE: Record<string, string> = { km: "km", m: "m", mi: "[mi_i]", "[mi_i]": "[mi_i]", "[mi_us]": "[mi_us]" };
const METERS_PER: Record<string, number> = { km: 1000, m: 1, "[mi_i]": 1609.344, "[mi_us]": 1609.347 };

function distanceExtension(meters: number, unit: string): Record<string, unknown> {
  const code = Object.hasOwn(UNIT_CODE, unit) ? (UNIT_CODE[unit] as string) : "km";
  const value = Math.round((meters / (METERS_PER[code] ?? 1000)) * 1000) / 1000;
  return { url: EXT.locationDistance, valueDistance: { value, unit: code === "[mi_i]" ? "mi" : code, system: SYSTEM.ucum, code } };
}

export function outcomeResource(severity: "error" | "warning" | "information", code: string, diagnostics: string): TResource {
  return { resourceType: "OperationOutcome", id: "outcome", issue: [{ severity, code, diagnostics }] };
}

/** Runs a planned search; `base` is the FHIR base URL the links and fullUrls use. */
export async function runSearch(plan: TSearchPlan, base: string): Promise<TBundle> {
  const self = linkFor(base, plan, []);
  if (plan.summaryCount) {
    return { resourceType: "Bundle", type: "searchset", total: await countMatches(plan), link: [{ relation: "self", url: self }] };
  }
  const limit = plan.count + 1;
  const hits: TMatch[] =
    plan.count === 0
      ? []
      : plan.near && plan.type === "Location"
        ? await selectLocationsNear(plan, plan.near, limit)
        : plan.near && plan.type === "PractitionerRole"
          ? await selectRolesNear(plan, plan.near, limit)
          : await selectById(plan, limit);
  const hasNext = hits.length > plan.count;
  const page = hits.slice(0, plan.count);
  const matches = await loadByIds(
    plan.type,
    page.map((h) => h.id),
  );
  const meters = new Map(page.map((h) => [h.id, h.meters]));
  const [included, revincluded] = await Promise.all([loadIncludes(plan, matches), loadRevincludes(plan, matches)]);

  const entries: TBundleEntry[] = matches.map((m) => {
    const d = meters.get(m.resource.id);
    return {
      fullUrl: `${base}/${m.resource.resourceType}/${m.resource.id}`,
      resource: m.resource,
      search: { mode: "match", ...(d !== undefined ? { extension: [distanceExtension(d, plan.nearUnit)] } : {}) },
    };
  });
  const seen = new Set(entries.map((e) => `${e.resource.resourceType}/${e.resource.id}`));
  const extra = [...included, ...revincluded];
  for (const m of extra) {
    const k = `${m.resource.resourceType}/${m.resource.id}`;
    if (seen.has(k)) continue;
    seen.add(k);
    entries.push({ fullUrl: `${base}/${k}`, resource: m.resource, search: { mode: "include" } });
  }
  if (plan.revincludes.includes("Provenance:target")) {
    for (const m of [...matches, ...extra]) {
      const p = toProvenance(m.resource, m.source);
      entries.push({ fullUrl: `${base}/Provenance/${p.id}`, resource: p, search: { mode: "include" } });
    }
  }
  if (plan.ignored.length) {
    entries.push({
      resource: outcomeResource("warning", "not-supported", `Ignored unsupported parameters: ${plan.ignored.join(", ")}`),
      search: { mode: "outcome" },
    });
  }
  const link = [{ relation: "self", url: self }];
  if (hasNext) {
    const last = page.at(-1);
    const nextParams: Array<[string, string]> = plan.near
      ? [["_offset", String(plan.offset + plan.count)]]
      : [["_cursor", last?.cursor ?? ""]];
    if (!plan.near || plan.offset + plan.count <= MAX_NEAR_OFFSET) link.push({ relation: "next", url: linkFor(base, plan, nextParams) });
  }
  // The bundle's lastUpdated is its newest resource's, not the clock's: equal answers get equal ETags (304s).
  const newest = entries
    .map((e) => e.resource.meta?.lastUpdated)
    .filter((x): x is string => Boolean(x))
    .sort()
    .at(-1);
  return {
    resourceType: "Bundle",
    type: "searchset",
    ...(newest ? { meta: { lastUpdated: newest } } : {}),
    ...(plan.total ? { total: await countMatches(plan) } : {}),
    link,
    entry: entries,
  };
}

function linkFor(base: string, plan: TSearchPlan, extra: Array<[string, string]>): string {
  const q = new URLSearchParams([...plan.kept, ...extra]);
  if (plan.cursor && !extra.length) q.append("_cursor", plan.cursor);
  if (plan.offset && !extra.length) q.append("_offset", String(plan.offset));
  const s = q.toString();
  return `${base}/${plan.type}${s ? `?${s}` : ""}`;
}
