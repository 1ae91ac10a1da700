// The warning signs that need help right away: a labelled region in strong colours, with an icon, never body text.
import type { TEducationSection } from "@/lib/content/education";

export function UrgentCallout({ section }: { section: TEducationSection }) {
  return (
    <section className="urgent-callout" aria-labelledby={section.id}>
      <h2 id={section.id}>
        <span className="urgent-callout__icon" aria-hidden="true">
          !
        </span>
        {section.heading}
      </h2>
      {section.paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {section.bullets ? (
        <ul>
          {section.bullets.map((b, i) => (
            <li key={i}>{b}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
