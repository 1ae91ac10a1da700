// One location of a practice: its editor, then its requests (pending ones can be withdrawn) — listing confirmation,
// address, phone, hours, closures and the physicians there — so a multi-site practice is not one very long page.
import { notFound } from "next/navigation";
import { WithdrawForm } from "../../_forms/withdraw-form";
import { LocationEditor } from "../../_parts/location-editor";
import { loadPractice } from "../../_parts/load-practice";
import styles from "@/components/portal/portal.module.css";
import type { TLocationDto, TPracticeDto } from "@/lib/portal/get-practice";
import { getCatalog } from "@/lib/procedures/catalog";

export const metadata = { title: "Location" };

const STATUS_WORDS: Record<string, string> = {
  PENDING: "waiting for review",
  APPROVED: "approved",
  REJECTED: "not approved",
  WITHDRAWN: "withdrawn",
};

/** The practice's requests about this location: the place itself, the physicians there, additions and closures. */
function requestsHere(practice: TPracticeDto, l: TLocationDto) {
  const roles = new Set(l.roles.map((r) => r.id));
  const physicians = new Set(l.roles.map((r) => r.physician.id));
  const closures = new Set(l.closures.map((c) => c.id));
  return practice.changeRequests.filter((c) => {
    if (c.entity === "location") return c.entityId === l.id;
    if (c.entity === "practitioner_role") return c.entityId === null ? c.proposed.locationId === l.id : roles.has(c.entityId);
    if (c.entity === "physician" || c.entity === "board_certification") return c.entityId !== null && physicians.has(c.entityId);
    if (c.entity === "location_closure")
      return c.proposed.locationId === l.id || c.before.locationId === l.id || (c.entityId !== null && closures.has(c.entityId));
    return false;
  });
}

export default async function LocationPage({ params }: { params: Promise<{ id: string; locationId: string }> }) {
  const { id, locationId } = await params;
  const { practice } = await loadPractice(id, `/portal/practices/${id}/locations/${locationId}`);
  const l = practice.locations.find((x) => String(x.id) === locationId);
  if (!l) notFound();
  const catalog = await getCatalog();
  const isManager = practice.myRole === "MANAGER";
  const requests = requestsHere(practice, l).slice(0, 10);
  const pendingCount = requests.filter((c) => c.status === "PENDING").length;
  return (
    <>
      <p>
        <a href={`/portal/practices/${practice.id}`}>← {practice.name}</a>
      </p>
      <h1>{l.name}</h1>
      <p className={styles.muted}>
        {[l.address1, l.address2].filter(Boolean).join(", ")}, {l.city}, {l.state} {l.zip} · Your role:{" "}
        {practice.myRole?.toLowerCase() ?? "moderator (read only)"}
      </p>
      <p>
        <a href="#location-requests">
          {pendingCount === 0
            ? "Nothing here waiting for review"
            : pendingCount === 1
              ? "1 edit here waiting for review"
              : `${pendingCount} edits here waiting for review`}
        </a>{" "}
        <span className={styles.muted}>(requests of this location, below the editor)</span>
      </p>
      <LocationEditor orgId={practice.id} l={l} catalog={catalog} />
      <section className={styles.banner} aria-labelledby="location-requests" data-testid="location-requests">
        <h2 id="location-requests" tabIndex={-1}>
          {pendingCount === 0
            ? "Nothing here waiting for review"
            : pendingCount === 1
              ? "1 edit here waiting for review"
              : `${pendingCount} edits here waiting for review`}
        </h2>
        {requests.length ? (
          <ul>
            {requests.map((c) => (
              <li key={c.id}>
                <a href={`/portal/practices/${practice.id}/requests#request-${c.id}`}>{c.summary}</a>{" "}
                <span className={styles.muted}>
                  — {STATUS_WORDS[c.status] ?? c.status.toLowerCase()}, by {c.submittedBy}, {c.createdAt.slice(0, 10)}
                </span>
                {practice.myRole && (isManager || c.mine) ? (
                  <WithdrawForm orgId={practice.id} id={c.id} pending={c.status === "PENDING"} />
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
        <p>
          <a href={`/portal/practices/${practice.id}/requests`}>See every request of the practice</a>
        </p>
      </section>
    </>
  );
}
