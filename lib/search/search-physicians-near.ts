// Physician search: one result per physician at their nearest matching location, by distance or name.
import "server-only";
import { queryRead } from "@/lib/db/client";
import { METERS_PER_MILE, roundMiles } from "@/lib/geo/distance";
import { resolveNear } from "@/lib/geo/resolve-near";
import { fullName } from "@/lib/physicians/name";
import { getCatalog, invalidateCatalog, matchProcedure, type TCatalog, type TProcedureMatch } from "@/lib/procedures/catalog";
import { catalogHasAll, procedureRefsByIds } from "@/lib/procedures/refs";
import { localizeSearchError, localizeSearchResponse, requestedLocale } from "@/lib/search/localize";
import { cachedSearch } from "@/lib/search/search-cache";
import { ZSearchQuery, type TSearchQuery, type TSearchResponse, type TSearchResult } from "@/lib/search/schema";
import {
  buildSearchSql,
  candidateCap,
  NEAREST_CAP,
  NEAREST_COUNT,
  NEAREST_MAX_MILES,
  type TFilters,
  type TMatchQuery,
  type TSearchRow as TRow,
} from "@/lib/search/search-sql";
import { parseWith } from "@/lib/validation/parse";

function queryMatches(args: TMatchQuery): Promise<TRow[]> {
  return queryRead<TRow>(buildSearchSql(args));
}

/** The catalogue, read again when the rows name a procedure added since it was cached. */
async function catalogFor(rows: TRow[]): Promise<TCatalog> {
  const catalog = await getCatalog();
  if (
    catalogHasAll(
      catalog.procedures,
      rows.flatMap((r) => r.procedure_ids),
    )
  )
    return catalog;
  invalidateCatalog();
  return getCatalog();
}

function toResult(r: TRow, catalog: TCatalog): TSearchResult {
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
    procedures: procedureRefsByIds(catalog.procedures, r.procedure_ids),
    acceptingNewPatients: r.accepting_new_patients,
    telehealth: r.telehealth,
    acceptsMedicareAssignment: r.accepts_medicare_assignment,
    otherLocations: r.other_locations,
    lastConfirmedAt: r.last_confirmed_on,
    source: r.source_kind,
  };
}

/**
 * Searches the directory around a ZIP, city or point. Public: no authorization, only published data. `lang=es`
 * gives Spanish labels and messages over the same matches. The answer is kept in the in-process search cache for
 * the search page; `keepAnswer: false` is for a caller that keeps the serialized answer itself (the JSON API).
 */
export async function searchPhysiciansNear(input: unknown, opts: { keepAnswer?: boolean } = {}): Promise<TSearchResponse> {
  const locale = requestedLocale(input);
  let q: TSearchQuery;
  try {
    q = parseWith(ZSearchQuery, input, "query");
  } catch (e) {
    throw localizeSearchError(e, locale, { step: "query" });
  }
  // The parsed query (lang included) is the cache key: equal queries share one answer.
  return cachedSearch(JSON.stringify(q), () => runSearch(q, locale), { keep: opts.keepAnswer });
}

async function runSearch(q: TSearchQuery, locale: ReturnType<typeof requestedLocale>): Promise<TSearchResponse> {
  const typed = q.procedure;
  const [place, procedure] = await Promise.all([
    resolveNear(q.near).catch((e: unknown) => {
      throw localizeSearchError(e, locale, { step: "near", input: q.near });
    }),
    typed
      ? getCatalog()
          .then((c) => matchProcedure(c, typed))
          .catch((e: unknown) => {
            throw localizeSearchError(e, locale, { step: "procedure", input: typed });
          })
      : Promise.resolve<TProcedureMatch | null>(null),
  ]);
  return localizeSearchResponse(await searchAround(q, place, procedure), locale);
}

async function searchAround(
  q: ReturnType<typeof ZSearchQuery.parse>,
  place: Awaited<ReturnType<typeof resolveNear>>,
  procedure: TProcedureMatch | null,
): Promise<TSearchResponse> {
  const filters: TFilters = {
    procedureIds: procedure ? procedure.procedureIds : null,
    boardCertified: q.boardCertified,
    acceptingNewPatients: q.acceptingNewPatients,
    telehealth: q.telehealth,
    medicareAssignment: q.medicareAssignment,
    language: q.language,
    gender: q.gender,
  };
  const offset = (q.page - 1) * q.pageSize;
  const cap = candidateCap(q.sort, offset, q.pageSize);
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
          cap: NEAREST_CAP,
          constantPage: true,
        })
      : [];
  const catalog = await catalogFor([...rows, ...nearest]);
  return {
    query: {
      near: q.near,
      label: place.label,
      nearestTown: place.town,
      point: { lat: place.lat, lng: place.lng },
      radius: q.radius,
      procedure: procedure
        ? {
            input: q.procedure as string,
            label: procedure.label,
            slug: procedure.slug,
            kind: procedure.kind,
            explanation: procedure.explanation,
          }
        : null,
      filters: {
        boardCertified: q.boardCertified,
        acceptingNewPatients: q.acceptingNewPatients,
        telehealth: q.telehealth,
        medicareAssignment: q.medicareAssignment,
        language: q.language ?? null,
        gender: q.gender ?? null,
      },
      sort: q.sort,
      lang: q.lang,
    },
    total,
    totalIsLowerBound,
    page: q.page,
    pageSize: q.pageSize,
    results: rows.map((r) => toResult(r, catalog)),
    nearest: nearest.map((r) => toResult(r, catalog)),
  };
}
