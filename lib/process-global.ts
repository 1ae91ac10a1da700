// One value per process, whichever copy of a module asks: the server process loads some modules twice, once in
// Next's bundles and once through its own imports (scripts/serve.ts, the direct routes of decision 072), and state
// such as pools, metrics, the request scope or the fair-use buckets must not split between the copies.

/** The process's value under `name`, made by `create()` the first time any copy asks. */
export function processGlobal<T>(name: string, create: () => T): T {
  const g = globalThis as Record<symbol, unknown>;
  const key = Symbol.for(`irf.${name}`);
  if (!(key in g)) g[key] = create();
  return g[key] as T;
}
