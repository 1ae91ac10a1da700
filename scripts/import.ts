// npm run import -- <nppes|dac|medicare-volume> <file> [--dry-run] [--file-date YYYY-MM-DD] [--year YYYY] [--batch-size N]
//   [--rejects <file.csv>]: loads a public file (CSV or the publisher's zip); docs/importing.md.
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { openScriptDatabase } from "@/lib/db/script-database";
import { formatSummary, progressPrinter } from "@/lib/imports/progress";
import { ImportRefused } from "@/lib/imports/layouts";
import { ImportFailed, runImport } from "@/lib/imports/run-import";

const USAGE =
  "Usage: npm run import -- <nppes|dac|medicare-volume> <file.csv|file.zip> [--dry-run] [--file-date YYYY-MM-DD] [--year YYYY] " +
  "[--batch-size N] [--rejects rejected.csv]";

const ZArgs = z.object({
  source: z.enum(["nppes", "dac", "medicare-volume"]),
  file: z.string().min(1),
  dryRun: z.boolean(),
  fileDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD")
    .optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  batchSize: z.coerce.number().int().min(1).max(100_000).optional(),
  rejects: z.string().min(1).optional(),
});

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      "dry-run": { type: "boolean", default: false },
      "file-date": { type: "string" },
      year: { type: "string" },
      "batch-size": { type: "string" },
      rejects: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const parsed = ZArgs.safeParse({
    source: positionals[0],
    file: positionals[1],
    dryRun: values["dry-run"],
    fileDate: values["file-date"],
    year: values.year,
    batchSize: values["batch-size"],
    rejects: values.rejects,
  });
  if (!parsed.success || positionals.length !== 2) {
    const issue = parsed.success
      ? "expected exactly a source and a file"
      : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    console.error(`${issue}\n${USAGE}`);
    return 2;
  }
  const a = parsed.data;
  // Every rejected row goes to a CSV next to where the operator ran the command, named after the file.
  const rejectsFile = a.rejects ?? path.resolve(`${path.basename(a.file).replace(/\.(csv|zip)$/i, "")}.rejected.csv`);
  const database = await openScriptDatabase({ log: (m) => console.error(m) });
  try {
    const summary = await runImport({
      pool: database.pool,
      source: a.source,
      file: a.file,
      dryRun: a.dryRun,
      fileDate: a.fileDate,
      dataYear: a.year,
      batchSize: a.batchSize,
      onProgress: progressPrinter(process.stderr),
      rejectsFile,
    });
    console.log(formatSummary(summary));
    return 0;
  } catch (e) {
    if (e instanceof ImportRefused) {
      console.error(`\nImport refused: ${e.message}`);
      return 2;
    }
    console.error(`\nImport failed: ${e instanceof Error ? e.message : String(e)}`);
    if (e instanceof ImportFailed && e.committed) {
      console.error(`Committed batches are kept${e.resumeAfter ? ` (up to ${e.resumeAfter})` : ""}; run the same command again to resume.`);
    } else {
      console.error("Nothing was written (no batch had been committed); fix the cause and run the command again.");
    }
    return 1;
  } finally {
    await database.close();
  }
}

process.exitCode = await main();
