// The search statement: SQL builder for physician search (candidates, one per physician, the page's result cards).
import { PREPARED_MARKER } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Counting stops after this many nearest matching roles (physician-at-location rows); past it `total` is a
 * lower bound. This keeps a search in a dense metro as fast as a rural one (docs/decisions/003: 500, then 200, now
 * 100 — five pages of results; the walk's length, and so a search's time at a million locations, is proportional to it).
 */
export const CANDIDATE_CAP = 100;
/** A distance-ordered page walks this many candidates per result it shows (room for physicians seen twice). */
export const CANDIDATES_PER_RESULT = 4;
/**
 * How far the "nearest beyond the radius" fallback looks, how many it shows, and how many roles it walks: enough for
 * its five physicians as a page of five would walk (it shows no total, so it need not count to CANDIDATE_CAP; with a
 * rare filter the walk to 100 matches crossed half the country, decision 070).
 */
export const NEAREST_MAX_MILES = 1500;
export const NEAREST_COUNT = 5;
export const NEAREST_CAP = NEAREST_COUNT * CANDIDATES_PER_RESULT;

/** Name order needs every match in the radius (no cap); distance order only the nearest ones. */
export function candidateCap(sort: "distance" | "name", offset: number, pageSize: number): number | null {
  return sort === "name" ? null : Math.max(CANDIDATE_CAP, (offset + pageSize) * CANDIDATES_PER_RESULT);
}

export type TFilters = {
  procedureIds: number[] | null;
  boardCertified: boolean;
  acceptingNewPatients: boolean;
  telehealth: boolean;
  medicareAssignment: boolean;
  language: string | undefined;
  gender: "FEMALE" | "MALE" | undefined;
};

export type TSearchRow = {
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
  telehealth: boolean | null;
  accepts_medicare_assignment: boolean | null;
  /** The older of the physician's and the location's confirmation dates, as YYYY-MM-DD. */
  last_confirmed_on: string;
  source_kind: string;
  /** The role's procedures; their names and order come from the catalog (a 15-row table every process keeps). */
  procedure_ids: number[];
  certifications: Array<{ board: string; certificate: string; status: string; verifiedAt: string | null }>;
  total: number;
  candidates: number;
};

/**
 * The search filters as arguments of search_entry_matches() (prisma/sql/search.sql), their one definition: the
 * same predicate serves the distance order (inside search_candidates()) and the name order (below).
 */
function filterArgs(f: TFilters): Prisma.Sql {
  return Prisma.sql`${f.procedureIds}::int[], ${f.acceptingNewPatients}, ${f.telehealth}, ${f.language ?? null}::text,
    ${f.gender ?? null}::gender, ${f.boardCertified}, ${f.medicareAssignment}`;
}

/** No filter applied: every field at its "not asked for" value. Callers spread the filters they set over it. */
export const NO_FILTERS: TFilters = {
  procedureIds: null,
  boardCertified: false,
  acceptingNewPatients: false,
  telehealth: false,
  medicareAssignment: false,
  language: undefined,
  gender: undefined,
};

/**
 * The nearest-first walk (search_candidates() in prisma/sql/search.sql: over search_entry_procedure for one procedure,
 * search_entry otherwise) as a FROM item: roles matching the filters within the radius, at most `cap` of them (null:
 * all). The one place its arguments are listed. `constantCap` writes the cap into the statement (see constantPage).
 */
export function candidatesWalk(
  at: { lng: number; lat: number },
  radiusMeters: number,
  f: TFilters,
  cap: number | null,
  constantCap = false,
): Prisma.Sql {
  const capArg = constantCap && cap !== null ? Prisma.raw(`${Math.trunc(cap)}`) : Prisma.sql`${cap}`;
  return Prisma.sql`search_candidates(${at.lng}::float8, ${at.lat}::float8, ${radiusMeters}::float8, ${filterArgs(f)}, ${capArg}::int)`;
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
  /**
   * The page and cap written into the statement rather than passed as parameters: for the "nearest beyond the radius"
   * fallback, whose page and cap never change. With them as parameters PostgreSQL re-planned that statement on every
   * call (a custom plan, ~0.8 ms); written in, its cached generic plan is used (decision 071).
   */
  constantPage?: boolean;
};

/**
 * One statement: nearest matching roles by KNN (`<->`) inside the radius (`ST_DWithin` on the indexed geography
 * column of search_entry, the trigger-maintained search index), one per physician, then the page with everything
 * the result card needs but the procedures' names (ids only: the caller names them from the catalog). Each card is
 * one row of search_card (decision 074), which the triggers keep equal to the role's physician, location, search
 * row, source and verified certifications within the writing transaction: one primary-key lookup per card instead
 * of five, and a page's cards share pages (PostgreSQL's CPU per search at a million locations 1.29 → 0.96 ms); its
 * confirmation date is already the day's text (no time-zone conversion or Date parse per row). Run with pg directly
 * (queryRead). Exported for the benchmark, which times this exact statement without the web stack.
 */
export function buildSearchSql(args: TMatchQuery): Prisma.Sql {
  // The point is an expression of parameters, so the planner can drive the GiST index's ordered scan with it.
  const pt = Prisma.sql`ST_SetSRID(ST_MakePoint(${args.lng}::float8, ${args.lat}::float8), 4326)::geography`;
  const order =
    args.sort === "name" ? Prisma.sql`nc.last_name, nc.first_name, b.meters, b.physician_id` : Prisma.sql`b.meters, b.physician_id`;
  const f = args.filters;
  // The page's integers: written into the statement for a page that never changes (constantPage), parameters otherwise.
  const pageInt = (n: number): Prisma.Sql => (args.constantPage ? Prisma.raw(String(Math.trunc(n))) : Prisma.sql`${n}`);
  // Nearest-first with a cap: the search_candidates() function walks the index in distance order
  // (prisma/sql/search.sql). Without a cap (name order) every match in the radius is needed, and a bitmap scan is cheaper.
  const candidates =
    args.cap === null
      ? Prisma.sql`
      SELECT s.role_id, s.physician_id, s.location_id, s.geog <-> ${pt} AS meters
      FROM search_entry s
      WHERE ST_DWithin(s.geog, ${pt}, ${args.radiusMeters}::float8, false) AND search_entry_matches(s, ${filterArgs(f)})`
      : Prisma.sql`SELECT * FROM ${candidatesWalk(args, args.radiusMeters, f, args.cap, args.constantPage)}`;
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
      FROM best b ${args.sort === "name" ? Prisma.sql`JOIN search_card nc ON nc.role_id = b.role_id` : Prisma.empty}
      ORDER BY ${order}
      LIMIT ${pageInt(args.limit)} OFFSET ${pageInt(args.offset)}
    )
    SELECT pg.physician_id, c.physician_slug, c.npi, c.first_name, c.middle_name, c.last_name, c.credentials, c.gender,
      c.languages, c.location_id, c.location_slug, c.location_name, c.address1, c.address2, c.city, c.state, c.zip,
      c.phone, c.lat, c.lng, c.geocode_precision, pg.meters, pg.other_locations, c.accepting_new_patients, c.telehealth,
      c.accepts_medicare_assignment, c.last_confirmed_on, c.source_kind,
      c.procedure_ids, c.certifications, pg.total, (SELECT count(*) FROM cand)::int AS candidates
    FROM page pg
    JOIN search_card c ON c.role_id = pg.role_id
    ORDER BY ${args.sort === "name" ? Prisma.sql`c.last_name, c.first_name, pg.meters, pg.physician_id` : Prisma.sql`pg.meters, pg.physician_id`}`;
}
