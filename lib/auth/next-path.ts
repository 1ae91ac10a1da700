// Where to go after signing in: only a portal path on this site, never an address elsewhere (no open redirect).

/** The path if it is a portal page on this site, else null. */
export function safeNextPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 500) return null;
  if (!value.startsWith("/portal/") && value !== "/portal") return null;
  if (value.includes("//") || value.includes("\\") || [...value].some((c) => c.charCodeAt(0) < 32)) return null;
  // Back to the sign-in steps would loop.
  if (/^\/portal\/(sign-in|mfa)(\/|\?|$)/.test(value)) return null;
  return value;
}

/** "?next=…" for a link or redirect, or "" when there is nowhere to return to. */
export function nextQuery(next: string | null | undefined): string {
  const safe = safeNextPath(next);
  return safe ? `?next=${encodeURIComponent(safe)}` : "";
}
