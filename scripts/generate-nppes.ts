// npm run generate:nppes -- <out.csv> [--rows N] [--ir-share 0.01] [--seed S]: a large synthetic file in the NPPES layout
// (all 330 columns, every field quoted as CMS does) for benchmarks. Invented people; NPIs pass the check digit.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { NPPES_HEADER, nppesLine, providerFields } from "@/lib/imports/nppes-header";
import { npiCheckDigit } from "@/lib/physicians/npi";
import { prng } from "@/lib/text/prng";
import { usZips } from "../prisma/seed/zips";

const LAST = [
  "SMITH",
  "JOHNSON",
  "WILLIAMS",
  "BROWN",
  "JONES",
  "GARCIA",
  "MILLER",
  "DAVIS",
  "RODRIGUEZ",
  "MARTINEZ",
  "HERNANDEZ",
  "LOPEZ",
  "GONZALEZ",
  "WILSON",
  "ANDERSON",
  "THOMAS",
  "TAYLOR",
  "MOORE",
  "JACKSON",
  "MARTIN",
  "LEE",
  "NGUYEN",
];
const FIRST = [
  "JAMES",
  "MARY",
  "ROBERT",
  "PATRICIA",
  "JOHN",
  "JENNIFER",
  "MICHAEL",
  "LINDA",
  "DAVID",
  "ELIZABETH",
  "WEI",
  "PRIYA",
  "CARLOS",
  "AISHA",
  "OMAR",
  "YUKI",
  "SOFIA",
  "IVAN",
];
const OTHER_TAXONOMIES = [
  "207Q00000X",
  "207R00000X",
  "208D00000X",
  "363L00000X",
  "207RC0000X",
  "2085R0202X",
  "163W00000X",
  "261QP2300X",
  "332B00000X",
  "208600000X",
  "207X00000X",
  "225100000X",
];
const STREETS = ["MAIN ST", "OAK AVE", "MAPLE DR", "PARK BLVD", "CEDAR LN", "HOSPITAL DR", "MEDICAL CENTER PKWY", "ELM ST"];

export async function generateNppes(
  out: string,
  opts: { rows: number; irShare: number; seed?: number },
): Promise<{ rows: number; ir: number }> {
  const rand = prng(opts.seed ?? 7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const zips = usZips();
  const stream = createWriteStream(out);
  const write = async (s: string) => {
    if (!stream.write(s)) await once(stream, "drain");
  };
  await write(`${nppesLine(Object.fromEntries(NPPES_HEADER.map((h) => [h, h])))}\n`);
  let ir = 0;
  let buf: string[] = [];
  for (let i = 0; i < opts.rows; i++) {
    const first9 = `1${String(10_000_000 + i).padStart(8, "0")}`;
    const npi = first9 + String(npiCheckDigit(first9));
    const isIr = rand() < opts.irShare;
    if (isIr) ir++;
    const z = pick(zips);
    const taxonomies = isIr ? (rand() < 0.5 ? ["2085R0202X", "2085R0204X"] : ["2085R0204X"]) : [pick(OTHER_TAXONOMIES)];
    if (!isIr && rand() < 0.3) taxonomies.push(pick(OTHER_TAXONOMIES));
    buf.push(
      nppesLine(
        providerFields({
          npi,
          last: pick(LAST),
          first: pick(FIRST),
          credential: rand() < 0.8 ? "M.D." : "D.O.",
          gender: rand() < 0.5 ? "F" : "M",
          taxonomies,
          address1: `${1 + Math.floor(rand() * 9000)} ${pick(STREETS)}`,
          address2: rand() < 0.3 ? `SUITE ${100 + Math.floor(rand() * 800)}` : "",
          city: z.city.toUpperCase(),
          state: z.state,
          zip: `${z.zip}${String(Math.floor(rand() * 10000)).padStart(4, "0")}`,
          phone: `${200 + Math.floor(rand() * 700)}5550${String(100 + Math.floor(rand() * 99)).slice(0, 3)}`,
          deactivation: rand() < 0.005 ? "03/01/2020" : "",
        }),
      ),
    );
    if (buf.length === 2000) {
      await write(`${buf.join("\n")}\n`);
      buf = [];
    }
  }
  if (buf.length) await write(`${buf.join("\n")}\n`);
  stream.end();
  await once(stream, "finish");
  return { rows: opts.rows, ir };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { rows: { type: "string", default: "1000000" }, "ir-share": { type: "string", default: "0.01" }, seed: { type: "string" } },
  });
  const out = positionals[0];
  const rows = Number(values.rows);
  const irShare = Number(values["ir-share"]);
  if (!out || !Number.isInteger(rows) || rows < 1 || !(irShare >= 0 && irShare <= 1)) {
    console.error("Usage: npm run generate:nppes -- <out.csv> [--rows N] [--ir-share 0.01] [--seed S]");
    process.exit(2);
  }
  const started = Date.now();
  const r = await generateNppes(out, { rows, irShare, seed: values.seed === undefined ? undefined : Number(values.seed) });
  console.log(
    `Wrote ${r.rows.toLocaleString("en-US")} rows (${r.ir.toLocaleString("en-US")} IR) to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
