// National Provider Identifier format and check digit (Luhn over the 80840 card-issuer prefix, per CMS).
import { z } from "zod";

/** The check digit for the first nine digits of an NPI. */
export function npiCheckDigit(first9: string): number {
  if (!/^\d{9}$/.test(first9)) throw new Error("npiCheckDigit needs exactly nine digits");
  // Luhn: double every second digit from the right of the 9 digits; the 80840 prefix adds a constant 24.
  let sum = 24;
  for (let i = 0; i < 9; i++) {
    let d = first9.charCodeAt(8 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** True for ten digits whose last is the right check digit. Real NPIs start with 1 or 2; see `isIssuableNpi`. */
export function hasValidNpiCheckDigit(npi: string): boolean {
  return /^\d{10}$/.test(npi) && npiCheckDigit(npi.slice(0, 9)) === npi.charCodeAt(9) - 48;
}

/** An NPI CMS could have issued: 10 digits, first digit 1 or 2, valid check digit. */
export function isIssuableNpi(npi: string): boolean {
  return /^[12]/.test(npi) && hasValidNpiCheckDigit(npi);
}

/** Demo NPIs start with 9, which CMS never issues, so they can never collide with a real provider. */
export function demoNpi(sequence: number): string {
  const first9 = `9${String(sequence).padStart(8, "0")}`;
  return first9 + String(npiCheckDigit(first9));
}

/** An NPI typed into a form: ten digits CMS could have issued. */
export const ZNpi = z
  .string()
  .trim()
  .regex(/^\d{10}$/, "An NPI has 10 digits.")
  .refine(isIssuableNpi, "This is not a valid NPI (check the digits).");
