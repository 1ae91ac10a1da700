// Whether this process is shutting down: set by the HTTP server on SIGTERM, read by the readiness check.

import { processGlobal } from "@/lib/process-global";

const state = () => processGlobal("draining", () => ({ draining: false }));

export function markDraining(): void {
  state().draining = true;
}

/** True once the server has begun shutting down (readiness then fails, so balancers stop sending traffic). */
export function isDraining(): boolean {
  return state().draining;
}
