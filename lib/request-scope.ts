// Per-request facts that lower layers note and the HTTP server reads back (a database failure during this request,
// whether this reader must see the primary). Kept on globalThis: the server and Next's bundles share one store.
import { AsyncLocalStorage } from "node:async_hooks";
import { processGlobal } from "@/lib/process-global";

export type TRequestScope = {
  /** Set when a database connection could not be had during the request (down, unreachable, pool exhausted). */
  databaseUnavailable: boolean;
  /** A signed-in portal user: public reads go to the primary so they see their own writes at once. */
  readFromPrimary: boolean;
};

function storage(): AsyncLocalStorage<TRequestScope> {
  return processGlobal("request-scope", () => new AsyncLocalStorage<TRequestScope>());
}

/** Runs `fn` (the whole handling of one request) with a fresh scope. */
export function runInRequestScope<T>(scope: TRequestScope, fn: () => T): T {
  return storage().run(scope, fn);
}

/** The current request's scope, or undefined outside a request (scripts, tests, background work). */
export function currentRequestScope(): TRequestScope | undefined {
  return storage().getStore();
}
