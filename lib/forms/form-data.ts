// FormData → the plain input object an operation parses. Decoding is declared with zod field decoders (first value,
// all values, checkbox, yes/no/unknown), never written by hand per action; validation stays with the operation.
import { z } from "zod";
import { fromZodError } from "@/lib/errors";

/** Every form field's values, by name; Next's own `$ACTION…` fields and file uploads are left out. */
type TFieldValues = Record<string, string[]>;

function fieldValues(fd: FormData): TFieldValues {
  const out: TFieldValues = {};
  for (const [k, v] of fd.entries()) {
    if (typeof v !== "string" || k.startsWith("$ACTION")) continue;
    (out[k] ??= []).push(v);
  }
  return out;
}

const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);

/** The field's first value, or undefined when the form did not send it. */
export const fText = z.preprocess(first, z.string().optional());
/** The field's first value; "" when absent (an emptied optional field means "none" to the operation). */
export const fTextOrEmpty = z.preprocess(first, z.string().default(""));
/** Every value of a repeated field (checkbox groups, multi-selects); [] when none is ticked. */
export const fList = z.preprocess((v) => (v === undefined ? [] : v), z.array(z.string()));
/** A checkbox: true when ticked. */
export const fCheckbox = z.preprocess(first, z.string().optional()).transform((v) => v === "on");
/** A yes / no / don't know select: true, false or null. */
export const fYesNo = z.preprocess(first, z.string().optional()).transform((v) => (v === "yes" ? true : v === "no" ? false : null));
/** A number field (map coordinates); NaN for a non-number, which the operation's schema then refuses. */
export const fNumber = z.preprocess(first, z.string().optional()).transform((v) => (v === undefined || v === "" ? undefined : Number(v)));

/** Decodes a submitted form with a decoder built from the field decoders above. */
export function decodeForm<S extends z.ZodType>(decoder: S, fd: FormData): z.output<S> {
  const parsed = decoder.safeParse(fieldValues(fd));
  if (!parsed.success) throw fromZodError(parsed.error, "form");
  return parsed.data;
}
