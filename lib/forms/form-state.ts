// What a portal Server Action returns to its form: success text, or an error with per-field messages / conflict data.
export type TFormState = {
  status: "idle" | "ok" | "error";
  message?: string;
  /** The error code (UNAUTHORIZED shows a sign-in link that comes back to the page). */
  code?: string;
  fieldErrors?: Record<string, string>;
  /** For version conflicts: the record's current values and version, so the form can show them. */
  conflict?: { currentVersion?: number; current?: Record<string, unknown>; pending?: { id: number } | null };
  /** Extra data some forms show once (recovery codes). */
  data?: Record<string, unknown>;
};

export const IDLE: TFormState = { status: "idle" };
