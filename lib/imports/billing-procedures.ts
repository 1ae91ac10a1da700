// "Performs kyphoplasty, per Medicare billing": procedures inferred from a physician's latest Medicare volumes,
// attached to each of their roles and marked with the Medicare data source.
import { PROCEDURES } from "../../prisma/reference/procedures";
import type { TBatchContext } from "@/lib/imports/types";

/** HCPCS codes that count as IR procedures for the billing rule: every code of every reference procedure. */
export const IR_HCPCS_CODES: ReadonlySet<string> = new Set(PROCEDURES.flatMap((p) => p.cptCodes));

/**
 * Code -> procedure slug for codes that belong to exactly one procedure. Shared codes (37243 is UFE, PAE, Y-90
 * and TACE alike) say that an IR procedure was done but not which, so they never imply a procedure.
 */
export function codesNamingOneProcedure(): Map<string, string> {
  const owners = new Map<string, string[]>();
  for (const p of PROCEDURES) for (const c of p.cptCodes) owners.set(c, [...(owners.get(c) ?? []), p.slug]);
  return new Map([...owners].filter(([, slugs]) => slugs.length === 1).map(([c, slugs]) => [c, slugs[0] as string]));
}

/** Brings the Medicare-derived role procedures of these physicians in line with their latest volume year. */
export async function syncBillingProcedures(ctx: TBatchContext, physicianIds: number[]): Promise<number> {
  if (physicianIds.length === 0) return 0;
  const codes = codesNamingOneProcedure();
  const { rows: desired } = await ctx.client.query<{ role_id: number; procedure_id: number; source_id: number }>(
    `WITH latest AS (
       SELECT physician_id, max(year) AS year FROM procedure_volume WHERE physician_id = ANY($1::int[]) GROUP BY physician_id)
     SELECT r.id AS role_id, pr.id AS procedure_id, max(v.source_id) AS source_id
       FROM procedure_volume v
       JOIN latest l ON l.physician_id = v.physician_id AND l.year = v.year
       JOIN unnest($2::text[], $3::text[]) AS m(code, slug) ON m.code = v.hcpcs_code
       JOIN procedure pr ON pr.slug = m.slug
       JOIN practitioner_role r ON r.physician_id = v.physician_id
      GROUP BY r.id, pr.id`,
    [physicianIds, [...codes.keys()], [...codes.values()]],
  );
  const roleIds = desired.map((d) => d.role_id);
  const procIds = desired.map((d) => d.procedure_id);
  await ctx.client.query(
    `INSERT INTO role_procedure (role_id, procedure_id, source_id)
     SELECT * FROM unnest($1::int[], $2::int[], $3::int[])
     ON CONFLICT (role_id, procedure_id) DO UPDATE SET source_id = EXCLUDED.source_id
      WHERE role_procedure.source_id IS DISTINCT FROM EXCLUDED.source_id
        AND EXISTS (SELECT 1 FROM data_source ds WHERE ds.id = role_procedure.source_id AND ds.kind = 'CMS_MEDICARE_VOLUME')`,
    [roleIds, procIds, desired.map((d) => d.source_id)],
  );
  const { rowCount } = await ctx.client.query(
    `DELETE FROM role_procedure rp USING practitioner_role r, data_source ds
      WHERE rp.role_id = r.id AND r.physician_id = ANY($1::int[]) AND ds.id = rp.source_id AND ds.kind = 'CMS_MEDICARE_VOLUME'
        AND NOT EXISTS (SELECT 1 FROM unnest($2::int[], $3::int[]) AS d(role_id, procedure_id)
                         WHERE d.role_id = rp.role_id AND d.procedure_id = rp.procedure_id)`,
    [physicianIds, roleIds, procIds],
  );
  return rowCount ?? 0;
}
