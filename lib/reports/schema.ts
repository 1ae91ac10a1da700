// Input schema of the public "Report incorrect information" form (used by the Server Action, the operation and tests).
import { z } from "zod";
import { REPORT_TOPICS, type TReportTopic } from "@/lib/reports/topics";

export { REPORT_TOPICS, type TReportTopic };

const optionalId = z.preprocess(
  (v) => (v === "" || v === null || v === undefined ? undefined : typeof v === "string" ? Number(v) : v),
  // Ids are int4 in the database: a larger number is invalid input here, not an error there.
  z.number().int().positive().max(2_147_483_647).optional(),
);

export const ZErrorReportInput = z.object({
  physicianId: optionalId,
  locationId: optionalId,
  topic: z.enum(Object.keys(REPORT_TOPICS) as [TReportTopic, ...TReportTopic[]], { error: "Choose what is wrong." }),
  message: z
    .string({ error: "Tell us what is wrong." })
    .trim()
    .min(10, { message: "Please describe the problem in at least 10 characters." })
    .max(2000, { message: "Please keep it under 2,000 characters." }),
  reporterEmail: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.email({ message: "That email address doesn't look right." }).max(200).optional(),
  ),
  /** Honeypot: people never see or fill it; form-filling bots usually do. */
  website: z.string().max(500).optional(),
});

export type TErrorReportInput = z.input<typeof ZErrorReportInput>;
