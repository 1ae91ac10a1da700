// Whether a doctor takes new patients at a location: yes, no, or "call to ask" when nobody has told us.
export function AcceptingStatus({ value }: { value: boolean | null }) {
  if (value === true) return <span className="pill pill--yes">Accepting new patients</span>;
  if (value === false) return <span className="pill pill--no">Not accepting new patients</span>;
  return <span className="pill pill--neutral">New patients: call to ask</span>;
}
