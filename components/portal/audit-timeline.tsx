// The audit log as a readable timeline (history pages): when, who, what in words, and the changed fields as
// "before → after", never raw JSON. Moderators also see the action code and outcome.
import type { TAuditDto } from "@/lib/portal/list-history";
import { fieldLabel, showValue } from "@/lib/text/field-labels";
import styles from "./portal.module.css";

const ACTION_WORDS: Record<string, string> = {
  "change.propose.organization": "proposed a change to the practice details",
  "change.propose.location": "proposed a change to a location",
  "change.propose.practitioner_role": "proposed a change to a physician at a location",
  "change.propose.physician": "proposed a change to a physician's languages",
  "change.propose.add_physician": "proposed adding a physician",
  "change.propose.remove_physician": "proposed removing a physician from a location",
  "change.withdraw": "withdrew a change request",
  "certification.claim": "asked to add a board certification",
  "moderation.change.approve": "approved a change (now live)",
  "moderation.change.reject": "did not approve a change",
  "moderation.claim.approve": "approved a practice claim",
  "moderation.claim.reject": "did not approve a practice claim",
  "moderation.certification.verify": "verified a board certification",
  "moderation.error_report.resolve": "closed an error report",
  "moderation.user.disable": "disabled an account",
  "member.invite": "invited a colleague",
  "member.accept_invitation": "joined the practice",
  "member.remove": "removed a member",
  "member.invitation.revoke": "revoked an invitation",
  "claim.submit": "claimed the practice",
  "listing.confirm": "confirmed the listing is still correct",
};

const IGNORED = new Set(["changeRequestId", "dataSourceId", "lng", "replaces"]);

/** Flattens the stored before/after into "Field: before → after" lines. */
function changes(before: unknown, after: unknown): string[] {
  const b = before && typeof before === "object" && !Array.isArray(before) ? (before as Record<string, unknown>) : {};
  let a = after && typeof after === "object" && !Array.isArray(after) ? (after as Record<string, unknown>) : {};
  // Proposals and approvals keep the values under `proposed` / `applied`.
  for (const k of ["proposed", "applied"]) {
    const inner = a[k];
    if (inner && typeof inner === "object" && !Array.isArray(inner)) a = { ...a, ...(inner as Record<string, unknown>) };
  }
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !IGNORED.has(k) && k !== "proposed" && k !== "applied");
  return keys.map((k) => {
    const label = k === "lat" ? "Map point" : fieldLabel(k);
    const show = (side: Record<string, unknown>) =>
      k === "lat" && side.lat !== undefined ? `${String(side.lat)}, ${String(side.lng)}` : showValue(side[k]);
    return k in b ? `${label}: ${show(b)} → ${show(a)}` : `${label}: ${show(a)}`;
  });
}

export function AuditTimeline({ rows, forModerators = false }: { rows: TAuditDto[]; forModerators?: boolean }) {
  if (rows.length === 0) return <p>Nothing recorded yet.</p>;
  return (
    <ol className={styles.timeline}>
      {rows.map((r) => {
        const after = r.after && typeof r.after === "object" ? (r.after as Record<string, unknown>) : {};
        const request = typeof after.changeRequestId === "number" ? ` (request #${after.changeRequestId})` : "";
        return (
          <li key={r.id} data-testid={`audit-${r.id}`}>
            <p>
              <time dateTime={r.at}>{r.at.replace("T", " ").slice(0, 16)} UTC</time> ·{" "}
              <strong>{r.actorName ?? "Someone signed out"}</strong> {ACTION_WORDS[r.action] ?? r.action.replaceAll(/[._]/g, " ")}
              {request}
              {r.outcome === "denied" ? <strong className={styles.error}> — refused</strong> : null}
            </p>
            {changes(r.before, r.after).length ? (
              <ul>
                {changes(r.before, r.after).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
            {r.reason ? <p>Reason: {r.reason}</p> : null}
            {forModerators ? (
              <p className={styles.muted}>
                <code>{r.action}</code> · {r.outcome} · {r.entity ?? ""} {r.entityId ?? ""}{" "}
                {r.organizationId ? `· practice ${r.organizationId}` : ""} {r.requestId ? `· request id ${r.requestId.slice(0, 12)}` : ""}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
