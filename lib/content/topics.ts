// The catalogue the education pages show, from the reference data the database is seeded with
// (prisma/reference/procedures.ts): no database read, so those pages are prerendered at build time (decision 053).
import { CONDITIONS, PROCEDURES, type TConditionRef, type TProcedureRef } from "../../prisma/reference/procedures";

export type TTopicLink = { kind: "procedure" | "condition"; slug: string; name: string };
export type TProcedureTopic = { kind: "procedure"; slug: string; name: string; summary: string; cptCodes: string[]; related: TTopicLink[] };
export type TConditionTopic = { kind: "condition"; slug: string; name: string; summary: string; related: TTopicLink[] };

const bySortThenName = <T extends { sortOrder: number; name: string }>(a: T, b: T) =>
  a.sortOrder - b.sortOrder || a.name.localeCompare(b.name);

/** Procedures and conditions in the order the catalogue lists them (as getCatalog() orders the database's copy). */
export const PROCEDURE_TOPICS: readonly TProcedureRef[] = [...PROCEDURES].sort(bySortThenName);
export const CONDITION_TOPICS: readonly TConditionRef[] = [...CONDITIONS].sort(bySortThenName);

export function procedureTopic(slug: string): TProcedureTopic | null {
  const p = PROCEDURE_TOPICS.find((x) => x.slug === slug);
  if (!p) return null;
  return {
    kind: "procedure",
    slug: p.slug,
    name: p.name,
    summary: p.summary,
    cptCodes: [...p.cptCodes],
    related: CONDITION_TOPICS.filter((c) => c.procedureSlugs.includes(slug)).map((c) => ({
      kind: "condition",
      slug: c.slug,
      name: c.name,
    })),
  };
}

export function conditionTopic(slug: string): TConditionTopic | null {
  const c = CONDITION_TOPICS.find((x) => x.slug === slug);
  if (!c) return null;
  return {
    kind: "condition",
    slug: c.slug,
    name: c.name,
    summary: c.summary,
    related: PROCEDURE_TOPICS.filter((p) => c.procedureSlugs.includes(p.slug)).map((p) => ({
      kind: "procedure",
      slug: p.slug,
      name: p.name,
    })),
  };
}
