// Validates resources against the Plan-Net 1.1.0 profiles with Medplum's offline validator (needs Node >= 22.18).
import { readFileSync } from "node:fs";
import path from "node:path";
import { planNetStructureDefinitions } from "./plan-net";

type TIssue = { severity: string; code: string; details?: { text?: string }; expression?: string[] };
export type TValidationIssue = { resource: string; path: string; message: string };

/** Medplum's engines field: ^22.18.0 || >=24.2.0. */
export function medplumSupported(): boolean {
  const [maj = 0, min = 0] = process.versions.node.split(".").map(Number);
  return (maj === 22 && min >= 18) || (maj === 24 && min >= 2) || maj > 24;
}

type TValidator = (resource: Record<string, unknown>) => TValidationIssue[];

let validator: TValidator | undefined;

export async function planNetValidator(): Promise<TValidator> {
  if (validator) return validator;
  const core = await import("@medplum/core");
  // Read the base R4 definitions from the package folder (its own readJson guesses its folder from __dirname,
  // which some test set-ups define differently).
  const dir = path.join(process.cwd(), "node_modules", "@medplum", "definitions", "dist", "fhir", "r4");
  for (const f of ["profiles-types.json", "profiles-resources.json"]) {
    core.indexStructureDefinitionBundle(
      JSON.parse(readFileSync(path.join(dir, f), "utf8")) as Parameters<typeof core.indexStructureDefinitionBundle>[0],
    );
  }
  type TSd = Parameters<typeof core.loadDataType>[0];
  const sds = planNetStructureDefinitions() as unknown as TSd[];
  for (const sd of sds) core.loadDataType(sd);
  const byUrl = new Map(sds.map((sd) => [sd.url, sd]));
  validator = (resource) => {
    const profiles = ((resource.meta as { profile?: string[] } | undefined)?.profile ?? []).map((u) => byUrl.get(u));
    const name = `${String(resource.resourceType)}/${String(resource.id)}`;
    const out: TValidationIssue[] = [];
    for (const profile of profiles.length ? profiles : [undefined]) {
      try {
        const issues = core.validateResource(
          resource as unknown as Parameters<typeof core.validateResource>[0],
          profile ? { profile } : {},
        ) as TIssue[];
        for (const i of issues)
          if (i.severity === "error") out.push({ resource: name, path: i.expression?.join(",") ?? "", message: i.details?.text ?? i.code });
      } catch (e) {
        const issues = ((e as { outcome?: { issue?: TIssue[] } }).outcome?.issue ?? []) as TIssue[];
        if (!issues.length) throw e;
        for (const i of issues)
          if (i.severity === "error") out.push({ resource: name, path: i.expression?.join(",") ?? "", message: i.details?.text ?? i.code });
      }
    }
    return out;
  };
  return validator;
}
