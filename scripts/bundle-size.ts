// npm run bundle:size: first-load JavaScript of /search (and home, a profile) from the production build, gzipped.
// Reads the <script src> tags the server sends for a real search, gzips those files from .next/static (level 6,
// what web servers typically use) and fails when /search exceeds the budget. Leaflet is not counted because it
// is not in the first load: it is a separate chunk loaded only when the map is shown.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { productionServer } from "./support/production-server";

const BUDGET_KB = 150;

/** Script files the page loads; `noModule` polyfills are skipped because modern browsers never fetch them. */
function scriptsOf(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)) {
    const attrs = `${m[1] ?? ""} ${m[3] ?? ""}`.toLowerCase();
    if (m[2]?.startsWith("/_next/static/") && !attrs.includes("nomodule")) out.add(m[2]);
  }
  return [...out];
}

function gzipKb(urlPath: string): { raw: number; gz: number } {
  const file = path.join(".next", "static", decodeURIComponent(urlPath.replace(/^\/_next\/static\//, "").split("?")[0] ?? ""));
  const buf = readFileSync(file);
  return { raw: buf.length / 1024, gz: gzipSync(buf, { level: 6 }).length / 1024 };
}

async function measure(baseUrl: string, pagePath: string): Promise<{ gz: number; raw: number; files: number }> {
  const res = await fetch(`${baseUrl}${pagePath}`);
  if (!res.ok) throw new Error(`${pagePath}: HTTP ${res.status}`);
  const scripts = scriptsOf(await res.text());
  let gz = 0;
  let raw = 0;
  for (const s of scripts) {
    const k = gzipKb(s);
    gz += k.gz;
    raw += k.raw;
  }
  return { gz, raw, files: scripts.length };
}

const server = await productionServer();
try {
  const first = (await (await fetch(`${server.baseUrl}/api/v1/search?near=10001&procedure=kyphoplasty&pageSize=1`)).json()) as {
    results: Array<{ physician: { slug: string } }>;
  };
  const profile = first.results[0]?.physician.slug;
  // The Spanish search shares the English one's page and its budget (its words come as props, not a message runtime).
  const pages = [
    ["/search", "/search?near=10001&radius=25&procedure=kyphoplasty"],
    ["/es/search", "/es/search?near=10001&radius=25&procedure=kyphoplasty"],
    ["/", "/"],
    ["/es", "/es"],
    ...(profile ? [["/physicians/[slug]", `/physicians/${profile}`]] : []),
    ...(profile ? [["/es/physicians/[slug]", `/es/physicians/${profile}`]] : []),
  ] as const;
  const budgeted = (label: string) => label === "/search" || label === "/es/search";
  let failed = false;
  for (const [label, p] of pages) {
    const m = await measure(server.baseUrl, p);
    const over = budgeted(label) && m.gz > BUDGET_KB;
    failed ||= over;
    console.log(
      `${label.padEnd(20)} first-load JS ${m.gz.toFixed(1).padStart(6)} KB gzip (${m.raw.toFixed(0)} KB raw, ${m.files} files)` +
        (budgeted(label) ? `  budget ${BUDGET_KB} KB: ${over ? "OVER" : "ok"}` : ""),
    );
  }
  if (failed) process.exitCode = 1;
} finally {
  await server.stop();
}
