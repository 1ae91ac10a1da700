"use server";
// Server Action behind the "Report incorrect information" form (a public POST endpoint: validated and rate-limited
// inside submitErrorReport), on the same path as every other form: decoder, runAction, one error mapping.
import { headers } from "next/headers";
import { FErrorReport } from "@/lib/forms/decoders";
import { decodeForm } from "@/lib/forms/form-data";
import { runAction } from "@/lib/forms/run-action";
import { clientIpFromHeaders } from "@/lib/http/client-ip";
import { localeOr } from "@/lib/i18n/messages";
import { reportAnswers } from "@/lib/reports/report-text";
import { submitErrorReport } from "@/lib/reports/submit-error-report";

export type TReportFormState = {
  status: "idle" | "sent" | "error";
  message: string;
  fieldErrors: Record<string, string>;
  /** What was typed, so a form with errors comes back filled in (React resets forms after an action). */
  values: Record<string, string>;
  /** Counts submissions; the form remounts on each so its fields take the returned values. */
  attempt: number;
};

export async function sendErrorReport(prev: TReportFormState, form: FormData): Promise<TReportFormState> {
  const input = decodeForm(FErrorReport, form);
  // The language of the page the form was sent from (a hidden field); anything else answers in English.
  const say = reportAnswers(localeOr(form.get("lang")));
  const state = await runAction("report.submit", async () => {
    await submitErrorReport(input, { ip: clientIpFromHeaders(await headers()) ?? "unknown" });
    return { status: "ok" };
  });
  const attempt = prev.attempt + 1;
  if (state.status === "ok") {
    return {
      status: "sent",
      message: say.sent,
      fieldErrors: {},
      values: {},
      attempt,
    };
  }
  const values = Object.fromEntries(Object.entries(input).filter((e): e is [string, string] => e[1] !== undefined));
  const fieldErrors = Object.fromEntries(Object.entries(state.fieldErrors ?? {}).map(([f, m]) => [f, say.field(f, m)]));
  return { status: "error", message: state.message ? say.failed(state.message) : "", fieldErrors, values, attempt };
}
