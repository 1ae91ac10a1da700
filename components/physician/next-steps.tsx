// "Before you call": whether a referral is usually needed, what to bring and what to ask. Shown on profiles (open)
// and under the results (folded). Plain server markup; the sentences come from the NextSteps catalog namespace.
import type { TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";

function nextStepsText(locale: TLocale) {
  const t = translator(locale);
  return {
    title: t("NextSteps.title"),
    referralTitle: t("NextSteps.referralTitle"),
    referral: t("NextSteps.referral"),
    bringTitle: t("NextSteps.bringTitle"),
    bring: [t("NextSteps.bring1"), t("NextSteps.bring2"), t("NextSteps.bring3"), t("NextSteps.bring4")],
    askTitle: t("NextSteps.askTitle"),
    ask: [t("NextSteps.ask1"), t("NextSteps.ask2"), t("NextSteps.ask3"), t("NextSteps.ask4"), t("NextSteps.ask5")],
  };
}

export function NextSteps({ folded = true, locale = "en" }: { folded?: boolean; locale?: TLocale }) {
  const TEXT = nextStepsText(locale);
  const body = (
    <div className="next-steps__body">
      <h3>{TEXT.referralTitle}</h3>
      <p>{TEXT.referral}</p>
      <h3>{TEXT.bringTitle}</h3>
      <ul>
        {TEXT.bring.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <h3>{TEXT.askTitle}</h3>
      <ul>
        {TEXT.ask.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
    </div>
  );
  if (folded) {
    return (
      <details className="next-steps card">
        <summary>
          <h2 className="next-steps__title">{TEXT.title}</h2>
        </summary>
        {body}
      </details>
    );
  }
  return (
    <section className="next-steps card" aria-labelledby="next-steps-heading">
      <h2 id="next-steps-heading" className="next-steps__title">
        {TEXT.title}
      </h2>
      {body}
    </section>
  );
}
