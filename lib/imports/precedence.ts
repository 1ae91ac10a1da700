// Field precedence (docs/decisions/005-import-field-precedence.md): a field whose latest source is a clinic edit or a moderator is never
// overwritten by an import. Also records which source set each imported field (field_provenance).
import type { TQueryable } from "@/lib/imports/types";

export type TEntity = "physician" | "location" | "practitioner_role" | "organization";

const PROTECTED_KINDS = ["CLINIC_EDIT", "MODERATOR"];

/** entityId -> fields whose latest source is CLINIC_EDIT or MODERATOR. */
export async function loadProtectedFields(client: TQueryable, entity: TEntity, ids: number[]): Promise<Map<number, Set<string>>> {
  const out = new Map<number, Set<string>>();
  if (ids.length === 0) return out;
  const { rows } = await client.query<{ entity_id: number; field: string }>(
    `SELECT fp.entity_id, fp.field FROM field_provenance fp JOIN data_source ds ON ds.id = fp.source_id
      WHERE fp.entity = $1 AND fp.entity_id = ANY($2::int[]) AND ds.kind::text = ANY($3::text[])`,
    [entity, ids, PROTECTED_KINDS],
  );
  for (const r of rows) {
    let s = out.get(r.entity_id);
    if (!s) out.set(r.entity_id, (s = new Set()));
    s.add(r.field);
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The values an import may write: incoming values, except protected fields keep the current value.
 * Returns the merged record and the fields that actually change.
 */
export function mergeWithPrecedence<T extends Record<string, unknown>>(
  current: T,
  incoming: Partial<T>,
  protectedFields: Set<string> | undefined,
): { merged: T; changed: Array<keyof T & string> } {
  const merged = { ...current };
  const changed: Array<keyof T & string> = [];
  for (const key of Object.keys(incoming) as Array<keyof T & string>) {
    if (protectedFields?.has(key)) continue;
    const v = incoming[key] as T[typeof key];
    if (!same(current[key], v)) {
      merged[key] = v;
      changed.push(key);
    }
  }
  return { merged, changed };
}

/** Records `sourceId` as the latest source of these fields (never replacing a protected field's clinic/moderator source). */
export async function recordFieldProvenance(
  client: TQueryable,
  entity: TEntity,
  entries: Array<{ entityId: number; fields: string[] }>,
  sourceId: number,
  asOf: string,
): Promise<void> {
  const ids: number[] = [];
  const fields: string[] = [];
  for (const e of entries)
    for (const f of e.fields) {
      ids.push(e.entityId);
      fields.push(f);
    }
  if (ids.length === 0) return;
  await client.query(
    `INSERT INTO field_provenance (entity, entity_id, field, source_id, as_of, updated_at)
     SELECT $1, id, field, $4, $5::date, now() FROM unnest($2::int[], $3::text[]) AS t(id, field)
     ON CONFLICT (entity, entity_id, field) DO UPDATE SET source_id = EXCLUDED.source_id, as_of = EXCLUDED.as_of, updated_at = now()
     WHERE NOT EXISTS (SELECT 1 FROM data_source ds WHERE ds.id = field_provenance.source_id AND ds.kind::text = ANY($6::text[]))`,
    [entity, ids, fields, sourceId, asOf, PROTECTED_KINDS],
  );
}

/**
 * Records each field's own source and as-of date (the fact it came from), leaving fields whose latest source is a
 * person alone. Re-recording the same source is a no-op, so a re-run writes nothing.
 */
export async function setFieldSources(
  client: TQueryable,
  entity: TEntity,
  rows: Array<{ entityId: number; field: string; sourceId: number; asOf: string }>,
): Promise<void> {
  if (rows.length === 0) return;
  const uniq = [...new Map(rows.map((r) => [`${r.entityId}|${r.field}`, r])).values()];
  await client.query(
    `INSERT INTO field_provenance (entity, entity_id, field, source_id, as_of, updated_at)
     SELECT $1, id, field, src, d::date, now() FROM unnest($2::int[], $3::text[], $4::int[], $5::text[]) AS t(id, field, src, d)
     ON CONFLICT (entity, entity_id, field) DO UPDATE SET source_id = EXCLUDED.source_id, as_of = EXCLUDED.as_of, updated_at = now()
     WHERE (field_provenance.source_id, field_provenance.as_of) IS DISTINCT FROM (EXCLUDED.source_id, EXCLUDED.as_of)
       AND NOT EXISTS (SELECT 1 FROM data_source ds WHERE ds.id = field_provenance.source_id AND ds.kind::text = ANY($6::text[]))`,
    [entity, uniq.map((r) => r.entityId), uniq.map((r) => r.field), uniq.map((r) => r.sourceId), uniq.map((r) => r.asOf), PROTECTED_KINDS],
  );
}
