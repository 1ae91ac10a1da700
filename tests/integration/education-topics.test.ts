// The education pages are prerendered from the reference catalogue in code; the search reads the database's copy.
// The two must be the same catalogue, in the same order, or a guide would name a procedure the search does not know.
import { describe, expect, it } from "vitest";
import { CONDITION_TOPICS, conditionTopic, PROCEDURE_TOPICS, procedureTopic } from "@/lib/content/topics";
import { getCatalog, invalidateCatalog } from "@/lib/procedures/catalog";

describe("education topics", () => {
  it("match the database's catalogue: names, summaries, CPT codes, order and condition-procedure links", async () => {
    invalidateCatalog();
    const c = await getCatalog();
    expect(PROCEDURE_TOPICS.map((p) => [p.slug, p.name, p.summary, p.cptCodes])).toEqual(
      c.procedures.map((p) => [p.slug, p.name, p.summary, p.cptCodes]),
    );
    expect(CONDITION_TOPICS.map((x) => [x.slug, x.name, x.summary])).toEqual(c.conditions.map((x) => [x.slug, x.name, x.summary]));
    for (const x of c.conditions) {
      expect(conditionTopic(x.slug)?.related.map((r) => r.slug)).toEqual(x.procedures.map((p) => p.slug));
    }
    const kypho = procedureTopic("kyphoplasty");
    expect(kypho?.related.map((r) => r.slug)).toEqual(
      c.conditions.filter((x) => x.procedures.some((p) => p.slug === "kyphoplasty")).map((x) => x.slug),
    );
    expect(procedureTopic("no-such-procedure")).toBeNull();
    expect(conditionTopic("kyphoplasty")).toBeNull();
  });
});
