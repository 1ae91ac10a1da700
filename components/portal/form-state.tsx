"use client";
// Form plumbing for portal forms: a Server Action's state shared with fields, announced messages, conflicts.
import { createContext, useActionState, useContext, useId, useState, type ReactNode } from "react";
import { IDLE, type TFormState } from "@/lib/forms/form-state";
import styles from "./portal.module.css";

const StateContext = createContext<TFormState>(IDLE);
/** What was typed in the last submission: React resets forms after an action, so fields refill from it on errors. */
const ValuesContext = createContext<Record<string, string>>({});

type TAction = (prev: TFormState, fd: FormData) => Promise<TFormState>;

export function ActionForm(props: {
  action: TAction;
  submitLabel: string;
  children?: ReactNode;
  /** Extra submit buttons (e.g. approve / reject) replace the default one. */
  buttons?: ReactNode;
  label?: string;
  onDone?: (state: TFormState) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(props.action, IDLE);
  const [submitted, setSubmitted] = useState<Record<string, string>>({});
  return (
    <form
      action={formAction}
      className={styles.form}
      aria-label={props.label}
      aria-busy={pending}
      onSubmit={(e) => {
        const values: Record<string, string> = {};
        for (const [k, v] of new FormData(e.currentTarget).entries()) if (typeof v === "string" && !(k in values)) values[k] = v;
        setSubmitted(values);
      }}
    >
      <StateContext.Provider value={state}>
        <ValuesContext.Provider value={state.status === "error" ? submitted : {}}>{props.children}</ValuesContext.Provider>
      </StateContext.Provider>
      <div className={styles.actions}>
        {props.buttons ?? (
          <button type="submit" disabled={pending} className={styles.primary}>
            {pending ? "Sending…" : props.submitLabel}
          </button>
        )}
      </div>
      <FormMessage state={state} />
      {state.status === "ok" && props.onDone ? props.onDone(state) : null}
    </form>
  );
}

function show(v: unknown): string {
  if (v === null || v === undefined || v === "") return "(empty)";
  if (Array.isArray(v)) return v.length ? v.map((x) => (typeof x === "object" ? JSON.stringify(x) : String(x))).join(", ") : "(none)";
  if (typeof v === "object") return JSON.stringify(v);
  if (typeof v === "boolean") return v ? "yes" : "no";
  return String(v);
}

export function FormMessage({ state }: { state: TFormState }) {
  return (
    <div
      role={state.status === "error" ? "alert" : "status"}
      aria-live="polite"
      className={state.status === "error" ? styles.error : styles.ok}
    >
      {state.message ? <p>{state.message}</p> : null}
      {state.conflict?.current ? (
        <div className={styles.conflict}>
          <p>
            Current values{state.conflict.currentVersion ? ` (version ${state.conflict.currentVersion})` : ""}. Reload the page to edit from
            them.
          </p>
          <dl>
            {Object.entries(state.conflict.current).map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{show(v)}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
    </div>
  );
}

export function Field(props: {
  name: string;
  label: string;
  type?: string;
  defaultValue?: string | number | null;
  required?: boolean;
  hint?: string;
  autoComplete?: string;
  inputMode?: "numeric" | "text" | "tel" | "email" | "url" | "decimal";
  multiline?: boolean;
}) {
  const state = useContext(StateContext);
  const typed = useContext(ValuesContext);
  const id = useId();
  const err = state.status === "error" ? state.fieldErrors?.[props.name] : undefined;
  const describedBy = [props.hint ? `${id}-hint` : null, err ? `${id}-err` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name: props.name,
    // Passwords are never put back into the page.
    defaultValue: props.type !== "password" && props.name in typed ? typed[props.name] : (props.defaultValue ?? ""),
    required: props.required,
    "aria-invalid": err ? true : undefined,
    "aria-describedby": describedBy,
    autoComplete: props.autoComplete,
  };
  return (
    <div className={styles.field}>
      <label htmlFor={id}>
        {props.label}
        {props.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {props.hint ? (
        <small id={`${id}-hint`} className={styles.hint}>
          {props.hint}
        </small>
      ) : null}
      {props.multiline ? <textarea rows={3} {...common} /> : <input type={props.type ?? "text"} inputMode={props.inputMode} {...common} />}
      {err ? (
        <small id={`${id}-err`} className={styles.fieldError}>
          {err}
        </small>
      ) : null}
    </div>
  );
}

export function Hidden({ name, value }: { name: string; value: string | number }) {
  return <input type="hidden" name={name} value={value} />;
}

/** Shows recovery codes returned by the enrolment action, once. */
export function RecoveryCodes({ state }: { state: TFormState }) {
  const codes = state.data?.recoveryCodes;
  if (!Array.isArray(codes)) return null;
  return (
    <section aria-labelledby="recovery-title" className={styles.card}>
      <h2 id="recovery-title">Your recovery codes</h2>
      <p>Each code signs you in once if you lose your phone. Store them somewhere safe now: they are not shown again.</p>
      <ul className={styles.codes} data-testid="recovery-codes">
        {codes.map((c) => (
          <li key={String(c)}>
            <code>{String(c)}</code>
          </li>
        ))}
      </ul>
      <p>
        <a href="/portal">Continue to the portal</a>
      </p>
    </section>
  );
}
