// Adds lock entries for Next.js's SWC binaries of other platforms that the npm registry reachable here lacks for
// the pinned version (macOS/Windows builds of next 16.4.6). Without them `npm ci` refuses the lock as out of sync;
// with them npm skips the entries on Linux, as it does any optional package for another OS. Idempotent.
import { readFileSync, writeFileSync } from "node:fs";

const lockPath = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, "utf8"));
const next = lock.packages["node_modules/next"];
if (!next) process.exit(0);
const platforms = {
  "darwin-arm64": ["darwin", "arm64"],
  "darwin-x64": ["darwin", "x64"],
  "linux-arm64-gnu": ["linux", "arm64"],
  "linux-arm64-musl": ["linux", "arm64"],
  "linux-x64-gnu": ["linux", "x64"],
  "linux-x64-musl": ["linux", "x64"],
  "win32-arm64-msvc": ["win32", "arm64"],
  "win32-x64-msvc": ["win32", "x64"],
};
let added = 0;
for (const [name, version] of Object.entries(next.optionalDependencies ?? {})) {
  const platform = name.startsWith("@next/swc-") ? platforms[name.slice("@next/swc-".length)] : undefined;
  const key = `node_modules/${name}`;
  if (!platform || lock.packages[key]) continue;
  lock.packages[key] = { version, cpu: [platform[1]], license: "MIT", optional: true, os: [platform[0]], engines: { node: ">= 10" } };
  added++;
}
if (added > 0) {
  const sorted = {};
  for (const k of Object.keys(lock.packages).sort((a, b) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))))
    sorted[k] = lock.packages[k];
  lock.packages = sorted;
  writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`package-lock.json: added ${added} platform stub(s) for @next/swc binaries missing from the registry`);
}
