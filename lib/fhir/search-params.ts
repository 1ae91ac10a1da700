// Parses FHIR search parameter values (token, reference, string, date, near) into SQL conditions per resource type.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { SYSTEM } from "@/lib/fhir/codes";
import { LAST_UPDATED_SQL } from "@/lib/fhir/load";
import type { TDirectoryType } from "@/lib/fhir/types";
import { METERS_PER_MILE } from "@/lib/geo/distance";

const NONE = Prisma.sql`FALSE`;

/** Splits a parameter value on unescaped commas (FHIR's OR), unescaping `\,`. */
export function orValues(v: string): string[] {
  return v
    .split(/(?<!\\),/)
    .map((s) => s.replaceAll("\\,", ",").trim())
    .filter((s) => s.length > 0);
}

export type TToken = { system: string | undefined; code: string };
/** "system|code", "|code" (no system), "code" (any system). */
export function parseToken(v: string): TToken {
  const i = v.indexOf("|");
  if (i < 0) return { system: undefined, code: v };
  return { system: v.slice(0, i), code: v.slice(i + 1) };
}

/** "Practitioner/12", "https://host/fhir/Practitioner/12" or "12" -> "12"; a reference to another type -> null. */
export function referenceId(v: string, type: string): string | null {
  const m = /(?:^|\/)([A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(v);
  if (m) return m[1] === type ? (m[2] as string) : null;
  return /^[A-Za-z0-9\-.]{1,64}$/.test(v) ? v : null;
}

const numericIds = (ids: Array<string | null>) => ids.filter((x): x is string => x !== null && /^\d{1,9}$/.test(x)).map(Number);

/** A reference parameter over an integer column: no valid id means no match, never an error. */
export function referenceCondition(column: Prisma.Sql, value: string, type: string): Prisma.Sql {
  const ids = numericIds(orValues(value).map((v) => referenceId(v, type)));
  return ids.length ? Prisma.sql`${column} = ANY(${ids}::int[])` : NONE;
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** FHIR string search: case-insensitive "starts with" on any of the columns; :exact and :contains modifiers. */
export function stringCondition(columns: Prisma.Sql[], value: string, modifier: string | undefined): Prisma.Sql {
  const alts = orValues(value).flatMap((v) =>
    columns.map((c) =>
      modifier === "exact"
        ? Prisma.sql`${c} = ${v}`
        : modifier === "contains"
          ? Prisma.sql`${c} ILIKE ${`%${likeEscape(v)}%`}`
          : Prisma.sql`${c} ILIKE ${`${likeEscape(v)}%`}`,
    ),
  );
  return alts.length ? Prisma.sql`(${Prisma.join(alts, " OR ")})` : NONE;
}

/** Date search (`_lastUpdated`): prefix + a date of year, month, day or instant precision, as a half-open range. */
export function dateCondition(column: Prisma.Sql, value: string): Prisma.Sql {
  const m = /^(eq|ne|gt|lt|ge|le|sa|eb)?(\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?)$/.exec(
    value,
  );
  if (!m)
    throw new AppError(
      "VALIDATION_FAILED",
      `Invalid date "${value}": use a prefix (eq, gt, ge, lt, le, ne, sa, eb) and YYYY, YYYY-MM, YYYY-MM-DD or a full instant`,
    );
  const prefix = m[1] ?? "eq";
  const d = m[2] as string;
  let start: Date;
  let end: Date;
  if (d.length === 4) {
    start = new Date(`${d}-01-01T00:00:00Z`);
    end = new Date(Date.UTC(Number(d) + 1, 0, 1));
  } else if (d.length === 7) {
    start = new Date(`${d}-01T00:00:00Z`);
    end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  } else if (d.length === 10) {
    start = new Date(`${d}T00:00:00Z`);
    end = new Date(start.getTime() + 86_400_000);
  } else {
    start = new Date(/[Z+-]\d{0,2}:?\d{0,2}$/.test(d.slice(10)) ? d : `${d}Z`);
    // An instant's precision is its last given unit; a second's worth covers the usual case.
    end = new Date(start.getTime() + (d.includes(".") ? 1 : 1000));
  }
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) throw new AppError("VALIDATION_FAILED", `Invalid date "${value}"`);
  switch (prefix) {
    case "eq":
      return Prisma.sql`(${column} >= ${start} AND ${column} < ${end})`;
    case "ne":
      return Prisma.sql`(${column} < ${start} OR ${column} >= ${end})`;
    case "gt":
    case "sa":
      return Prisma.sql`${column} >= ${end}`;
    case "ge":
      return Prisma.sql`${column} >= ${start}`;
    case "lt":
    case "eb":
      return Prisma.sql`${column} < ${start}`;
    default:
      return Prisma.sql`${column} < ${end}`; // le
  }
}

export type TNear = { lat: number; lng: number; meters: number };
/** Largest `near` distance we answer (a national walk beyond this is a bulk export's job). */
export const NEAR_MAX_KM = 2500;
const UNIT_METERS: Record<string, number> = { km: 1000, m: 1, mi: METERS_PER_MILE, "[mi_i]": METERS_PER_MILE, "[mi_us]": 1609.347 };
/** Default when `near` gives no distance: FHIR leaves it to the server. */
export const NEAR_DEFAULT_KM = 50;

/** `lat|lng|distance|unit` (km when no unit; FHIR R4 Location `near`). */
export function parseNear(value: string): TNear {
  const parts = value.split("|");
  const bad = (why: string) =>
    new AppError("VALIDATION_FAILED", `Invalid near "${value}": ${why}. Use latitude|longitude|distance|unit, e.g. 40.75|-73.99|50|[mi_i]`);
  if (parts.length < 2 || parts.length > 4) throw bad("expected 2 to 4 parts separated by |");
  const [latS, lngS, distS, unitS] = parts;
  const num = (s: string | undefined) => (s !== undefined && /^-?\d+(\.\d+)?$/.test(s.trim()) ? Number(s) : NaN);
  const lat = num(latS);
  const lng = num(lngS);
  if (!(lat >= -90 && lat <= 90)) throw bad("latitude must be between -90 and 90");
  if (!(lng >= -180 && lng <= 180)) throw bad("longitude must be between -180 and 180");
  const dist = distS === undefined || distS === "" ? NEAR_DEFAULT_KM : num(distS);
  if (!(dist >= 0)) throw bad("distance must be a non-negative number");
  const unit = unitS === undefined || unitS === "" ? (distS === undefined || distS === "" ? "km" : "km") : unitS.trim();
  const perUnit = Object.hasOwn(UNIT_METERS, unit) ? UNIT_METERS[unit] : undefined;
  if (perUnit === undefined) throw bad(`unknown unit "${unit}" (km, m, mi, [mi_i])`);
  const meters = dist * perUnit;
  if (meters > NEAR_MAX_KM * 1000) throw bad(`distance is limited to ${NEAR_MAX_KM} km`);
  return { lat, lng, meters };
}

/** The per-type parameter handlers: name -> SQL condition over the type's table aliases (see search.ts). */
type THandler = (value: string, modifier: string | undefined) => Prisma.Sql;

const tokenCodes = (value: string, system: string | undefined) =>
  orValues(value)
    .map(parseToken)
    .filter((t) => t.system === undefined || t.system === "" || t.system === system)
    .map((t) => t.code);

/** Parameters for references we never hold (Endpoint, Network, coverage area, partOf): valid, and match nothing. */
const nothing: THandler = () => NONE;

const lastUpdated =
  (type: TDirectoryType): THandler =>
  (v) =>
    dateCondition(LAST_UPDATED_SQL[type], v);
const idParam =
  (col: Prisma.Sql): THandler =>
  (v) => {
    const ids = numericIds(orValues(v));
    return ids.length ? Prisma.sql`${col} = ANY(${ids}::int[])` : NONE;
  };
const npiParam =
  (col: Prisma.Sql): THandler =>
  (v) => {
    const npis = tokenCodes(v, SYSTEM.npi);
    return npis.length ? Prisma.sql`${col} = ANY(${npis}::text[])` : NONE;
  };

export const PRACTITIONER_PARAMS: Record<string, THandler> = {
  _id: idParam(Prisma.sql`p.id`),
  _lastUpdated: lastUpdated("Practitioner"),
  name: (v, m) =>
    stringCondition(
      [Prisma.sql`p.first_name`, Prisma.sql`p.middle_name`, Prisma.sql`p.last_name`, Prisma.sql`(p.first_name || ' ' || p.last_name)`],
      v,
      m,
    ),
  family: (v, m) => stringCondition([Prisma.sql`p.last_name`], v, m),
  given: (v, m) => stringCondition([Prisma.sql`p.first_name`, Prisma.sql`p.middle_name`], v, m),
  identifier: npiParam(Prisma.sql`p.npi`),
  active: (v) => Prisma.sql`p.active = ${v === "true"}`,
};

const addressCols = [Prisma.sql`l.address1`, Prisma.sql`l.address2`, Prisma.sql`l.city`, Prisma.sql`l.state`, Prisma.sql`l.zip`];
export const LOCATION_PARAMS: Record<string, THandler> = {
  _id: idParam(Prisma.sql`l.id`),
  _lastUpdated: lastUpdated("Location"),
  name: (v, m) => stringCondition([Prisma.sql`l.name`], v, m),
  address: (v, m) => stringCondition(addressCols, v, m),
  "address-city": (v, m) => stringCondition([Prisma.sql`l.city`], v, m),
  "address-state": (v, m) => stringCondition([Prisma.sql`l.state`], v, m),
  "address-postalcode": (v, m) => stringCondition([Prisma.sql`l.zip`], v, m),
  organization: (v) => referenceCondition(Prisma.sql`l.organization_id`, v, "Organization"),
  partof: nothing,
  endpoint: nothing,
  // Plan-Net's Location.type values (hospital, clinic…) are not recorded here.
  type: nothing,
};

export const ORGANIZATION_PARAMS: Record<string, THandler> = {
  _id: idParam(Prisma.sql`o.id`),
  _lastUpdated: lastUpdated("Organization"),
  name: (v, m) => stringCondition([Prisma.sql`o.name`], v, m),
  address: (v, m) => Prisma.sql`EXISTS (SELECT 1 FROM location l WHERE l.organization_id = o.id AND ${stringCondition(addressCols, v, m)})`,
  identifier: npiParam(Prisma.sql`o.npi`),
  type: (v) => (tokenCodes(v, SYSTEM.orgType).includes("prvgrp") ? Prisma.sql`TRUE` : NONE),
  partof: nothing,
  endpoint: nothing,
  "coverage-area": nothing,
};

export const ROLE_PARAMS: Record<string, THandler> = {
  _id: idParam(Prisma.sql`r.id`),
  _lastUpdated: lastUpdated("PractitionerRole"),
  practitioner: (v) => referenceCondition(Prisma.sql`r.physician_id`, v, "Practitioner"),
  location: (v) => referenceCondition(Prisma.sql`r.location_id`, v, "Location"),
  organization: (v) => referenceCondition(Prisma.sql`l.organization_id`, v, "Organization"),
  service: (v) => {
    const ids = orValues(v)
      .map((x) => referenceId(x, "HealthcareService"))
      .filter((x): x is string => x !== null);
    const conds = ids.flatMap((id) => {
      const m = /^(\d{1,9})-([a-z0-9-]+)$/.exec(id);
      return m
        ? [
            Prisma.sql`(r.location_id = ${Number(m[1])}::int AND EXISTS (SELECT 1 FROM role_procedure rp JOIN procedure pr ON pr.id = rp.procedure_id WHERE rp.role_id = r.id AND pr.slug = ${m[2]}))`,
          ]
        : [];
    });
    return conds.length ? Prisma.sql`(${Prisma.join(conds, " OR ")})` : NONE;
  },
  role: (v) => (tokenCodes(v, SYSTEM.providerRole).includes("ph") ? Prisma.sql`TRUE` : NONE),
  specialty: (v) => {
    const codes = tokenCodes(v, SYSTEM.nucc);
    return codes.length ? Prisma.sql`p.taxonomy_codes && ${codes}::text[]` : NONE;
  },
  active: (v) => Prisma.sql`p.active = ${v === "true"}`,
  network: nothing,
  endpoint: nothing,
};

export const HEALTHCARE_SERVICE_PARAMS: Record<string, THandler> = {
  _id: (v) => {
    const conds = orValues(v).flatMap((id) => {
      const m = /^(\d{1,9})-([a-z0-9-]+)$/.exec(id);
      return m ? [Prisma.sql`(l.id = ${Number(m[1])}::int AND pr.slug = ${m[2]})`] : [];
    });
    return conds.length ? Prisma.sql`(${Prisma.join(conds, " OR ")})` : NONE;
  },
  _lastUpdated: lastUpdated("HealthcareService"),
  location: (v) => referenceCondition(Prisma.sql`l.id`, v, "Location"),
  organization: (v) => referenceCondition(Prisma.sql`l.organization_id`, v, "Organization"),
  name: (v, m) => stringCondition([Prisma.sql`pr.name`, Prisma.sql`(pr.name || ' at ' || l.name)`], v, m),
  "service-category": (v) => (tokenCodes(v, SYSTEM.serviceCategory).includes("prov") ? Prisma.sql`TRUE` : NONE),
  "service-type": (v) => {
    const tokens = orValues(v).map(parseToken);
    const cpt = tokens.filter((t) => !t.system || t.system === SYSTEM.cpt).map((t) => t.code);
    const slugs = tokens.filter((t) => !t.system).map((t) => t.code);
    return cpt.length || slugs.length ? Prisma.sql`(pr.cpt_codes && ${cpt}::text[] OR pr.slug = ANY(${slugs}::text[]))` : NONE;
  },
  specialty: nothing,
  "coverage-area": nothing,
  endpoint: nothing,
};

export const PARAMS: Record<TDirectoryType, Record<string, THandler>> = {
  Practitioner: PRACTITIONER_PARAMS,
  PractitionerRole: ROLE_PARAMS,
  Location: LOCATION_PARAMS,
  Organization: ORGANIZATION_PARAMS,
  HealthcareService: HEALTHCARE_SERVICE_PARAMS,
};

/** Chained parameters a type accepts: prefix -> the handlers of the joined table (same aliases, see search.ts). */
export const CHAINS: Partial<Record<TDirectoryType, Record<string, Record<string, THandler>>>> = {
  PractitionerRole: { location: LOCATION_PARAMS, practitioner: PRACTITIONER_PARAMS },
  HealthcareService: { location: LOCATION_PARAMS },
};
