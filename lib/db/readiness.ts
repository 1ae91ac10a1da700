// Readiness: the primary answers, every migration in prisma/migrations is applied, and each replica's health.
import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { db, replicaStatus } from "@/lib/db/client";
import type { TReplicaStatus } from "@/lib/db/replicas";

export type TReadiness = {
  ready: boolean;
  database: { reachable: boolean; latencyMs: number | null; problem: string | null };
  migrations: { current: boolean; pending: string[] };
  replicas: TReplicaStatus[];
};

/** Migration folders shipped with this build (the server runs from the project folder). */
async function shippedMigrations(): Promise<string[]> {
  const entries = await readdir(path.join(process.cwd(), "prisma/migrations"), { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory()).map((e) => e.name);
}

export async function checkReadiness(): Promise<TReadiness> {
  const t0 = performance.now();
  try {
    const applied = await db().$queryRaw<Array<{ migration_name: string }>>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const latencyMs = Math.round((performance.now() - t0) * 10) / 10;
    const done = new Set(applied.map((r) => r.migration_name));
    const pending = (await shippedMigrations()).filter((m) => !done.has(m)).sort();
    return {
      ready: pending.length === 0,
      database: { reachable: true, latencyMs, problem: null },
      migrations: { current: pending.length === 0, pending },
      replicas: replicaStatus(),
    };
  } catch (e) {
    return {
      ready: false,
      database: {
        reachable: false,
        latencyMs: null,
        problem: e instanceof Error ? (e.message.split("\n").slice(-1)[0] ?? "unreachable") : String(e),
      },
      migrations: { current: false, pending: [] },
      replicas: replicaStatus(),
    };
  }
}
