"use client";
// "Report incorrect information": a short form for patients (no login). Sent by a Server Action; works without
// JavaScript too. Errors are tied to their fields and announced.
import { useActionState } from "react";
import { sendErrorReport, type TReportFormState } from "@/app/(public)/actions/report";
import type { TReportText } from "@/lib/reports/report-text";

type TProps = { physicianId?: number; locations: Array<{ id: number; label: string }>; subject: string; text: TReportText };

const INITIAL: TReportFormState = { status: "idle", message: "", fieldErrors: {}, values: {}, attempt: 0 };

export function ReportForm({ physicianId, locations, subject, text: t }: TProps) {
  const [state, action, pending] = useActionState(sendErrorReport, INITIAL);
  if (state.status === "sent") {
    return (
      <div className="panel panel--success" role="status">
        <p>{state.message}</p>
      </div>
    );
  }
  const err = state.fieldErrors;
  const v = state.values;
  return (
    <form key={state.attempt} action={action} className="report-form" noValidate>
      <p className="muted small">{t.intro.replace("{subject}", subject)}</p>
      <input type="hidden" name="lang" value={t.lang} />
      {physicianId !== undefined ? <input type="hidden" name="physicianId" value={physicianId} /> : null}
      {locations.length === 1 ? <input type="hidden" name="locationId" value={locations[0]?.id} /> : null}
      {locations.length > 1 ? (
        <div className="field">
          <label htmlFor="report-location">{t.whichLocation}</label>
          <select id="report-location" name="locationId" className="input" defaultValue={v.locationId ?? ""}>
            <option value="">{t.notOneLocation}</option>
            {locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="report-topic">{t.topic}</label>
        <select
          id="report-topic"
          name="topic"
          className="input"
          defaultValue={v.topic ?? ""}
          required
          aria-invalid={err.topic ? true : undefined}
          aria-describedby={err.topic ? "report-topic-error" : undefined}
        >
          <option value="" disabled>
            {t.chooseOne}
          </option>
          {t.topics.map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        {err.topic ? (
          <p id="report-topic-error" className="field__error">
            {err.topic}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="report-message">{t.details}</label>
        <textarea
          id="report-message"
          name="message"
          className="input"
          defaultValue={v.message ?? ""}
          required
          minLength={10}
          maxLength={2000}
          aria-invalid={err.message ? true : undefined}
          aria-describedby={err.message ? "report-message-error" : "report-message-hint"}
        />
        <p id="report-message-hint" className="field__hint">
          {t.detailsHint}
        </p>
        {err.message ? (
          <p id="report-message-error" className="field__error">
            {err.message}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="report-email">{t.email}</label>
        <input
          id="report-email"
          name="reporterEmail"
          type="email"
          className="input"
          autoComplete="email"
          defaultValue={v.reporterEmail ?? ""}
          aria-invalid={err.reporterEmail ? true : undefined}
          aria-describedby={err.reporterEmail ? "report-email-error" : "report-email-hint"}
        />
        <p id="report-email-hint" className="field__hint">
          {t.emailHint}
        </p>
        {err.reporterEmail ? (
          <p id="report-email-error" className="field__error">
            {err.reporterEmail}
          </p>
        ) : null}
      </div>
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="report-website">{t.honeypot}</label>
        <input id="report-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      {state.status === "error" ? (
        <p className="field__error" role="alert">
          {state.message}
        </p>
      ) : null}
      <div>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t.sending : t.send}
        </button>
      </div>
    </form>
  );
}

/** The "Something wrong?" card at the end of profile and clinic pages, with the form folded away until asked for. */
export function ReportSection(props: TProps) {
  return (
    <section className="card report-section" aria-labelledby="report-heading">
      <h2 id="report-heading">{props.text.heading}</h2>
      <details className="report">
        <summary>{props.text.summary}</summary>
        <ReportForm {...props} />
      </details>
    </section>
  );
}
