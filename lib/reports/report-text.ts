// The report form's words in one language, for the client form (plain strings, no message runtime in the browser),
// and the action's answers (thanks, refusals) in the language the form was sent from.
import type { TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { REPORT_TOPICS, type TReportTopic } from "@/lib/reports/topics";

export type TReportText = {
  lang: TLocale;
  heading: string;
  summary: string;
  /** With "{subject}" for the doctor's or clinic's name. */
  intro: string;
  whichLocation: string;
  notOneLocation: string;
  topic: string;
  chooseOne: string;
  topics: ReadonlyArray<{ value: TReportTopic; label: string }>;
  details: string;
  detailsHint: string;
  email: string;
  emailHint: string;
  honeypot: string;
  sending: string;
  send: string;
};

const TOPICS = Object.keys(REPORT_TOPICS).filter((k): k is TReportTopic => Object.hasOwn(REPORT_TOPICS, k));

export function reportText(locale: TLocale): TReportText {
  const t = translator(locale);
  return {
    lang: locale,
    heading: t("Report.heading"),
    summary: t("Report.summary"),
    intro: t("Report.intro", { subject: "{subject}" }),
    whichLocation: t("Report.whichLocation"),
    notOneLocation: t("Report.notOneLocation"),
    topic: t("Report.topic"),
    chooseOne: t("Report.chooseOne"),
    topics: TOPICS.map((value) => ({ value, label: t(`Report.topic${value}`) })),
    details: t("Report.details"),
    detailsHint: t("Report.detailsHint"),
    email: t("Report.email"),
    emailHint: t("Report.emailHint"),
    honeypot: t("Report.honeypot"),
    sending: t("Report.sending"),
    send: t("Report.send"),
  };
}

const FIELD_MESSAGE = new Map<string, "errorTopic" | "errorMessage" | "errorEmail">([
  ["topic", "errorTopic"],
  ["message", "errorMessage"],
  ["reporterEmail", "errorEmail"],
]);

/** The action's answers in `locale`: English keeps the operation's own messages; Spanish says the same per field. */
export function reportAnswers(locale: TLocale) {
  const t = translator(locale);
  return {
    sent: t("Report.sent"),
    failed: (english: string) => (locale === "en" ? english : t("Report.failed")),
    field: (field: string, english: string) => {
      if (locale === "en") return english;
      return t(`Report.${FIELD_MESSAGE.get(field) ?? "errorOther"}`);
    },
  };
}
