// npm run db:reorder-search: rewrites the search indexes (search_entry, and search_entry_procedure by procedure) along
// a space-filling curve and rebuilds their indexes from that order, after a seed or a large import (decisions 069,
// 071). Searches wait while it runs (about 5 minutes at a million locations on 2 cores): run it in a quiet hour, on
// the primary (replicas replay it).
import { openScriptDatabase } from "@/lib/db/script-database";

const database = await openScriptDatabase({ log: console.log });
try {
  const started = Date.now();
  const { rows } = await database.pool.query<{ n: string }>("SELECT count(*)::text AS n FROM search_entry");
  console.log(`Reordering ${Number(rows[0]?.n ?? 0).toLocaleString("en-US")} search rows …`);
  await database.pool.query("SELECT search_entry_reorder()");
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
} finally {
  await database.close();
}
