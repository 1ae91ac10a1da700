// How a physician is named and addressed in URLs: one full-name format and one slug rule for every writer.
import { slugify } from "@/lib/text/slugify";

export type TPersonName = { firstName: string; middleName?: string | null; lastName: string };

/** "First Middle Last", leaving out a missing middle name. */
export function fullName(p: TPersonName): string {
  return [p.firstName, p.middleName, p.lastName].filter(Boolean).join(" ");
}

/**
 * The physician's URL slug: name, credentials and NPI. The NPI makes it unique, so every writer (importer, demo
 * seed, clinic edits) can derive it without a lookup.
 */
export function physicianSlug(p: { firstName: string; lastName: string; credentials?: string | null; npi: string }): string {
  return slugify(`${p.firstName} ${p.lastName} ${p.credentials ?? ""} ${p.npi}`);
}
