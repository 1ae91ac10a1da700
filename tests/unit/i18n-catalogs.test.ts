// The message catalogs: the same keys in every language, the same placeholders in each message, nothing empty,
// valid ICU that formats plurals and numbers the way each language writes them.
import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { LOCALES } from "@/lib/i18n/locales";
import { LANGUAGES } from "@/lib/physicians/languages";
import { MESSAGES, MISSING_MARKER, translator } from "@/lib/i18n/messages";

type TTree = { [k: string]: string | TTree };

function leaves(tree: TTree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

/** ICU argument names ({count, plural, …}, {label}); `#` and literal text are not arguments. */
function argumentsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*(?:[,}])/g)].map((m) => m[1] ?? ""))].sort();
}

const en = leaves(MESSAGES.en as unknown as TTree);

describe("message catalogs", () => {
  it("every key in English exists in Spanish, and every Spanish key exists in English", () => {
    const es = leaves(MESSAGES.es as unknown as TTree);
    expect([...en.keys()].filter((k) => !es.has(k))).toEqual([]);
    expect([...es.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect(en.size).toBeGreaterThan(40);
  });

  it("each message takes the same arguments in both languages, and none is empty", () => {
    const es = leaves(MESSAGES.es as unknown as TTree);
    for (const [key, message] of en) {
      const spanish = es.get(key) ?? "";
      expect(message.trim(), key).not.toBe("");
      expect(spanish.trim(), key).not.toBe("");
      expect(argumentsOf(spanish), key).toEqual(argumentsOf(message));
    }
  });

  it("the Spanish catalog is written in Spanish, not copied from English", () => {
    const es = leaves(MESSAGES.es as unknown as TTree);
    const same = [...en].filter(([k, v]) => es.get(k) === v).map(([k]) => k);
    expect(same).toEqual([]);
  });

  it("every message is valid ICU in its language", () => {
    for (const locale of LOCALES) {
      const errors: string[] = [];
      const t = createTranslator({
        locale,
        messages: MESSAGES[locale],
        onError: (e) => errors.push(e.message),
        getMessageFallback: ({ key }) => `${MISSING_MARKER} ${key}`,
      });
      for (const [key, message] of leaves(MESSAGES[locale] as unknown as TTree)) {
        const values = Object.fromEntries(argumentsOf(message).map((a) => [a, a === "count" || a === "miles" ? 3 : "x"]));
        const out = (t as (k: string, v?: Record<string, string | number>) => string)(key, values);
        expect(out, `${locale} ${key}`).not.toContain(MISSING_MARKER);
      }
      expect(errors, locale).toEqual([]);
    }
  });

  it("plurals: 1 médico, 58 médicos; 1 doctor, 58 doctors", () => {
    expect(translator("es")("Results.doctors", { count: 1 })).toBe("1 médico");
    expect(translator("es")("Results.doctors", { count: 58 })).toBe("58 médicos");
    expect(translator("es")("Results.doctors", { count: 0 })).toBe("0 médicos");
    expect(translator("es")("Results.doctors", { count: 1200 })).toBe("1200 médicos");
    expect(translator("en")("Results.doctors", { count: 1 })).toBe("1 doctor");
    expect(translator("en")("Results.doctors", { count: 58 })).toBe("58 doctors");
    expect(translator("en")("Results.doctors", { count: 1200 })).toBe("1,200 doctors");
  });

  it('names every language a physician may speak, in each language (for "Habla español")', () => {
    for (const locale of LOCALES) expect(Object.keys(MESSAGES[locale].Languages).sort(), locale).toEqual(Object.keys(LANGUAGES).sort());
    expect(MESSAGES.en.Languages.es).toBe(LANGUAGES.es);
    expect(translator("es")("Languages.es")).toBe("español");
    expect(translator("es")("Results.speaksSpanish")).toBe("Habla español");
  });

  it("a key that does not exist renders as a loud marker, never as silent text", () => {
    const t = translator("es") as unknown as (k: string) => string;
    expect(t("Results.noSuchKey")).toContain(MISSING_MARKER);
  });
});
