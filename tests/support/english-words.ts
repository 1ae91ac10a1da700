// Finds English left in Spanish text: common English function words that are not also Spanish words.

const ENGLISH_ONLY = new Set(
  (
    "the and with your you for this that what how near find is are of to from about when who it its on in at by or " +
    "we our they them their was were be been have had will would can could should may might not doctor's " +
    "doctors page questions ask treatment procedure procedures condition conditions fractures search results home skip " +
    "main content here more open developers clinics " +
    "all some other one only also just than then there these those which while after before into out up down over"
  ).split(" "),
);
// Words that are the same in both languages or are names ("no", "IR Finder", "Medicare", "CPT").
const SHARED = new Set(["no", "a", "ir", "finder", "medicare", "cpt", "sirt", "tace", "y", "e", "o", "mi", "me", "con", "sin"]);

/** The English words found in `text`, lower-cased, in order of first appearance. */
export function englishWordsIn(text: string): string[] {
  const words = text.toLowerCase().match(/[a-zà-ÿ']+/g) ?? [];
  return [...new Set(words.filter((w) => ENGLISH_ONLY.has(w) && !SHARED.has(w)))];
}
