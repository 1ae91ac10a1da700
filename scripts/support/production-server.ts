// For the measuring scripts: use the server at BASE_URL, or start the production build with the production server
// (`scripts/serve.ts`, what `npm start` and the reference deployment run: its compression, ETags and cache headers are
// part of what is measured) against DATABASE_URL on a spare port, and stop it afterwards.
import { spawn, type ChildProcess } from "node:child_process";

export type TServer = { baseUrl: string; stop: () => Promise<void> };

async function waitFor(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
      last = new Error(`HTTP ${res.status}`);
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer in ${ms / 1000} s: ${last instanceof Error ? last.message : String(last)}`);
}

export async function productionServer(port = 3299): Promise<TServer> {
  const given = process.env.BASE_URL;
  if (given) {
    await waitFor(`${given}/api/v1/procedures`, 5_000);
    return { baseUrl: given.replace(/\/$/, ""), stop: async () => undefined };
  }
  if (!process.env.DATABASE_URL) {
    throw new Error("Set BASE_URL to a running server, or DATABASE_URL (and run `npm run build` first) to start one.");
  }
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "warn" },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${baseUrl}/api/v1/procedures`, 60_000);
  return {
    baseUrl,
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}
