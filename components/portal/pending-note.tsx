// "Pending review" under a field: the proposed value, who proposed it and when, and what the public still sees.
import type { ReactNode } from "react";
import type { TPendingDto } from "@/lib/portal/get-practice";
import { showValue } from "@/lib/text/field-labels";

/** The proposed value of `field` when a pending request carries it, else the value on file. */
export function pendingOr<T>(pending: TPendingDto | null, field: string, live: T): T | unknown {
  return pending && Object.hasOwn(pending.proposed, field) ? pending.proposed[field] : live;
}

/** The note for one field, or undefined when nothing about it is pending. */
export function pendingNote(
  pending: TPendingDto | null,
  field: string,
  live: unknown,
  show: (v: unknown) => string = showValue,
): ReactNode {
  if (!pending || !Object.hasOwn(pending.proposed, field)) return undefined;
  return (
    <>
      <strong>Pending review:</strong> {show(pending.proposed[field])} (proposed by {pending.submittedBy} on{" "}
      {pending.createdAt.slice(0, 10)}, <a href={pending.href}>request #{pending.id}</a>). The public listing shows {show(live)} until a
      moderator approves.
    </>
  );
}
