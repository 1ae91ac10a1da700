// Finds an importer's columns by header name across every published spelling of a file, or refuses the file
// before anything is written, naming the missing columns and the layouts it knows.

/** A file the importer will not load; thrown before any row is written, so nothing needs undoing. */
export class ImportRefused extends Error {
  override name = "ImportRefused";
}

/**
 * Header names compared without case, spaces, underscores, hyphens or punctuation: CMS has shipped
 * "ZIP Code" and "zip_code", and the NPPES secondary-location file spells the same prefix three ways
 * ("Address- Address Line 1", "Address-  Address Line 2", "Address - City Name").
 */
export function headerKey(name: string): string {
  return name
    .replace(/^\ufeff/, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

export type THeader = { names: string[]; index: Map<string, number> };

export function readHeader(fields: string[]): THeader {
  const index = new Map<string, number>();
  fields.forEach((f, i) => {
    const k = headerKey(f);
    if (!index.has(k)) index.set(k, i);
  });
  return { names: fields, index };
}

/** One column: the spellings it has had (first = current) and whether the importer can do without it. */
export type TColumn = { names: readonly string[]; optional?: true };
export type TColumns = Record<string, TColumn>;

/** A layout: what it is called in messages, and the releases whose headers it covers. */
export type TLayout<C extends TColumns> = { what: string; releases: readonly string[]; columns: C };

export type TResolved<C extends TColumns> = {
  [K in keyof C]: C[K] extends { optional: true } ? number | undefined : number;
};

export function findColumn(header: THeader, col: TColumn): number | undefined {
  for (const n of col.names) {
    const i = header.index.get(headerKey(n));
    if (i !== undefined) return i;
  }
  return undefined;
}

/** Column indexes for a layout; refuses with every missing required column at once. */
export function resolveLayout<C extends TColumns>(header: THeader, layout: TLayout<C>): TResolved<C> {
  const out: Record<string, number | undefined> = {};
  const missing: string[] = [];
  for (const [key, col] of Object.entries(layout.columns)) {
    const i = findColumn(header, col);
    if (i === undefined && !col.optional) missing.push(col.names.map((n) => `"${n}"`).join(" or "));
    out[key] = i;
  }
  if (missing.length) {
    throw new ImportRefused(
      `This does not look like ${layout.what}: missing column(s) ${missing.join(", ")}. ` +
        `Layouts this importer reads: ${layout.releases.join("; ")}. Nothing was written.`,
    );
  }
  return out as TResolved<C>;
}

/** True when the header has every required column of the layout (used to tell files in a zip apart). */
export function matchesLayout<C extends TColumns>(header: THeader, layout: TLayout<C>): boolean {
  return Object.values(layout.columns).every((c) => c.optional || findColumn(header, c) !== undefined);
}
