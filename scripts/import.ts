// npm run import -- <nppes|dac|medicare-volume> <file> [--dry-run] [--file-date YYYY-MM-DD] [--year YYYY] [--batch-size N]
import { parseArgs } from "node:util";
import { z } from "zod";
import { openScriptDatabase } from "@/lib/db/script-database";
import { formatSummary, progressPrinter } from "@/lib/imports/progress";
import { runImport } from "@/lib/imports/run-import";

const USAGE =
  "Usage: npm run import -- <nppes|dac|medicare-volume> <file> [--dry-run] [--file-date YYYY-MM-DD] [--year YYYY] [--batch-size N]";

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
});

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      "dry-run": { type: "boolean", default: false },
      "file-date": { type: "string" },
      year: { type: "string" },
      "batch-size": { type: "string" },
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
  });
  if (!parsed.success || positionals.length !== 2) {
    const issue = parsed.success
      ? "expected exactly a source and a file"
      : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    console.error(`${issue}\n${USAGE}`);
    return 2;
  }
  const a = parsed.data;
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
    });
    console.log(formatSummary(summary));
    return 0;
  } catch (e) {
    console.error(`\nImport failed: ${e instanceof Error ? e.message : String(e)}`);
    console.error("Committed batches are kept; run the same command again to resume after the last committed line.");
    return 1;
  } finally {
    await database.close();
  }
}

process.exitCode = await main();
