// Writes physicians as the facts describe them (project.ts), keyed on NPI: inserts IRs, updates changed fields,
// takes physicians out of search (deactivated, or no longer meeting the IR rule) and back, never overwriting a
// field a clinic or moderator set (docs/decisions/005) and recording each field's source and as-of date.
import { loadProtectedFields, setFieldSources } from "@/lib/imports/precedence";
import { physicianSlug } from "@/lib/physicians/name";
import type { TBatchContext, TImportCounts } from "@/lib/imports/types";

type TIdentification = "TAXONOMY" | "BILLING" | "CLINIC" | "MODERATOR";

export type TPhysicianFields = {
  firstName: string;
  middleName: string | null;
  lastName: string;
  credentials: string | null;
  gender: "MALE" | "FEMALE" | null;
  taxonomyCodes: string[];
  /** null: no source makes them an IR any more */
  identifiedBy: TIdentification | null;
  active: boolean;
  deactivatedAt: string | null;
  inactiveReason: "DEACTIVATED" | "NO_LONGER_IR" | null;
  inactiveSince: string | null;
  /** how the earliest identifying file identified them (stored when no source identifies them any more) */
  firstIdentifiedBy: "TAXONOMY" | "BILLING";
};

type TSource = { sourceId: number; asOf: string };

export type TDesiredPhysician = {
  npi: string;
  fields: TPhysicianFields;
  sources: { names: TSource; gender: TSource; status: TSource };
  lastConfirmedAt: string;
};

type TStored = Omit<TPhysicianFields, "identifiedBy" | "firstIdentifiedBy"> & {
  id: number;
  npi: string;
  slug: string;
  identifiedBy: TIdentification;
  sourceId: number;
  asOf: string;
  lastConfirmedAt: string;
};

const NAME_FIELDS = ["firstName", "middleName", "lastName", "credentials", "taxonomyCodes"] as const;
const STATUS_FIELDS = ["identifiedBy", "active"] as const;
const PERSON = new Set<string>(["CLINIC", "MODERATOR"]);

async function loadStored(ctx: TBatchContext, npis: string[]): Promise<Map<string, TStored>> {
  const { rows } = await ctx.client.query<TStored>(
    `SELECT id, npi, slug, first_name AS "firstName", middle_name AS "middleName", last_name AS "lastName", credentials,
            gender::text AS gender, taxonomy_codes AS "taxonomyCodes", identified_by::text AS "identifiedBy", active,
            to_char(deactivated_at, 'YYYY-MM-DD') AS "deactivatedAt", inactive_reason AS "inactiveReason",
            to_char(inactive_since, 'YYYY-MM-DD') AS "inactiveSince", source_id AS "sourceId",
            to_char(as_of, 'YYYY-MM-DD') AS "asOf", to_char(last_confirmed_at, 'YYYY-MM-DD') AS "lastConfirmedAt"
       FROM physician WHERE npi = ANY($1::varchar[])`,
    [npis],
  );
  return new Map(rows.map((r) => [r.npi, r]));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What the stored row becomes: the facts' values, except fields a person set, and a person's identification. */
function merge(cur: TStored, d: TDesiredPhysician, locked: Set<string> | undefined): TStored {
  const f = d.fields;
  const next: TStored = { ...cur };
  const take = <K extends keyof TPhysicianFields & keyof TStored>(k: K, v: TStored[K]) => {
    if (!locked?.has(k)) next[k] = v;
  };
  for (const k of NAME_FIELDS) take(k, f[k]);
  take("gender", f.gender);
  if (PERSON.has(cur.identifiedBy)) {
    // A clinic or moderator added them: only a deactivation takes them out (and a moderator's "keep" stands).
    const deactivated = f.inactiveReason === "DEACTIVATED";
    take("active", !deactivated);
    take("deactivatedAt", f.deactivatedAt);
    take("inactiveReason", deactivated ? "DEACTIVATED" : null);
    take("inactiveSince", deactivated ? f.inactiveSince : null);
  } else {
    if (f.identifiedBy) take("identifiedBy", f.identifiedBy);
    take("active", f.active);
    take("deactivatedAt", f.deactivatedAt);
    take("inactiveReason", f.inactiveReason);
    take("inactiveSince", f.inactiveSince);
  }
  if (locked?.has("active")) {
    next.inactiveReason = cur.inactiveReason;
    next.inactiveSince = cur.inactiveSince;
    next.deactivatedAt = cur.deactivatedAt;
  }
  next.sourceId = d.sources.names.sourceId;
  next.asOf = d.sources.names.asOf;
  next.lastConfirmedAt = d.lastConfirmedAt > cur.lastConfirmedAt ? d.lastConfirmedAt : cur.lastConfirmedAt;
  next.slug = physicianSlug(next);
  return next;
}

/**
 * Brings these physicians in line with the facts. Returns NPI -> physician id for every one in the directory
 * (listed or not); NPIs that no source makes an IR and that are not in the directory are left out.
 */
export async function upsertPhysicians(
  ctx: TBatchContext,
  desired: TDesiredPhysician[],
  counts: TImportCounts,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  if (desired.length === 0) return ids;
  const stored = await loadStored(
    ctx,
    desired.map((d) => d.npi),
  );
  const locked = await loadProtectedFields(
    ctx.client,
    "physician",
    [...stored.values()].map((s) => s.id),
  );
  const updates: TStored[] = [];
  const inserts: TDesiredPhysician[] = [];
  const sources: Array<{ entityId: number; field: string; sourceId: number; asOf: string }> = [];
  const sourcesOf = (id: number, d: TDesiredPhysician) => {
    for (const field of NAME_FIELDS) sources.push({ entityId: id, field, ...d.sources.names });
    sources.push({ entityId: id, field: "gender", ...d.sources.gender });
    for (const field of STATUS_FIELDS) sources.push({ entityId: id, field, ...d.sources.status });
  };
  for (const d of desired) {
    const cur = stored.get(d.npi);
    if (!cur) {
      // Anyone a file ever identified is in the directory (listed or not), so the outcome does not depend on
      // whether the file that identified them was loaded before or after the one that took them out.
      inserts.push(d);
      continue;
    }
    ids.set(d.npi, cur.id);
    const next = merge(cur, d, locked.get(cur.id));
    if (!same(next, cur)) {
      updates.push(next);
      if (cur.active && !next.active) counts[next.inactiveReason === "NO_LONGER_IR" ? "demoted" : "deactivated"]++;
      if (!cur.active && next.active) counts.reactivated++;
    }
    sourcesOf(cur.id, d);
  }
  if (updates.length) {
    counts.physiciansUpdated += updates.length;
    const u = updates;
    await ctx.client.query(
      `UPDATE physician p SET slug = t.slug, first_name = t.fn, middle_name = t.mn, last_name = t.ln, credentials = t.cred,
              gender = t.g::gender, taxonomy_codes = string_to_array(t.tax, ','), identified_by = t.ib::ir_identification,
              active = t.act, deactivated_at = t.deact::date, inactive_reason = t.reason, inactive_since = t.since::date,
              source_id = t.src, as_of = t.as_of::date, last_confirmed_at = t.conf::date, version = p.version + 1, updated_at = now()
         FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                     $10::bool[], $11::text[], $12::text[], $13::text[], $14::int[], $15::text[], $16::text[])
              AS t(id, slug, fn, mn, ln, cred, g, tax, ib, act, deact, reason, since, src, as_of, conf)
        WHERE p.id = t.id`,
      [
        u.map((x) => x.id),
        u.map((x) => x.slug),
        u.map((x) => x.firstName),
        u.map((x) => x.middleName),
        u.map((x) => x.lastName),
        u.map((x) => x.credentials),
        u.map((x) => x.gender),
        u.map((x) => x.taxonomyCodes.join(",")),
        u.map((x) => x.identifiedBy),
        u.map((x) => x.active),
        u.map((x) => x.deactivatedAt),
        u.map((x) => x.inactiveReason),
        u.map((x) => x.inactiveSince),
        u.map((x) => x.sourceId),
        u.map((x) => x.asOf),
        u.map((x) => x.lastConfirmedAt),
      ],
    );
  }
  if (inserts.length) {
    const i = inserts.map((d) => ({ ...d.fields, npi: d.npi, d }));
    const { rows } = await ctx.client.query<{ id: number; npi: string }>(
      `INSERT INTO physician (npi, slug, first_name, middle_name, last_name, credentials, gender, taxonomy_codes,
                              identified_by, active, source_id, as_of, last_confirmed_at, updated_at, deactivated_at,
                              inactive_reason, inactive_since)
       SELECT npi, slug, fn, mn, ln, cred, g::gender, string_to_array(tax, ','), ib::ir_identification, act, src, as_of::date,
              conf::date, now(), deact::date, reason, since::date
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                     $9::text[], $10::int[], $11::text[], $12::text[], $13::bool[], $14::text[], $15::text[], $16::text[])
              AS t(npi, slug, fn, mn, ln, cred, g, tax, ib, src, as_of, conf, act, deact, reason, since)
       RETURNING id, npi`,
      [
        i.map((x) => x.npi),
        i.map((x) => physicianSlug(x)),
        i.map((x) => x.firstName),
        i.map((x) => x.middleName),
        i.map((x) => x.lastName),
        i.map((x) => x.credentials),
        i.map((x) => x.gender),
        i.map((x) => x.taxonomyCodes.join(",")),
        i.map((x) => x.identifiedBy ?? x.firstIdentifiedBy),
        i.map((x) => x.d.sources.names.sourceId),
        i.map((x) => x.d.sources.names.asOf),
        i.map((x) => x.d.lastConfirmedAt),
        i.map((x) => x.active),
        i.map((x) => x.deactivatedAt),
        i.map((x) => x.inactiveReason),
        i.map((x) => x.inactiveSince),
      ],
    );
    counts.physiciansAdded += rows.length;
    const byNpi = new Map(inserts.map((d) => [d.npi, d]));
    for (const r of rows) {
      ids.set(r.npi, r.id);
      sourcesOf(r.id, byNpi.get(r.npi) as TDesiredPhysician);
    }
  }
  await setFieldSources(ctx.client, "physician", sources);
  return ids;
}
