// Moderators work through patients' "report incorrect information" submissions: list, resolve or dismiss.
import "server-only";
import type { TActor } from "@/lib/http/request-context";
import { parseInput, requireModerator } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZErrorReportFilter, ZResolveErrorReport } from "@/lib/moderation/schemas";

export type TErrorReportDto = {
  id: number;
  topic: string;
  message: string;
  status: string;
  physician: { id: number; name: string; slug: string } | null;
  location: { id: number; name: string; city: string; state: string } | null;
  resolution: string | null;
  createdAt: string;
};

/** Reporter e-mail addresses and IP hashes are not part of the DTO: moderators don't need them to fix a listing. */
export async function listErrorReports(actorOrNull: TActor | null, input: unknown): Promise<TErrorReportDto[]> {
  const actor = await requireModerator(actorOrNull, "moderation.error_reports.list");
  const { status } = await parseInput(actor, "moderation.error_reports.list", ZErrorReportFilter, input);
  const reports = await db().errorReport.findMany({ where: { status }, orderBy: { createdAt: "asc" }, take: 200 });
  const physicianIds = reports.flatMap((r) => (r.physicianId ? [r.physicianId] : []));
  const locationIds = reports.flatMap((r) => (r.locationId ? [r.locationId] : []));
  const [physicians, locations] = await Promise.all([
    db().physician.findMany({ where: { id: { in: physicianIds } }, select: { id: true, firstName: true, lastName: true, slug: true } }),
    db().location.findMany({ where: { id: { in: locationIds } }, select: { id: true, name: true, city: true, state: true } }),
  ]);
  const pById = new Map(physicians.map((p) => [p.id, p]));
  const lById = new Map(locations.map((l) => [l.id, l]));
  return reports.map((r) => {
    const p = r.physicianId ? pById.get(r.physicianId) : undefined;
    const l = r.locationId ? lById.get(r.locationId) : undefined;
    return {
      id: r.id,
      topic: r.topic,
      message: r.message,
      status: r.status,
      physician: p ? { id: p.id, name: `${p.firstName} ${p.lastName}`, slug: p.slug } : null,
      location: l ? { id: l.id, name: l.name, city: l.city, state: l.state } : null,
      resolution: r.resolution,
      createdAt: r.createdAt.toISOString(),
    };
  });
}

export async function resolveErrorReport(actorOrNull: TActor | null, input: unknown): Promise<{ id: number }> {
  const action = "moderation.error_report.resolve";
  const actor = await requireModerator(actorOrNull, action);
  const data = await parseInput(actor, action, ZResolveErrorReport, input);
  const r = await db().errorReport.updateMany({
    where: { id: data.id, status: "OPEN" },
    data: { status: data.status, resolution: data.resolution, resolvedAt: new Date(), resolvedBy: `moderator #${actor.userId}` },
  });
  if (r.count !== 1) throw new AppError("CONFLICT", "This report is not open (already handled, or it does not exist).");
  await recordAudit(actor, { action, entity: "error_report", entityId: data.id, after: { status: data.status }, reason: data.resolution });
  return { id: data.id };
}
