// What the search page shows, derived from the query string, the catalogue and the search response: a pure function
// so the page stays markup and the derivation is unit-tested.
import { doctorName, formatMilesAway, formatMilesIn } from "@/components/format";
import type { TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import type { TMapPoint } from "@/components/map/map-types";
import type { TCatalog } from "@/lib/procedures/catalog";
import type { TSearchResponse, TSearchResult } from "@/lib/search/schema";

export type TSearchView = {
  procedureSlug: string | null;
  /** The procedure field's text: the matched name, the typed text, or the catalogue name of the slug in the URL. */
  procedureLabel: string;
  /** Results in the radius, or the nearest matches beyond it when there are none. */
  shown: TSearchResult[];
  /** Number of the first shown result (results continue across pages; nearest matches start at 1). */
  firstIndex: number;
  isDemo: boolean;
  /** Procedure slugs to highlight on cards: the searched one, or every procedure treating the searched condition. */
  highlight: ReadonlySet<string>;
  /** Procedures close to the search that cards show too (the spine procedures); everything else is folded away. */
  related: ReadonlySet<string>;
  points: TMapPoint[];
  heading: string;
  summary: string | null;
};

/** The spine procedures this site is first of all about: shown on cards next to whatever spine search was made. */
export const SPINE_PROCEDURES: readonly string[] = ["vertebroplasty", "kyphoplasty", "sacroplasty"];

export function searchView(
  raw: Record<string, string>,
  catalog: TCatalog,
  data: TSearchResponse | null,
  locale: TLocale = "en",
): TSearchView {
  const t = translator(locale);
  const procedure = data?.query.procedure ?? null;
  const procedureSlug = procedure?.slug ?? null;
  const procedureLabel = procedure
    ? procedure.kind === "text"
      ? procedure.input
      : procedure.label
    : (catalog.procedures.find((p) => p.slug === raw.procedure)?.name ??
      catalog.conditions.find((c) => c.slug === raw.procedure)?.name ??
      raw.procedure ??
      "");
  const inRadius = data !== null && data.results.length > 0;
  const shown = data ? (inRadius ? data.results : data.nearest) : [];
  const firstIndex = data && inRadius ? (data.page - 1) * data.pageSize + 1 : 1;
  const highlight = new Set(
    procedureSlug
      ? [procedureSlug, ...(catalog.conditions.find((c) => c.slug === procedureSlug)?.procedures.map((p) => p.slug) ?? [])]
      : [],
  );
  const spineSearch = highlight.size === 0 || SPINE_PROCEDURES.some((slug) => highlight.has(slug));
  const related = new Set(spineSearch ? SPINE_PROCEDURES.filter((slug) => !highlight.has(slug)) : []);
  const points = shown.map((r, i) => ({
    id: r.physician.id,
    index: firstIndex + i,
    name: doctorName(r.physician.name, r.physician.credentials),
    slug: r.physician.slug,
    clinic: r.location.name,
    address: `${r.location.address}, ${r.location.city}, ${r.location.state} ${r.location.zip}`,
    distance: formatMilesIn(r.distanceMiles, locale),
    distanceAway: formatMilesAway(r.distanceMiles, locale),
    lat: r.location.lat,
    lng: r.location.lng,
  }));
  return {
    procedureSlug,
    procedureLabel,
    shown,
    firstIndex,
    isDemo: shown.some((r) => r.source === "DEMO"),
    highlight,
    related,
    points,
    heading: procedure ? procedure.label : t("Search.headingDefault"),
    summary: data ? resultsSummary(data, t) : null,
  };
}

/** "More than 200 doctors within 25 miles, nearest first" / "No doctors within 25 miles match this search". */
function resultsSummary(data: TSearchResponse, t: ReturnType<typeof translator>): string {
  const radius = data.query.radius;
  if (data.total === 0) return t("Search.summaryNone", { radius });
  const args = { count: data.total, radius, sort: data.query.sort };
  return data.totalIsLowerBound ? t("Search.summaryMore", args) : t("Search.summary", args);
}
