// The warning signs that need help right away: a labelled region in strong colours, with an icon, never body text.
import styles from "@/components/content/guide.module.css";
import type { TUrgentCallout } from "@/lib/content/education-es";

export function UrgentCallout({ id, callout }: { id: string; callout: TUrgentCallout }) {
  return (
    <section className={styles.urgent} aria-labelledby={id} role="region">
      <h2 id={id}>
        <svg aria-hidden="true" width="24" height="24" viewBox="0 0 24 24" className={styles.icon}>
          <path d="M12 2 1 21h22L12 2z" fill="#a61b1b" />
          <path d="M12 9v5" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" />
          <circle cx="12" cy="17.5" r="1.4" fill="#fff" />
        </svg>
        {callout.heading}
      </h2>
      <p>{callout.intro}</p>
      <ul>
        {callout.signs.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <p>{callout.action}</p>
    </section>
  );
}
