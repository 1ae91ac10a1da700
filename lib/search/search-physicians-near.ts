// Physician search: one result per physician at their nearest matching location, by distance or name.
import "server-only";
import { db } from "@/lib/db/client";
import { PREPARED_MARKER } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { METERS_PER_MILE, roundMiles } from "@/lib/geo/distance";
import { resolveNear } from "@/lib/geo/resolve-near";
import { fullName } from "@/lib/physicians/name";
import { isoDay } from "@/lib/text/calendar";
import { getCatalog, matchProcedure, type TProcedureMatch } from "@/lib/procedures/catalog";
import { ZSearchQuery, type TSearchResponse, type TSearchResult } from "@/lib/search/schema";
import { parseWith } from "@/lib/validation/parse";

/**
 * Counting stops after this many nearest matching roles (physician-at-location rows); past it `total` is a
 * lower bound. This keeps a search in a dense metro as fast as a rural one (docs/decisions/003).
 */
export const CANDIDATE_CAP = 200;
/** How far the "nearest beyond the radius" fallback looks, and how many it shows. */
const NEAREST_MAX_MILES = 1500;
const NEAREST_COUNT = 5;

export type TFilters = {
  procedureIds: number[] | null;
  boardCertified: boolean;
  acceptingNewPatients: boolean;
  telehealth: boolean;
  language: string | undefined;
  gender: "FEMALE" | "MALE" | undefined;
};

type TRow = {
  physician_id: number;
  physician_slug: string;
  npi: string;
  first_name: string;
  middle_name: string | null;
  last_name: string;
  credentials: string | null;
  gender: string | null;
  languages: string[];
  location_id: number;
  location_slug: string;
  location_name: string;
  address1: string;
  address2: string | null;
  city: string;
  state: string;
  zip: string;
  phone: string | null;
  lat: number;
  lng: number;
  geocode_precision: string;
  meters: number;
  other_locations: number;
  accepting_new_patients: boolean | null;
  telehealth: boolean;
  last_confirmed_at: Date;
  source_kind: string;
  procedures: Array<{ slug: string; name: string }>;
  certifications: Array<{ board: string; certificate: string; status: string; verifiedAt: string | null }>;
  total: number;
  candidates: number;
};

/** Filters on the denormalized search_entry row: no joins while walking the index. */
function filterSql(f: TFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (f.procedureIds) parts.push(Prisma.sql`AND s.procedure_ids && ${f.procedureIds}::int[]`);
  if (f.acceptingNewPatients) parts.push(Prisma.sql`AND s.accepting_new_patients IS TRUE`);
  if (f.telehealth) parts.push(Prisma.sql`AND s.telehealth`);
  if (f.language) parts.push(Prisma.sql`AND ${f.language}::text = ANY(s.languages)`);
  if (f.gender) parts.push(Prisma.sql`AND s.gender = ${f.gender}::gender`);
  if (f.boardCertified) parts.push(Prisma.sql`AND s.board_certified`);
  return parts.length ? Prisma.join(parts, " ") : Prisma.empty;
}

export type TMatchQuery = {
  lat: number;
  lng: number;
  radiusMeters: number;
  filters: TFilters;
  sort: "distance" | "name";
  limit: number;
  offset: number;
  cap: number | null;
};

/**
 * One statement: nearest matching roles by KNN (`<->`) inside the radius (`ST_DWithin` on the indexed geography
 * column of search_entry, the trigger-maintained search index), one per physician, then the page with everything the result card needs. Exported for the benchmark,
 * which times this exact statement without the web stack.
 */
export function buildSearchSql(args: TMatchQuery): Prisma.Sql {
  // The point is an expression of parameters, so the planner can drive the GiST index's ordered scan with it.
  const pt = Prisma.sql`ST_SetSRID(ST_MakePoint(${args.lng}::float8, ${args.lat}::float8), 4326)::geography`;
  const order =
    args.sort === "name" ? Prisma.sql`ph.last_name, ph.first_name, b.meters, b.physician_id` : Prisma.sql`b.meters, b.physician_id`;
  const f = args.filters;
  // Nearest-first with a cap: the search_candidates() function walks the index in distance order (migration
  // search_entry). Without a cap (name order) every match in the radius is needed, and a bitmap scan is cheaper.
  const candidates =
    args.cap === null
      ? Prisma.sql`
      SELECT s.role_id, s.physician_id, s.location_id, ST_Distance(s.geog, ${pt}, false) AS meters
      FROM search_entry s
      WHERE ST_DWithin(s.geog, ${pt}, ${args.radiusMeters}::float8, false) AND s.active ${filterSql(f)}`
      : Prisma.sql`
      SELECT * FROM search_candidates(${args.lng}::float8, ${args.lat}::float8, ${args.radiusMeters}::float8,
        ${f.procedureIds}::int[], ${f.acceptingNewPatients}, ${f.telehealth}, ${f.language ?? null}::text,
        ${f.gender ?? null}::gender, ${f.boardCertified}, ${args.cap}::int)`;
  return Prisma.sql`${Prisma.raw(PREPARED_MARKER)}
    WITH cand AS MATERIALIZED (${candidates}),
    best AS (
      SELECT DISTINCT ON (physician_id) physician_id, role_id, location_id, meters,
        (count(*) OVER (PARTITION BY physician_id))::int - 1 AS other_locations
      FROM cand
      ORDER BY physician_id, meters, location_id
    ),
    page AS (
      SELECT b.*, (count(*) OVER ())::int AS total
      FROM best b ${args.sort === "name" ? Prisma.sql`JOIN physician ph ON ph.id = b.physician_id` : Prisma.empty}
      ORDER BY ${order}
      LIMIT ${args.limit} OFFSET ${args.offset}
    )
    SELECT pg.physician_id, p.slug AS physician_slug, p.npi, p.first_name, p.middle_name, p.last_name, p.credentials,
      p.gender::text AS gender, p.languages,
      l.id AS location_id, l.slug AS location_slug, l.name AS location_name, l.address1, l.address2, l.city,
      l.state, l.zip, l.phone, l.lat, l.lng, l.geocode_precision::text AS geocode_precision,
      pg.meters, pg.other_locations, r.accepting_new_patients, r.telehealth,
      LEAST(p.last_confirmed_at, l.last_confirmed_at) AS last_confirmed_at, s.kind::text AS source_kind,
      COALESCE((SELECT json_agg(json_build_object('slug', pr.slug, 'name', pr.name) ORDER BY pr.sort_order, pr.name)
        FROM role_procedure rp JOIN procedure pr ON pr.id = rp.procedure_id WHERE rp.role_id = pg.role_id), '[]'::json)
        AS procedures,
      COALESCE((SELECT json_agg(json_build_object('board', c.board, 'certificate', c.certificate,
          'status', c.status, 'verifiedAt', c.verified_at) ORDER BY c.verified_at DESC)
        FROM board_certification c WHERE c.physician_id = p.id AND c.verified_at IS NOT NULL), '[]'::json)
        AS certifications,
      pg.total, (SELECT count(*) FROM cand)::int AS candidates
    FROM page pg
    JOIN physician p ON p.id = pg.physician_id
    JOIN location l ON l.id = pg.location_id
    JOIN practitioner_role r ON r.id = pg.role_id
    JOIN data_source s ON s.id = p.source_id
    ORDER BY ${args.sort === "name" ? Prisma.sql`p.last_name, p.first_name, pg.meters, pg.physician_id` : Prisma.sql`pg.meters, pg.physician_id`}`;
}

function queryMatches(args: TMatchQuery): Promise<TRow[]> {
  return db().$queryRaw<TRow[]>(buildSearchSql(args));
}

function toResult(r: TRow): TSearchResult {
  return {
    physician: {
      id: r.physician_id,
      slug: r.physician_slug,
      npi: r.npi,
      name: fullName({ firstName: r.first_name, middleName: r.middle_name, lastName: r.last_name }),
      credentials: r.credentials,
      gender: r.gender,
      languages: r.languages,
      certifications: r.certifications,
    },
    location: {
      id: r.location_id,
      slug: r.location_slug,
      name: r.location_name,
      address: [r.address1, r.address2].filter(Boolean).join(", "),
      city: r.city,
      state: r.state,
      zip: r.zip,
      phone: r.phone,
      lat: r.lat,
      lng: r.lng,
      geocodePrecision: r.geocode_precision,
    },
    distanceMiles: roundMiles(r.meters / METERS_PER_MILE),
    procedures: r.procedures,
    acceptingNewPatients: r.accepting_new_patients,
    telehealth: r.telehealth,
    otherLocations: r.other_locations,
    lastConfirmedAt: isoDay(r.last_confirmed_at),
    source: r.source_kind,
  };
}

/** Searches the directory around a ZIP, city or point. Public: no authorization, only published data. */
export async function searchPhysiciansNear(input: unknown): Promise<TSearchResponse> {
  const q = parseWith(ZSearchQuery, input, "query");
  const [place, procedure] = await Promise.all([
    resolveNear(q.near),
    q.procedure ? getCatalog().then((c) => matchProcedure(c, q.procedure as string)) : Promise.resolve<TProcedureMatch | null>(null),
  ]);
  const filters: TFilters = {
    procedureIds: procedure ? procedure.procedureIds : null,
    boardCertified: q.boardCertified,
    acceptingNewPatients: q.acceptingNewPatients,
    telehealth: q.telehealth,
    language: q.language,
    gender: q.gender,
  };
  const offset = (q.page - 1) * q.pageSize;
  // Name order needs every match in the radius; distance order only the nearest ones.
  const cap = q.sort === "name" ? null : Math.max(CANDIDATE_CAP, (offset + q.pageSize) * 4);
  const rows = await queryMatches({
    lat: place.lat,
    lng: place.lng,
    radiusMeters: q.radius * METERS_PER_MILE,
    filters,
    sort: q.sort,
    limit: q.pageSize,
    offset,
    cap,
  });
  let total = rows[0]?.total ?? 0;
  let totalIsLowerBound = cap !== null && (rows[0]?.candidates ?? 0) >= cap;
  if (rows.length === 0 && offset > 0) {
    // A page past the end: report the real total so the caller can step back.
    const first = await queryMatches({
      lat: place.lat,
      lng: place.lng,
      radiusMeters: q.radius * METERS_PER_MILE,
      filters,
      sort: q.sort,
      limit: 1,
      offset: 0,
      cap,
    });
    total = first[0]?.total ?? 0;
    totalIsLowerBound = cap !== null && (first[0]?.candidates ?? 0) >= cap;
  }
  const nearest =
    total === 0
      ? await queryMatches({
          lat: place.lat,
          lng: place.lng,
          radiusMeters: NEAREST_MAX_MILES * METERS_PER_MILE,
          filters,
          sort: "distance",
          limit: NEAREST_COUNT,
          offset: 0,
          cap: 200,
        })
      : [];
  return {
    query: {
      near: q.near,
      label: place.label,
      point: { lat: place.lat, lng: place.lng },
      radius: q.radius,
      procedure: procedure ? { input: q.procedure as string, label: procedure.label, slug: procedure.slug, kind: procedure.kind } : null,
      filters: {
        boardCertified: q.boardCertified,
        acceptingNewPatients: q.acceptingNewPatients,
        telehealth: q.telehealth,
        language: q.language ?? null,
        gender: q.gender ?? null,
      },
      sort: q.sort,
    },
    total,
    totalIsLowerBound,
    page: q.page,
    pageSize: q.pageSize,
    results: rows.map(toResult),
    nearest: nearest.map(toResult),
  };
}
