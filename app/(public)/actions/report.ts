"use server";
// Server Action behind the "Report incorrect information" form (a public POST endpoint: validated and rate-limited
// inside submitErrorReport).
import { headers } from "next/headers";
import { isAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { submitErrorReport } from "@/lib/reports/submit-error-report";
import { clientIpFromHeaders } from "@/lib/http/client-ip";

export type TReportFormState = {
  status: "idle" | "sent" | "error";
  message: string;
  fieldErrors: Record<string, string>;
  /** What was typed, so a form with errors comes back filled in (React resets forms after an action). */
  values: Record<string, string>;
  /** Counts submissions; the form remounts on each so its fields take the returned values. */
  attempt: number;
};

const FIELDS = ["physicianId", "locationId", "topic", "message", "reporterEmail", "website"] as const;

async function clientIp(): Promise<string> {
  return clientIpFromHeaders(await headers()) ?? "unknown";
}

export async function sendErrorReport(prev: TReportFormState, form: FormData): Promise<TReportFormState> {
  const input: Record<string, string> = {};
  for (const f of FIELDS) {
    const v = form.get(f);
    if (typeof v === "string") input[f] = v;
  }
  try {
    await submitErrorReport(input, { ip: await clientIp() });
    return {
      status: "sent",
      message: "Thank you. Your report has been sent to our moderators, who check every report before changing a listing.",
      fieldErrors: {},
      values: {},
      attempt: prev.attempt + 1,
    };
  } catch (e) {
    if (isAppError(e)) {
      const fieldErrors: Record<string, string> = {};
      const details = e.details as { fields?: Array<{ field: string; message: string }> } | undefined;
      for (const f of details?.fields ?? []) fieldErrors[f.field] ??= f.message;
      return { status: "error", message: e.message, fieldErrors, values: input, attempt: prev.attempt + 1 };
    }
    log.error({ err: e }, "error report failed");
    return {
      status: "error",
      message: "We couldn't send your report just now. Please try again in a moment.",
      fieldErrors: {},
      values: input,
      attempt: prev.attempt + 1,
    };
  }
}
