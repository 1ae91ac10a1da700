// Shared set-up for the FHIR tests: a seeded demo directory behind a real HTTP server, and small FHIR helpers.
import type pg from "pg";
import { createPool } from "@/lib/db/pool";
import { resetEnvCache } from "@/lib/env";
import { invalidateCatalog } from "@/lib/procedures/catalog";
import { seedDemo } from "../../../prisma/seed/load";
import { startRouteServer } from "../support/route-server";

export type TFhir = Record<string, unknown> & { resourceType: string; id?: string };
export type TBundle = TFhir & {
  total?: number;
  link?: Array<{ relation: string; url: string }>;
  entry?: Array<{
    fullUrl?: string;
    resource: TFhir;
    search?: { mode: string; extension?: Array<{ url: string; valueDistance?: { value: number; code: string } }> };
  }>;
};

export type TDirectoryServer = { url: string; pool: pg.Pool; close: () => Promise<void> };

/** Seeds `locations` demo locations and starts the route server (rate limit off unless a test turns it on). */
export async function startDirectory(locations: number): Promise<TDirectoryServer> {
  process.env.PUBLIC_API_RATE_LIMIT = "0";
  resetEnvCache();
  const pool = createPool(process.env.DATABASE_URL as string, { max: 2, statement_timeout: 0 });
  await seedDemo(pool, { locations, force: true });
  invalidateCatalog();
  const server = await startRouteServer();
  return {
    url: server.url,
    pool,
    close: async () => {
      await server.close();
      await pool.end();
    },
  };
}

export async function getJson<T = TBundle>(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T; headers: Headers }> {
  const res = await fetch(url, { headers });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T, headers: res.headers };
}

export const matches = (b: TBundle) => (b.entry ?? []).filter((e) => e.search?.mode === "match").map((e) => e.resource);
export const nextLink = (b: TBundle) => b.link?.find((l) => l.relation === "next")?.url;

/** Follows next links to the end and returns every match. */
export async function allPages(first: string): Promise<{ resources: TFhir[]; bundles: TBundle[] }> {
  const resources: TFhir[] = [];
  const bundles: TBundle[] = [];
  let url: string | undefined = first;
  while (url) {
    const { status, body } = await getJson(url);
    if (status !== 200) throw new Error(`${url} -> ${status}: ${JSON.stringify(body).slice(0, 300)}`);
    bundles.push(body);
    resources.push(...matches(body));
    url = nextLink(body);
  }
  return { resources, bundles };
}
