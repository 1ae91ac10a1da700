// In-process background work: jobs that must not make a request wait, or reveal by how long the answer took what
// they found (whether an address has an account). Run one at a time, in order; failures are logged.
import "server-only";
import { log } from "@/lib/log";

let tail: Promise<void> = Promise.resolve();
let pending = 0;

/**
 * Queues `job` after every job queued before it. Work queued here is lost if the process stops before it runs
 * (a sign-up or reset mail then never arrives and the person asks again); nothing else depends on it.
 */
export function runInBackground(name: string, job: () => Promise<void>): void {
  pending += 1;
  tail = tail
    .then(job)
    .catch((err: unknown) => log.error({ err, job: name }, "background job failed"))
    .finally(() => {
      pending -= 1;
    });
}

/** Resolves once everything queued so far (and anything those jobs queue) has run: for tests and shutdown. */
export async function settleBackgroundWork(): Promise<void> {
  while (pending > 0) await tail;
}
