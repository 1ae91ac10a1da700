// The moderators' queue of pending clinic edits, each with its before/after diff.
import "server-only";
import type { TActor } from "@/lib/http/request-context";
import { requireModerator } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { toChangeRequestDto, type TChangeRequestDto } from "@/lib/change-requests/dto";

export type TPendingChangeDto = TChangeRequestDto & { organizationId: number; organizationName: string; submittedBy: string };

export async function listPendingChangeRequests(actorOrNull: TActor | null): Promise<TPendingChangeDto[]> {
  await requireModerator(actorOrNull, "moderation.changes.list");
  const rows = await db().changeRequest.findMany({
    where: { status: "PENDING" },
    include: { organization: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
    take: 200,
  });
  const submitters = await db().portalUser.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.submittedById))] } },
    select: { id: true, email: true },
  });
  const emailById = new Map(submitters.map((u) => [u.id, u.email]));
  return rows.map((r) => ({
    ...toChangeRequestDto(r),
    organizationId: r.organizationId,
    organizationName: r.organization.name,
    submittedBy: emailById.get(r.submittedById) ?? `user #${r.submittedById}`,
  }));
}
