// What a patient can say is wrong with a listing (plain data: the browser form imports it without zod).
export const REPORT_TOPICS = {
  PHONE: "Phone number",
  ADDRESS: "Address or location",
  HOURS: "Opening hours",
  NO_LONGER_PRACTICING: "Doctor no longer works here",
  PROCEDURES: "Procedures offered",
  ACCEPTING_NEW_PATIENTS: "Accepting new patients",
  CERTIFICATION: "Board certification",
  OTHER: "Something else",
} as const;

export type TReportTopic = keyof typeof REPORT_TOPICS;
