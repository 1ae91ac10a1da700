// The Plan-Net 1.1.0 package (../shared/fhir) for tests: its StructureDefinitions, examples and CapabilityStatement.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const PACKAGE = "hl7.fhir.us.davinci-pdex-plan-net-1.1.0.tgz";

/** shared/fhir sits beside the checkout (CI) or a few folders up (worktrees); PLAN_NET_PACKAGE overrides. */
export function planNetPackagePath(): string {
  if (process.env.PLAN_NET_PACKAGE) return process.env.PLAN_NET_PACKAGE;
  // A copy of the published package ships with the tests, so a clone that has no ../shared still runs them.
  const bundled = path.join(process.cwd(), "tests", "fixtures", "fhir", PACKAGE);
  if (existsSync(bundled)) return bundled;
  let dir = process.cwd();
  for (let i = 0; i < 4; i++) {
    const candidate = path.join(dir, "..", "shared", "fhir", PACKAGE);
    if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error(`${PACKAGE} not found beside the checkout (../shared/fhir); set PLAN_NET_PACKAGE`);
}

let extracted: string | undefined;
function packageDir(): string {
  if (!extracted) {
    const dir = mkdtempSync(path.join(tmpdir(), "plan-net-"));
    execFileSync("tar", ["xzf", planNetPackagePath(), "-C", dir]);
    extracted = path.join(dir, "package");
  }
  return extracted;
}

type TJson = Record<string, unknown> & { resourceType: string; id?: string };

export function planNetFiles(prefix: string, sub = ""): TJson[] {
  const dir = path.join(packageDir(), sub);
  return readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as TJson);
}

export const planNetStructureDefinitions = () => planNetFiles("StructureDefinition-");
export const planNetExamples = () => planNetFiles("", "example");
