"use client";
// The add-physician form's NPI field with "Fill from the directory": looks the NPI up and fills the name fields.
import { useState, useTransition } from "react";
import type { TFormState } from "@/lib/forms/form-state";
import { Field, useFieldId } from "@/components/portal/form-state";
import styles from "./portal.module.css";

type TLookup = (prev: TFormState, fd: FormData) => Promise<TFormState>;

export function NpiFill({ organizationId, lookup }: { organizationId: number; lookup: TLookup }) {
  const [found, setFound] = useState<{ firstName?: string; lastName?: string; credentials?: string | null; at: number }>({ at: 0 });
  const [message, setMessage] = useState("");
  const [pending, start] = useTransition();
  const npiId = useFieldId("npi");
  const fill = () =>
    start(async () => {
      const npi = (document.getElementById(npiId) as HTMLInputElement | null)?.value ?? "";
      const fd = new FormData();
      fd.set("organizationId", String(organizationId));
      fd.set("npi", npi);
      const r = await lookup({ status: "idle" }, fd);
      setMessage(r.status === "error" ? (Object.values(r.fieldErrors ?? {})[0] ?? r.message ?? "") : (r.message ?? ""));
      const d = r.data ?? {};
      if (typeof d.firstName === "string") {
        setFound({
          firstName: d.firstName,
          lastName: typeof d.lastName === "string" ? d.lastName : "",
          credentials: typeof d.credentials === "string" ? d.credentials : null,
          at: Date.now(),
        });
      }
    });
  return (
    <>
      <Field name="npi" label="NPI (10 digits)" required inputMode="numeric" />
      <div className={styles.actions}>
        <button type="button" className={styles.secondary} onClick={fill} disabled={pending}>
          {pending ? "Looking up…" : "Fill from the directory"}
        </button>
      </div>
      <p role="status" aria-live="polite" className={styles.muted}>
        {message}
      </p>
      {/* Remounted with what the directory holds, so the fields take it as their value (still editable). */}
      <div key={found.at} className={styles.form}>
        <Field name="firstName" label="First name" required defaultValue={found.firstName} />
        <Field name="lastName" label="Last name" required defaultValue={found.lastName} />
        <Field name="credentials" label="Credentials (e.g. MD, DO)" defaultValue={found.credentials} />
      </div>
    </>
  );
}
