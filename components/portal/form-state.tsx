"use client";
// Form plumbing for portal forms: a Server Action's state shared with fields, what was typed kept after every error
// (validation, conflict, ended session), an error summary linking each field, focus moved to the result.
import { createContext, useActionState, useContext, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { IDLE, type TFormState } from "@/lib/forms/form-state";
import { fieldLabel, showValue } from "@/lib/text/field-labels";
import styles from "./portal.module.css";

const StateContext = createContext<TFormState>(IDLE);
/** What was typed in the last submission, every value per name (checkbox groups): fields refill from it after errors. */
const ValuesContext = createContext<Record<string, string[]>>({});
/** Prefix of this form's field ids, so the error summary can link to each field. */
const FormIdContext = createContext("form");

type TAction = (prev: TFormState, fd: FormData) => Promise<TFormState>;

export function ActionForm(props: {
  action: TAction;
  submitLabel: string;
  children?: ReactNode;
  /** Extra submit buttons (e.g. approve / reject) replace the default one. */
  buttons?: ReactNode;
  label?: string;
  /** A stable id prefix for the fields (defaults to one derived from the label). */
  id?: string;
  onDone?: (state: TFormState) => ReactNode;
  /** Queue cards: once done, only the confirmation stays. */
  hideWhenDone?: boolean;
  /**
   * The record it acts on is no longer actionable (e.g. a request already withdrawn): render nothing — unless this
   * form just did it, so its confirmation (which has focus) survives the page refreshing around it.
   */
  inactive?: boolean;
  /** Shown after the form once it succeeded, e.g. an undo for a decision just made. */
  afterDone?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(props.action, IDLE);
  const [submitted, setSubmitted] = useState<Record<string, string[]>>({});
  const reactId = useId().replace(/[^A-Za-z0-9]/g, "");
  const formId = props.id ?? `f${reactId}`;
  const done = state.status === "ok" && props.hideWhenDone;
  if (props.inactive && state.status === "idle") return null;
  return (
    <>
      <form
        action={formAction}
        className={styles.form}
        aria-label={props.label}
        aria-busy={pending}
        id={formId}
        noValidate
        onSubmit={(e) => {
          const values: Record<string, string[]> = {};
          for (const [k, v] of new FormData(e.currentTarget).entries()) if (typeof v === "string") (values[k] ??= []).push(v);
          setSubmitted(values);
        }}
      >
        {done ? null : (
          <FormIdContext.Provider value={formId}>
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
          </FormIdContext.Provider>
        )}
        <FormMessage state={state} formId={formId} typed={submitted} />
        {state.status === "ok" && props.onDone ? props.onDone(state) : null}
      </form>
      {state.status === "ok" ? props.afterDone : null}
    </>
  );
}

/** Where to send someone whose session ended, so they come back to this page after signing in. */
function signInHref(): string {
  const here = typeof window === "undefined" ? "/portal" : `${window.location.pathname}${window.location.search}`;
  return `/portal/sign-in?next=${encodeURIComponent(here)}`;
}

/** What was typed for a field named in a conflict: hours are spread over per-day inputs. */
function typedFor(key: string, typed: Record<string, string[]>): string | undefined {
  if (key === "hours") {
    const parts = [0, 1, 2, 3, 4, 5, 6].flatMap((d) => {
      const opens = typed[`open_${d}`] ?? [];
      const closes = typed[`close_${d}`] ?? [];
      return opens.flatMap((o, i) => (o && closes[i] ? [{ day: d, open: o, close: closes[i] }] : []));
    });
    return showValue(parts);
  }
  const v = typed[key];
  if (!v) return undefined;
  return v.length > 1 ? v.join(", ") : v[0];
}

export function FormMessage({ state, formId, typed = {} }: { state: TFormState; formId?: string; typed?: Record<string, string[]> }) {
  const ref = useRef<HTMLDivElement>(null);
  // Focus moves to the result of each submission, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (state.status !== "idle") ref.current?.focus();
  }, [state]);
  const errors = state.status === "error" ? Object.entries(state.fieldErrors ?? {}) : [];
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role={state.status === "error" ? "alert" : "status"}
      aria-live="polite"
      className={state.status === "error" ? styles.error : styles.ok}
    >
      {state.message ? <p>{state.message}</p> : null}
      {errors.length > 0 ? (
        <ul className={styles.errorSummary}>
          {errors.map(([name, message]) => (
            <li key={name}>
              <a href={`#${formId ?? "form"}-${name.split(".")[0]}`}>{message}</a>
            </li>
          ))}
        </ul>
      ) : null}
      {state.code === "UNAUTHORIZED" ? (
        <p>
          <a href={signInHref()} target="_blank" rel="noreferrer">
            Sign in again (opens a new tab)
          </a>
          , then come back here and send the form again: what you typed is still here.
        </p>
      ) : null}
      {state.conflict?.current ? (
        <div className={styles.conflict}>
          <p>Compare what you typed with the values now on file. Your typing is kept in the form: adjust it and send again.</p>
          <table className={styles.diff}>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">You typed</th>
                <th scope="col">Now on file</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(state.conflict.current)
                .filter(([k]) => !["lat", "lng", "geocodePrecision"].includes(k))
                .map(([k, v]) => {
                  const mine = typedFor(k, typed);
                  const differs = mine !== undefined && mine !== showValue(v);
                  return (
                    <tr key={k} className={differs ? styles.changedRow : undefined}>
                      <th scope="row">{fieldLabel(k)}</th>
                      <td>{mine ?? "—"}</td>
                      <td>{showValue(v)}</td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

/**
 * Whether the last submission's error touches any of these fields (`hours` matches `hours.day1`), or was a version
 * conflict (which compares every field): a collapsed part of the form opens so the marked fields can be seen. Returns
 * that submission's state (a new object per submission), else null.
 */
export function useErrorTouches(fields: readonly string[]): TFormState | null {
  const state = useContext(StateContext);
  if (state.status !== "error") return null;
  if (state.conflict?.current) return state;
  return Object.keys(state.fieldErrors ?? {}).some((k) => fields.some((f) => k === f || k.startsWith(`${f}.`))) ? state : null;
}

/** The typed value of a field after an error, else the given default. */
export function useTyped(name: string): string[] | undefined {
  return useContext(ValuesContext)[name];
}

/** The error message for a field (or a field group such as `hours.day1`). */
export function useFieldError(name: string): string | undefined {
  const state = useContext(StateContext);
  return state.status === "error" ? state.fieldErrors?.[name] : undefined;
}

export function useFieldId(name: string): string {
  return `${useContext(FormIdContext)}-${name}`;
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
  /** Shown under the field, e.g. a pending proposal. */
  note?: ReactNode;
}) {
  const typed = useTyped(props.name);
  const err = useFieldError(props.name);
  const id = useFieldId(props.name);
  const describedBy =
    [props.hint ? `${id}-hint` : null, props.note ? `${id}-note` : null, err ? `${id}-err` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name: props.name,
    // Passwords are never put back into the page.
    defaultValue: props.type !== "password" && typed ? typed[0] : (props.defaultValue ?? ""),
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
      {props.note ? (
        <small id={`${id}-note`} className={styles.pendingNote}>
          {props.note}
        </small>
      ) : null}
      {err ? (
        <small id={`${id}-err`} className={styles.fieldError}>
          {err}
        </small>
      ) : null}
    </div>
  );
}

/** A yes / no / not stated select that keeps its typed value after an error. */
export function YesNoSelect(props: { name: string; label: string; value: boolean | null; note?: ReactNode }) {
  const typed = useTyped(props.name);
  const id = useFieldId(props.name);
  const err = useFieldError(props.name);
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{props.label}</label>
      {/* Keyed by the value to show: React applies a select's defaultValue only when it mounts, and the form reset
          after an action would otherwise bring back the stored value instead of what was typed. */}
      <select
        key={typed?.[0] ?? "stored"}
        id={id}
        name={props.name}
        defaultValue={typed?.[0] ?? (props.value === null ? "unknown" : props.value ? "yes" : "no")}
        aria-describedby={props.note ? `${id}-note` : undefined}
        aria-invalid={err ? true : undefined}
      >
        <option value="yes">Yes</option>
        <option value="no">No</option>
        <option value="unknown">Not stated</option>
      </select>
      {props.note ? (
        <small id={`${id}-note`} className={styles.pendingNote}>
          {props.note}
        </small>
      ) : null}
    </div>
  );
}

/** A checkbox of a group (procedures, languages) that keeps the typed choice after an error. */
export function GroupCheckbox(props: { name: string; value: string; checked: boolean; children: ReactNode }) {
  const values = useContext(ValuesContext);
  // After an error, what was ticked then (possibly nothing) wins over the stored value.
  const checked = Object.keys(values).length > 0 ? (values[props.name] ?? []).includes(props.value) : props.checked;
  return (
    <label className={styles.check}>
      <input type="checkbox" name={props.name} value={props.value} defaultChecked={checked} /> {props.children}
    </label>
  );
}

/** A labelled group of radio buttons (one choice) that keeps the typed choice after an error. */
export function RadioGroup(props: {
  name: string;
  legend: string;
  value: string;
  options: Array<{ value: string; label: string; hint?: string }>;
}) {
  const typed = useTyped(props.name);
  const err = useFieldError(props.name);
  const id = useFieldId(props.name);
  const chosen = typed?.[0] ?? props.value;
  return (
    <fieldset id={id} className={styles.fieldset} aria-invalid={err ? true : undefined} aria-describedby={err ? `${id}-err` : undefined}>
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        // Keyed by the choice shown: defaultChecked applies only when the input mounts.
        <label key={`${o.value}:${chosen}`} className={styles.check}>
          <input type="radio" name={props.name} value={o.value} defaultChecked={o.value === chosen} />
          <span>
            {o.label}
            {o.hint ? <small className={styles.hint}> — {o.hint}</small> : null}
          </span>
        </label>
      ))}
      {err ? (
        <small id={`${id}-err`} className={styles.fieldError}>
          {err}
        </small>
      ) : null}
    </fieldset>
  );
}

/** A time input that keeps its typed value after an error. `index` picks the n-th input of the same name (split shifts). */
export function TimeInput(props: { name: string; index?: number; value: string; label: string; invalid?: boolean }) {
  const typed = useTyped(props.name);
  const ctxValues = useContext(ValuesContext);
  const hasTyped = Object.keys(ctxValues).length > 0;
  return (
    <input
      type="time"
      name={props.name}
      aria-label={props.label}
      aria-invalid={props.invalid ? true : undefined}
      defaultValue={hasTyped ? (typed?.[props.index ?? 0] ?? "") : props.value}
    />
  );
}

/** A hidden field; the record version follows a conflict's current version, so sending again applies to what is on file. */
export function Hidden({ name, value }: { name: string; value: string | number }) {
  const state = useContext(StateContext);
  const conflict = state.status === "error" ? state.conflict : undefined;
  if (conflict && name === "version" && conflict.currentVersion) return <input type="hidden" name={name} value={conflict.currentVersion} />;
  // After a conflict the form is based on the pending request now on file (or on none).
  if (conflict && name === "basedOnRequest" && conflict.pending !== undefined)
    return conflict.pending ? <input type="hidden" name={name} value={conflict.pending.id} /> : null;
  return <input type="hidden" name={name} value={value} />;
}

/** The pending request a record's form shows, so the operation can tell a stale form from an informed one. */
export function BasedOn({ pendingId }: { pendingId: number | undefined }) {
  const state = useContext(StateContext);
  if (pendingId === undefined && !(state.status === "error" && state.conflict?.pending)) return null;
  return <Hidden name="basedOnRequest" value={pendingId ?? 0} />;
}

/** Shows recovery codes returned by the enrolment action, once, with copy, download and print. */
export function RecoveryCodes({ state, continueHref = "/portal" }: { state: TFormState; continueHref?: string }) {
  const codes = state.data?.recoveryCodes;
  const [copied, setCopied] = useState(false);
  if (!Array.isArray(codes)) return null;
  const text = codes.map(String).join("\n");
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
      <div className={styles.actions}>
        <button
          type="button"
          className={styles.secondary}
          onClick={() => {
            void navigator.clipboard?.writeText(text).then(() => setCopied(true));
          }}
        >
          {copied ? "Copied" : "Copy codes"}
        </button>
        <a
          className={styles.secondary}
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(`IR Finder recovery codes\n\n${text}\n`)}`}
          download="ir-finder-recovery-codes.txt"
        >
          Download as a text file
        </a>
        <button type="button" className={styles.secondary} onClick={() => window.print()}>
          Print
        </button>
      </div>
      <p>
        <a href={continueHref}>I have saved them: continue</a>
      </p>
    </section>
  );
}
