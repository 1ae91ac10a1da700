// What each source last said about one key (an NPI, an NPI's secondary locations, a data year × NPI), with the
// date of the file that said it (import_row_state). An older file never replaces a newer fact, so the facts —
// and the directory derived from them (project.ts) — do not depend on the order files are loaded.
import { rowChecksum } from "@/lib/imports/checksum";
import type { TAddressInput } from "@/lib/imports/locations";
import type { TBatchContext, TImportCounts, TSourceKind } from "@/lib/imports/types";

export type TGender = "MALE" | "FEMALE";

/** NPPES main file, key = NPI: the latest full record of the provider. */
export type TNppesFact = {
  physician: {
    firstName: string;
    middleName: string | null;
    lastName: string;
    credentials: string | null;
    gender: TGender | null;
    taxonomyCodes: string[];
  };
  isIr: boolean;
  address: TAddressInput;
};

/**
 * NPPES, key = "st|" + NPI: whether the NPI is deactivated, from the latest row of any kind (a deactivated NPI's row
 * carries nothing else, so the record and the status are separate facts, each with its own date).
 */
export type TStatusFact = { deactivatedAt: string | null };

/** NPPES pl_pfile, key = "pl|" + NPI: every secondary practice location the file lists for the NPI. */
export type TSecondaryFact = { addresses: TAddressInput[] };

/** One practice address in the Doctors and Clinicians file. */
export type TDacAddress = {
  address: TAddressInput;
  telehealth: boolean | null;
  /** `ind_assgn`: accepts Medicare assignment */
  assignment: boolean | null;
  orgPacId: string | null;
  facility: string | null;
};

/** Doctors and Clinicians, key = NPI: all of the NPI's rows in the file. */
export type TDacFact = { gender: TGender | null; addresses: TDacAddress[] };

/** Medicare by Provider and Service, key = year + "|" + NPI (volumes themselves live in procedure_volume). */
export type TMedicareFact = {
  year: number;
  firstName: string;
  lastName: string;
  credentials: string | null;
  radiologist: boolean;
  qualifies: boolean;
};

/** NPPES organization (entity type 2) with the IR taxonomy, key = "org|" + NPI. */
export type TOrgFact = { npi: string; name: string; address: TAddressInput; phone: string | null };

export type TFactInput = { key: string; npi: string | null; payload: unknown };

type TExisting = { key: string; checksum: string; as_of: string; run_id: number };

/**
 * Stores facts unless the stored fact is newer. Returns the facts written (new, changed, or confirmed by a newer
 * file); the caller re-derives the directory for their NPIs. Same date and same content is a no-op; same date and
 * different content (two files of one day) keeps the greater checksum, so even that tie does not depend on order.
 */
export async function storeFacts(ctx: TBatchContext, kind: TSourceKind, facts: TFactInput[], counts: TImportCounts): Promise<TFactInput[]> {
  if (facts.length === 0) return [];
  const byKey = new Map(facts.map((f) => [f.key, f]));
  const { rows } = await ctx.client.query<TExisting>(
    `SELECT key, checksum, to_char(as_of, 'YYYY-MM-DD') AS as_of, run_id FROM import_row_state
      WHERE kind = $1::source_kind AND key = ANY($2::text[])`,
    [kind, [...byKey.keys()]],
  );
  const existing = new Map(rows.map((r) => [r.key, r]));
  const write: Array<TFactInput & { checksum: string }> = [];
  for (const f of byKey.values()) {
    const checksum = rowChecksum(f.payload);
    const ex = existing.get(f.key);
    if (!ex) {
      counts.inserted++;
      write.push({ ...f, checksum });
    } else if (ex.run_id === ctx.runId && ex.as_of === ctx.fileDate) {
      // Written earlier in this very run (a resumed run repeats its last batch): same outcome, write again.
      write.push({ ...f, checksum });
    } else if (ctx.fileDate > ex.as_of) {
      if (ex.checksum === checksum) counts.confirmed++;
      else counts.updated++;
      write.push({ ...f, checksum });
    } else if (ctx.fileDate === ex.as_of) {
      if (ex.checksum === checksum) counts.unchanged++;
      else if (checksum > ex.checksum) {
        counts.updated++;
        write.push({ ...f, checksum });
      } else counts.older++;
    } else {
      counts.older++;
    }
  }
  if (write.length) {
    await ctx.client.query(
      `INSERT INTO import_row_state (kind, key, npi, checksum, payload, as_of, source_id, run_id, updated_at)
       SELECT $1::source_kind, key, npi, checksum, payload, $5::date, $6, $7, now()
         FROM unnest($2::text[], $3::text[], $4::text[], $8::jsonb[]) AS t(key, npi, checksum, payload)
       ON CONFLICT (kind, key) DO UPDATE SET npi = EXCLUDED.npi, checksum = EXCLUDED.checksum, payload = EXCLUDED.payload,
         as_of = EXCLUDED.as_of, source_id = EXCLUDED.source_id, run_id = EXCLUDED.run_id, updated_at = now()`,
      [
        kind,
        write.map((w) => w.key),
        write.map((w) => w.npi),
        write.map((w) => w.checksum),
        ctx.fileDate,
        ctx.sourceId,
        ctx.runId,
        write.map((w) => JSON.stringify(w.payload)),
      ],
    );
  }
  return write;
}

/**
 * "ever|" + NPI: the earliest file that identified the NPI as an IR. Kept whatever the load order (the earliest
 * date wins), so a physician a newer file no longer qualifies is in the directory, out of search, either way.
 */
export async function recordIdentified(ctx: TBatchContext, kind: TSourceKind, npis: string[]): Promise<string[]> {
  if (npis.length === 0) return [];
  const { rows } = await ctx.client.query<{ npi: string }>(
    `INSERT INTO import_row_state AS s (kind, key, npi, checksum, payload, as_of, source_id, run_id, updated_at)
     SELECT $1::source_kind, 'ever|' || npi, npi, 'ever', '{}'::jsonb, $3::date, $4, $5, now() FROM unnest($2::text[]) AS t(npi)
     ON CONFLICT (kind, key) DO UPDATE SET as_of = EXCLUDED.as_of, source_id = EXCLUDED.source_id, run_id = EXCLUDED.run_id, updated_at = now()
      WHERE s.as_of > EXCLUDED.as_of
     RETURNING s.npi`,
    [kind, [...new Set(npis)], ctx.fileDate, ctx.sourceId, ctx.runId],
  );
  return rows.map((r) => r.npi);
}

/** NPIs that any source has a fact about (staged radiologists included): rows for them are worth reading. */
export async function npisWithFacts(ctx: Pick<TBatchContext, "client">): Promise<Set<string>> {
  const { rows } = await ctx.client.query<{ npi: string }>(
    `SELECT DISTINCT npi FROM import_row_state WHERE npi IS NOT NULL AND key NOT LIKE 'st|%'
     UNION SELECT npi FROM physician`,
  );
  return new Set(rows.map((r) => r.npi));
}
