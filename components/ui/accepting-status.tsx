// What patients most need to know before calling, per doctor per location: new patients, telehealth and Medicare
// assignment — yes, no, or "ask the office" when no source has said (unknown is never shown as no).
export function AcceptingStatus({ value }: { value: boolean | null }) {
  if (value === true) return <span className="pill pill--yes">Accepting new patients</span>;
  if (value === false) return <span className="pill pill--no">Not accepting new patients</span>;
  return <span className="pill pill--neutral">New patients: call to ask</span>;
}

export function TelehealthStatus({ value }: { value: boolean | null }) {
  if (value === true) return <span className="pill pill--neutral">Telehealth visits</span>;
  if (value === false) return <span className="pill pill--neutral">No telehealth visits</span>;
  return <span className="pill pill--neutral">Telehealth: ask the office</span>;
}

/** "Accepts Medicare assignment": the doctor takes Medicare's approved amount as full payment (CMS `ind_assgn`). */
export function MedicareAssignmentStatus({ value, asOf }: { value: boolean | null; asOf?: string }) {
  const when = asOf ? ` (CMS, ${asOf})` : "";
  if (value === true) return <span className="pill pill--yes">Accepts Medicare assignment{when}</span>;
  if (value === false) return <span className="pill pill--neutral">Does not accept Medicare assignment{when}</span>;
  return <span className="pill pill--neutral">Medicare assignment: ask the office</span>;
}
