// Every US ZIP centroid, held in memory by each process (reference data: ~42,000 rows, a few MB), so a search near
// a ZIP finds its point without a database round trip. Loaded once, on first use; the table changes only when the
// reference data is seeded again, which comes with a deploy (a restart).
import "server-only";
import { queryRead } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { processGlobal } from "@/lib/process-global";

/** A ZIP's centroid and how it reads ("Boston, MA 02108"). */
export type TZipPlace = { lat: number; lng: number; label: string };

type TTable = Promise<ReadonlyMap<string, TZipPlace>>;
// One table per process, whichever copy of this module loads it (lib/process-global.ts).
const slot = processGlobal<{ table?: TTable }>("zip-table", () => ({}));

/** ZIP -> centroid and label. An empty table (a database not seeded yet) and a failed load are not kept: the next call asks again. */
export function zipTable(): TTable {
  slot.table ??= queryRead<{ zip: string; lat: number; lng: number; label: string }>(
    Prisma.sql`SELECT zip, lat, lng, city || ', ' || state || ' ' || zip AS label FROM zip_centroid`,
  ).then(
    (rows) => {
      if (rows.length === 0) slot.table = undefined;
      return new Map(rows.map((r) => [r.zip, { lat: r.lat, lng: r.lng, label: r.label }]));
    },
    (e: unknown) => {
      slot.table = undefined;
      throw e;
    },
  );
  return slot.table;
}

/** For tests: the next call loads the table again. */
export function forgetZipTable(): void {
  slot.table = undefined;
}
