// Input schemas for physician look-ups.
import { z } from "zod";

/** A numeric id or a slug. */
export const ZPhysicianKey = z
  .string()
  .trim()
  .min(1)
  .max(200, { message: "physician id or slug is too long" })
  .regex(/^(\d{1,9}|[a-z0-9]+(?:-[a-z0-9]+)*)$/, { message: "physician must be a numeric id or a slug like jane-doe-md-1234567893" })
  // All digits means an id; ids are int4, so a longer number is refused here rather than by the database.
  .refine((v) => !/^\d+$/.test(v) || Number(v) <= 2_147_483_647, { message: "physician id is out of range" })
  .transform((v) => (/^\d+$/.test(v) ? { id: Number(v) } : { slug: v }));

export type TPhysicianKey = z.infer<typeof ZPhysicianKey>;
