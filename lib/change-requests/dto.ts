// What portal screens see of a change request: a plain DTO with ISO dates and the stored before/proposed values.
import type { ChangeAction, ChangeEntity, ReviewStatus } from "@/lib/generated/prisma/client";

export type TChangeRequestDto = {
  id: number;
  entity: ChangeEntity;
  entityId: number | null;
  action: ChangeAction;
  summary: string;
  before: Record<string, unknown>;
  proposed: Record<string, unknown>;
  status: ReviewStatus;
  reason: string | null;
  createdAt: string;
  reviewedAt: string | null;
};

const asObject = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v)) : {};

export function toChangeRequestDto(c: {
  id: number;
  entity: ChangeEntity;
  entityId: number | null;
  action: ChangeAction;
  summary: string;
  before: unknown;
  proposed: unknown;
  status: ReviewStatus;
  reason: string | null;
  createdAt: Date;
  reviewedAt: Date | null;
}): TChangeRequestDto {
  return {
    id: c.id,
    entity: c.entity,
    entityId: c.entityId,
    action: c.action,
    summary: c.summary,
    before: asObject(c.before),
    proposed: asObject(c.proposed),
    status: c.status,
    reason: c.reason,
    createdAt: c.createdAt.toISOString(),
    reviewedAt: c.reviewedAt?.toISOString() ?? null,
  };
}
