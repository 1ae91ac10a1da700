// "Before you call": whether a referral is usually needed, what to bring and what to ask. Shown on profiles (open)
// and under the results (folded). Plain server markup; every sentence is in TEXT for translation.

const TEXT = {
  title: "Before you call",
  referralTitle: "Do I need a referral?",
  referral:
    "Often, yes. Many interventional radiologists see patients sent by another doctor, and some insurance plans (most HMOs) require a referral before they pay. Medicare Part B usually does not. Ask the office, and ask your own doctor to send your scans.",
  bringTitle: "What to have ready",
  bring: [
    "The reports (and discs, if you have them) of recent x-rays, MRI or CT scans of your spine",
    "A list of your medicines, especially blood thinners such as warfarin, apixaban or clopidogrel",
    "Your insurance card and your referring doctor’s name",
    "When the pain started, and whether there was a fall or injury",
  ],
  askTitle: "Questions to ask when you call",
  ask: [
    "Does the doctor perform this procedure here, and how often?",
    "Is the doctor taking new patients, and how soon is the first visit?",
    "Do I need a referral or new scans first?",
    "Is the practice in my insurance network? Does it accept Medicare?",
    "Where is the procedure done, and will I go home the same day?",
  ],
};

export function NextSteps({ folded = true }: { folded?: boolean }) {
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
