// The physician × location grid's bulk edit: one submission sets new patients, telehealth or procedures on several
// physicians at locations, as one pending change request per record sharing a group id, all or none (decision 060).
import "server-only";
import { randomUUID } from "node:crypto";
import { deny, parseInput, requireActor } from "@/lib/auth/guard";
import { requireMembership } from "@/lib/auth/membership";
import { belongsToPractice, lockRecord } from "@/lib/change-requests/records";
import { buildUpdate, knownProcedures, storeProposal, type TChangeRequestRef } from "@/lib/change-requests/propose";
import { ZProposeBulkRoles, type TProposeBulkRoles } from "@/lib/change-requests/schemas";
import { db } from "@/lib/db/client";
import { AppError, isAppError } from "@/lib/errors";
import type { TActor } from "@/lib/http/request-context";

export type TBulkResult = { groupId: string; requests: TChangeRequestRef[] };

const asList = (v: unknown): string[] | null => (Array.isArray(v) ? v.map(String) : null);

/** The fields one record gets: the chosen yes/no values, and its procedures (pending ones if any) plus/minus the chosen. */
function changesFor(b: TProposeBulkRoles, procedures: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (b.acceptingNewPatients !== undefined) out.acceptingNewPatients = b.acceptingNewPatients;
  if (b.telehealth !== undefined) out.telehealth = b.telehealth;
  if (b.addProcedures.length + b.removeProcedures.length > 0) {
    const next = new Set([...procedures, ...b.addProcedures]);
    for (const s of b.removeProcedures) next.delete(s);
    out.procedures = [...next].sort();
  }
  return out;
}

/**
 * Proposes the same change for every ticked physician at a location. Each record goes through the single-record
 * rules (version check, the pending request the grid showed, merge into it by field); a conflict on any of them
 * refuses the whole submission, so a manager never has half a bulk edit pending. Records the change would not alter
 * are left out; a record outside the practice refuses everything (and is recorded).
 */
export async function proposeBulkRoleChange(actorOrNull: TActor | null, input: unknown): Promise<TBulkResult> {
  const action = "change.propose.bulk_roles";
  const actor = await requireActor(actorOrNull, action);
  const data = await parseInput(actor, action, ZProposeBulkRoles, input);
  await requireMembership(actor, data.organizationId, action);
  const groupId = randomUUID();
  const outcome = await db().$transaction(
    async (tx): Promise<{ requests: TChangeRequestRef[] } | { outside: number }> => {
      const add = data.addProcedures.length ? await knownProcedures(tx, data.addProcedures) : [];
      const requests: TChangeRequestRef[] = [];
      // Locked in id order, as every other writer of these rows locks one at a time: no deadlock between two grids.
      for (const r of [...data.roles].sort((a, b) => a.roleId - b.roleId)) {
        const ok =
          (await lockRecord(tx, "practitioner_role", r.roleId)) &&
          (await belongsToPractice(tx, "practitioner_role", r.roleId, data.organizationId));
        if (!ok) return { outside: r.roleId };
        const p = await buildUpdate(tx, {
          organizationId: data.organizationId,
          entity: "practitioner_role",
          entityId: r.roleId,
          version: r.version,
          basedOnRequest: r.basedOnRequest,
          proposed: async (current, _tx, pending) => {
            const procedures = asList(pending?.procedures) ?? asList(current.values.procedures) ?? [];
            return changesFor({ ...data, addProcedures: add }, procedures);
          },
        }).catch((e: unknown) => {
          // "Nothing changed" on one record of several is not an error: that physician already has the value.
          if (isAppError(e) && e.code === "BAD_REQUEST") return "unchanged" as const;
          throw e;
        });
        if (p === null) return { outside: r.roleId };
        if (p === "unchanged") continue;
        requests.push(await storeProposal(tx, actor, action, data.organizationId, p, groupId));
      }
      if (requests.length === 0) throw new AppError("BAD_REQUEST", "Nothing changed: every physician you ticked already has these values.");
      return { requests };
    },
    { timeout: 30_000 },
  );
  if ("outside" in outcome) {
    return deny(actor, action, {
      entity: "practitioner_role",
      entityId: outcome.outside,
      organizationId: data.organizationId,
      reason: "record not part of this practice",
    });
  }
  return { groupId, requests: outcome.requests };
}
