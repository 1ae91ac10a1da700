// The search page's URL state, with the public API's parameter names (so a page URL and an API URL agree).
// Pure functions shared by the server page (links) and the client controls (URL updates).

export const RADIUS_CHOICES = [5, 10, 25, 50, 100, 250] as const;

export type TSearchUrlState = {
  near: string;
  radius: number;
  procedure: string;
  boardCertified: boolean;
  acceptingNewPatients: boolean;
  telehealth: boolean;
  medicareAssignment: boolean;
  language: string;
  gender: "female" | "male" | null;
  sort: "distance" | "name";
  page: number;
};

export const DEFAULT_STATE: TSearchUrlState = {
  near: "",
  radius: 25,
  procedure: "",
  boardCertified: false,
  acceptingNewPatients: false,
  telehealth: false,
  medicareAssignment: false,
  language: "",
  gender: null,
  sort: "distance",
  page: 1,
};

/**
 * Which search page a URL belongs to: English at /search; Spanish at /es/search, where "only doctors who speak
 * Spanish" is on unless the URL turns it off (`language=any`), so the suggestion is the default, never forced.
 */
export type TSearchSite = { lang: "en" | "es"; path: "/search" | "/es/search"; defaultLanguage: "" | "es" };
export const ENGLISH_SEARCH: TSearchSite = { lang: "en", path: "/search", defaultLanguage: "" };
export const SPANISH_SEARCH: TSearchSite = { lang: "es", path: "/es/search", defaultLanguage: "es" };
/** The `language` value that means "any language" where a default language applies. */
export const ANY_LANGUAGE = "any";

type TGet = (key: string) => string | null | undefined;

const bool = (v: string | null | undefined) => v === "true" || v === "1" || v === "yes" || v === "on";
const int = (v: string | null | undefined, dflt: number) => (v && /^\d+$/.test(v.trim()) ? Number(v) : dflt);

/** Reads the state from query values (URLSearchParams.get, or a plain record); unknown values fall back to defaults. */
export function readSearchState(get: TGet, site: TSearchSite = ENGLISH_SEARCH): TSearchUrlState {
  const gender = get("gender")?.trim().toLowerCase();
  return {
    near: get("near")?.trim() ?? "",
    radius: int(get("radius"), DEFAULT_STATE.radius),
    procedure: get("procedure")?.trim() ?? "",
    boardCertified: bool(get("boardCertified")),
    acceptingNewPatients: bool(get("acceptingNewPatients")),
    telehealth: bool(get("telehealth")),
    medicareAssignment: bool(get("medicareAssignment")),
    language: get("language")?.trim() || site.defaultLanguage,
    gender: gender === "female" || gender === "f" ? "female" : gender === "male" || gender === "m" ? "male" : null,
    sort: get("sort") === "name" ? "name" : "distance",
    page: int(get("page"), 1),
  };
}

/** Builds a /search URL; defaults are left out, so links stay short and canonical. */
export function searchHref(state: Partial<TSearchUrlState>, site: TSearchSite = ENGLISH_SEARCH): string {
  const s = { ...DEFAULT_STATE, language: site.defaultLanguage, ...state };
  const q = new URLSearchParams();
  if (s.near) q.set("near", s.near);
  if (s.radius !== DEFAULT_STATE.radius) q.set("radius", String(s.radius));
  if (s.procedure) q.set("procedure", s.procedure);
  if (s.boardCertified) q.set("boardCertified", "true");
  if (s.acceptingNewPatients) q.set("acceptingNewPatients", "true");
  if (s.telehealth) q.set("telehealth", "true");
  if (s.medicareAssignment) q.set("medicareAssignment", "true");
  if (s.language && s.language !== site.defaultLanguage) q.set("language", s.language);
  if (s.gender) q.set("gender", s.gender);
  if (s.sort !== DEFAULT_STATE.sort) q.set("sort", s.sort);
  if (s.page > 1) q.set("page", String(s.page));
  const qs = q.toString();
  return qs ? `${site.path}?${qs}` : site.path;
}

/** The current search from raw query values, for links that change one thing (radius, page). */
export function linkState(raw: Record<string, string | undefined>, site: TSearchSite = ENGLISH_SEARCH): TSearchUrlState {
  return readSearchState((k) => raw[k], site);
}

/** The language filter the search runs with: none for "any language". */
export function languageFilter(language: string): string | undefined {
  return language && language !== ANY_LANGUAGE ? language : undefined;
}

/**
 * A stored search URL ("/search?…" or "/es/search?…") as the canonical query of a search that ran ("near=…&…"), or
 * null. Only the search's own parameters survive, so nothing else in the stored text can reach a link (decision 062).
 */
export function restorableSearchQuery(stored: string | null | undefined): string | null {
  if (!stored || !/^(?:\/es)?\/search(?:\?|$)/.test(stored)) return null;
  const q = new URL(stored, "http://x").searchParams;
  const state = readSearchState((k) => q.get(k));
  if (!state.near) return null;
  return searchHref(state).split("?")[1] ?? null;
}
