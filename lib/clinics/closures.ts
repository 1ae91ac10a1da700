// Temporary closures as public pages show them: approved ones (only approved ones exist as rows) that are on now or
// start within 30 days. No row means no known closure — never shown as "closed".
import "server-only";
import { dbRead } from "@/lib/db/client";
import { isoDay, todayUtc } from "@/lib/text/calendar";

/** How far ahead a closure is announced on public pages. */
export const CLOSURE_NOTICE_DAYS = 30;

/** Days as "YYYY-MM-DD"; pages put them in words in their language (lib/text/closures.ts). */
export type TPublicClosure = { locationId: number; startsOn: string; endsOn: string; note: string; current: boolean };

export async function listPublicClosures(locationIds: number[]): Promise<TPublicClosure[]> {
  if (locationIds.length === 0) return [];
  const today = todayUtc();
  const horizon = new Date(today.getTime() + CLOSURE_NOTICE_DAYS * 86_400_000);
  const rows = await dbRead().locationClosure.findMany({
    where: { locationId: { in: locationIds }, endsOn: { gte: today }, startsOn: { lte: horizon } },
    orderBy: [{ startsOn: "asc" }, { id: "asc" }],
  });
  return rows.map((c) => ({
    locationId: c.locationId,
    startsOn: isoDay(c.startsOn),
    endsOn: isoDay(c.endsOn),
    note: c.note,
    current: c.startsOn.getTime() <= today.getTime(),
  }));
}
