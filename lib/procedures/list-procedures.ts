// The public list of procedures and conditions (API and pages).
import "server-only";
import { getCatalog } from "@/lib/procedures/catalog";
import type { TProcedureList } from "@/lib/procedures/schema";

export async function listProceduresAndConditions(): Promise<TProcedureList> {
  const c = await getCatalog();
  return {
    procedures: c.procedures.map(({ slug, name, summary, cptCodes, synonyms }) => ({ slug, name, summary, cptCodes, synonyms })),
    conditions: c.conditions.map(({ slug, name, summary, synonyms, procedures }) => ({ slug, name, summary, synonyms, procedures })),
  };
}
