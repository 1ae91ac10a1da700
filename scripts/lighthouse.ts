// npm run lighthouse: Lighthouse (mobile, simulated throttling) on home, a search and a profile, in Debian's
// Chromium (CHROME_PATH, default /usr/bin/chromium). Prints the four category scores and LCP, CLS and TBT.
// RUNS=3 repeats every page (the target must hold in three runs in a row); DETAIL=1 adds, per run, where the main
// thread went (Lighthouse's mainthread-work-breakdown) and the scripts that cost the most (bootup-time), which is
// how a slow run is told apart from a fast one.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { productionServer } from "./support/production-server";

const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const server = await productionServer();
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
try {
  const first = (await (await fetch(`${server.baseUrl}/api/v1/search?near=10001&procedure=kyphoplasty&pageSize=1`)).json()) as {
    results: Array<{ physician: { slug: string } }>;
  };
  const pages: Array<[string, string]> = [
    ["home", "/"],
    ["search", "/search?near=10001&radius=25&procedure=kyphoplasty"],
  ];
  const slug = first.results[0]?.physician.slug;
  if (slug) pages.push(["profile", `/physicians/${slug}`]);
  // The Spanish pages are held to the same bars.
  pages.push(["es-home", "/es"], ["es-search", "/es/search?near=10001&radius=25&procedure=kyphoplasty"]);
  if (slug) pages.push(["es-profile", `/es/physicians/${slug}`]);

  console.log("page        perf  a11y  best   seo    LCP ms  CLS     TBT ms");
  const runs = Math.max(1, Number(process.env.RUNS ?? 1));
  const detail = process.env.DETAIL === "1";
  for (let run = 1; run <= runs; run++)
    for (const [name, p] of pages) {
      const result = await lighthouse(`${server.baseUrl}${p}`, { port: chrome.port, output: "json", logLevel: "error" });
      if (!result) throw new Error(`no Lighthouse result for ${p}`);
      const { categories, audits } = result.lhr;
      const score = (k: string) => String(Math.round((categories[k]?.score ?? 0) * 100)).padStart(4);
      const num = (k: string) => audits[k]?.numericValue ?? NaN;
      console.log(
        `${name.padEnd(10)} ${score("performance")}  ${score("accessibility")}  ${score("best-practices")}  ${score("seo")}` +
          `  ${num("largest-contentful-paint").toFixed(0).padStart(7)}  ${num("cumulative-layout-shift").toFixed(3)}  ${num("total-blocking-time").toFixed(0).padStart(7)}`,
      );
      if (detail) {
        type TItem = { group?: string; groupLabel?: string; duration?: number; url?: string; total?: number; scripting?: number };
        const items = (id: string) => ((audits[id]?.details as { items?: TItem[] } | undefined)?.items ?? []).slice(0, 5);
        const ms = (n: number | undefined) => `${Math.round(n ?? 0)} ms`;
        console.log(
          `         run ${run} main thread: ${items("mainthread-work-breakdown")
            .map((i) => `${i.groupLabel ?? i.group} ${ms(i.duration)}`)
            .join(", ")}`,
        );
        for (const i of items("bootup-time"))
          console.log(`         script ${ms(i.total)} (eval ${ms(i.scripting)}): ${String(i.url).replace(server.baseUrl, "")}`);
      }
      for (const k of ["accessibility", "best-practices", "seo"]) {
        const cat = categories[k];
        if (!cat || (cat.score ?? 0) >= 1) continue;
        const failing = cat.auditRefs.filter((r) => r.weight > 0 && (audits[r.id]?.score ?? 1) < 1).map((r) => r.id);
        if (failing.length) console.log(`         ${k} below 100: ${failing.join(", ")}`);
      }
    }
} finally {
  chrome.kill();
  await server.stop();
}
