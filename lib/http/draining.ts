// Whether this process is shutting down: set by the HTTP server on SIGTERM, read by the readiness check.

const DRAINING = Symbol.for("irf.draining");

export function markDraining(): void {
  (globalThis as Record<symbol, unknown>)[DRAINING] = true;
}

/** True once the server has begun shutting down (readiness then fails, so balancers stop sending traffic). */
export function isDraining(): boolean {
  return (globalThis as Record<symbol, unknown>)[DRAINING] === true;
}
