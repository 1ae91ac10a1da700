// The search page's URL state, with the public API's parameter names (so a page URL and an API URL agree).
import {
  createSerializer,
  parseAsBoolean,
  parseAsInteger,
  parseAsString,
  parseAsStringLiteral,
} from "nuqs/server";

export const RADIUS_CHOICES = [5, 10, 25, 50, 100, 250] as const;

export const searchParsers = {
  near: parseAsString.withDefault(""),
  radius: parseAsInteger.withDefault(25),
  procedure: parseAsString.withDefault(""),
  boardCertified: parseAsBoolean.withDefault(false),
  acceptingNewPatients: parseAsBoolean.withDefault(false),
  telehealth: parseAsBoolean.withDefault(false),
  language: parseAsString.withDefault(""),
  gender: parseAsStringLiteral(["female", "male"] as const),
  sort: parseAsStringLiteral(["distance", "name"] as const).withDefault("distance"),
  page: parseAsInteger.withDefault(1),
};

/** Builds a /search URL from search state; defaults are left out, so links stay short and canonical. */
export const searchHref = createSerializer(searchParsers);

/** The current search's URL state from raw query values, for links that change one thing (radius, page). */
export function linkState(raw: Record<string, string | undefined>) {
  const bool = (v: string | undefined) => (v === "true" || v === "1" || v === "yes" || v === "on" ? true : null);
  const int = (v: string | undefined) => (v && /^\d+$/.test(v) ? Number(v) : null);
  return {
    near: raw.near?.trim() || null,
    radius: int(raw.radius),
    procedure: raw.procedure?.trim() || null,
    boardCertified: bool(raw.boardCertified),
    acceptingNewPatients: bool(raw.acceptingNewPatients),
    telehealth: bool(raw.telehealth),
    language: raw.language?.trim() || null,
    gender: raw.gender === "female" ? ("female" as const) : raw.gender === "male" ? ("male" as const) : null,
    sort: raw.sort === "name" ? ("name" as const) : null,
    page: int(raw.page),
  };
}
