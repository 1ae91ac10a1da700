// Opens an import file as the publisher distributes it: a plain CSV, or a zip whose CSV members are streamed
// straight out of the archive (yauzl; docs/decisions/008-streaming-zip-input.md) without a temporary copy.
import { createReadStream } from "node:fs";
import { open as openFile } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import yauzl from "yauzl";
import { ImportRefused } from "@/lib/imports/layouts";

/** One CSV inside the input: its name, uncompressed size (for progress) and a way to read it from the start. */
export type TInputEntry = { name: string; size: number; open(): Promise<Readable> };

export type TImportInput = {
  kind: "csv" | "zip";
  /** CSV members, in archive order; a plain CSV is one entry */
  entries: TInputEntry[];
  close(): Promise<void>;
};

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

async function isZip(file: string): Promise<boolean> {
  const fd = await openFile(file, "r");
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await fd.read(head, 0, 4, 0);
    return bytesRead === 4 && head.equals(ZIP_MAGIC);
  } finally {
    await fd.close();
  }
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (err, zip) => (err ? reject(err) : resolve(zip))),
  );
}

function listEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const out: yauzl.Entry[] = [];
    zip.on("entry", (e: yauzl.Entry) => {
      out.push(e);
      zip.readEntry();
    });
    zip.once("end", () => resolve(out));
    zip.once("error", reject);
    zip.readEntry();
  });
}

/** Opens `file`, telling a zip from a CSV by its first bytes (not its name). */
export async function openImportInput(file: string): Promise<TImportInput> {
  const { size } = await import("node:fs/promises").then((fs) => fs.stat(file));
  if (!(await isZip(file))) {
    return {
      kind: "csv",
      entries: [{ name: path.basename(file), size, open: async () => createReadStream(file, { highWaterMark: 1 << 20 }) }],
      close: async () => undefined,
    };
  }
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(file);
  } catch (e) {
    throw new ImportRefused(`${path.basename(file)} is not a readable zip archive: ${(e as Error).message}`);
  }
  const all = await listEntries(zip);
  const entries: TInputEntry[] = all
    .filter((e) => !e.fileName.endsWith("/") && /\.csv$/i.test(e.fileName))
    .map((e) => ({
      name: path.posix.basename(e.fileName),
      size: e.uncompressedSize,
      open: () => new Promise<Readable>((resolve, reject) => zip.openReadStream(e, (err, s) => (err ? reject(err) : resolve(s)))),
    }));
  return { kind: "zip", entries, close: async () => zip.close() };
}

/** NPPES members: the main `npidata_pfile_…csv` and the `pl_pfile_…csv` secondary locations (never the `_fileheader` files). */
export function nppesEntries(entries: TInputEntry[]): { main: TInputEntry | undefined; secondary: TInputEntry | undefined } {
  const data = entries.filter((e) => !/fileheader/i.test(e.name));
  return {
    main: data.find((e) => /^npidata_pfile/i.test(e.name)),
    secondary: data.find((e) => /^pl_pfile/i.test(e.name)),
  };
}
