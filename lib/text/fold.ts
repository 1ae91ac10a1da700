// Folding text for matching what people type: lower case, no accents ("cifoplastía" = "cifoplastia"), words only.

export function foldForMatching(s: string): string {
  return s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
