// Per-key content checksums each source last delivered (import_row_state): the basis of "unchanged".
import type { TBatchContext } from "@/lib/imports/types";

export async function loadChecksums(ctx: TBatchContext, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const { rows } = await ctx.client.query<{ key: string; checksum: string }>(
    `SELECT key, checksum FROM import_row_state WHERE kind = $1::source_kind AND key = ANY($2::text[])`,
    [ctx.kind, keys],
  );
  return new Map(rows.map((r) => [r.key, r.checksum]));
}

/** Stores checksums and stamps every key seen by this run (also unchanged ones), so a full file can tell what vanished. */
export async function saveChecksums(ctx: TBatchContext, entries: Array<{ key: string; checksum: string }>): Promise<void> {
  if (entries.length === 0) return;
  // One statement cannot upsert a key twice; the last occurrence wins, as it does in the file.
  entries = [...new Map(entries.map((e) => [e.key, e])).values()];
  await ctx.client.query(
    `INSERT INTO import_row_state (kind, key, checksum, run_id, updated_at)
     SELECT $1::source_kind, key, checksum, $4, now() FROM unnest($2::text[], $3::text[]) AS t(key, checksum)
     ON CONFLICT (kind, key) DO UPDATE SET checksum = EXCLUDED.checksum, run_id = EXCLUDED.run_id,
       updated_at = CASE WHEN import_row_state.checksum = EXCLUDED.checksum THEN import_row_state.updated_at ELSE now() END`,
    [ctx.kind, entries.map((e) => e.key), entries.map((e) => e.checksum), ctx.runId],
  );
}
