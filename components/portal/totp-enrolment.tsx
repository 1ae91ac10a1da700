"use client";
// TOTP enrolment panel. One component for before and after confirmation, so the recovery codes returned by the
// action survive the page refresh that the new session cookie triggers.
import { useActionState } from "react";
import { IDLE, type TFormState } from "@/lib/forms/form-state";
import { FormMessage, RecoveryCodes } from "@/components/portal/form-state";
import styles from "./portal.module.css";

type TProps = {
  action: (prev: TFormState, fd: FormData) => Promise<TFormState>;
  offer: { qrDataUrl: string; secret: string; otpauthUri: string } | null;
  /** Where "Continue" goes once the codes are saved (the page someone was heading to). */
  continueHref?: string;
};

export function TotpEnrolment({ action, offer, continueHref = "/portal" }: TProps) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  if (state.status === "ok") return <RecoveryCodes state={state} continueHref={continueHref} />;
  if (!offer)
    return (
      <p>
        Two-step sign-in is already set up. <a href={continueHref}>Continue</a>
      </p>
    );
  return (
    <section className={styles.card} aria-labelledby="enrol-title">
      <h2 id="enrol-title">1. Scan this code with an authenticator app</h2>
      {/* A data: URL made on the server; no third-party request. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={offer.qrDataUrl} alt="QR code for your authenticator app" className={styles.qr} />
      <p>
        On this phone? <a href={offer.otpauthUri}>Open in your authenticator app</a>.
      </p>
      <p>
        Can&apos;t scan it? Enter this key instead (spaces don&apos;t matter):{" "}
        <code data-testid="totp-secret" className={styles.key}>
          {offer.secret.match(/.{1,4}/g)?.join(" ") ?? offer.secret}
        </code>
      </p>
      <h2>2. Enter the 6-digit code the app shows</h2>
      <form action={formAction} className={styles.form} aria-label="Confirm two-step sign-in">
        <div className={styles.field}>
          <label htmlFor="enrol-code">6-digit code</label>
          <input id="enrol-code" name="code" inputMode="numeric" autoComplete="one-time-code" required pattern="[0-9 ]{6,7}" />
        </div>
        <div className={styles.actions}>
          <button type="submit" className={styles.primary} disabled={pending}>
            {pending ? "Checking…" : "Turn on two-step sign-in"}
          </button>
        </div>
        <FormMessage state={state} />
      </form>
    </section>
  );
}
