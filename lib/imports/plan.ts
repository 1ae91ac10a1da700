// Which reader reads which member of the input (chosen by header, so a bad file is refused before anything is
// written) and the file's date (the option, else the member's or the file's name).
import path from "node:path";
import { dataYearFromName, fileDateFromName, monthFromName } from "@/lib/imports/bookkeeping";
import { nppesEntries, type TInputEntry } from "@/lib/imports/input";
import { ImportRefused, matchesLayout, type THeader } from "@/lib/imports/layouts";
import { parseUsDate } from "@/lib/imports/normalize";
import { dacReader } from "@/lib/imports/sources/dac";
import { medicareReader } from "@/lib/imports/sources/medicare";
import { nppesReader } from "@/lib/imports/sources/nppes";
import { clearUnlistedSecondaries, NPPES_SECONDARY_LAYOUT, nppesSecondaryReader } from "@/lib/imports/sources/nppes-secondary";
import type { TKeyedRow, TReader, TWriter } from "@/lib/imports/sources/reader";
import { peekHeader } from "@/lib/imports/stream";
import type { TImportSource } from "@/lib/imports/types";

export type TPlanOptions = { source: TImportSource; file: string; fileDate?: string; dataYear?: number };

/** One member of the input and the reader that reads it; `after` runs once the member is done. */
export type TStep = { entry: TInputEntry; header: THeader; reader: TReader<TKeyedRow>; after?: (w: TWriter) => Promise<void> };

/** Type-erases a reader so steps of different row types fit one list (each reader only sees its own rows). */
const erase = <R extends TKeyedRow>(r: TReader<R>): TReader<TKeyedRow> => r as unknown as TReader<TKeyedRow>;

export async function planSteps(
  o: TPlanOptions,
  entries: TInputEntry[],
  kind: "csv" | "zip",
): Promise<{ steps: TStep[]; dateName: string }> {
  const header = async (e: TInputEntry) => peekHeader(await e.open());
  if (o.source === "nppes") {
    if (kind === "zip") {
      const { main, secondary } = nppesEntries(entries);
      if (!main) {
        throw new ImportRefused(
          `No npidata_pfile_….csv in this zip (found: ${entries.map((e) => e.name).join(", ") || "no CSV files"}). Nothing was written.`,
        );
      }
      const steps: TStep[] = [{ entry: main, header: await header(main), reader: erase(nppesReader) }];
      if (secondary)
        steps.push({
          entry: secondary,
          header: await header(secondary),
          reader: erase(nppesSecondaryReader),
          after: clearUnlistedSecondaries,
        });
      for (const s of steps) s.reader.bind(s.header, () => false); // refuses a member with missing columns now
      return { steps, dateName: main.name };
    }
    const only = entries[0] as TInputEntry;
    const h = await header(only);
    const reader = matchesLayout(h, NPPES_SECONDARY_LAYOUT) ? erase(nppesSecondaryReader) : erase(nppesReader);
    reader.bind(h, () => false);
    return { steps: [{ entry: only, header: h, reader }], dateName: only.name };
  }
  let reader: TReader<TKeyedRow>;
  if (o.source === "dac") reader = erase(dacReader);
  else {
    const year = o.dataYear ?? dataYearFromName(path.basename(o.file)) ?? (entries[0] ? dataYearFromName(entries[0].name) : null);
    if (!year || year < 2000 || year > 2100)
      throw new ImportRefused(`Cannot tell the data year from "${path.basename(o.file)}": pass --year YYYY.`);
    reader = erase(medicareReader(year));
  }
  // In a zip, the member whose header fits (the publishers add data dictionaries and readmes next to the data).
  let chosen: { entry: TInputEntry; header: THeader } | undefined;
  let firstError: unknown;
  for (const e of entries) {
    const h = await header(e);
    try {
      reader.bind(h, () => false);
      chosen = { entry: e, header: h };
      break;
    } catch (err) {
      firstError ??= err;
    }
  }
  if (!chosen) throw firstError instanceof Error ? firstError : new ImportRefused("No CSV file in this zip. Nothing was written.");
  return { steps: [{ entry: chosen.entry, header: chosen.header, reader }], dateName: chosen.entry.name };
}

export function resolveFileDate(o: TPlanOptions, dateName: string): string {
  if (o.fileDate) return parseUsDate(o.fileDate) as string;
  const base = path.basename(o.file);
  const fromMember = fileDateFromName(dateName);
  const date = fromMember ?? fileDateFromName(base);
  if (!date) {
    throw new ImportRefused(
      `Cannot tell the file's date from "${base}"${dateName !== base ? ` or "${dateName}"` : ""}: pass --file-date YYYY-MM-DD (the publication date).`,
    );
  }
  const month = monthFromName(base);
  if (month && !date.startsWith(month)) {
    throw new ImportRefused(
      `${base} names ${month} but its ${dateName} is dated ${date}: pass --file-date YYYY-MM-DD to say which is right.`,
    );
  }
  return date;
}
