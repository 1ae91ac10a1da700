// Closing the database pools at shutdown, from the HTTP server, which cannot import the server-only client module
// (Next's bundle holds that copy); the client registers its closer in a process-wide set.
import { processGlobal } from "@/lib/process-global";

function closers(): Set<() => Promise<void>> {
  return processGlobal("db-closers", () => new Set<() => Promise<void>>());
}

export function onCloseDatabases(close: () => Promise<void>): void {
  closers().add(close);
}

/** Ends every registered pool (errors are returned, not thrown: shutdown goes on). */
export async function closeDatabases(): Promise<unknown[]> {
  const all = [...closers()];
  closers().clear();
  const results = await Promise.allSettled(all.map((c) => c()));
  return results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
}
