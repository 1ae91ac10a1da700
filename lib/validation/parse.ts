// Parses input with a zod schema at an operation's boundary: the one place input becomes a typed value.
import type { z } from "zod";
import { fromZodError } from "@/lib/errors";

/** Parses `value` with `schema`, or throws VALIDATION_FAILED naming `what` and each bad field. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw fromZodError(parsed.error, what);
  return parsed.data;
}
