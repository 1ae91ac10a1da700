import { chromium } from "@playwright/test";
const [,, path, sel, out, w = "375"] = process.argv;
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--headless","--disable-gpu","--no-first-run","--disable-background-networking","--disable-component-update","--disable-sync"] });
const p = await b.newPage({ viewport: { width: Number(w), height: 740 } });
await p.route(/tile\.openstreetmap\.org/, (r) => r.abort());
await p.goto("http://127.0.0.1:3140" + path);
await p.waitForTimeout(500);
await p.locator(sel).first().screenshot({ path: out });
await b.close();
