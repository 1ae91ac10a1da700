// The procedure and condition catalogue (small reference data, cached in memory) and matching of what people type.
import "server-only";
import { dbRead } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

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
      procedures: c.procedures
        .map((cp) => cp.procedure)
        .sort((a, b) => a.sortOrder - b.sortOrder)
        .map((p) => ({ slug: p.slug, name: p.name })),
    })),
  };
  cached = { at: Date.now(), catalog };
  return catalog;
}

/** Drop the cache (tests, and after reference data changes). */
export function invalidateCatalog(): void {
  cached = undefined;
}

export type TProcedureMatch = { label: string; slug: string | null; kind: "procedure" | "condition" | "text"; procedureIds: number[] };

const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/**
 * A procedure slug, a condition slug (its treating procedures), or free text matched against names and synonyms:
 * exact matches win over partial ones. 404 when nothing matches.
 */
export function matchProcedure(catalog: TCatalog, input: string): TProcedureMatch {
  const raw = input.trim();
  const bySlugP = catalog.procedures.find((p) => p.slug === raw.toLowerCase());
  if (bySlugP) return { label: bySlugP.name, slug: bySlugP.slug, kind: "procedure", procedureIds: [bySlugP.id] };
  const idsOf = (c: TConditionDto) => catalog.procedures.filter((p) => c.procedures.some((cp) => cp.slug === p.slug)).map((p) => p.id);
  const bySlugC = catalog.conditions.find((c) => c.slug === raw.toLowerCase());
  if (bySlugC) return { label: bySlugC.name, slug: bySlugC.slug, kind: "condition", procedureIds: idsOf(bySlugC) };

  const q = norm(raw);
  if (q.length < 2) throw new AppError("BAD_REQUEST", "Type at least two letters of a procedure or condition.");
  const terms = (x: { name: string; synonyms: string[]; slug: string }) => [x.name, x.slug, ...x.synonyms].map(norm);

  const exactP = catalog.procedures.find((p) => terms(p).includes(q));
  if (exactP) return { label: exactP.name, slug: exactP.slug, kind: "procedure", procedureIds: [exactP.id] };
  const exactC = catalog.conditions.find((c) => terms(c).includes(q));
  if (exactC) return { label: exactC.name, slug: exactC.slug, kind: "condition", procedureIds: idsOf(exactC) };

  const ids = new Set<number>();
  for (const p of catalog.procedures) if (terms(p).some((t) => t.includes(q))) ids.add(p.id);
  for (const c of catalog.conditions) if (terms(c).some((t) => t.includes(q))) for (const id of idsOf(c)) ids.add(id);
  if (ids.size === 0) {
    throw new AppError(
      "UNKNOWN_PROCEDURE",
      `We don't know a procedure or condition called "${raw}". Try "kyphoplasty" or "compression fracture".`,
    );
  }
  return { label: raw, slug: null, kind: "text", procedureIds: [...ids].sort((a, b) => a - b) };
}
