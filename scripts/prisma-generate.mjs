// Runs `prisma generate`. Prisma 7 wants a schema-engine binary path even though generate never uses it, and the
// native engine cannot be downloaded here, so point it at any existing file (docs/decisions/001).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const r = spawnSync(process.execPath, [cli, "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath },
});
process.exit(r.status ?? 1);
