// No import cycles between lib/ folders: each domain may use lower ones, never the other way round as well.
// Type-only imports count too: a cycle of types is still two domains that cannot be read or moved apart.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const LIB = path.resolve(import.meta.dirname, "../../lib");
const IMPORT = /(?:from\s+|import\s*\(\s*|import\s+)["']([^"']+)["']/g;

/** lib/auth/session.ts → "auth"; lib/env.ts → "env" (a top-level module is its own node). */
function unitOf(file: string): string {
  return (path.relative(LIB, file).split(path.sep)[0] ?? "").replace(/\.tsx?$/, "");
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Folder → folders it imports, with one example file per edge for the failure message. */
function folderGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(LIB)) {
    const from = unitOf(file);
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const spec = m[1] ?? "";
      const target = spec.startsWith("@/lib/")
        ? path.join(LIB, spec.slice(6))
        : spec.startsWith(".")
          ? path.resolve(path.dirname(file), spec)
          : null;
      if (!target || !target.startsWith(LIB + path.sep)) continue;
      const to = unitOf(target);
      if (to !== from && to !== "generated" && !edges.has(to)) edges.set(to, path.relative(LIB, file));
    }
  }
  return graph;
}

/** Every cycle found by a depth-first walk, as a readable path "a → b → a". */
function findCycles(graph: Map<string, Map<string, string>>): string[] {
  const cycles: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, "visiting");
    stack.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (state.get(next) === "visiting") {
        const loop = [...stack.slice(stack.indexOf(next)), next];
        cycles.push(loop.map((n, i) => (i < loop.length - 1 ? `${n} (${graph.get(n)?.get(loop[i + 1] ?? "")})` : n)).join(" → "));
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

describe("lib/ folder dependencies", () => {
  it("finds a cycle when there is one (the check itself works)", () => {
    const g = new Map([
      ["a", new Map([["b", "a/x.ts"]])],
      ["b", new Map([["c", "b/y.ts"]])],
      ["c", new Map([["a", "c/z.ts"]])],
    ]);
    expect(findCycles(g)).toEqual(["a (a/x.ts) → b (b/y.ts) → c (c/z.ts) → a"]);
  });

  it("has no import cycle between lib/ folders", () => {
    const graph = folderGraph();
    expect(graph.size).toBeGreaterThan(10);
    expect(findCycles(graph)).toEqual([]);
  });
});
