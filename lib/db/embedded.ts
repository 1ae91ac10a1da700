// Embedded PostgreSQL (PGlite + PostGIS) served over the PostgreSQL wire protocol on a local port,
// so the app talks to it with the same `pg` driver, adapter and SQL as to a real server.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { intarray } from "@electric-sql/pglite/contrib/intarray";
import { postgis } from "@electric-sql/pglite-postgis";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedPostgres = {
  url: string;
  port: number;
  stop: () => Promise<void>;
};

export type EmbeddedOptions = {
  /** Data folder; `memory://` keeps everything in memory (tests). */
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  maxConnections?: number;
};

/** Opens (or creates) the data folder and serves it on 127.0.0.1. Only one process may open a folder at a time. */
export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedPostgres> {
  if (!opts.dataDir.startsWith("memory://")) mkdirSync(opts.dataDir, { recursive: true });
  // btree_gist: the per-procedure search index leads with an integer column (decision 071); intarray: its filter
  // keys (decision 075).
  const db = await PGlite.create(opts.dataDir, { extensions: { postgis, btree_gist, intarray } });
  await db.exec("CREATE EXTENSION IF NOT EXISTS postgis");
  const server = new PGLiteSocketServer({
    db,
    port: opts.port,
    host: "127.0.0.1",
    // pg pools open several connections; the server queues their queries and keeps transactions on one connection.
    maxConnections: opts.maxConnections ?? 40,
  });
  let port = opts.port;
  server.addEventListener("listening", (e) => {
    const detail = (e as CustomEvent<{ port?: number }>).detail;
    if (detail?.port) port = detail.port;
  });
  await server.start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    port,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
