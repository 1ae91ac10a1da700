// /search and /es/search: the server-rendered result list (primary), filters in the URL, and the client-only map
// beside it, in the page's language (one page, parameterised by locale; the routes are thin wrappers).
import type { Metadata } from "next";
import Link from "next/link";
import { DemoNotice } from "@/components/ui/demo-notice";
import { formatMilesIn, isPointQuery } from "@/components/format";
import { SearchMap } from "@/components/map/search-map";
import { ResultCard } from "@/components/search/result-card";
import { NextSteps } from "@/components/physician/next-steps";
import { ListHighlighter } from "@/components/search/list-highlighter";
import { Pagination } from "@/components/search/pagination";
import {
  ENGLISH_SEARCH,
  languageFilter,
  linkState,
  RADIUS_CHOICES,
  searchHref,
  SPANISH_SEARCH,
  type TSearchSite,
} from "@/components/search/search-params";
import { SearchFilters, SortSelect } from "@/components/search/search-filters";
import { ResultsRegion, SearchShell, ViewToggle } from "@/components/search/search-shell";
import { searchView } from "@/components/search/search-view-model";
import { FocusOnMount } from "@/components/search/focus-on-mount";
import { RememberSearch } from "@/components/search/last-search";
import { SearchTextProvider } from "@/components/search/search-text";
import { SpanishOnlyToggle } from "@/components/search/spanish-only-toggle";
import { z } from "zod";
import { env } from "@/lib/env";
import { isAppError, ZValidationDetails } from "@/lib/errors";
import { languageAlternates, type TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { searchUiText } from "@/lib/i18n/search-ui-text";
import { log } from "@/lib/log";
import { getCatalog, type TCatalog } from "@/lib/procedures/catalog";
import { localizedName } from "@/lib/procedures/localize";
import { type TSearchResponse, type TSearchResult } from "@/lib/search/schema";
import { searchPhysiciansNear } from "@/lib/search/search-physicians-near";

export type TSearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Repeated keys keep their first value, as in the API. */
function firstValues(sp: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(sp)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined) out[k] = first;
  }
  return out;
}

const SITES: Readonly<Record<TLocale, TSearchSite>> = { en: ENGLISH_SEARCH, es: SPANISH_SEARCH };

/** A procedure or condition slug from the URL as words: its name in the page's language when it is one we know. */
function procedureWords(slug: string, locale: TLocale): string {
  const words = slug.replace(/-/g, " ");
  const named = localizedName("procedure", slug, words, locale);
  return named !== words ? named : localizedName("condition", slug, words, locale);
}

export async function searchMetadata(locale: TLocale, searchParams: TSearchParams): Promise<Metadata> {
  const t = translator(locale);
  const raw = firstValues(await searchParams);
  const what = raw.procedure ? procedureWords(raw.procedure, locale) : t("Search.metaWhatDefault");
  const What = `${what.charAt(0).toLocaleUpperCase(locale)}${what.slice(1)}`;
  const title = !raw.near
    ? t("Search.metaTitleStart")
    : isPointQuery(raw.near)
      ? t("Search.metaTitleNearYou", { what: What })
      : t("Search.metaTitleNear", { what: What, where: raw.near });
  return { title, description: t("Search.metaDescription"), alternates: languageAlternates(locale, "/search") };
}

type TOutcome =
  | { kind: "start" }
  | { kind: "ok"; data: TSearchResponse }
  | { kind: "input-error"; message: string; field: "near" | null; candidates: string[] }
  | { kind: "unknown-procedure"; message: string }
  | { kind: "failed" };

// What a location error carries for "Did you mean…" (lib/geo/resolve-near.ts).
const ZPlaceDetails = z.object({ field: z.literal("near"), candidates: z.array(z.string()) });

type TTranslate = ReturnType<typeof translator>;

/** The first field's message as a sentence ("Radius must be between 1 and 250 miles."). */
function firstFieldMessage(details: unknown): string | null {
  const parsed = ZValidationDetails.safeParse(details);
  const m = parsed.success ? parsed.data.fields[0]?.message : undefined;
  return m ? `${m.charAt(0).toUpperCase()}${m.slice(1)}.` : null;
}

async function runSearch(raw: Record<string, string>, site: TSearchSite, t: TTranslate): Promise<TOutcome> {
  if (!raw.near?.trim()) return { kind: "start" };
  // The page's language filter (Spanish pages: Spanish speakers unless turned off) and its language for labels.
  const { language: _language, ...rest } = raw;
  const language = languageFilter(linkState(raw, site).language);
  const input = { ...rest, ...(language ? { language } : {}), lang: site.lang };
  try {
    return { kind: "ok", data: await searchPhysiciansNear(input) };
  } catch (e) {
    if (isAppError(e) && e.code === "VALIDATION_FAILED")
      return { kind: "input-error", message: firstFieldMessage(e.details) ?? t("Search.checkSearch"), field: null, candidates: [] };
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
function placeLabel(data: TSearchResponse, t: TTranslate): string {
  if (!isPointQuery(data.query.near)) return data.query.label;
  return data.query.nearestTown ? t("Search.pointNear", { town: data.query.nearestTown }) : t("Search.point");
}

/** Procedure and condition names in the page's language (slugs and links stay the same). */
function localizedCatalog(catalog: TCatalog, locale: TLocale): TCatalog {
  if (locale === "en") return catalog;
  return {
    procedures: catalog.procedures.map((p) => ({ ...p, name: localizedName("procedure", p.slug, p.name, locale) })),
    conditions: catalog.conditions.map((c) => ({ ...c, name: localizedName("condition", c.slug, c.name, locale) })),
  };
}

export async function SearchPage({ locale, searchParams }: { locale: TLocale; searchParams: TSearchParams }) {
  const site = SITES[locale];
  const t = translator(locale);
  const raw = firstValues(await searchParams);
  const [catalogOrNull, searched] = await Promise.all([
    // Without the catalogue the page still renders (plain text field, no suggestions) and says what went wrong.
    getCatalog().catch((e: unknown) => {
      log.error({ err: e }, "search page: catalogue unavailable");
      return null;
    }),
    runSearch(raw, site, t),
  ]);
  const catalog = localizedCatalog(catalogOrNull ?? { procedures: [], conditions: [] }, locale);
  const outcome: TOutcome = catalogOrNull ? searched : { kind: "failed" };
  const data = outcome.kind === "ok" ? outcome.data : null;
  const view = searchView(raw, catalog, data, locale);
  const link = (patch: Parameters<typeof searchHref>[0]) => searchHref({ ...linkState(raw, site), ...patch }, site);
  const tiles = { url: env().MAP_TILE_URL, attribution: env().MAP_TILE_ATTRIBUTION };

  const nearError = outcome.kind === "input-error" && outcome.field === "near" ? "search-problem-message" : undefined;
  const pointLabel = data && isPointQuery(data.query.near) ? placeLabel(data, t) : null;

  return (
    <main id="main" className="page page--wide">
      {data ? (
        <a className="skip-link skip-link--local" href="#results-heading">
          {t("Search.skipToResults")}
        </a>
      ) : null}
      <SearchTextProvider text={searchUiText(locale)} site={site}>
        <SearchShell problem={outcome.kind === "input-error" || outcome.kind === "unknown-procedure"}>
          <aside className="search-layout__filters" aria-label={t("Search.filtersLabel")}>
            <SearchFilters
              key={`${raw.near ?? ""}|${raw.procedure ?? ""}`}
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
                    {t("Search.startTitle")}
                  </h1>
                  <p>{t("Search.startBody")}</p>
                </div>
              ) : null}

              {outcome.kind === "input-error" ? (
                <FocusOnMount key={raw.near ?? ""} className="panel panel--warning search-problem" labelledBy="results-heading">
                  <h1 id="results-heading" className="panel__title">
                    {outcome.field !== "near"
                      ? t("Search.inputTitle")
                      : outcome.candidates.length
                        ? t("Search.whichPlace")
                        : t("Search.placeTitle")}
                  </h1>
                  <p id="search-problem-message">{outcome.message}</p>
                  {outcome.candidates.length ? (
                    <>
                      <h2 className="panel__subtitle" id="did-you-mean">
                        {t("Search.didYouMean")}
                      </h2>
                      <ul className="choice-list" aria-labelledby="did-you-mean">
                        {outcome.candidates.map((c) => (
                          <li key={c}>
                            <Link prefetch={false} className="button button--secondary button--small" href={link({ near: c, page: 1 })}>
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
                        {t("Search.fixLocation")}
                      </a>
                    ) : (
                      t("Search.checkForm")
                    )}
                  </p>
                </FocusOnMount>
              ) : null}

              {outcome.kind === "unknown-procedure" ? (
                <FocusOnMount key={raw.procedure ?? ""} className="panel search-problem" labelledBy="results-heading">
                  <h1 id="results-heading" className="panel__title">
                    {t("Search.unknownTitle", { term: raw.procedure ?? "" })}
                  </h1>
                  <p>{t("Search.unknownBody")}</p>
                  <TopicIndex catalog={catalog} link={(slug) => link({ procedure: slug, page: 1 })} t={t} />
                  <p>
                    <Link prefetch={false} className="arrow-link" href={link({ procedure: "", page: 1 })}>
                      {t("Search.allDoctors")}
                    </Link>
                  </p>
                </FocusOnMount>
              ) : null}

              {outcome.kind === "failed" ? (
                <div className="panel panel--error" role="alert">
                  <h1 id="results-heading" className="panel__title">
                    {t("Search.failedTitle")}
                  </h1>
                  <p>{t("Search.failedText")}</p>
                  <p className="panel__actions">
                    <a className="button button--primary" href={link({ page: 1 })}>
                      {t("Search.tryAgain")}
                    </a>
                  </p>
                </div>
              ) : null}

              {data ? (
                <>
                  <header className="results-header">
                    <h1 id="results-heading" className="results-header__title" tabIndex={-1}>
                      {t("Search.heading", { what: view.heading, place: placeLabel(data, t) })}
                    </h1>
                    {data.query.procedure?.explanation ? (
                      <p className="results-header__explain">{data.query.procedure.explanation}</p>
                    ) : null}
                    <p className="results-header__summary" role="status">
                      {view.summary}
                    </p>
                    {site.defaultLanguage ? <SpanishOnlyToggle label={t("Search.spanishOnly")} hint={t("Search.spanishOnlyHint")} /> : null}
                    <div className="results-header__tools">
                      {data.total > 0 ? <SortSelect /> : null}
                      <ViewToggle count={view.shown.length} />
                    </div>
                  </header>
                  {view.isDemo ? <DemoNotice locale={locale} /> : null}

                  {data.results.length > 0 ? (
                    <ol className="result-list" aria-label={t("Search.doctorsList")} start={(data.page - 1) * data.pageSize + 1}>
                      {data.results.map((r, i) => (
                        <ResultCard
                          key={r.physician.id}
                          result={r}
                          index={(data.page - 1) * data.pageSize + i + 1}
                          highlightProcedures={view.highlight}
                          relatedProcedures={view.related}
                          locale={locale}
                        />
                      ))}
                    </ol>
                  ) : null}

                  {data.total === 0 ? (
                    <EmptyState data={data} highlight={view.highlight} related={view.related} locale={locale} t={t} link={link} />
                  ) : (
                    <Pagination
                      total={data.total}
                      lowerBound={data.totalIsLowerBound}
                      page={data.page}
                      pageSize={data.pageSize}
                      raw={raw}
                      site={site}
                    />
                  )}
                  <NextSteps locale={locale} />
                  <RememberSearch href={link({})} />
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
                centerLabel={t("Search.searchedLocation", { place: placeLabel(data, t) })}
                tiles={tiles}
              />
            ) : null}
          </div>
          <ListHighlighter />
        </SearchShell>
      </SearchTextProvider>
    </main>
  );
}

/** Every condition and procedure as a search at the same place: what an unknown term leads to instead of a dead end. */
function TopicIndex({ catalog, link, t }: { catalog: TCatalog; link: (slug: string) => string; t: TTranslate }) {
  return (
    <div className="topic-index">
      <div>
        <h2 className="panel__subtitle">{t("Search.conditions")}</h2>
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
        <h2 className="panel__subtitle">{t("Search.procedures")}</h2>
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

type TEmptyProps = {
  data: TSearchResponse;
  highlight: ReadonlySet<string>;
  related: ReadonlySet<string>;
  locale: TLocale;
  t: TTranslate;
  link: (patch: Parameters<typeof searchHref>[0]) => string;
};

function EmptyState({ data, highlight, related, locale, t, link }: TEmptyProps) {
  const widen = widenTo(data.nearest, data.query.radius);
  const first = data.nearest[0];
  return (
    <div className="empty">
      <div className="panel">
        <h2 className="panel__title">{t("Search.emptyTitle", { radius: data.query.radius })}</h2>
        {first ? (
          <>
            <p>
              {t("Search.emptyNearest", {
                count: data.nearest.length,
                distance: formatMilesIn(first.distanceMiles, locale),
                place: placeLabel(data, t),
              })}
            </p>
            {widen ? (
              <p className="panel__actions">
                <Link prefetch={false} className="button button--primary" href={link({ radius: widen, page: 1 })}>
                  {t("Search.widen", { miles: widen })}
                </Link>
              </p>
            ) : (
              <p>{t("Search.tooFar")}</p>
            )}
          </>
        ) : (
          <p>{t("Search.noneAtAll")}</p>
        )}
      </div>
      {data.nearest.length > 0 ? (
        <>
          <h2 className="section-title">{t("Search.nearestHeading", { radius: data.query.radius })}</h2>
          <ol className="result-list" aria-label={t("Search.nearestList")}>
            {data.nearest.map((r, i) => (
              <ResultCard
                key={r.physician.id}
                result={r}
                index={i + 1}
                highlightProcedures={highlight}
                relatedProcedures={related}
                headingLevel={3}
                locale={locale}
              />
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
