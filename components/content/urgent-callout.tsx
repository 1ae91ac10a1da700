// The warning signs that need help right away: a labelled region in strong colours, with an icon, never body text.
import styles from "@/components/content/guide.module.css";
import type { TGuideSection } from "@/lib/content/education-es";

export function UrgentCallout({ section }: { section: TGuideSection }) {
  return (
    <section className={styles.urgent} aria-labelledby={section.id} role="region">
      <h2 id={section.id}>
        <svg aria-hidden="true" width="24" height="24" viewBox="0 0 24 24" className={styles.icon}>
          <path d="M12 2 1 21h22L12 2z" fill="#a61b1b" />
          <path d="M12 9v5" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" />
          <circle cx="12" cy="17.5" r="1.4" fill="#fff" />
        </svg>
        {section.heading}
      </h2>
      {section.paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {section.bullets ? (
        <ul>
          {section.bullets.map((b) => (
            <li key={b}>{b}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
