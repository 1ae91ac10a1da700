// Inserts and updates physicians keyed on NPI, honouring field precedence and recording per-field provenance.
import { loadProtectedFields, mergeWithPrecedence, recordFieldProvenance } from "@/lib/imports/precedence";
import { physicianSlug } from "@/lib/physicians/name";
import type { TBatchContext } from "@/lib/imports/types";

export type TPhysicianFields = {
  firstName: string;
  middleName: string | null;
  lastName: string;
  credentials: string | null;
  gender: "MALE" | "FEMALE" | null;
  taxonomyCodes: string[];
  identifiedBy: "TAXONOMY" | "BILLING" | "CLINIC" | "MODERATOR";
  active: boolean;
  deactivatedAt: string | null;
};

export type TPhysicianInput = TPhysicianFields & { npi: string };

export type TPhysicianOutcome = {
  id: number;
  outcome: "inserted" | "updated" | "unchanged";
  deactivated: boolean;
  reactivated: boolean;
  confirmed: boolean;
};

type TExisting = TPhysicianFields & { id: number; npi: string; lastConfirmedAt: string };

async function loadExisting(ctx: TBatchContext, npis: string[]): Promise<Map<string, TExisting>> {
  const { rows } = await ctx.client.query<TExisting>(
    `SELECT id, npi, first_name AS "firstName", middle_name AS "middleName", last_name AS "lastName", credentials,
            gender::text AS gender, taxonomy_codes AS "taxonomyCodes", identified_by::text AS "identifiedBy", active,
            to_char(deactivated_at, 'YYYY-MM-DD') AS "deactivatedAt", to_char(last_confirmed_at, 'YYYY-MM-DD') AS "lastConfirmedAt"
       FROM physician WHERE npi = ANY($1::varchar[])`,
    [npis],
  );
  return new Map(rows.map((r) => [r.npi, r]));
}

/**
 * Upserts physicians. `insertOnly` adds new NPIs and leaves existing ones alone (the Medicare file may add
 * physicians identified by billing, but NPPES stays the source of names and taxonomies).
 */
export async function upsertPhysicians(
  ctx: TBatchContext,
  inputs: TPhysicianInput[],
  opts: { insertOnly?: boolean } = {},
): Promise<Map<string, TPhysicianOutcome>> {
  const out = new Map<string, TPhysicianOutcome>();
  if (inputs.length === 0) return out;
  const existing = await loadExisting(ctx, inputs.map((i) => i.npi));
  const protectedFields = await loadProtectedFields(ctx.client, "physician", [...existing.values()].map((e) => e.id));

  const updates: TExisting[] = [];
  const provenance: Array<{ entityId: number; fields: string[] }> = [];
  const confirm: number[] = [];
  const inserts: TPhysicianInput[] = [];
  for (const input of inputs) {
    const cur = existing.get(input.npi);
    if (!cur) {
      inserts.push(input);
      continue;
    }
    if (opts.insertOnly) {
      out.set(input.npi, { id: cur.id, outcome: "unchanged", deactivated: false, reactivated: false, confirmed: false });
      continue;
    }
    const { npi: _npi, identifiedBy, deactivatedAt, ...incoming } = input;
    // Taxonomy outranks billing as evidence; a clinic's or moderator's identification is left as it is.
    const nextIdentifiedBy = cur.identifiedBy === "BILLING" && identifiedBy === "TAXONOMY" ? "TAXONOMY" : cur.identifiedBy;
    const { npi: _n, id: _id, lastConfirmedAt: _l, deactivatedAt: _d, ...current } = cur;
    const { merged, changed } = mergeWithPrecedence(current, { ...incoming, identifiedBy: nextIdentifiedBy }, protectedFields.get(cur.id));
    const mergedDeactivatedAt = merged.active ? null : changed.includes("active") ? deactivatedAt : cur.deactivatedAt;
    const fields: string[] = [...changed];
    if (mergedDeactivatedAt !== cur.deactivatedAt && !fields.includes("active")) fields.push("active");
    const result: TPhysicianOutcome = {
      id: cur.id,
      outcome: fields.length ? "updated" : "unchanged",
      deactivated: cur.active && !merged.active,
      reactivated: !cur.active && merged.active,
      confirmed: false,
    };
    if (fields.length) {
      updates.push({ ...merged, deactivatedAt: mergedDeactivatedAt, id: cur.id, npi: cur.npi, lastConfirmedAt: ctx.fileDate });
      provenance.push({ entityId: cur.id, fields });
    } else if (cur.lastConfirmedAt < ctx.fileDate) {
      confirm.push(cur.id);
      result.confirmed = true;
    }
    out.set(input.npi, result);
  }

  if (updates.length) {
    await ctx.client.query(
      `UPDATE physician p SET first_name = t.fn, middle_name = t.mn, last_name = t.ln, credentials = t.cred,
              gender = t.g::gender, taxonomy_codes = string_to_array(t.tax, ','), identified_by = t.ib::ir_identification,
              active = t.act, deactivated_at = t.deact::date, source_id = $11, as_of = $12::date,
              last_confirmed_at = GREATEST(p.last_confirmed_at, $12::date), version = p.version + 1, updated_at = now()
         FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                     $9::bool[], $10::text[]) AS t(id, fn, mn, ln, cred, g, tax, ib, act, deact)
        WHERE p.id = t.id`,
      [updates.map((u) => u.id), updates.map((u) => u.firstName), updates.map((u) => u.middleName),
        updates.map((u) => u.lastName), updates.map((u) => u.credentials), updates.map((u) => u.gender),
        updates.map((u) => u.taxonomyCodes.join(",")), updates.map((u) => u.identifiedBy), updates.map((u) => u.active),
        updates.map((u) => u.deactivatedAt), ctx.sourceId, ctx.fileDate],
    );
  }
  if (confirm.length) {
    await ctx.client.query(`UPDATE physician SET last_confirmed_at = $2::date WHERE id = ANY($1::int[])`, [confirm, ctx.fileDate]);
  }
  if (inserts.length) {
    const { rows } = await ctx.client.query<{ id: number; npi: string }>(
      `INSERT INTO physician (npi, slug, first_name, middle_name, last_name, credentials, gender, taxonomy_codes,
                              identified_by, active, deactivated_at, source_id, as_of, last_confirmed_at, updated_at)
       SELECT npi, slug, fn, mn, ln, cred, g::gender, string_to_array(tax, ','), ib::ir_identification, act, deact::date,
              $12, $13::date, $13::date, now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                     $9::text[], $10::bool[], $11::text[]) AS t(npi, slug, fn, mn, ln, cred, g, tax, ib, act, deact)
       RETURNING id, npi`,
      [inserts.map((i) => i.npi), inserts.map(physicianSlug), inserts.map((i) => i.firstName), inserts.map((i) => i.middleName),
        inserts.map((i) => i.lastName), inserts.map((i) => i.credentials), inserts.map((i) => i.gender),
        inserts.map((i) => i.taxonomyCodes.join(",")), inserts.map((i) => i.identifiedBy), inserts.map((i) => i.active),
        inserts.map((i) => i.deactivatedAt), ctx.sourceId, ctx.fileDate],
    );
    for (const r of rows) {
      out.set(r.npi, { id: r.id, outcome: "inserted", deactivated: false, reactivated: false, confirmed: false });
      provenance.push({ entityId: r.id, fields: PHYSICIAN_FIELDS });
    }
  }
  await recordFieldProvenance(ctx.client, "physician", provenance, ctx.sourceId, ctx.fileDate);
  return out;
}

const PHYSICIAN_FIELDS = ["firstName", "middleName", "lastName", "credentials", "gender", "taxonomyCodes", "identifiedBy", "active"];

/**
 * Deactivates NPIs that NPPES lists as deactivated (those rows carry no names, so nothing else is touched).
 * A moderator's decision on `active` stands. Returns the ids that went from active to inactive, and all ids found.
 */
export async function deactivatePhysicians(
  ctx: TBatchContext,
  rows: Array<{ npi: string; deactivatedAt: string }>,
): Promise<{ deactivated: Map<string, number>; found: Map<string, number> }> {
  const found = new Map<string, number>();
  const deactivated = new Map<string, number>();
  if (rows.length === 0) return { deactivated, found };
  const { rows: existing } = await ctx.client.query<{ id: number; npi: string }>(
    `SELECT id, npi FROM physician WHERE npi = ANY($1::varchar[])`,
    [rows.map((r) => r.npi)],
  );
  for (const e of existing) found.set(e.npi, e.id);
  const { rows: changed } = await ctx.client.query<{ id: number; npi: string }>(
    `UPDATE physician p SET active = false, deactivated_at = t.d::date, source_id = $3, as_of = $4::date,
            version = p.version + 1, updated_at = now()
       FROM unnest($1::text[], $2::text[]) AS t(npi, d)
      WHERE p.npi = t.npi AND p.active
        AND NOT EXISTS (SELECT 1 FROM field_provenance fp JOIN data_source s ON s.id = fp.source_id
                         WHERE fp.entity = 'physician' AND fp.entity_id = p.id AND fp.field = 'active'
                           AND s.kind IN ('CLINIC_EDIT', 'MODERATOR'))
      RETURNING p.id, p.npi`,
    [rows.map((r) => r.npi), rows.map((r) => r.deactivatedAt), ctx.sourceId, ctx.fileDate],
  );
  for (const c of changed) deactivated.set(c.npi, c.id);
  await recordFieldProvenance(ctx.client, "physician", changed.map((c) => ({ entityId: c.id, fields: ["active"] })), ctx.sourceId, ctx.fileDate);
  return { deactivated, found };
}
