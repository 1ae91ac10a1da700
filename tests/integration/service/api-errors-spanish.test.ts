// `lang=es` on the public JSON API: the generic failures answer in Spanish too — over the fair-use limit (429), a
// failure of our own (500), the database unreachable (503) — with the same codes, headers and shape as in English.
// Each is driven for real: a tiny rate limit, a table that is briefly missing, a database behind a proxy taken down.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { resetPublicApiBuckets } from "@/lib/http/public-rate-limit";
import { translator } from "@/lib/i18n/messages";
import { englishWordsIn } from "../../support/english-words";
import { startRouteServer } from "../support/route-server";
import { startTcpProxy, type TTcpProxy } from "../support/tcp-proxy";

type TError = { error: { code: string; message: string; details?: unknown } };

const realUrl = process.env.DATABASE_URL as string;
const CHANGED = ["DATABASE_URL", "DB_CONNECT_TIMEOUT_MS", "PUBLIC_API_RATE_LIMIT", "TRUSTED_PROXIES"] as const;
const original = Object.fromEntries(CHANGED.map((k) => [k, process.env[k]]));
let proxy: TTcpProxy;
let api: { url: string; close: () => Promise<void> };

function setEnv(env: Partial<Record<(typeof CHANGED)[number], string | undefined>>): void {
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvCache();
}

async function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: TError; headers: Headers }> {
  const res = await fetch(`${api.url}${path}`, { headers });
  return { status: res.status, body: (await res.json()) as TError, headers: res.headers };
}

/** A Spanish sentence: no English function words left in it, and not the English message. */
function expectSpanish(message: string, english: string): void {
  expect(message).not.toBe(english);
  expect(englishWordsIn(message), message).toEqual([]);
  expect(message).toMatch(/[áéíóúñ]|vuelva/);
}

beforeAll(async () => {
  // The app reaches the database through a proxy that can be taken down (the 503 case).
  proxy = await startTcpProxy(realUrl);
  await disconnectDb();
  setEnv({ DATABASE_URL: proxy.url, DB_CONNECT_TIMEOUT_MS: "1000", PUBLIC_API_RATE_LIMIT: "0" });
  api = await startRouteServer();
});

afterEach(async () => {
  await proxy.up();
  setEnv({ PUBLIC_API_RATE_LIMIT: "0", TRUSTED_PROXIES: undefined });
});

afterAll(async () => {
  await api.close();
  await disconnectDb();
  await proxy.close();
  setEnv(original);
});

describe("lang=es on the JSON API's generic failures", () => {
  it("429: over the limit, RATE_LIMITED with Retry-After, the message in Spanish (English without lang)", async () => {
    // The test client stands in for the operator's proxy, so X-Forwarded-For names the clients (decision 025).
    setEnv({ PUBLIC_API_RATE_LIMIT: "2", TRUSTED_PROXIES: "127.0.0.1/32" });
    resetPublicApiBuckets();
    const answers: Record<string, { status: number; body: TError; headers: Headers }> = {};
    for (const [client, lang] of [
      ["203.0.113.21", "es"],
      ["203.0.113.22", "en"],
      ["203.0.113.23", ""],
    ] as const) {
      const headers = { "x-forwarded-for": client };
      const path = `/api/v1/procedures${lang ? `?lang=${lang}` : ""}`;
      for (let n = 0; n < 2; n++) expect((await get(path, headers)).status).toBe(200);
      answers[lang || "none"] = await get(path, headers);
    }
    const es = answers.es;
    expect(es?.status).toBe(429);
    expect(es?.body.error.code).toBe("RATE_LIMITED");
    const seconds = Number(es?.headers.get("retry-after"));
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(es?.headers.get("cache-control")).toBe("no-store");
    expect(es?.body.error.message).toBe(translator("es")("Api.rateLimited", { limit: 2, seconds }));
    expectSpanish(es?.body.error.message ?? "", answers.en?.body.error.message ?? "");
    for (const english of [answers.en, answers.none]) {
      expect(english?.status).toBe(429);
      expect(english?.body.error.code).toBe("RATE_LIMITED");
      expect(english?.body.error.message).toMatch(/^Too many requests: the public API allows 2 a minute per client/);
    }
    // The search endpoint too.
    const headers = { "x-forwarded-for": "203.0.113.24" };
    for (let n = 0; n < 2; n++) await get("/api/v1/search?near=66044&lang=es", headers);
    const search = await get("/api/v1/search?near=66044&lang=es", headers);
    expect(search.status).toBe(429);
    expect(search.body.error.code).toBe("RATE_LIMITED");
    expect(search.body.error.message).toMatch(/^Demasiadas solicitudes/);
  });

  it("500: a failure of our own (a table the profile needs is missing) is INTERNAL, with the message in Spanish", async () => {
    // The largest id the API accepts: no test file ever creates that many physicians (ids are never reused).
    const path = "/api/v1/physicians/2147483647";
    // Before: an ordinary answer (this directory has no such doctor: a Spanish 404).
    const before = await get(`${path}?lang=es`);
    expect(before.status).toBe(404);
    expect(before.body.error.code).toBe("NOT_FOUND");
    await db().$executeRawUnsafe(`ALTER TABLE physician RENAME TO physician_away`);
    try {
      const es = await get(`${path}?lang=es`);
      const en = await get(path);
      expect(es.status).toBe(500);
      expect(en.status).toBe(500);
      expect(es.body.error.code).toBe("INTERNAL");
      expect(en.body.error.code).toBe("INTERNAL");
      expect(es.headers.get("retry-after")).toBeNull();
      expect(es.body.error.message).toBe(translator("es")("Api.internal"));
      expectSpanish(es.body.error.message, en.body.error.message);
      expect(en.body.error.message).toBe("Something went wrong on our side. Please try again in a moment.");
      // Nothing of the failure leaks out, in either language.
      for (const body of [es.body, en.body]) {
        expect(body.error.details).toBeUndefined();
        expect(JSON.stringify(body)).not.toMatch(/physician_|relation|SQL|at \w+ \(/);
      }
    } finally {
      await db().$executeRawUnsafe(`ALTER TABLE physician_away RENAME TO physician`);
    }
    expect((await get(`${path}?lang=es`)).status).toBe(404);
  });

  it("503: the database unreachable is UNAVAILABLE with Retry-After, the message in Spanish", async () => {
    await proxy.down();
    const es = await get("/api/v1/search?near=66044&radius=50&lang=es");
    const en = await get("/api/v1/search?near=66044&radius=50");
    for (const r of [es, en]) {
      expect(r.status).toBe(503);
      expect(r.body.error.code).toBe("UNAVAILABLE");
      expect(r.headers.get("retry-after")).toBe("5");
      expect(r.headers.get("cache-control")).toBe("no-store");
    }
    expect(es.body.error.message).toBe(translator("es")("Api.unavailable"));
    expectSpanish(es.body.error.message, en.body.error.message);
    expect(en.body.error.message).toMatch(/unavailable.*try again/i);
  });
});
