// The procedure and condition catalogue (small reference data, cached in memory) and matching of what people type.
import "server-only";
import { dbRead } from "@/lib/db/client";
import { procedureRefs } from "@/lib/procedures/refs";

export type TProcedureDto = { id: number; slug: string; name: string; summary: string; cptCodes: string[]; synonyms: string[] };
export type TConditionDto = {
  id: number;
  slug: string;
  name: string;
  summary: string;
  synonyms: string[];
  procedures: Array<{ slug: string; name: string }>;
};
export type TCatalog = { procedures: TProcedureDto[]; conditions: TConditionDto[] };

const TTL_MS = 5 * 60_000;
let cached: { at: number; catalog: TCatalog } | undefined;

export async function getCatalog(): Promise<TCatalog> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.catalog;
  const [procedures, conditions] = await Promise.all([
    dbRead().procedure.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
    dbRead().condition.findMany({
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      include: { procedures: { include: { procedure: true } } },
    }),
  ]);
  const catalog: TCatalog = {
    procedures: procedures.map((p) => ({
      id: p.id,
      slug: p.slug,
      name: p.name,
      summary: p.summary,
      cptCodes: p.cptCodes,
      synonyms: p.synonyms,
    })),
    conditions: conditions.map((c) => ({
      id: c.id,
      slug: c.slug,
      name: c.name,
      summary: c.summary,
      synonyms: c.synonyms,
      procedures: procedureRefs(c.procedures),
    })),
  };
  cached = { at: Date.now(), catalog };
  return catalog;
}

/** Drop the cache (tests, and after reference data changes). */
export function invalidateCatalog(): void {
  cached = undefined;
}

export { matchProcedure, type TProcedureMatch } from "@/lib/procedures/match-procedure";
