// A module resolution hook for the production server process (scripts/serve.ts). `server-only` marks modules that
// must never reach a browser bundle and throws when imported outside React's server environment; this process is the
// server, where the direct routes (lib/http/direct-route.ts) import those modules without Next's bundler, so here
// the marker resolves to an empty module.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  return nextResolve(specifier, context);
}
