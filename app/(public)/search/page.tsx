// /search: the server-rendered result list (primary), filters in the URL, and the client-only map beside it.
import type { Metadata } from "next";
import Link from "next/link";
import { DemoNotice } from "@/components/ui/demo-notice";
import { formatMiles, isPointQuery } from "@/components/format";
import { SearchMap } from "@/components/map/search-map";
import { ResultCard } from "@/components/search/result-card";
import { NextSteps } from "@/components/physician/next-steps";
import { ListHighlighter } from "@/components/search/list-highlighter";
import { Pagination } from "@/components/search/pagination";
import { linkState, RADIUS_CHOICES, searchHref } from "@/components/search/search-params";
import { SearchFilters, SortSelect } from "@/components/search/search-filters";
import { ResultsRegion, SearchShell, ViewToggle } from "@/components/search/search-shell";
import { searchView } from "@/components/search/search-view-model";
import { FocusOnMount } from "@/components/search/focus-on-mount";
import { RememberSearch } from "@/components/search/last-search";
import { z } from "zod";
import { env } from "@/lib/env";
import { isAppError, ZValidationDetails } from "@/lib/errors";
import { log } from "@/lib/log";
import { LANGUAGES } from "@/lib/physicians/languages";
import { getCatalog, type TCatalog } from "@/lib/procedures/catalog";
import { type TSearchResponse, type TSearchResult } from "@/lib/search/schema";
import { searchPhysiciansNear } from "@/lib/search/search-physicians-near";

// Reads the live directory on every request (there is no database at build time).
export const dynamic = "force-dynamic";

type TSearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Repeated keys keep their first value, as in the API. */
function firstValues(sp: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(sp)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined) out[k] = first;
  }
  return out;
}

export async function generateMetadata({ searchParams }: { searchParams: TSearchParams }): Promise<Metadata> {
  const raw = firstValues(await searchParams);
  const what = raw.procedure ? raw.procedure.replace(/-/g, " ") : "Interventional radiologists";
  const where = raw.near && !isPointQuery(raw.near) ? ` near ${raw.near}` : raw.near ? " near you" : "";
  return {
    title: raw.near ? `${what.charAt(0).toUpperCase()}${what.slice(1)}${where}` : "Find an interventional radiologist",
    description:
      "Search interventional radiologists by location and procedure. See distance, board certification, phone numbers and whether each doctor is accepting new patients.",
    alternates: { canonical: "/search" },
  };
}

type TOutcome =
  | { kind: "start" }
  | { kind: "ok"; data: TSearchResponse }
  | { kind: "input-error"; message: string; field: "near" | null; candidates: string[] }
  | { kind: "unknown-procedure"; message: string }
  | { kind: "failed" };

// What a location error carries for "Did you mean…" (lib/geo/resolve-near.ts).
const ZPlaceDetails = z.object({ field: z.literal("near"), candidates: z.array(z.string()) });

// Every sentence this page shows, in one place (the Spanish pages translate these).
const TEXT = {
  startTitle: "Find an interventional radiologist",
  startBody: "Enter your ZIP code or city and state, or use your location, to see doctors near you.",
  placeTitle: "We couldn’t find that place",
  whichPlace: "Which place did you mean?",
  inputTitle: "We couldn’t run that search",
  didYouMean: "Did you mean",
  fixLocation: "Change the location",
  checkForm: "Check the location and procedure in the form, then try again.",
  unknownTitle: (term: string) => `We don’t know “${term}” yet`,
  unknownBody: "Pick the condition or procedure closest to what you are looking for. Your location is kept.",
  conditions: "Conditions",
  procedures: "Procedures",
  allDoctors: "Or show every interventional radiologist near you",
  skipToResults: "Skip to results",
  point: "the selected location",
  pointNear: (town: string) => `${town} (selected location)`,
};

/** The first field's message as a sentence ("Radius must be between 1 and 250 miles."). */
function firstFieldMessage(details: unknown): string | null {
  const parsed = ZValidationDetails.safeParse(details);
  const m = parsed.success ? parsed.data.fields[0]?.message : undefined;
  return m ? `${m.charAt(0).toUpperCase()}${m.slice(1)}.` : null;
}

async function runSearch(raw: Record<string, string>): Promise<TOutcome> {
  if (!raw.near?.trim()) return { kind: "start" };
  try {
    return { kind: "ok", data: await searchPhysiciansNear(raw) };
  } catch (e) {
    if (isAppError(e) && e.code === "VALIDATION_FAILED")
      return { kind: "input-error", message: firstFieldMessage(e.details) ?? "Please check the search.", field: null, candidates: [] };
    if (isAppError(e) && e.code === "UNKNOWN_PROCEDURE") return { kind: "unknown-procedure", message: e.message };
    if (isAppError(e) && e.status < 500) {
      const place = ZPlaceDetails.safeParse(e.details);
      return {
        kind: "input-error",
        message: e.message,
        field: place.success ? "near" : null,
        candidates: place.success ? place.data.candidates : [],
      };
    }
    log.error({ err: e, near: raw.near }, "search page failed");
    return { kind: "failed" };
  }
}

function widenTo(nearest: TSearchResult[], radius: number): number | null {
  const first = nearest[0];
  if (!first) return null;
  const choice = RADIUS_CHOICES.find((r) => r > radius && r >= Math.ceil(first.distanceMiles));
  return choice ?? null;
}

/** "New York, NY 10001", or for a point ("Use my location", "Search this area") its nearest town. */
function placeLabel(data: TSearchResponse): string {
  if (!isPointQuery(data.query.near)) return data.query.label;
  return data.query.nearestTown ? TEXT.pointNear(data.query.nearestTown) : TEXT.point;
}

export default async function SearchPage({ searchParams }: { searchParams: TSearchParams }) {
  const raw = firstValues(await searchParams);
  const [catalogOrNull, searched] = await Promise.all([
    // Without the catalogue the page still renders (plain text field, no suggestions) and says what went wrong.
    getCatalog().catch((e: unknown) => {
      log.error({ err: e }, "search page: catalogue unavailable");
      return null;
    }),
    runSearch(raw),
  ]);
  const catalog = catalogOrNull ?? { procedures: [], conditions: [] };
  const outcome: TOutcome = catalogOrNull ? searched : { kind: "failed" };
  const languages = Object.entries(LANGUAGES)
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const data = outcome.kind === "ok" ? outcome.data : null;
  const view = searchView(raw, catalog, data);
  const tiles = { url: env().MAP_TILE_URL, attribution: env().MAP_TILE_ATTRIBUTION };

  const nearError = outcome.kind === "input-error" && outcome.field === "near" ? "search-problem-message" : undefined;
  const pointLabel = data && isPointQuery(data.query.near) ? placeLabel(data) : null;

  return (
    <main id="main" className="page page--wide">
      {data ? (
        <a className="skip-link skip-link--local" href="#results-heading">
          {TEXT.skipToResults}
        </a>
      ) : null}
      <SearchShell problem={outcome.kind === "input-error" || outcome.kind === "unknown-procedure"}>
        <aside className="search-layout__filters" aria-label="Search and filters">
          <SearchFilters
            key={`${raw.near ?? ""}|${raw.procedure ?? ""}`}
            languages={languages}
            procedureLabel={view.procedureLabel}
            procedureSlug={view.procedureSlug}
            pointLabel={pointLabel}
            nearErrorId={nearError}
            initiallyOpen={outcome.kind !== "ok"}
          />
        </aside>

        <section className="search-layout__results" aria-labelledby="results-heading">
          <ResultsRegion>
            {outcome.kind === "start" ? (
              <div className="panel">
                <h1 id="results-heading" className="panel__title">
                  {TEXT.startTitle}
                </h1>
                <p>{TEXT.startBody}</p>
              </div>
            ) : null}

            {outcome.kind === "input-error" ? (
              <FocusOnMount key={raw.near ?? ""} className="panel panel--warning search-problem" labelledBy="results-heading">
                <h1 id="results-heading" className="panel__title">
                  {outcome.field !== "near" ? TEXT.inputTitle : outcome.candidates.length ? TEXT.whichPlace : TEXT.placeTitle}
                </h1>
                <p id="search-problem-message">{outcome.message}</p>
                {outcome.candidates.length ? (
                  <>
                    <h2 className="panel__subtitle" id="did-you-mean">
                      {TEXT.didYouMean}
                    </h2>
                    <ul className="choice-list" aria-labelledby="did-you-mean">
                      {outcome.candidates.map((c) => (
                        <li key={c}>
                          <Link
                            prefetch={false}
                            className="button button--secondary button--small"
                            href={searchHref({ ...linkState(raw), near: c, page: 1 })}
                          >
                            {c}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                <p>
                  {outcome.field === "near" ? (
                    <a href="#search-near" className="arrow-link">
                      {TEXT.fixLocation}
                    </a>
                  ) : (
                    TEXT.checkForm
                  )}
                </p>
              </FocusOnMount>
            ) : null}

            {outcome.kind === "unknown-procedure" ? (
              <FocusOnMount key={raw.procedure ?? ""} className="panel search-problem" labelledBy="results-heading">
                <h1 id="results-heading" className="panel__title">
                  {TEXT.unknownTitle(raw.procedure ?? "")}
                </h1>
                <p>{TEXT.unknownBody}</p>
                <TopicIndex catalog={catalog} raw={raw} />
                <p>
                  <Link prefetch={false} className="arrow-link" href={searchHref({ ...linkState(raw), procedure: "", page: 1 })}>
                    {TEXT.allDoctors}
                  </Link>
                </p>
              </FocusOnMount>
            ) : null}

            {outcome.kind === "failed" ? (
              <div className="panel panel--error" role="alert">
                <h1 id="results-heading" className="panel__title">
                  We couldn’t load results just now
                </h1>
                <p>This is a problem on our side, not something you did. Please try again in a moment.</p>
                <p className="panel__actions">
                  <a className="button button--primary" href={searchHref({ ...linkState(raw), page: 1 })}>
                    Try again
                  </a>
                </p>
              </div>
            ) : null}

            {data ? (
              <>
                <header className="results-header">
                  <h1 id="results-heading" className="results-header__title" tabIndex={-1}>
                    {view.heading} near {placeLabel(data)}
                  </h1>
                  {data.query.procedure?.explanation ? <p className="results-header__explain">{data.query.procedure.explanation}</p> : null}
                  <p className="results-header__summary" role="status">
                    {view.summary}
                  </p>
                  <div className="results-header__tools">
                    {data.total > 0 ? <SortSelect /> : null}
                    <ViewToggle count={view.shown.length} />
                  </div>
                </header>
                {view.isDemo ? <DemoNotice /> : null}

                {data.results.length > 0 ? (
                  <ol className="result-list" aria-label="Doctors" start={(data.page - 1) * data.pageSize + 1}>
                    {data.results.map((r, i) => (
                      <ResultCard
                        key={r.physician.id}
                        result={r}
                        index={(data.page - 1) * data.pageSize + i + 1}
                        highlightProcedures={view.highlight}
                        relatedProcedures={view.related}
                      />
                    ))}
                  </ol>
                ) : null}

                {data.total === 0 ? (
                  <EmptyState data={data} raw={raw} highlight={view.highlight} related={view.related} />
                ) : (
                  <Pagination total={data.total} lowerBound={data.totalIsLowerBound} page={data.page} pageSize={data.pageSize} raw={raw} />
                )}
                <NextSteps />
                <RememberSearch href={searchHref(linkState(raw))} />
              </>
            ) : null}
          </ResultsRegion>
        </section>

        <div className="search-layout__map">
          {data ? (
            <SearchMap
              points={view.points}
              center={data.query.point}
              radiusMiles={data.query.radius}
              centerLabel={`Searched location: ${placeLabel(data)}`}
              tiles={tiles}
            />
          ) : null}
        </div>
        <ListHighlighter />
      </SearchShell>
    </main>
  );
}

/** Every condition and procedure as a search at the same place: what an unknown term leads to instead of a dead end. */
function TopicIndex({ catalog, raw }: { catalog: TCatalog; raw: Record<string, string> }) {
  const link = (slug: string) => searchHref({ ...linkState(raw), procedure: slug, page: 1 });
  return (
    <div className="topic-index">
      <div>
        <h2 className="panel__subtitle">{TEXT.conditions}</h2>
        <ul className="plain-list">
          {catalog.conditions.map((c) => (
            <li key={c.slug}>
              <Link prefetch={false} href={link(c.slug)}>
                {c.name}
              </Link>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h2 className="panel__subtitle">{TEXT.procedures}</h2>
        <ul className="plain-list">
          {catalog.procedures.map((p) => (
            <li key={p.slug}>
              <Link prefetch={false} href={link(p.slug)}>
                {p.name}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

type TEmptyProps = { data: TSearchResponse; raw: Record<string, string>; highlight: ReadonlySet<string>; related: ReadonlySet<string> };

function EmptyState({ data, raw, highlight, related }: TEmptyProps) {
  const widen = widenTo(data.nearest, data.query.radius);
  const first = data.nearest[0];
  return (
    <div className="empty">
      <div className="panel">
        <h2 className="panel__title">Nobody within {data.query.radius} miles yet</h2>
        {first ? (
          <>
            <p>
              The nearest {data.nearest.length === 1 ? "match is" : "matches are"} a little farther away — the closest is{" "}
              {formatMiles(first.distanceMiles)} from {placeLabel(data)}.
            </p>
            {widen ? (
              <p className="panel__actions">
                <Link prefetch={false} className="button button--primary" href={searchHref({ ...linkState(raw), radius: widen, page: 1 })}>
                  Widen the search to {widen} miles
                </Link>
              </p>
            ) : (
              <p>That is farther than our largest search area (250 miles); the nearest matches are listed below.</p>
            )}
          </>
        ) : (
          <p>We found no matching doctors within 1,500 miles. Try removing a filter or searching for a different procedure.</p>
        )}
      </div>
      {data.nearest.length > 0 ? (
        <>
          <h2 className="section-title">Nearest matches beyond {data.query.radius} miles</h2>
          <ol className="result-list" aria-label="Nearest doctors beyond the search radius">
            {data.nearest.map((r, i) => (
              <ResultCard
                key={r.physician.id}
                result={r}
                index={i + 1}
                highlightProcedures={highlight}
                relatedProcedures={related}
                headingLevel={3}
              />
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
