// The public list of procedures and conditions (API and pages), in English or Spanish.
import "server-only";
import { getCatalog } from "@/lib/procedures/catalog";
import { localizedEntry, localizedName } from "@/lib/procedures/localize";
import { ZProcedureListQuery, type TProcedureList } from "@/lib/procedures/schema";
import { parseWith } from "@/lib/validation/parse";

export async function listProceduresAndConditions(input: unknown = {}): Promise<TProcedureList> {
  const { lang } = parseWith(ZProcedureListQuery, input, "query");
  const c = await getCatalog();
  return {
    procedures: c.procedures.map((p) => {
      const { slug, name, summary, cptCodes, synonyms } = localizedEntry("procedure", p, lang);
      return { slug, name, summary, cptCodes, synonyms };
    }),
    conditions: c.conditions.map((x) => {
      const { slug, name, summary, synonyms } = localizedEntry("condition", x, lang);
      const procedures = x.procedures.map((p) => ({ slug: p.slug, name: localizedName("procedure", p.slug, p.name, lang) }));
      return { slug, name, summary, synonyms, procedures };
    }),
  };
}
