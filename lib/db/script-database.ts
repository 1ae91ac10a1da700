// Opens the configured database for a command-line script: DATABASE_URL, or the embedded data folder.
import type pg from "pg";
import { env } from "@/lib/env";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded";
import { createPool } from "@/lib/db/pool";

export type TScriptDatabase = { url: string; pool: pg.Pool; embedded: boolean; close: () => Promise<void> };

export async function openScriptDatabase(opts: { log?: (msg: string) => void } = {}): Promise<TScriptDatabase> {
  const e = env();
  let embedded: EmbeddedPostgres | undefined;
  let url = e.DATABASE_URL;
  if (!url) {
    opts.log?.(`No DATABASE_URL: opening the embedded database in ${e.EMBEDDED_DB_DIR} …`);
    embedded = await startEmbeddedPostgres({ dataDir: e.EMBEDDED_DB_DIR, port: 0 });
    url = embedded.url;
  }
  // Bulk loads and migrations may run longer than the web app's statement timeout.
  const pool = createPool(url, { statement_timeout: 0, max: 4 });
  return {
    url,
    pool,
    embedded: embedded !== undefined,
    close: async () => {
      await pool.end();
      await embedded?.stop();
    },
  };
}
