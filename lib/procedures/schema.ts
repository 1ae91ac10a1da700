// Query and response schemas of GET /api/v1/procedures (the procedures and conditions the directory filters by).
import { z } from "zod";
import { ZLang } from "@/lib/i18n/schema";

export const ZProcedureListQuery = z.object({ lang: ZLang });

export const ZProcedureList = z
  .object({
    procedures: z.array(
      z.object({
        slug: z.string().meta({ examples: ["kyphoplasty"] }),
        name: z.string(),
        summary: z.string(),
        cptCodes: z
          .array(z.string())
          .meta({ description: "CPT/HCPCS codes billed for the procedure", examples: [["22513", "22514", "22515"]] }),
        synonyms: z.array(z.string()),
      }),
    ),
    conditions: z.array(
      z.object({
        slug: z.string().meta({ examples: ["vertebral-compression-fracture"] }),
        name: z.string(),
        summary: z.string(),
        synonyms: z.array(z.string()),
        procedures: z.array(z.object({ slug: z.string(), name: z.string() })).meta({ description: "procedures that treat it" }),
      }),
    ),
  })
  .meta({ id: "ProcedureList" });

export type TProcedureList = z.infer<typeof ZProcedureList>;
