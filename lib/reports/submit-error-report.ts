// Stores a patient's "Report incorrect information" for moderators: validated, rate-limited, no raw IPs kept.
import "server-only";
import { keyedIpHash } from "@/lib/auth/crypto";
import { db } from "@/lib/db/client";
import { AppError, fromZodError } from "@/lib/errors";
import { ZErrorReportInput } from "@/lib/reports/schema";
import { consumeRateLimit } from "@/lib/security/rate-limit";

/** Reports one address may send per hour; generous for a person, tight for a script. */
export const REPORTS_PER_HOUR = 5;

/** The reporter's keyed IP hash: enough to rate-limit and spot abuse, useless for finding the person. */
export function hashReporter(ip: string): string {
  return keyedIpHash(ip || "unknown");
}

/** Public, no login. Throws VALIDATION_FAILED, NOT_FOUND or RATE_LIMITED with messages safe to show. */
export async function submitErrorReport(input: unknown, reporter: { ip: string }): Promise<{ id: number; accepted: true }> {
  const parsed = ZErrorReportInput.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error, "report");
  const r = parsed.data;
  if (r.physicianId === undefined && r.locationId === undefined) {
    throw new AppError("VALIDATION_FAILED", "Say which doctor or clinic the report is about.");
  }
  const reporterHash = hashReporter(reporter.ip);
  const limit = await consumeRateLimit({ key: `report:ip:${reporterHash}`, limit: REPORTS_PER_HOUR, windowSeconds: 3600 });
  if (!limit.allowed) {
    throw new AppError("RATE_LIMITED", "You have sent several reports in a short time. Please try again in an hour.", {
      retryAfterSeconds: limit.retryAfterSeconds,
    });
  }
  // A filled honeypot gets the same answer as a real report, so bots learn nothing, but nothing is stored.
  if (r.website) return { id: 0, accepted: true };

  const [physician, location] = await Promise.all([
    r.physicianId === undefined ? null : db().physician.findUnique({ where: { id: r.physicianId }, select: { id: true } }),
    r.locationId === undefined ? null : db().location.findUnique({ where: { id: r.locationId }, select: { id: true } }),
  ]);
  if ((r.physicianId !== undefined && !physician) || (r.locationId !== undefined && !location)) {
    throw new AppError("NOT_FOUND", "We couldn't find the listing this report is about.");
  }
  const row = await db().errorReport.create({
    data: {
      physicianId: r.physicianId ?? null,
      locationId: r.locationId ?? null,
      topic: r.topic,
      message: r.message,
      reporterEmail: r.reporterEmail ?? null,
      reporterHash,
    },
    select: { id: true },
  });
  return { id: row.id, accepted: true };
}
